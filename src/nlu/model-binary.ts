import { deflateSync, inflateSync } from 'fflate'
import { ModelFileError } from './model-file-error.ts'
import { encodeNames, NameTable } from './name-table.ts'

// The binary form of an NLU artifact (intent model, crisis model), what a Worker isolate loads: parsing
// the JSON files cost its cold start ~0.85 s of CPU in workerd (model.json 0.28 s, crisis-model.json
// 0.56 s with packing), nearly all of it the ~165,000 feature names of three weight tables made into
// object keys or Map keys. Here each table is a name table viewed in place (name-table.ts) beside its
// numbers in a typed array; everything else stays JSON in the header.
//
// Layout: "NLM1" | u32 header length | header JSON | padding to 8 | sections, each at a multiple of 8
// bytes (offsets in the header count from the first section).
// A field the runtime seldom reads (the intent model's ~18,000 training texts, read only when no prebuilt
// nearest-example index is given) may be `packed`: its JSON deflated into a section of its own, the header
// holding null, inflated only when asked for (deferField). A Worker keeps the whole file; the texts took
// 1.65 MB of its header as JSON, ~0.6 MB deflated.
// The header holds the artifact with each table replaced by null (so the keys keep their order and
// serializing a loaded artifact gives back the very JSON it was made from) and, per table (by its path,
// e.g. "danger.weights"), where its sections are. A table maps a name to a row of numbers (or to one
// number: `scalar`). The numbers are stored as integers when every value is one (Int16 when they all
// fit, else Int32), else as Float64, and read in place; a scalar table whose values are all exactly
// `int / 1000` is stored as those integers and each value divided when read. Either way the values read are the very same doubles the JSON held,
// so every score is the same bit for bit.
// Rows are stored as thousandths only in the tables an encoder names (`thousandths`): a reader that
// takes a table's rows whole must then divide each value as it reads it, as the crisis model's
// PackedWeights does (its 832,797 weights as Int16: 1.7 MB an isolate keeps, not 6.7 MB of doubles;
// `int / 1000` is the very double the JSON held, so every score is the same bit for bit). Other row
// tables are read a row at a time (`row`), which would copy; they stay integers or doubles. A scalar
// table is read one looked-up name at a time, so its division costs nothing worth a copy.

export const MODEL_BINARY_MAGIC = 'NLM1'
/** The divisors a table's values may be stored under as integers (rows: see above). */
const ROW_DIVISORS = [1]
const THOUSANDTHS = [1, 1000]

type Row = ArrayLike<number>
/** A table as the artifact holds it: name → row (intent weights, crisis weights) or name → number. */
export type TableRecord = Record<string, Row | number>

interface TableMeta {
  count: number
  scalar: boolean
  divisor: number | null
  /** 2 when the stored integers fit Int16 (absent in older files and for wider ones: Int32). */
  intBytes?: 2
  /** Offsets (bytes) and lengths (elements) of the table's sections. */
  values: [number, number]
  ends: [number, number]
  names: [number, number]
  nameEnds: [number, number]
  slots: [number, number]
}

interface Header {
  artifact: Record<string, unknown>
  tables: Record<string, TableMeta>
  /** Packed fields (path → their deflated JSON's offset and length in bytes); absent in older files. */
  packed?: Record<string, [number, number]>
}

/** The divisor that stores every value exactly as an Int32, or null (then Float64). */
const divisorFor = (values: number[], divisors: number[]): number | null =>
  divisors.find((d) =>
    values.every((v) => {
      // -0 would come back as 0.
      if (Object.is(v, -0)) return false
      const k = Math.round(v * d)
      return Math.abs(k) <= 0x7fffffff && Object.is(k / d, v)
    }),
  ) ?? null

const setPath = (target: Record<string, unknown>, path: string, value: unknown) => {
  const keys = path.split('.')
  let at = target
  for (const k of keys.slice(0, -1)) at = at[k] as Record<string, unknown>
  at[keys.at(-1)!] = value
}

const align8 = (n: number) => Math.ceil(n / 8) * 8

