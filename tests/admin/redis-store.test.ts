import { describe } from 'vitest'
import { createRedisConsoleStore } from '../../src/admin/store/redis-store.ts'
import { requireRedis } from '../support/services.ts'
import { dropConsoleKeys } from './harness.ts'
import { consoleStoreContract } from './store-contract.ts'

const redisUrl = await requireRedis()
const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms))

describe.skipIf(!redisUrl)('redis console store', () => {
  consoleStoreContract('redis', async () => {
    const prefix = `test-${crypto.randomUUID()}:`
    const store = createRedisConsoleStore({ url: redisUrl!, keyPrefix: prefix })
    return {
      store,
      advance: sleep,
      async teardown() {
        await store.close!()
        await dropConsoleKeys(redisUrl!, prefix)
      },
    }
  })
})
