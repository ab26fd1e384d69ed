// bench:edge only (bench/edge/cold-breakdown.ts --workerd): the steps of the Worker's cold build, one
// by one, inside workerd. An isolate's clock stands still during CPU work and moves on at the next I/O,
// in production, so each step is followed by a zero-length timer (I/O) before the clock is read again
// (locally the clock runs on; the timer costs nothing then). On a quiet machine a step's time is its CPU.
// Answers its first request with the table as JSON.
import { projectFiles } from 'soudan-router:project-files'
import { parseCompactDictionary } from '../../src/dict/compact-format.ts'
import { createCompactTokenizer } from '../../src/dict/compact-tokenizer.ts'
import { compactJaTokenizer } from '../../src/dict/ja-tokenizer.ts'
import { concatParts, DICT_MANIFEST, type DictManifest } from '../../src/dict/load-compact.ts'
import { createNlu } from '../../src/nlu/create-nlu.ts'
import { loadModel } from '../../src/nlu/model.ts'
import { BINARY_MODEL_FILES, loadCrisisModel, loadGazetteer } from '../../src/nlu/models.ts'
import { parseNeighbourIndex } from '../../src/nlu/neighbours.ts'
import { parseProject } from '../../src/project/project.ts'
import type { WorkerEnv } from '../../src/runtime/workers/env.ts'

const tick = () => new Promise((r) => setTimeout(r, 0))

type Row = { step: string; ms: number; bytes?: number }

const timer =
  (rows: Row[]) =>
  async <T>(step: string, run: () => T | Promise<T>, bytes?: (out: T) => number) => {
    const t0 = Date.now()
    const out = await run()
    await tick()
    rows.push({ step, ms: Date.now() - t0, ...(bytes ? { bytes: bytes(out) } : {}) })
    return out
  }

/** Each step of the build on its own, in the order the isolate needs them. */
const steps = async (env: WorkerEnv, rows: Row[]) => {
  await tick()
  const timed = timer(rows)
  // Calibration: a fixed amount of CPU work, so the timer's resolution and the clock can be read.
  await timed('calibration: 20M-step loop', () => {
    let x = 0
    for (let i = 0; i < 20_000_000; i++) x = (x + i) | 0
    return x
  })
  const get = (path: string) => env.ASSETS.fetch(`https://assets.local/${path}`)
  const data: Record<string, ArrayBuffer> = {}
  for (const name of Object.values(BINARY_MODEL_FILES))
    data[name] = await timed(
      `fetch nlu/${name} + arrayBuffer()`,
      async () => (await get(`nlu/${name}`)).arrayBuffer(),
      (b) => b.byteLength,
    )
  const manifest = await timed(
    'fetch dict manifest',
    async () => (await (await get(`dict/${DICT_MANIFEST}`)).json()) as DictManifest,
  )
  const parts: ArrayBuffer[] = []
  for (const p of manifest.parts)
    parts.push(
      await timed(
        `fetch dict/${p} + arrayBuffer()`,
        async () => (await get(`dict/${p}`)).arrayBuffer(),
        (b) => b.byteLength,
      ),
    )
  const nb = await timed(
    'fetch nlu/neighbours.bin + arrayBuffer()',
    async () => (await get('nlu/neighbours.bin')).arrayBuffer(),
    (b) => b.byteLength,
  )
  const files = BINARY_MODEL_FILES
  const model = await timed(`loadModel (${files.model})`, () => loadModel(data[files.model]!, files.model))
  const crisisModel = await timed(`loadCrisisModel (${files.crisisModel})`, () =>
    loadCrisisModel(data[files.crisisModel]!, files.crisisModel),
  )
  const gazetteer = await timed('loadGazetteer', () => loadGazetteer(data[files.gazetteer]!))
  const dict = await timed('dictionary: parse (parts viewed in place)', () =>
    parseCompactDictionary(
      manifest.starts ? { parts, starts: manifest.starts } : concatParts(parts, manifest.bytes),
    ),
  )
  const tokenizer = await timed('dictionary: createCompactTokenizer', () =>
    compactJaTokenizer(createCompactTokenizer(dict)),
  )
  const neighbourIndex = await timed('parseNeighbourIndex', () => parseNeighbourIndex(nb, model.contentHash))
  const nlu = await timed('createNlu', () =>
    createNlu({ tokenizer, models: { model, crisisModel, gazetteer }, neighbourIndex }),
  )
  // The first analyze() split: the tokenizer's first sentence, the crisis layer's first screen (its
  // rules' regular expressions compile on first use), then the rest.
  await timed('first tokenize()', () => tokenizer.tokenize('母の物忘れがひどくて心配です'))
  await timed('first crisis screen()', () => nlu.screen?.('母の物忘れがひどくて心配です'))
  await timed('first analyze()', () => nlu.analyze('母の物忘れがひどくて心配です'))
  await timed('second analyze() (another text)', () => nlu.analyze('父の介護のことで相談したいです'))
  await timed('parseProject', () => parseProject(projectFiles))
  return rows
}

let done: Promise<unknown> | null = null
export default {
  async fetch(_request: Request, env: WorkerEnv): Promise<Response> {
    done ??= (async () => {
      const rows: Row[] = []
      await steps(env, rows)
      return rows
    })()
    return Response.json(await done)
  },
}
