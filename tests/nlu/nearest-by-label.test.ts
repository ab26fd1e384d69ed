import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { FeatureVector } from '../../src/nlu/features.ts'
import {
  buildNeighbourIndex,
  informativeness,
  labelRuns,
  nearestByLabel,
  parseNeighbourIndex,
  serializeNeighbourIndex,
} from '../../src/nlu/neighbours.ts'

// nearestByLabel finds each label's best example run by run (labelRuns); these check it against the
// plain definition: for every example, its dot product with the message, each shared feature weighed by
// its informativeness (from how many examples have it, nlu20); per label, the highest (0 when no example
// of the label shares a feature).

const plainNearest = (
  examples: { v: FeatureVector; label: number }[],
  labelCount: number,
  v: FeatureVector,
) => {
  const best = new Float64Array(labelCount)
  const df = (f: string) => examples.filter((e) => e.v.has(f)).length
  const weighed = [...v].map(
    ([f, x]) => [f, x * informativeness(df(f), examples.length, labelCount)] as const,
  )
  for (const e of examples) {
    let dot = 0
    for (const [f, x] of weighed) if (x !== 0) dot += x * (e.v.get(f) ?? 0)
    if (dot > best[e.label]!) best[e.label] = dot
  }
  return [...best]
}

/** A vector over some of `features`, each valued in (0, 1]. */
const vectorOf = (features: string[], minLength: number) =>
  fc
    .uniqueArray(fc.tuple(fc.constantFrom(...features), fc.double({ min: 0.01, max: 1, noNaN: true })), {
      selector: ([f]) => f,
      minLength,
      maxLength: features.length,
    })
    .map((entries) => new Map(entries) as FeatureVector)

/** 1 to `most` examples of such vectors, labelled at random. */
const examplesOf = (vector: fc.Arbitrary<FeatureVector>, labelCount: number, most: number) =>
  fc.array(fc.record({ v: vector, label: fc.integer({ min: 0, max: labelCount - 1 }) }), {
    minLength: 1,
    maxLength: most,
  })

describe('nearestByLabel', () => {
  it('cuts labelOf into runs of one label: [start, end, label] each', () => {
    expect([...labelRuns(Int32Array.from([2, 2, 0, 1, 1, 1, 2]))]).toEqual([
      0, 2, 2, 2, 3, 0, 3, 6, 1, 6, 7, 2,
    ])
    expect([...labelRuns(Int32Array.from([4]))]).toEqual([0, 1, 4])
    expect([...labelRuns(new Int32Array(0))]).toEqual([])
  })

  it('gives each label its best example, with labels in any order and runs of any length', () => {
    const vector = vectorOf(['a', 'b', 'c', 'd', 'e'], 0)
    const labelCount = 4
    fc.assert(
      fc.property(examplesOf(vector, labelCount, 30), vector, (examples, v) => {
        const index = buildNeighbourIndex(examples, labelCount)
        // The same sums in the same order, so equal to the last bit, not merely close.
        expect([...nearestByLabel(index, v)]).toEqual(plainNearest(examples, labelCount, v))
      }),
      { seed: 4, numRuns: 300 },
    )
  })

  it('sums to the last bit in both index forms, whatever the length of a posting list (four a step, then the rest)', () => {
    // Postings of every length from 0 to ~60, so the unrolled body and each remainder (0–3) run, in the
    // built form (one value per posting) and the file's (2-byte ids, codes into a value table).
    const vector = vectorOf(['a', 'b', 'c', 'd', 'e', 'f'], 1)
    const labelCount = 3
    fc.assert(
      fc.property(examplesOf(vector, labelCount, 60), vector, (examples, v) => {
        const built = buildNeighbourIndex(examples, labelCount)
        const read = parseNeighbourIndex(serializeNeighbourIndex(built, 'h').slice().buffer, 'h')
        const plain = plainNearest(examples, labelCount, v)
        expect([...nearestByLabel(built, v)]).toEqual(plain)
        expect([...nearestByLabel(read, v)]).toEqual(plain)
      }),
      { seed: 13, numRuns: 300 },
    )
  })
})
