import { writeFileSync } from 'node:fs'
import { availableParallelism, loadavg } from 'node:os'
import { PerformanceObserver } from 'node:perf_hooks'
import { loadDevSet, loadIntents } from '../../scripts/nlu/io.ts'
import { createAnalyzer } from '../../src/nlu/analyze.ts'
import { buildTokenizer } from '../../src/nlu/tokenizer.ts'
import { bundledCrisisModel, bundledGazetteer, bundledModel } from '../../src/runtime/node/bundled-models.ts'
import { nodeDictionaryLoader } from '../../src/runtime/node/dictionary-loader.ts'
import { type Classifier, keywordBaseline, trainNlpJs } from './peers.ts'
import { trainTfidfLr } from './tfidf-lr.ts'

// npm run bench:nlu — side by side in one run: our tokenizer's cold build and memory, our warm
// classify latency, NLP.js, TF-IDF + logistic regression and a keyword baseline trained on the same intents/, all scored on the
// held-out dev set. Needs --expose-gc (the npm script passes it).

const gc = (globalThis as { gc?: () => void }).gc
if (!gc) throw new Error('run with node --expose-gc (npm run bench:nlu does)')
const mem = () => {
  gc()
  gc()
  const m = process.memoryUsage()
  return { heap: m.heapUsed, ab: m.arrayBuffers }
}
const mb = (b: number) => `${(b / 1024 / 1024).toFixed(1)} MB`
const pctl = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!
}

const { intents, data } = loadIntents({ foreign: true })
const dev = loadDevSet()
if (dev.length === 0) throw new Error('no dev set in tests/fixtures/dev-set')

// 1. Tokenizer: cold build (first thing in the process) and the memory it keeps.
const before = mem()
const t0 = performance.now()
const tokenizer = await buildTokenizer(nodeDictionaryLoader())
const coldMs = performance.now() - t0
const after = mem()
const nlu = createAnalyzer(tokenizer, bundledModel, bundledGazetteer, { crisisModel: bundledCrisisModel })

interface Row {
  name: string
  accuracy: number
  p50: number
  p99: number
  /** Process CPU time per message (user + system), which a busy machine does not inflate. */
  cpuP99: number
  perSec: number
  train: string
}

const timeIt = async (
  name: string,
  classify: (t: string) => Promise<string> | string,
  train: string,
): Promise<Row> => {
  for (const c of dev.slice(0, 50)) await classify(c.text) // warm-up
  const times: number[] = []
  const cpu: number[] = []
  let correct = 0
  const rounds = 5
  const start = performance.now()
  for (let r = 0; r < rounds; r++) {
    for (const c of dev) {
      const s = performance.now()
      const u = process.cpuUsage()
      const label = await classify(c.text)
      const du = process.cpuUsage(u)
      times.push(performance.now() - s)
      cpu.push((du.user + du.system) / 1000)
      if (r === 0 && label === c.label) correct++
    }
  }
  const total = performance.now() - start
  return {
    name,
    accuracy: correct / dev.length,
    p50: pctl(times, 50),
    p99: pctl(times, 99),
    cpuP99: pctl(cpu, 99),
    perSec: (dev.length * rounds) / (total / 1000),
    train,
  }
}

