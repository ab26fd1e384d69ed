import { describe, expect, it } from 'vitest'
import { crisisSourceFiles, crisisSourceHash } from '../../scripts/nlu/crisis-train.ts'
import { CRISIS_MODEL_LABELS, PackedWeights } from '../../src/nlu/crisis-model.ts'
import { bundledCrisisModel } from '../../src/runtime/node/bundled-models.ts'

// The committed crisis model must come from the files it is trained on as they are now: a changed
// concept, rule, corpus line or intent example without a rebuild would ship a model that reads
// differently from what its sources say.

describe('the committed crisis model', () => {
  it('was trained from the crisis corpus, the rules and intents/ as they are now', () => {
    expect(crisisSourceFiles().length).toBeGreaterThan(20)
    expect(
      bundledCrisisModel.sourceHash,
      'the crisis model is stale: run `npm run build:crisis-model` and commit src/nlu/generated/crisis-model.json',
    ).toBe(crisisSourceHash())
  })

  it('knows no crisis and every crisis kind, with thresholds that ask before they answer', () => {
    expect(bundledCrisisModel.labels).toEqual([...CRISIS_MODEL_LABELS])
    expect(bundledCrisisModel.askAt).toBeLessThan(bundledCrisisModel.fireAt)
    expect(bundledCrisisModel.weights).toBeInstanceOf(PackedWeights)
    expect(bundledCrisisModel.weights.index.size).toBeGreaterThan(1000)
  })
})
