// npm run bench:insights — what the counters add to a turn, side by side in one run: the real
// conversation core (flows, directory, NLU, memory sessions) with no counters, with the memory store
// persisted to a file (the embedded default) and with Redis. The same conversations run through each
// in turn, interleaved in rounds so a busy machine slows all of them alike; p50/p99 of a turn's
// handle() and the difference to "no counters" are printed as a table. The counters' write is not
// awaited by the turn (src/conversation/create-conversation.ts), so what is measured is the turn as a
// resident waits for it; the Redis write's own round trip is printed beside it.
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Redis } from 'ioredis'
import { createConversation } from '../../src/conversation/create-conversation.ts'
import type { ConversationService } from '../../src/core/conversation.ts'
import type { CounterCell, InsightsCounter, InsightsStore } from '../../src/core/insights.ts'
import type { InboundMessage } from '../../src/core/messages.ts'
import { createDirectory } from '../../src/directory/create-directory.ts'
import { step } from '../../src/flow/engine.ts'
import type { StepEvent } from '../../src/flow/input.ts'
import type { FlowState } from '../../src/flow/state.ts'
import { INSIGHTS_PREFIX } from '../../src/insights/store/cells.ts'
import { openFileInsightsStore } from '../../src/insights/store/file.ts'
import { createRedisInsightsStore } from '../../src/insights/store/redis-store.ts'
import { countersFor, turnFacts } from '../../src/insights/turn-facts.ts'
import { createNlu } from '../../src/nlu/create-nlu.ts'
import { bundledModels } from '../../src/runtime/node/bundled-models.ts'
import { nodeDictionaryLoader } from '../../src/runtime/node/dictionary-loader.ts'
import { loadProject } from '../../src/runtime/node/load-project.ts'
import { createMemoryStore } from '../../src/sessions/memory-store.ts'

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 12)
const CONVERSATIONS = Number(process.env.BENCH_CONVERSATIONS ?? 150)
const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379'

const project = await loadProject()
const nlu = await createNlu({ loader: nodeDictionaryLoader(), models: bundledModels })
const directory = createDirectory(project.directory)
const dir = await mkdtemp(join(tmpdir(), 'bench-insights-'))
const prefix = `bench-${crypto.randomUUID()}:`

const script: InboundMessage[][] = [
  [
    { type: 'start' },
    { type: 'text', text: '母の物忘れがひどくて心配です' },
    { type: 'choice', value: 'ward:nakahara' },
    { type: 'choice', value: 'feedback:yes' },
  ],
  [
    { type: 'text', text: '仕事を失って生活費が足りません' },
    { type: 'text', text: '多摩区です' },
  ],
  [
    { type: 'choice', value: 'concern:child_rearing' },
    { type: 'choice', value: 'ward:asao' },
    { type: 'choice', value: 'feedback:no' },
  ],
]

/** Times every `add` the core calls (not awaited by the turn), to report the write itself. */
const timed = (store: InsightsStore, samples: number[]): InsightsCounter => ({
  add: async (cells: CounterCell[]) => {
    const t = performance.now()
    await store.add(cells)
    samples.push(performance.now() - t)
  },
})

const file = await openFileInsightsStore({ file: join(dir, 'insights.json') })
let redis: InsightsStore | null = createRedisInsightsStore({ url: redisUrl, keyPrefix: prefix })
try {
  await redis.read('2026-01-01', '2026-01-01')
} catch {
  console.warn(`[skip] Redis at ${redisUrl} is not available: the redis column is left out`)
  await redis.close?.()
  redis = null
}

const writes: Record<string, number[]> = { file: [], redis: [] }
let failures = 0
const logger = {
  log(_level: string, event: string) {
    if (event === 'insights.count_failed') failures++
  },
}
const variants: { name: string; core: ConversationService; turns: number[] }[] = [
  { name: 'no counters', insights: undefined },
  { name: 'memory + file (embedded default)', insights: timed(file, writes.file!) },
  ...(redis ? [{ name: 'redis', insights: timed(redis, writes.redis!) }] : []),
].map((v) => ({
  name: v.name,
  turns: [],
  core: createConversation({
    flows: project.flows,
    directory,
    nlu,
    store: createMemoryStore({ maxEntries: 1_000_000 }),
    ttlSeconds: 1800,
    logger,
    ...(v.insights ? { insights: v.insights } : {}),
  }),
}))

