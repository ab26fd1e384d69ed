import type { Context } from 'hono'
import { Hono } from 'hono'
import { secureHeaders } from 'hono/secure-headers'
import { botFrameworkRoutes } from '../channels/botframework/routes.ts'
import { lineRoutes } from '../channels/line/routes.ts'
import { webRoutes } from '../channels/web/routes.ts'
import type { Config } from '../core/config.ts'
import type { ConversationService } from '../core/conversation.ts'
import type { Directory } from '../core/directory.ts'
import type { Logger } from '../core/log.ts'
import type { Nlu } from '../core/nlu.ts'
import type { SessionStore } from '../core/session-store.ts'
import { chatRoutes } from './chat-routes.ts'
import { errorResponse, notFound } from './on-error.ts'

/** Everything the HTTP layer needs, built by a runtime entry (src/runtime/node, src/runtime/workers). */
export interface AppDeps {
  config: Config
  conversation: ConversationService
  store: SessionStore
  logger: Logger
  /** Clock, injectable for tests of opening hours. */
  now: () => Date
  /** For the kind outage message: the city's verified general line. Without it the message has no phone. */
  directory?: Directory
  /** Lets the outage answer put emergency lines first when the unhandled message was a crisis. */
  nlu?: Nlu
  /** A key per client for the /api/chat rate limit (connection address); no limit when absent. */
  clientKey?: (c: Context) => string | null
  /** The staff console (src/admin/routes.tsx), when the runtime builds one. */
  adminRoutes?: Hono
}

export const createApp = (deps: AppDeps) => {
  const app = new Hono()
  // The widget script and the demo page are loaded from other origins, so no CORP header here;
  // API responses are fetched with CORS, which CORP does not govern.
  app.use('*', secureHeaders({ crossOriginResourcePolicy: false, crossOriginOpenerPolicy: false }))
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
