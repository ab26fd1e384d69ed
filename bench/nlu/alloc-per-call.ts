// node --expose-gc --max-semi-space-size=256 --import tsx bench/nlu/alloc-per-call.ts [checkout] — the bytes
// one analyze() call allocates, over bench:nlu's dev messages: the heap is collected, every dev message
// analyzed once, and the heap's growth read; a pass during which V8 collected anything (a gc performance
// entry) is thrown away and run again, so what is read is what the calls allocated, garbage included.
// The young generation is made large (256 MB semi-spaces) so that a pass of ~500 messages fits in it.
// Garbage is what makes bench:nlu's wall-clock tail: each scavenge pauses the next call.
// `checkout` is another tree's src (`git archive <commit> | tar -x -C <dir>`, node_modules linked), on this
// checkout's models: run one process per side, one after the other.
import { resolve } from 'node:path'
import { loadDevSet } from '../../scripts/nlu/io.ts'
import { checkoutAnalyzer, countCollections } from './checkout-analyzer.ts'

const gc = (globalThis as { gc?: () => void }).gc
if (!gc) throw new Error('run with node --expose-gc --max-semi-space-size=256 --import tsx')
const dir = resolve(process.argv[2] ?? '.')
const nlu = await checkoutAnalyzer(dir)
const dev = loadDevSet().map((c) => c.text)
const collections = countCollections()
const settle = () => new Promise((r) => setTimeout(r, 0))

// Warm-up: every path compiled (optimised code allocates less than the interpreter's).
for (let r = 0; r < 5; r++) for (const text of dev) nlu.analyze(text)

const PASSES = Number(process.env.ALLOC_PASSES ?? 15)
const perCall: number[] = []
let thrown = 0
while (perCall.length < PASSES) {
  gc()
  await settle()
  const seen = collections.n
  const before = process.memoryUsage().heapUsed
  for (const text of dev) nlu.analyze(text)
  const after = process.memoryUsage().heapUsed
  await settle()
  if (collections.n !== seen) {
    // The observer's entries arrive after the pass; any collection in it spoils the reading.
    thrown++
    if (thrown > 50) throw new Error('a collection in every pass: raise --max-semi-space-size')
    continue
  }
  perCall.push((after - before) / dev.length)
}
const sorted = [...perCall].sort((a, b) => a - b)
console.log(
  `${dir}: ${(sorted[sorted.length >> 1]! / 1024).toFixed(2)} KB allocated per analyze() (median of ${PASSES} passes over ${dev.length} dev messages; min ${(sorted[0]! / 1024).toFixed(2)}, max ${(sorted.at(-1)! / 1024).toFixed(2)}; ${thrown} passes thrown away for a collection)`,
)
