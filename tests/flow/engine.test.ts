import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { step } from '../../src/flow/engine.ts'
import { type FlowState, flowStateSchema } from '../../src/flow/state.ts'
import { fakeDirectory, realFlows } from './fakes.ts'
import { NOW, play, text, ward } from './helpers.ts'

const flows = realFlows()

describe('engine', () => {
  it('is pure: the same input gives the same output, and neither state nor input is changed', () => {
    const directory = fakeDirectory()
    const [first] = play(flows, [text({ intent: 'dementia', subject: 'parent' })], directory)
    const state = first!.state
    const input = {
      event: text({ intent: 'other', confidence: 0.2, ward: ward('nakahara') }),
      directory,
      now: NOW,
    }
    const stateBefore = structuredClone(state)
    const eventBefore = structuredClone(input.event)
    const a = step(flows, state, input)
    const b = step(flows, state, input)
    expect(a).toEqual(b)
    expect(state).toEqual(stateBefore)
    expect(input.event).toEqual(eventBefore)
    expect(input.now).toBe(NOW)
    expect(a.state).not.toBe(state)
  })

  it('state round-trips through JSON and parses with the state schema', () => {
    const rs = play(flows, [text({ intent: 'dementia', also: ['livelihood'], age: 82, subject: 'parent' })])
    const state = rs[0]!.state
    const back: FlowState = flowStateSchema.parse(JSON.parse(JSON.stringify(state)))
    expect(back).toEqual(state)
    const next1 = step(flows, state, {
      event: text({ ward: ward('tama'), confidence: 0.1 }),
      directory: fakeDirectory(),
      now: NOW,
    })
    const next2 = step(flows, back, {
      event: text({ ward: ward('tama'), confidence: 0.1 }),
      directory: fakeDirectory(),
      now: NOW,
    })
    expect(next2).toEqual(next1)
  })

  it('a state from another version does not parse (the conversation starts over)', () => {
    expect(flowStateSchema.safeParse({ v: 2, node: null }).success).toBe(false)
    expect(
      flowStateSchema.safeParse({
        v: 1,
        node: null,
        slots: {},
        misses: 0,
        pending: [],
        candidates: [],
        offering: false,
        turns: 0,
        text: 'x',
      }).success,
    ).toBe(false)
  })

  it('counts turns and reports ended/waiting', () => {
    const rs = play(flows, [{ type: 'start' }, text({ intent: 'domestic_violence' })])
    expect(rs.map((r) => r.state.turns)).toEqual([1, 2])
    expect(rs.map((r) => r.status)).toEqual(['waiting', 'ended'])
  })

  it('every flow file points editors at the schema', () => {
    for (const f of Object.values(flows.nodeFiles)) {
      expect(readFileSync(new URL(`../../${f}`, import.meta.url), 'utf8')).toMatch(
        /^# yaml-language-server: \$schema=\.\/schema\.json/,
      )
    }
  })
})
