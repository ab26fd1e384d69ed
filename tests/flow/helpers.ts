import type { NluResult } from '../../src/core/nlu.ts'
import { step } from '../../src/flow/engine.ts'
import type { FlowSet } from '../../src/flow/flow-set.ts'
import type { StepEvent, StepResult } from '../../src/flow/input.ts'
import type { FlowState } from '../../src/flow/state.ts'
import { fakeDirectory, nlu } from './fakes.ts'

export const NOW = new Date('2026-11-25T01:00:00Z')

export const text = (over: Partial<NluResult> = {}): StepEvent => ({ type: 'text', nlu: nlu(over) })
export const tap = (value: string): StepEvent => ({ type: 'choice', value })
type WardEntity = NonNullable<NluResult['ward']>
export const ward = (value: WardEntity['value'], place = '中原区'): WardEntity => ({
  value,
  place,
  via: 'ward_name',
  candidates: [],
})

/** Play events in order; returns every result. */
export const play = (
  flow: FlowSet,
  events: StepEvent[],
  directory = fakeDirectory(),
  state: FlowState | null = null,
) => {
  const out: StepResult[] = []
  let s = state
  for (const event of events) {
    const r = step(flow, s, { event, directory, now: NOW })
    out.push(r)
    s = r.state
  }
  return out
}

export const last = <T>(xs: T[]): T => xs[xs.length - 1]!
export const kinds = (r: StepResult) => r.outputs.flatMap((o) => (o.type === 'agency' ? [o.agency.kind] : []))
export const choiceValues = (r: StepResult) =>
  r.outputs.flatMap((o) => (o.type === 'choices' ? o.choices.map((c) => c.value) : []))
export const texts = (r: StepResult) =>
  r.outputs.flatMap((o) => (o.type === 'text' || o.type === 'choices' ? [o.text] : []))
