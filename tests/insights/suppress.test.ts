import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { CounterValue } from '../../src/core/insights.ts'
import { type WardId, wardIds } from '../../src/core/taxonomy.ts'
import { weeklyTrends } from '../../src/insights/dashboard.ts'
import { exportCsv, exportJson } from '../../src/insights/export.ts'
import { periodOf } from '../../src/insights/period.ts'
import { publishTable, SENSITIVE_VALUES, suppressMonth, thresholdFor } from '../../src/insights/suppress.ts'

// Small cells never leave the system (docs/insights-privacy.md), tested as an adversary would query:
// day-by-day differences, nested periods, narrow filters, and margins published by another table.

const NOW = new Date('2026-12-06T03:00:00Z')
const concerns = ['dementia', 'elderly_care', 'livelihood', 'domestic_violence', 'housing'] as const

/** ward_concern counters, one value per (day, ward, concern). */
const values = (rows: [string, WardId, string, number][]): CounterValue[] =>
  rows.filter((r) => r[3] > 0).map(([day, a, b, count]) => ({ table: 'ward_concern', day, a, b, count }))

const everyView = (vs: CounterValue[]) => {
  const out: string[] = []
  for (const [from, to] of [
    ['2026-10', '2026-10'],
    ['2026-11', '2026-11'],
    ['2026-10', '2026-11'],
  ] as const) {
    const period = periodOf(from, to, NOW)
    out.push(exportCsv(vs, { period, ward: null }))
    for (const ward of wardIds) out.push(exportCsv(vs, { period, ward }))
  }
  return out
}

interface Row {
  month: string
  day: number
  ward: WardId
  concern: string
  count: number
}
const arbTable: fc.Arbitrary<Row[]> = fc.array(
  fc.record({
    month: fc.constantFrom('2026-10', '2026-11'),
    day: fc.integer({ min: 1, max: 28 }),
    ward: fc.constantFrom(...wardIds),
    concern: fc.constantFrom(...concerns),
    count: fc.integer({ min: 1, max: 9 }),
  }),
  { minLength: 5, maxLength: 80 },
)
const toValues = (rows: Row[]) =>
  values(rows.map((r) => [`${r.month}-${String(r.day).padStart(2, '0')}`, r.ward, r.concern, r.count]))

const monthRaw = (vs: CounterValue[], month: string) => {
  const m = new Map<string, number>()
  for (const v of vs)
    if (v.day.startsWith(month)) m.set(`${v.a}|${v.b}`, (m.get(`${v.a}|${v.b}`) ?? 0) + v.count)
  return m
}

