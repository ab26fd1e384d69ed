import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createUpstashStore } from '../../src/sessions/upstash-store.ts'
import { dropTestKeys, requireRedis } from '../support/services.ts'
import { startUpstashShim, type UpstashShim } from '../support/upstash-shim.ts'
import { sessionStoreContract } from './contract.ts'

const redisUrl = await requireRedis()
const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms))

describe.skipIf(!redisUrl)('upstash store (REST shim in front of real Redis)', () => {
  const prefix = `test-${crypto.randomUUID()}:`
  let shim: UpstashShim
  beforeAll(async () => {
    shim = await startUpstashShim(redisUrl!)
  })
  afterAll(async () => {
    await dropTestKeys(redisUrl!, prefix)
    await shim?.close()
  })

  sessionStoreContract('upstash', async () => ({
    store: createUpstashStore({ url: shim.url, token: shim.token, keyPrefix: prefix }),
    advance: sleep,
  }))

  it('went through the REST endpoints (the client auto-pipelines) with the bearer token', () => {
    const served = (shim.counts['/'] ?? 0) + (shim.counts['/pipeline'] ?? 0)
    expect(served).toBeGreaterThan(20)
  })

  it('fails with a clear error when the token is wrong', async () => {
    const store = createUpstashStore({ url: shim.url, token: 'wrong', keyPrefix: prefix })
    await expect(store.get('x')).rejects.toMatchObject({ code: 'store_unavailable' })
  })
})
