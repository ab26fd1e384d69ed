import {
  type CounterValue,
  type Dimension,
  dimensions,
  type InsightTable,
  insightTables,
} from '../core/insights.ts'
import type { WardId } from '../core/taxonomy.ts'
import { monthOf } from './store/cells.ts'

// Small cells never leave the system. Every number the console, the exports and the monthly report
// show goes through here; the rule is documented in docs/insights-privacy.md and tested against
// adversarial queries in tests/insights/suppress.test.ts.
//
// 1. The unit is a month: a base cell is (calendar month, table, row, column). Ranges are whole months
//    (a date is widened to its month), so one more day in a query changes nothing.
// 2. A base cell below the threshold (5; 10 when its row or column is crisis, child_abuse, elder_abuse
//    or domestic_violence) is shown as 「5未満」/「10未満」 — zero included, so an empty cell and a
//    small one look the same.
// 3. Complementary suppression: in each month's table, a row or column with exactly one suppressed
//    cell has its smallest shown cell suppressed too (repeated until none is left alone), so a margin
//    published elsewhere minus the shown cells gives a sum of two or more cells, never one.
// 4. A suppressed base cell enters no other number: a range is the sum of its shown months, a total the
//    sum of its shown cells. Such a number is marked ※ (「一部の小さな値を含まない」).
// 5. Weekly trend points (weeks and months cut the same days differently) are also rounded to 5.

export const SMALL_CELL = 5
export const SENSITIVE_SMALL_CELL = 10
export const SENSITIVE_VALUES = new Set(['crisis', 'child_abuse', 'elder_abuse', 'domestic_violence'])

export const thresholdFor = (a: string, b: string) =>
  SENSITIVE_VALUES.has(a) || SENSITIVE_VALUES.has(b) ? SENSITIVE_SMALL_CELL : SMALL_CELL

export type Shown =
  | { suppressed: true; below: number }
  | { suppressed: false; value: number; partial: boolean }
export interface Total {
  value: number
  partial: boolean
  /** Cells it adds up; 0 when every one is suppressed (shown as 「—」, never as a 0). */
  shownCells: number
}

export interface PublishedTable {
  table: InsightTable
  dims: readonly [Dimension, Dimension]
  rows: readonly string[]
  cols: readonly string[]
  cell(row: string, col: string): Shown
  rowTotal(row: string): Total
  colTotal(col: string): Total
  grand: Total
}

export const shownText = (s: Shown | Total): string =>
  'suppressed' in s && s.suppressed
    ? `${s.below}未満`
    : `${(s as { value: number }).value}${s.partial ? '※' : ''}`

/** One month of one table: which cells are shown. Primary, then complementary suppression. */
export const suppressMonth = (
  raw: (a: string, b: string) => number,
  rows: readonly string[],
  cols: readonly string[],
): ((a: string, b: string) => boolean) => {
  const hidden = new Set<string>()
  const key = (a: string, b: string) => `${a}\u0000${b}`
  for (const a of rows) for (const b of cols) if (raw(a, b) < thresholdFor(a, b)) hidden.add(key(a, b))
  const lines = [
    ...rows.map((a) => cols.map((b) => [a, b] as const)),
    ...cols.map((b) => rows.map((a) => [a, b] as const)),
  ]
  for (let changed = true; changed; ) {
    changed = false
    for (const line of lines) {
      const shown = line.filter(([a, b]) => !hidden.has(key(a, b)))
      if (line.length - shown.length !== 1 || shown.length === 0) continue
      const smallest = shown.reduce((m, c) => (raw(c[0], c[1]) < raw(m[0], m[1]) ? c : m))
      hidden.add(key(smallest[0], smallest[1]))
      changed = true
    }
  }
  return (a, b) => !hidden.has(key(a, b))
}

export interface PublishOptions {
  /** Whole months, YYYY-MM. */
  months: readonly string[]
  /** Only this ward's rows (tables with a ward dimension only). */
  ward?: WardId
}

export const hasWard = (table: InsightTable) =>
  (insightTables[table].dims as readonly string[]).includes('ward')

/** One table for whole months, suppressed. `values` may hold other tables and days; they are ignored. */
export const publishTable = (
  values: CounterValue[],
  table: InsightTable,
  options: PublishOptions,
): PublishedTable => {
  const dims = insightTables[table].dims
  const allRows = dimensions[dims[0]] as readonly string[]
  const cols = dimensions[dims[1]] as readonly string[]
  const byMonth = new Map<string, Map<string, number>>()
  for (const v of values) {
    if (v.table !== table) continue
    const m = monthOf(v.day)
    if (!options.months.includes(m)) continue
    const cells = byMonth.get(m) ?? new Map<string, number>()
    byMonth.set(m, cells)
    const k = `${v.a}\u0000${v.b}`
    cells.set(k, (cells.get(k) ?? 0) + v.count)
  }
  const sum = new Map<string, { value: number; shownMonths: number }>()
  for (const m of options.months) {
    const cells = byMonth.get(m) ?? new Map<string, number>()
    const raw = (a: string, b: string) => cells.get(`${a}\u0000${b}`) ?? 0
    const isShown = suppressMonth(raw, allRows, cols)
    for (const a of allRows)
      for (const b of cols) {
        const k = `${a}\u0000${b}`
        const s = sum.get(k) ?? { value: 0, shownMonths: 0 }
        if (isShown(a, b)) {
          s.value += raw(a, b)
          s.shownMonths += 1
        }
        sum.set(k, s)
      }
  }
  const months = options.months.length
  const cell = (a: string, b: string): Shown => {
    const s = sum.get(`${a}\u0000${b}`) ?? { value: 0, shownMonths: 0 }
    if (s.shownMonths === 0) return { suppressed: true, below: thresholdFor(a, b) }
    return { suppressed: false, value: s.value, partial: s.shownMonths < months }
  }
  const rows = options.ward && dims[0] === 'ward' ? [options.ward] : allRows
  const total = (cells: Shown[]): Total => ({
    value: cells.reduce((n, c) => n + (c.suppressed ? 0 : c.value), 0),
    partial: cells.some((c) => c.suppressed || c.partial),
    shownCells: cells.filter((c) => !c.suppressed).length,
  })
  const rowTotal = (a: string) => total(cols.map((b) => cell(a, b)))
  const colTotal = (b: string) => total(rows.map((a) => cell(a, b)))
  return {
    table,
    dims,
    rows,
    cols,
    cell,
    rowTotal,
    colTotal,
    grand: total(rows.flatMap((a) => cols.map((b) => cell(a, b)))),
  }
}

/** Nearest multiple of 5 (8 → 10, 7 → 5); never below the threshold it passed. */
export const roundTo5 = (n: number) => Math.max(SMALL_CELL, Math.round(n / 5) * 5)
