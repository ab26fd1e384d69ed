// Where a Worker isolate's first answer spends its CPU, step by step, in a fresh Node process (same V8
// family, same code as the isolate; workerd's own clock does not advance during CPU work, so it cannot
// time these steps itself). Reads dist/assets/ as the ASSETS binding would (run `npm run build:worker`).
//   node --import tsx bench/edge/cold-breakdown.ts           each step's CPU ms (user + system), wall ms, bytes
//   node --import tsx bench/edge/cold-breakdown.ts --workerd the same steps inside workerd (
//                    bench/edge/breakdown-worker.ts, through Miniflare: no inspector), each step's ms in the
//                    isolate, plus workerd's CPU
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { prebundleWorker, requireWrangler } from '../../scripts/worker/dev-process.ts'
import { childWorkerdCpuMs, startMiniflare } from './miniflare-run.ts'

if (process.argv.includes('--workerd')) {
  const cli = requireWrangler()
  if (!cli) process.exit(1)
  const work = mkdtempSync(join(tmpdir(), 'soudan-breakdown-'))
  prebundleWorker(cli, 'bench/edge/wrangler.breakdown.toml', work)
  // Without wrangler dev's inspector, which captures every asset body (see miniflare-run.ts).
  const mf = await startMiniflare(work, 'dist/assets')
  try {
    const load = loadavg()[0]!
    const cpu0 = childWorkerdCpuMs()
    const res = await mf.dispatchFetch('http://localhost/')
    const rows = (await res.json()) as { step: string; ms: number; bytes?: number }[]
    const cpu = childWorkerdCpuMs() - cpu0
    console.log(
      `load average (1 min) at start: ${load.toFixed(1)}; workerd CPU for the whole request: ${cpu} ms`,
    )
    console.log('| step (inside workerd) | ms | bytes |')
    console.log('|---|---|---|')
    for (const r of rows) console.log(`| ${r.step} | ${r.ms} | ${r.bytes ?? ''} |`)
  } finally {
    await mf.dispose()
    rmSync(work, { recursive: true, force: true })
  }
  process.exit(0)
}

const rows: { step: string; cpuMs: number; wallMs: number; bytes?: number }[] = []
const timed = async <T>(step: string, run: () => T | Promise<T>, bytes?: number): Promise<T> => {
  const c0 = process.cpuUsage()
  const t0 = performance.now()
  const out = await run()
  const c = process.cpuUsage(c0)
  rows.push({
    step,
    cpuMs: Math.round((c.user + c.system) / 100) / 10,
    wallMs: Math.round((performance.now() - t0) * 10) / 10,
    ...(bytes === undefined ? {} : { bytes }),
  })
  return out
}

const load = loadavg()[0]!
const mods = await timed('import the app modules (module evaluation)', async () => ({
  app: await import('../../src/runtime/workers/build-worker-app.ts'),
  models: await import('../../src/nlu/models.ts'),
  model: await import('../../src/nlu/model.ts'),
  dict: await import('../../src/dict/load-compact.ts'),
  format: await import('../../src/dict/compact-format.ts'),
  tok: await import('../../src/dict/compact-tokenizer.ts'),
  ja: await import('../../src/dict/ja-tokenizer.ts'),
  nb: await import('../../src/nlu/neighbours.ts'),
  nlu: await import('../../src/nlu/create-nlu.ts'),
  project: await import('../../src/project/project.ts'),
  files: await import('../../src/runtime/node/load-project.ts'),
  yaml: await import('../../src/project/yaml-file.ts'),
}))
const asset = (path: string) => readFileSync(`dist/assets/${path}`)
const files = mods.models.BINARY_MODEL_FILES
const data: Record<string, ArrayBuffer> = {}
for (const name of Object.values(files)) {
  const b = asset(`nlu/${name}`)
  data[name] = await timed(
    `read nlu/${name}`,
    () => b.buffer.slice(b.byteOffset, b.byteOffset + b.length) as ArrayBuffer,
    b.length,
  )
}
const model = await timed(`loadModel (${files.model})`, () => mods.model.loadModel(data[files.model]!))
const crisisModel = await timed(`loadCrisisModel (${files.crisisModel})`, () =>
  mods.models.loadCrisisModel(data[files.crisisModel]!),
)
const gazetteer = await timed('loadGazetteer', () => mods.models.loadGazetteer(data[files.gazetteer]!))
const dict = await timed('dictionary: read parts + parse', () =>
  mods.dict.loadCompactDictionary(async (name) => {
    const b = asset(`dict/${name}`)
    return b.buffer.slice(b.byteOffset, b.byteOffset + b.length) as ArrayBuffer
  }),
)
const compact = await timed('dictionary: createCompactTokenizer', () => mods.tok.createCompactTokenizer(dict))
const tokenizer = mods.ja.compactJaTokenizer(compact)
const nbFile = asset('nlu/neighbours.bin')
const nbBuffer = nbFile.buffer.slice(nbFile.byteOffset, nbFile.byteOffset + nbFile.length)
const neighbourIndex = await timed(
  'parseNeighbourIndex',
  () => mods.nb.parseNeighbourIndex(nbBuffer, model.contentHash),
  nbFile.length,
)
const nlu = await timed('createNlu (analyzer: phrases, place mask)', () =>
  mods.nlu.createNlu({ tokenizer, models: { model, crisisModel, gazetteer }, neighbourIndex }),
)
const text = '母の物忘れがひどくて心配です'
await timed('first analyze()', () => nlu.analyze(text))
await timed('second analyze() (same text)', () => nlu.analyze(text))
await timed('analyze() of another text', () => nlu.analyze('父の介護のことで相談したいです'))
const sources = (await mods.files.readProjectFiles('.')).files.map((f) => ({
  path: f.path,
  data: mods.yaml.readYaml(f),
}))
await timed('parseProject (bundled staff files)', () => mods.project.parseProject(sources))
// The whole build as the isolate runs it (its parts again, now with warm code), then the first turn.
const assets = {
  async fetch(request: Request | string) {
    const path = new URL(typeof request === 'string' ? request : request.url).pathname
    return new Response(readFileSync(`dist/assets${path}`))
  },
}
const worker = await timed('buildWorkerApp again (code now warm)', () =>
  mods.app.buildWorkerApp({ ASSETS: assets, SESSION_STORE: 'memory', LOG_LEVEL: 'error' }, sources),
)
const turn = (t: string) =>
  worker.app.fetch(
    new Request('http://x/api/chat', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text: t }),
    }),
  )
await timed('first turn through the app', async () => (await turn(text)).text())
await timed('second turn', async () => (await turn('父の介護のことで相談したいです')).text())
console.log(`load average (1 min) at start: ${load.toFixed(1)}`)
console.log('| step | CPU ms | wall ms | bytes |')
console.log('|---|---|---|---|')
for (const r of rows) console.log(`| ${r.step} | ${r.cpuMs} | ${r.wallMs} | ${r.bytes ?? ''} |`)
