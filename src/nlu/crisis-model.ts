import { CRISIS_KINDS, type CrisisKind } from '../core/nlu.ts'
import type { CrisisViews } from './crisis-situations.ts'

// The learned half of the crisis layer: a small multinomial logistic regression over character
// n-grams (any script), Latin words, and the crisis concepts present. It reads situations told in words
// no rule names ("the pills are in my hand", 「海、見に来た。きれい」), and it is trained on the crisis
// corpus (tests/fixtures/crisis-corpus) and on every intent example as "no crisis", so ordinary
// consultations stay quiet. Built by `npm run build:crisis-model`; the rules still fire on their own,
// and this model can only add a crisis or a safety question, never remove one.

export const CRISIS_MODEL_LABELS = ['none', ...CRISIS_KINDS] as const
export type CrisisModelLabel = (typeof CRISIS_MODEL_LABELS)[number]

export interface CrisisModelArtifact {
  version: 1
  labels: CrisisModelLabel[]
  /** feature → one weight per label (rounded), pruned of features that move nothing. */
  weights: Record<string, number[]>
  bias: number[]
  /** Probability of "some crisis" at which the answer is given, and at which the question is asked. */
  fireAt: number
  askAt: number
  sourceHash: string
  stats: { examples: number; features: number; trainedOn: string }
}

/** The features of one message: sparse, binary. `concepts` are the ones the situation layer found. */
export const crisisFeatures = (views: CrisisViews, concepts: Iterable<string>): string[] => {
  const out = new Set<string>()
  const packed = views.folded
  // Character 1–3-grams of the text without spaces: kanji, kana, hangul, Chinese alike.
  const chars = [...packed]
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]!
    if (/[\p{L}\p{N}]/u.test(c) && !/[a-z]/.test(c)) out.add(`1:${c}`)
    if (i + 1 < chars.length) out.add(`2:${c}${chars[i + 1]}`)
    if (i + 2 < chars.length) out.add(`3:${c}${chars[i + 1]}${chars[i + 2]}`)
  }
  // Latin words and word pairs (English, Spanish, Portuguese, Tagalog, Vietnamese, romaji).
  const words = views.latin.match(/[a-z0-9']+/g) ?? []
  for (let i = 0; i < words.length; i++) {
    out.add(`w:${words[i]}`)
    if (i + 1 < words.length) out.add(`ww:${words[i]} ${words[i + 1]}`)
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

export const scoreCrisis = (model: CrisisModelArtifact, features: string[]): CrisisModelScore => {
  const z = [...model.bias]
  for (const f of features) {
    const w = model.weights[f]
    if (!w) continue
    for (let k = 0; k < z.length; k++) z[k]! += w[k]!
  }
  const p = softmax(z)
  let best = 1
  for (let k = 2; k < p.length; k++) if (p[k]! > p[best]!) best = k
  return { crisis: 1 - p[0]!, kind: model.labels[best] as CrisisKind }
}

/** Multinomial logistic regression with AdaGrad and L2, deterministic (fixed order shuffle). */
export const trainCrisisModel = (
  data: { features: string[]; label: CrisisModelLabel; weight?: number }[],
  options: { epochs?: number; rate?: number; l2?: number; seed?: number; minCount?: number } = {},
): { weights: Map<string, number[]>; bias: number[] } => {
  const K = CRISIS_MODEL_LABELS.length
  // A feature seen once is a detail of one message, not a sign of a situation: it is not learned.
  const counts = new Map<string, number>()
  for (const d of data) for (const f of d.features) counts.set(f, (counts.get(f) ?? 0) + 1)
  const minCount = options.minCount ?? 2
  data = data.map((d) => ({ ...d, features: d.features.filter((f) => (counts.get(f) ?? 0) >= minCount) }))
  const epochs = options.epochs ?? 25
  const rate = options.rate ?? 0.3
  const l2 = options.l2 ?? 1e-5
  const weights = new Map<string, number[]>()
  const grads = new Map<string, number[]>()
  const bias = new Array<number>(K).fill(0)
  const biasG = new Array<number>(K).fill(1e-8)
  const order = data.map((_, i) => i)
  let seed = options.seed ?? 7
  const rand = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed / 2147483648
  }
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1))
      ;[order[i], order[j]] = [order[j]!, order[i]!]
    }
    for (const idx of order) {
      const d = data[idx]!
      const z = [...bias]
      for (const f of d.features) {
        const w = weights.get(f)
        if (w) for (let k = 0; k < K; k++) z[k]! += w[k]!
      }
      const p = softmax(z)
      const y = CRISIS_MODEL_LABELS.indexOf(d.label)
      const sw = d.weight ?? 1
      for (let k = 0; k < K; k++) {
        const g = sw * (p[k]! - (k === y ? 1 : 0))
        biasG[k]! += g * g
        bias[k]! -= (rate * g) / Math.sqrt(biasG[k]!)
        for (const f of d.features) {
          let w = weights.get(f)
          let gs = grads.get(f)
          if (!w || !gs) {
            w = new Array<number>(K).fill(0)
            gs = new Array<number>(K).fill(1e-8)
            weights.set(f, w)
            grads.set(f, gs)
          }
          const gk = g + l2 * w[k]!
          gs[k]! += gk * gk
          w[k]! -= (rate * gk) / Math.sqrt(gs[k]!)
        }
      }
    }
  }
  return { weights, bias }
}
