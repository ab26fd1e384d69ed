// npm run bench:edge (after dict-bench.ts) — cold start of the Worker in workerd via `wrangler dev`,
// side by side in one run: the deployed build (wrangler.toml, compact dictionary) and a bench-only
// variant with stock kuromoji (bench/edge/wrangler.stock.toml), above a bare Hono floor. Each variant
// is bundled once by wrangler itself (`wrangler deploy --dry-run`, exactly what would be uploaded) and
// every run serves that bundle from a fresh `wrangler dev` with bundling off (prebundleWorker), so
// edits elsewhere in the tree cannot reload the Worker mid-measurement:
//   spawn → ready   wrangler start and workerd start (local tooling, not Cloudflare);
//   ready → answer  the isolate's cold build (module load, YAML parse, dictionary from assets,
//                   tokenizer) plus one conversation turn: what a resident waits for on a cold isolate.
// Then each bundle again in workerd through Miniflare, without the DevTools inspector wrangler dev
// attaches, whose capture of every asset body dominates the first table (bench/edge/miniflare-run.ts):
// the nearer figure for a cold isolate on Cloudflare, where no inspector runs.
// Memory: workerd exposes no per-isolate figure locally (its inspector proxy does not answer
// Runtime.getHeapUsage), so this reports the workerd processes' RSS growth across the cold build.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, statSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { gzipSync } from 'node:zlib'
import { chat, prebundleWorker, requireWrangler, startDevWorker } from '../../scripts/worker/dev-process.ts'
import { coldStartWithoutInspector } from './miniflare-run.ts'
import { workerdCpuMs, workerdRssMB } from './workerd-procs.ts'

const RUNS = Number(process.env.BENCH_RUNS ?? 3)
const WARM_TURNS = 20
const cli = requireWrangler()
if (!cli) process.exit(1)

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!
const work = mkdtempSync(join(tmpdir(), 'soudan-cold-start-'))

/** Bundles a variant once, as `wrangler deploy` would, and returns a no-bundle config serving it. */
const prebundle = (name: string, config: string, assets: string | null) => {
  const { toml, bundleMs, script } = prebundleWorker(cli, config, join(work, name))
  return {
    toml,
    bundleDir: join(work, name),
    assetsDir: assets ? resolve(assets) : null,
    bundleMs,
    scriptMB: Math.round((script.length / 1024 / 1024) * 100) / 100,
    gzipMB: Math.round((gzipSync(script).length / 1024 / 1024) * 100) / 100,
    assetsMB: assets ? Math.round((readdirSize(resolve(assets)) / 1024 / 1024) * 10) / 10 : 0,
  }
}

const readdirSize = (dir: string): number =>
  execFileSync('find', [dir, '-type', 'f'], { encoding: 'utf8' })
    .trim()
    .split('\n')
    .reduce((sum, f) => sum + statSync(f).size, 0)

const once = async (config: string) => {
  const worker = await startDevWorker(
    cli,
    { SESSION_STORE: 'memory', LOG_LEVEL: 'info' },
    { warm: false, config },
  )
  try {
    const rssBefore = workerdRssMB(worker.child.pid!)
    const cpuAtReady = workerdCpuMs(worker.child.pid!)
    // The machine is shared: every timing is printed beside the 1-minute load average it ran at.
    const load = loadavg()[0]!
    const t0 = performance.now()
    // Generous client timeouts: on a busy shared machine a cold isolate has taken over 20 s, and the
    // turn after it 5 s (2026-12-06, load average 15–25).
    const first = await chat(worker.url, { text: '母の物忘れがひどくて心配です' }, 120_000).catch(
      (err: unknown) => {
        throw new Error(`${String(err)}\n${worker.output()}`)
      },
    )
    const answerMs = performance.now() - t0
    if (first.status !== 200 || first.messages.length === 0)
      throw new Error(`unexpected first answer ${first.status}:\n${worker.output()}`)
    const rssAfter = workerdRssMB(worker.child.pid!)
    const cpuAtAnswer = workerdCpuMs(worker.child.pid!)
    const warm: number[] = []
    // The first turns after the first answer still compile code paths (a warm isolate has served many):
    // WARM_TURNS unreported turns first, then WARM_TURNS measured ones, for the floor alike.
    for (let i = 0; i < 2 * WARM_TURNS; i++) {
      const t = performance.now()
      const r = await chat(worker.url, { text: '父の介護のことで相談したいです' }, 120_000).catch(
        (err: unknown) => {
          throw new Error(`${String(err)}\n${worker.output()}`)
        },
      )
      if (r.status !== 200) throw new Error(`warm turn failed ${r.status}`)
      if (i >= WARM_TURNS) warm.push(performance.now() - t)
    }
    const started = worker.events().find((e) => e.event === 'started')
    return {
      readyMs: worker.timings.readyMs,
      answerMs,
      totalMs: worker.timings.readyMs + answerMs,
      isolateBuildMs: Number(started?.build_ms ?? Number.NaN),
      rssGrowthMB: Math.round((rssAfter - rssBefore) * 10) / 10,
      rssAfterMB: rssAfter,
      warmTurnMs: median(warm),
      load: Math.round(load * 10) / 10,
      cpuToReadyMs: cpuAtReady,
      cpuToAnswerMs: cpuAtAnswer,
    }
  } finally {
    await worker.stop()
  }
}

