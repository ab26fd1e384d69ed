// The compact IPADIC dictionary: one binary file derived from kuromoji's own dictionary by
// `npm run build:dict` (scripts/dict/build-dict.ts). Stock kuromoji keeps ~166 MB after building,
// mostly the trie-id → token-id map as JS objects and zero padding in its .dat files; here every
// table is a flat typed array viewed in place over one ArrayBuffer, so loading copies nothing.
//
// Layout: "KDC1" | u32 header length | header JSON (UTF-8) | padding to 8 | sections.

export const MAGIC = 'KDC1'

export interface CharClass {
  id: number
  name: string
  invoke: number
  group: number
}

export const sectionTypes = {
  base: Int32Array,
  check: Int32Array,
  tokLeft: Int16Array,
  tokRight: Int16Array,
  tokCost: Int16Array,
  tokFeat: Uint32Array,
  tmOffsets: Uint32Array,
  tmIds: Uint32Array,
  unkLeft: Int16Array,
  unkRight: Int16Array,
  unkCost: Int16Array,
  unkFeat: Uint32Array,
  unkTmOffsets: Uint32Array,
  unkTmIds: Uint32Array,
  cc: Int16Array,
  charMap: Uint8Array,
  featOffsets: Uint32Array,
  featBlob: Uint8Array,
} as const

export type SectionName = keyof typeof sectionTypes
type Views = { [K in SectionName]: InstanceType<(typeof sectionTypes)[K]> }

export interface CompactHeader {
  version: 1
  /** Stock token record size in bytes: word ids stay byte offsets, as stock kuromoji reports them. */
  recordSize: number
  classes: CharClass[]
  defaultClass: number
  /** Part-of-speech combinations (pos, detail 1–3, tab-separated), indexed by feature entries. */
  pos: string[]
  sections: Record<SectionName, { offset: number; length: number }>
}

export interface CompactDictionary extends Views {
  header: CompactHeader
}

export class DictionaryFormatError extends Error {}

/** The dictionary in parts that each hold whole sections; `starts` is each part's offset in the file. */
export interface DictionaryParts {
  parts: ArrayBuffer[]
  starts: number[]
}

/** The byte range of each section, in file order (for splitting the file between sections). */
export const sectionRanges = (header: CompactHeader): { offset: number; end: number }[] =>
  (Object.keys(sectionTypes) as SectionName[]).map((name) => {
    const { offset, length } = header.sections[name]
    return { offset, end: offset + length * sectionTypes[name].BYTES_PER_ELEMENT }
  })

export const readCompactHeader = (buffer: ArrayBuffer): CompactHeader => {
  const bytes = new Uint8Array(buffer)
  const magic = new TextDecoder().decode(bytes.subarray(0, 4))
  if (magic !== MAGIC)
    throw new DictionaryFormatError(`not a compact dictionary (magic ${JSON.stringify(magic)})`)
  const headerLength = new DataView(buffer).getUint32(4, true)
  const header = JSON.parse(new TextDecoder().decode(bytes.subarray(8, 8 + headerLength))) as CompactHeader
  if (header.version !== 1)
    throw new DictionaryFormatError(`unsupported compact dictionary version ${header.version}`)
  return header
}

/**
 * Views the dictionary in place: one buffer, or its parts as they were fetched (each section within
 * one part, so nothing is copied: joining 30 MB of parts first cost a Worker's cold start 20–80 ms
 * and 30 MB more at its peak).
 */
export const parseCompactDictionary = (input: ArrayBuffer | DictionaryParts): CompactDictionary => {
  const { parts, starts } = input instanceof ArrayBuffer ? { parts: [input], starts: [0] } : input
  const header = readCompactHeader(parts[0]!)
  const views = {} as Record<SectionName, unknown>
  for (const name of Object.keys(sectionTypes) as SectionName[]) {
    const section = header.sections[name]
    if (!section) throw new DictionaryFormatError(`compact dictionary lacks section ${name}`)
    const Type = sectionTypes[name]
    const end = section.offset + section.length * Type.BYTES_PER_ELEMENT
    const p = starts.findIndex((at, i) => at <= section.offset && end <= at + parts[i]!.byteLength)
    if (p < 0) throw new DictionaryFormatError(`compact dictionary section ${name} is not within one part`)
    views[name] = new Type(parts[p]!, section.offset - starts[p]!, section.length)
  }
  return { header, ...(views as Views) }
}
