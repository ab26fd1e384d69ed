import { Redis } from 'ioredis'
import type { ConsoleStore } from '../../core/console-store.ts'
import { redisLikeConsoleStore } from './redis-like-store.ts'

// The console's data in Redis over TCP (ioredis), for several Node processes behind one city's load
// balancer. The keys, scripts and contract mapping are shared with the Upstash store
// (redis-like-store.ts); this file only adapts ioredis's calls.

export interface RedisConsoleStoreOptions {
  url: string
  /** Extra prefix inside soudan:admin: (tests use a random one per run). */
  keyPrefix?: string
}

export const createRedisConsoleStore = (options: RedisConsoleStoreOptions): ConsoleStore => {
  const client = new Redis(options.url, {
    maxRetriesPerRequest: 1,
    commandTimeout: 5000,
    connectTimeout: 2000,
  })
  client.on('error', () => {}) // surfaced by the failing command; the console shows its own message
  return redisLikeConsoleStore(
    'redis',
    {
      get: (key) => client.get(key),
      mget: (keys) => client.mget(keys),
      set: async (key, value, o = {}) => {
        const args: (string | number)[] = []
        if (o.px) args.push('PX', o.px)
        if (o.nx) args.push('NX')
        if (o.xx) args.push('XX')
        return (await client.call('SET', key, value, ...args)) === 'OK'
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
      eval: async (script, keys, args) => Number(await client.eval(script, keys.length, ...keys, ...args)),
      close: async () => {
        await client.quit().catch(() => client.disconnect())
      },
    },
    options.keyPrefix,
  )
}
