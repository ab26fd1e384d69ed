import { Redis } from '@upstash/redis'
import type { InsightsStore } from '../../core/insights.ts'
import { INCREMENT_SCRIPT, type RedisLikeInsightsOptions, redisLikeInsightsStore } from './redis-like.ts'

/** Counters in Upstash Redis over REST (Workers and Node): one EVAL request per turn. */
export const createUpstashInsightsStore = (
  options: RedisLikeInsightsOptions & { url: string; token: string },
): InsightsStore => {
  const client = new Redis({
    url: options.url,
    token: options.token,
    automaticDeserialization: false,
    retry: { retries: 2, backoff: (n) => 100 * (n + 1) },
    enableTelemetry: false,
  })
  return redisLikeInsightsStore(
    'upstash',
    {
      async increment(key, expireAt, fields) {
        await client.eval(INCREMENT_SCRIPT, [key], [String(expireAt), ...fields])
      },
      hgetall: async (key) => {
        // With automaticDeserialization off the client hands back Redis's flat [field, value, …] reply.
        const raw = (await client.hgetall(key)) as unknown
        if (!Array.isArray(raw)) return (raw as Record<string, string> | null) ?? null
        const out: Record<string, string> = {}
        for (let i = 0; i + 1 < raw.length; i += 2) out[String(raw[i])] = String(raw[i + 1])
        return out
      },
    },
    options,
  )
}