describe('suppression', () => {
  it('every exported cell below its threshold is shown as 「5未満」/「10未満」 (10 for crisis, abuse, DV)', () => {
    fc.assert(
      fc.property(arbTable, (rows) => {
        const vs = toValues(rows)
        const raw = monthRaw(vs, '2026-11')
        const t = publishTable(vs, 'ward_concern', { months: ['2026-11'] })
        for (const a of t.rows)
          for (const b of t.cols) {
            const n = raw.get(`${a}|${b}`) ?? 0
            const s = t.cell(a, b)
            if (n < thresholdFor(a, b)) expect(s).toEqual({ suppressed: true, below: thresholdFor(a, b) })
            else if (!s.suppressed) expect(s.value).toBe(n)
          }
      }),
      { numRuns: 200 },
    )
    expect(thresholdFor('nakahara', 'domestic_violence')).toBe(10)
    expect([...SENSITIVE_VALUES].sort()).toEqual([
      'child_abuse',
      'crisis',
      'domestic_violence',
      'elder_abuse',
    ])
  })

  it('no published number moves when a suppressed cell changes (any period, any ward filter)', () => {
    fc.assert(
      fc.property(arbTable, fc.nat(), fc.integer({ min: 0, max: 9 }), (rows, pick, to) => {
        const vs = toValues(rows)
        const raw = monthRaw(vs, '2026-11')
        const small = wardIds
          .flatMap((w) => concerns.map((c) => [w, c] as const))
          .filter(([w, c]) => (raw.get(`${w}|${c}`) ?? 0) < thresholdFor(w, c))
        fc.pre(small.length > 0)
        const [w, c] = small[pick % small.length]!
        const target = to % thresholdFor(w, c)
        // The adversary's world where that one cell is `target` instead: one consultation more or less
        // on the 30th, the last day of the month (a day-by-day difference), or several days.
        const others = vs.filter((v) => !(v.day.startsWith('2026-11') && v.a === w && v.b === c))
        const changed = target > 0 ? [...others, ...values([['2026-11-30', w, c, target]])] : others
        expect(everyView(changed)).toEqual(everyView(vs))
      }),
      { numRuns: 30 },
    )
  })

  it('a query one day longer is the same query: periods are whole months', () => {
    const a = periodOf('2026-11-01', '2026-11-29', NOW)
    const b = periodOf('2026-11-01', '2026-11-30', NOW)
    expect(a).toEqual(b)
    expect(a.months).toEqual(['2026-11'])
    const base = values([
      ['2026-11-02', 'nakahara', 'dementia', 7],
      ['2026-11-05', 'nakahara', 'livelihood', 9],
    ])
    // Resident on the 30th: 3 → 4 in a small cell; nothing in any export changes.
    const withOne = [...base, ...values([['2026-11-30', 'nakahara', 'housing', 1]])]
    expect(exportCsv(withOne, { period: b, ward: 'nakahara' })).toBe(
      exportCsv(base, { period: a, ward: 'nakahara' }),
    )
  })

  it('nested months: [Oct–Nov] minus [Nov] gives only what October shows, never a suppressed October', () => {
    const vs = values([
      ['2026-10-10', 'nakahara', 'dementia', 4], // suppressed in October
      ['2026-11-10', 'nakahara', 'dementia', 6],
      ['2026-10-10', 'nakahara', 'livelihood', 8],
      ['2026-11-10', 'nakahara', 'livelihood', 7],
    ])
    const both = publishTable(vs, 'ward_concern', { months: ['2026-10', '2026-11'] })
    const nov = publishTable(vs, 'ward_concern', { months: ['2026-11'] })
    const oct = publishTable(vs, 'ward_concern', { months: ['2026-10'] })
    const num = (s: ReturnType<typeof both.cell>) => (s.suppressed ? 0 : s.value)
    expect(oct.cell('nakahara', 'dementia').suppressed).toBe(true)
    expect(num(both.cell('nakahara', 'dementia')) - num(nov.cell('nakahara', 'dementia'))).toBe(0)
    expect(both.cell('nakahara', 'dementia')).toEqual({ suppressed: false, value: 6, partial: true })
    expect(num(both.cell('nakahara', 'livelihood'))).toBe(15)
  })

  it('complementary: no row or column of a month has exactly one suppressed cell beside shown ones', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.integer({ min: 0, max: 40 }), { minLength: 4, maxLength: 4 }), {
          minLength: 3,
          maxLength: 6,
        }),
        (grid) => {
          const rows = grid.map((_, i) => `r${i}`)
          const cols = ['c0', 'c1', 'c2', 'c3']
          const raw = (a: string, b: string) => grid[Number(a.slice(1))]![Number(b.slice(1))]!
          const shown = suppressMonth(raw, rows, cols)
          const lines = [
            ...rows.map((a) => cols.map((b) => shown(a, b))),
            ...cols.map((b) => rows.map((a) => shown(a, b))),
          ]
          for (const line of lines) {
            const hidden = line.filter((s) => !s).length
            expect(hidden === 1 && line.some((s) => s)).toBe(false)
          }
        },
      ),
      { numRuns: 300 },
    )
  })

  it('a margin published by another table cannot isolate one small cell', () => {
    // 中原区's dementia consultations by time band: 20, 12, 9, 3. The band table alone would show 20,
    // 12, 9 and 「5未満」; anyone who knows the row's total (from ward × concern, say 44) could subtract.
    const vs: CounterValue[] = [
      ['weekday_day', 20],
      ['evening', 12],
      ['night', 9],
      ['holiday', 3],
    ].map(([b, count]) => ({
      table: 'concern_band',
      day: '2026-11-04',
      a: 'dementia',
      b: String(b),
      count: Number(count),
    }))
    const t = publishTable(vs, 'concern_band', { months: ['2026-11'] })
    const hidden = t.cols.filter((b) => t.cell('dementia', b).suppressed)
    expect(hidden).toEqual(['night', 'holiday']) // 9 goes with the 3
    const total = 44
    const shownSum = t.cols.reduce((n, b) => {
      const s = t.cell('dementia', b)
      return n + (s.suppressed ? 0 : s.value)
    }, 0)
    expect(total - shownSum).toBe(12) // two cells' sum: the 3 is not recovered
  })

  it('totals are the sum of the shown cells only, marked ※ when one is left out', () => {
    const vs = values([
      ['2026-11-03', 'nakahara', 'dementia', 12],
      ['2026-11-03', 'nakahara', 'livelihood', 7],
      ['2026-11-03', 'nakahara', 'housing', 2],
    ])
    const t = publishTable(vs, 'ward_concern', { months: ['2026-11'], ward: 'nakahara' })
    expect(t.rowTotal('nakahara')).toEqual({ value: 19, partial: true, shownCells: 2 })
    const csv = exportCsv(vs, { period: periodOf('2026-11', '2026-11', NOW), ward: 'nakahara' })
    expect(csv).toContain('区 × 相談内容,区,中原区,相談内容,住まい,2026-11〜2026-11,5未満')
    expect(csv).toContain('区 × 相談内容,区,中原区,相談内容,合計,2026-11〜2026-11,19※')
    expect(csv).not.toMatch(/,2\r\n/)
    const json = exportJson(vs, { period: periodOf('2026-11', '2026-11', NOW), ward: 'nakahara' })
    const wc = json.tables.find((x) => x.table === 'ward_concern')!
    expect(wc.rows[0]!.cells.housing).toEqual({ value: null, display: '5未満' })
    expect(json.tables.every((x) => x.dims.includes('ward'))).toBe(true)
  })

  it('weekly trend points are thresholded and rounded to 5', () => {
    const vs = values([
      ['2026-11-02', 'nakahara', 'dementia', 4],
      ['2026-11-03', 'tama', 'dementia', 3],
      ['2026-11-09', 'nakahara', 'dementia', 3],
      ['2026-11-16', 'nakahara', 'domestic_violence', 9],
    ])
    const [dementia, dv] = [
      weeklyTrends(vs, ['2026-11-02', '2026-11-09', '2026-11-16'], null).find(
        (s) => s.concern === 'dementia',
      ),
      weeklyTrends(vs, ['2026-11-02', '2026-11-09', '2026-11-16'], null).find(
        (s) => s.concern === 'domestic_violence',
      ),
    ]
    expect(dementia?.points).toEqual([5, null, null]) // 7 → 5; 3 is below 5
    expect(dv).toBeUndefined() // 9 is below 10
    expect(weeklyTrends(vs, ['2026-11-02'], 'tama')).toEqual([])
  })
})