/** Other work in the tree (a file saved under `wrangler dev`) can reload the Worker mid-run: retry that run. */
const measure = async (config: string) => {
  for (let attempt = 1; ; attempt++) {
    try {
      return await once(config)
    } catch (err) {
      if (attempt >= 3 || !String(err).includes('restarted mid-request')) throw err
      console.error(`run disturbed by a reload (attempt ${attempt}); running it again`)
    }
  }
}

// The floor: what wrangler dev and workerd cost with no app at all (bench/edge/floor-worker.ts).
const only = process.env.BENCH_VARIANTS?.split(',')
const baseline = process.env.BENCH_BASELINE ? resolve(process.env.BENCH_BASELINE) : null
// Only the variants asked for are bundled (each bundle takes wrangler tens of seconds).
const variants = [
  { name: 'bare Hono Worker (floor)', config: 'bench/edge/wrangler.floor.toml', assets: null, dir: 'floor' },
  {
    name: 'compact dictionary (wrangler.toml)',
    config: 'wrangler.toml',
    assets: 'dist/assets',
    dir: 'compact',
  },
  {
    name: 'stock kuromoji (bench variant)',
    config: 'bench/edge/wrangler.stock.toml',
    assets: 'node_modules/kuromoji/dict',
    dir: 'stock',
  },
  // BENCH_BASELINE=<dir>: another checkout (git archive <commit> | tar -x -C <dir>, node_modules linked,
  // `npm run build:worker` run there), bundled and run in the same run for a side-by-side before/after.
  ...(baseline
    ? [
        {
          name: `baseline ${baseline}`,
          config: join(baseline, 'wrangler.toml'),
          assets: join(baseline, 'dist/assets'),
          dir: 'baseline',
        },
      ]
    : []),
]
  .filter((v) => !only || only.some((o) => v.name.includes(o)) || v.name.startsWith('baseline'))
  .map((v) => ({ name: v.name, ...prebundle(v.dir, v.config, v.assets) }))
const rows: { name: string; r: Awaited<ReturnType<typeof once>> }[] = []
const quiet: { name: string; r: Awaited<ReturnType<typeof coldStartWithoutInspector>> & { load: number } }[] =
  []
for (let i = 0; i < RUNS; i++) {
  // Interleaved, so a busy moment on the machine does not fall on one variant only.
  for (const v of variants) {
    rows.push({ name: v.name, r: await measure(v.toml) })
    const load = Math.round(loadavg()[0]! * 10) / 10
    // The stock variant's assets are kuromoji's own files, which its Worker reads by other names.
    if (!v.name.startsWith('stock'))
      quiet.push({
        name: v.name,
        r: { ...(await coldStartWithoutInspector(v.bundleDir, v.assetsDir, WARM_TURNS)), load },
      })
  }
}
// The isolate's own memory, estimated by building the same app in fresh Node processes (see the probe).
// The baseline's probe runs in its own checkout, on its own code and models.
const probe = (kind: string) =>
  JSON.parse(
    execFileSync(
      process.execPath,
      [
        '--expose-gc',
        '--import',
        'tsx',
        'bench/edge/worker-heap-probe.ts',
        kind === 'baseline' ? 'compact' : kind,
      ],
      { encoding: 'utf8', ...(kind === 'baseline' && baseline ? { cwd: baseline } : {}) },
    ).trim(),
  ) as { heapMB: number; arrayBuffersMB: number; keptMB: number }
