import { z } from 'zod'
import type { CounterCell, CounterValue, InsightsStore } from '../../core/insights.ts'
import { DEFAULT_RETENTION_MONTHS } from '../../core/insights.ts'
import { checkCells, checkRetention, fieldOf, monthExpiry, monthOf, parseField } from './cells.ts'

// Counters in memory: the embedded default. On Node they are persisted to a JSON file beside the
// console's data (var/console/insights.json, see file.ts), written a moment after a change and on
// close. Workers (local development only) keep them in the isolate.

export interface MemoryInsightsOptions {
  retentionMonths?: number
  /** Where to persist (src/insights/store/file.ts on Node); none: memory only. */
  persist?: Persistence
  /** How long after a change the file is written (default 2 s; tests use 0). */
  flushMs?: number
  now?: () => Date
}

/** Reads and writes the whole snapshot; `where` names it in messages. */
export interface Persistence {
  where: string
  load(): Promise<string | null>
  save(text: string): Promise<void>
}

const fileSchema = z
  .object({
    v: z.literal(1),
    months: z.record(z.string().regex(/^\d{4}-\d{2}$/), z.record(z.string(), z.number())),
  })
  .strict()

/** The file as it should be, or a message naming the file and the fix. */
export class InsightsFileError extends Error {
  override name = 'InsightsFileError'
}

export const createMemoryInsightsStore = (options: MemoryInsightsOptions = {}) => {
  const retentionMonths = checkRetention(options.retentionMonths ?? DEFAULT_RETENTION_MONTHS)
  const now = options.now ?? (() => new Date())
  const months = new Map<string, Map<string, number>>()
  let timer: ReturnType<typeof setTimeout> | null = null
  let writing: Promise<void> = Promise.resolve()

  // A month's expiry is fixed, so it is computed once per month instead of parsing a date for every
  // cell of every turn (counting a bench turn: 7.6 → 4.2 µs); the clock is still read on every check.
  const expiries = new Map<string, number>()
  const expiryOf = (month: string) => {
    let t = expiries.get(month)
    if (t === undefined) {
      t = monthExpiry(month, retentionMonths).getTime()
      expiries.set(month, t)
    }
    return t
  }
  const live = (month: string) => expiryOf(month) > now().getTime()
  const prune = () => {
    for (const m of months.keys()) if (!live(m)) months.delete(m)
    for (const m of expiries.keys()) if (!months.has(m)) expiries.delete(m)
  }

  const snapshot = () =>
    JSON.stringify({
      v: 1,
      months: Object.fromEntries([...months].map(([m, cells]) => [m, Object.fromEntries(cells)])),
    })

  const persist = options.persist
  const flush = async () => {
    if (!persist) return
    if (timer) clearTimeout(timer)
    timer = null
    const text = snapshot()
    writing = writing.then(() => persist.save(text))
    await writing
  }

  const schedule = () => {
    if (!persist || timer) return
    timer = setTimeout(() => void flush().catch(() => {}), options.flushMs ?? 2000)
    timer.unref?.()
  }

  const store: InsightsStore & { flush(): Promise<void>; load(): Promise<void> } = {
    name: persist ? 'memory+file' : 'memory',
    retentionMonths,
    async add(cells: CounterCell[]) {
      checkCells(cells)
      // Synchronous from here: a turn's cells all land together, and no other turn runs in between.
      for (const c of cells) {
        const month = monthOf(c.day)
        if (!live(month)) continue
        let hash = months.get(month)
        if (!hash) {
          prune()
          hash = new Map()
          months.set(month, hash)
        }
        const f = fieldOf(c)
        hash.set(f, (hash.get(f) ?? 0) + 1)
      }
      schedule()
    },
    async read(from, to) {
      prune()
      const out: CounterValue[] = []
      for (const [month, hash] of months) {
        if (month < from.slice(0, 7) || month > to.slice(0, 7)) continue
        for (const [field, count] of hash) {
          const v = parseField(field, count)
          if (v && v.day >= from && v.day <= to) out.push(v)
        }
      }
      return out
    },
    flush,
    async load() {
      const text = await persist?.load()
      if (!persist || text == null) return
      let parsed: z.infer<typeof fileSchema>
      try {
        parsed = fileSchema.parse(JSON.parse(text))
      } catch {
        throw new InsightsFileError(
          `${persist.where}: 集計ファイルの形式が正しくありません。壊れたファイルを別名に移してから起動し直してください（件数は0から数え直します）`,
        )
      }
      for (const [m, cells] of Object.entries(parsed.months)) {
        const hash = new Map<string, number>()
        for (const [f, n] of Object.entries(cells)) if (parseField(f, n)) hash.set(f, n)
        months.set(m, hash)
      }
      prune()
    },
    async close() {
      await flush()
    },
  }
  return store
}
