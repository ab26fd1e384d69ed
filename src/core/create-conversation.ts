import { step } from '../flow/engine.ts'
import type { FlowSet } from '../flow/flow-set.ts'
import type { StepEvent, StepResult } from '../flow/input.ts'
import { type FlowState, flowStateSchema } from '../flow/state.ts'
import type { ConversationService, Turn, TurnResult } from './conversation.ts'
import type { Directory } from './directory.ts'
import { InvalidRequestError } from './errors.ts'
import type { Logger } from './log.ts'
import { inboundMessageSchema, MAX_TEXT_LENGTH } from './messages.ts'
import type { Nlu } from './nlu.ts'
import type { Session, SessionStore } from './session-store.ts'
import type { WardId } from './taxonomy.ts'

export interface ConversationDeps {
  flows: FlowSet
  directory: Directory
  nlu: Nlu
  store: SessionStore
  ttlSeconds: number
  logger: Logger
  /** A shared location → ward; null when it cannot be placed. Without it, locations are not placed. */
  locateWard?: (lat: number, lng: number) => { ward: WardId | 'outside'; place: string } | null
}

/** The stored state, or null when absent or unreadable (an old format, a hand-edited key): start over. */
const readState = (session: Session | null): FlowState | null => {
  if (!session) return null
  const parsed = flowStateSchema.safeParse(session.data)
  return parsed.success ? parsed.data : null
}

export const createConversation = (deps: ConversationDeps): ConversationService => {
  const { flows, directory, nlu, store, ttlSeconds, logger } = deps

  const toEvent = (turn: Turn): StepEvent => {
    const m = turn.message
    switch (m.type) {
      case 'text':
        // The crisis layer runs inside analyze; this is the one NLU call of the turn.
        return { type: 'text', nlu: nlu.analyze(m.text) }
      case 'choice':
        return { type: 'choice', value: m.value }
      case 'location':
        return { type: 'location', ward: deps.locateWard?.(m.latitude, m.longitude) ?? null }
      case 'start':
        return { type: 'start' }
      case 'unsupported':
        return { type: 'unsupported' }
    }
  }

  /** Answer without running the flow: the state stays as it was. */
  const replyOnly = async (turn: Turn, event: string, text: string): Promise<TurnResult> => {
    const newSession = readState(await store.get(turn.sessionId)) === null
    logger.log('info', event, { channel: turn.channel, newSession })
    return { messages: [{ type: 'text', text }], newSession }
  }

  return {
    async handle(turn) {
      const parsed = inboundMessageSchema.safeParse(turn.message)
      if (!parsed.success) {
        throw new InvalidRequestError(`invalid message: ${parsed.error.issues[0]?.message ?? 'unknown'}`)
      }
      const message = parsed.data
      if (message.type === 'text' && message.text.length > MAX_TEXT_LENGTH) {
        return replyOnly(turn, 'turn.too_long', flows.handlers.too_long)
      }
      if (message.type === 'text' && message.text.trim() === '')
        return replyOnly(turn, 'turn.empty', flows.handlers.retry)
      const event = toEvent({ ...turn, message })
      const { result, newSession } = await store.update<{ result: StepResult; newSession: boolean }>(
        turn.sessionId,
        (current) => {
          // Pure: the store may run this again on a conflict.
          const state = readState(current)
          const result = step(flows, state, { event, directory, now: turn.now })
          const next: Session = {
            data: result.state,
            version: current?.version ?? 0,
            createdAt: current?.createdAt ?? turn.now.toISOString(),
            updatedAt: turn.now.toISOString(),
          }
          return { next, result: { result, newSession: state === null } }
        },
        ttlSeconds,
      )
      logger.log('info', 'turn', {
        channel: turn.channel,
        input: message.type,
        label: result.trace.label,
        confidence: result.trace.confidence === null ? null : Math.round(result.trace.confidence * 100) / 100,
        handler: result.trace.handler,
        concern: result.trace.concern,
        node: result.state.node,
        agencies: result.trace.agencies.length,
        outputs: result.outputs.length,
        status: result.status,
        newSession,
      })
      return { messages: result.outputs, newSession }
    },
    async end(sessionId) {
      await store.delete(sessionId)
      logger.log('info', 'conversation.end', {})
    },
  }
}
