import type { FeatureVector } from './features.ts'

// Nearest training example per label (cosine over the same L2-normalized features). Added to the
// linear model's logits, it lets an unusual phrasing that closely matches one example count, which
// a linear model trained on ~100 examples a label smooths away (5-fold CV: +2.3 points top-1).

export interface NeighbourIndex {
  /** feature → postings: example ids and values. */
  postings: Map<string, { ids: Int32Array; xs: Float64Array }>
  labelOf: Int32Array
  labelCount: number
}

export const buildNeighbourIndex = (
  examples: { v: FeatureVector; label: number }[],
  labelCount: number,
): NeighbourIndex => {
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
  const postings = new Map<string, { ids: Int32Array; xs: Float64Array }>()
  for (const [f, p] of lists) postings.set(f, { ids: Int32Array.from(p.ids), xs: Float64Array.from(p.xs) })
  return { postings, labelOf: Int32Array.from(examples.map((e) => e.label)), labelCount }
}

/** Highest cosine similarity to an example of each label (vectors are L2-normalized). */
export const nearestByLabel = (
  index: NeighbourIndex,
  v: FeatureVector,
  scratch?: Float64Array,
): Float64Array => {
  const acc =
    scratch && scratch.length === index.labelOf.length
      ? scratch.fill(0)
      : new Float64Array(index.labelOf.length)
  for (const [f, x] of v) {
    const p = index.postings.get(f)
    if (!p) continue
    for (let k = 0; k < p.ids.length; k++) acc[p.ids[k]!]! += x * p.xs[k]!
  }
  const best = new Float64Array(index.labelCount)
  for (let id = 0; id < acc.length; id++) {
    const l = index.labelOf[id]!
    if (acc[id]! > best[l]!) best[l] = acc[id]!
  }
  return best
}
