import { describe, expect, it } from 'vitest'
import { assertPlainJson, SessionDataError } from '../../src/sessions/json-data.ts'

const pathOfRefusal = (value: unknown): string => {
  try {
    assertPlainJson(value)
  } catch (err) {
    if (err instanceof SessionDataError) return err.path
    throw err
  }
  throw new Error('accepted')
}

// The check builds a value's path only when it refuses it; these pin the paths it names.
describe('assertPlainJson', () => {
  it('accepts plain JSON, undefined fields and array holes as JSON.stringify treats them', () => {
    // biome-ignore lint/suspicious/noSparseArray: a hole is what this checks
    const data = { a: [1, 'x', true, null, { b: [] }], c: undefined, d: { e: 0 }, holes: [1, , 3] }
    expect(() => assertPlainJson(data)).not.toThrow()
    expect(() => assertPlainJson(Object.assign(Object.create(null), { a: 1 }))).not.toThrow()
  })

  it('names the path of a refused value inside objects and arrays', () => {
    expect(pathOfRefusal(Number.NaN)).toBe('')
    expect(pathOfRefusal({ when: new Date() })).toBe('when')
    expect(pathOfRefusal({ slots: { list: [1, { at: new Map() }] } })).toBe('slots.list[1].at')
    expect(pathOfRefusal([[0, [undefined]]])).toBe('[0][1][0]')
    expect(pathOfRefusal({ a: [{ b: 1 }, { c: () => 1 }] })).toBe('a[1].c')
    expect(pathOfRefusal({ ok: { x: 1 }, bad: { y: Number.POSITIVE_INFINITY } })).toBe('bad.y')
  })

  it('names a cycle where it closes, and accepts the same object twice side by side', () => {
    const shared = { x: 1 }
    expect(() => assertPlainJson({ a: shared, b: shared })).not.toThrow()
    const cyclic: Record<string, unknown> = { list: [] }
    ;(cyclic.list as unknown[]).push(cyclic)
    expect(pathOfRefusal({ top: cyclic })).toBe('top.list[0]')
  })
})
