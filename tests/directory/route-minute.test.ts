import { describe, expect, it } from 'vitest'
import { createDirectory } from '../../src/directory/create-directory.ts'
import { jst, loadReal, query } from './fixtures.ts'

// A directory answers a query met again within its minute from what it made for it: the same cards, in an
// array of the caller's own, frozen; the next minute, another query or another directory makes them anew.

const dementia = query({ concern: 'dementia', ward: 'nakahara' })
/** A directory whose cards are made afresh for every call: what the kept ones must equal. */
const fresh = () => createDirectory(loadReal())

describe('cards kept for their minute', () => {
  const dir = createDirectory(loadReal())
  const at = jst('2026-11-25T11:00:10')
  const sameMinute = jst('2026-11-25T11:00:50')

  it('gives the same cards again within the minute, in a new array, frozen', () => {
    const first = dir.route(dementia, at)
    const again = dir.route({ ...dementia }, sameMinute)
    expect(again).not.toBe(first)
    expect(again).toEqual(first)
    expect(again[0]).toBe(first[0])
    expect(Object.isFrozen(again[0])).toBe(true)
    expect(Object.isFrozen(again[0]?.agency)).toBe(true)
    // The caller's array is its own to change.
    again.pop()
    expect(dir.route(dementia, sameMinute)).toHaveLength(first.length)
  })

  it('refuses a change to a card, which another resident will be shown', () => {
    const [card] = dir.route(dementia, at)
    expect(() => {
      if (card) (card as { reason: string }).reason = 'changed'
    }).toThrow(TypeError)
  })

  it('makes them anew in another minute: open now changes at closing time', () => {
    // 中原区's housing desk closes at 17:00, and the night line is added after it then.
    const housing = query({ concern: 'housing', ward: 'nakahara' })
    const open = (t: string) => dir.route(housing, jst(t)).map((m) => m.openNow)
    const freshOpen = (t: string) =>
      fresh()
        .route(housing, jst(t))
        .map((m) => m.openNow)
    expect(open('2026-11-25T16:59:30')).toEqual(freshOpen('2026-11-25T16:59:30'))
    expect(open('2026-11-25T17:00:00')).toEqual(freshOpen('2026-11-25T17:00:00'))
    expect(open('2026-11-25T16:59:30')).not.toEqual(open('2026-11-25T17:00:00'))
  })

  it('keeps queries apart: another ward, age group, urgency, concern', () => {
    const others = [
      query({ concern: 'dementia', ward: 'asao' }),
      query({ concern: 'dementia', ward: 'nakahara', urgent: true }),
      query({ concern: 'dementia', ward: 'nakahara', ageGroup: 'elderly', subject: 'parent' }),
      query({ concern: 'livelihood', ward: 'nakahara' }),
    ]
    for (const q of others) {
      dir.route(dementia, at)
      expect(dir.route(q, at)).toEqual(fresh().route(q, at))
    }
  })

  it('keeps the crisis lines and the fallback apart from routes, each equal to a fresh answer', () => {
    dir.route(dementia, at)
    expect(dir.crisisLines('suicide', at)).toEqual(fresh().crisisLines('suicide', at))
    expect(dir.crisisLines('medical', at)).toEqual(fresh().crisisLines('medical', at))
    expect(dir.fallback(at)).toEqual(fresh().fallback(at))
    expect(dir.handoff({ ...dementia }, at)).toEqual(fresh().handoff({ ...dementia }, at))
  })
})
