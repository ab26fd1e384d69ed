import type { ConversationService, TurnResult } from '../../core/conversation.ts'
import type { Logger } from '../../core/log.ts'
import type { SessionStore } from '../../core/session-store.ts'
import { actionFor, conversationKey, type LineEvent, lineEventSchema, pushTarget } from './events.ts'
import { fitMessages } from './fit.ts'
import { LOADING_SECONDS } from './limits.ts'
import { httpStatusOf, isReplyTokenGone, type LineApi } from './line-api.ts'
import type { LineMessage } from './line-types.ts'
import { renderOutbound } from './render.ts'
import { lineSessionId } from './signature.ts'
import { validateLineMessages } from './validate.ts'

// One webhook event, after the 200: claim it (redelivery), show the loading dots, run the turn,
// render, reply (push only when the token is gone and push is enabled). Never logs text or LINE ids.

export interface LineEventDeps {
  conversation: ConversationService
  store: SessionStore
  logger: Logger
  now: () => Date
  api: LineApi
  secret: string
  pushEnabled: boolean
  /** Added to a new friend's first answer (follow): what is counted, and the link (src/channels/line/routes.ts). */
  privacyNotice?: string
  /** How the runtime keeps the turn's counters alive once this event's work is done (Workers: waitUntil). */
  keepAlive?: (task: Promise<unknown>) => void
}

/** Long enough to cover LINE's redelivery window; the key holds no personal data. */
export const EVENT_CLAIM_TTL_SECONDS = 24 * 3600

const errorName = (err: unknown) => (err instanceof Error ? err.name : typeof err)

/** What LINE gets when even a rendered answer fails validation (a bug): 119/110 by name. */
const INVALID_FALLBACK: TurnResult['messages'] = [
  {
    type: 'text',
    text: '申し訳ありません。ただいまお返事できません。命に関わるときや急ぎのときは、119番（救急）・110番（警察）へお電話ください。',
  },
]

export const handleLineEvent = async (deps: LineEventDeps, raw: unknown): Promise<void> => {
  const { logger } = deps
  const parsed = lineEventSchema.safeParse(raw)
  if (!parsed.success) {
    const type = typeof raw === 'object' && raw && 'type' in raw ? String(raw.type).slice(0, 40) : 'unknown'
    logger.log('debug', 'line.event_ignored', { type })
    return
  }
  const event = parsed.data
  if (!event.source || event.mode === 'standby') return
  let claimed = true
  try {
    claimed = await deps.store.claim(`line:event:${event.webhookEventId}`, EVENT_CLAIM_TTL_SECONDS)
  } catch (err) {
    // A duplicate answer is better than none: go on when the store cannot say.
    logger.log('warn', 'line.claim_failed', { error: errorName(err) })
  }
  if (!claimed) {
    logger.log('info', 'line.event_duplicate', { redelivery: event.deliveryContext?.isRedelivery ?? false })
    return
  }
  const sessionId = await lineSessionId(deps.secret, conversationKey(event.source))
  const action = actionFor(event)
  if (action.kind === 'ignore') {
    logger.log('info', 'line.event_ignored', { type: event.type, reason: action.reason })
    return
  }
  if (action.kind === 'end') {
    await deps.conversation.end(sessionId)
    logger.log('info', 'line.conversation_ended', { type: event.type })
    return
  }
  if (!('replyToken' in event)) return
  const loading =
    event.source.type === 'user'
      ? deps.api.showLoading(event.source.userId, LOADING_SECONDS).catch((err: unknown) => {
          logger.log('warn', 'line.loading_failed', { status: httpStatusOf(err) })
        })
      : Promise.resolve()
  const turn = {
    channel: 'line' as const,
    sessionId,
    message: action.message,
    now: deps.now(),
    ...(deps.keepAlive ? { keepAlive: deps.keepAlive } : {}),
  }
  // The core answers every failure of the turn itself; it rejects only a message it cannot accept,
  // which is this adapter's bug, so the resident still gets the apology (and crisis lines) for it.
  const result = await deps.conversation.handle(turn).catch((err: unknown) => {
    logger.log('error', 'line.turn_rejected', { error: errorName(err), input: action.message.type })
    return deps.conversation.decline(turn, 'internal')
  })
  await loading
  await send(deps, event, event.type === 'follow' ? withNotice(result, deps.privacyNotice) : result)
}

/** The notice goes before the menu, so the menu's quick reply stays on the last message. */
const withNotice = (result: TurnResult, notice: string | undefined): TurnResult => {
  if (!notice || result.failure) return result
  const at = result.messages.findIndex((m) => m.type === 'choices')
  const messages = [...result.messages]
  messages.splice(at === -1 ? messages.length : at, 0, { type: 'text', text: notice })
  return { ...result, messages }
}

const safeBatch = (deps: LineEventDeps, batch: LineMessage[]): LineMessage[] => {
  const problems = validateLineMessages(batch)
  if (problems.length === 0) return batch
  deps.logger.log('error', 'line.invalid_messages', { count: problems.length, first: problems[0] })
  return renderOutbound(INVALID_FALLBACK).messages
}

const send = async (deps: LineEventDeps, event: LineEvent & { replyToken: string }, result: TurnResult) => {
  const { logger } = deps
  const rendered = renderOutbound(result.messages)
  if (rendered.droppedChoices > 0)
    logger.log('warn', 'line.choices_dropped', { count: rendered.droppedChoices })
  const batches = fitMessages(rendered.messages, rendered.quickReply, deps.pushEnabled, rendered.dvAnswer)
  if (batches.dropped > 0) logger.log('error', 'line.messages_dropped', { count: batches.dropped })
  if (batches.reply.length === 0) return
  const target = event.source ? pushTarget(event.source) : null
  try {
    await deps.api.reply(event.replyToken, safeBatch(deps, batches.reply))
    logger.log('info', 'line.replied', { messages: batches.reply.length, type: event.type })
  } catch (err) {
    if (isReplyTokenGone(err) && deps.pushEnabled && target) {
      await deps.api.push(target, safeBatch(deps, batches.reply))
      logger.log('info', 'line.pushed_after_expired_token', { messages: batches.reply.length })
    } else {
      logger.log('error', 'line.reply_failed', { status: httpStatusOf(err), pushEnabled: deps.pushEnabled })
      return
    }
  }
  for (const batch of batches.push) {
    if (!target) break
    await deps.api.push(target, safeBatch(deps, batch))
    logger.log('info', 'line.pushed_rest', { messages: batch.length })
  }
}