const getPath = (target: Record<string, unknown>, path: string): unknown =>
  path.split('.').reduce<unknown>((at, k) => (at as Record<string, unknown> | undefined)?.[k], target)

/**
 * Encodes an artifact whose `tables` (path → record) are stored in binary and whose `packed` fields (paths)
 * deflated, each in a section of its own; every other field goes into the header as JSON. The artifact
 * itself is not changed.
 */
export const encodeArtifact = (
  artifact: object,
  tables: Record<string, TableRecord>,
  packed: string[] = [],
  /** Row tables whose reader divides as it reads (see above): their rows may be stored as thousandths. */
  thousandths: string[] = [],
): Uint8Array => {
  const skeleton = JSON.parse(JSON.stringify(artifact, (_k, v) => (ArrayBuffer.isView(v) ? [] : v)))
  const parts: { meta: TableMeta; chunks: [ArrayBufferView, keyof TableMeta][] }[] = []
  const header: Header = { artifact: skeleton, tables: {} }
  // Packed fields first, so that a file cut short loses a table (which decode notices) before them.
  let size = 0
  const packedBytes: [Uint8Array, number][] = []
  for (const path of packed) {
    const bytes = deflateSync(new TextEncoder().encode(JSON.stringify(getPath(skeleton, path))))
    setPath(skeleton, path, null)
    header.packed ??= {}
    header.packed[path] = [size, bytes.length]
    packedBytes.push([bytes, size])
    size = align8(size + bytes.length)
  }
  for (const [path, record] of Object.entries(tables)) {
    setPath(skeleton, path, null)
    const names = Object.keys(record)
    const rows = names.map((n) => record[n]!)
    const scalar = rows.every((r) => typeof r === 'number')
    const flat = rows.flatMap((r) => (typeof r === 'number' ? [r] : Array.from(r)))
    const ends = new Int32Array(rows.length)
    let n = 0
    rows.forEach((r, i) => {
      n += typeof r === 'number' ? 1 : r.length
      ends[i] = n
    })
    const divisor = divisorFor(flat, scalar || thousandths.includes(path) ? THOUSANDTHS : ROW_DIVISORS)
    const ints = divisor === null ? null : Int32Array.from(flat, (v) => Math.round(v * divisor))
    // Integers that fit 16 bits are stored in 16 (the intent weights, -490..1469; the danger weights'
    // thousandths): half the bytes an isolate keeps, the same numbers read.
    const short = ints?.every((v) => v >= -0x8000 && v <= 0x7fff) === true
    const values = ints === null ? Float64Array.from(flat) : short ? Int16Array.from(ints) : ints
    const encoded = encodeNames(names)
    const meta = { count: names.length, scalar, divisor, ...(short ? { intBytes: 2 } : {}) } as TableMeta
    parts.push({
      meta,
      chunks: [
        [values, 'values'],
        [ends, 'ends'],
        [encoded.names, 'names'],
        [encoded.nameEnds, 'nameEnds'],
        [encoded.slots, 'slots'],
      ],
    })
    header.tables[path] = meta
  }
  // Offsets count from the first section, which starts after the header (at a multiple of 8).
  for (const { meta, chunks } of parts)
    for (const [view, key] of chunks) {
      ;(meta[key] as [number, number]) = [size, view.byteLength / (view as Int32Array).BYTES_PER_ELEMENT]
      size = align8(size + view.byteLength)
    }
  const json = new TextEncoder().encode(JSON.stringify(header))
  const base = align8(8 + json.length)
  const out = new Uint8Array(base + size)
  out.set(new TextEncoder().encode(MODEL_BINARY_MAGIC), 0)
  new DataView(out.buffer).setUint32(4, json.length, true)
  out.set(json, 8)
  for (const [bytes, at] of packedBytes) out.set(bytes, base + at)
  for (const { meta, chunks } of parts)
    for (const [view, key] of chunks)
      out.set(
        new Uint8Array(view.buffer, view.byteOffset, view.byteLength),
        base + (meta[key] as [number, number])[0],
      )
  return out
}

