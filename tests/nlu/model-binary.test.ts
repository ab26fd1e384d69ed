import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createAnalyzer } from '../../src/nlu/analyze.ts'
import { crisisFeatures, scoreCrisis, scoreDanger } from '../../src/nlu/crisis-model.ts'
import { encodeModel, loadModel, predict, serializeModel } from '../../src/nlu/model.ts'
import { encodeArtifact } from '../../src/nlu/model-binary.ts'
import { ModelFileError } from '../../src/nlu/model-file-error.ts'
import {
  BINARY_MODEL_FILES,
  encodeCrisisModel,
  loadCrisisModel,
  loadNluModels,
  serializeCrisisModel,
} from '../../src/nlu/models.ts'
import type { JaTokenizer } from '../../src/nlu/tokenizer.ts'
import { bundledCrisisModel, bundledModel, bundledModels } from '../../src/runtime/node/bundled-models.ts'

// The binary form of the models (src/nlu/model-binary.ts), what a Worker loads: it must hold exactly
// what the JSON files hold (every weight the very same double), so every score is the same bit for bit.

const buffer = (bytes: Uint8Array) =>
  bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer
const binaryModel = loadModel(buffer(encodeModel(bundledModel)))
const binaryCrisis = loadCrisisModel(buffer(encodeCrisisModel(bundledCrisisModel)))
const generated = (name: string) => readFileSync(`src/nlu/generated/${name}`, 'utf8').trimEnd()

describe('binary models', () => {
  it('serialize to the very JSON the committed files hold', () => {
    expect(serializeModel(binaryModel)).toBe(generated('model.json'))
    expect(serializeCrisisModel(binaryCrisis)).toBe(generated('crisis-model.json'))
  })

  it('hold every weight of every feature, and no feature more', () => {
    const names = Object.keys(bundledModel.weights)
    expect(Object.keys(binaryModel.weights)).toEqual(names)
    for (const f of names) expect(Array.from(binaryModel.weights[f]!)).toEqual(bundledModel.weights[f])
    const { index, rows } = bundledCrisisModel.weights
    expect(binaryCrisis.weights.index.size).toBe(index.size)
    // Stored as Int16 thousandths (a quarter of the doubles' bytes), each read back as the JSON's double.
    expect(binaryCrisis.weights.rows).toBeInstanceOf(Int16Array)
    expect(binaryCrisis.weights.divisor).toBe(1000)
    const { divisor } = binaryCrisis.weights
    for (const [f, at] of index) {
      const got = binaryCrisis.weights.index.get(f)
      expect(got).toBeDefined()
      // Object.is on each value: -0 and 0 are different doubles.
      const a = Array.from(binaryCrisis.weights.rows.subarray(got!, got! + 9), (v) => v / divisor)
      const b = Array.from(rows.subarray(at, at + 9))
      expect(a.every((x, k) => Object.is(x, b[k]))).toBe(true)
    }
    for (const [f, w] of Object.entries(bundledCrisisModel.danger.weights))
      expect(Object.is(binaryCrisis.danger.weights[f], w)).toBe(true)
  })

  it('answer any other name with nothing (fast-check)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (f) => {
        // Own names only (a plain object would also answer "valueOf"; no feature is named so).
        const own = <T>(r: Record<string, T>) => (Object.hasOwn(r, f) ? r[f] : undefined)
        expect(binaryModel.weights[f]).toEqual(own(bundledModel.weights))
        expect(binaryCrisis.weights.index.get(f)).toEqual(
          bundledCrisisModel.weights.index.has(f) ? expect.any(Number) : undefined,
        )
        expect(binaryCrisis.danger.weights[f]).toBe(own(bundledCrisisModel.danger.weights))
      }),
      { numRuns: 2000, seed: 10 },
    )
    // A lone surrogate cannot be stored in UTF-8, so it is never a name.
    expect(binaryModel.weights['\uD800']).toBeUndefined()
  })

  it('score dev texts exactly as the JSON models do', () => {
    const texts = readFileSync('tests/fixtures/crisis-corpus/d1.jsonl', 'utf8')
      .split('\n')
      .filter(Boolean)
      .flatMap((l) => (JSON.parse(l) as { turns: string[] }).turns)
    expect(texts.length).toBeGreaterThan(100)
    for (const t of texts) {
      // Character n-grams as features: enough to touch thousands of weights of both models.
      const features = crisisFeatures({ han: t, latin: t.toLowerCase() } as never, [])
      expect(scoreCrisis(binaryCrisis, features)).toEqual(scoreCrisis(bundledCrisisModel, features))
      expect(Object.is(scoreDanger(binaryCrisis, features), scoreDanger(bundledCrisisModel, features))).toBe(
        true,
      )
    }
    // The intent model on vectors of its own features, 50 at a time.
    const names = Object.keys(bundledModel.weights)
    for (let i = 0; i < names.length; i += 500) {
      const v = new Map(names.slice(i, i + 50).map((f, k) => [f, 1 / (k + 1)] as [string, number]))
      expect(predict(binaryModel, v)).toEqual(predict(bundledModel, v))
    }
  })

  it('are read through the port by their binary names', async () => {
    const asked: string[] = []
    const models = await loadNluModels(async (name) => {
      asked.push(name)
      if (name === BINARY_MODEL_FILES.model) return buffer(encodeModel(bundledModel))
      if (name === BINARY_MODEL_FILES.crisisModel) return buffer(encodeCrisisModel(bundledCrisisModel))
      return generated(name)
    }, BINARY_MODEL_FILES)
    expect(asked.sort()).toEqual(Object.values(BINARY_MODEL_FILES).sort())
    expect(serializeModel(models.model)).toBe(serializeModel(bundledModels.model))
  })

  it('keep values exact whatever they are: integers, thousandths, any double', () => {
    const table = {
      a: [1, -2, 2147483647],
      b: [0.001, -1.5],
      c: [Math.PI, 1e-300],
      d: [0, -0],
      e: [-0.001, -0],
    }
    for (const [name, row] of Object.entries(table)) {
      const m = loadModel(
        buffer(encodeArtifact({ ...bundledModel, weights: { [name]: row } }, { weights: { [name]: row } })),
      )
      const got = Array.from(m.weights[name]!)
      expect(got.every((x, k) => Object.is(x, row[k]))).toBe(true)
    }
  })

  it('refuse a truncated or foreign file, naming it', () => {
    const bytes = encodeModel(bundledModel)
    const load = () => loadModel(buffer(bytes.subarray(0, bytes.length - 1000)), 'model.nlm')
    expect(load).toThrow(ModelFileError)
    // The last table is cut (the peer's rows since round 8, the weights in a model without a peer).
    expect(load).toThrow(/^model\.nlm: table (peer\.terms|weights) is truncated/)
    const crisis = encodeCrisisModel({
      ...bundledCrisisModel,
      labels: [...bundledCrisisModel.labels].reverse(),
    })
    expect(() => loadCrisisModel(buffer(crisis), 'crisis-model.nlm')).toThrow(
      /^crisis-model\.nlm: labels .* are not none,/,
    )
    // Bytes that are not the binary form are read as JSON text, and refused as such.
    expect(() => loadModel(buffer(new TextEncoder().encode('NLM0...')), 'model.nlm')).toThrow(
      /^model\.nlm: not JSON/,
    )
  })
})

