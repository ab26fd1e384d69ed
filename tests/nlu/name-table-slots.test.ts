import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { decodeArtifact, encodeArtifact } from '../../src/nlu/model-binary.ts'
import { encodeNames, NameTable, slotCount } from '../../src/nlu/name-table.ts'

// The name tables' hash slots (issue #11, the Worker's memory): twice as many slots as names, not
// twice rounded up to a power of two (which left tables 25–50 % full: 2 MiB of slots for the
// nearest-example index's 175,085 names where 1.3 MiB hold them half full). A file written the old way
// (a power of two, the hash's low bits) must still read alike.

const table = (list: string[]) => {
  const { names, nameEnds, slots } = encodeNames(list)
  return { t: new NameTable(names, nameEnds, slots), slots }
}

/** The table as files before perf15 wrote it: 2^k slots, the hash's low bits. */
const oldTable = (list: string[]) => {
  const names = new TextEncoder().encode(list.join('\u0000'))
  const nameEnds = new Int32Array(list.length)
  const slots = new Int32Array(2 ** Math.ceil(Math.log2(Math.max(2, list.length * 2))))
  let from = 0
  for (let i = 0; i < list.length; i++) {
    const end = i + 1 < list.length ? names.indexOf(0, from) : names.length
    nameEnds[i] = end
    let h = 0x811c9dc5
    for (let k = from; k < end; k++) h = Math.imul(h ^ names[k]!, 0x01000193)
    let slot = (h >>> 0) & (slots.length - 1)
    while (slots[slot] !== 0) slot = (slot + 1) & (slots.length - 1)
    slots[slot] = i + 1
    from = end + 1
  }
  return new NameTable(names, nameEnds, slots)
}

const names = (n: number) => Array.from({ length: n }, (_, i) => `f${i}:${'語'.repeat(i % 7)}`)

describe('name table slots', () => {
  it('are twice the names, whatever their count', () => {
    for (const n of [1, 3, 5, 100, 1000, 81_114, 175_085]) expect(slotCount(n)).toBe(Math.max(2, n * 2))
    expect(table(names(1000)).slots.length).toBe(2000)
  })

  it('find every name at its index and nothing else, at any size (a power of two or not)', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.string({ unit: 'grapheme', minLength: 1 }), { minLength: 1, maxLength: 80 }),
        fc.array(fc.string({ unit: 'grapheme' }), { maxLength: 20 }),
        (list, others) => {
          const clean = list.filter((s) => !s.includes('\u0000'))
          if (clean.length === 0) return
          const { t } = table(clean)
          for (const [i, s] of clean.entries()) expect(t.find(s)).toBe(i)
          for (const o of others) expect(t.find(o)).toBe(clean.includes(o) ? clean.indexOf(o) : undefined)
          expect(t.list()).toEqual(clean)
        },
      ),
      { numRuns: 300, seed: 15 },
    )
    // 2 and 4 names give 4 and 8 slots: powers of two, read with the low bits.
    for (const n of [1, 2, 4, 7, 8, 9, 1024, 3000]) {
      const list = names(n)
      const { t } = table(list)
      for (const [i, s] of list.entries()) expect(t.find(s)).toBe(i)
      expect(t.find(`f${n}:`)).toBeUndefined()
    }
  })

  it('read a table written the old way (2^k slots) alike', () => {
    for (const n of [1, 5, 300, 5000]) {
      const list = names(n)
      const t = oldTable(list)
      for (const [i, s] of list.entries()) expect(t.find(s)).toBe(i)
      expect(t.find('absent')).toBeUndefined()
    }
  })

  it('hold a binary model’s table in twice its names’ slots', () => {
    const list = names(3000)
    const weights = Object.fromEntries(list.map((f, i) => [f, [i, -i]]))
    const bytes = encodeArtifact({ weights }, { weights })
    const file = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer
    const { tables } = decodeArtifact('t.nlm', file)
    expect((tables.weights!.names as unknown as { slots: Int32Array }).slots.length).toBe(6000)
    expect(Array.from(tables.weights!.record<Int32Array>()[list[2999]!]!)).toEqual([2999, -2999])
  })
})
