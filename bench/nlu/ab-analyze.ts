import { loadavg } from 'node:os'
import { loadDevSet } from '../../scripts/nlu/io.ts'
import { buildExampleIndex, createAnalyzer } from '../../src/nlu/analyze.ts'
import { buildTokenizer } from '../../src/nlu/tokenizer.ts'
import { bundledCrisisModel, bundledGazetteer, bundledModel } from '../../src/runtime/node/bundled-models.ts'
import { nodeDictionaryLoader } from '../../src/runtime/node/dictionary-loader.ts'

// BENCH_BASELINE=<dir> npx tsx bench/nlu/ab-analyze.ts — this checkout's analyze() against another
// checkout's (`git archive <commit> | tar -x -C <dir>`, node_modules linked), interleaved in one process
// on one tokenizer and the same models, each on the neighbour index its own code builds. First it checks
// that both give the same result on every dev message (a speed change must not change what is said),
// then times the dev messages of 80+ and 60+ characters and all of them: process CPU per message, the
// median of AB_ROUNDS rounds (default 15) that alternate which analyzer goes first. On a shared machine
// this is the comparison that holds: both sides see the same load, minute by minute.

const baseline = process.env.BENCH_BASELINE
if (!baseline) throw new Error('set BENCH_BASELINE=<dir of the checkout to compare with>')
const base = (await import(`${baseline}/src/nlu/analyze.ts`)) as typeof import('../../src/nlu/analyze.ts')

const dev = loadDevSet().map((c) => c.text)
const tokenizer = await buildTokenizer(nodeDictionaryLoader())
const options = (neighbourIndex: ReturnType<typeof buildExampleIndex>) => ({
  crisisModel: bundledCrisisModel,
  neighbourIndex,
})
const before = base.createAnalyzer(
  tokenizer,
  bundledModel,
  bundledGazetteer,
  options(base.buildExampleIndex(tokenizer, bundledModel, bundledGazetteer)),
)
const after = createAnalyzer(
  tokenizer,
  bundledModel,
  bundledGazetteer,
  options(buildExampleIndex(tokenizer, bundledModel, bundledGazetteer)),
)

const differ = dev.filter((t) => JSON.stringify(before.analyze(t)) !== JSON.stringify(after.analyze(t)))
console.log(`${differ.length} of ${dev.length} dev messages analyzed differently`)

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!
const rounds = Number(process.env.AB_ROUNDS ?? 15)
const sets: [string, string[]][] = [
  ['80+ characters', dev.filter((t) => t.length >= 80)],
  ['60+ characters', dev.filter((t) => t.length >= 60)],
  ['all', dev],
]
console.log(
  `\n| messages | n | ${baseline} | this checkout | change | load at the end |\n|---|---:|---:|---:|---:|---:|`,
)
for (const [name, texts] of sets) {
  // About 400 analyses a timing, so a round of the few long messages is not one clock tick.
  const passes = Math.max(1, Math.round(400 / texts.length))
  const cpu = (nlu: typeof after) => {
    const u = process.cpuUsage()
    for (let p = 0; p < passes; p++) for (const t of texts) nlu.analyze(t)
    const d = process.cpuUsage(u)
    return (d.user + d.system) / passes / texts.length
  }
  cpu(before)
  cpu(after)
  const a: number[] = []
  const b: number[] = []
  for (let r = 0; r < rounds; r++)
    if (r % 2 === 0) {
      a.push(cpu(before))
      b.push(cpu(after))
    } else {
      b.push(cpu(after))
      a.push(cpu(before))
    }
  const [ma, mb] = [median(a), median(b)]
  console.log(
    `| ${name} | ${texts.length} | ${ma.toFixed(0)} µs | ${mb.toFixed(0)} µs | ${(((mb - ma) / ma) * 100).toFixed(1)} % | ${loadavg()[0]!.toFixed(1)} |`,
  )
}
