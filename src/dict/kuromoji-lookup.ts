import type { TokenizerBuilder } from '@patdx/kuromoji'
import { isHighSurrogate, isLowSurrogate } from './surrogates.ts'

// Stock kuromoji's dictionary lookup without its per-position garbage, for the Node tokenizer.
//
// For every start position of a sentence, stock's ViterbiBuilder passes the rest of the sentence to
// DoubleArray.commonPrefixSearch, which encodes that tail to UTF-8 in a fresh ArrayBuffer and copies
// each matched prefix into another one before decoding it back to a string: ~49 ArrayBuffers per dev
// message, and sweeping dead ArrayBuffers is most of a scavenge's pause (docs/benchmarks.md, perf9).
// Here the sentence is encoded once, into scratch reused from sentence to sentence, and each tail is
// searched from its byte offset; a matched key is the tail's own UTF-16 prefix, which is what stock's
// decode of a whole-character prefix gives back. Anything this fast path was not written for (a lone
// high surrogate, which makes stock throw; a match ending inside a character, which a dictionary of
// whole words never has) is handed to stock's own search, so the result is stock's in every case.
//
// The instance is changed, never kuromoji's prototypes or files: the builder gets its own trie object
// (the dictionary's DoubleArray underneath is shared and untouched).

type StockTokenizer = Awaited<ReturnType<TokenizerBuilder['build']>>
type Builder = StockTokenizer['viterbi_builder']
type Trie = Builder['trie']
type KeyValue = ReturnType<Trie['commonPrefixSearch']>[number]

const TERM_CODE = 0

/** One sentence, encoded as stock encodes it (lone low surrogates as three bytes, like any BMP unit). */
interface Encoded {
  sentence: string
  /** UTF-8 bytes of the sentence: [0, byteLength). */
  bytes: Uint8Array
  byteLength: number
  /** Byte offset of each UTF-16 index (length + 1 entries used). */
  byteAt: Int32Array
  /** For each byte offset that ends a character: the UTF-16 index after it; otherwise -1. */
  unitAfter: Int32Array
}

/**
 * Encodes `sentence` into `into`'s scratch (grown when too small). Returns false for a lone high
 * surrogate anywhere: stock's encoder returns null there and its search throws, which only stock
 * should do.
 */
const encodeInto = (into: Encoded, sentence: string): boolean => {
  const n = sentence.length
  // At most three bytes per UTF-16 unit (a pair is two units and four bytes).
  if (into.bytes.length < n * 3) {
    into.bytes = new Uint8Array(n * 6)
    into.unitAfter = new Int32Array(n * 6 + 1)
  }
  if (into.byteAt.length < n + 1) into.byteAt = new Int32Array(n * 2 + 1)
  const { bytes, byteAt, unitAfter } = into
  let j = 0
  let i = 0
  while (i < n) {
    byteAt[i] = j
    const unit = sentence.charCodeAt(i)
    let code = unit
    let units = 1
    if (isHighSurrogate(unit)) {
      const lower = i + 1 < n ? sentence.charCodeAt(i + 1) : Number.NaN
      if (!isLowSurrogate(lower)) return false
      code = (unit - 0xd800) * 0x400 + 0x10000 + (lower - 0xdc00)
      units = 2
      byteAt[i + 1] = j
    }
    const start = j
    if (code < 0x80) {
      bytes[j++] = code
    } else if (code < 0x800) {
      bytes[j++] = (code >>> 6) | 0xc0
      bytes[j++] = (code & 0x3f) | 0x80
    } else if (code < 0x10000) {
      bytes[j++] = (code >>> 12) | 0xe0
      bytes[j++] = ((code >> 6) & 0x3f) | 0x80
      bytes[j++] = (code & 0x3f) | 0x80
    } else {
      bytes[j++] = (code >>> 18) | 0xf0
      bytes[j++] = ((code >> 12) & 0x3f) | 0x80
      bytes[j++] = ((code >> 6) & 0x3f) | 0x80
      bytes[j++] = (code & 0x3f) | 0x80
    }
    for (let b = start; b < j - 1; b++) unitAfter[b] = -1
    i += units
    unitAfter[j - 1] = i
  }
  byteAt[n] = j
  into.sentence = sentence
  into.byteLength = j
  return true
}

/** Installs the one-encoding lookup on a freshly built stock tokenizer (see the header). */
export const installSentenceLookup = (kuromoji: StockTokenizer): void => {
  const builder = kuromoji.viterbi_builder
  const stockTrie = builder.trie
  const stockBuild = builder.build.bind(builder)
  const { bc } = stockTrie
  const encoded: Encoded = {
    sentence: '',
    bytes: new Uint8Array(0),
    byteLength: 0,
    byteAt: new Int32Array(0),
    unitAfter: new Int32Array(0),
  }
  // The sentence whose build is running, or null (no build, or one stock must do alone).
  let current: Encoded | null = null
  // The builder reads a search's result before it asks for the next one, so one array and its
  // entries serve every search.
  const result: KeyValue[] = []
  const pool: KeyValue[] = []

  // bc.getBase/getCheck with their answers for indexes past the end, read straight from the arrays.
  const base = bc.getBaseBuffer() as ArrayLike<number>
  const check = bc.getCheckBuffer() as ArrayLike<number>
  const getBase = (index: number): number => (index > base.length - 1 ? -index + 1 : base[index]!)
  const traverse = (parent: number, code: number): number => {
    const child = getBase(parent) + code
    const c = child > check.length - 1 ? -child - 1 : check[child]
    return c === parent ? child : -1
  }

  const search = (tail: string): KeyValue[] => {
    const enc = current
    const { sentence } = enc ?? encoded
    const from = sentence.length - tail.length
    // The builder only ever passes a suffix of the sentence it is building; anything else is stock's.
    if (enc === null || from < 0 || (tail.length > 0 && tail.charCodeAt(0) !== sentence.charCodeAt(from)))
      return stockTrie.commonPrefixSearch(tail)
    const { bytes, byteLength, unitAfter } = enc
    result.length = 0
    let parent = 0
    for (let i = enc.byteAt[from]!; i < byteLength; i++) {
      const child = traverse(parent, bytes[i]!)
      if (child === -1) break
      parent = child
      const terminal = traverse(child, TERM_CODE)
      if (terminal === -1) continue
      const end = unitAfter[i]!
      if (end === -1) return stockTrie.commonPrefixSearch(tail)
      const value = getBase(terminal)
      if (pool.length === result.length) pool.push({ k: '', v: 0 })
      const r = pool[result.length]!
      // Stock leaves v unset when the terminal's base is positive (never, in a built dictionary).
      r.v = value <= 0 ? -value - 1 : (undefined as unknown as number)
      r.k = sentence.slice(from, end)
      result.push(r)
    }
    return result
  }

  builder.trie = Object.create(stockTrie, { commonPrefixSearch: { value: search } }) as Trie
  builder.build = (sentence: string) => {
    current = encodeInto(encoded, sentence) ? encoded : null
    try {
      return stockBuild(sentence)
    } finally {
      current = null
    }
  }
}
