import { Redis } from 'ioredis'
import { describe, expect, it } from 'vitest'
import { StoreUnavailableError } from '../../src/core/errors.ts'
import { createRedisStore } from '../../src/sessions/redis-store.ts'
import { closedPortUrl } from '../support/closed-port.ts'
import { dropTestKeys, requireRedis } from '../support/services.ts'
import { sessionStoreContract } from './contract.ts'

const redisUrl = await requireRedis()
const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms))

describe.skipIf(!redisUrl)('redis store', () => {
  const prefix = `test-${crypto.randomUUID()}:`

  sessionStoreContract('redis', async () => {
    const store = createRedisStore({ url: redisUrl!, keyPrefix: prefix })
    return {
      store,
      advance: sleep,
      async teardown() {
        await store.close!()
        await dropTestKeys(redisUrl!, prefix)
      },
    }
  })

  it('uses the soudan:sess: and soudan:claim: prefixes and sets a TTL on both', async () => {
    const store = createRedisStore({ url: redisUrl!, keyPrefix: prefix })
    const admin = new Redis(redisUrl!)
    try {
      await store.update(
        'k',
        () => ({ next: { data: 1, version: 0, createdAt: '', updatedAt: '' }, result: 0 }),
        90,
      )
      await store.claim('c', 30)
      const ttl = await admin.ttl(`soudan:sess:${prefix}k`)
      expect(ttl).toBeGreaterThan(85)
      expect(ttl).toBeLessThanOrEqual(90)
      expect(await admin.ttl(`soudan:claim:${prefix}c`)).toBeGreaterThan(25)
    } finally {
      await admin.del(`soudan:sess:${prefix}k`, `soudan:claim:${prefix}c`)
      await admin.quit()
      await store.close!()
    }
  })
})

describe('redis store when Redis is down', () => {
  it('fails every operation with StoreUnavailableError, quickly', async () => {
    const store = createRedisStore({ url: await closedPortUrl() })
    const started = Date.now()
    await expect(store.get('x')).rejects.toBeInstanceOf(StoreUnavailableError)
    await expect(store.update('x', () => ({ next: null, result: 0 }), 60)).rejects.toBeInstanceOf(
      StoreUnavailableError,
    )
    await expect(store.claim('x', 60)).rejects.toBeInstanceOf(StoreUnavailableError)
    expect(Date.now() - started).toBeLessThan(5000)
    await store.close!()
  })
})

describe.skipIf(!redisUrl)('redis store across a Redis restart', () => {
  it('fails while Redis is down and works again once it is back, without a new client', async () => {
    const { spawn } = await import('node:child_process')
    const url = await closedPortUrl()
    const port = new URL(url).port
    const startRedis = async () => {
      const child = spawn(
        'redis-server',
        ['--port', port, '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
        {
          stdio: 'ignore',
        },
      )
      const probe = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null })
      probe.on('error', () => {})
      for (let i = 0; i < 50; i++) {
        if (
          await probe.connect().then(
            () => true,
            () => false,
          )
        )
          break
        await sleep(50)
      }
      probe.disconnect()
      return child
    }
    const stopRedis = (child: ReturnType<typeof spawn>) =>
      new Promise<void>((resolve) => {
        child.once('exit', () => resolve())
        child.kill('SIGTERM')
      })
    let redis = await startRedis()
    const store = createRedisStore({ url, commandTimeoutMs: 500 })
    const put = () => ({ next: { data: 1, version: 0, createdAt: '', updatedAt: '' }, result: true })
    try {
      expect(await store.update('s', put, 60)).toBe(true)
      await stopRedis(redis)
      await expect(store.get('s')).rejects.toBeInstanceOf(StoreUnavailableError)
      redis = await startRedis()
      // Without persistence the old session is gone; the next turn simply starts a new conversation.
      let back = false
      for (let i = 0; i < 40 && !back; i++) {
        back = await store.get('s').then(
          () => true,
          () => false,
        )
        if (!back) await sleep(100)
      }
      expect(back).toBe(true)
      expect(await store.update('s', put, 60)).toBe(true)
      expect((await store.get('s'))?.version).toBe(1)
    } finally {
      await store.close!()
      await stopRedis(redis)
    }
  })
})

describe.skipIf(!redisUrl)('redis store with a damaged key', () => {
  it('reads unparseable session JSON as empty data and lets the next update replace it', async () => {
    const prefix = `test-${crypto.randomUUID()}:`
    const store = createRedisStore({ url: redisUrl!, keyPrefix: prefix })
    const admin = new Redis(redisUrl!)
    const key = `soudan:sess:${prefix}d`
    try {
      await admin.hset(key, 'v', '4', 's', '{not json')
      expect(await store.get('d')).toMatchObject({ data: null, version: 4 })
      await store.update(
        'd',
        () => ({ next: { data: { ok: 1 }, version: 0, createdAt: '', updatedAt: '' }, result: 0 }),
        60,
      )
      expect(await store.get('d')).toMatchObject({ data: { ok: 1 }, version: 5 })
    } finally {
      await admin.del(key)
      await admin.quit()
      await store.close!()
    }
  })
})
