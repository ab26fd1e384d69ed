import { spawnSync } from 'node:child_process'
import { loadavg } from 'node:os'
import { resolve } from 'node:path'
import { loadDevSet } from '../../scripts/nlu/io.ts'
import { checkoutAnalyzer, countCollections } from './checkout-analyzer.ts'

// BENCH_BASELINE=<dir> npx tsx bench/nlu/ab-process.ts — this checkout's analyze() against another
// checkout's (`git archive <commit> | tar -x -C <dir>`, node_modules linked), each in a process of its
// own, in the order A B B A A B … (AB_RUNS pairs, default 3), on this checkout's models. Each process
// times what bench:nlu's first row times (50 messages of warm-up, then 5 passes over the dev set, each
// message's wall clock and process CPU), then 5 passes more (its tail pass), and hashes every result.
//
// Why processes: two analyzers in one process do not run alike even when they are the same code. In
// one process (load 4–6, 2026-12-07) the same commit's analyzer loaded a second time from another
// directory took 848 against 621 µs a dev message, and the same module built twice 587 against 532;
// bench:nlu with BENCH_BASELINE pointing at a copy of its own checkout showed p50 0.587 against 0.879 ms.
// So a baseline row in bench:nlu or ab-analyze reads the load order, not only the code.

const root = resolve(import.meta.dirname, '../..')

interface Reading {
  p50: number
  p99: number
  cpuP99: number
  again: { p50: number; p99: number; long50: number }
  gc: number
  hash: string
  load: number
}

const pctl = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!
}

const child = async (dir: string): Promise<Reading> => {
  const { hashString } = await import('../../src/nlu/model.ts')
  const nlu = await checkoutAnalyzer(dir)
  const dev = loadDevSet().map((c) => c.text)
  const collections = countCollections()
  const pass = () => {
    const ms: number[] = []
    const cpu: number[] = []
    const long: number[] = []
    for (let r = 0; r < 5; r++)
      for (const text of dev) {
        const at = performance.now()
        const u = process.cpuUsage()
        nlu.analyze(text)
        const du = process.cpuUsage(u)
        const t = performance.now() - at
        ms.push(t)
        cpu.push((du.user + du.system) / 1000)
        if (text.length >= 80) long.push(t)
      }
    return { ms, cpu, long }
  }
  for (const text of dev.slice(0, 50)) nlu.analyze(text)
  const first = pass()
  const again = pass()
  await new Promise((r) => setTimeout(r, 50)) // the observer reports after the loop
  return {
    p50: pctl(first.ms, 50),
    p99: pctl(first.ms, 99),
    cpuP99: pctl(first.cpu, 99),
    again: { p50: pctl(again.ms, 50), p99: pctl(again.ms, 99), long50: pctl(again.long, 50) },
    gc: collections.n,
    hash: hashString(dev.map((t) => JSON.stringify(nlu.analyze(t))).join('\n')),
    load: loadavg()[0]!,
  }
}

if (process.argv[2] === '--child') {
  console.log(JSON.stringify(await child(process.argv[3]!)))
} else {
  const baseline = process.env.BENCH_BASELINE
  if (!baseline) throw new Error('set BENCH_BASELINE=<dir of the checkout to compare with>')
  const runs = Number(process.env.AB_RUNS ?? 3)
  const sides = { this: root, baseline: resolve(baseline) }
  const readings: Record<keyof typeof sides, Reading[]> = { this: [], baseline: [] }
  for (let r = 0; r < runs; r++) {
    const order: (keyof typeof sides)[] = r % 2 === 0 ? ['this', 'baseline'] : ['baseline', 'this']
    for (const side of order) {
      const out = spawnSync(
        process.execPath,
        ['--expose-gc', '--import', 'tsx', import.meta.filename, '--child', sides[side]],
        { cwd: root, encoding: 'utf8', maxBuffer: 1 << 24 },
      )
      if (out.status !== 0) throw new Error(`${side} failed:\n${out.stderr}`)
      const reading = JSON.parse(out.stdout.trim().split('\n').at(-1)!) as Reading
      readings[side].push(reading)
      console.error(`${side}: ${JSON.stringify(reading)}`)
    }
  }
  const same = new Set([...readings.this, ...readings.baseline].map((x) => x.hash)).size === 1
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!
  const f = (side: keyof typeof sides, pick: (x: Reading) => number) =>
    `${median(readings[side].map(pick)).toFixed(3)} (${readings[side].map((x) => pick(x).toFixed(2)).join(', ')})`
  console.log(
    `${same ? 'Every' : 'NOT every'} dev message analyzed alike on both sides (a hash of all results per process).`,
    `\n\n| ms, median (each run) | ${sides.baseline} | this checkout |\n|---|---|---|`,
  )
  const rows: [string, (x: Reading) => number][] = [
    ['p50', (x) => x.p50],
    ['p99', (x) => x.p99],
    ['p99 CPU', (x) => x.cpuP99],
    ['tail pass p50', (x) => x.again.p50],
    ['tail pass p99', (x) => x.again.p99],
    ['tail pass 80+ characters p50', (x) => x.again.long50],
    ['GC pauses (both passes)', (x) => x.gc],
    ['load average at the end', (x) => x.load],
  ]
  for (const [name, pick] of rows) console.log(`| ${name} | ${f('baseline', pick)} | ${f('this', pick)} |`)
}
