import { CRISIS_KINDS, type CrisisKind } from '../core/nlu.ts'
import type { CrisisViews } from './crisis-situations.ts'

// The learned half of the crisis layer: a small multinomial logistic regression over character
// n-grams (any script), Latin words, and the crisis concepts present. It reads situations told in words
// no rule names ("the pills are in my hand", 「海、見に来た。きれい」), and it is trained on the crisis
// corpus (tests/fixtures/crisis-corpus) and on every intent example as "no crisis", so ordinary
// consultations stay quiet. Built by `npm run build:crisis-model`; the rules still fire on their own,
// and this model can only add a crisis or a safety question, never remove one.
//
// Beside it sits the *danger* model (`danger`): one weight per feature, trained on every crisis as
// danger and on ordinary consultations (intent examples, the corpus's everyday and health questions)
// as none, with the look-alikes (a story, the past, hyperbole) left out. It answers "is there any
// credible danger here?", which is an easier question than "is it a crisis now?", and what it finds is
// asked about (the safety question, which already shows a line), never answered as a crisis.

export const CRISIS_MODEL_LABELS = ['none', ...CRISIS_KINDS] as const
export type CrisisModelLabel = (typeof CRISIS_MODEL_LABELS)[number]

/**
 * The crisis model's weights as loaded for scoring: one row per feature in one typed array, found through
 * a Map. The parsed JSON's ~62,000 small arrays kept 10.6 MB of heap, about 6 MB more than doubles; the
 * binary file a Worker loads stores them as Int16 thousandths (`divisor` 1000), a quarter of that again.
 * Each value is divided as it is read: `int / 1000` is the very double the JSON held, and `x / 1` is x,
 * so every score is the same bit for bit; the Worker's isolate counts every megabyte.
 */
export class PackedWeights {
  constructor(
    readonly index: Map<string, number>,
    readonly rows: Float64Array | Int16Array | Int32Array,
    readonly width: number,
    readonly divisor = 1,
  ) {}

  static pack(weights: Record<string, number[]>, width: number): PackedWeights {
    const keys = Object.keys(weights)
    const rows = new Float64Array(keys.length * width)
    const index = new Map<string, number>()
    keys.forEach((f, i) => {
      index.set(f, i * width)
      rows.set(weights[f]!, i * width)
    })
    return new PackedWeights(index, rows, width)
  }

  /** Back to feature → weights, in the same order (for serializing). */
  unpack(): Record<string, number[]> {
    const out: Record<string, number[]> = {}
    for (const [f, at] of this.index)
      out[f] = Array.from(this.rows.subarray(at, at + this.width), (v) => v / this.divisor)
    return out
  }
}

export interface CrisisModelArtifact {
  version: 1
  labels: CrisisModelLabel[]
  /**
   * feature → one weight per label (rounded), pruned of features that move nothing; a plain record in
   * the file (`serializeCrisisModel`), packed in memory.
   */
  weights: PackedWeights
  bias: number[]
  /** Probability of "some crisis" at which the answer is given, and at which the question is asked. */
  fireAt: number
  askAt: number
  /** The danger model: feature → weight, a bias, and the score from which the question is asked. */
  danger: { weights: Record<string, number>; bias: number; askAt: number }
  sourceHash: string
  stats: { examples: number; features: number; trainedOn: string }
}

/** `/[\p{L}\p{N}]/u` read at one place of a string (lastIndex), without taking the character out first. */
const LETTER_AT = /[\p{L}\p{N}]/uy
const COLON = 0x3a
/** Where each character (code point) of the text starts, in code units; crisisFeatures is synchronous. */
let starts = new Int32Array(256)

/**
 * `${digit}:` and the characters from the `from`-th to before the `to`-th, as one string. A gram of
 * BMP characters is made from its code units at once; one with a surrogate pair from the slice. Either
 * way the very string the template `${digit}:${c}${next}…` made from one-character strings, without
 * those strings and the template's intermediate copies.
 */
const gramOf = (digit: number, text: string, from: number, to: number): string => {
  const a = starts[from]!
  const b = starts[to]!
  switch (b - a === to - from ? to - from : 0) {
    case 1:
      return String.fromCharCode(digit, COLON, text.charCodeAt(a))
    case 2:
      return String.fromCharCode(digit, COLON, text.charCodeAt(a), text.charCodeAt(a + 1))
    case 3:
      return String.fromCharCode(
        digit,
        COLON,
        text.charCodeAt(a),
        text.charCodeAt(a + 1),
        text.charCodeAt(a + 2),
      )
    default:
      return `${String.fromCharCode(digit)}:${text.slice(a, b)}`
  }
}