/** Whether these bytes are a binary artifact (else they are taken for JSON text). */
export const isBinaryArtifact = (bytes: ArrayBuffer | Uint8Array): boolean => {
  const b = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes)
  return b.length >= 8 && new TextDecoder().decode(b.subarray(0, 4)) === MODEL_BINARY_MAGIC
}

/** One table viewed in place: its names, and each name's numbers. */
export class BinaryTable {
  constructor(
    readonly names: NameTable,
    /** Every row's numbers, one after another, as stored: each is `values[k] / divisor`. */
    readonly values: Int16Array | Int32Array | Float64Array,
    readonly ends: Int32Array,
    readonly scalar: boolean,
    /** 1 for integers and doubles (read as they are), else what each stored value is divided by. */
    readonly divisor = 1,
  ) {}

  start(i: number) {
    return i === 0 ? 0 : this.ends[i - 1]!
  }

  /** The i-th name's numbers (viewed in place, unless an older file stored them as thousandths). */
  row(i: number): Int16Array | Int32Array | Float64Array {
    const row = this.values.subarray(this.start(i), this.ends[i]!)
    return this.divisor === 1 ? row : Float64Array.from(row, (v) => v / this.divisor)
  }

  /** The i-th name's number, of a scalar table: `int / divisor` is the very double the JSON held. */
  value(i: number): number {
    return this.values[this.start(i)]! / this.divisor
  }

  /**
   * The table as a read-only record (name → row, or name → number), each name looked up in place when
   * read; listing its keys (serializing, hashing) makes the names then.
   */
  record<T>(): Record<string, T> {
    const value = (name: string | symbol) => {
      if (typeof name !== 'string') return undefined
      const i = this.names.find(name)
      if (i === undefined) return undefined
      return this.scalar ? this.value(i) : this.row(i)
    }
    return new Proxy(Object.create(null) as Record<string, T>, {
      get: (_t, name) => value(name),
      has: (_t, name) => value(name) !== undefined,
      ownKeys: () => this.names.list(),
      getOwnPropertyDescriptor: (_t, name) => {
        const v = value(name)
        return v === undefined
          ? undefined
          : { value: v, enumerable: true, configurable: true, writable: false }
      },
      set: () => false,
      deleteProperty: () => false,
    })
  }
}

/** A binary artifact → its JSON fields and its tables (path → table); throws ModelFileError naming `file`. */
export const decodeArtifact = (
  file: string,
  buffer: ArrayBuffer,
): { artifact: Record<string, unknown>; tables: Record<string, BinaryTable>; packed: string[] } => {
  const { header, length } = readHeader(file, buffer)
  const base = align8(8 + length)
  const tables: Record<string, BinaryTable> = {}
  for (const [path, [at, n]] of Object.entries(header.packed ?? {}))
    if (base + at + n > buffer.byteLength) throw new ModelFileError(file, `field ${path} is truncated`)
  for (const [path, m] of Object.entries(header.tables)) {
    const end = (s: [number, number], size: number) => s[0] + s[1] * size
    const size = m.divisor === null ? 8 : (m.intBytes ?? 4)
    const last = Math.max(end(m.values, size), end(m.slots, 4), end(m.names, 1))
    if (base + last > buffer.byteLength) throw new ModelFileError(file, `table ${path} is truncated`)
    // Viewed in place; thousandths are divided when read (k / d is the very double the JSON held: the
    // build checks it).
    const Type = m.divisor === null ? Float64Array : m.intBytes === 2 ? Int16Array : Int32Array
    const values = new Type(buffer, base + m.values[0], m.values[1])
    tables[path] = new BinaryTable(
      new NameTable(
        new Uint8Array(buffer, base + m.names[0], m.names[1]),
        new Int32Array(buffer, base + m.nameEnds[0], m.nameEnds[1]),
        new Int32Array(buffer, base + m.slots[0], m.slots[1]),
      ),
      values,
      new Int32Array(buffer, base + m.ends[0], m.ends[1]),
      m.scalar,
      m.divisor ?? 1,
    )
  }
  return { artifact: header.artifact, tables, packed: Object.keys(header.packed ?? {}) }
}

