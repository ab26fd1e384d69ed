import { Redis } from 'ioredis'
import type { Logger } from '../core/log.ts'
import type { SessionStore } from '../core/session-store.ts'
import { redisLikeStore } from './redis-like-store.ts'
import { CAS_SCRIPT } from './redis-scripts.ts'

export interface RedisStoreOptions {
  url: string
  /** Extra key prefix inside soudan:sess:/soudan:claim: (tests use a random one per run). */
  keyPrefix?: string
  logger?: Logger
  /** Give up on a command after this long; a resident should not wait on a dead Redis. */
  commandTimeoutMs?: number
  /** How long a command waits for a (re)connection before failing. */
  readyWaitMs?: number
}

type CasRedis = Redis & {
  soudanCas(key: string, ...args: string[]): Promise<number>
}

/**
 * Sessions in Redis over TCP (Node only). Update = read, pure callback, Lua compare-and-set on the
 * version; the TTL is set again on every write. Any client failure becomes StoreUnavailableError so
 * the HTTP layer can answer a resident kindly.
 */
export const createRedisStore = (options: RedisStoreOptions): SessionStore => {
  const client = new Redis(options.url, {
    // Fail fast while Redis is down instead of queueing a resident's turn indefinitely.
    maxRetriesPerRequest: 1,
    commandTimeout: options.commandTimeoutMs ?? 2000,
    connectTimeout: 2000,
    retryStrategy: (times) => Math.min(times * 100, 2000),
    lazyConnect: false,
  }) as CasRedis
  // Each waiting command listens for 'ready' (below); many residents at once must not trip the leak warning.
  client.setMaxListeners(0)
  client.defineCommand('soudanCas', { numberOfKeys: 1, lua: CAS_SCRIPT })
  let lastErrorLog = 0
  client.on('error', (err: Error & { code?: string }) => {
    // ioredis emits on every reconnect attempt; one line every 30 s is enough for staff.
    if (Date.now() - lastErrorLog < 30_000) return
    lastErrorLog = Date.now()
    options.logger?.log('warn', 'redis_error', { code: err.code ?? err.name })
  })

  // While Redis is away ioredis would queue a command until its next reconnect attempt (backing off to
  // 2 s). A resident should not wait that long for the outage message: wait briefly, then give up.
  const readyWaitMs = options.readyWaitMs ?? 300
  const ready = () =>
    client.status === 'ready'
      ? Promise.resolve()
      : new Promise<void>((resolve, reject) => {
          const onReady = () => {
            clearTimeout(timer)
            resolve()
          }
          const timer = setTimeout(() => {
            client.off('ready', onReady)
            reject(new Error(`redis not ready (${client.status})`))
          }, readyWaitMs)
          client.once('ready', onReady)
        })

  return redisLikeStore('redis', options.keyPrefix ?? '', {
    ready,
    hmget: (key) => client.hmget(key, 'v', 's') as Promise<[string | null, string | null]>,
    cas: async (key, args) => (await client.soudanCas(key, ...args)) === 1,
    del: async (key) => {
      await client.del(key)
    },
    setNx: async (key, ttlSeconds) => (await client.set(key, '1', 'EX', ttlSeconds, 'NX')) === 'OK',
    close: async () => {
      await client.quit().catch(() => client.disconnect())
    },
  })
}
