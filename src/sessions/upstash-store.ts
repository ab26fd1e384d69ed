import { Redis } from '@upstash/redis'
import { StoreUnavailableError } from '../core/errors.ts'
import type { SessionStore } from '../core/session-store.ts'
import { CAS_SCRIPT, casArgs } from './redis-scripts.ts'
import { assertTtl, CLAIM_PREFIX, casUpdate, fromHash, SESSION_PREFIX } from './session-record.ts'

export interface UpstashStoreOptions {
  url: string
  token: string
  keyPrefix?: string
}

/**
 * Sessions in Upstash Redis over its REST API (Node and Workers: only fetch). REST calls are
 * stateless, so WATCH cannot span them; the same Lua compare-and-set as the Redis store runs via EVAL.
 */
export const createUpstashStore = (options: UpstashStoreOptions): SessionStore => {
  const client = new Redis({
    url: options.url,
    token: options.token,
    // We store JSON text ourselves and parse it; the client must hand strings back untouched.
    automaticDeserialization: false,
    // The default retries for ~4 s; a resident should hear about an outage sooner.
    retry: { retries: 2, backoff: (n) => 100 * (n + 1) },
    enableTelemetry: false,
  })
  const prefix = options.keyPrefix ?? ''
  const sessKey = (id: string) => `${SESSION_PREFIX}${prefix}${id}`
  const claimKey = (key: string) => `${CLAIM_PREFIX}${prefix}${key}`
  const guard = async <T>(op: string, run: () => Promise<T>): Promise<T> => {
    try {
      return await run()
    } catch (err) {
      throw new StoreUnavailableError('session store unavailable', { store: 'upstash', op }, { cause: err })
    }
  }

  const backend = {
    read: (id: string) =>
      guard('get', async () => {
        // With automaticDeserialization off the client returns HMGET's raw reply: [v, s].
        const reply = (await client.hmget(sessKey(id), 'v', 's')) as unknown as [string | null, string | null]
        return fromHash(reply[0], reply[1])
      }),
    compareAndSet: (
      id: string,
      expected: number,
      next: { json: string; version: number } | null,
      ttl: number,
    ) =>
      guard('update', async () => {
        const written = await client.eval<string[], number | string>(
          CAS_SCRIPT,
          [sessKey(id)],
          casArgs(expected, next, ttl),
        )
        return Number(written) === 1
      }),
  }

  return {
    name: 'upstash',
    get: backend.read,
    update: (id, fn, ttlSeconds) => casUpdate(backend, id, fn, ttlSeconds, () => new Date()),
    delete: (id) =>
      guard('delete', async () => {
        await client.del(sessKey(id))
      }),
    async claim(key, ttlSeconds) {
      assertTtl(ttlSeconds)
      return guard('claim', async () => {
        return (await client.set(claimKey(key), '1', { nx: true, ex: ttlSeconds })) === 'OK'
      })
    },
  }
}
