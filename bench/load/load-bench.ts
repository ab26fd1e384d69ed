// npm run bench:load — conversations per second on loopback, side by side in one run:
// the Node service (memory store, Redis store) and `wrangler dev`, each against a bare Hono
// hello-world on the same runtime as its ceiling, and on Node an NLU-only ceiling (the same HTTP layer
// and NLU, no flows or store): the service's share of it is what the conversation around the NLU
// costs. The service runs with and without the insights counters (issue 15), to compare their cost.
// Bounded: DURATION seconds per cell.
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import autocannon from 'autocannon'
import {
  BENCH_TURNS,
  conversationRequests,
  cpuTimeMs,
  freePort,
  mainThreadCpuMs,
  startProcess,
  type Target,
  WRANGLER_PROXY_503,
  workerdServiceArgs,
} from './servers.ts'

const DURATION = Number(process.env.BENCH_SECONDS ?? 8)
/**
 * Rounds of every cell. The machine may be shared, and its load drifts from minute to minute; one cell
 * per target one after the other compared a ceiling measured at load 8 with a service measured at load
 * 11. So every target runs once per round, in an order that rotates each round, and each share of the
 * NLU-only ceiling is taken between cells of the same round; the table shows medians over rounds.
 */
const ROUNDS = Math.max(1, Number(process.env.BENCH_ROUNDS ?? 3))
/** Seconds of unreported load before a target's first cell, as a deployment warms up before traffic. */
const WARMUP = Number(process.env.BENCH_WARMUP_SECONDS ?? 5)
const CONCURRENCY = (process.env.BENCH_CONCURRENCY ?? '50,200').split(',').map(Number)
const only = process.env.BENCH_TARGETS?.split(',')
/** Another checkout (e.g. `git archive <commit> | tar -x -C dir`), run as one more row to compare against. */
const baseline = process.env.BENCH_BASELINE

const conversation = (
  url: string,
  seen?: Parameters<typeof conversationRequests>[0],
): autocannon.Options => ({
  url,
  connections: 1,
  duration: DURATION,
  requests: conversationRequests(seen),
})

const run = async (target: Target, connections: number) => {
  /** The machine's 1-minute load average as the cell starts (the machine may be shared). */
  const loadBefore = loadavg()[0]!.toFixed(1)
  const cpuBefore = cpuTimeMs(target.pid)
  const mainBefore = mainThreadCpuMs(target.pid)
  // wrangler dev's proxy's own 503s, told apart from the service's answers (still errors: see WRANGLER_PROXY_503).
  let proxy503 = 0
  const result = await autocannon({
    ...conversation(target.url, (status, body) => {
      if (status === 503 && String(body).startsWith(WRANGLER_PROXY_503)) proxy503++
    }),
    connections,
  })
  const cpuAfter = cpuTimeMs(target.pid)
  const mainAfter = mainThreadCpuMs(target.pid)
  const perTurn = (before: number | null, after: number | null) =>
    target.name.startsWith('node') && before !== null && after !== null && result.requests.total > 0
      ? Math.round(((after - before) * 1000) / result.requests.total)
      : null
  return {
    target: target.name,
    connections,
    rps: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    // autocannon's `errors` already counts its timeouts (a request unanswered after 10 s).
    errors: result.errors + result.non2xx,
    /** What the errors were: connection errors, timeouts, non-2xx answers (and how many were wrangler's proxy's). */
    why: `${result.errors - result.timeouts}/${result.timeouts}/${result.non2xx}${proxy503 > 0 ? ` (${proxy503} wrangler proxy)` : ''}`,
    requests: result.requests.total,
    loadBefore,
    /**
     * The server process's CPU time per answered request (µs): unlike turns/s, it hardly depends on
     * what else the machine runs. Node targets only (wrangler's own process is not where workerd runs).
     */
    cpuPerTurn: perTurn(cpuBefore, cpuAfter),
    /**
     * Of that, the main thread's (JavaScript, and the GC pauses on it); the rest is V8's helper threads
     * (concurrent marking, parallel scavenges): what the garbage of a turn costs beside it.
     */
    mainCpuPerTurn: perTurn(mainBefore, mainAfter),
  }
}

