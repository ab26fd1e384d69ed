import type { InboundMessage, OutboundMessage } from './messages.ts'

export type ChannelId = 'web' | 'line' | 'botframework' | 'api' | 'cli'

export interface Turn {
  channel: ChannelId
  /** The channel's stable key for this conversation (web session id, hashed LINE user id...). */
  sessionId: string
  message: InboundMessage
  /** When the message arrived; opening hours are judged against it. */
  now: Date
}

export interface TurnResult {
  messages: OutboundMessage[]
  /** True when this turn started a new conversation (unknown or expired session). */
  newSession: boolean
}

/**
 * The whole core as channels see it: crisis check → NLU → flow engine → directory.
 * Implemented by createConversation in src/core/create-conversation.ts.
 */
export interface ConversationService {
  handle(turn: Turn): Promise<TurnResult>
  /** Forget a conversation (LINE unfollow, the widget's quick exit). */
  end(sessionId: string): Promise<void>
}
