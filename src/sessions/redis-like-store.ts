import { StoreUnavailableError } from '../core/errors.ts'
import type { SessionStore } from '../core/session-store.ts'
import { casArgs } from './redis-scripts.ts'
import { assertTtl, CLAIM_PREFIX, casUpdate, fromHash, SESSION_PREFIX } from './session-record.ts'

// What the Redis (TCP) and Upstash (REST) stores share: keys, the compare-and-set update, claims, and
// turning any client failure into StoreUnavailableError so residents get the kind outage answer.
// Each store supplies only the few client calls below.

export interface RedisOps {
  /** HMGET key v s → [version, session JSON]. */
  hmget(key: string): Promise<[string | null, string | null]>
  /** Runs CAS_SCRIPT on key with these args; true when it wrote. */
  cas(key: string, args: string[]): Promise<boolean>
  del(key: string): Promise<void>
  /** SET key 1 NX EX ttl; true when this call set it. */
  setNx(key: string, ttlSeconds: number): Promise<boolean>
  /** Resolves when a command may run (the TCP client waits briefly for a reconnect). */
  ready?(): Promise<void>
  close?(): Promise<void>
}

export const redisLikeStore = (name: string, keyPrefix: string, ops: RedisOps): SessionStore => {
  const sessKey = (id: string) => `${SESSION_PREFIX}${keyPrefix}${id}`
  const claimKey = (key: string) => `${CLAIM_PREFIX}${keyPrefix}${key}`
  const guard = async <T>(op: string, run: () => Promise<T>): Promise<T> => {
    try {
      await ops.ready?.()
      return await run()
    } catch (err) {
      throw new StoreUnavailableError('session store unavailable', { store: name, op }, { cause: err })
    }
  }
  const backend = {
    read: (id: string) => guard('get', async () => fromHash(...(await ops.hmget(sessKey(id))))),
    compareAndSet: (
      id: string,
      expected: number,
      next: { json: string; version: number } | null,
      ttl: number,
    ) => guard('update', () => ops.cas(sessKey(id), casArgs(expected, next, ttl))),
  }
  return {
    name,
    get: backend.read,
    update: (id, fn, ttlSeconds) => casUpdate(backend, id, fn, ttlSeconds, () => new Date()),
    delete: (id) => guard('delete', () => ops.del(sessKey(id))),
    async claim(key, ttlSeconds) {
      assertTtl(ttlSeconds)
      return guard('claim', () => ops.setNx(claimKey(key), ttlSeconds))
    },
    ...(ops.close ? { close: ops.close } : {}),
  }
}
