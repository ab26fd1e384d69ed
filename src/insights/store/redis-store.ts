import { Redis } from 'ioredis'
import type { InsightsStore } from '../../core/insights.ts'
import { type RedisLikeInsightsOptions, redisLikeInsightsStore } from './redis-like.ts'

/** Counters in Redis over TCP (Node only), beside the sessions. */
export const createRedisInsightsStore = (
  options: RedisLikeInsightsOptions & { url: string },
): InsightsStore => {
  const client = new Redis(options.url, {
    maxRetriesPerRequest: 1,
    commandTimeout: 2000,
    connectTimeout: 2000,
    retryStrategy: (times) => Math.min(times * 100, 2000),
  })
  client.on('error', () => {
    // Reported by the failing command (logged by the core as insights.count_failed); not here as well.
  })
  return redisLikeInsightsStore(
    'redis',
    {
      async increment(byKey, expireAt) {
        const multi = client.multi()
        for (const [key, fields] of byKey) for (const f of fields) multi.hincrby(key, f, 1)
        for (const [key, at] of expireAt) multi.expireat(key, at)
        const replies = await multi.exec()
        const failed = replies?.find(([err]) => err)
        if (!replies || failed) throw failed?.[0] ?? new Error('redis: transaction discarded')
      },
      hgetall: (key) => client.hgetall(key),
      close: async () => {
        await client.quit().catch(() => client.disconnect())
      },
    },
    options,
  )
}
