import { foldLatinRuns } from './foreign-features.ts'
import { foldKana } from './normalize.ts'
import type { Token } from './tokenizer.ts'

// TF-IDF + multinomial logistic regression, trained by seeded SGD: the peer bench:nlu compares us with
// (bench/nlu/tfidf-lr.ts), and the second opinion the shipped classifier blends in (predict, model.ts).
// The sealed set of round 6 showed why: the peer alone 95.4 %, our classifier alone 95.8 %, and one of the
// two right on 98.4 %: their errors differ. It has no concept lexicon, no nearest examples, no
// language-specific features: TF-IDF over words and character pairs, so it reads a message as a bag.

/** Chosen on the dev set for bench:nlu (6 epochs at 0.5: 80.2 %; 15 at 4: 88.2 %). */
export const PEER_EPOCHS = 15
export const PEER_RATE = 4

/** A small deterministic generator (mulberry32), so the peer's numbers repeat from run to run. */
const random = (seed: number) => () => {
  seed = (seed + 0x6d2b79f5) | 0
  let r = Math.imul(seed ^ (seed >>> 15), 1 | seed)
  r = (r + Math.imul(r ^ (r >>> 7), 61 | r)) ^ r
  return ((r ^ (r >>> 14)) >>> 0) / 4294967296
}

export interface PeerOptions {
  /** Keep a term only when it occurs in at least this many training texts (1: every term). */
  minDf: number
}

/** The peer as trained: dense weights over its vocabulary (term → row), label order as given. */
export interface TrainedPeer {
  vocab: Map<string, number>
  idf: Float32Array
  /** vocab.size × labels, row-major. */
  w: Float32Array
  b: Float32Array
  labels: number
}

interface Sparse {
  ids: Int32Array
  values: Float32Array
}

/** Sublinear tf × idf, then L2 length 1: long and short messages weigh alike. */
const weigh = (counts: Map<number, number>, idf: ArrayLike<number>): Sparse => {
  const ids = Int32Array.from(counts.keys())
  const values = Float32Array.from(ids, (id) => (1 + Math.log(counts.get(id)!)) * idf[id]!)
  let norm = 0
  for (const v of values) norm += v * v
  norm = Math.sqrt(norm) || 1
  for (let i = 0; i < values.length; i++) values[i]! /= norm
  return { ids, values }
}

/** Softmax of (b + W·x) / t into `out` (length = labels). */
const scoreInto = (peer: TrainedPeer, x: Sparse, out: Float64Array, t = 1) => {
  const k = peer.labels
  let max = Number.NEGATIVE_INFINITY
  for (let c = 0; c < k; c++) {
    let s = peer.b[c]!
    for (let i = 0; i < x.ids.length; i++) s += peer.w[x.ids[i]! * k + c]! * x.values[i]!
    out[c] = s
    if (s > max) max = s
  }
  let sum = 0
  for (let c = 0; c < k; c++) sum += out[c] = Math.exp((out[c]! - max) / t)
  for (let c = 0; c < k; c++) out[c]! /= sum
}

/** Trains on term lists (`docs[i]` labelled `ys[i]`, an index below `labels`). */
export const trainPeer = (
  docs: string[][],
  ys: number[],
  labels: number,
  o: PeerOptions = { minDf: 1 },
): TrainedPeer => {
  const df = new Map<string, number>()
  for (const terms of docs) for (const t of new Set(terms)) df.set(t, (df.get(t) ?? 0) + 1)
  const vocab = new Map<string, number>()
  const dfs: number[] = []
  for (const [t, n] of df)
    if (n >= o.minDf) {
      vocab.set(t, vocab.size)
      dfs.push(n)
    }
  const idf = Float32Array.from(dfs, (n) => Math.log((1 + docs.length) / (1 + n)) + 1)
  const k = labels
  const peer: TrainedPeer = {
    vocab,
    idf,
    w: new Float32Array(vocab.size * k),
    b: new Float32Array(k),
    labels: k,
  }
  const xs = docs.map((terms) => weigh(countsOf(vocab, terms), idf))
  const scores = new Float64Array(k)
  const next = random(11)
  const order = xs.map((_, i) => i)
  let step = 0
  for (let epoch = 0; epoch < PEER_EPOCHS; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1))
      ;[order[i], order[j]] = [order[j]!, order[i]!]
    }
    for (const n of order) {
      const x = xs[n]!
      const rate = PEER_RATE / (1 + 1e-4 * step++)
      scoreInto(peer, x, scores)
      for (let c = 0; c < k; c++) {
        const g = scores[c]! - (c === ys[n] ? 1 : 0)
        peer.b[c]! -= rate * g
        for (let i = 0; i < x.ids.length; i++) peer.w[x.ids[i]! * k + c]! -= rate * g * x.values[i]!
      }
    }
  }
  return peer
}

