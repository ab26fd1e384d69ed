import { Hono } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { InvalidRequestError, StoreUnavailableError } from '../core/errors.ts'
import type { InboundMessage } from '../core/messages.ts'
import type { Nlu } from '../core/nlu.ts'
import type { AppDeps } from './app.ts'
import { chatRequestSchema, formatIssues, sessionIdSchema } from './chat-schema.ts'
import { PayloadTooLargeError, UnsupportedMediaTypeError } from './http-errors.ts'
import { createRateLimiter } from './rate-limit.ts'

export const MAX_BODY_BYTES = 16 * 1024

const invalid = (issues: { path: string; message: string }[]) =>
  new InvalidRequestError(issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join('; '), {
    issues: issues.length,
  })

/**
 * The store being down must not swallow a cry for help: the crisis check needs no store, so it runs on
 * the text that could not be handled and its kind (a label, never the text) rides on the error to
 * on-error.ts, which puts the emergency lines first.
 */
const withCrisis = (err: unknown, message: InboundMessage, nlu: Nlu | undefined) => {
  if (!(err instanceof StoreUnavailableError) || message.type !== 'text' || !nlu) return err
  let kind: string | null = null
  try {
    kind = nlu.analyze(message.text).crisis?.kind ?? null
  } catch {
    return err
  }
  return kind ? new StoreUnavailableError(err.message, { ...err.context, crisis: kind }, { cause: err }) : err
}

/** POST /api/chat (one turn) and DELETE /api/chat/:sessionId (the widget's quick exit). */
export const chatRoutes = (deps: AppDeps) => {
  const app = new Hono()
  const perMinute = deps.config.CHAT_RATE_LIMIT_PER_MINUTE
  const limiter = perMinute > 0 ? createRateLimiter({ limit: perMinute, windowMs: 60_000 }) : null

  app.post(
    '/',
    bodyLimit({
      maxSize: MAX_BODY_BYTES,
      onError: () => {
        throw new PayloadTooLargeError(`Request body is over ${MAX_BODY_BYTES / 1024} KB.`)
      },
    }),
    async (c) => {
      if (deps.clientKey) {
        let client: string | null = null
        try {
          client = deps.clientKey(c)
        } catch {
          // A brake must never stop a resident's turn: without a key there is simply no limit.
        }
        if (client) limiter?.check(client)
      }
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
      const turn = await deps.conversation
        .handle({ channel: 'web', sessionId, message, now: deps.now() })
        .catch((err: unknown) => {
          throw withCrisis(err, message, deps.nlu)
        })
      c.header('Cache-Control', 'no-store')
      return c.json({ sessionId, messages: turn.messages, newSession: turn.newSession })
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
