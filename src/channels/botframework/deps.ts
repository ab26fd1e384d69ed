import type { Config } from '../../core/config.ts'
import type { ConversationService } from '../../core/conversation.ts'
import type { Logger } from '../../core/log.ts'
import type { SessionStore } from '../../core/session-store.ts'

/** What the Bot Framework channel needs from the service (and nothing of the HTTP app). */
export interface BotDeps {
  config: Config
  conversation: ConversationService
  /** For remembering the choices offered, so a tapped suggestion sent back as text is matched. */
  store: SessionStore
  logger: Logger
  now: () => Date
  /** How long a request may wait for botbuilder, replies included (default BOT_REQUEST_TIMEOUT_MS, routes.ts); tests shorten it. */
  requestTimeoutMs?: number
}
