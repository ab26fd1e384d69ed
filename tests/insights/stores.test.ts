import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Redis } from 'ioredis'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { INSIGHTS_PREFIX, monthExpiry } from '../../src/insights/store/cells.ts'
import { openFileInsightsStore } from '../../src/insights/store/file.ts'
import { createMemoryInsightsStore } from '../../src/insights/store/memory-store.ts'
import { createRedisInsightsStore } from '../../src/insights/store/redis-store.ts'
import { createUpstashInsightsStore } from '../../src/insights/store/upstash-store.ts'
import { requireRedis } from '../support/services.ts'
import { startUpstashShim, type UpstashShim } from '../support/upstash-shim.ts'
import { insightsStoreContract } from './store-contract.ts'

const redisUrl = await requireRedis()

const dropKeys = async (url: string, prefix: string) => {
  const admin = new Redis(url)
  const keys = await admin.keys(`${INSIGHTS_PREFIX}${prefix}*`)
  if (keys.length) await admin.del(...keys)
  await admin.quit()
}

insightsStoreContract('memory', async () => ({
  open: async (retentionMonths) => createMemoryInsightsStore({ retentionMonths }),
}))

let dir: string
insightsStoreContract('memory + file', async () => {
  dir = await mkdtemp(join(tmpdir(), 'soudan-insights-'))
  let n = 0
  return {
    open: async (retentionMonths) =>
      openFileInsightsStore({ file: join(dir, `i${n++}.json`), retentionMonths, flushMs: 0 }),
    teardown: () => rm(dir, { recursive: true, force: true }),
  }
})

describe('memory store retention', () => {
  it('forgets a month at its expiry on the clock it was given, month by month, as the clock moves', async () => {
    let t = new Date('2026-11-15T12:00:00+09:00')
    const s = createMemoryInsightsStore({ retentionMonths: 3, now: () => t })
    const cell = (day: string) => ({ table: 'conversations' as const, day, a: 'web', b: 'opened' })
    await s.add([cell('2026-11-15'), cell('2026-11-15')])
    await s.add([cell('2026-12-01')])
    expect(await s.read('2026-11-01', '2026-12-31')).toHaveLength(2)
    // One millisecond before November's expiry (1 February 2027, Japan) it is still there.
    t = new Date(monthExpiry('2026-11', 3).getTime() - 1)
    expect((await s.read('2026-11-01', '2026-12-31')).map((v) => [v.day, v.count])).toEqual([
      ['2026-11-15', 2],
      ['2026-12-01', 1],
    ])
    // At it, November is gone and a late count for it is not kept; December stays until its own.
    t = monthExpiry('2026-11', 3)
    await s.add([cell('2026-11-20')])
    expect((await s.read('2026-11-01', '2026-12-31')).map((v) => v.day)).toEqual(['2026-12-01'])
    t = monthExpiry('2026-12', 3)
    expect(await s.read('2026-11-01', '2026-12-31')).toEqual([])
  })
})

describe('memory + file', () => {
  it('persists on close and loads again; a broken file is refused with its path and the fix', async () => {
    const d = await mkdtemp(join(tmpdir(), 'soudan-insights-'))
    const file = join(d, 'insights.json')
    const day = new Date().toISOString().slice(0, 10)
    const a = await openFileInsightsStore({ file })
    await a.add([{ table: 'unmet', day, a: 'nakahara', b: 'housing' }])
    await a.close?.()
    expect(JSON.parse(await readFile(file, 'utf8')).v).toBe(1)
    const b = await openFileInsightsStore({ file })
    expect((await b.read(day, day))[0]?.count).toBe(1)
    await b.close?.()
    const { writeFile } = await import('node:fs/promises')
    await writeFile(file, '{"v":2}')
    await expect(openFileInsightsStore({ file })).rejects.toThrow(
      `${file}: 集計ファイルの形式が正しくありません`,
    )
    await rm(d, { recursive: true, force: true })
  })
})

describe.skipIf(!redisUrl)('redis and upstash insights stores (real Redis)', () => {
  const prefix = `test-${crypto.randomUUID()}:`
  let shim: UpstashShim
  beforeAll(async () => {
    shim = await startUpstashShim(redisUrl!)
  })
  afterAll(async () => {
    await dropKeys(redisUrl!, prefix)
    await shim?.close()
  })

  let n = 0
  insightsStoreContract('redis', async () => ({
    open: async (retentionMonths) =>
      createRedisInsightsStore({ url: redisUrl!, keyPrefix: `${prefix}r${n++}:`, retentionMonths }),
  }))
  insightsStoreContract('upstash', async () => ({
    open: async (retentionMonths) =>
      createUpstashInsightsStore({
        url: shim.url,
        token: shim.token,
        keyPrefix: `${prefix}u${n++}:`,
        retentionMonths,
      }),
  }))

  it('one hash per month with EXPIREAT at the month 25 months later', async () => {
    const p = `${prefix}ttl:`
    const s = createRedisInsightsStore({ url: redisUrl!, keyPrefix: p })
    const day = new Date().toISOString().slice(0, 10)
    await s.add([{ table: 'ward_band', day, a: 'asao', b: 'night' }])
    const admin = new Redis(redisUrl!)
    const key = `${INSIGHTS_PREFIX}${p}m:${day.slice(0, 7)}`
    expect(await admin.hgetall(key)).toEqual({ [`ward_band|${day}|asao|night`]: '1' })
    expect(await admin.expiretime(key)).toBe(Math.floor(monthExpiry(day.slice(0, 7), 25).getTime() / 1000))
    await admin.quit()
    await s.close?.()
  })

  it('the upstash store sends a turn as one request (one atomic script)', async () => {
    const before = (shim.counts['/'] ?? 0) + (shim.counts['/pipeline'] ?? 0)
    const s = createUpstashInsightsStore({ url: shim.url, token: shim.token, keyPrefix: `${prefix}tx:` })
    const day = new Date().toISOString().slice(0, 10)
    await s.add([
      { table: 'ward_band', day, a: 'asao', b: 'night' },
      { table: 'ward_concern', day, a: 'asao', b: 'housing' },
    ])
    expect((shim.counts['/'] ?? 0) + (shim.counts['/pipeline'] ?? 0) - before).toBe(1)
  })
})
