import { Hono } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { InvalidRequestError, UnauthorizedError } from '../../core/errors.ts'
import type { AppDeps } from '../../http/app.ts'
import type { BotEngine } from './engine.ts'

// POST /api/messages: the Bot Framework endpoint (Azure Bot Service → Web Chat, Teams...). botbuilder
// stays behind this adapter (the core never imports it) and is only loaded when a request comes.

const notAnActivity = 'The request body must be a JSON Bot Framework activity.'

export const botFrameworkRoutes = (deps: AppDeps) => {
  const app = new Hono()
  const { config, logger } = deps
  if (config.MicrosoftAppId) {
    logger.log('info', 'botframework_ready', {
      authenticated: true,
      appType: config.MicrosoftAppType ?? 'MultiTenant',
    })
  } else {
    logger.log('warn', 'botframework_unauthenticated', {
      note: 'MicrosoftAppId is not set: /api/messages accepts unauthenticated requests. Use this only locally.',
    })
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

  app.post('/', bodyLimit({ maxSize: 256 * 1024 }), async (c) => {
    // botbuilder would refuse this too; checking first keeps its stack trace out of the log.
    if (config.MicrosoftAppId && !c.req.header('authorization')) {
      throw new UnauthorizedError('Bot Framework authentication is required (Authorization header).')
    }
    const body: unknown = await c.req.json().catch(() => null)
    if (!body || typeof body !== 'object' || Array.isArray(body)) throw new InvalidRequestError(notAnActivity)
    const bot = await load()
    const captured = await bot.process(c.req.raw.headers, body as Record<string, unknown>).catch(() => {
      // botbuilder validates the activity's shape before its own error handling.
      throw new InvalidRequestError('The request body is not a valid Bot Framework activity.')
    })
    if (captured.status === 401) throw new UnauthorizedError('Bot Framework authentication failed.')
    for (const [k, v] of Object.entries(captured.headers)) c.header(k, v)
    const status = captured.status as 200
    if (captured.body === undefined) return c.body(null, status)
    if (typeof captured.body === 'string') return c.text(captured.body, status)
    return c.json(captured.body as object, status)
  })
  return app
}