/** The features of one message: sparse, binary. `concepts` are the ones the situation layer found. */
export const crisisFeatures = (views: CrisisViews, concepts: Iterable<string>): string[] => {
  const out = new Set<string>()
  // Traditional Chinese folded to simplified, so that 們/们 and 殺/杀 are one feature (kana text is left
  // as it is: there a kanji is Japanese).
  const packed = views.han
  // Character 1–3-grams of the text without spaces: kanji, kana, hangul, Chinese alike. Characters are
  // code points, as the string iterator reads them (a surrogate pair is one, a lone surrogate one),
  // found by where they start rather than taken out as strings.
  if (starts.length <= packed.length) starts = new Int32Array(packed.length * 2 + 1)
  let count = 0
  for (let u = 0; u < packed.length; count++) {
    starts[count] = u
    const c = packed.charCodeAt(u)
    const pair = c >= 0xd800 && c <= 0xdbff && u + 1 < packed.length
    const next = pair ? packed.charCodeAt(u + 1) : 0
    u += pair && next >= 0xdc00 && next <= 0xdfff ? 2 : 1
  }
  starts[count] = packed.length
  for (let i = 0; i < count; i++) {
    LETTER_AT.lastIndex = starts[i]!
    const c = packed.charCodeAt(starts[i]!)
    // `!/[a-z]/.test(c)`: the character is not one of a–z.
    if (LETTER_AT.test(packed) && !(c >= 0x61 && c <= 0x7a)) out.add(gramOf(0x31, packed, i, i + 1))
    if (i + 1 < count) out.add(gramOf(0x32, packed, i, i + 2))
    if (i + 2 < count) out.add(gramOf(0x33, packed, i, i + 3))
  }
  // Latin words and word pairs (English, Spanish, Portuguese, Tagalog, Vietnamese, romaji).
  const words = views.latin.match(/[a-z0-9']+/g) ?? []
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!
    out.add(`w:${w}`)
    if (i + 1 < words.length) out.add(`ww:${w} ${words[i + 1]}`)
    // Character 4-grams inside a word, its edges marked: romanised Nepali, Taglish and Vietnamese
    // without diacritics spell one word many ways (marnu/marna/marchu, magpakamatay/nagpakamatay).
    if (w.length >= 4 && !/^[0-9]+$/.test(w)) {
      const m = `<${w}>`
      for (let j = 0; j + 4 <= m.length; j++) out.add(`l:${m.slice(j, j + 4)}`)
    }
  }
  for (const id of concepts) out.add(`c:${id}`)
  return [...out]
}

const softmax = (z: number[]): number[] => {
  const m = Math.max(...z)
  const e = z.map((v) => Math.exp(v - m))
  const s = e.reduce((a, b) => a + b, 0)
  return e.map((v) => v / s)
}

export interface CrisisModelScore {
  /** Probability that the message is some crisis (1 − P(none)). */
  crisis: number
  /** The most likely kind, when it is a crisis. */
  kind: CrisisKind
}

/** The danger model's probability that the message holds any credible danger. */
export const scoreDanger = (model: CrisisModelArtifact, features: string[]): number => {
  let z = model.danger.bias
  for (const f of features) z += model.danger.weights[f] ?? 0
  return 1 / (1 + Math.exp(-z))
}

export const scoreCrisis = (model: CrisisModelArtifact, features: string[]): CrisisModelScore => {
  const z = [...model.bias]
  const { index, rows, divisor } = model.weights
  for (const f of features) {
    const at = index.get(f)
    if (at === undefined) continue
    for (let k = 0; k < z.length; k++) z[k]! += rows[at + k]! / divisor
  }
  const p = softmax(z)
  let best = 1
  for (let k = 2; k < p.length; k++) if (p[k]! > p[best]!) best = k
  return { crisis: 1 - p[0]!, kind: model.labels[best] as CrisisKind }
}

export interface TrainOptions {
  epochs?: number
  rate?: number
  l2?: number
  seed?: number
  minCount?: number
}

/** The crisis model: one weight per label. */
export const trainCrisisModel = (
  data: { features: string[]; label: CrisisModelLabel; weight?: number }[],
  options: TrainOptions = {},
): { weights: Map<string, number[]>; bias: number[] } =>
  trainSoftmax(
    data.map((d) => ({ ...d, y: CRISIS_MODEL_LABELS.indexOf(d.label) })),
    CRISIS_MODEL_LABELS.length,
    options,
  )

/** The danger model: two classes trained as a softmax, kept as one weight (their difference). */
export const trainDangerModel = (
  data: { features: string[]; danger: boolean; weight?: number }[],
  options: TrainOptions = {},
): { weights: Map<string, number>; bias: number } => {
  const t = trainSoftmax(
    data.map((d) => ({ ...d, y: d.danger ? 1 : 0 })),
    2,
    options,
  )
  const weights = new Map<string, number>()
  for (const [f, w] of t.weights) weights.set(f, w[1]! - w[0]!)
  return { weights, bias: t.bias[1]! - t.bias[0]! }
}

/** FNV-1a over a string, 32 bits, unsigned. */
const fnv32 = (text: string, h = 0x811c9dc5): number => {
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193)
  return h >>> 0
}

