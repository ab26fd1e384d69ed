import { Hono } from 'hono'
import type { AppDeps } from '../../http/app.ts'
import { defer } from './defer.ts'
import { webhookBodySchema } from './events.ts'
import { handleLineEvent, type LineEventDeps } from './handle-event.ts'
import { createLineApi, type LineApi } from './line-api.ts'
import { verifyLineSignature } from './signature.ts'

// POST /webhooks/line. Verifies x-line-signature over the raw bytes before anything is parsed,
// answers 200 at once and does the work after (defer), because LINE times out and redelivers.

/** LINE's webhook bodies are a few KB; refuse anything absurd before hashing it. */
export const MAX_WEBHOOK_BYTES = 1024 * 1024

export interface LineRouteOptions {
  /** Replace the Messaging API client (tests); default: the SDK client at LINE_API_BASE_URL. */
  api?: LineApi
}

export const lineRoutes = (deps: AppDeps, options: LineRouteOptions = {}) => {
  const app = new Hono()
  const { config, logger } = deps
  const secret = config.LINE_CHANNEL_SECRET
  const token = config.LINE_CHANNEL_ACCESS_TOKEN
  if (!secret || !token) {
    logger.log('warn', 'line.disabled', {
      reason: !secret ? 'LINE_CHANNEL_SECRET is not set' : 'LINE_CHANNEL_ACCESS_TOKEN is not set',
    })
  }
  const api =
    options.api ??
    (token ? createLineApi({ channelAccessToken: token, baseURL: config.LINE_API_BASE_URL }) : null)

  app.post('/', async (c) => {
    if (!secret || !api) {
      return c.json(
        {
          error: 'line_not_configured',
          message:
            'The LINE channel is not configured: set LINE_CHANNEL_SECRET and LINE_CHANNEL_ACCESS_TOKEN.',
        },
        503,
      )
    }
    const declared = Number(c.req.header('content-length') ?? 0)
    if (declared > MAX_WEBHOOK_BYTES) return c.json({ error: 'too_large', message: 'Body too large.' }, 413)
    const raw = new Uint8Array(await c.req.arrayBuffer())
    if (raw.length > MAX_WEBHOOK_BYTES) return c.json({ error: 'too_large', message: 'Body too large.' }, 413)
    const signature = c.req.header('x-line-signature')
    if (!(await verifyLineSignature(secret, raw, signature))) {
      logger.log('warn', 'line.signature_rejected', { present: Boolean(signature) })
      return c.json({ error: 'invalid_signature', message: 'Missing or invalid x-line-signature.' }, 401)
    }
    let body: unknown
    try {
      body = JSON.parse(new TextDecoder().decode(raw))
    } catch {
      return c.json({ error: 'invalid_request', message: 'Body is not JSON.' }, 400)
    }
    const parsed = webhookBodySchema.safeParse(body)
    if (!parsed.success) {
      return c.json(
        { error: 'invalid_request', message: 'Body is not a LINE webhook (events missing).' },
        400,
      )
    }
    const eventDeps: LineEventDeps = {
      conversation: deps.conversation,
      store: deps.store,
      logger,
      now: deps.now,
      api,
      secret,
      pushEnabled: config.LINE_PUSH_ENABLED,
    }
    const events = parsed.data.events
    if (events.length > 0) {
      // In order: several events of one resident in one delivery must not overtake each other.
      const work = (async () => {
        // Let the 200 go out first: the turn is CPU work (tokenizing) that would otherwise run in
        // the same microtask queue before the response is written.
        await new Promise((resolve) => setTimeout(resolve, 0))
        for (const event of events) {
          await handleLineEvent(eventDeps, event).catch((err: unknown) => {
            logger.log('error', 'line.event_failed', { error: err instanceof Error ? err.name : typeof err })
          })
        }
      })()
      defer(c, work, logger, 'line.events_failed')
    }
    return c.json({ ok: true })
  })

  return app
}