const countsOf = (vocab: ReadonlyMap<string, number>, terms: string[]) => {
  const counts = new Map<number, number>()
  for (const term of terms) {
    const id = vocab.get(term)
    if (id !== undefined) counts.set(id, (counts.get(id) ?? 0) + 1)
  }
  return counts
}

/** The peer's probabilities for a text's terms (at temperature t), or null when it knows none of them. */
export const peerProbabilities = (peer: TrainedPeer, terms: string[], t = 1): Float64Array | null => {
  const counts = countsOf(peer.vocab, terms)
  if (counts.size === 0) return null
  const out = new Float64Array(peer.labels)
  scoreInto(peer, weigh(counts, peer.idf), out, t)
  return out
}

/**
 * The terms the shipped blend reads, from the analysis the classifier already made (no second pass of
 * the tokenizer): the tokens' base forms and the character pairs of the (place-masked) text, kana folded.
 */
export const peerTerms = (featureText: string, tokens: readonly Token[]): string[] => {
  const terms: string[] = []
  for (const t of tokens) if (t.base.trim()) terms.push(`w:${t.base}`)
  const chars = [...foldKana(featureText).replace(/\s+/g, ' ')]
  for (let i = 0; i + 1 < chars.length; i++) terms.push(`c:${chars[i]}${chars[i + 1]}`)
  return terms
}

/** Scripts whose messages may have a share of their own (PeerArtifact.scriptBlend). */
export type PeerScript = 'hangul' | 'devanagari'

/**
 * What the blend reads of a message: the peer's terms, whether its letters are mostly Latin, and else
 * whether they are mostly Hangul or Devanagari (the other scripts: kana and Han, or none).
 */
export interface PeerInput {
  terms: string[]
  latin: boolean
  script?: PeerScript
}

const LATIN = /\p{Script=Latin}/gu
const HANGUL = /\p{Script=Hangul}/gu
const DEVANAGARI = /\p{Script=Devanagari}/gu
const LETTER = /\p{L}/gu

export const peerInput = (featureText: string, tokens: readonly Token[]): PeerInput => {
  const letters = featureText.match(LETTER)?.length ?? 0
  const mostly = (re: RegExp) => {
    const n = featureText.match(re)?.length ?? 0
    return n > letters - n
  }
  const terms = peerTerms(featureText, tokens)
  if (mostly(LATIN)) return { terms, latin: true }
  const script = mostly(HANGUL) ? 'hangul' : mostly(DEVANAGARI) ? 'devanagari' : undefined
  return script ? { terms, latin: false, script } : { terms, latin: false }
}

/**
 * The peer as shipped inside model.json (ModelArtifact.peer): per term one row of integers, its idf × scale
 * then each label weight worth keeping packed in one number (weight × scale × 32 + label; 21 labels fit
 * in 5 bits), half the memory of [label, weight] pairs in a Worker. A term whose weights all round away
 * keeps its idf: it still shortens the others (the L2 length 1).
 */
export interface PeerArtifact {
  /**
   * How much of the blended probability is the peer's for a message, and for one mostly in Latin letters
   * (English, Spanish, Portuguese, Tagalog, Vietnamese), where our word and gram features read better than
   * its character pairs (leave one author out: the peer helped ja, zh, ko and ne, and cost pt and tl).
   * Both chosen by leave one author out over t1–t9 (docs/nlu.md, round 8).
   */
  blend: number
  latinBlend: number
  /** A share for a message mostly in one of these scripts instead of `blend` (absent: `blend`). */
  scriptBlend?: Partial<Record<PeerScript, number>>
  /**
   * The peer's softmax temperature before blending (absent: 1): its probabilities are exp(z / T), so a
   * peer surer than it is right can be softened to weigh alike with ours (fitted on our CV logits).
   */
  temperature?: number
  /**
   * The peer is heard only on a message where our own best probability is below this (absent: always):
   * where ours is sure (a staff boundary, a concept, an answer read) a bag of words does not overrule it.
   */
  below?: number
  /**
   * The blend may change which label leads but never makes the leader surer than ours was (all scaled
   * down to that): the flow's bars (follow or ask) were set on our calibrated probabilities.
   */
  capped?: boolean
  /**
   * The peer reads Latin letters without diacritics (its terms folded by foldLatinRuns, in training and
   * here; absent: as typed): residents write 「salário」「salario」 and 「não」「nao」 alike, and our own
   * features already fold them (nlu18, chosen by leave one author out).
   */
  foldLatin?: boolean
  scale: number
  bias: number[]
  terms: Record<string, ArrayLike<number>>
}

export const PEER_SCALE = 100
const LABEL_BITS = 5
const LABEL_MASK = (1 << LABEL_BITS) - 1

/**
 * A weight is kept when |w| × scale rounds to at least `keepAt`. Leave one author out chose it beside the
 * Worker's memory (docs/nlu.md, round 8): the peer is ~300,000 weights at 10 (|w| ≥ 0.1).
 */
