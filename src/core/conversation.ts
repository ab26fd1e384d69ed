import type { InboundMessage, OutboundMessage } from './messages.ts'

export type ChannelId = 'web' | 'line' | 'botframework' | 'api' | 'cli'

export interface Turn {
  channel: ChannelId
  /** The channel's stable key for this conversation (web session id, hashed LINE user id...). */
  sessionId: string
  message: InboundMessage
  /** When the message arrived; opening hours are judged against it. */
  now: Date
  /**
   * How the runtime keeps this turn's background work (the anonymous counters) alive after the answer
   * has gone (Workers: the request's waitUntil, without which an isolate may stop mid-write); Node
   * needs none.
   */
  keepAlive?: (task: Promise<unknown>) => void
}

export interface TurnResult {
  messages: OutboundMessage[]
  /** True when this turn started a new conversation (unknown or expired session). */
  newSession: boolean
  /**
   * Set when the turn could not run: `messages` are then an apology with a number to call (the crisis
   * answer first for a crisis). Channels pick a status from it; they never build their own answer.
   */
  failure?: 'store' | 'internal' | 'busy'
}

/**
 * The whole core as channels see it: crisis check → NLU → flow engine → directory.
 * Implemented by createConversation in src/conversation/create-conversation.ts.
 */
export interface ConversationService {
  /** Never rejects for a failure inside the turn (see TurnResult.failure); only for a malformed message. */
  handle(turn: Turn): Promise<TurnResult>
  /**
   * A turn the channel will not run (rate limited) or could not hand over: the busy or apology
   * answer, with the crisis answer first when the text is a crisis. Synchronous and store-free.
   */
  decline(turn: Turn, why: 'busy' | 'internal'): TurnResult
  /** Forget a conversation (LINE unfollow, the widget's quick exit). */
  end(sessionId: string): Promise<void>
}
