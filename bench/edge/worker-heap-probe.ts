// Run by cold-start.ts in a fresh Node process (--expose-gc): builds the Worker's app exactly as the
// isolate does (buildWorkerApp, the bundled YAML, the dictionary through an ASSETS-shaped reader) and
// reports what it keeps on the V8 heap and in ArrayBuffers after GC, since workerd does not expose
// per-isolate memory locally. Same V8 engine family, same objects; an estimate, not workerd's own count.
// `stock` swaps in stock kuromoji (as bench/edge/stock-worker.ts does) for the side-by-side row.
// `--snapshot=<file>` also writes a heap snapshot at that moment (read it with bench/edge/heap-retainers.ts).
import { readFileSync } from 'node:fs'
import { writeHeapSnapshot } from 'node:v8'

const gc = (globalThis as { gc?: () => void }).gc
if (!gc) throw new Error('run with node --expose-gc')
gc()
// Before the app's modules load: the bundled model and gazetteer JSON are part of what an isolate keeps.
const before = process.memoryUsage()
const { readProjectFiles } = await import('../../src/runtime/node/load-project.ts')
const { readYaml } = await import('../../src/project/yaml-file.ts')
const { buildWorkerApp } = await import('../../src/runtime/workers/build-worker-app.ts')
const stock = process.argv[2] === 'stock'
const tokenizer = stock
  ? async () => {
      const { buildTokenizer } = await import('../../src/nlu/tokenizer.ts')
      const { nodeDictionaryLoader } = await import('../../src/runtime/node/dictionary-loader.ts')
      return buildTokenizer(nodeDictionaryLoader())
    }
  : undefined
// As the bundle ships them: parsed at build time.
const files = (await readProjectFiles('.')).files.map((f) => ({ path: f.path, data: readYaml(f) }))
const assets = {
  async fetch(request: Request | string) {
    const path = new URL(typeof request === 'string' ? request : request.url).pathname
    return new Response(readFileSync(`dist/assets${path}`))
  },
}
const env = { ASSETS: assets, SESSION_STORE: 'memory', LOG_LEVEL: 'error' }
const worker = await buildWorkerApp(env, files, tokenizer ? { tokenizer } : {})
const res = await worker.app.fetch(
  new Request('http://x/api/chat', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ text: '母の物忘れがひどくて心配です' }),
  }),
)
if (res.status !== 200) throw new Error(`probe turn failed: ${res.status}`)
gc()
gc()
const after = process.memoryUsage()
const mb = (x: number) => Math.round((x / 1024 / 1024) * 10) / 10
console.log(
  JSON.stringify({
    heapMB: mb(after.heapUsed - before.heapUsed),
    arrayBuffersMB: mb(after.arrayBuffers - before.arrayBuffers),
    keptMB: mb(after.heapUsed - before.heapUsed + after.arrayBuffers - before.arrayBuffers),
  }),
)
const snapshot = process.argv.find((a) => a.startsWith('--snapshot='))?.slice('--snapshot='.length)
// `worker` (the app) is still in scope here, so the snapshot holds what the measurement above held.
if (snapshot) console.error(`heap snapshot → ${writeHeapSnapshot(snapshot)} (app: ${typeof worker.app})`)
