import { InvalidRequestError } from '../../core/errors.ts'
import {
  type CounterCell,
  type CounterValue,
  counterCellSchema,
  DEFAULT_RETENTION_MONTHS,
  dimensions,
  type InsightTable,
  insightTables,
} from '../../core/insights.ts'

// What every insights store shares: how a cell is written as a hash field, which month's hash holds it,
// and when that month is forgotten. One hash per month, so retention is one expiry per month.
//   key   soudan:ins:<prefix>m:<YYYY-MM>
//   field <table>|<YYYY-MM-DD>|<a>|<b>   value: the count

export const INSIGHTS_PREFIX = 'soudan:ins:'

export const fieldOf = (c: CounterCell) => `${c.table}|${c.day}|${c.a}|${c.b}`
export const monthOf = (day: string) => day.slice(0, 7)

export const parseField = (field: string, count: number): CounterValue | null => {
  const [table, day, a, b] = field.split('|')
  const parsed = counterCellSchema.safeParse({ table, day, a, b })
  return parsed.success && Number.isSafeInteger(count) && count > 0 ? { ...parsed.data, count } : null
}

// The closed lists as sets, per table: every turn checks its cells, so this stays allocation-free
// (counterCellSchema says the same, for reading back).
const allowed = new Map(
  Object.entries(insightTables).map(([t, { dims }]) => [
    t,
    [new Set<string>(dimensions[dims[0]]), new Set<string>(dimensions[dims[1]])] as const,
  ]),
)
const DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/
const validCell = (c: CounterCell) => {
  const sets = allowed.get(c.table)
  return sets?.[0].has(c.a) === true && sets[1].has(c.b) && DAY.test(c.day)
}

/** Cells are checked before anything is written: a bad one refuses the whole turn's increments. */
export const checkCells = (cells: CounterCell[]): CounterCell[] => {
  for (const c of cells) {
    if (!validCell(c))
      throw new InvalidRequestError('insights: a counter cell outside the closed lists', {
        table: c.table as InsightTable,
      })
  }
  return cells
}

/** Months from..to inclusive (YYYY-MM). */
export const monthsBetween = (from: string, to: string): string[] => {
  const out: string[] = []
  let [y, m] = from.slice(0, 7).split('-').map(Number) as [number, number]
  const end = to.slice(0, 7)
  for (let i = 0; i < 1200; i++) {
    const month = `${y}-${String(m).padStart(2, '0')}`
    if (month > end) break
    out.push(month)
    m += 1
    if (m > 12) {
      m = 1
      y += 1
    }
  }
  return out
}

/**
 * When a month's counters are forgotten: the start (Japan time) of the month `retention` months after
 * it. With 25, November 2026 is kept until 1 December 2028, so any month can be set beside the same
 * month a year before, for a full year.
 */
export const monthExpiry = (month: string, retentionMonths = DEFAULT_RETENTION_MONTHS): Date => {
  const [y, m] = month.split('-').map(Number) as [number, number]
  const index = y * 12 + (m - 1) + retentionMonths
  const ey = Math.floor(index / 12)
  const em = (index % 12) + 1
  return new Date(`${ey}-${String(em).padStart(2, '0')}-01T00:00:00+09:00`)
}

export const checkRetention = (months: number) => {
  if (!Number.isInteger(months) || months < 1 || months > 120)
    throw new RangeError(`insights retention must be 1–120 months, got ${months}`)
  return months
}
