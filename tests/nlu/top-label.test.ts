import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { loadDevSet } from '../../scripts/nlu/io.ts'
import type { Label } from '../../src/core/taxonomy.ts'
import { analyzeText, extractFeatures, type FeatureVector } from '../../src/nlu/features.ts'
import { maskPlaces } from '../../src/nlu/gazetteer.ts'
import { type ModelArtifact, predict, topLabel } from '../../src/nlu/model.ts'
import { buildTokenizer } from '../../src/nlu/tokenizer.ts'
import { bundledGazetteer, bundledModel } from '../../src/runtime/node/bundled-models.ts'
import { nodeDictionaryLoader } from '../../src/runtime/node/dictionary-loader.ts'

// The per-clause pass of analyze() reads only the leader, so it calls topLabel instead of predict;
// the two must agree exactly, ties included (predict breaks them by label order).

const LABELS = ['dementia', 'caregiving', 'housing', 'other'] as Label[]
const tinyModel = (weights: Record<string, number[]>, bias: number[]): ModelArtifact => ({
  format: 1,
  sourceHash: '',
  contentHash: '',
  weightScale: 1000,
  labels: LABELS,
  bias,
  temperature: 1.3,
  phrases: [],
  neighbourWeight: 0,
  examples: [],
  weights,
  stats: { examples: 0, features: 0, cvAccuracy: 0, lambda: 0, epochs: 0 },
})

describe('topLabel', () => {
  it('is predict()[0], ties going to the earlier label', () => {
    const feature = fc.constantFrom('a', 'b', 'c')
    // Few distinct weights, so equal logits (and equal probabilities) are common.
    const row = fc.array(fc.tuple(fc.integer({ min: 0, max: 3 }), fc.constantFrom(-500, 0, 500, 1000)), {
      maxLength: 4,
    })
    fc.assert(
      fc.property(
        fc.record({ a: row, b: row, c: row }),
        fc.array(fc.constantFrom(0, 0.5, 1), { minLength: 4, maxLength: 4 }),
        fc.uniqueArray(fc.tuple(feature, fc.constantFrom(0.5, 1)), { selector: ([f]) => f, maxLength: 3 }),
        (rows, bias, entries) => {
          const m = tinyModel(Object.fromEntries(Object.entries(rows).map(([f, r]) => [f, r.flat()])), bias)
          const v: FeatureVector = new Map(entries)
          expect(topLabel(m, v)).toEqual(predict(m, v)[0])
        },
      ),
      { seed: 20261206, numRuns: 500 },
    )
  })

  it('gives an all-equal model its first label', () => {
    const m = tinyModel({}, [0, 0, 0, 0])
    expect(topLabel(m, new Map())).toEqual({ label: 'dementia', score: 0.25 })
    expect(predict(m, new Map())[0]).toEqual({ label: 'dementia', score: 0.25 })
  })

  it('agrees with predict on the bundled model for every dev message', async () => {
    const tokenizer = await buildTokenizer(nodeDictionaryLoader())
    const mask = maskPlaces(bundledGazetteer)
    const dev = loadDevSet()
    expect(dev.length).toBeGreaterThan(100)
    for (const item of dev) {
      const v = extractFeatures(analyzeText(tokenizer, item.text, mask), { entries: bundledModel.phrases })
      expect(topLabel(bundledModel, v)).toEqual(predict(bundledModel, v)[0])
    }
  })
})