const now = new Date()
// Conversation by conversation, the variants take turns (in a rotating order), so a pause of the
// machine or the collector falls on all of them alike.
for (let round = 0; round < ROUNDS; round++) {
  for (let n = 0; n < CONVERSATIONS; n++) {
    for (let k = 0; k < variants.length; k++) {
      const v = variants[(n + k) % variants.length]!
      const sessionId = crypto.randomUUID()
      for (const message of script[n % script.length]!) {
        // A server yields to I/O between requests; so does this loop (else Redis replies would starve).
        await new Promise((r) => setImmediate(r))
        const t = performance.now()
        await v.core.handle({ channel: 'web', sessionId, message, now })
        if (round > 0) v.turns.push(performance.now() - t) // round 0 warms up
      }
    }
  }
}
// Let the last writes land before they are reported.
await new Promise((r) => setTimeout(r, 500))

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? Number.NaN
}
const ms = (x: number) => x.toFixed(3)
const base = variants[0]!
console.log(
  `\nbench:insights — ${base.turns.length} turns per variant, ${ROUNDS - 1} measured rounds, interleaved\n`,
)
console.log('| variant | turns | p50 ms | p99 ms | p99 − no counters | write p50 / p99 ms |')
console.log('|---|---:|---:|---:|---:|---:|')
for (const v of variants) {
  const w = v.name.startsWith('memory') ? writes.file! : v.name === 'redis' ? writes.redis! : []
  console.log(
    `| ${v.name} | ${v.turns.length} | ${ms(pct(v.turns, 50))} | ${ms(pct(v.turns, 99))} | ${v === base ? '—' : ms(pct(v.turns, 99) - pct(base.turns, 99))} | ${w.length ? `${ms(pct(w, 50))} / ${ms(pct(w, 99))}` : '—'} |`,
  )
}

// The counters' own work on the turn's path, measured alone on the same turns: facts from the result,
// the cells, and the add() call up to its first await (the part the turn pays; the write completes
// after the answer is sent). The end-to-end table above is dominated by the NLU and the collector.
const cost: Record<string, number[]> = {
  'memory + file (embedded default)': [],
  ...(redis ? { redis: [] } : {}),
}
const targets: [string, InsightsStore][] = [
  ['memory + file (embedded default)', file],
  ...(redis ? [['redis', redis] as [string, InsightsStore]] : []),
]
for (let round = 0; round < ROUNDS; round++) {
  for (let n = 0; n < CONVERSATIONS; n++) {
    let state: FlowState | null = null
    for (const message of script[n % script.length]!) {
      const event: StepEvent =
        message.type === 'text'
          ? { type: 'text', nlu: nlu.analyze(message.text) }
          : message.type === 'choice'
            ? { type: 'choice', value: message.value }
            : { type: 'start' }
      const result = step(project.flows, state, { event, directory, now })
      const turn = { channel: 'web' as const, sessionId: 'bench', message, now }
      for (const [name, store] of targets) {
        const t = performance.now()
        const cells = countersFor(
          turnFacts({
            turn,
            result,
            before: state,
            newSession: state === null,
            flows: project.flows,
            directory,
          }),
        )
        void store.add(cells).catch(() => failures++)
        if (round > 0) cost[name]!.push(performance.now() - t)
      }
      state = result.state
      await new Promise((r) => setImmediate(r))
    }
  }
}
await new Promise((r) => setTimeout(r, 500))
console.log('\nThe counters alone, per turn (facts + cells + starting the write), on the same turns:\n')
console.log('| store | turns | p50 ms | p99 ms | max ms |')
console.log('|---|---:|---:|---:|---:|')
for (const [name, xs] of Object.entries(cost))
  console.log(`| ${name} | ${xs.length} | ${ms(pct(xs, 50))} | ${ms(pct(xs, 99))} | ${ms(Math.max(...xs))} |`)

if (failures > 0) console.log(`\n${failures} counter writes failed`)
await file.close?.()
if (redis) {
  await redis.close?.()
  const admin = new Redis(redisUrl)
  const keys = await admin.keys(`${INSIGHTS_PREFIX}${prefix}*`)
  if (keys.length) await admin.del(...keys)
  await admin.quit()
}
await rm(dir, { recursive: true, force: true })
