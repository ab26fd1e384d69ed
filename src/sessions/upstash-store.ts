import { Redis } from '@upstash/redis'
import type { SessionStore } from '../core/session-store.ts'
import { redisLikeStore } from './redis-like-store.ts'
import { CAS_SCRIPT } from './redis-scripts.ts'

export interface UpstashStoreOptions {
  url: string
  token: string
  keyPrefix?: string
}

/**
 * Sessions in Upstash Redis over its REST API (Node and Workers: only fetch). REST calls are
 * stateless, so WATCH cannot span them; the same Lua compare-and-set as the Redis store runs via EVAL.
 */
/** The REST client as every Upstash store here uses it (sessions, the staff console). */
export const upstashClient = (options: { url: string; token: string }) =>
  new Redis({
    url: options.url,
    token: options.token,
    // We store JSON text ourselves and parse it; the client must hand strings back untouched.
    automaticDeserialization: false,
    // The default retries for ~4 s; a resident should hear about an outage sooner.
    retry: { retries: 2, backoff: (n) => 100 * (n + 1) },
    enableTelemetry: false,
  })

export const createUpstashStore = (options: UpstashStoreOptions): SessionStore => {
  const client = upstashClient(options)
  return redisLikeStore('upstash', options.keyPrefix ?? '', {
    // With automaticDeserialization off the client returns HMGET's raw reply: [v, s].
    hmget: async (key) => (await client.hmget(key, 'v', 's')) as unknown as [string | null, string | null],
    cas: async (key, args) =>
      Number(await client.eval<string[], number | string>(CAS_SCRIPT, [key], args)) === 1,
    del: async (key) => {
      await client.del(key)
    },
    setNx: async (key, ttlSeconds) => (await client.set(key, '1', { nx: true, ex: ttlSeconds })) === 'OK',
  })
}
