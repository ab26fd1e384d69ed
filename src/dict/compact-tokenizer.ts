import type { CompactDictionary } from './compact-format.ts'
import { isHighSurrogate } from './surrogates.ts'

// A Viterbi tokenizer over the compact dictionary. It follows stock kuromoji's lattice and search
// step for step (node order, tie-breaking, its surrogate-pair quirks) so that the fields the NLU
// reads come out identical; tests/dict compares the two on a large corpus.

export const FEATURE_SEPARATOR = '\t'
/** Dictionary entries whose decoded fields are kept; past this the cache starts again. */
const ENTRY_CACHE_SIZE = 1 << 15
/** Stands for a base form equal to the surface form (most entries), to keep the table small. */
export const SAME_AS_SURFACE = '\u0001'
/** A field stock kuromoji would see as undefined. */
export const MISSING = '\u0000'

/** The subset of a kuromoji IPADIC token that the compact dictionary keeps. */
export interface CompactToken {
  word_id: number
  word_type: 'KNOWN' | 'UNKNOWN'
  word_position: number
  surface_form: string
  pos: string
  pos_detail_1: string
  pos_detail_2: string
  pos_detail_3: string
  basic_form: string
  reading?: string
}

/** Token records reachable from a trie id or a character class, as flat arrays. */
interface EntryTable {
  offsets: Uint32Array
  ids: Uint32Array
  cost: Int16Array
  left: Int16Array
  right: Int16Array
}

interface LatticeNode {
  name: number
  cost: number
  start: number
  length: number
  type: 'BOS' | 'EOS' | 'KNOWN' | 'UNKNOWN'
  left: number
  right: number
  surface: string
  prev: LatticeNode | null
  shortest: number
}

const node = (
  name: number,
  cost: number,
  start: number,
  length: number,
  type: LatticeNode['type'],
  left: number,
  right: number,
  surface: string,
): LatticeNode => ({
  name,
  cost,
  start,
  length,
  type,
  left,
  right,
  surface,
  prev: null,
  shortest: type === 'BOS' ? 0 : Number.MAX_VALUE,
})

/** A lone surrogate anywhere: TextEncoder then writes U+FFFD, so characters are encoded one by one. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/

/** UTF-8 bytes of one character of a well-formed string (a pair is two units, four bytes). */
const utf8Length = (ch: string): number => {
  if (ch.length === 2) return 4
  const code = ch.charCodeAt(0)
  return code < 0x80 ? 1 : code < 0x800 ? 2 : 3
}
const PUNCTUATION = /、|。/

/** Characters as stock kuromoji's SurrogateAwareString sees them. */
const surrogateAwareChars = (s: string): string[] => {
  const chars: string[] = []
  for (let i = 0; i < s.length; i++) {
    const start = i
    if (isHighSurrogate(s.charCodeAt(i))) i++
    chars.push(s.slice(start, i + 1))
  }
  return chars
}

export const splitByPunctuation = (input: string): string[] => {
  const sentences: string[] = []
  let tail = input
  while (tail !== '') {
    const index = tail.search(PUNCTUATION)
    if (index < 0) {
      sentences.push(tail)
      break
    }
    sentences.push(tail.substring(0, index + 1))
    tail = tail.substring(index + 1)
  }
  return sentences
}

