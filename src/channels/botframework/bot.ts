import { ActivityHandler, type TurnContext } from 'botbuilder'
import type { InboundMessage } from '../../core/messages.ts'
import { forgetChoices, matchChoice, rememberChoices } from './choice-memory.ts'
import type { BotDeps } from './deps.ts'
import { offeredChoices, renderActivities } from './render.ts'
import { sessionIdFor } from './session-id.ts'

// The same bot for every Azure Bot Service channel (Web Chat, Teams...). It only translates: the
// core decides what to say.

const inboundFor = async (
  deps: BotDeps,
  ctx: TurnContext,
  sessionId: string,
): Promise<InboundMessage | null> => {
  const a = ctx.activity
  const value = a.value as { choice?: unknown } | undefined
  // Our own choice values are short; anything else in `value` is not one of them.
  if (value && typeof value.choice === 'string' && value.choice && value.choice.length <= 300)
    return { type: 'choice', value: value.choice }
  // Teams puts "<at>bot</at>" in front of text that mentions the bot.
  const text = (a.channelId === 'msteams' ? a.text?.replace(/<at>[^<]*<\/at>/g, '') : a.text)?.trim() ?? ''
  if (text) {
    // The store may be what is down: the text then goes to the core as text, which answers the outage
    // (crisis lines first for a crisis) exactly as it does on LINE and the web.
    const choice = await matchChoice(deps.store, sessionId, text).catch((err: unknown) => {
      deps.logger.log('warn', 'botframework_choices_unread', {
        error: err instanceof Error ? err.name : 'unknown',
      })
      return null
    })
    return choice ? { type: 'choice', value: choice } : { type: 'text', text }
  }
  if (a.attachments?.length) return { type: 'unsupported', kind: 'attachment' }
  return null
}

export type KeepAlive = (task: Promise<unknown>) => void
/** The turnState key under which engine.ts hands the runtime's keepAlive to the turn. */
export const KEEP_ALIVE = Symbol('soudan.keepAlive')

export class SoudanBot extends ActivityHandler {
  constructor(private readonly deps: BotDeps) {
    super()
    this.onMessage(async (ctx, next) => {
      const sessionId = await sessionIdFor(ctx.activity.channelId, ctx.activity.conversation.id)
      const message = await inboundFor(this.deps, ctx, sessionId)
      if (message) await this.turn(ctx, sessionId, message)
      await next()
    })
    // The resident closed the conversation (Web Chat, Direct Line): forget it, as the widget's quick exit does.
    this.onEndOfConversation(async (ctx, next) => {
      await this.endConversation(ctx)
      await next()
    })
    this.onMembersAdded(async (ctx, next) => {
      // Greet once, when the resident (not the bot itself) joins the conversation.
      const someoneElse = ctx.activity.membersAdded?.some((m) => m.id !== ctx.activity.recipient.id)
      if (someoneElse) {
        const sessionId = await sessionIdFor(ctx.activity.channelId, ctx.activity.conversation.id)
        await this.turn(ctx, sessionId, { type: 'start' })
      }
      await next()
    })
  }

  private async endConversation(ctx: TurnContext) {
    const sessionId = await sessionIdFor(ctx.activity.channelId, ctx.activity.conversation.id)
    await this.deps.conversation.end(sessionId)
    await forgetChoices(this.deps.store, sessionId)
  }

  private async turn(ctx: TurnContext, sessionId: string, message: InboundMessage) {
    const { deps } = this
    const keepAlive = ctx.turnState.get(KEEP_ALIVE) as KeepAlive | undefined
    // On Workers the insights counters finish after the response only under waitUntil, as on the web and LINE.
    const turn = {
      channel: 'botframework' as const,
      sessionId,
      message,
      now: deps.now(),
      ...(keepAlive ? { keepAlive } : {}),
    }
    // The core answers every failure of the turn itself (crisis lines first for a crisis); it rejects
    // only a message it cannot accept, which is this adapter's bug: the resident gets the apology anyway.
    const result = await deps.conversation.handle(turn).catch((err: unknown) => {
      deps.logger.log('error', 'botframework_turn_rejected', {
        channel: ctx.activity.channelId,
        error: err instanceof Error ? err.name : 'unknown',
      })
      return deps.conversation.decline(turn, 'internal')
    })
    try {
      await rememberChoices(
        deps.store,
        sessionId,
        offeredChoices(result.messages),
        deps.config.SESSION_TTL_SECONDS,
      )
    } catch (err) {
      // Remembering choices needs the store (which may be what failed): the answer still goes out,
      // only a typed choice is not matched next turn.
      deps.logger.log('error', 'botframework_choices_unsaved', {
        channel: ctx.activity.channelId,
        error: err instanceof Error ? err.name : 'unknown',
      })
    }
    const activities = renderActivities(result.messages)
    if (activities.length) await ctx.sendActivities(activities)
    deps.logger.log('info', 'botframework_turn', {
      channel: ctx.activity.channelId,
      inbound: message.type,
      replies: activities.length,
      newSession: result.newSession,
      failure: result.failure ?? null,
    })
  }
}
