import type { CharClass } from './compact-format.ts'
import { isHighSurrogate, isLowSurrogate } from './surrogates.ts'

// kuromoji's Viterbi lattice and best-path search, for both tokenizers (Node over stock kuromoji's
// dictionary, the Worker over the compact one), with nothing allocated per position.
//
// Stock's ViterbiBuilder makes, at every position of a sentence, a SurrogateAwareString of the rest of
// the sentence (an index array as long as that rest: garbage quadratic in the length), a ViterbiNode
// object per candidate word and an array per end position; the scavenges that sweep them were most of
// analyze()'s p99 (docs/benchmarks.md, perf9–perf11). Here a sentence is encoded once and the nodes are
// rows of typed arrays kept from sentence to sentence (grown, never shrunk), linked per end position.
//
// The result is stock's, step for step: the same candidate nodes in the same order (so the same
// tie-breaking), its position arithmetic (start in surrogate-aware characters, a known word's length in
// UTF-16 units, an unknown word's in characters unless grouped), its costs summed in the same order in
// doubles, and its search's failures (an unreachable node, an empty path). tests/dict/lattice.test.ts
// compares every node, cost and predecessor with stock's lattice.

/** Dictionary entries reachable from a trie value (known words) or a character class (unknown words). */
export interface EntryTable {
  /** Entries of key k: ids[offsets[k]] … ids[offsets[k + 1] - 1]. */
  offsets: Uint32Array
  /** Entry indexes; an entry's word id (stock's byte offset of its record) is index × recordSize. */
  ids: Uint32Array
  cost: Int16Array
  left: Int16Array
  right: Int16Array
}

/** What the lattice reads from a dictionary: the same shapes whether viewed (compact) or copied (stock). */
export interface LatticeTables {
  /** The double-array trie over UTF-8 bytes. */
  base: Int32Array
  check: Int32Array
  /** Connection costs: [forward size, backward size, costs…], as stock keeps them. */
  cc: Int16Array
  known: EntryTable
  unknown: EntryTable
  /** Character class of each UTF-16 code unit (an index into classes). */
  charMap: Uint8Array
  classes: CharClass[]
  defaultClass: number
  /** Bytes per stock token record: word ids stay stock's byte offsets. */
  recordSize: number
}

/** One node as the tests compare it with stock's ViterbiNode; prev is [end position, index there]. */
export interface LatticeNodeView {
  name: number
  cost: number
  start: number
  length: number
  type: string
  left: number
  right: number
  surface: string
  shortest: number
  prev: [number, number] | null
}

export const NODE_BOS = 0
export const NODE_EOS = 1
export const NODE_KNOWN = 2
export const NODE_UNKNOWN = 3
const TYPE_NAMES = ['BOS', 'EOS', 'KNOWN', 'UNKNOWN']

/**
 * Marks a character no dictionary key can contain (a lone surrogate) in the encoded sentence: 0xFF is
 * never a byte of UTF-8, so the trie has no edge for it and every prefix walk stops there. Stock walks
 * its own bytes for such a character (three for a lone low surrogate; it throws on a lone high one) and
 * the compact tokenizer walked U+FFFD's: neither is in any key (tests/dict/lattice.test.ts checks the
 * trie), so both stopped there too.
 */
const BARRIER = 0xff
const TERM_CODE = 0

// A node's fields in its row (see rowData).
const NAME = 0
const COST = 1
const START = 2
const LENGTH = 3
const TYPE = 4
const LEFT = 5
const RIGHT = 6
const FROM = 7
const TO = 8
const PREV = 9
const NEXT = 10
const STRIDE = 11

const grow = <T extends Int32Array | Uint8Array | Float64Array>(a: T, size: number): T => {
  if (a.length >= size) return a
  const next = new (a.constructor as new (n: number) => T)(Math.max(size, a.length * 2))
  next.set(a)
  return next
}

