import { describe, expect, it } from 'vitest'
import { step, stepOwned } from '../../src/flow/engine.ts'
import type { StepEvent } from '../../src/flow/input.ts'
import { type FlowState, flowStateSchema } from '../../src/flow/state.ts'
import { fakeDirectory, realFlows } from './fakes.ts'
import { NOW, play, tap, text, ward } from './helpers.ts'

// stepOwned is step without the copy of a state the caller hands over (the conversation core's, which
// zod made from the store's text this turn): the same result as step, and the state's own fields left
// as they were (the core reads `answered` after the step for the counters).

const flows = realFlows()
const directory = fakeDirectory()

/** States along a few conversations, each with the next event to answer. */
const cases: [string, FlowState | null, StepEvent][] = (() => {
  const out: [string, FlowState | null, StepEvent][] = []
  const scripts: [string, StepEvent[]][] = [
    [
      'dementia, ward, start over',
      [
        text({ intent: 'dementia', subject: 'parent' }),
        text({ ward: ward('nakahara'), confidence: 0.1 }),
        { type: 'start' },
      ],
    ],
    [
      'two concerns, a tap',
      [
        text({ intent: 'dementia', also: ['livelihood'], age: 82, subject: 'parent' }),
        tap('ward:tama'),
        text({ intent: 'other', confidence: 0.2 }),
      ],
    ],
    [
      'a crisis, then no',
      [
        text({ intent: 'crisis', confidence: 0.99, urgent: true }),
        tap('no'),
        text({ intent: 'housing', confidence: 0.9 }),
      ],
    ],
  ]
  for (const [name, events] of scripts) {
    const results = play(flows, events.slice(0, -1), directory)
    out.push([`${name}: first turn`, null, events[0]!])
    results.forEach((r, i) => {
      out.push([`${name}: turn ${i + 2}`, { ...r.state, answered: i % 2 === 0 }, events[i + 1]!])
    })
  }
  return out
})()

describe('stepOwned', () => {
  it.each(cases)('%s: the same result as step', (_, state, event) => {
    const input = { event, directory, now: NOW }
    const expected = step(flows, state, input)
    const owned = state === null ? null : flowStateSchema.parse(JSON.parse(JSON.stringify(state)))
    expect(stepOwned(flows, owned, input)).toEqual(expected)
  })

  it.each(cases.filter(([, s]) => s !== null))(
    '%s: the handed state keeps its own fields, and the result is a new object',
    (_, state, event) => {
      const owned = flowStateSchema.parse(JSON.parse(JSON.stringify(state)))
      const fields = { ...owned }
      const r = stepOwned(flows, owned, { event, directory, now: NOW })
      expect(r.state).not.toBe(owned)
      expect({ ...owned }).toEqual(fields)
      for (const k of Object.keys(fields) as (keyof FlowState)[]) expect(owned[k]).toBe(fields[k])
    },
  )
})
