import { beforeAll, describe, expect, it } from 'vitest'
import { buildGazetteer } from '../../scripts/nlu/gazetteer-build.ts'
import { loadIntents } from '../../scripts/nlu/io.ts'
import { DataFileError } from '../../src/core/errors.ts'
import type { Nlu } from '../../src/core/nlu.ts'
import { createAnalyzer } from '../../src/nlu/analyze.ts'
import { parseIntentFiles } from '../../src/nlu/intents.ts'
import { artifactContentHash } from '../../src/nlu/model.ts'
import { buildTokenizer, type JaTokenizer } from '../../src/nlu/tokenizer.ts'
import { buildModel, sourceHashOf } from '../../src/nlu/train.ts'
import { bundledCrisisModel, bundledGazetteer, bundledModel } from '../../src/runtime/node/bundled-models.ts'
import { nodeDictionaryLoader } from '../../src/runtime/node/dictionary-loader.ts'

const REBUILD = 'the committed model is stale: run `npm run build:model` and commit src/nlu/generated/'

let tokenizer: JaTokenizer
let nlu: Nlu
const intents = loadIntents({ foreign: true })
beforeAll(async () => {
  tokenizer = await buildTokenizer(nodeDictionaryLoader())
  nlu = createAnalyzer(tokenizer, bundledModel, bundledGazetteer, { crisisModel: bundledCrisisModel })
})

describe('committed artifacts are up to date', () => {
  it('model.json was trained from the intents/ files as they are now', () => {
    const texts = [...intents.files.map((f) => f.text), buildGazetteer().sourceHash]
    expect(bundledModel.sourceHash, REBUILD).toBe(sourceHashOf(texts))
  })

  it('rebuilding in memory gives the same model (deterministic, not hand-edited)', () => {
    expect(artifactContentHash(bundledModel), 'model.json was edited by hand').toBe(bundledModel.contentHash)
    const rebuilt = buildModel(tokenizer, {
      intents: intents.intents,
      data: intents.data,
      sourceTexts: intents.files.map((f) => f.text),
      gazetteer: buildGazetteer(),
      concepts: intents.concepts,
    })
    expect(rebuilt.contentHash, REBUILD).toBe(bundledModel.contentHash)
    // Training on ~15,000 texts with the cross-validation that calibrates it: ~100 s of CPU, which took
    // 14 minutes of wall time on a shared 2-core machine under load (2026-12-06).
  }, 1_200_000)

  it('gazetteer.json matches data/kawasaki/*.yaml', () => {
    expect(bundledGazetteer.sourceHash, REBUILD).toBe(buildGazetteer().sourceHash)
  })

  it('knows every label that has an intents file', () => {
    expect([...bundledModel.labels].sort()).toEqual(intents.intents.map((i) => i.label).sort())
  })
})

describe('counter-examples', () => {
  const cases = intents.intents.flatMap((it) =>
    it.counter_examples.map((c) => ({ file: `intents/${it.label}.yaml`, label: it.label, ...c })),
  )
  it('there are counter-examples to check', () => {
    expect(cases.length).toBeGreaterThan(10)
  })
  it.each(cases.map((c) => [c.file, c.text, c] as const))('%s › %s is not that label', (_f, _t, c) => {
    const r = nlu.analyze(c.text)
    expect(r.intent).not.toBe(c.label)
  })
})

describe('intents files', () => {
  it('names the file and the path of a mistake', () => {
    const bad = {
      path: 'intents/dementia.yaml',
      text: 'label: dementia\ndescription: x\nexamples: [ok, 3]\n',
    }
    expect(() => parseIntentFiles([bad])).toThrow(DataFileError)
    expect(() => parseIntentFiles([bad])).toThrow(/intents\/dementia\.yaml › examples\.1: /)
  })
  it('rejects an unknown label and a label in the wrong file', () => {
    const unknown = { path: 'intents/pets.yaml', text: 'label: pets\ndescription: x\nexamples: [a]\n' }
    expect(() => parseIntentFiles([unknown])).toThrow(/intents\/pets\.yaml › label: /)
    const wrong = { path: 'intents/other.yaml', text: 'label: dementia\ndescription: x\nexamples: [a]\n' }
    expect(() => parseIntentFiles([wrong])).toThrow(/should then be dementia\.yaml/)
  })
  it('reports broken YAML with the file name', () => {
    expect(() => parseIntentFiles([{ path: 'intents/x.yaml', text: 'label: [' }])).toThrow(
      /intents\/x\.yaml › \(root\): not valid YAML/,
    )
  })
})

describe('classifier output', () => {
  it('ranks every label with probabilities summing to 1', () => {
    const r = nlu.analyze('母が認知症かもしれません')
    expect(r.ranked).toHaveLength(bundledModel.labels.length)
    expect(r.ranked.reduce((s, x) => s + x.score, 0)).toBeCloseTo(1, 6)
    for (let i = 1; i < r.ranked.length; i++)
      expect(r.ranked[i - 1]!.score).toBeGreaterThanOrEqual(r.ranked[i]!.score)
  })
  it('explains with the features that weighed most for the label', () => {
    const r = nlu.analyze('母が認知症かもしれません')
    expect(r.intent).toBe('dementia')
    expect(r.explain.length).toBeGreaterThan(0)
    expect(r.explain.every((e) => e.label === 'dementia' && e.weight > 0)).toBe(true)
  })
  it('kana spellings reach the same label as kanji', () => {
    for (const t of ['認知症の相談', 'にんちしょうのそうだん', 'ニンチショウノソウダン'])
      expect(nlu.analyze(t).intent).toBe('dementia')
  })
  it('notices a second concern in another clause', () => {
    const r = nlu.analyze('母の認知症のことと、自分の借金のこと')
    expect([r.intent, ...r.also]).toEqual(expect.arrayContaining(['dementia', 'livelihood']))
  })
  it('answers empty, emoji-only and very long messages without throwing', () => {
    for (const t of ['', '   ', '🙏', '？？？']) {
      const r = nlu.analyze(t)
      expect(r.intent).toBe('other')
      expect(r.crisis).toBeNull()
    }
    const long = '母の介護のことで相談です。'.repeat(80)
    expect(nlu.analyze(long).intent).toBe('elderly_care')
  })
  it('is deterministic', () => {
    const t = '息子が何年も家から出ません'
    expect(nlu.analyze(t)).toEqual(nlu.analyze(t))
  })
})