export const peerArtifact = (peer: TrainedPeer, share: PeerShares, keepAt: number): PeerArtifact => {
  const k = peer.labels
  if (k > LABEL_MASK + 1) throw new Error(`the peer packs at most ${LABEL_MASK + 1} labels, not ${k}`)
  const terms: Record<string, number[]> = {}
  for (const [term, id] of [...peer.vocab].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const row = [Math.round(peer.idf[id]! * PEER_SCALE)]
    for (let c = 0; c < k; c++) {
      const r = Math.round(peer.w[id * k + c]! * PEER_SCALE)
      if (Math.abs(r) >= keepAt) row.push(r * (LABEL_MASK + 1) + c)
    }
    terms[term] = row
  }
  return {
    ...share,
    scale: PEER_SCALE,
    bias: Array.from(peer.b, (x) => Math.round(x * PEER_SCALE) / PEER_SCALE),
    terms,
  }
}

/** The same peer with only the weights of at least `keepAt` (an experiment on memory; see author-eval). */
export const prunePeer = (peer: PeerArtifact, keepAt: number): PeerArtifact => {
  const terms: Record<string, number[]> = {}
  for (const [term, row] of Object.entries(peer.terms))
    terms[term] = Array.from(row).filter((v, i) => i === 0 || Math.abs(v >> LABEL_BITS) >= keepAt)
  return { ...peer, terms }
}

/** peerProbabilities over the shipped form (rows looked up by term; a Worker's are Int32Array views). */
export const shippedPeerProbabilities = (peer: PeerArtifact, read: string[]): Float64Array | null => {
  const terms = peerTermsAs(peer, read)
  const counts = new Map<string, number>()
  for (const t of terms) if (peer.terms[t] !== undefined) counts.set(t, (counts.get(t) ?? 0) + 1)
  if (counts.size === 0) return null
  let norm = 0
  const xs: [ArrayLike<number>, number][] = []
  for (const [t, n] of counts) {
    const row = peer.terms[t]!
    const x = (1 + Math.log(n)) * row[0]!
    norm += x * x
    xs.push([row, x])
  }
  norm = Math.sqrt(norm) * peer.scale || 1
  const z = Float64Array.from(peer.bias)
  for (const [row, x] of xs)
    for (let i = 1; i < row.length; i++) {
      const v = row[i]!
      z[v & LABEL_MASK]! += ((v >> LABEL_BITS) * x) / norm
    }
  let max = Number.NEGATIVE_INFINITY
  for (const v of z) if (v > max) max = v
  const t = peer.temperature ?? 1
  let sum = 0
  for (let c = 0; c < z.length; c++) sum += z[c] = Math.exp((z[c]! - max) / t)
  for (let c = 0; c < z.length; c++) z[c]! /= sum
  return z
}

/** The shares of the blend, as a shipped peer holds them or as they are being tried (and how it reads). */
export type PeerShares = Pick<
  PeerArtifact,
  'blend' | 'latinBlend' | 'scriptBlend' | 'temperature' | 'below' | 'capped' | 'foldLatin'
>

/** A message's peer terms as this peer reads them (folded when it says `foldLatin`). */
export const peerTermsAs = (peer: Pick<PeerShares, 'foldLatin'>, terms: string[]): string[] =>
  peer.foldLatin ? terms.map(foldLatinRuns) : terms

/** Whether the shares blend the peer into any message at all (a share above 0 for some script). */
export const blendsAny = (share: PeerShares): boolean =>
  share.blend > 0 || share.latinBlend > 0 || Object.values(share.scriptBlend ?? {}).some((s) => s > 0)

/** The peer's share for a message whose own probabilities are `p` (0 when ours is sure enough: `below`). */
export const gatedShare = (share: PeerShares, input: PeerInput, p: ArrayLike<number>): number => {
  const s = peerShare(share, input)
  if (s <= 0 || share.below === undefined) return s
  let max = 0
  for (let l = 0; l < p.length; l++) if (p[l]! > max) max = p[l]!
  return max < share.below ? s : 0
}

/** The peer's share for this message (0: none), from a shipped peer's shares or the ones being tried. */
export const peerShare = (share: PeerShares, input: PeerInput): number =>
  input.latin ? share.latinBlend : ((input.script && share.scriptBlend?.[input.script]) ?? share.blend)

/**
 * `p` becomes (1 − share) × p + share × q, in place: the blend predict ships and training scores by CV.
 * `capped`: then scaled so that its highest is no higher than p's was (the order is the blend's).
 */
export const blendInto = (p: Float64Array, q: ArrayLike<number>, share: number, capped = false) => {
  let before = 0
  let after = 0
  for (let l = 0; l < p.length; l++) {
    if (p[l]! > before) before = p[l]!
    p[l] = (1 - share) * p[l]! + share * q[l]!
    if (p[l]! > after) after = p[l]!
  }
  if (capped && after > before) for (let l = 0; l < p.length; l++) p[l] = (p[l]! * before) / after
}
