import { type Context, Hono } from 'hono'
import { z } from 'zod'
import {
  AppError,
  ChannelNotConfiguredError,
  ForbiddenError,
  InvalidRequestError,
  UnauthorizedError,
} from '../../core/errors.ts'
import type { BotDeps } from './deps.ts'
import type { BotEngine } from './engine.ts'
import { allowedServiceUrl } from './service-url.ts'

// POST /api/messages: the Bot Framework endpoint (Azure Bot Service → Web Chat, Teams...). botbuilder
// stays behind this adapter (the core never imports it) and is only loaded when a request comes.
// Nothing botbuilder says goes to the client: its statuses become our error classes, mapped in
// src/http/on-error.ts, and its bodies are passed on only for a successful invoke.

/** The most a request may wait for botbuilder (token checks, replies to the connector). */
export const BOT_REQUEST_TIMEOUT_MS = 15_000

/** The connector could not be reached in time, or botbuilder failed after the turn. */
export class BotConnectorError extends AppError {
  readonly status = 502
  readonly code = 'bot_connector_failed'
}

/** Just enough of an activity to refuse one that botbuilder would hang on or send anywhere. */
const activitySchema = z.looseObject({
  type: z.string().min(1).max(64),
  serviceUrl: z.string().min(1).max(2048),
})

const notAnActivity = 'The request body must be a JSON Bot Framework activity with a type and serviceUrl.'

const withTimeout = <T>(work: Promise<T>, ms: number): Promise<T> => {
  let timer: ReturnType<typeof setTimeout> | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new BotConnectorError('The Bot Framework request timed out.')), ms)
  })
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer))
}

export const botFrameworkRoutes = (
  deps: BotDeps & { keepAlive?: (c: Context) => ((task: Promise<unknown>) => void) | undefined },
) => {
  const app = new Hono()
  const { config, logger } = deps
  const authenticated = Boolean(config.MicrosoftAppId)
  const open = !authenticated && config.BOTFRAMEWORK_ALLOW_UNAUTHENTICATED
  if (authenticated) {
    logger.log('info', 'botframework_ready', {
      authenticated: true,
      appType: config.MicrosoftAppType ?? 'MultiTenant',
    })
  } else if (open) {
    logger.log('warn', 'botframework_unauthenticated', {
      note: 'BOTFRAMEWORK_ALLOW_UNAUTHENTICATED=true: /api/messages accepts unauthenticated requests. Use this only locally.',
    })
  } else {
    logger.log('info', 'botframework.disabled', { reason: 'MicrosoftAppId is not set' })
  }

  let engine: Promise<BotEngine> | null = null
  const load = () => {
    engine ??= import('./engine.ts').then((m) => m.createEngine(deps))
    // A failed load (should not happen) is retried by the next request rather than cached.
    engine.catch(() => {
      engine = null
    })
    return engine
  }

  app.post('/', async (c) => {
    if (!authenticated && !open) {
      throw new ChannelNotConfiguredError(
        'The Bot Framework channel is not configured: set MicrosoftAppId (or BOTFRAMEWORK_ALLOW_UNAUTHENTICATED=true for a local Emulator).',
        { channel: 'botframework' },
      )
    }
    // botbuilder would refuse this too; checking first keeps its stack trace out of the log.
    if (authenticated && !c.req.header('authorization')) {
      throw new UnauthorizedError('Bot Framework authentication is required (Authorization header).')
    }
    const body: unknown = await c.req.json().catch(() => null)
    const activity = activitySchema.safeParse(body)
    if (!activity.success) throw new InvalidRequestError(notAnActivity)
    if (!allowedServiceUrl(activity.data.serviceUrl, config.BOTFRAMEWORK_SERVICE_URLS)) {
      throw new ForbiddenError('The activity’s serviceUrl is not a Bot Framework channel this bot serves.')
    }
    const bot = await load()
    const captured = await withTimeout(
      bot.process(c.req.raw.headers, activity.data, deps.keepAlive?.(c)),
      deps.requestTimeoutMs ?? BOT_REQUEST_TIMEOUT_MS,
    ).catch((err: unknown) => {
      if (err instanceof AppError) throw err
      // botbuilder validates the activity's shape before its own error handling.
      throw new InvalidRequestError('The request body is not a valid Bot Framework activity.')
    })
    if (captured.status === 401 || captured.status === 403) {
      throw new UnauthorizedError('Bot Framework authentication failed.')
    }
    if (captured.status >= 400) {
      // Before the turn, a failure is the token (a forged one, or keys that cannot be fetched to check it):
      // that is 401, whatever botbuilder made of it. After the turn, it is the connector.
      if (!captured.turnRan && authenticated)
        throw new UnauthorizedError('Bot Framework authentication failed.')
      if (!captured.turnRan)
        throw new InvalidRequestError('The request body is not a valid Bot Framework activity.')
      // An invoke this bot has no handler for (botbuilder says 501): the request's fault, not ours.
      if (activity.data.type === 'invoke')
        throw new InvalidRequestError('This bot does not handle this kind of invoke activity.')
      throw new BotConnectorError('The Bot Framework channel could not be answered.', {
        status: captured.status,
      })
    }
    for (const [k, v] of Object.entries(captured.headers)) {
      if (/^content-type$/i.test(k)) c.header(k, v)
    }
    const status = captured.status as 200
    if (captured.body === undefined || captured.body === null || captured.body instanceof Error)
      return c.body(null, status)
    if (typeof captured.body !== 'object') return c.body(null, status)
    return c.json(captured.body as object, status)
  })
  return app
}
