import type { CompactDictionary } from './compact-format.ts'
import { createLattice, type LatticeTables, NODE_KNOWN } from './lattice.ts'

// A Viterbi tokenizer over the compact dictionary, on the lattice the Node tokenizer uses too
// (src/dict/lattice.ts), which follows stock kuromoji's step for step (node order, tie-breaking, its
// surrogate-pair quirks) so that the fields the NLU reads come out identical; tests/dict compares the
// two on a large corpus.

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

const PUNCTUATION = /、|。/

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

/** The compact dictionary's sections as the lattice reads them: views, nothing copied. */
export const compactTables = (dict: CompactDictionary): LatticeTables => ({
  base: dict.base,
  check: dict.check,
  cc: dict.cc,
  known: {
    offsets: dict.tmOffsets,
    ids: dict.tmIds,
    cost: dict.tokCost,
    left: dict.tokLeft,
    right: dict.tokRight,
  },
  unknown: {
    offsets: dict.unkTmOffsets,
    ids: dict.unkTmIds,
    cost: dict.unkCost,
    left: dict.unkLeft,
    right: dict.unkRight,
  },
  charMap: dict.charMap,
  classes: dict.header.classes,
  defaultClass: dict.header.defaultClass,
  recordSize: dict.header.recordSize,
})

export const createCompactTokenizer = (dict: CompactDictionary) => {
  const decoder = new TextDecoder()
  const R = dict.header.recordSize
  const lattice = createLattice(compactTables(dict))

  const posTable = dict.header.pos.map((p) =>
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

  const tokenize = (text: string): CompactToken[] => {
    const tokens: CompactToken[] = []
    for (const sentence of splitByPunctuation(text)) {
      const last = tokens.length > 0 ? tokens[tokens.length - 1]!.word_position : 0
      const n = lattice.search(sentence)
      for (let i = 0; i < n; i++) {
        const row = lattice.path(i)
        const name = lattice.name(row)
        const surface = lattice.surface(sentence, row)
        // BOS and EOS are never on a path.
        const known = lattice.type(row) === NODE_KNOWN
        const f = features(known ? dict.tokFeat[name / R]! : dict.unkFeat[name / R]!, surface)
        const token: CompactToken = {
          word_id: name,
          word_type: known ? 'KNOWN' : 'UNKNOWN',
          word_position: last + lattice.start(row),
          surface_form: surface,
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
