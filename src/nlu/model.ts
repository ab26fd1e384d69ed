import type { Label } from '../core/taxonomy.ts'
import type { FeatureVector } from './features.ts'
import { decodeArtifact, deferField, encodeArtifact, isBinaryArtifact, withRecords } from './model-binary.ts'
import { type FieldRule, parseArtifact, requireFields } from './model-file-error.ts'
import {
  blendInto,
  gatedShare,
  type PeerArtifact,
  type PeerInput,
  shippedPeerProbabilities,
} from './tfidf-peer.ts'

// The trained artifact, as written to src/nlu/generated/model.json (serializeModel) and read by every
// runtime through loadModel (see models.ts for why it is never imported as a JS module).
// Sparse: for each feature, a flat list of [labelIndex, weight, labelIndex, weight, ...].

export interface ModelArtifact {
  format: 1
  /** Hash of the training inputs (intents files + feature/trainer version); the stale check compares it. */
  sourceHash: string
  /** Hash of everything below, so a hand-edited or truncated artifact is noticed. */
  contentHash: string
  /** Weights are integers; divide by this. */
  weightScale: number
  labels: Label[]
  bias: number[]
  /** Softmax temperature fitted on cross-validated predictions. */
  temperature: number
  phrases: { text: string; label: string; weight: number }[]
  neighbourWeight: number
  /** Training texts with their label index, for the nearest-example component. */
  examples: [string, number][]
  /** Plain arrays as trained and in the JSON file; Int32Array views when loaded from the binary file. */
  weights: Record<string, ArrayLike<number>>
  stats: {
    examples: number
    features: number
    /** Cross-validated top-1 of the model as shipped (the peer blended in when there is one). */
    cvAccuracy: number
    /** The same folds without the peer (only in a model with one). */
    cvWithoutPeer?: number
    lambda: number
    epochs: number
  }
  /** The TF-IDF + LR second opinion (tfidf-peer.ts) blended into predict's probabilities; absent: none. */
  peer?: PeerArtifact
}

export interface Scored {
  label: Label
  score: number
}

export interface Contribution {
  feature: string
  label: Label
  weight: number
}

/** The logits, in `into` when given (of the labels' length), else in a new array. */
export const logits = (m: ModelArtifact, v: FeatureVector, into?: Float64Array): Float64Array => {
  const z = into ?? new Float64Array(m.bias.length)
  z.set(m.bias)
  // forEach, not for…of with [f, x]: the same order without an entry array per feature.
  v.forEach((x, f) => {
    const w = m.weights[f]
    if (!w) return
    const xs = x / m.weightScale
    for (let i = 0; i < w.length; i += 2) z[w[i]!]! += w[i + 1]! * xs
  })
  return z
}

/** Probabilities, in `into` when given (of z's length), else in a new array. */
export const softmax = (z: Float64Array, temperature = 1, into?: Float64Array): Float64Array => {
  let max = Number.NEGATIVE_INFINITY
  for (const x of z) if (x > max) max = x
  const p = into ?? new Float64Array(z.length)
  let sum = 0
  for (let i = 0; i < z.length; i++) {
    p[i] = Math.exp((z[i]! - max) / temperature)
    sum += p[i]!
  }
  for (let i = 0; i < z.length; i++) p[i]! /= sum
  return p
}

/**
 * Labels best first with calibrated probabilities; ties broken by label order for determinism. With the
 * message's peer input (peerInput) and a model that ships a peer, the probabilities are (1 − share) × ours
 * + share × the peer's, the share by the message's letters (peerShare).
 */
export const predict = (
  m: ModelArtifact,
  v: FeatureVector,
  nearest?: Float64Array,
  peerIn?: PeerInput,
): Scored[] => {
  const z = logits(m, v)
  if (nearest) for (let l = 0; l < z.length; l++) z[l]! += m.neighbourWeight * nearest[l]!
  const p = softmax(z, m.temperature)
  const share = m.peer && peerIn ? gatedShare(m.peer, peerIn, p) : 0
  const q = share > 0 ? shippedPeerProbabilities(m.peer!, peerIn!.terms) : null
  if (q) blendInto(p, q, share, m.peer!.capped)
  // Label indexes sorted, then one object each (not an object per label to sort and another to return).
  return m.labels
    .map((_, i) => i)
    .sort((a, b) => p[b]! - p[a]! || a - b)
    .map((i) => ({ label: m.labels[i]!, score: p[i]! }))
}

let zScratch = new Float64Array(0)
let pScratch = new Float64Array(0)

/**
 * `predict(m, v)[0]` without ranking the rest: the same probabilities, and the same leader (the first
 * highest, as predict's tie-break by label order), where the per-clause pass of a long message read
 * only the leader after sorting every label and allocating three arrays per clause.
 */