const heapKinds = [
  ...(baseline ? ['baseline'] : []),
  'compact',
  ...(only && !only.includes('stock') ? [] : ['stock']),
]
const heap = heapKinds.map((kind) => {
  const runs = Array.from({ length: RUNS }, () => probe(kind))
  return {
    kind,
    heapMB: median(runs.map((r) => r.heapMB)),
    arrayBuffersMB: median(runs.map((r) => r.arrayBuffersMB)),
    keptMB: median(runs.map((r) => r.keptMB)),
  }
})
rmSync(work, { recursive: true, force: true })
const round = (x: number) => Math.round(x)
console.log(`\nWorker cold start in workerd (wrangler dev, local), median of ${RUNS} fresh processes each\n`)
console.log(
  '| build | spawn → ready ms | ready → first answer ms (target < 1000) | spawn → first answer ms | isolate build ms (in-isolate clock) | workerd RSS growth MB | workerd RSS after MB | warm turn ms | workerd CPU ms spawn → ready | workerd CPU ms spawn → first answer | load avg (1 min) |',
)
console.log('|---|---|---|---|---|---|---|---|---|---|---|')
for (const v of variants) {
  const rs = rows.filter((x) => x.name === v.name).map((x) => x.r)
  const m = (k: keyof (typeof rs)[number]) => median(rs.map((r) => r[k]))
  console.log(
    `| ${v.name} | ${round(m('readyMs'))} | ${round(m('answerMs'))} | ${round(m('totalMs'))} | ${Number.isFinite(m('isolateBuildMs')) ? round(m('isolateBuildMs')) : '–'} | ${m('rssGrowthMB')} | ${m('rssAfterMB')} | ${m('warmTurnMs').toFixed(1)} | ${m('cpuToReadyMs')} | ${m('cpuToAnswerMs')} | ${m('load')} |`,
  )
}
console.log(
  `\nThe same bundles in workerd through Miniflare, without the DevTools inspector that wrangler dev attaches (its Network capture of every asset body dominates the table above; bench/edge/miniflare-run.ts), median of ${RUNS}\n`,
)
console.log(
  '| build | first answer ms (target < 1000) | workerd CPU ms for the first answer | warm turn ms | warm turn ÷ floor | load avg (1 min) |',
)
console.log('|---|---|---|---|---|---|')
const quietOf = (name: string) => quiet.filter((x) => x.name === name).map((x) => x.r)
const floorWarm = quietOf(variants[0]!.name).map((r) => r.warmTurnMs)
for (const v of variants) {
  const rs = quietOf(v.name)
  if (rs.length === 0) continue
  const warm = median(rs.map((r) => r.warmTurnMs))
  const ratio =
    floorWarm.length > 0 && v.name.includes('floor') === false ? (warm / median(floorWarm)).toFixed(2) : '–'
  console.log(
    `| ${v.name} | ${round(median(rs.map((r) => r.answerMs)))} | ${median(rs.map((r) => r.cpuMs))} | ${warm.toFixed(1)} | ${ratio} | ${median(rs.map((r) => r.load))} |`,
  )
}
console.log('\n| build | wrangler bundle ms (incl. build:worker) | script MB | script gzip MB | assets MB |')
console.log('|---|---|---|---|---|')
for (const v of variants)
  console.log(`| ${v.name} | ${round(v.bundleMs)} | ${v.scriptMB} | ${v.gzipMB} | ${v.assetsMB} |`)
console.log(
  `\nThe Worker's app after its first turn, same code in fresh Node processes (median of ${RUNS}; workerd's limit is 128 MB per isolate)\n`,
)
console.log('| build (tokenizer) | JS heap kept MB | ArrayBuffers kept MB | total kept MB |')
console.log('|---|---|---|---|')
for (const h of heap) console.log(`| ${h.kind} | ${h.heapMB} | ${h.arrayBuffersMB} | ${h.keptMB} |`)
console.log(
  `\nAll runs, ready → first answer ms: ${variants
    .map(
      (v) =>
        `${v.name}: ${rows
          .filter((x) => x.name === v.name)
          .map((x) => round(x.r.answerMs))
          .join(', ')}`,
    )
    .join('; ')}`,
)
