import type { TokenizerBuilder } from '@patdx/kuromoji'
import type { CharClass } from './compact-format.ts'
import type { EntryTable, LatticeTables } from './lattice.ts'

// Stock kuromoji's dictionary as flat tables: what the Node tokenizer's lattice reads (src/dict/lattice.ts)
// and what `npm run build:dict` packs into the compact dictionary. Stock keeps a trie value's token ids
// in a JS object of arrays and each token's costs in a byte buffer; both become typed arrays here
// (~6 MB beside stock's ~166 MB), read in place.

/** Stock kuromoji's built tokenizer, whose internals the tables are read from. */
export type StockTokenizer = Awaited<ReturnType<TokenizerBuilder['build']>>
type StockDictionary = StockTokenizer['token_info_dictionary']

/** Stock token record: left i16, right i16, cost i16, feature offset i32. */
export const RECORD = 10

/** Each record's connection ids and cost, indexed by record (word id ÷ RECORD), for its first n records. */
export const recordCosts = (d: StockDictionary, n: number) => {
  const left = new Int16Array(n)
  const right = new Int16Array(n)
  const cost = new Int16Array(n)
  // Read as stock's getShort reads them (little-endian, signed), without a call per field.
  const bytes = d.dictionary.buffer
  const short = (at: number) =>
    at + 2 > bytes.length ? 0 : ((bytes[at]! | (bytes[at + 1]! << 8)) << 16) >> 16
  for (let i = 0; i < n; i++) {
    const at = i * RECORD
    left[i] = short(at)
    right[i] = short(at + 2)
    cost[i] = short(at + 4)
  }
  return { left, right, cost }
}

/** A target map (trie value or class id → record offsets) as offsets into one array of record indexes. */
export const flatTargetMap = (map: Record<string, number[]>) => {
  const size = Object.keys(map).reduce((max, k) => Math.max(max, Number(k)), -1) + 1
  const offsets = new Uint32Array(size + 1)
  let total = 0
  for (let k = 0; k < size; k++) {
    offsets[k] = total
    total += map[k]?.length ?? 0
  }
  offsets[size] = total
  const ids = new Uint32Array(total)
  for (let k = 0; k < size; k++) {
    const list = map[k]
    if (!list) continue
    for (let j = 0; j < list.length; j++) {
      const id = list[j]!
      if (id % RECORD !== 0) throw new Error(`token offset ${id} is not a record boundary`)
      ids[offsets[k]! + j] = id / RECORD
    }
  }
  return { offsets, ids }
}

/** How many records a flattened target map reaches: up to and including the last one it points at. */
export const recordCount = (flat: { ids: Uint32Array }): number => {
  let last = 0
  for (const id of flat.ids) if (id > last) last = id
  return last + 1
}

const entryTable = (d: StockDictionary): EntryTable => {
  const flat = flatTargetMap(d.target_map as unknown as Record<string, number[]>)
  return { ...flat, ...recordCosts(d, recordCount(flat)) }
}

/** The character classes the category map uses (stock pads its table with thousands of empty ones). */
export const usedClasses = (kuromoji: StockTokenizer, unknownKeys: number): CharClass[] => {
  const charDef = kuromoji.unknown_dictionary.character_definition!
  const used = Math.max(...charDef.character_category_map, unknownKeys - 1) + 1
  return charDef.invoke_definition_map!.map.slice(0, used).map((c) => ({
    id: c.class_id,
    name: c.class_name,
    invoke: Number(c.is_always_invoke),
    group: Number(c.is_grouping),
  }))
}

export const stockLatticeTables = (kuromoji: StockTokenizer): LatticeTables => {
  const bc = kuromoji.viterbi_builder.trie.bc
  const unknown = entryTable(kuromoji.unknown_dictionary)
  const charDef = kuromoji.unknown_dictionary.character_definition!
  return {
    base: bc.getBaseBuffer() as Int32Array,
    check: bc.getCheckBuffer() as Int32Array,
    cc: kuromoji.viterbi_searcher.connection_costs.buffer as Int16Array,
    known: entryTable(kuromoji.token_info_dictionary),
    unknown,
    charMap: charDef.character_category_map as Uint8Array,
    classes: usedClasses(kuromoji, unknown.offsets.length - 1),
    defaultClass: charDef.invoke_definition_map!.lookup('DEFAULT')!,
    recordSize: RECORD,
  }
}
