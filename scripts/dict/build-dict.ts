// Derives the compact dictionary (src/dict/compact-format.ts) from kuromoji's own IPADIC files.
// Deterministic: the same kuromoji package always gives the same bytes. Run: npm run build:dict
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { builder } from '@patdx/kuromoji'
import NodeDictionaryLoader from '@patdx/kuromoji/node'
import {
  type CharClass,
  type CompactHeader,
  MAGIC,
  readCompactHeader,
  type SectionName,
  sectionRanges,
  sectionTypes,
} from '../../src/dict/compact-format.ts'
import { FEATURE_SEPARATOR, MISSING, SAME_AS_SURFACE } from '../../src/dict/compact-tokenizer.ts'
import { DICT_MANIFEST, type DictManifest, PART_BYTES } from '../../src/dict/load-compact.ts'
import { flatTargetMap, RECORD, recordCosts, recordCount, usedClasses } from '../../src/dict/stock-tables.ts'

export const STOCK_DICT_DIR = resolve('node_modules/kuromoji/dict')
export const COMPACT_DICT_DIR = resolve('dist/assets/dict')

// biome-ignore lint/suspicious/noExplicitAny: kuromoji's internals are untyped
type Any = any

/** The fields the NLU reads, at the indices stock kuromoji's formatter takes them from. */
const POS_FIELDS = [1, 2, 3, 4]
const BASIC = 7
const READING = 8

export const buildCompactDictionary = async (dicPath = STOCK_DICT_DIR): Promise<Uint8Array> => {
  const tokenizer: Any = await builder({ loader: new NodeDictionaryLoader({ dic_path: dicPath }) }).build()
  const dic: Any = tokenizer.token_info_dictionary
  const unk: Any = tokenizer.unknown_dictionary
  const trie: Any = tokenizer.viterbi_builder.trie

  // A feature entry is `posIndex \t basic \t reading`: the ~100 part-of-speech combinations go
  // to a table in the header, and a base form equal to the surface is stored as SAME_AS_SURFACE.
  const posTable = new Map<string, number>()
  const features = new Map<string, number>()
  const featureId = (line: string) => {
    const parts = line.split(',')
    const pos = POS_FIELDS.map((i) => parts[i] ?? MISSING).join(FEATURE_SEPARATOR)
    let posIndex = posTable.get(pos)
    if (posIndex === undefined) {
      posIndex = posTable.size
      posTable.set(pos, posIndex)
    }
    const basic = parts[BASIC] === parts[0] ? SAME_AS_SURFACE : (parts[BASIC] ?? MISSING)
    const key = [String(posIndex), basic, parts[READING] ?? MISSING].join(FEATURE_SEPARATOR)
    let id = features.get(key)
    if (id === undefined) {
      id = features.size
      features.set(key, id)
    }
    return id
  }

  const tm = flatTargetMap(dic.target_map)
  const unkTm = flatTargetMap(unk.target_map)
  // Each record the target map reaches, its costs as the lattice reads them (src/dict/stock-tables.ts),
  // plus its feature entry.
  const tokens = (d: Any, flat: { ids: Uint32Array }) => {
    const costs = recordCosts(d, recordCount(flat))
    const feat = new Uint32Array(costs.cost.length)
    for (let i = 0; i < feat.length; i++) feat[i] = featureId(d.getFeatures(String(i * RECORD)))
    return { ...costs, feat }
  }

  const known = tokens(dic, tm)
  const unknown = tokens(unk, unkTm)
  const charDef: Any = unk.character_definition
  const classes = usedClasses(tokenizer, unkTm.offsets.length - 1)

  const encoder = new TextEncoder()
  const encoded = [...features.keys()].map((f) => encoder.encode(f))
  const featOffsets = new Uint32Array(encoded.length + 1)
  for (const [i, e] of encoded.entries()) featOffsets[i + 1] = featOffsets[i]! + e.length
  const featBlob = new Uint8Array(featOffsets[encoded.length]!)
  for (const [i, e] of encoded.entries()) featBlob.set(e, featOffsets[i])

  const bc = trie.bc
  const sections: Record<SectionName, ArrayBufferView> = {
    base: bc.getBaseBuffer(),
    check: bc.getCheckBuffer(),
    tokLeft: known.left,
    tokRight: known.right,
    tokCost: known.cost,
    tokFeat: known.feat,
    tmOffsets: tm.offsets,
    tmIds: tm.ids,
    unkLeft: unknown.left,
    unkRight: unknown.right,
    unkCost: unknown.cost,
    unkFeat: unknown.feat,
    unkTmOffsets: unkTm.offsets,
    unkTmIds: unkTm.ids,
    cc: tokenizer.viterbi_searcher.connection_costs.buffer,
    charMap: charDef.character_category_map,
    featOffsets,
    featBlob,
  }
  return pack(sections, classes, charDef.invoke_definition_map.lookup('DEFAULT'), [...posTable.keys()])
}

