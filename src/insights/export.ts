import { csvCell } from '../admin/csv.ts'
import { type CounterValue, type InsightTable, insightTableIds } from '../core/insights.ts'
import type { WardId } from '../core/taxonomy.ts'
import { dimensionNames, tableNames, valueLabel } from './labels.ts'
import type { Period } from './period.ts'
import {
  hasWard,
  type PublishedTable,
  publishTable,
  SENSITIVE_SMALL_CELL,
  SENSITIVE_VALUES,
  type Shown,
  SMALL_CELL,
  shownText,
  type Total,
} from './suppress.ts'

// The exports (console and `npm run insights -- export`): every table for whole months, suppressed by
// suppress.ts, as CSV (Excel on a city office PC: BOM, CRLF) or JSON. With a ward, only the tables that
// have a ward dimension, and only that ward's rows: the others are city-wide by construction.

const jsonValue = (s: Shown | Total) =>
  ('suppressed' in s && s.suppressed) || ('shownCells' in s && s.shownCells === 0)
    ? { value: null, display: shownText(s) }
    : { value: (s as Total).value, display: shownText(s), ...(s.partial ? { partial: true } : {}) }

export interface ExportOptions {
  period: Period
  ward: WardId | null
}

const tablesFor = (values: CounterValue[], { period, ward }: ExportOptions): PublishedTable[] =>
  insightTableIds
    .filter((t) => !ward || hasWard(t))
    .map((t: InsightTable) => publishTable(values, t, { months: period.months, ...(ward ? { ward } : {}) }))

const rule = {
  threshold: SMALL_CELL,
  sensitiveThreshold: SENSITIVE_SMALL_CELL,
  sensitiveValues: [...SENSITIVE_VALUES],
  note: '5未満（危機・虐待・DVは10未満）の欄は数を出しません。合計は表示した欄だけの和で、小さな欄を含まない数には※を付けます。期間は月単位です。詳しくは docs/insights-privacy.md',
}

export const exportJson = (values: CounterValue[], options: ExportOptions) => ({
  period: { from: options.period.from, to: options.period.to, months: options.period.months },
  ward: options.ward,
  rule,
  tables: tablesFor(values, options).map((t) => ({
    table: t.table,
    name: tableNames[t.table],
    dims: t.dims,
    rows: t.rows.map((r) => ({
      value: r,
      label: valueLabel(t.dims[0], r),
      cells: Object.fromEntries(t.cols.map((c) => [c, jsonValue(t.cell(r, c))])),
      total: jsonValue(t.rowTotal(r)),
    })),
    columnTotals: Object.fromEntries(t.cols.map((c) => [c, jsonValue(t.colTotal(c))])),
    total: jsonValue(t.grand),
  })),
})

export const exportCsv = (values: CounterValue[], options: ExportOptions) => {
  const period = `${options.period.from}〜${options.period.to}`
  const lines: (string | number)[][] = [['表', '行の項目', '行', '列の項目', '列', '期間', '件数']]
  for (const t of tablesFor(values, options)) {
    const [dr, dc] = t.dims
    const line = (r: string, c: string, s: Shown | Total) => [
      tableNames[t.table],
      dimensionNames[dr],
      r,
      dimensionNames[dc],
      c,
      period,
      shownText(s),
    ]
    for (const r of t.rows) {
      for (const c of t.cols) lines.push(line(valueLabel(dr, r), valueLabel(dc, c), t.cell(r, c)))
      lines.push(line(valueLabel(dr, r), '合計', t.rowTotal(r)))
    }
    for (const c of t.cols) lines.push(line('合計', valueLabel(dc, c), t.colTotal(c)))
    lines.push(line('合計', '合計', t.grand))
  }
  lines.push([`※ ${rule.note}`])
  return `\uFEFF${lines.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`
}
