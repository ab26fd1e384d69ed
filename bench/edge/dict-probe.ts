// One measurement in a fresh process (run by dict-bench.ts): build a tokenizer cold, then report
// build time, memory kept after GC and warm tokenize speed as one JSON line.
import { readFileSync } from 'node:fs'
import { builder } from '@patdx/kuromoji'
import NodeDictionaryLoader from '@patdx/kuromoji/node'
import { loadCompactTokenizer } from '../../src/dict/load-compact.ts'

const kind = process.argv[2]
const gc = (globalThis as { gc?: () => void }).gc
if (!gc) throw new Error('run with node --expose-gc')
gc()
const before = process.memoryUsage()
const started = performance.now()
const tokenizer: { tokenize(text: string): unknown[] } =
  kind === 'stock'
    ? await builder({ loader: new NodeDictionaryLoader({ dic_path: 'node_modules/kuromoji/dict' }) }).build()
    : await loadCompactTokenizer(
        async (name) => new Uint8Array(readFileSync(`dist/assets/dict/${name}`)).buffer,
      )
const buildMs = performance.now() - started
gc()
gc()
const after = process.memoryUsage()
const texts = [
  '母の物忘れがひどくて心配です',
  '中原区に住む85歳の父が介護保険を使いたいと言っています',
  'ﾍﾙﾊﾟｰさんに来てほしい😢',
]
const n = 3000
const t0 = performance.now()
for (let i = 0; i < n; i++) tokenizer.tokenize(texts[i % texts.length]!)
const perMessageUs = ((performance.now() - t0) / n) * 1000
const mb = (x: number) => Math.round((x / 1024 / 1024) * 10) / 10
console.log(
  JSON.stringify({
    kind,
    buildMs: Math.round(buildMs),
    heapMB: mb(after.heapUsed - before.heapUsed),
    arrayBuffersMB: mb(after.arrayBuffers - before.arrayBuffers),
    keptMB: mb(after.heapUsed - before.heapUsed + after.arrayBuffers - before.arrayBuffers),
    perMessageUs: Math.round(perMessageUs),
  }),
)
