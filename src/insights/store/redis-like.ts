import { StoreUnavailableError } from '../../core/errors.ts'
import type { CounterCell, CounterValue, InsightsStore } from '../../core/insights.ts'
import { DEFAULT_RETENTION_MONTHS } from '../../core/insights.ts'
import {
  checkCells,
  checkRetention,
  fieldOf,
  INSIGHTS_PREFIX,
  monthExpiry,
  monthOf,
  monthsBetween,
  parseField,
} from './cells.ts'

// What the Redis (TCP) and Upstash (REST) insights stores share. A turn's increments are one script
// call per month hash (a turn has one day, so one call): HINCRBY per cell and EXPIREAT, atomic, so they
// land together when many processes count at once. Each store supplies only the two client calls below.

/**
 * One month's increments in one atomic step: HINCRBY key field 1 for each field, then EXPIREAT key at.
 * A Lua script (one command, one reply) rather than MULTI with a reply per cell: lighter on the event
 * loop that also serves residents. All of a turn's cells share one day, so one key.
 */
export const INCREMENT_SCRIPT = `
for i = 2, #ARGV do redis.call('HINCRBY', KEYS[1], ARGV[i], 1) end
redis.call('EXPIREAT', KEYS[1], ARGV[1])
return #ARGV - 1`

export interface InsightsRedisOps {
  /** Runs INCREMENT_SCRIPT on key with [expireAt seconds, ...fields]. */
  increment(key: string, expireAt: number, fields: string[]): Promise<void>
  hgetall(key: string): Promise<Record<string, string | number> | null>
  close?(): Promise<void>
}

export interface RedisLikeInsightsOptions {
  keyPrefix?: string
  retentionMonths?: number
}

export const redisLikeInsightsStore = (
  name: string,
  ops: InsightsRedisOps,
  options: RedisLikeInsightsOptions,
): InsightsStore => {
  const retentionMonths = checkRetention(options.retentionMonths ?? DEFAULT_RETENTION_MONTHS)
  const keyOf = (month: string) => `${INSIGHTS_PREFIX}${options.keyPrefix ?? ''}m:${month}`
  const guard = async <T>(op: string, run: () => Promise<T>) => {
    try {
      return await run()
    } catch (err) {
      throw new StoreUnavailableError('insights store unavailable', { store: name, op }, { cause: err })
    }
  }
  return {
    name,
    retentionMonths,
    async add(cells: CounterCell[]) {
      checkCells(cells)
      const byKey = new Map<string, string[]>()
      const expireAt = new Map<string, number>()
      for (const c of cells) {
        const month = monthOf(c.day)
        const key = keyOf(month)
        const expiry = monthExpiry(month, retentionMonths).getTime()
        // A month already past retention is not written at all.
        if (expiry <= Date.now()) continue
        const fields = byKey.get(key)
        if (fields) fields.push(fieldOf(c))
        else byKey.set(key, [fieldOf(c)])
        expireAt.set(key, Math.floor(expiry / 1000))
      }
      if (byKey.size === 0) return
      return guard('add', async () => {
        for (const [key, fields] of byKey) await ops.increment(key, expireAt.get(key)!, fields)
      })
    },
    read: (from, to) =>
      guard('read', async () => {
        const out: CounterValue[] = []
        for (const month of monthsBetween(from, to)) {
          const hash = (await ops.hgetall(keyOf(month))) ?? {}
          for (const [field, count] of Object.entries(hash)) {
            const v = parseField(field, Number(count))
            if (v && v.day >= from && v.day <= to) out.push(v)
          }
        }
        return out
      }),
    ...(ops.close ? { close: ops.close } : {}),
  }
}
