// npm run bench:edge — stock kuromoji vs the compact dictionary, side by side in one run, each
// measured in fresh processes (median of RUNS) so one cannot warm the other.
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'

const RUNS = Number(process.env.BENCH_RUNS ?? 3)
if (!existsSync('dist/assets/dict/ipadic.kdc.json')) {
  console.error('dist/assets/dict/ipadic.kdc.json is missing: run npm run build:dict first')
  process.exit(1)
}
type Probe = {
  kind: string
  buildMs: number
  heapMB: number
  arrayBuffersMB: number
  keptMB: number
  perMessageUs: number
}
const probe = (kind: string): Probe =>
  JSON.parse(
    execFileSync(process.execPath, ['--expose-gc', '--import', 'tsx', 'bench/edge/dict-probe.ts', kind], {
      encoding: 'utf8',
    }).trim(),
  )
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!
const summary = (kind: string) => {
  const runs = Array.from({ length: RUNS }, () => probe(kind))
  const pick = (k: keyof Probe) => median(runs.map((r) => r[k] as number))
  return {
    kind,
    buildMs: pick('buildMs'),
    heapMB: pick('heapMB'),
    arrayBuffersMB: pick('arrayBuffersMB'),
    keptMB: pick('keptMB'),
    perMessageUs: pick('perMessageUs'),
  }
}
const stock = summary('stock')
const compact = summary('compact')
console.log(`kuromoji dictionary, median of ${RUNS} fresh processes each (Node ${process.version})\n`)
console.log(
  '| tokenizer | cold build ms | heap kept MB | ArrayBuffers kept MB | total kept MB | tokenize µs/msg |',
)
console.log('|---|---|---|---|---|---|')
for (const r of [stock, compact])
  console.log(
    `| ${r.kind} | ${r.buildMs} | ${r.heapMB} | ${r.arrayBuffersMB} | ${r.keptMB} | ${r.perMessageUs} |`,
  )
console.log(
  `\ncompact vs stock: build ${(compact.buildMs / stock.buildMs).toFixed(2)}× (target ≤ 0.33×), kept ${compact.keptMB} MB (target ≤ 64 MB)`,
)
