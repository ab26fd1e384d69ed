import type { ConversationService, Turn, TurnResult } from '../core/conversation.ts'
import type { Directory } from '../core/directory.ts'
import { AppError, InvalidRequestError, StoreUnavailableError } from '../core/errors.ts'
import type { CounterCell, InsightsCounter } from '../core/insights.ts'
import type { Logger } from '../core/log.ts'
import { type InboundMessage, inboundMessageSchema, MAX_TEXT_LENGTH } from '../core/messages.ts'
import type { CrisisSignal, Nlu } from '../core/nlu.ts'
import type { Session, SessionStore } from '../core/session-store.ts'
import type { WardId } from '../core/taxonomy.ts'
import { crisisMessages } from '../flow/crisis-answer.ts'
import { stepOwned } from '../flow/engine.ts'
import type { FlowSet } from '../flow/flow-set.ts'
import type { StepEvent, StepResult } from '../flow/input.ts'
import { type FlowState, flowStateSchema } from '../flow/state.ts'
import { answeredAfter, countersFor, turnFacts } from '../insights/turn-facts.ts'
import { type FailureReason, fallbackMessages } from './fallback.ts'

export interface ConversationDeps {
  flows: FlowSet
  directory: Directory
  nlu: Nlu
  store: SessionStore
  ttlSeconds: number
  logger: Logger
  /** A shared location → ward; null when it cannot be placed. Without it, locations are not placed. */
  locateWard?: (lat: number, lng: number) => { ward: WardId | 'outside'; place: string } | null
  /**
   * Anonymous counters (issue 15): each finished turn adds 1 to a few cells, nothing else. Injected by
   * the runtime (memory, Redis, Upstash); without it nothing is counted. Never awaited by the turn: a
   * counter that fails is logged and the resident's answer is not held up.
   */
  insights?: InsightsCounter
}

/** The stored state, or null when absent or unreadable (an old format, a hand-edited key): start over. */
const readState = (session: Session | null): FlowState | null => {
  if (!session) return null
  const parsed = flowStateSchema.safeParse(session.data)
  return parsed.success ? parsed.data : null
}

const errorName = (err: unknown) => (err instanceof Error ? err.name : typeof err)

/**
 * The conversation core, and the one place a turn's failures are handled: whatever fails (the store,
 * the tokenizer, the model, a flow), the resident gets an apology with a number to call, and a crisis
 * gets its crisis answer first. Channels only render what comes back; none has an error path of its own.
 */
export const createConversation = (deps: ConversationDeps): ConversationService => {
  const { flows, directory, nlu, store, ttlSeconds, logger } = deps

  /** The crisis layer alone on the text: no tokenizer, no model, no store. Never throws. */
  const screen = (message: InboundMessage): CrisisSignal | null => {
    if (message.type !== 'text') return null
    try {
      return nlu.screen?.(message.text) ?? null
    } catch (err) {
      logger.log('error', 'turn.screen_failed', { error: errorName(err) })
      return null
    }
  }

  const failed = (
    turn: Turn,
    why: FailureReason,
    err: unknown,
    crisis: Pick<CrisisSignal, 'kind' | 'lang'> | null,
  ): TurnResult => {
    logger.log(why === 'busy' ? 'warn' : 'error', 'turn.failed', {
      channel: turn.channel,
      input: turn.message.type,
      why,
      error: err === null ? null : errorName(err),
      code: err instanceof AppError ? err.code : null,
      crisis: crisis?.kind ?? null,
    })
    return {
      messages: fallbackMessages({
        directory,
        now: turn.now,
        why,
        crisis,
        crisisTexts: flows.handlers.crisis,
      }),
      newSession: false,
      failure: why,
    }
  }

  /** Answer without running the flow: the state stays as it was. */
  const replyOnly = (turn: Turn, event: string, text: string, crisis: CrisisSignal | null): TurnResult => {
    logger.log('info', event, { channel: turn.channel, crisis: crisis?.kind ?? null })
    const messages = crisis
      ? crisisMessages(directory, crisis, turn.now, flows.handlers.crisis)
      : [{ type: 'text' as const, text }]
    return { messages, newSession: false }
  }

  const toEvent = (message: InboundMessage): StepEvent => {
    switch (message.type) {
      case 'text':
        // The crisis layer runs inside analyze; this is the one NLU call of the turn.
        return { type: 'text', nlu: nlu.analyze(message.text) }
      case 'choice':
        return { type: 'choice', value: message.value }
      case 'location':
        return { type: 'location', ward: deps.locateWard?.(message.latitude, message.longitude) ?? null }
      case 'start':
        return { type: 'start' }
      case 'unsupported':
        return { type: 'unsupported' }
    }
  }

  const run = async (turn: Turn, message: InboundMessage): Promise<TurnResult> => {
    let event: StepEvent
    try {
      event = toEvent(message)
    } catch (err) {
      return failed(turn, 'internal', err, screen(message))
    }
    type Outcome = { result: StepResult; newSession: boolean; counters: CounterCell[] }
    let outcome: Outcome
    try {
      outcome = await store.update<Outcome>(
        turn.sessionId,
        (current) => {
          // Pure: the store may run this again on a conflict (with the session read again). The state
          // zod made from it is this call's own, so the flow works on it without a copy; past the step
          // only its `answered` is read (turnFacts, answeredAfter), which the step leaves as it was.
          const state = readState(current)
          const result = stepOwned(flows, state, { event, directory, now: turn.now })
          let counters: CounterCell[] = []
          if (deps.insights) {
            const facts = turnFacts({
              turn,
              result,
              before: state,
              newSession: state === null,
              flows,
              directory,
            })
            counters = countersFor(facts)
            if (answeredAfter(facts, state, message)) result.state.answered = true
            else delete result.state.answered
          }
          const next: Session = {
            data: result.state,
            version: current?.version ?? 0,
            createdAt: current?.createdAt ?? turn.now.toISOString(),
            updatedAt: turn.now.toISOString(),
          }
          return { next, result: { result, newSession: state === null, counters } }
        },
        ttlSeconds,
      )
    } catch (err) {
      const crisis = event.type === 'text' ? event.nlu.crisis : null
      return failed(turn, err instanceof StoreUnavailableError ? 'store' : 'internal', err, crisis)
    }
    const { result, newSession, counters } = outcome
    if (deps.insights && counters.length > 0) {
      const counting = deps.insights.add(counters).catch((err) => {
        logger.log('warn', 'insights.count_failed', { error: errorName(err), code: err?.code ?? null })
      })
      turn.keepAlive?.(counting)
    }
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
  }

  return {
    async handle(turn) {
      const parsed = inboundMessageSchema.safeParse(turn.message)
      if (!parsed.success) {
        throw new InvalidRequestError(`invalid message: ${parsed.error.issues[0]?.message ?? 'unknown'}`)
      }
      const message = parsed.data
      if (message.type === 'text' && message.text.length > MAX_TEXT_LENGTH) {
        // Too long to read as a concern, never too long to see a cry for help.
        return replyOnly(turn, 'turn.too_long', flows.handlers.too_long, screen(message))
      }
      if (message.type === 'text' && message.text.trim() === '')
        return replyOnly(turn, 'turn.empty', flows.handlers.retry, null)
      return run(turn, message)
    },
    decline(turn, why) {
      return failed(turn, why, null, screen(turn.message))
    },
    async end(sessionId) {
      await store.delete(sessionId)
      logger.log('info', 'conversation.end', {})
    },
  }
}