export const createLattice = (tables: LatticeTables) => {
  const { base, check, cc, known, unknown, charMap, classes, recordSize } = tables
  const backwardSize = cc[1]!
  const defaultClass = tables.defaultClass
  // Stock compares classes by name (its padded class table repeats the empty name).
  const nameId = classes.map((c) => classes.findIndex((d) => d.name === c.name))
  const classOf = (sentence: string, unit: number): number => {
    const code = sentence.charCodeAt(unit)
    if (isHighSurrogate(code)) return defaultClass
    const c = charMap[code]!
    return c < classes.length ? c : defaultClass
  }

  // The sentence: character c is units [unitAt[c], unitAt[c + 1]) and bytes [byteAt[c], byteAt[c + 1]).
  let unitAt = new Int32Array(64)
  let byteAt = new Int32Array(64)
  let bytes = new Uint8Array(256)
  let chars = 0

  // The nodes, one row each; BOS is row 0. next links the nodes of one end position in append order.
  let rows = 0
  // Every field but the best cost in one Int32Array, STRIDE a row (one array to grow, one to keep warm).
  let rowData = new Int32Array(256 * STRIDE)
  let shortest = new Float64Array(256)
  // First and last node ending at each position (-1: none), as stock's nodes_end_at.
  let first = new Int32Array(64)
  let last = new Int32Array(64)
  let ends = 0
  let eosPos = 1
  let eos = 0

  let path = new Int32Array(64)
  let pathLength = 0

  const encode = (sentence: string) => {
    const n = sentence.length
    unitAt = grow(unitAt, n + 2)
    byteAt = grow(byteAt, n + 2)
    bytes = grow(bytes, n * 4)
    let b = 0
    let c = 0
    for (let u = 0; u < n; c++) {
      unitAt[c] = u
      byteAt[c] = b
      const unit = sentence.charCodeAt(u)
      // As stock's SurrogateAwareString: a high surrogate and the unit after it are one character.
      if (isHighSurrogate(unit)) {
        const lower = u + 1 < n ? sentence.charCodeAt(u + 1) : Number.NaN
        u += 2
        if (isLowSurrogate(lower)) {
          const code = (unit - 0xd800) * 0x400 + 0x10000 + (lower - 0xdc00)
          bytes[b++] = (code >>> 18) | 0xf0
          bytes[b++] = ((code >> 12) & 0x3f) | 0x80
          bytes[b++] = ((code >> 6) & 0x3f) | 0x80
          bytes[b++] = (code & 0x3f) | 0x80
        } else bytes[b++] = BARRIER
        continue
      }
      u++
      if (unit < 0x80) bytes[b++] = unit
      else if (unit < 0x800) {
        bytes[b++] = (unit >>> 6) | 0xc0
        bytes[b++] = (unit & 0x3f) | 0x80
      } else if (isLowSurrogate(unit)) bytes[b++] = BARRIER
      else {
        bytes[b++] = (unit >>> 12) | 0xe0
        bytes[b++] = ((unit >> 6) & 0x3f) | 0x80
        bytes[b++] = (unit & 0x3f) | 0x80
      }
    }
    // A high surrogate last in the sentence stands alone: its character ends at the sentence's end.
    unitAt[c] = n
    byteAt[c] = b
    chars = c
  }

  const append = (
    n: number,
    c: number,
    s: number,
    len: number,
    t: number,
    l: number,
    r: number,
    f: number,
    e: number,
  ) => {
    const i = rows++
    if (i >= shortest.length) {
      rowData = grow(rowData, i * 2 * STRIDE)
      shortest = grow(shortest, i * 2)
    }
    const at = i * STRIDE
    rowData[at + NAME] = n
    rowData[at + COST] = c
    rowData[at + START] = s
    rowData[at + LENGTH] = len
    rowData[at + TYPE] = t
    rowData[at + LEFT] = l
    rowData[at + RIGHT] = r
    rowData[at + FROM] = f
    rowData[at + TO] = e
    rowData[at + PREV] = -1
    rowData[at + NEXT] = -1
    shortest[i] = t === NODE_BOS ? 0 : Number.MAX_VALUE
    // BOS and EOS are placed as stock places them (first and after the last end), never by position.
    const end = t === NODE_BOS ? 0 : t === NODE_EOS ? ends : s + len - 1
    if (t >= NODE_KNOWN && eosPos < end) eosPos = end
    if (end >= ends) ends = end + 1
    if (first[end] === -1) first[end] = i
    else rowData[last[end]! * STRIDE + NEXT] = i
    last[end] = i
    return i
  }

  const appendEntries = (
    table: EntryTable,
    key: number,
    pos: number,
    len: number,
    t: number,
    f: number,
    e: number,
  ) => {
    for (let j = table.offsets[key]!; j < table.offsets[key + 1]!; j++) {
      const id = table.ids[j]!
      append(id * recordSize, table.cost[id]!, pos + 1, len, t, table.left[id]!, table.right[id]!, f, e)
    }
  }

  const traverse = (parent: number, code: number): number => {
    const child = base[parent]! + code
    return check[child] === parent ? child : -1
  }

  /** Stock's commonPrefixSearch from character pos, every match appended as its known-word nodes. */
  const appendKnown = (pos: number): boolean => {
    let found = false
    let parent = 0
    let b = byteAt[pos]!
    for (let c = pos; c < chars; c++) {
      for (const end = byteAt[c + 1]!; b < end; b++) {
        parent = traverse(parent, bytes[b]!)
        if (parent === -1) return found
      }
      // A key ends only where a character does: keys are whole words of UTF-8.
      const terminal = traverse(parent, TERM_CODE)
      if (terminal === -1) continue
      found = true
      const f = unitAt[pos]!
      const e = unitAt[c + 1]!
      appendEntries(known, -base[terminal]! - 1, pos, e - f, NODE_KNOWN, f, e)
    }
    return found
  }

  const build = (sentence: string) => {
    encode(sentence)
    const endSize = 2 * sentence.length + 4
    if (first.length < endSize) {
      first = new Int32Array(endSize * 2)
      last = new Int32Array(endSize * 2)
    }
    first.fill(-1, 0, endSize)
    rows = 0
    ends = 0
    eosPos = 1
    append(-1, 0, 0, 0, NODE_BOS, 0, 0, 0, 0)
    for (let pos = 0; pos < chars; pos++) {
      const found = appendKnown(pos)
      const head = classes[classOf(sentence, unitAt[pos]!)]!
      if (found && head.invoke !== 1) continue
      // Stock keeps a single character's length surrogate-aware (1) and a grouped key's in UTF-16 units.
      let k = pos + 1
      if (head.group === 1) {
        const headName = nameId[head.id]
        while (k < chars && nameId[classOf(sentence, unitAt[k]!)] === headName) k++
      }
      const f = unitAt[pos]!
      const e = unitAt[k]!
      appendEntries(unknown, head.id, pos, k > pos + 1 ? e - f : 1, NODE_UNKNOWN, f, e)
    }
    eosPos++
    eos = append(-1, 0, eosPos, 0, NODE_EOS, 0, 0, 0, 0)
  }

  const forward = () => {
    for (let i = 1; i <= eosPos && i < ends; i++) {
      for (let n = first[i]!; n !== -1; n = rowData[n * STRIDE + NEXT]!) {
        const before = rowData[n * STRIDE + START]! - 1
        let p = before < ends ? first[before]! : -1
        if (p === -1) continue
        let best = -1
        let min = Number.MAX_VALUE
        const l = rowData[n * STRIDE + LEFT]! + 2
        const c = rowData[n * STRIDE + COST]!
        for (; p !== -1; p = rowData[p * STRIDE + NEXT]!) {
          const total = shortest[p]! + cc[rowData[p * STRIDE + RIGHT]! * backwardSize + l]! + c
          if (total < min) {
            best = p
            min = total
          }
        }
        rowData[n * STRIDE + PREV] = best
        shortest[n] = min
      }
    }
  }

  const backward = () => {
    pathLength = 0
    let n = rowData[eos * STRIDE + PREV]!
    if (n === -1) return
    while (rowData[n * STRIDE + TYPE] !== NODE_BOS) {
      path = grow(path, pathLength + 1)
      path[pathLength++] = n
      n = rowData[n * STRIDE + PREV]!
      if (n === -1) {
        pathLength = 0
        return
      }
    }
    for (let i = 0, j = pathLength - 1; i < j; i++, j--) {
      const swap = path[i]!
      path[i] = path[j]!
      path[j] = swap
    }
  }

  return {
    /**
     * Builds and searches the lattice of one sentence (split at 、 and 。 as stock does); returns the
     * number of nodes on the best path. Their rows, path(0) … path(n - 1), are read with the getters
     * below until the next call.
     */
    search(sentence: string): number {
      build(sentence)
      forward()
      backward()
      return pathLength
    },
    path: (i: number): number => path[i]!,
    name: (row: number): number => rowData[row * STRIDE + NAME]!,
    type: (row: number): number => rowData[row * STRIDE + TYPE]!,
    start: (row: number): number => rowData[row * STRIDE + START]!,
    /** The node's surface, as stock's key: a slice of the sentence. */
    surface: (sentence: string, row: number): string =>
      sentence.slice(rowData[row * STRIDE + FROM]!, rowData[row * STRIDE + TO]!),
    /** Every node of the last sentence by end position, as stock's nodes_end_at after its search (tests). */
    nodes(sentence: string): LatticeNodeView[][] {
      const at = new Map<number, [number, number]>()
      for (let e = 0; e < ends; e++)
        for (let n = first[e]!, k = 0; n !== -1; n = rowData[n * STRIDE + NEXT]!, k++) at.set(n, [e, k])
      const byEnd: LatticeNodeView[][] = []
      for (let e = 0; e < ends; e++) {
        if (first[e] === -1) continue
        const list: LatticeNodeView[] = []
        byEnd[e] = list
        for (let n = first[e]!; n !== -1; n = rowData[n * STRIDE + NEXT]!) {
          list.push({
            name: rowData[n * STRIDE + NAME]!,
            cost: rowData[n * STRIDE + COST]!,
            start: rowData[n * STRIDE + START]!,
            length: rowData[n * STRIDE + LENGTH]!,
            type: TYPE_NAMES[rowData[n * STRIDE + TYPE]!]!,
            left: rowData[n * STRIDE + LEFT]!,
            right: rowData[n * STRIDE + RIGHT]!,
            surface: sentence.slice(rowData[n * STRIDE + FROM]!, rowData[n * STRIDE + TO]!),
            shortest: shortest[n]!,
            prev: rowData[n * STRIDE + PREV] === -1 ? null : at.get(rowData[n * STRIDE + PREV]!)!,
          })
        }
      }
      return byEnd
    },
  }
}
export type Lattice = ReturnType<typeof createLattice>
