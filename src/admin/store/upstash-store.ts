import type { ConsoleStore } from '../../core/console-store.ts'
import { upstashClient } from '../../sessions/upstash-store.ts'
import { redisLikeConsoleStore } from './redis-like-store.ts'

// The console's data in Upstash Redis over its REST API, for Workers (only fetch is needed), with the
// same keys and Lua as the Redis store: a city can move between them. REST calls are stateless, so
// the steps that must not interleave are the same single EVALs.

export interface UpstashConsoleStoreOptions {
  url: string
  token: string
  keyPrefix?: string
}

export const createUpstashConsoleStore = (options: UpstashConsoleStoreOptions): ConsoleStore => {
  const client = upstashClient(options)
  return redisLikeConsoleStore(
    'upstash',
    {
      get: (key) => client.get<string>(key),
      mget: (keys) => client.mget<(string | null)[]>(...keys),
      set: async (key, value, o = {}) => {
        const px = o.px ? { px: o.px } : {}
        const reply = o.nx
          ? await client.set(key, value, { ...px, nx: true })
          : o.xx
            ? await client.set(key, value, { ...px, xx: true })
            : await client.set(key, value, px)
        return reply === 'OK'
      },
      del: async (key) => {
        await client.del(key)
      },
      incr: (key) => client.incr(key),
      sadd: async (key, member) => {
        await client.sadd(key, member)
      },
      smembers: (key) => client.smembers(key),
      exists: async (key) => (await client.exists(key)) === 1,
      rpush: (key, value) => client.rpush(key, value),
      lrange: (key) => client.lrange(key, 0, -1),
      eval: async (script, keys, args) =>
        Number(await client.eval<string[], number | string>(script, keys, args)),
    },
    options.keyPrefix,
  )
}
