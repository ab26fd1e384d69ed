import { describe } from 'vitest'
import { createUpstashConsoleStore } from '../../src/admin/store/upstash-store.ts'
import { requireRedis } from '../support/services.ts'
import { startUpstashShim } from '../support/upstash-shim.ts'
import { dropConsoleKeys } from './harness.ts'
import { consoleStoreContract } from './store-contract.ts'

// The Workers store through the real @upstash/redis client, against real Redis behind the local
// Upstash REST shim (tests/support/upstash-shim.ts): the same contract as the file and Redis stores.

const redisUrl = await requireRedis()
const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms))

describe.skipIf(!redisUrl)('upstash console store', () => {
  consoleStoreContract('upstash', async () => {
    const prefix = `test-${crypto.randomUUID()}:`
    const shim = await startUpstashShim(redisUrl!)
    const store = createUpstashConsoleStore({ url: shim.url, token: shim.token, keyPrefix: prefix })
    return {
      store,
      advance: sleep,
      async teardown() {
        await shim.close()
        await dropConsoleKeys(redisUrl!, prefix)
      },
    }
  })
})