/** murmur3's finaliser: spreads a 32-bit key over all bits, unsigned. */
const mix32 = (h: number): number => {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b)
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35)
  return (h ^ (h >>> 16)) >>> 0
}

/**
 * An example's place in the training order: its content (features in any order, label, weight), not
 * its position in the list, so identical examples tie and are interchangeable.
 */
const exampleKey = (features: string[], y: number, weight: number): number =>
  fnv32([...features].sort().join('\u0001'), fnv32(`${y}:${weight}`))

/** Multinomial logistic regression with AdaGrad and L2, deterministic (an order drawn from each example's content). */
const trainSoftmax = (
  data: { features: string[]; y: number; weight?: number }[],
  K: number,
  options: TrainOptions,
): { weights: Map<string, number[]>; bias: number[] } => {
  // A feature seen once is a detail of one message, not a sign of a situation: it is not learned.
  const counts = new Map<string, number>()
  for (const d of data) for (const f of d.features) counts.set(f, (counts.get(f) ?? 0) + 1)
  const minCount = options.minCount ?? 2
  // The order's keys read all of an example's features, before the rare ones are dropped: a feature
  // that another example makes frequent does not move this one's place.
  const keys = data.map((d) => exampleKey(d.features, d.y, d.weight ?? 1))
  data = data.map((d) => ({ ...d, features: d.features.filter((f) => (counts.get(f) ?? 0) >= minCount) }))
  const epochs = options.epochs ?? 25
  const rate = options.rate ?? 0.3
  const l2 = options.l2 ?? 1e-5
  // Features as integer indices into flat arrays: the same arithmetic as one array per feature, a
  // few times faster, which matters when cross-validation trains a model per held-out author.
  const index = new Map<string, number>()
  const rows = data.map((d) =>
    Int32Array.from(d.features, (f) => {
      const seen = index.get(f)
      if (seen !== undefined) return seen
      index.set(f, index.size)
      return index.size - 1
    }),
  )
  const w = new Float64Array(index.size * K)
  const gs = new Float64Array(index.size * K).fill(1e-8)
  const bias = new Array<number>(K).fill(0)
  const biasG = new Array<number>(K).fill(1e-8)
  // Each epoch visits the examples in an order drawn from their own content (crisis18): a hash of the
  // example's features and label, mixed with the epoch and the seed. A Fisher–Yates shuffle of the
  // positions reordered every example whenever one was added (a rule's fire/quiet example shifted all
  // that came after it), so two branches that each added a family's examples moved each other's
  // scores; now an added example takes its own place and the others keep their order.
  const seed = options.seed ?? 7
  const order = data.map((_, i) => i)
  for (let epoch = 0; epoch < epochs; epoch++) {
    const at = keys.map((k) => mix32(k ^ Math.imul(epoch + 1, 0x9e3779b9) ^ Math.imul(seed, 0x85ebca6b)))
    order.sort((a, b) => at[a]! - at[b]! || keys[a]! - keys[b]! || a - b)
    for (const idx of order) {
      const row = rows[idx]!
      const z = [...bias]
      for (const f of row) for (let k = 0; k < K; k++) z[k]! += w[f * K + k]!
      const p = softmax(z)
      const y = data[idx]!.y
      const sw = data[idx]!.weight ?? 1
      for (let k = 0; k < K; k++) {
        const g = sw * (p[k]! - (k === y ? 1 : 0))
        biasG[k]! += g * g
        bias[k]! -= (rate * g) / Math.sqrt(biasG[k]!)
        for (const f of row) {
          const at = f * K + k
          const gk = g + l2 * w[at]!
          gs[at]! += gk * gk
          w[at]! -= (rate * gk) / Math.sqrt(gs[at]!)
        }
      }
    }
  }
  const weights = new Map<string, number[]>()
  for (const [f, i] of index) weights.set(f, Array.from(w.subarray(i * K, i * K + K)))
  return { weights, bias }
}