/** The header of a binary artifact, parsed (every call parses it anew). */
const readHeader = (file: string, buffer: ArrayBuffer): { header: Header; length: number } => {
  const bytes = new Uint8Array(buffer)
  if (!isBinaryArtifact(bytes)) throw new ModelFileError(file, `not a ${MODEL_BINARY_MAGIC} file`)
  const length = new DataView(buffer).getUint32(4, true)
  try {
    return { header: JSON.parse(new TextDecoder().decode(bytes.subarray(8, 8 + length))) as Header, length }
  } catch {
    throw new ModelFileError(file, 'unreadable header')
  }
}

/** A packed field's value, inflated from its section (or, in a file that did not pack it, the header's). */
const readField = (file: string, buffer: ArrayBuffer, key: string): unknown => {
  const { header, length } = readHeader(file, buffer)
  const at = header.packed?.[key]
  if (!at) return getPath(header.artifact, key)
  try {
    const bytes = inflateSync(new Uint8Array(buffer, align8(8 + length) + at[0], at[1]))
    return JSON.parse(new TextDecoder().decode(bytes))
  } catch {
    throw new ModelFileError(file, `field ${key} is unreadable`)
  }
}

/**
 * A decoded artifact whose `key` is read from the file again when first asked for (then kept): inflated
 * from its own section when packed, else from the header,
 * so what the decode made of it need not be kept: a field the runtime seldom reads. A new object with the
 * same keys in the same order (serializing it gives the same JSON), built key by key so that it keeps
 * V8's fast properties (turning a field of the decoded object into an accessor made it a dictionary).
 */
export const deferField = (
  artifact: Record<string, unknown>,
  key: string,
  file: string,
  buffer: ArrayBuffer,
): Record<string, unknown> => {
  const out: Record<string, unknown> = {}
  let read = false
  let value: unknown
  for (const k of Object.keys(artifact)) {
    if (k !== key) {
      out[k] = artifact[k]
      continue
    }
    Object.defineProperty(out, k, {
      enumerable: true,
      configurable: true,
      get() {
        if (!read) {
          value = readField(file, buffer, key)
          read = true
        }
        return value
      },
      set(v: unknown) {
        value = v
        read = true
      },
    })
  }
  return out
}

/** Puts each table's record view where the header left null. */
export const withRecords = (artifact: Record<string, unknown>, tables: Record<string, BinaryTable>) => {
  for (const [path, table] of Object.entries(tables)) setPath(artifact, path, table.record())
  return artifact
}

/**
 * A table's names as a read-only Map (name → the row's first index into `values`), found in place:
 * what the crisis model's PackedWeights reads, without ~62,000 string keys.
 */
export class NameIndex extends Map<string, number> {
  constructor(private readonly table: BinaryTable) {
    super()
  }
  override get(name: string) {
    const i = this.table.names.find(name)
    return i === undefined ? undefined : this.table.start(i)
  }
  override has(name: string) {
    return this.table.names.find(name) !== undefined
  }
  override get size() {
    return this.table.names.size
  }
  override *entries(): MapIterator<[string, number]> {
    const names = this.table.names.list()
    for (let i = 0; i < names.length; i++) yield [names[i]!, this.table.start(i)]
  }
  override *keys(): MapIterator<string> {
    for (const [name] of this.entries()) yield name
  }
  override *values(): MapIterator<number> {
    for (const [, at] of this.entries()) yield at
  }
  override [Symbol.iterator]() {
    return this.entries()
  }
  override forEach(fn: (value: number, key: string, map: Map<string, number>) => void) {
    for (const [name, at] of this.entries()) fn(at, name, this)
  }
  override set(): this {
    throw new Error('a model loaded from its binary file is read-only')
  }
  override delete(): boolean {
    throw new Error('a model loaded from its binary file is read-only')
  }
  override clear() {
    throw new Error('a model loaded from its binary file is read-only')
  }
}