export const topLabel = (m: ModelArtifact, v: FeatureVector): Scored | undefined => {
  // Scratch arrays: only a label and a number leave, so the arrays are reused from clause to clause (a
  // Float64Array of 20 labels is an ArrayBuffer off the heap, and dead ArrayBuffers are most of a
  // scavenge's pause). Synchronous, so one pair serves every call.
  if (zScratch.length !== m.bias.length) {
    zScratch = new Float64Array(m.bias.length)
    pScratch = new Float64Array(m.bias.length)
  }
  const p = softmax(logits(m, v, zScratch), m.temperature, pScratch)
  let best = -1
  for (let i = 0; i < m.labels.length; i++) if (best < 0 || p[i]! > p[best]!) best = i
  return best < 0 ? undefined : { label: m.labels[best]!, score: p[best]! }
}

/** The features that pushed most towards `label`, for staff reading why a message went where it did. */
export const topContributions = (m: ModelArtifact, v: FeatureVector, label: Label, n = 5): Contribution[] => {
  const li = m.labels.indexOf(label)
  if (li < 0 || n <= 0) return []
  // Only the best n are kept, in order, as they come (a few dozen features each turn pushed an object
  // that the sort then dropped). The order is total (a feature comes once), so the n are those the full
  // sort put first.
  const out: Contribution[] = []
  v.forEach((x, f) => {
    const w = m.weights[f]
    if (!w) return
    for (let i = 0; i < w.length; i += 2) {
      if (w[i] !== li) continue
      const c = (w[i + 1]! * x) / m.weightScale
      if (!(c > 0)) continue
      let at = out.length
      while (at > 0 && before(c, f, out[at - 1]!)) at--
      if (at >= n) continue
      if (out.length === n) out.pop()
      out.splice(at, 0, { feature: f, label, weight: c })
    }
  })
  return out
}

/** (weight, feature) sorts before `c`: heavier first, then by feature name. */
const before = (weight: number, feature: string, c: Contribution) =>
  c.weight - weight < 0 || (c.weight === weight && feature < c.feature)

/** FNV-1a over UTF-16 code units, two lanes → 16 hex chars. Pure JS so the core needs no node:crypto. */
export const hashString = (s: string): string => {
  let h1 = 0x811c9dc5
  let h2 = 0x01000193 ^ 0x5bd1e995
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    h1 = Math.imul(h1 ^ c, 0x01000193)
    h2 = Math.imul(h2 ^ c, 0x5bd1e995) ^ (h2 >>> 15)
  }
  return (h1 >>> 0).toString(16).padStart(8, '0') + (h2 >>> 0).toString(16).padStart(8, '0')
}

/** Typed-array rows (a model loaded from its binary file) written as the arrays the JSON file holds. */
const plainArrays = (_key: string, value: unknown) =>
  ArrayBuffer.isView(value) ? Array.from(value as Int32Array) : value

export const artifactContentHash = (m: Omit<ModelArtifact, 'contentHash'> & { contentHash?: string }) => {
  const { contentHash: _ignored, ...rest } = m
  return hashString(JSON.stringify(rest, plainArrays))
}

/**
 * The model as text, the one format build:model writes and the console stores per published version.
 * Stable: loadModel(serializeModel(m)) scores exactly as m does.
 */
export const serializeModel = (m: ModelArtifact): string => JSON.stringify(m, plainArrays)

/**
 * The same model in binary (model-binary.ts), what a Worker loads: `npm run build:worker` makes it from
 * model.json. loadModel(encodeModel(m)) scores exactly as m does, and serializes to the same JSON.
 */
export const encodeModel = (m: ModelArtifact): Uint8Array =>
  encodeArtifact(
    m,
    m.peer ? { weights: m.weights, 'peer.terms': m.peer.terms } : { weights: m.weights },
    // The training texts serve only to build the nearest-example index, which a Worker loads prebuilt:
    // deflated in a section of their own (1.65 MB of header JSON, kept by the isolate with the file, before).
    ['examples'],
  )

const MODEL_FIELDS: Record<string, FieldRule> = {
  format: 1,
  weightScale: 'number',
  labels: 'array',
  bias: 'array',
  temperature: 'number',
  phrases: 'array',
  neighbourWeight: 'number',
  examples: 'array',
  weights: 'object',
  contentHash: 'string',
}

/**
 * A serialized model → the artifact, shape-checked: JSON text (serializeModel, or
 * src/nlu/generated/model.json) or its binary form (encodeModel), whose weights are then looked up in
 * place (a read-only record of Int32Array rows).
 */
export const loadModel = (input: string | ArrayBuffer, file = 'model.json'): ModelArtifact => {
  if (typeof input !== 'string' && isBinaryArtifact(input)) {
    const { artifact, tables, packed } = decodeArtifact(file, input)
    // A packed field (the training texts) is null in the header: inflated when first read, not at load.
    const fields = Object.fromEntries(Object.entries(MODEL_FIELDS).filter(([k]) => !packed.includes(k)))
    requireFields(file, withRecords(artifact, tables), fields)
    // The ~18,000 training texts serve only to build the nearest-example index, which a Worker loads
    // prebuilt with this binary model: inflated from their section if asked for, an isolate does not keep
    // their ~2.8 MB of strings (bench/edge's heap probe).
    return deferField(artifact, 'examples', file, input) as unknown as ModelArtifact
  }
  const text = typeof input === 'string' ? input : new TextDecoder().decode(input)
  return parseArtifact(file, text, MODEL_FIELDS) as unknown as ModelArtifact
}
