import { loadavg } from 'node:os'
import { loadDevSet } from '../../scripts/nlu/io.ts'
import { buildExampleIndex, createAnalyzer } from '../../src/nlu/analyze.ts'
import { buildTokenizer } from '../../src/nlu/tokenizer.ts'
import { bundledCrisisModel, bundledGazetteer, bundledModel } from '../../src/runtime/node/bundled-models.ts'
import { nodeDictionaryLoader } from '../../src/runtime/node/dictionary-loader.ts'

// BENCH_BASELINE=<dir> npx tsx bench/nlu/ab-analyze.ts — this checkout's analyze() against another
// checkout's (`git archive <commit> | tar -x -C <dir>`, node_modules linked), interleaved in one process
// on the same models, each with its own Node tokenizer (src/nlu/tokenizer.ts is part of what is timed)
// and on the neighbour index its own code builds. First it checks
// that both give the same result on every dev message (a speed change must not change what is said),
// then times the dev messages of 80+ and 60+ characters and all of them: process CPU per message, the
// median of AB_ROUNDS rounds (default 15) that alternate which analyzer goes first, and the GC pauses
// (count, ms) that fell inside each side's timings. On a shared machine this is the comparison that
// holds: both sides see the same load, minute by minute. AB_PART=tokenize times each side's Node
// tokenizer alone on the same messages (after checking both give the same tokens).
// Beware: the two analyzers do not run alike even as the same code: 9 rounds of a copy of d5506e0 against
// d5506e0 itself (load 1.8) read +12.9 % for 80+ characters and +5.5 % for all. For a change of a few per
// cent, switch it inside one checkout, or use bench/nlu/ab-process.ts (a process per side).

const baseline = process.env.BENCH_BASELINE
if (!baseline) throw new Error('set BENCH_BASELINE=<dir of the checkout to compare with>')
const base = (await import(`${baseline}/src/nlu/analyze.ts`)) as typeof import('../../src/nlu/analyze.ts')
const baseTokens = (await import(
  `${baseline}/src/nlu/tokenizer.ts`
)) as typeof import('../../src/nlu/tokenizer.ts')

const dev = loadDevSet().map((c) => c.text)
const tokenizer = await buildTokenizer(nodeDictionaryLoader())
const options = (neighbourIndex: ReturnType<typeof buildExampleIndex>) => ({
  crisisModel: bundledCrisisModel,
  neighbourIndex,
})
const baseTokenizer = await baseTokens.buildTokenizer(nodeDictionaryLoader())
const before = base.createAnalyzer(
  baseTokenizer,
  bundledModel,
  bundledGazetteer,
  options(base.buildExampleIndex(baseTokenizer, bundledModel, bundledGazetteer)),
)
const after = createAnalyzer(
  tokenizer,
  bundledModel,
  bundledGazetteer,
  options(buildExampleIndex(tokenizer, bundledModel, bundledGazetteer)),
)

const tokenizeOnly = process.env.AB_PART === 'tokenize'
type Side = (text: string) => unknown
const [runBefore, runAfter]: [Side, Side] = tokenizeOnly
  ? [(t) => baseTokenizer.tokenize(t), (t) => tokenizer.tokenize(t)]
  : [(t) => before.analyze(t), (t) => after.analyze(t)]
const differ = dev.filter((t) => JSON.stringify(runBefore(t)) !== JSON.stringify(runAfter(t)))
console.log(
  `${differ.length} of ${dev.length} dev messages ${tokenizeOnly ? 'tokenized' : 'analyzed'} differently`,
)

// GC pauses as the runtime reports them, charged to the side whose timing they fell in.
const pauses: { start: number; end: number }[] = []
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) pauses.push({ start: e.startTime, end: e.startTime + e.duration })
}).observe({ entryTypes: ['gc'] })
const gcIn = (from: number, to: number) => {
  const inside = pauses.filter((g) => g.start >= from && g.start < to)
  return { n: inside.length, ms: inside.reduce((t, g) => t + g.end - g.start, 0) }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!
const rounds = Number(process.env.AB_ROUNDS ?? 15)
const sets: [string, string[]][] = [
  ['80+ characters', dev.filter((t) => t.length >= 80)],
  ['60+ characters', dev.filter((t) => t.length >= 60)],
  ['all', dev],
]
console.log(
  `\n| messages | n | ${baseline} | this checkout | change | GC pauses (ms), baseline / this | load at the end |\n|---|---:|---:|---:|---:|---:|---:|`,
)
for (const [name, texts] of sets) {
  // About 400 analyses a timing, so a round of the few long messages is not one clock tick.
  const passes = Math.max(1, Math.round(400 / texts.length))
  const windows = new Map<Side, [number, number][]>([
    [runBefore, []],
    [runAfter, []],
  ])
  const cpu = (side: Side) => {
    const at = performance.now()
    const u = process.cpuUsage()
    for (let p = 0; p < passes; p++) for (const t of texts) side(t)
    const d = process.cpuUsage(u)
    windows.get(side)!.push([at, performance.now()])
    return (d.user + d.system) / passes / texts.length
  }
  cpu(runBefore)
  cpu(runAfter)
  const a: number[] = []
  const b: number[] = []
  for (let r = 0; r < rounds; r++)
    if (r % 2 === 0) {
      a.push(cpu(runBefore))
      b.push(cpu(runAfter))
    } else {
      b.push(cpu(runAfter))
      a.push(cpu(runBefore))
    }
  const [ma, mb] = [median(a), median(b)]
  await new Promise((r) => setTimeout(r, 50)) // the observer reports after the loop
  const gc = (side: Side) => {
    const all = windows
      .get(side)!
      .slice(1)
      .map(([from, to]) => gcIn(from, to))
    return `${all.reduce((t, g) => t + g.n, 0)} (${all.reduce((t, g) => t + g.ms, 0).toFixed(0)})`
  }
  console.log(
    `| ${name} | ${texts.length} | ${ma.toFixed(0)} µs | ${mb.toFixed(0)} µs | ${(((mb - ma) / ma) * 100).toFixed(1)} % | ${gc(runBefore)} / ${gc(runAfter)} | ${loadavg()[0]!.toFixed(1)} |`,
  )
}
