// node --expose-gc --import tsx bench/edge/worker-heap-growth.ts [--snapshot=<file>] — what the Worker's NLU
// keeps after its first message and after every dev text (tests/fixtures/crisis-corpus and dev-dialogs, each
// turn once, in file order): heap + ArrayBuffers after GC, as worker-heap-probe.ts counts them. The probe
// reads an isolate after one turn; this reads what caches add over its life (an isolate lives for many
// residents' messages, all distinct). Loads as an isolate does: binary models, compact dictionary and the
// prebuilt index from dist/assets (npm run build:worker). The snapshot, if asked, is taken at the end
// (read it with bench/edge/heap-retainers.ts).
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { writeHeapSnapshot } from 'node:v8'
import { compactJaTokenizer } from '../../src/dict/ja-tokenizer.ts'
import { loadCompactTokenizer } from '../../src/dict/load-compact.ts'
import { createNlu } from '../../src/nlu/create-nlu.ts'
import { BINARY_MODEL_FILES, loadNluModels } from '../../src/nlu/models.ts'
import { parseNeighbourIndex } from '../../src/nlu/neighbours.ts'

const gc = (globalThis as { gc?: () => void }).gc
if (!gc) throw new Error('run with node --expose-gc')
const bytes = (path: string) => {
  const b = readFileSync(path)
  return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer
}
const tokenizer = compactJaTokenizer(
  await loadCompactTokenizer(async (name) => bytes(`dist/assets/dict/${name}`)),
)
const models = await loadNluModels(async (name) => bytes(`dist/assets/nlu/${name}`), BINARY_MODEL_FILES)
const neighbourIndex = parseNeighbourIndex(bytes('dist/assets/nlu/neighbours.bin'), models.model.contentHash)
const nlu = await createNlu({ tokenizer, models, neighbourIndex })
const texts: string[] = []
for (const dir of ['tests/fixtures/crisis-corpus', 'tests/fixtures/dev-dialogs'])
  for (const f of readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort())
    for (const line of readFileSync(join(dir, f), 'utf8').split('\n'))
      if (line.trim()) texts.push(...(JSON.parse(line) as { turns: string[] }).turns)
const kept = () => {
  gc()
  gc()
  const m = process.memoryUsage()
  return `${((m.heapUsed + m.arrayBuffers) / 1048576).toFixed(1)} MB (heap ${(m.heapUsed / 1048576).toFixed(1)})`
}
nlu.analyze(texts[0]!)
console.log(`after 1 text: ${kept()}`)
const marks = new Set([1000, 5000, texts.length])
texts.forEach((t, i) => {
  nlu.analyze(t)
  if (marks.has(i + 1)) console.log(`after ${i + 1} texts: ${kept()}`)
})
const snapshot = process.argv.find((a) => a.startsWith('--snapshot='))?.slice('--snapshot='.length)
if (snapshot) console.error(`heap snapshot → ${writeHeapSnapshot(snapshot)}`)
