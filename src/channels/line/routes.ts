import { type Context, Hono } from 'hono'
import type { Config } from '../../core/config.ts'
import type { ConversationService } from '../../core/conversation.ts'
import { ChannelNotConfiguredError, InvalidRequestError, SignatureError } from '../../core/errors.ts'
import type { Logger } from '../../core/log.ts'
import type { SessionStore } from '../../core/session-store.ts'
import type { LocaleBook } from '../../locale/locale-book.ts'
import { uiText } from '../../locale/localize-turn.ts'
import { defer } from './defer.ts'
import { webhookBodySchema } from './events.ts'
import { handleLineEvent, type LineEventDeps } from './handle-event.ts'
import { createLineApi, type LineApi } from './line-api.ts'
import { verifyLineSignature } from './signature.ts'

// POST /webhooks/line. The app's body limit has already refused anything over 1 MB while it streamed
// in; this verifies x-line-signature over the raw bytes before anything is parsed, answers 200 at once
// and does the work after (defer), because LINE times out and redelivers. Every refusal is an error
// class that src/http/on-error.ts turns into the response.

/**
 * The one line a new friend reads about what is counted, with the link to /privacy when the service
 * knows its public address (PUBLIC_BASE_URL); LINE makes the address tappable.
 */
export const privacyNotice = (book: LocaleBook, base: string | undefined) => {
  const line = uiText(book, 'ja', 'ui.widget.privacy')
  return base ? `${line}\n${base.replace(/\/+$/, '')}/privacy` : line
}

/** What the LINE channel needs from the service. */
export interface LineRouteDeps {
  config: Config
  conversation: ConversationService
  store: SessionStore
  logger: Logger
  now: () => Date
  /** How the runtime keeps work alive after the response (Workers: waitUntil); Node needs nothing. */
  keepAlive?: (c: Context) => ((task: Promise<unknown>) => void) | undefined
  /** flows/locales: the privacy notice a new friend reads (ui.widget.privacy). */
  locales?: LocaleBook
}

export interface LineRouteOptions {
  /** Replace the Messaging API client (tests); default: the SDK client at LINE_API_BASE_URL. */
  api?: LineApi
}

export const lineRoutes = (deps: LineRouteDeps, options: LineRouteOptions = {}) => {
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
      throw new ChannelNotConfiguredError(
        'The LINE channel is not configured: set LINE_CHANNEL_SECRET and LINE_CHANNEL_ACCESS_TOKEN.',
        { channel: 'line' },
      )
    }
    const raw = new Uint8Array(await c.req.arrayBuffer())
    const signature = c.req.header('x-line-signature')
    if (!(await verifyLineSignature(secret, raw, signature))) {
      throw new SignatureError('Missing or invalid x-line-signature.', { present: Boolean(signature) })
    }
    let body: unknown
    try {
      body = JSON.parse(new TextDecoder().decode(raw))
    } catch {
      throw new InvalidRequestError('Body is not JSON.')
    }
    const parsed = webhookBodySchema.safeParse(body)
    if (!parsed.success) throw new InvalidRequestError('Body is not a LINE webhook (events missing).')
    const keepAlive = deps.keepAlive?.(c)
    const eventDeps: LineEventDeps = {
      conversation: deps.conversation,
      store: deps.store,
      logger,
      now: deps.now,
      api,
      secret,
      pushEnabled: config.LINE_PUSH_ENABLED,
      ...(deps.locales ? { privacyNotice: privacyNotice(deps.locales, config.PUBLIC_BASE_URL) } : {}),
      ...(keepAlive ? { keepAlive } : {}),
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
      defer(work, logger, 'line.events_failed', keepAlive)
    }
    return c.json({ ok: true })
  })

  return app
}
