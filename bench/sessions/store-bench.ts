import { Redis } from 'ioredis'
import type { Session, SessionStore, UpdateResult } from '../../src/core/session-store.ts'
import { createMemoryStore } from '../../src/sessions/memory-store.ts'
import { createRedisStore } from '../../src/sessions/redis-store.ts'
import { createUpstashStore } from '../../src/sessions/upstash-store.ts'
import { startUpstashShim } from '../../tests/support/upstash-shim.ts'

// Session store turns side by side in one run: our stores, and as a baseline on the same Redis a
// plain GET + SET EX of the same JSON (what a store without concurrency control would cost).
// Loopback only, bounded: SEQUENTIAL turns on one id each, then CONTENDED turns 20 at a time on one id.

const SEQUENTIAL = 2000
const CONTENDED = 400
const url = process.env.REDIS_URL || 'redis://127.0.0.1:6379'
const prefix = `bench-${crypto.randomUUID()}:`

type Turn = { step: string; ward: string | null; concern: string | null; misses: number; turn: number }
const turnFn = (current: Session | null): UpdateResult<number> => {
  const prev = current?.data as Turn | undefined
  const turn = (prev?.turn ?? 0) + 1
  const data: Turn = { step: 'ask_ward', ward: 'nakahara', concern: 'dementia', misses: 0, turn }
  return { next: { data, version: 0, createdAt: '', updatedAt: '' }, result: turn }
}

interface Runner {
  name: string
  turn(id: string): Promise<number>
}

const storeRunner = (store: SessionStore): Runner => ({
  name: store.name,
  turn: (id) => store.update(id, turnFn, 1800),
})

const baselineRunner = (redis: Redis): Runner => ({
  name: 'redis GET+SET (no CAS)',
  async turn(id) {
    const key = `soudan:sess:${prefix}base:${id}`
    const raw = await redis.get(key)
    const { next, result } = turnFn(raw ? (JSON.parse(raw) as Session) : null)
    await redis.set(key, JSON.stringify(next), 'EX', 1800)
    return result
  },
})

const pct = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!

const measure = async (runner: Runner) => {
  const seqTimes: number[] = []
  const t0 = performance.now()
  for (let i = 0; i < SEQUENTIAL; i++) {
    const s = performance.now()
    await runner.turn(`seq-${i % 100}`)
    seqTimes.push(performance.now() - s)
  }
  const seqMs = performance.now() - t0
  const t1 = performance.now()
  const id = `hot-${crypto.randomUUID()}`
  let last = 0
  for (let i = 0; i < CONTENDED; i += 20) {
    const results = await Promise.all(Array.from({ length: 20 }, () => runner.turn(id)))
    last = Math.max(last, ...results)
  }
  const contendedMs = performance.now() - t1
  seqTimes.sort((a, b) => a - b)
  return {
    store: runner.name,
    'turns/s': Math.round(SEQUENTIAL / (seqMs / 1000)),
    'p50 ms': pct(seqTimes, 0.5).toFixed(2),
    'p99 ms': pct(seqTimes, 0.99).toFixed(2),
    'contended turns/s': Math.round(CONTENDED / (contendedMs / 1000)),
    // Lost updates under contention: the counter should end at CONTENDED.
    'lost of 400': CONTENDED - last,
  }
}

const main = async () => {
  const admin = new Redis(url)
  const shim = await startUpstashShim(url)
  const stores = [
    createMemoryStore(),
    createRedisStore({ url, keyPrefix: prefix }),
    createUpstashStore({ url: shim.url, token: shim.token, keyPrefix: prefix }),
  ]
  const rows = []
  try {
    for (const store of stores) rows.push(await measure(storeRunner(store)))
    rows.push(await measure(baselineRunner(admin)))
    console.table(rows)
    console.log('upstash = @upstash/redis over HTTP to a local REST shim in front of the same Redis.')
  } finally {
    for (const store of stores) await store.close?.()
    const keys = await admin.keys(`soudan:sess:${prefix}*`)
    if (keys.length) await admin.del(...keys)
    await admin.quit()
    await shim.close()
  }
}

await main()
