import type { LabelledText } from '../../src/nlu/intents.ts'
import { foldKana, normalizeText } from '../../src/nlu/normalize.ts'
import type { JaTokenizer } from '../../src/nlu/tokenizer.ts'
import type { Classifier } from './peers.ts'

// A strong simple peer for bench:nlu (issue 11 asks for one beside NLP.js and the keywords): TF-IDF over
// kuromoji base forms and character bigrams, then a multinomial logistic regression trained by seeded
// SGD. No concept lexicon, no nearest examples, no language-specific features, no crisis layer: what is
// left when everything we built on top of a linear model is taken away, on the same data.

// Chosen on the dev set like everything else in bench:nlu (6 epochs at 0.5: 80.2 %; 15 at 4: 88.2 %), so the
// peer is as strong as a few minutes of tuning make it, not a straw man.
const EPOCHS = 15
const RATE = 4

/** Terms of one text: base forms (kuromoji reads any script, so Latin words come out whole) and bigrams. */
export const tfidfTerms = (tokenizer: JaTokenizer, text: string): string[] => {
  const t = foldKana(normalizeText(text))
  const terms: string[] = []
  for (const tok of tokenizer.tokenize(t)) if (tok.base.trim()) terms.push(`w:${tok.base}`)
  const chars = [...t.replace(/\s+/g, ' ')]
  for (let i = 0; i + 1 < chars.length; i++) terms.push(`c:${chars[i]}${chars[i + 1]}`)
  return terms
}

interface Sparse {
  ids: Int32Array
  values: Float32Array
}

/** A small deterministic generator (mulberry32), so the peer's numbers repeat from run to run. */
const random = (seed: number) => () => {
  seed = (seed + 0x6d2b79f5) | 0
  let r = Math.imul(seed ^ (seed >>> 15), 1 | seed)
  r = (r + Math.imul(r ^ (r >>> 7), 61 | r)) ^ r
  return ((r ^ (r >>> 14)) >>> 0) / 4294967296
}

export const trainTfidfLr = (tokenizer: JaTokenizer, data: LabelledText[]): Classifier => {
  const labels = [...new Set(data.map((d) => d.label))].sort()
  const labelIndex = new Map(labels.map((l, i) => [l, i]))
  const vocab = new Map<string, number>()
  const df: number[] = []
  const docs = data.map((d) => {
    const counts = new Map<number, number>()
    for (const term of tfidfTerms(tokenizer, d.text)) {
      let id = vocab.get(term)
      if (id === undefined) {
        id = vocab.size
        vocab.set(term, id)
        df.push(0)
      }
      counts.set(id, (counts.get(id) ?? 0) + 1)
    }
    for (const id of counts.keys()) df[id]!++
    return counts
  })
  const idf = Float32Array.from(df, (n) => Math.log((1 + data.length) / (1 + n)) + 1)
  const vectorize = (counts: Map<number, number>): Sparse => {
    const ids = Int32Array.from(counts.keys())
    // Sublinear tf, then L2 length 1: long and short messages weigh alike.
    const values = Float32Array.from(ids, (id) => (1 + Math.log(counts.get(id)!)) * idf[id]!)
    let norm = 0
    for (const v of values) norm += v * v
    norm = Math.sqrt(norm) || 1
    for (let i = 0; i < values.length; i++) values[i]! /= norm
    return { ids, values }
  }
  const xs = docs.map(vectorize)
  const ys = data.map((d) => labelIndex.get(d.label)!)
  const k = labels.length
  const w = new Float32Array(vocab.size * k)
  const b = new Float32Array(k)
  const scores = new Float64Array(k)
  const softmax = (x: Sparse) => {
    let max = -Infinity
    for (let c = 0; c < k; c++) {
      let s = b[c]!
      for (let i = 0; i < x.ids.length; i++) s += w[x.ids[i]! * k + c]! * x.values[i]!
      scores[c] = s
      if (s > max) max = s
    }
    let sum = 0
    for (let c = 0; c < k; c++) sum += scores[c] = Math.exp(scores[c]! - max)
    for (let c = 0; c < k; c++) scores[c]! /= sum
  }
  const next = random(11)
  const order = xs.map((_, i) => i)
  let step = 0
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1))
      ;[order[i], order[j]] = [order[j]!, order[i]!]
    }
    for (const n of order) {
      const x = xs[n]!
      const rate = RATE / (1 + 1e-4 * step++)
      softmax(x)
      for (let c = 0; c < k; c++) {
        const g = scores[c]! - (c === ys[n] ? 1 : 0)
        b[c]! -= rate * g
        for (let i = 0; i < x.ids.length; i++) {
          w[x.ids[i]! * k + c]! -= rate * g * x.values[i]!
        }
      }
    }
  }
  return {
    classify(text) {
      const counts = new Map<number, number>()
      for (const term of tfidfTerms(tokenizer, text)) {
        const id = vocab.get(term)
        if (id !== undefined) counts.set(id, (counts.get(id) ?? 0) + 1)
      }
      if (counts.size === 0) return 'other'
      softmax(vectorize(counts))
      let best = 0
      for (let c = 1; c < k; c++) if (scores[c]! > scores[best]!) best = c
      return labels[best]!
    },
  }
}
