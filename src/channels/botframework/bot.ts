import { ActivityHandler, MessageFactory, type TurnContext } from 'botbuilder'
import type { InboundMessage } from '../../core/messages.ts'
import type { AppDeps } from '../../http/app.ts'
import { forgetChoices, matchChoice, rememberChoices } from './choice-memory.ts'
import { offeredChoices, renderActivities } from './render.ts'
import { sessionIdFor } from './session-id.ts'

// The same bot for every Azure Bot Service channel (Web Chat, Teams...). It only translates: the
// core decides what to say.

const SORRY =
  '申し訳ありません。ただいまご案内ができません。少し時間をおいて、もう一度お試しください。命に関わる緊急のときは、119番（救急）か110番（警察）に電話してください。'

const inboundFor = async (
  deps: AppDeps,
  ctx: TurnContext,
  sessionId: string,
): Promise<InboundMessage | null> => {
  const a = ctx.activity
  const value = a.value as { choice?: unknown } | undefined
  if (value && typeof value.choice === 'string' && value.choice)
    return { type: 'choice', value: value.choice }
  // Teams puts "<at>bot</at>" in front of text that mentions the bot.
  const text = (a.channelId === 'msteams' ? a.text?.replace(/<at>[^<]*<\/at>/g, '') : a.text)?.trim() ?? ''
  if (text) {
    const choice = await matchChoice(deps.store, sessionId, text)
    return choice ? { type: 'choice', value: choice } : { type: 'text', text }
  }
  if (a.attachments?.length) return { type: 'unsupported', kind: 'attachment' }
  return null
}

export class SoudanBot extends ActivityHandler {
  constructor(private readonly deps: AppDeps) {
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
    try {
      const result = await deps.conversation.handle({
        channel: 'botframework',
        sessionId,
        message,
        now: deps.now(),
      })
      await rememberChoices(
        deps.store,
        sessionId,
        offeredChoices(result.messages),
        deps.config.SESSION_TTL_SECONDS,
      )
      const activities = renderActivities(result.messages)
      if (activities.length) await ctx.sendActivities(activities)
      deps.logger.log('info', 'botframework_turn', {
        channel: ctx.activity.channelId,
        inbound: message.type,
        replies: activities.length,
        newSession: result.newSession,
      })
    } catch (err) {
      deps.logger.log('error', 'botframework_turn_failed', {
        channel: ctx.activity.channelId,
        error: err instanceof Error ? err.name : 'unknown',
      })
      await ctx.sendActivity(MessageFactory.text(SORRY))
    }
  }
}