const rows: Row[] = []
rows.push(
  await timeIt(
    'soudan-router NLU (crisis layer + classifier + entities)',
    (t) => nlu.analyze(t).intent,
    'build:model',
  ),
)
// BENCH_BASELINE=<dir>: the analyzer of another checkout (`git archive <commit> | tar -x -C <dir>`, with
// node_modules linked) with its own tokenizer (the Node tokenizer's code is part of what is timed) and
// this checkout's models, so a change of the code is timed beside what it replaced in the same run.
const baseline = process.env.BENCH_BASELINE
let baseNlu: typeof nlu | null = null
if (baseline) {
  const { createAnalyzer: baselineAnalyzer } = (await import(
    `${baseline}/src/nlu/analyze.ts`
  )) as typeof import('../../src/nlu/analyze.ts')
  const { buildTokenizer: baselineTokenizer } = (await import(
    `${baseline}/src/nlu/tokenizer.ts`
  )) as typeof import('../../src/nlu/tokenizer.ts')
  const baseTokens = await baselineTokenizer(nodeDictionaryLoader())
  const base = baselineAnalyzer(baseTokens, bundledModel, bundledGazetteer, {
    crisisModel: bundledCrisisModel,
  })
  baseNlu = base
  rows.push(
    await timeIt(`soudan-router NLU, baseline ${baseline}`, (t) => base.analyze(t).intent, 'build:model'),
  )
}
rows.push(
  await timeIt(
    'soudan-router classifier alone (no crisis layer)',
    (t) => nlu.analyze(t).ranked[0]!.label,
    'build:model',
  ),
)
const linearOnly = createAnalyzer(tokenizer, bundledModel, bundledGazetteer, {
  neighbours: false,
  crisisModel: bundledCrisisModel,
})
rows.push(
  await timeIt(
    'soudan-router, linear model only (no nearest-example, no crisis layer)',
    (t) => linearOnly.analyze(t).ranked[0]!.label,
    'build:model',
  ),
)
// Where the tail comes from: the first row's analyze() again (and the baseline's, when there is one), each
// message timed with its length and whether a GC ran during it (long messages, or collections?).
const tail = async (analyzer: typeof nlu, title: string) => {
  const gcs: { start: number; end: number }[] = []
  const observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) gcs.push({ start: e.startTime, end: e.startTime + e.duration })
  })
  observer.observe({ entryTypes: ['gc'] })
  const runs: { len: number; ms: number; cpu: number; at: number }[] = []
  for (let r = 0; r < 5; r++)
    for (const c of dev) {
      const at = performance.now()
      const u = process.cpuUsage()
      analyzer.analyze(c.text)
      const du = process.cpuUsage(u)
      runs.push({ len: c.text.length, ms: performance.now() - at, cpu: (du.user + du.system) / 1000, at })
    }
  await new Promise((r) => setTimeout(r, 50)) // the observer reports after the loop
  observer.disconnect()
  const withGc = (x: (typeof runs)[number]) => gcs.some((g) => g.start < x.at + x.ms && g.end > x.at)
  const p99 = pctl(
    runs.map((x) => x.ms),
    99,
  )
  const slow = runs.filter((x) => x.ms >= p99)
  const buckets = [
    [0, 20],
    [20, 40],
    [40, 80],
    [80, Number.POSITIVE_INFINITY],
  ] as const
  return [
    `Where the tail comes from (${title}, 5 passes): ${slow.length} messages at or above its p99 (${p99.toFixed(3)} ms), ${slow.filter(withGc).length} of them with a GC during the message; GC in all: ${gcs.length} pauses, ${gcs.reduce((n, g) => n + g.end - g.start, 0).toFixed(0)} ms.`,
    '',
    '| characters | messages | p50 | p99 | p99 CPU | of the messages at or above p99 |',
    '|---|---:|---:|---:|---:|---:|',
    ...buckets.map(([lo, hi]) => {
      const b = runs.filter((x) => x.len >= lo && x.len < hi)
      const ms = b.map((x) => x.ms)
      const cpu = b.map((x) => x.cpu)
      const label = Number.isFinite(hi) ? `${lo}–${hi - 1}` : `${lo}+`
      return b.length === 0
        ? `| ${label} | 0 | | | | |`
        : `| ${label} | ${b.length / 5} | ${pctl(ms, 50).toFixed(3)} ms | ${pctl(ms, 99).toFixed(3)} ms | ${pctl(cpu, 99).toFixed(3)} ms | ${slow.filter((x) => x.len >= lo && x.len < hi).length} |`
    }),
  ]
}
// With a baseline, each tail runs twice in turn (ours, the baseline's, ours, the baseline's) and the
// second of each is shown: the rows above run one after the other, so the first is the least warm.
const tailLines = await tail(nlu, 'the first row again')
if (baseNlu) {
  await tail(baseNlu, '')
  tailLines.splice(0, tailLines.length, ...(await tail(nlu, 'the first row again, after a pass of each')))
  tailLines.push('', ...(await tail(baseNlu, `the baseline ${baseline}, after a pass of each`)))
}

const tn = performance.now()
const nlpjs: Classifier = await trainNlpJs(data)
const nlpjsTrain = `${((performance.now() - tn) / 1000).toFixed(1)} s`
rows.push(await timeIt('NLP.js 4 (@nlpjs/nlp + lang-ja), same data', (t) => nlpjs.classify(t), nlpjsTrain))
const tl = performance.now()
const tfidf = trainTfidfLr(tokenizer, data)
const tfidfTrain = `${((performance.now() - tl) / 1000).toFixed(1)} s`
rows.push(
  await timeIt(
    'TF-IDF + logistic regression (base forms, bigrams), same data',
    (t) => tfidf.classify(t),
    tfidfTrain,
  ),
)
const kw = keywordBaseline(intents)
rows.push(await timeIt('keyword baseline (staff phrases only)', (t) => kw.classify(t), '—'))

const lines = [
  '# NLU benchmark (`npm run bench:nlu`)',
  '',
  `Node ${process.version}, ${new Date().toISOString().slice(0, 10)}; dev set: ${dev.length} held-out messages; training: ${data.length} texts from intents/.`,
  '',
  `Tokenizer (kuromoji IPADIC via @patdx/kuromoji): cold build ${coldMs.toFixed(0)} ms; kept after GC: heap +${mb(after.heap - before.heap)}, ArrayBuffers +${mb(after.ab - before.ab)}.`,
  '',
  '| system | dev top-1 | p50 / message | p99 / message | p99 CPU / message | messages/s (warm) | training |',
  '|---|---:|---:|---:|---:|---:|---:|',
  ...rows.map(
    (r) =>
      `| ${r.name} | ${(r.accuracy * 100).toFixed(1)}% | ${r.p50.toFixed(3)} ms | ${r.p99.toFixed(3)} ms | ${r.cpuP99.toFixed(3)} ms | ${Math.round(r.perSec)} | ${r.train} |`,
  ),
  '',
  'Latency is per message, warm, 5 passes over the dev set, one process. Our rows include tokenizing,',
  'normalization, features, the model, clause splitting and every entity parser. Wall-clock p99 includes',
  'GC pauses and the machine being busy; p99 CPU is process CPU time per message summed over all threads',
  '(V8 runs GC on helper threads in parallel, so it can exceed the wall-clock time).',
  ...(baseline
    ? [
        '',
        'The baseline row shares this process and is loaded second: a copy of the same code loaded so ran',
        'p50 0.587 against 0.879 ms (A/A, 2026-12-07), so compare the two with bench/nlu/ab-process.ts.',
      ]
    : []),
  '',
  ...tailLines,
  '',
  `Load average when run: ${loadavg()
    .map((x) => x.toFixed(1))
    .join(' / ')} on ${availableParallelism()} CPUs.`,
]
const table = lines.join('\n')
console.log(table)
// BENCH_OUT=<file> keeps the table (e.g. to paste into docs/benchmarks.md); nothing is written by default.
if (process.env.BENCH_OUT) writeFileSync(process.env.BENCH_OUT, `${table}\n`)
