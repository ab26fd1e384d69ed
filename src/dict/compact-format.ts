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

export const parseCompactDictionary = (buffer: ArrayBuffer): CompactDictionary => {
  const bytes = new Uint8Array(buffer)
  const magic = new TextDecoder().decode(bytes.subarray(0, 4))
  if (magic !== MAGIC)
    throw new DictionaryFormatError(`not a compact dictionary (magic ${JSON.stringify(magic)})`)
  const headerLength = new DataView(buffer).getUint32(4, true)
  const header = JSON.parse(new TextDecoder().decode(bytes.subarray(8, 8 + headerLength))) as CompactHeader
  if (header.version !== 1)
    throw new DictionaryFormatError(`unsupported compact dictionary version ${header.version}`)
  const views = {} as Record<SectionName, unknown>
  for (const name of Object.keys(sectionTypes) as SectionName[]) {
    const section = header.sections[name]
    if (!section) throw new DictionaryFormatError(`compact dictionary lacks section ${name}`)
    const Type = sectionTypes[name]
    views[name] = new Type(buffer, section.offset, section.length)
  }
  return { header, ...(views as Views) }
}
