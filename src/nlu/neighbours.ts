import type { FeatureVector } from './features.ts'
import { encodeNames, NameTable } from './name-table.ts'

// Nearest training example per label (cosine over the same L2-normalized features). Added to the
// linear model's logits, it lets an unusual phrasing that closely matches one example count, which
// a linear model trained on ~100 examples a label smooths away (5-fold CV: +2.3 points top-1).

/**
 * One feature's postings: the examples that have it, and its value in each, at positions `from` to `to`
 * of `ids`. Built here, each feature has arrays of its own (`from` 0) and `xs[k]` is the k-th value; read
 * from a file, `ids` and `codes` are the whole file's arrays, `xs` is the file's table of distinct values
 * and `codes[k]` indexes it (1.5 million postings hold only ~19,000 distinct values, so a 2-byte code
 * replaces an 8-byte one). Offsets rather than views: a typed-array view per feature had to be kept
 * to be cheap, and a process kept one for every feature it ever met (23 MB after the dev texts, perf15).
 */
export interface Postings {
  ids: Int32Array | Uint16Array | Uint32Array
  xs: Float64Array
  codes?: Uint16Array | Uint32Array
  from: number
  to: number
}

/** The value of the posting at position k (from ≤ k < to), whichever form it has. */
export const postingValue = (p: Postings, k: number): number => (p.codes ? p.xs[p.codes[k]!]! : p.xs[k]!)

export interface NeighbourIndex {
  /** feature → postings (a Map when built here; looked up lazily when read from a file). */
  postings: { get(feature: string): Postings | undefined; readonly size: number }
  labelOf: Int32Array
  labelCount: number
}

/** An index built in this process, with every feature's postings at hand (what serialize needs). */
export type BuiltNeighbourIndex = NeighbourIndex & { postings: Map<string, Postings> }

export const buildNeighbourIndex = (
  examples: { v: FeatureVector; label: number }[],
  labelCount: number,
): BuiltNeighbourIndex => {
  const lists = new Map<string, { ids: number[]; xs: number[] }>()
  examples.forEach((e, id) => {
    for (const [f, x] of e.v) {
      let p = lists.get(f)
      if (!p) {
        p = { ids: [], xs: [] }
        lists.set(f, p)
      }
      p.ids.push(id)
      p.xs.push(x)
    }
  })
  const postings = new Map<string, Postings>()
  for (const [f, p] of lists)
    postings.set(f, { ids: Int32Array.from(p.ids), xs: Float64Array.from(p.xs), from: 0, to: p.ids.length })
  return { postings, labelOf: Int32Array.from(examples.map((e) => e.label)), labelCount }
}

/**
 * How much a shared feature counts in the nearest-example similarity, from how many of the N training
 * examples have it (df): 1 for a feature no commoner than a label's share (N / labels), falling as
 * log(N / df) / log(labels) to 0 for a feature every example has. A word or ending every label uses (the
 * endings of 「困っています」, "I need", a script marker) says nothing about the concern, so a vague opening
 * is no longer near the short example that happens to share them, while a concern word (rarer than a
 * label's share) pulls as before (nlu20; docs/nlu.md). df is the length of the feature's postings, so the
 * weight needs no new field in the index file.
 */
export const informativeness = (df: number, examples: number, labels: number): number => {
  if (df <= 0 || labels < 2) return 1
  return Math.max(0, Math.min(1, Math.log(examples / df) / Math.log(labels)))
}

/** Highest similarity to an example of each label: the cosine (vectors are L2-normalized) with each shared
 * feature's product weighed by its informativeness. */
