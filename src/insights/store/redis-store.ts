import { Redis } from 'ioredis'
import type { InsightsStore } from '../../core/insights.ts'
import { INCREMENT_SCRIPT, type RedisLikeInsightsOptions, redisLikeInsightsStore } from './redis-like.ts'

type CountingRedis = Redis & { soudanCount(key: string, ...args: string[]): Promise<number> }

/** Counters in Redis over TCP (Node only), beside the sessions. */
export const createRedisInsightsStore = (
  options: RedisLikeInsightsOptions & { url: string },
): InsightsStore => {
  const client = new Redis(options.url, {
    maxRetriesPerRequest: 1,
    commandTimeout: 2000,
    connectTimeout: 2000,
    retryStrategy: (times) => Math.min(times * 100, 2000),
  }) as CountingRedis
  client.defineCommand('soudanCount', { numberOfKeys: 1, lua: INCREMENT_SCRIPT })
  client.on('error', () => {
    // Reported by the failing command (logged by the core as insights.count_failed); not here as well.
  })
  return redisLikeInsightsStore(
    'redis',
    {
      async increment(key, expireAt, fields) {
        await client.soudanCount(key, String(expireAt), ...fields)
      },
      hgetall: (key) => client.hgetall(key),
      close: async () => {
        await client.quit().catch(() => client.disconnect())
      },
    },
    options,
  )
}
