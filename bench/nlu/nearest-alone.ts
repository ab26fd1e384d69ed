import { loadavg } from 'node:os'
import { resolve } from 'node:path'
import { loadDevSet } from '../../scripts/nlu/io.ts'
import { buildExampleIndex } from '../../src/nlu/analyze.ts'
import { analyzeText, extractFeatures } from '../../src/nlu/features.ts'
import { maskPlaces } from '../../src/nlu/gazetteer.ts'
import { parseNeighbourIndex, serializeNeighbourIndex } from '../../src/nlu/neighbours.ts'
import { buildTokenizer } from '../../src/nlu/tokenizer.ts'
import { bundledGazetteer, bundledModel } from '../../src/runtime/node/bundled-models.ts'
import { nodeDictionaryLoader } from '../../src/runtime/node/dictionary-loader.ts'

// [NEIGHBOURS_FROM=<checkout>] npx tsx bench/nlu/nearest-alone.ts — nearestByLabel alone, CPU µs per
// dev message (all, and 80+ characters), median of 7 rounds of 20 passes, on the index built in this
// process and on the file form (2-byte ids, value codes: what the Worker and the Node server read).
// NEIGHBOURS_FROM takes nearestByLabel from another checkout (`git archive … | tar -x`), the features
// and the index from this one; run the two in turn, one process each (one process per side: see
// ab-process.ts on why), and `cmp` dump-analyze for exactness: this only times.

const root = resolve(import.meta.dirname, '../..')
const from = process.env.NEIGHBOURS_FROM ?? root
const { nearestByLabel } = (await import(
  `${from}/src/nlu/neighbours.ts`
)) as typeof import('../../src/nlu/neighbours.ts')
const tokenizer = await buildTokenizer(nodeDictionaryLoader())
const mask = maskPlaces(bundledGazetteer)
const built = buildExampleIndex(tokenizer, bundledModel, bundledGazetteer)
const file = parseNeighbourIndex(serializeNeighbourIndex(built, 'h').slice().buffer, 'h')
const phrases = { entries: bundledModel.phrases }
const dev = loadDevSet().map((c) => c.text)
const all = dev.map((t) => extractFeatures(analyzeText(tokenizer, t, mask), phrases))
const long = all.filter((_, i) => dev[i]!.length >= 80)
const scratch = new Float64Array(built.labelOf.length)

const median = (index: typeof file, set: typeof all) => {
  const rounds: number[] = []
  for (let r = 0; r < 7; r++) {
    const at = process.cpuUsage()
    for (let p = 0; p < 20; p++) for (const v of set) nearestByLabel(index, v, scratch)
    const d = process.cpuUsage(at)
    rounds.push((d.user + d.system) / (20 * set.length))
  }
  return rounds.sort((a, b) => a - b)[3]!.toFixed(1)
}
const row = { from, built: { all: median(built, all), long: median(built, long) } }
const rowFile = { all: median(file, all), long: median(file, long) }
console.log(
  JSON.stringify({ ...row, file: rowFile, messages: [all.length, long.length], load: loadavg()[0] }),
)
