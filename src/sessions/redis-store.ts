import { Redis } from 'ioredis'
import { StoreUnavailableError } from '../core/errors.ts'
import type { Logger } from '../core/log.ts'
import type { SessionStore } from '../core/session-store.ts'
import { CAS_SCRIPT, casArgs } from './redis-scripts.ts'
import { assertTtl, CLAIM_PREFIX, casUpdate, fromHash, SESSION_PREFIX } from './session-record.ts'

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

  const prefix = options.keyPrefix ?? ''
  const sessKey = (id: string) => `${SESSION_PREFIX}${prefix}${id}`
  const claimKey = (key: string) => `${CLAIM_PREFIX}${prefix}${key}`
  // While Redis is away ioredis would queue a command until its next reconnect attempt (backing off to
  // 2 s). A resident should not wait that long for the outage message: wait briefly, then give up.
  const readyWaitMs = options.readyWaitMs ?? 300
  const whenReady = () =>
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
  const guard = async <T>(op: string, run: () => Promise<T>): Promise<T> => {
    try {
      await whenReady()
      return await run()
    } catch (err) {
      throw new StoreUnavailableError('session store unavailable', { store: 'redis', op }, { cause: err })
    }
  }

  const backend = {
    read: (id: string) =>
      guard('get', async () => {
        const [version, json] = await client.hmget(sessKey(id), 'v', 's')
        return fromHash(version, json)
      }),
    compareAndSet: (
      id: string,
      expected: number,
      next: { json: string; version: number } | null,
      ttl: number,
    ) =>
      guard(
        'update',
        async () => (await client.soudanCas(sessKey(id), ...casArgs(expected, next, ttl))) === 1,
      ),
  }

  return {
    name: 'redis',
    get: backend.read,
    update: (id, fn, ttlSeconds) => casUpdate(backend, id, fn, ttlSeconds, () => new Date()),
    delete: (id) =>
      guard('delete', async () => {
        await client.del(sessKey(id))
      }),
    async claim(key, ttlSeconds) {
      assertTtl(ttlSeconds)
      return guard('claim', async () => {
        return (await client.set(claimKey(key), '1', 'EX', ttlSeconds, 'NX')) === 'OK'
      })
    },
    async close() {
      await client.quit().catch(() => client.disconnect())
    },
  }
}