export const nearestByLabel = (
  index: NeighbourIndex,
  v: FeatureVector,
  scratch?: Float64Array,
): Float64Array => {
  const acc =
    scratch && scratch.length === index.labelOf.length
      ? scratch.fill(0)
      : new Float64Array(index.labelOf.length)
  // forEach, not for…of with [f, x]: the same order without an entry array per feature.
  const examples = index.labelOf.length
  v.forEach((value, f) => {
    const p = index.postings.get(f)
    if (!p) return
    const { ids, xs, codes, to } = p
    const x = value * informativeness(to - p.from, examples, index.labelCount)
    if (x === 0) return
    // The same product either way (the table holds the very values), so the scores are identical.
    // Four postings a step: V8 does not unroll, and the loop's own work (bound, compare, branch, its
    // interrupt check) was a third of the time. Each example still receives its products in feature
    // order, so every sum is the same double (perf13: 269 → 177 µs a long message, CPU, alone).
    let k = p.from
    if (codes) {
      for (const n4 = to - 3; k < n4; k += 4) {
        acc[ids[k]!]! += x * xs[codes[k]!]!
        acc[ids[k + 1]!]! += x * xs[codes[k + 1]!]!
        acc[ids[k + 2]!]! += x * xs[codes[k + 2]!]!
        acc[ids[k + 3]!]! += x * xs[codes[k + 3]!]!
      }
      for (; k < to; k++) acc[ids[k]!]! += x * xs[codes[k]!]!
    } else {
      for (const n4 = to - 3; k < n4; k += 4) {
        acc[ids[k]!]! += x * xs[k]!
        acc[ids[k + 1]!]! += x * xs[k + 1]!
        acc[ids[k + 2]!]! += x * xs[k + 2]!
        acc[ids[k + 3]!]! += x * xs[k + 3]!
      }
      for (; k < to; k++) acc[ids[k]!]! += x * xs[k]!
    }
  })
  const best = new Float64Array(index.labelCount)
  const runs = labelRuns(index.labelOf)
  for (let r = 0; r < runs.length; r += 3) {
    const l = runs[r + 2]!
    let top = best[l]!
    for (let id = runs[r]!, end = runs[r + 1]!; id < end; id++) if (acc[id]! > top) top = acc[id]!
    best[l] = top
  }
  return best
}

// The examples come in ~200 runs of one label (the training files' order), so the best of each label is
// found run by run, without reading the label of each of the ~15,000 examples per message (that read
// was a quarter of nearestByLabel). The same comparisons on the same sums give the same maxima.
const runsOf = new WeakMap<Int32Array, Int32Array>()

/** [start, end, label] of each run of equal labels in `labelOf`, computed once per index. */
export const labelRuns = (labelOf: Int32Array): Int32Array => {
  let runs = runsOf.get(labelOf)
  if (runs) return runs
  const flat: number[] = []
  for (let id = 0; id < labelOf.length; id++)
    if (id === 0 || labelOf[id] !== labelOf[id - 1]) flat.push(id, id + 1, labelOf[id]!)
    else flat[flat.length - 2] = id + 1
  runs = Int32Array.from(flat)
  runsOf.set(labelOf, runs)
  return runs
}

// A prebuilt index for runtimes with a tight start-up budget (Workers: building it tokenizes every
// training example, ~0.45 s). Binary, viewed in place: "NBX3" | u32 header length | header JSON |
// padding to 8 | values (Float64, the distinct posting values) | ids (u16, or u32 past 65,535
// examples) | codes (u16 or u32, into values) | ends (Int32, one per feature) | labelOf (Int32) | the
// feature names' ends (Int32) | a hash table of the names (Int32 slots: feature index + 1, 0 empty;
// FNV-1a over the UTF-8 bytes, linear probing) | the feature names as UTF-8, NUL-separated. The header
// names the model it was built for, so a stale file is refused instead of scoring with another
// model's examples.
// Why this shape: JSON-parsing ~77,000 names and ends (NBX1) took 0.1–0.2 s of a cold start; one
// Float64 value and one Int32 id per posting (NBX2) made the file 20.5 MB, kept whole by each isolate,
// and its ~140,000 names became strings in a Map (~9 MB of heap, tens of ms to build). With 2-byte ids
// and codes and names looked up in place, the file is ~9.5 MB, nothing is built at start-up, and the
// scores are exactly the same.

const NB_MAGIC = 'NBX3'
const NB_OLD = ['NBX1', 'NBX2']

interface NeighbourHeader {
  modelHash: string
  labelCount: number
  features: number
  postings: number
  examples: number
  /** Distinct posting values. */
  values: number
  /** Bytes per example id and per value code: 2 or 4. */
  idBytes: 2 | 4
  codeBytes: 2 | 4
  /** Slots of the names' hash table (twice the features; a power of two in files before perf15). */
  slots: number
  namesBytes: number
}

const align = (at: number, to: number) => Math.ceil(at / to) * to

const layout = (headerBytes: number, h: Omit<NeighbourHeader, 'modelHash' | 'labelCount'>) => {
  const valuesAt = align(8 + headerBytes, 8)
  const idsAt = valuesAt + h.values * 8
  const codesAt = align(idsAt + h.postings * h.idBytes, h.codeBytes)
  const endsAt = align(codesAt + h.postings * h.codeBytes, 4)
  const labelAt = endsAt + h.features * 4
  const nameEndsAt = labelAt + h.examples * 4
  const slotsAt = nameEndsAt + h.features * 4
  const namesAt = slotsAt + h.slots * 4
  return {
    valuesAt,
    idsAt,
    codesAt,
    endsAt,
    labelAt,
    nameEndsAt,
    slotsAt,
    namesAt,
    size: namesAt + h.namesBytes,
  }
}

