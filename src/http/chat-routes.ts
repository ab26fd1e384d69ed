import { type Context, Hono, type MiddlewareHandler } from 'hono'
import { cors } from 'hono/cors'
import type { Config } from '../core/config.ts'
import type { ConversationService, Turn } from '../core/conversation.ts'
import { InvalidRequestError } from '../core/errors.ts'
import type { InboundMessage } from '../core/messages.ts'
import { chatRequestSchema, formatIssues, sessionIdSchema } from './chat-schema.ts'
import { RateLimitedError, ServiceBusyError, UnsupportedMediaTypeError } from './http-errors.ts'
import { createRateLimiter } from './rate-limit.ts'

/** What the chat API needs from the service. */
export interface ChatRouteDeps {
  config: Config
  conversation: ConversationService
  now: () => Date
  /** A key per client for the rate limit (its address, as the runtime knows it); no limit when absent. */
  clientKey?: (c: Context) => string | null
  /**
   * Waits for the runtime's go-ahead before a turn's CPU work (Node: a few turns per event-loop
   * iteration, src/runtime/node/turn-scheduler.ts); false means too busy to answer in time.
   */
  admit?: () => Promise<boolean>
  /** How the runtime keeps a turn's background work alive after the response (Workers: waitUntil). */
  keepAlive?: (c: Context) => ((task: Promise<unknown>) => void) | undefined
}

/**
 * CORS for the widget on the city's pages. It lives with the routes it guards, so no reordering in
 * app.ts can drop it. No cookies or credentials cross origins (the session id travels in the body);
 * `*` is allowed only when CHAT_ALLOWED_ORIGINS says so.
 *
 * Preflights are Hono's cors(). On the request itself the same two headers are set here before the
 * turn runs: Hono's cors() appends `Vary: Origin` after the handler, and changing a finished response
 * makes Hono rebuild it around its body, which on Node turned every turn's JSON into a web stream
 * (about 4 % of a turn's CPU under load, measured with bench:load).
 */
const chatCors = (allowed: string[]): MiddlewareHandler => {
  const any = allowed.includes('*')
  const allow = (origin: string) => (any ? '*' : allowed.includes(origin) ? origin : null)
  const preflight = cors({
    origin: any ? '*' : (origin) => allow(origin),
    allowMethods: ['POST', 'DELETE', 'OPTIONS'],
    allowHeaders: ['Content-Type'],
    maxAge: 600,
  })
  return async (c, next) => {
    if (c.req.method === 'OPTIONS') return preflight(c, next)
    const origin = allow(c.req.header('origin') ?? '')
    if (origin) c.header('Access-Control-Allow-Origin', origin)
    if (!any) c.header('Vary', 'Origin')
    await next()
  }
}

const invalid = (issues: { path: string; message: string }[]) =>
  new InvalidRequestError(issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join('; '), {
    issues: issues.length,
  })

/** POST /api/chat (one turn) and DELETE /api/chat/:sessionId (the widget's quick exit). */
export const chatRoutes = (deps: ChatRouteDeps) => {
  const app = new Hono()
  app.use('*', chatCors(deps.config.CHAT_ALLOWED_ORIGINS))
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

  /** The turn a request asks for, or the error that says why it is not one. */
  const readTurn = async (c: Context): Promise<Turn> => {
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
    const message: InboundMessage =
      body.text !== undefined
        ? { type: 'text', text: body.text }
        : body.choice !== undefined
          ? { type: 'choice', value: body.choice }
          : { type: 'start' }
    return { channel: 'web', sessionId: body.sessionId ?? crypto.randomUUID(), message, now: deps.now() }
  }

  app.post('/', async (c) => {
    // Every request counts against its address, malformed or not, whatever session id it carries.
    let limited: RateLimitedError | null = null
    try {
      limit(c)
    } catch (err) {
      if (!(err instanceof RateLimitedError)) throw err
      limited = err
    }
    let turn: Turn
    try {
      turn = await readTurn(c)
    } catch (err) {
      throw limited ?? err
    }
    const declined = limited ?? ((await deps.admit?.()) === false ? new ServiceBusyError() : null)
    if (declined) {
      // A stopped message that is a cry for help still gets its crisis lines.
      declined.messages = deps.conversation.decline(turn, 'busy').messages
      throw declined
    }
    const { sessionId } = turn
    const keepAlive = deps.keepAlive?.(c)
    if (keepAlive) turn.keepAlive = keepAlive
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
  })

  app.delete('/:sessionId', async (c) => {
    const parsed = sessionIdSchema.safeParse(c.req.param('sessionId'))
    if (!parsed.success)
      throw invalid(formatIssues(parsed.error.issues).map((i) => ({ ...i, path: 'sessionId' })))
    await deps.conversation.end(parsed.data)
    return c.body(null, 204)
  })

  return app
}
