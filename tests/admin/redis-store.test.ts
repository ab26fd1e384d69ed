import { Redis } from 'ioredis'
import { describe } from 'vitest'
import { createRedisConsoleStore } from '../../src/admin/store/redis-store.ts'
import { requireRedis } from '../support/services.ts'
import { consoleStoreContract } from './store-contract.ts'

const redisUrl = await requireRedis()
const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms))

/** Deletes every key a test wrote under its soudan:admin:<prefix>, so nothing is left in a shared Redis. */
export const dropConsoleKeys = async (url: string, prefix: string) => {
  const admin = new Redis(url)
  const keys = await admin.keys(`soudan:admin:${prefix}*`)
  if (keys.length) await admin.del(...keys)
  await admin.quit()
}

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