const unsigned = (buffer: ArrayBuffer, at: number, length: number, bytes: 2 | 4) =>
  bytes === 2 ? new Uint16Array(buffer, at, length) : new Uint32Array(buffer, at, length)

export const serializeNeighbourIndex = (index: BuiltNeighbourIndex, modelHash: string): Uint8Array => {
  const features = [...index.postings.keys()]
  const { names, nameEnds, slots } = encodeNames(features)
  // Distinct values by bit pattern (a Map on numbers would fold -0 into 0 and keep one NaN).
  const codeOf = new Map<number, number>()
  const values: number[] = []
  let total = 0
  for (const f of features) {
    const p = index.postings.get(f)!
    total += p.to - p.from
    for (let k = p.from; k < p.to; k++) {
      const x = postingValue(p, k)
      if (Object.is(x, -0) || Number.isNaN(x)) throw new Error(`feature ${f} has the value ${x}`)
      if (!codeOf.has(x)) {
        codeOf.set(x, values.length)
        values.push(x)
      }
    }
  }
  const header: NeighbourHeader = {
    modelHash,
    labelCount: index.labelCount,
    features: features.length,
    postings: total,
    examples: index.labelOf.length,
    values: values.length,
    idBytes: index.labelOf.length <= 0x10000 ? 2 : 4,
    codeBytes: values.length <= 0x10000 ? 2 : 4,
    slots: slots.length,
    namesBytes: names.length,
  }
  const json = new TextEncoder().encode(JSON.stringify(header))
  const at = layout(json.length, header)
  const out = new Uint8Array(at.size)
  out.set(new TextEncoder().encode(NB_MAGIC), 0)
  new DataView(out.buffer).setUint32(4, json.length, true)
  out.set(json, 8)
  new Float64Array(out.buffer, at.valuesAt, values.length).set(values)
  const ids = unsigned(out.buffer, at.idsAt, total, header.idBytes)
  const codes = unsigned(out.buffer, at.codesAt, total, header.codeBytes)
  const ends = new Int32Array(out.buffer, at.endsAt, features.length)
  let n = 0
  features.forEach((f, i) => {
    const p = index.postings.get(f)!
    ids.set(p.ids.subarray(p.from, p.to), n)
    for (let k = p.from; k < p.to; k++) codes[n++] = codeOf.get(postingValue(p, k))!
    ends[i] = n
  })
  new Int32Array(out.buffer, at.labelAt, index.labelOf.length).set(index.labelOf)
  out.set(names, at.namesAt)
  new Int32Array(out.buffer, at.nameEndsAt, features.length).set(nameEnds)
  new Int32Array(out.buffer, at.slotsAt, header.slots).set(slots)
  return out
}

export class StaleNeighbourIndexError extends Error {}

/** Views a serialized index; throws StaleNeighbourIndexError when it was built for another model. */
export const parseNeighbourIndex = (buffer: ArrayBuffer, modelHash: string): NeighbourIndex => {
  const bytes = new Uint8Array(buffer)
  const magic = new TextDecoder().decode(bytes.subarray(0, 4))
  if (NB_OLD.includes(magic)) throw new StaleNeighbourIndexError(`neighbour index in the old format ${magic}`)
  if (magic !== NB_MAGIC) throw new Error('not a neighbour index file')
  const length = new DataView(buffer).getUint32(4, true)
  const header = JSON.parse(new TextDecoder().decode(bytes.subarray(8, 8 + length))) as NeighbourHeader
  if (header.modelHash !== modelHash)
    throw new StaleNeighbourIndexError(`neighbour index is for model ${header.modelHash}, not ${modelHash}`)
  const at = layout(length, header)
  const values = new Float64Array(buffer, at.valuesAt, header.values)
  const ids = unsigned(buffer, at.idsAt, header.postings, header.idBytes)
  const codes = unsigned(buffer, at.codesAt, header.postings, header.codeBytes)
  const ends = new Int32Array(buffer, at.endsAt, header.features)
  const table = new NameTable(
    bytes.subarray(at.namesAt, at.namesAt + header.namesBytes),
    new Int32Array(buffer, at.nameEndsAt, header.features),
    new Int32Array(buffer, at.slotsAt, header.slots),
  )
  // A feature's postings are its run of the whole arrays, found in place on every lookup and kept by
  // nobody: nothing grows with the features a process meets.
  const postings = {
    size: header.features,
    get(feature: string): Postings | undefined {
      const i = table.find(feature)
      if (i === undefined) return undefined
      return { ids, xs: values, codes, from: i === 0 ? 0 : ends[i - 1]!, to: ends[i]! }
    },
  }
  const labelOf = new Int32Array(buffer, at.labelAt, header.examples)
  return { postings, labelOf, labelCount: header.labelCount }
}
