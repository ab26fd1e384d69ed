import { choiceValue } from '../core/choice-value.ts'
import type { Turn } from '../core/conversation.ts'
import type { Directory } from '../core/directory.ts'
import {
  answeringOutcomes,
  type CounterCell,
  dimensions,
  type InsightTable,
  insightTables,
  type Outcome,
  type TurnFacts,
} from '../core/insights.ts'
import { isConcern } from '../core/taxonomy.ts'
import type { FlowSet } from '../flow/flow-set.ts'
import type { StepResult } from '../flow/input.ts'
import type { FlowState } from '../flow/state.ts'
import { timeBand } from './time-band.ts'

// A finished turn → the labels counters are made of. Pure and cheap (a few lookups): it runs on every
// turn. Reads only the turn's result and state (ids and slot values), never the resident's words.

const oneOf = <T extends string>(list: readonly T[], v: unknown, otherwise: T): T =>
  typeof v === 'string' && (list as readonly string[]).includes(v) ? (v as T) : otherwise

const outcomeOf = (flows: FlowSet, r: StepResult): Outcome | null => {
  switch (r.trace.handler) {
    case 'crisis':
      return 'crisis'
    case 'out_of_area':
      return 'out_of_area'
    case 'human':
      return 'human'
    case 'no_match':
      return 'no_match'
  }
  const types = r.trace.path.map((id) => flows.nodes[id]?.type)
  if (types.includes('handoff')) return 'human'
  if (types.includes('route') && r.trace.agencies.length > 0)
    return r.state.slots.urgent === true ? 'urgent' : 'routed'
  const s = r.state
  if (r.trace.handler === 'safety' || s.candidates.length > 0 || s.confirm || s.wards.length > 0)
    return 'clarify'
  return null
}

/** The route's first non-urgent card is the city's or a ward office's general line. */
const unmetRoute = (r: StepResult, directory: Directory): boolean => {
  const first = r.outputs.find((o) => o.type === 'agency' && !o.urgent)
  if (first?.type !== 'agency') return false
  if (first.agency.kind === 'city_callcenter') return true
  return first.agency.phone !== null && directory.isGeneralLine?.(first.agency.phone) === true
}

export interface FactsInput {
  turn: Turn
  result: StepResult
  /** The state before the turn (null for a new conversation). */
  before: FlowState | null
  newSession: boolean
  flows: FlowSet
  directory: Directory
}

export const turnFacts = ({ turn, result, before, newSession, flows, directory }: FactsInput): TurnFacts => {
  const s = result.state.slots
  const { day, band } = timeBand(turn.now)
  const outcome = outcomeOf(flows, result)
  const routed = outcome === 'routed' || outcome === 'urgent'
  const concern = result.trace.concern ?? (isConcern(String(s.concern)) ? (s.concern as string) : null)
  const opened = newSession || turn.message.type === 'start'
  const answeredBefore = before?.answered === true && turn.message.type !== 'start'
  const answers = outcome !== null && answeringOutcomes.includes(outcome)
  const tapped = turn.message.type === 'choice' ? choiceValue.safeDecode(turn.message.value).data : undefined
  const firstKind = routed ? result.outputs.find((o) => o.type === 'agency')?.agency.kind : undefined
  return {
    day,
    band,
    channel: turn.channel,
    language: result.state.lang ?? 'ja',
    ward: outcome === 'out_of_area' ? 'outside' : oneOf(dimensions.ward, s.ward, 'unknown'),
    concern: oneOf(dimensions.concern, concern, 'none'),
    concern2: oneOf(dimensions.concern2, result.state.pending[0], 'none'),
    subject: oneOf(dimensions.subject, s.subject, 'unknown'),
    age: oneOf(dimensions.age, s.age_group, 'unknown'),
    outcome,
    kind: oneOf(dimensions.kind, firstKind, 'none'),
    unmet: routed && concern !== 'other' && unmetRoute(result, directory),
    opened,
    answered: answers && !answeredBefore,
    feedback: result.trace.handler === 'feedback' && tapped?.kind === 'feedback' ? tapped.answer : null,
  }
}

/** Whether the conversation has had its answer after this turn (kept in the session as one flag). */
export const answeredAfter = (facts: TurnFacts, before: FlowState | null, message: Turn['message']) =>
  facts.answered || (before?.answered === true && message.type !== 'start')

/** The cells one turn adds 1 to. Every table has two dimensions, both from closed lists. */
export const countersFor = (f: TurnFacts): CounterCell[] => {
  const cells: CounterCell[] = []
  const add = (table: InsightTable) => {
    const [da, db] = insightTables[table].dims
    cells.push({
      table,
      day: f.day,
      a: f[da as keyof TurnFacts] as string,
      b: f[db as keyof TurnFacts] as string,
    })
  }
  const answers = f.outcome !== null && answeringOutcomes.includes(f.outcome)
  if (answers) {
    for (const t of [
      'ward_concern',
      'concern_band',
      'ward_band',
      'concern_concern2',
      'concern_subject',
      'concern_age',
      'channel_language',
    ] as const)
      add(t)
  }
  if (f.outcome !== null) {
    add('concern_outcome')
    add('ward_outcome')
  }
  if (f.outcome === 'routed' || f.outcome === 'urgent') add('concern_kind')
  if (f.unmet) add('unmet')
  if (f.feedback) {
    add('concern_feedback')
    add('ward_feedback')
  }
  if (f.opened) cells.push({ table: 'conversations', day: f.day, a: f.channel, b: 'opened' })
  if (f.answered) cells.push({ table: 'conversations', day: f.day, a: f.channel, b: 'answered' })
  return cells
}