type Spec = { name: string; start: (port: number) => ReturnType<typeof startProcess> }
const tsx = ['--import', 'tsx']
const memoryEnv = {
  SESSION_STORE: 'memory',
  LOG_LEVEL: 'warn',
  CHAT_RATE_LIMIT_PER_MINUTE: '0',
  // A minute of 200 conversations opens more than the default 10,000 sessions (each loop is a new one).
  MEMORY_STORE_MAX_SESSIONS: '1000000',
}
const specs: Spec[] = [
  {
    name: 'node: bare hono (ceiling)',
    start: (p) => startProcess('node-hello', process.execPath, [...tsx, 'bench/load/hello-node.ts'], {}, p),
  },
  {
    name: 'node: NLU only (ceiling)',
    start: (p) => startProcess('node-nlu', process.execPath, [...tsx, 'bench/load/nlu-node.ts'], {}, p),
  },
  // The service with and without the insights counters (issue 15), side by side: the memory store's
  // counters go to a file in the temp directory (never the repo's var/), Redis's under a bench prefix.
  ...([true, false] as const).flatMap((counters): Spec[] => {
    const insights = {
      INSIGHTS_ENABLED: String(counters),
      INSIGHTS_FILE: join(tmpdir(), `bench-insights-${process.pid}.json`),
      INSIGHTS_KEY_PREFIX: `bench-${process.pid}:`,
    }
    const suffix = counters ? ', counters on' : ', counters off'
    return [
      {
        name: `node: soudan-router, memory store${suffix}`,
        start: (p) =>
          startProcess(
            'node-memory',
            process.execPath,
            [...tsx, 'src/runtime/node/main.ts'],
            { ...memoryEnv, ...insights },
            p,
          ),
      },
      {
        name: `node: soudan-router, redis store${suffix}`,
        start: (p) =>
          startProcess(
            'node-redis',
            process.execPath,
            [...tsx, 'src/runtime/node/main.ts'],
            {
              SESSION_STORE: 'redis',
              REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
              LOG_LEVEL: 'warn',
              CHAT_RATE_LIMIT_PER_MINUTE: '0',
              ...insights,
            },
            p,
          ),
      },
    ]
  }),
  ...(baseline
    ? [
        {
          name: `node: soudan-router, memory store, baseline ${baseline}`,
          start: (p: number) =>
            startProcess(
              'node-baseline',
              process.execPath,
              [...tsx, `${baseline}/src/runtime/node/main.ts`],
              memoryEnv,
              p,
            ),
        },
      ]
    : []),
  {
    name: 'workerd: bare hono (ceiling)',
    start: (p) =>
      startProcess(
        'worker-hello',
        'npx',
        [
          'wrangler',
          'dev',
          '--config',
          'bench/load/wrangler.hello.toml',
          '--port',
          String(p),
          '--ip',
          '127.0.0.1',
        ],
        { WRANGLER_SEND_METRICS: 'false' },
        p,
      ),
  },
  {
    name: 'workerd: soudan-router (wrangler dev)',
    start: (p) => startProcess('worker', 'npx', workerdServiceArgs(p), { WRANGLER_SEND_METRICS: 'false' }, p),
  },
]