// A Worker loads the binary model beside a prebuilt nearest-example index, so the ~18,000 training texts
// (~2.8 MB of strings) are read from the file only when something asks for them.
describe('a binary model’s training texts', () => {
  const deferred = (m: object) => Object.getOwnPropertyDescriptor(m, 'examples')?.get !== undefined

  it('are read from the file when first asked for, and are the JSON model’s', () => {
    const m = loadModel(buffer(encodeModel(bundledModel)))
    expect(deferred(m)).toBe(true)
    expect(m.examples).toEqual(bundledModel.examples)
    // Read once, then kept.
    expect(m.examples).toBe(m.examples)
    expect(Object.keys(m)).toEqual(Object.keys(bundledModel))
  })

  it('are not read by an analyzer given a prebuilt index', () => {
    const m = loadModel(buffer(encodeModel(bundledModel)))
    const index = {
      postings: new Map(),
      labelOf: new Int32Array(bundledModel.examples.length),
      labelCount: bundledModel.labels.length,
    }
    const tokenizer = { tokenize: () => [] } as unknown as JaTokenizer
    // An accessor defined when the object is built: a spy that counts the reads.
    let reads = 0
    const spied = Object.create(m, {
      examples: {
        get: () => {
          reads++
          return m.examples
        },
      },
    })
    createAnalyzer(tokenizer, spied, bundledModels.gazetteer, {
      crisisModel: bundledCrisisModel,
      neighbourIndex: index,
    })
    expect(reads).toBe(0)
  })

  // perf15: the texts had been 1.65 MB of the header's JSON, kept by the isolate with the whole file.
  const olderFile = () =>
    encodeArtifact(
      bundledModel,
      bundledModel.peer
        ? { weights: bundledModel.weights, 'peer.terms': bundledModel.peer.terms }
        : { weights: bundledModel.weights },
    )
  const headerOf = (bytes: Uint8Array) =>
    JSON.parse(new TextDecoder().decode(bytes.subarray(8, 8 + new DataView(bytes.buffer).getUint32(4, true))))

  it('are deflated in a section of their own, not in the header', () => {
    const bytes = encodeModel(bundledModel)
    const header = headerOf(bytes)
    expect(header.artifact.examples).toBeNull()
    expect(Object.keys(header.packed)).toEqual(['examples'])
    // Deflated, they take less than half the bytes their JSON took in the header.
    const texts = new TextEncoder().encode(JSON.stringify(bundledModel.examples)).length
    expect(olderFile().length - bytes.length).toBeGreaterThan(texts / 2)
    const m = loadModel(buffer(bytes))
    expect(m.examples).toEqual(bundledModel.examples)
    expect(serializeModel(m)).toBe(serializeModel(bundledModel))
  })

  it('are read from the header of a file written before they were packed', () => {
    const older = olderFile()
    expect(headerOf(older).packed).toBeUndefined()
    const m = loadModel(buffer(older))
    expect(m.examples).toEqual(bundledModel.examples)
  })

  it('refuse a packed section that is cut or unreadable, naming the file and the field', () => {
    const bytes = encodeModel(bundledModel)
    const header = headerOf(bytes)
    const base = Math.ceil((8 + new DataView(bytes.buffer).getUint32(4, true)) / 8) * 8
    const spoilt = bytes.slice()
    spoilt.fill(0xff, base + header.packed.examples[0], base + header.packed.examples[0] + 64)
    const m = loadModel(buffer(spoilt), 'model.nlm')
    expect(() => m.examples).toThrow(/^model\.nlm: field examples is unreadable/)
  })
})
