import { beforeAll, describe, expect, it } from 'vitest'
import { loadDevSet } from '../../scripts/nlu/io.ts'
import { buildExampleIndex, createAnalyzer } from '../../src/nlu/analyze.ts'
import {
  type BuiltNeighbourIndex,
  type NeighbourIndex,
  parseNeighbourIndex,
  postingValue,
  StaleNeighbourIndexError,
  serializeNeighbourIndex,
} from '../../src/nlu/neighbours.ts'
import { buildTokenizer, type JaTokenizer } from '../../src/nlu/tokenizer.ts'
import { bundledCrisisModel, bundledGazetteer, bundledModel } from '../../src/runtime/node/bundled-models.ts'
import { nodeDictionaryLoader } from '../../src/runtime/node/dictionary-loader.ts'

// The Worker loads this index prebuilt (npm run build:worker) instead of tokenizing every training
// example at start-up: it must be the very index the analyzer would build, for this model only.

describe('prebuilt nearest-example index', () => {
  let live: BuiltNeighbourIndex
  let tokenizer: JaTokenizer
  beforeAll(async () => {
    tokenizer = await buildTokenizer(nodeDictionaryLoader())
    live = buildExampleIndex(tokenizer, bundledModel, bundledGazetteer)
    // ~15,000 examples to tokenize: seconds on a quiet machine, over a minute on a loaded one.
  }, 300_000)

  const bufferOf = (bytes: Uint8Array) => bytes.slice().buffer

  it('round-trips exactly: every feature, example id and value', () => {
    const parsed = parseNeighbourIndex(bufferOf(serializeNeighbourIndex(live, 'h1')), 'h1')
    expect(parsed.labelCount).toBe(live.labelCount)
    expect([...parsed.labelOf]).toEqual([...live.labelOf])
    expect(parsed.postings.size).toBe(live.postings.size)
    expect(live.postings.size).toBeGreaterThan(1000)
    // One comparison over all postings (a per-feature expect took over 30 s with ~10^5 features).
    const mismatched = [...live.postings].filter(([f, p]) => {
      const q = parsed.postings.get(f)
      if (!q || q.to - q.from !== p.to - p.from) return true
      for (let k = 0; k < p.to - p.from; k++)
        if (
          q.ids[q.from + k] !== p.ids[p.from + k] ||
          postingValue(q, q.from + k) !== postingValue(p, p.from + k)
        )
          return true
      return false
    })
    expect(mismatched.map(([f]) => f)).toEqual([])
    expect(parsed.postings.get('no such feature')).toBeUndefined()
    // Lookups point into the file's own arrays (offsets, no view per feature): a process that meets every
    // feature once keeps nothing per feature (views cached per feature had grown an isolate by 23 MB).
    const [a, b] = [...live.postings.keys()]
    const pa = parsed.postings.get(a!)!
    const pb = parsed.postings.get(b!)!
    expect(pa.ids).toBe(pb.ids)
    expect(pa.codes).toBe(pb.codes)
    expect(pa.to - pa.from).toBe(live.postings.get(a!)!.ids.length)
  })

  it('gives every dev-set message the very labels and scores the index built in this process gives', () => {
    // The file's 2-byte ids and value codes must not move a score by one bit (a Worker and the Node
    // server read the file; eval and the tests build it).
    const texts = loadDevSet().map((c) => c.text)
    expect(texts.length).toBeGreaterThan(300)
    const read = parseNeighbourIndex(bufferOf(serializeNeighbourIndex(live, 'h1')), 'h1')
    const analyzer = (neighbourIndex: NeighbourIndex) =>
      createAnalyzer(tokenizer, bundledModel, bundledGazetteer, {
        crisisModel: bundledCrisisModel,
        neighbourIndex,
      })
    const [built, fromFile] = [analyzer(live), analyzer(read)]
    // JSON keeps every bit of a double, so equal strings are equal scores.
    const differ = texts.filter(
      (t) => JSON.stringify(built.analyze(t)) !== JSON.stringify(fromFile.analyze(t)),
    )
    expect(differ).toEqual([])
    // The nearest-example score is really in play: without it some message ranks differently.
    const linear = createAnalyzer(tokenizer, bundledModel, bundledGazetteer, {
      crisisModel: bundledCrisisModel,
      neighbours: false,
    })
    expect(
      texts.some((t) => JSON.stringify(linear.analyze(t).ranked) !== JSON.stringify(built.analyze(t).ranked)),
    ).toBe(true)
  })

  it('refuses an index built for another model', () => {
    const bytes = serializeNeighbourIndex(live, 'model-a')
    expect(() => parseNeighbourIndex(bufferOf(bytes), 'model-b')).toThrow(StaleNeighbourIndexError)
    expect(() => parseNeighbourIndex(new TextEncoder().encode('nope').buffer, 'model-a')).toThrow(
      /not a neighbour/,
    )
    // A file in the format before NBX2 (a dist/ left from an older build) is stale too: the Worker
    // then builds its own index and logs the fix, rather than failing to start.
    for (const format of ['NBX1', 'NBX2']) {
      const old = bytes.slice()
      old.set(new TextEncoder().encode(format), 0)
      expect(() => parseNeighbourIndex(old.buffer, 'model-a')).toThrow(StaleNeighbourIndexError)
    }
  })
})