type Row = Awaited<ReturnType<typeof run>> & { round: number }
const rows: Row[] = []
const chosen = specs.filter((s) => !only || only.some((o) => s.name.includes(o)))
const targets: { spec: Spec; target: Target }[] = []
try {
  // Started one after the other (a start is CPU-heavy), then kept running through every round.
  for (const spec of chosen) {
    const target = await spec.start(await freePort())
    targets.push({ spec, target })
    // Compiles the hot paths (the first turns of a cold process are several times slower); not reported.
    // At the highest concurrency: at 10 connections a 3 s warm-up left the first 200-connection round
    // 40–70 % dearer per turn than the next ones (seen in one run, every service row).
    if (WARMUP > 0)
      await autocannon({
        ...conversation(target.url),
        connections: Math.max(...CONCURRENCY),
        duration: WARMUP,
      })
  }
  for (let round = 0; round < ROUNDS; round++)
    for (const c of CONCURRENCY)
      for (let i = 0; i < targets.length; i++) {
        const { spec, target } = targets[(i + round) % targets.length]!
        rows.push({ ...(await run(target, c)), target: spec.name, round })
      }
} finally {
  for (const { target } of targets) await target.stop()
}
const load = loadavg().map((x) => x.toFixed(1))
console.log(
  `\nbench:load, ${ROUNDS} round(s) of ${DURATION} s per cell (medians over rounds) after ${WARMUP} s of warm-up, load average at the end ${load.join(' / ')}, loopback, ${BENCH_TURNS.length}-turn conversations; the per-client rate limit is off (every connection comes from 127.0.0.1)\n`,
)
const median = (xs: number[]) => {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b)
  if (s.length === 0) return Number.NaN
  const m = s.length >> 1
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2
}
const CEILING = 'node: NLU only (ceiling)'
/** The NLU-only cell of the same round and concurrency: the pair a share is taken from. */
const ceilingOf = (r: Row) =>
  rows.find((x) => x.target === CEILING && x.connections === r.connections && x.round === r.round)
const pct = (x: number) => (Number.isFinite(x) ? `${Math.round(100 * x)} %` : '')
console.log(
  '| target | conversations | req/s | of NLU-only (req/s) | server CPU µs/turn | of NLU-only (CPU) | p50 ms | p99 ms | errors (conn/timeout/non-2xx) | requests | load avg |',
)
console.log('|---|---|---|---|---|---|---|---|---|---|---|')
for (const spec of chosen)
  for (const c of CONCURRENCY) {
    const cells = rows.filter((r) => r.target === spec.name && r.connections === c)
    const service = spec.name.startsWith('node: soudan-router')
    // Turns/s share: what the service answered beside the ceiling in the same round. CPU share: the
    // ceiling's CPU per turn over the service's, which hardly moves with the machine's load and is the
    // share a machine of its own would give.
    const shareRps = service
      ? median(cells.map((r) => r.rps / (ceilingOf(r)?.rps ?? Number.NaN)))
      : Number.NaN
    const shareCpu = service
      ? median(cells.map((r) => (ceilingOf(r)?.cpuPerTurn ?? Number.NaN) / (r.cpuPerTurn ?? Number.NaN)))
      : Number.NaN
    const cpu = median(cells.map((r) => r.cpuPerTurn ?? Number.NaN))
    const errors = cells.reduce((n, r) => n + r.errors, 0)
    const why = cells.map((r) => r.why).join(', ')
    console.log(
      `| ${spec.name} | ${c} | ${Math.round(median(cells.map((r) => r.rps)))} | ${pct(shareRps)} | ${Number.isFinite(cpu) ? Math.round(cpu) : '–'} | ${pct(shareCpu)} | ${median(cells.map((r) => r.p50))} | ${median(cells.map((r) => r.p99))} | ${errors} (${why}) | ${cells.reduce((n, r) => n + r.requests, 0)} | ${cells.map((r) => r.loadBefore).join(', ')} |`,
    )
  }
if (process.env.BENCH_VERBOSE)
  for (const r of rows)
    console.log(
      `round ${r.round} ${r.target} ${r.connections}: ${r.rps} req/s, ${r.cpuPerTurn} µs/turn (main thread ${r.mainCpuPerTurn}, other threads ${r.cpuPerTurn !== null && r.mainCpuPerTurn !== null ? r.cpuPerTurn - r.mainCpuPerTurn : '–'}), load ${r.loadBefore}`,
    )
if (rows.some((r) => r.errors > 0)) {
  console.error('\nerrors must be zero')
  process.exitCode = 1
}