const align8 = (n: number) => Math.ceil(n / 8) * 8

const pack = (
  sections: Record<SectionName, ArrayBufferView>,
  classes: CharClass[],
  defaultClass: number,
  pos: string[],
) => {
  const layout = {} as CompactHeader['sections']
  // Header size depends on offsets; offsets depend on header size. Reserve generously, then fill.
  const names = Object.keys(sectionTypes) as SectionName[]
  const draft = (start: number) => {
    let at = start
    for (const name of names) {
      const view = sections[name]
      const Type = sectionTypes[name]
      if (!(view instanceof Type)) throw new Error(`section ${name} is not a ${Type.name}`)
      layout[name] = { offset: at, length: view.byteLength / Type.BYTES_PER_ELEMENT }
      at = align8(at + view.byteLength)
    }
    const header: CompactHeader = {
      version: 1,
      recordSize: RECORD,
      classes,
      defaultClass,
      pos,
      sections: layout,
    }
    return { json: new TextEncoder().encode(JSON.stringify(header)), end: at }
  }
  let start = 4096
  let { json, end } = draft(start)
  while (align8(8 + json.length) > start) {
    start *= 2
    ;({ json, end } = draft(start))
  }
  const out = new Uint8Array(end)
  out.set(new TextEncoder().encode(MAGIC), 0)
  new DataView(out.buffer).setUint32(4, json.length, true)
  out.set(json, 8)
  for (const name of names) {
    const v = sections[name]
    out.set(new Uint8Array(v.buffer, v.byteOffset, v.byteLength), layout[name].offset)
  }
  return out
}

/**
 * Writes the dictionary as parts plus a manifest into `dir` (Workers static assets). Each part holds
 * whole sections (at most PART_BYTES, unless one section is larger), so a Worker views the parts as
 * they arrive instead of joining them.
 */
export const writeCompactDictionary = (bytes: Uint8Array, dir = COMPACT_DICT_DIR): DictManifest => {
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(dir, { recursive: true })
  const ranges = sectionRanges(
    readCompactHeader(
      bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
    ),
  )
  const starts = [0]
  for (const r of ranges)
    if (r.end - starts.at(-1)! > PART_BYTES && r.offset > starts.at(-1)!) starts.push(r.offset)
  const parts = starts.map((at, i) => {
    const name = `ipadic.kdc.${i}`
    writeFileSync(join(dir, name), bytes.subarray(at, starts[i + 1] ?? bytes.length))
    return name
  })
  const manifest: DictManifest = { format: 'KDC1', bytes: bytes.length, parts, starts }
  writeFileSync(join(dir, DICT_MANIFEST), JSON.stringify(manifest))
  return manifest
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const started = performance.now()
  const bytes = await buildCompactDictionary()
  const manifest = writeCompactDictionary(bytes)
  console.log(
    `build:dict wrote ${manifest.parts.length} parts, ${(bytes.length / 1e6).toFixed(1)} MB, to ${COMPACT_DICT_DIR} in ${Math.round(performance.now() - started)} ms`,
  )
}
