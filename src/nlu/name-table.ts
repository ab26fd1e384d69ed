// Feature names stored in a binary file and found in place, so loading a model or an index makes no
// string per name (tens of thousands of them cost a cold start its parse time and the heap its Map).
// Layout, as the nearest-example index (NBX3) and the binary models (model-binary.ts) store it: the names
// as UTF-8, NUL-separated; each name's end (Int32, exclusive); a hash table of Int32 slots (name index
// + 1, 0 empty; FNV-1a over the UTF-8 bytes, linear probing), twice as many slots as names.
// A table of 2^k slots takes the hash's low bits (every file written before 2026-12-07 perf15: they
// rounded twice the names up to a power of two, so tables were 25–50 % full and their slots up to twice
// what a half-full table needs: 2 MiB of the nearest-example index's 175,085 names); any other size takes
// the hash's high bits scaled to the size (`h * size / 2^32`). Writer and reader apply the same rule to the
// stored size, so both kinds of file read alike, and no table is fuller than half, as the fullest were.

const SEPARATOR = '\u0000'

/** A UTF-16 surrogate without its pair (String.prototype.isWellFormed is newer than our TypeScript lib). */
export const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/

/** FNV-1a over bytes: the same at build time and at lookup, on any runtime. */
const fnv1a = (bytes: Uint8Array, length: number): number => {
  let h = 0x811c9dc5
  for (let i = 0; i < length; i++) h = Math.imul(h ^ bytes[i]!, 0x01000193)
  return h >>> 0
}

/** Slots of the hash table for this many names: twice as many (half full). */
export const slotCount = (names: number) => Math.max(2, names * 2)

/** A hash's first slot in a table of `size` slots (see above: low bits for a power of two, else scaled). */
const firstSlot = (h: number, size: number): number =>
  (size & (size - 1)) === 0 ? h & (size - 1) : Math.floor((h * size) / 0x100000000)

export interface EncodedNames {
  names: Uint8Array
  nameEnds: Int32Array
  slots: Int32Array
}

/**
 * The three parts of a name table, for names that are distinct, NUL-free and well-formed; `size` slots
 * (more than the names) only to compare layouts (bench/edge/name-table-ab.ts).
 */
export const encodeNames = (list: string[], size = slotCount(list.length)): EncodedNames => {
  if (list.some((f) => f.includes(SEPARATOR))) throw new Error('a feature name contains NUL')
  // Lone surrogates would not survive UTF-8, so such a name could never be found again.
  const unfound = list.find((f) => LONE_SURROGATE.test(f))
  if (unfound !== undefined)
    throw new Error(`a feature name is not well-formed UTF-16: ${JSON.stringify(unfound)}`)
  const names = new TextEncoder().encode(list.join(SEPARATOR))
  const nameEnds = new Int32Array(list.length)
  if (size <= list.length) throw new Error(`${size} slots cannot hold ${list.length} names`)
  const slots = new Int32Array(size)
  let from = 0
  for (let i = 0; i < list.length; i++) {
    const end = i + 1 < list.length ? names.indexOf(0, from) : names.length
    nameEnds[i] = end
    let slot = firstSlot(fnv1a(names.subarray(from), end - from), slots.length)
    while (slots[slot] !== 0) slot = slot + 1 === slots.length ? 0 : slot + 1
    slots[slot] = i + 1
    from = end + 1
  }
  return { names, nameEnds, slots }
}

/** Names viewed in place: a name's index, or the name at an index, without building a Map. */
export class NameTable {
  private readonly encoder = new TextEncoder()
  private scratch = new Uint8Array(256)

  constructor(
    private readonly names: Uint8Array,
    private readonly nameEnds: Int32Array,
    private readonly slots: Int32Array,
  ) {}

  get size() {
    return this.nameEnds.length
  }

  /** The name's index in the table, or undefined. */
  find(name: string): number | undefined {
    // Every name in the table is well-formed; a query that is not cannot be one of them.
    if (LONE_SURROGATE.test(name)) return undefined
    if (this.scratch.length < name.length * 3) this.scratch = new Uint8Array(name.length * 3)
    const scratch = this.scratch
    const n = this.encoder.encodeInto(name, scratch).written
    const size = this.slots.length
    for (let slot = firstSlot(fnv1a(scratch, n), size); ; slot = slot + 1 === size ? 0 : slot + 1) {
      const i = this.slots[slot]! - 1
      if (i < 0) return undefined
      const from = i === 0 ? 0 : this.nameEnds[i - 1]! + 1
      if (this.nameEnds[i]! - from !== n) continue
      let k = 0
      while (k < n && this.names[from + k] === scratch[k]) k++
      if (k === n) return i
    }
  }

  /** The i-th name (made as a string: for serializing, not for scoring). */
  name(i: number): string {
    const from = i === 0 ? 0 : this.nameEnds[i - 1]! + 1
    return new TextDecoder().decode(this.names.subarray(from, this.nameEnds[i]!))
  }

  /** Every name, in the order they were stored. */
  list(): string[] {
    return this.size === 0 ? [] : new TextDecoder().decode(this.names).split(SEPARATOR)
  }
}
