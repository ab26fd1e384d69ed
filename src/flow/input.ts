import type { Directory } from '../core/directory.ts'
import type { OutboundMessage } from '../core/messages.ts'
import type { NluResult } from '../core/nlu.ts'
import type { Concern, Label, WardId } from '../core/taxonomy.ts'
import type { FlowState } from './state.ts'

/**
 * One turn as the engine sees it. Text arrives already analyzed: the engine never sees the words,
 * only the NluResult, so it cannot store them by mistake.
 */
export type StepEvent =
  | { type: 'text'; nlu: NluResult }
  | { type: 'choice'; value: string }
  | { type: 'location'; ward: { ward: WardId | 'outside'; place: string } | null }
  | { type: 'start' }
  | { type: 'unsupported' }

export interface StepInput {
  event: StepEvent
  directory: Directory
  now: Date
}

export type StepStatus = 'waiting' | 'ended'

/** What happened this turn, for `flows chat`, golden dialogs and logs (labels and ids only). */
export interface StepTrace {
  label: Label | null
  confidence: number | null
  /** The global handler that answered, if one did. */
  handler:
    | 'crisis'
    | 'safety'
    | 'restart'
    | 'human'
    | 'emergency'
    | 'find'
    | 'language'
    | 'thanks'
    | 'greeting'
    | 'out_of_area'
    | 'no_match'
    | 'feedback'
    | null
  /** Nodes entered this turn, in order. */
  path: string[]
  /** Agency ids shown this turn, in order. */
  agencies: string[]
  /** The concern this turn was about (crisis when the crisis layer answered). */
  concern: Concern | null
}

export interface StepResult {
  status: StepStatus
  state: FlowState
  outputs: OutboundMessage[]
  trace: StepTrace
}
