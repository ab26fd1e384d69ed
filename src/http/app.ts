import { Hono } from 'hono'
import { botFrameworkRoutes } from '../channels/botframework/routes.ts'
import { lineRoutes } from '../channels/line/routes.ts'
import { webRoutes } from '../channels/web/routes.ts'
import type { Config } from '../core/config.ts'
import type { ConversationService } from '../core/conversation.ts'
import type { Logger } from '../core/log.ts'
import type { SessionStore } from '../core/session-store.ts'

/** Everything the HTTP layer needs, built by a runtime entry (src/runtime/node, src/runtime/workers). */
export interface AppDeps {
  config: Config
  conversation: ConversationService
  store: SessionStore
  logger: Logger
  /** Clock, injectable for tests of opening hours. */
  now: () => Date
}

export const createApp = (deps: AppDeps) => {
  const app = new Hono()
  app.get('/healthz', (c) => c.json({ ok: true }))
  app.route('/', webRoutes(deps))
  app.route('/webhooks/line', lineRoutes(deps))
  app.route('/api/messages', botFrameworkRoutes(deps))
  return app
}
