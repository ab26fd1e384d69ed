import { Redis } from 'ioredis'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import {
  chat,
  type DevWorker,
  devFetch,
  requireWrangler,
  startDevWorker,
} from '../../scripts/worker/dev-process.ts'
import { SESSION_PREFIX } from '../../src/sessions/session-record.ts'
import { requireRedis } from '../support/services.ts'
import { startUpstashShim, type UpstashShim } from '../support/upstash-shim.ts'

// The production store path on Workers: @upstash/redis inside workerd, talking REST to a stand-in
// for Upstash on loopback that runs every command on the real Redis (tests/support/upstash-shim.ts).

const cli = requireWrangler()
const redisUrl = cli ? await requireRedis() : null

describe.skipIf(!cli || !redisUrl)('the Worker in workerd with Upstash sessions', () => {
  let worker: DevWorker
  let shim: UpstashShim
  let redis: Redis

  beforeAll(async () => {
    shim = await startUpstashShim(redisUrl!)
    redis = new Redis(redisUrl!)
    worker = await startDevWorker(
      cli!,
      {
        SESSION_STORE: 'upstash',
        UPSTASH_REDIS_REST_URL: shim.url,
        UPSTASH_REDIS_REST_TOKEN: shim.token,
        LOG_LEVEL: 'warn',
      },
      { config: inject('workerConfig') },
    )
  }, 100_000)

  afterAll(async () => {
    await worker?.stop()
    await shim?.close()
    redis?.disconnect()
  })

  // Generous: on a loaded two-core CI machine, workerd's first REST round trips have taken seconds.
  it('keeps a conversation in Redis between turns and forgets it on the quick exit', {
    timeout: 90_000,
  }, async () => {
    const health = await devFetch(`${worker.url}/healthz`)
    expect(JSON.parse(health.text), worker.output()).toEqual({ ok: true, store: 'upstash' })

    const first = await chat(worker.url, { text: '母の物忘れがひどくて心配です' })
    expect(first.status, worker.output()).toBe(200)
    const key = `${SESSION_PREFIX}${first.sessionId}`
    expect(await redis.exists(key)).toBe(1)
    const ttl = await redis.ttl(key)
    expect(ttl).toBeGreaterThan(0)
    expect(ttl).toBeLessThanOrEqual(1800)

    const second = await chat(worker.url, { sessionId: first.sessionId, text: '中原区です' })
    expect(second.status).toBe(200)
    expect(second.messages.some((m) => m.type === 'agency' && m.agency?.tel?.startsWith('tel:'))).toBe(true)

    const gone = await devFetch(`${worker.url}/api/chat/${first.sessionId}`, { method: 'DELETE' })
    expect(gone.res.status).toBeLessThan(300)
    expect(await redis.exists(key)).toBe(0)
  })
})