export const createCompactTokenizer = (dict: CompactDictionary) => {
  const { base, check, tmOffsets, tmIds, unkTmOffsets, unkTmIds, cc, charMap, header } = dict
  const encoder = new TextEncoder()
  const decoder = new TextDecoder()
  const backwardDim = cc[1]!
  const classes = header.classes
  const defaultClass = classes[header.defaultClass]!
  const R = header.recordSize

  const known: EntryTable = {
    offsets: tmOffsets,
    ids: tmIds,
    cost: dict.tokCost,
    left: dict.tokLeft,
    right: dict.tokRight,
  }
  const unknown: EntryTable = {
    offsets: unkTmOffsets,
    ids: unkTmIds,
    cost: dict.unkCost,
    left: dict.unkLeft,
    right: dict.unkRight,
  }

  const traverse = (parent: number, code: number) => {
    const child = base[parent]! + code
    return check[child] === parent ? child : -1
  }

  const charClass = (ch: string) => {
    const code = ch.charCodeAt(0)
    if (isHighSurrogate(code)) return defaultClass
    return classes[charMap[code]!] ?? defaultClass
  }

  const posTable = header.pos.map((p) =>
    p.split(FEATURE_SEPARATOR).map((f) => (f === MISSING ? undefined : f)),
  )
  const field = (f: string | undefined) => (f === MISSING ? undefined : f)

  // An entry's fields, decoded once per entry: decoding and splitting them again for every token was
  // most of what a token cost after the lattice. Bounded: a cache of dictionary entries, not of text.
  const entries = new Map<
    number,
    { pos: (string | undefined)[]; basic: string | undefined; reading: string | undefined }
  >()
  const features = (index: number, surface: string) => {
    let e = entries.get(index)
    if (!e) {
      const entry = decoder.decode(
        dict.featBlob.subarray(dict.featOffsets[index]!, dict.featOffsets[index + 1]!),
      )
      const [posIndex, basic, reading] = entry.split(FEATURE_SEPARATOR)
      if (entries.size >= ENTRY_CACHE_SIZE) entries.clear()
      e = { pos: posTable[Number(posIndex)]!, basic, reading: field(reading) }
      entries.set(index, e)
    }
    return { pos: e.pos, basic: e.basic === SAME_AS_SURFACE ? surface : field(e.basic), reading: e.reading }
  }

  /**
   * Stock's commonPrefixSearch, walking the UTF-8 bytes of the tail and looking for a word's end after
   * each character. The sentence is encoded once, into scratch kept from sentence to sentence: a fresh
   * array per character (or, as stock does, per start position) is an ArrayBuffer for the scavenger to
   * sweep. A key is the sentence's own slice from the start character to the matched one.
   */
  let bytes = new Uint8Array(64)
  let charEnd = new Int32Array(16)
  let unitAt = new Int32Array(17)
  const found: { key: string; id: number }[] = []
  const pool: { key: string; id: number }[] = []
  /** Encodes the sentence (each character as TextEncoder writes it) and records where each one ends. */
  const encodeSentence = (sentence: string, chars: string[]) => {
    if (bytes.length < sentence.length * 3) bytes = new Uint8Array(sentence.length * 6)
    if (charEnd.length < chars.length) {
      charEnd = new Int32Array(chars.length * 2)
      unitAt = new Int32Array(chars.length * 2 + 1)
    }
    const wellFormed = !LONE_SURROGATE.test(sentence)
    if (wellFormed) encoder.encodeInto(sentence, bytes)
    let b = 0
    let u = 0
    for (let c = 0; c < chars.length; c++) {
      unitAt[c] = u
      const ch = chars[c]!
      b += wellFormed ? utf8Length(ch) : encoder.encodeInto(ch, bytes.subarray(b)).written
      u += ch.length
      charEnd[c] = b
    }
    unitAt[chars.length] = u
  }
  const prefixes = (sentence: string, chars: string[], from: number) => {
    found.length = 0
    let parent = 0
    let b = from === 0 ? 0 : charEnd[from - 1]!
    for (let c = from; c < chars.length; c++) {
      const end = charEnd[c]!
      for (; b < end; b++) {
        const child = traverse(parent, bytes[b]!)
        if (child === -1) return found
        parent = child
      }
      const terminal = traverse(parent, 0)
      if (terminal !== -1) {
        if (pool.length === found.length) pool.push({ key: '', id: 0 })
        const hit = pool[found.length]!
        hit.key = sentence.slice(unitAt[from]!, unitAt[c + 1]!)
        hit.id = -base[terminal]! - 1
        found.push(hit)
      }
    }
    return found
  }

  const buildLattice = (sentence: string) => {
    const chars = surrogateAwareChars(sentence)
    encodeSentence(sentence, chars)
    const endAt: LatticeNode[][] = [[node(-1, 0, 0, 0, 'BOS', 0, 0, '')]]
    let eos = 1
    const append = (n: LatticeNode) => {
      const last = n.start + n.length - 1
      if (eos < last) eos = last
      const list = endAt[last]
      if (list) list.push(n)
      else endAt[last] = [n]
    }
    // Every dictionary entry behind a trie id (known words) or a character class (unknown words).
    const appendEntries = (
      table: EntryTable,
      entry: number,
      pos: number,
      length: number,
      type: 'KNOWN' | 'UNKNOWN',
      key: string,
    ) => {
      for (let j = table.offsets[entry]!; j < table.offsets[entry + 1]!; j++) {
        const t = table.ids[j]!
        append(node(t * R, table.cost[t]!, pos + 1, length, type, table.left[t]!, table.right[t]!, key))
      }
    }
    for (let pos = 0; pos < chars.length; pos++) {
      prefixes(sentence, chars, pos)
      for (const { key, id } of found) appendEntries(known, id, pos, key.length, 'KNOWN', key)
      const head = chars[pos]!
      const headClass = charClass(head)
      if (found.length === 0 || headClass.invoke === 1) {
        // Stock keeps a single character's length surrogate-aware (1) and a grouped key's UTF-16 length.
        let key = head
        let grouped = false
        if (headClass.group === 1 && chars.length - pos > 1) {
          for (let k = pos + 1; k < chars.length; k++) {
            if (charClass(chars[k]!).name !== headClass.name) break
            key += chars[k]
            grouped = true
          }
        }
        const length = grouped ? key.length : 1
        appendEntries(unknown, headClass.id, pos, length, 'UNKNOWN', key)
      }
    }
    eos++
    endAt[endAt.length] = [node(-1, 0, eos, 0, 'EOS', 0, 0, '')]
    return { endAt, eos }
  }

  const search = ({ endAt, eos }: ReturnType<typeof buildLattice>): LatticeNode[] => {
    for (let i = 1; i <= eos; i++) {
      const nodes = endAt[i]
      if (!nodes) continue
      for (const n of nodes) {
        const prevs = endAt[n.start - 1]
        if (!prevs) continue
        let cost = Number.MAX_VALUE
        let best: LatticeNode | null = null
        for (const p of prevs) {
          const c = p.shortest + cc[p.right * backwardDim + n.left + 2]! + n.cost
          if (c < cost) {
            best = p
            cost = c
          }
        }
        n.prev = best
        n.shortest = cost
      }
    }
    const path: LatticeNode[] = []
    let back = endAt[endAt.length - 1]![0]!.prev
    if (!back) return []
    while (back.type !== 'BOS') {
      path.push(back)
      if (!back.prev) return []
      back = back.prev
    }
    return path.reverse()
  }

  const tokenize = (text: string): CompactToken[] => {
    const tokens: CompactToken[] = []
    for (const sentence of splitByPunctuation(text)) {
      const last = tokens.length > 0 ? tokens[tokens.length - 1]!.word_position : 0
      for (const n of search(buildLattice(sentence))) {
        const known = n.type === 'KNOWN'
        const f = features(known ? dict.tokFeat[n.name / R]! : dict.unkFeat[n.name / R]!, n.surface)
        const token: CompactToken = {
          word_id: n.name,
          word_type: known ? 'KNOWN' : 'UNKNOWN',
          word_position: last + n.start,
          surface_form: n.surface,
          pos: f.pos[0]!,
          pos_detail_1: f.pos[1]!,
          pos_detail_2: f.pos[2]!,
          pos_detail_3: f.pos[3]!,
          basic_form: f.basic!,
        }
        if (known) token.reading = f.reading!
        tokens.push(token)
      }
    }
    return tokens
  }

  return { tokenize }
}
export type CompactTokenizer = ReturnType<typeof createCompactTokenizer>
