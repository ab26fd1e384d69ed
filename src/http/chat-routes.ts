import { type Context, Hono } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { InvalidRequestError } from '../core/errors.ts'
import type { InboundMessage } from '../core/messages.ts'
import type { AppDeps } from './app.ts'
import { chatRequestSchema, formatIssues, sessionIdSchema } from './chat-schema.ts'
import { PayloadTooLargeError, RateLimitedError, UnsupportedMediaTypeError } from './http-errors.ts'
import { createRateLimiter } from './rate-limit.ts'

export const MAX_BODY_BYTES = 16 * 1024

const invalid = (issues: { path: string; message: string }[]) =>
  new InvalidRequestError(issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join('; '), {
    issues: issues.length,
  })

/** POST /api/chat (one turn) and DELETE /api/chat/:sessionId (the widget's quick exit). */
export const chatRoutes = (deps: AppDeps) => {
  const app = new Hono()
  const perMinute = deps.config.CHAT_RATE_LIMIT_PER_MINUTE
  const limiter = perMinute > 0 ? createRateLimiter({ limit: perMinute, windowMs: 60_000 }) : null
  const limit = (c: Context) => {
    if (!limiter || !deps.clientKey) return
    let client: string | null = null
    try {
      client = deps.clientKey(c)
    } catch {
      // A brake must never stop a resident's turn: without a key there is simply no limit.
    }
    if (client) limiter.check(client)
  }

  app.post(
    '/',
    bodyLimit({
      maxSize: MAX_BODY_BYTES,
      onError: () => {
        throw new PayloadTooLargeError(`Request body is over ${MAX_BODY_BYTES / 1024} KB.`)
      },
    }),
    async (c) => {
      const type = c.req.header('content-type') ?? ''
      if (!/^application\/json\s*(;|$)/i.test(type)) {
        throw new UnsupportedMediaTypeError('Content-Type must be application/json.')
      }
      let raw: unknown
      try {
        raw = JSON.parse(await c.req.text())
      } catch {
        throw new InvalidRequestError('Request body is not valid JSON.')
      }
      const parsed = chatRequestSchema.safeParse(raw)
      if (!parsed.success) throw invalid(formatIssues(parsed.error.issues))
      const body = parsed.data
      const sessionId = body.sessionId ?? crypto.randomUUID()
      const message: InboundMessage =
        body.text !== undefined
          ? { type: 'text', text: body.text }
          : body.choice !== undefined
            ? { type: 'choice', value: body.choice }
            : { type: 'start' }
      const turn = { channel: 'web' as const, sessionId, message, now: deps.now() }
      // Limited after parsing, so that a stopped message that is a cry for help still gets its lines.
      try {
        limit(c)
      } catch (err) {
        if (err instanceof RateLimitedError) err.messages = deps.conversation.decline(turn, 'busy').messages
        throw err
      }
      const result = await deps.conversation.handle(turn)
      c.header('Cache-Control', 'no-store')
      const reply = { sessionId, messages: result.messages, newSession: result.newSession }
      if (result.failure === 'store') {
        // The store is down: 503 for monitors and retrying clients, the kind answer for the resident.
        c.header('Retry-After', '30')
        return c.json(
          {
            error: 'store_unavailable',
            message: 'The conversation service is temporarily unavailable.',
            ...reply,
          },
          503,
        )
      }
      return c.json(reply)
    },
  )

  app.delete('/:sessionId', async (c) => {
    const parsed = sessionIdSchema.safeParse(c.req.param('sessionId'))
    if (!parsed.success)
      throw invalid(formatIssues(parsed.error.issues).map((i) => ({ ...i, path: 'sessionId' })))
    await deps.conversation.end(parsed.data)
    return c.body(null, 204)
  })

  return app
}
