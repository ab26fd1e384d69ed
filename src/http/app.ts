import type { Context } from 'hono'
import { Hono } from 'hono'
import { secureHeaders } from 'hono/secure-headers'
import { botFrameworkRoutes } from '../channels/botframework/routes.ts'
import { lineRoutes } from '../channels/line/routes.ts'
import { webRoutes } from '../channels/web/routes.ts'
import type { Config } from '../core/config.ts'
import type { ConversationService } from '../core/conversation.ts'
import type { Logger } from '../core/log.ts'
import type { SessionStore } from '../core/session-store.ts'
import type { LocaleBook } from '../locale/locale-book.ts'
import { limitBodies } from './body-limits.ts'
import { chatRoutes } from './chat-routes.ts'
import { errorResponse, notFound } from './on-error.ts'

/**
 * Everything the HTTP layer needs, built by a runtime entry (src/runtime/node, src/runtime/workers).
 * Each channel takes the part it needs (LineRouteDeps, BotDeps, ChatRouteDeps, WebRouteDeps); none
 * imports this file.
 */
export interface AppDeps {
  config: Config
  conversation: ConversationService
  store: SessionStore
  logger: Logger
  /** Clock, injectable for tests of opening hours. */
  now: () => Date
  /** A key per client for the /api/chat rate limit (its address, as the runtime knows it); no limit when absent. */
  clientKey?: (c: Context) => string | null
  /** The runtime's go-ahead for a turn's CPU work (Node: turn-scheduler.ts); false: too busy. */
  admit?: () => Promise<boolean>
  /** How the runtime keeps work alive after a response (Workers: waitUntil). */
  keepAlive?: (c: Context) => ((task: Promise<unknown>) => void) | undefined
  /** Whether this runtime compresses responses here (Node) or leaves it to the platform (Workers). */
  compress?: boolean
  /** flows/locales: the widget's own words per language (GET /widget/locale/<lang>.json). */
  locales?: LocaleBook
  /** The staff console (src/admin/routes.tsx), when the runtime builds one. */
  adminRoutes?: Hono
}

/** The staff console's pages post forms to themselves (form-action 'self') and are never framed. */
export const adminContentSecurityPolicy = {
  defaultSrc: ["'none'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'", 'data:'],
  connectSrc: ["'self'"],
  baseUri: ["'none'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
}

/** The console's security headers (its CSP above); the console's tests serve their pages with them too. */
export const adminSecureHeaders = () => secureHeaders({ contentSecurityPolicy: adminContentSecurityPolicy })

/**
 * The CSP of every response. The pages here (the demo at /) have no inline script or style; the widget
 * script is served from here and its styles are constructed sheets. JSON responses carry it too.
 */
export const contentSecurityPolicy = (config: Config) => ({
  ...adminContentSecurityPolicy,
  formAction: ["'none'"],
  frameAncestors: config.FRAME_ANCESTORS.length > 0 ? config.FRAME_ANCESTORS : ["'none'"],
})

const isAdmin = (path: string) => path === '/admin' || path.startsWith('/admin/')

export const createApp = (deps: AppDeps) => {
  const app = new Hono()
  // The widget script is loaded from other origins, so no CORP header here; API responses are fetched
  // with CORS, which CORP does not govern.
  const siteHeaders = secureHeaders({
    crossOriginResourcePolicy: false,
    crossOriginOpenerPolicy: false,
    contentSecurityPolicy: contentSecurityPolicy(deps.config),
    xFrameOptions: deps.config.FRAME_ANCESTORS.length > 0 ? false : 'DENY',
  })
  const adminHeaders = adminSecureHeaders()
  app.use('*', (c, next) => (isAdmin(c.req.path) ? adminHeaders(c, next) : siteHeaders(c, next)))
  app.use('*', limitBodies)
  app.get('/healthz', async (c) => {
    try {
      await deps.store.get('healthz')
      return c.json({ ok: true, store: deps.store.name })
    } catch {
      return c.json({ ok: false, store: deps.store.name }, 503)
    }
  })
  if (deps.adminRoutes) app.route('/admin', deps.adminRoutes)
  app.route('/', webRoutes(deps))
  app.route('/api/chat', chatRoutes(deps))
  app.route('/webhooks/line', lineRoutes(deps))
  app.route('/api/messages', botFrameworkRoutes(deps))
  app.onError(errorResponse(deps))
  app.notFound(notFound)
  return app
}
