import type { CounterValue } from '../core/insights.ts'
import { type Concern, concernIds, type WardId } from '../core/taxonomy.ts'
import type { Period } from './period.ts'
import { type PublishedTable, publishTable, roundTo5, type Shown, thresholdFor } from './suppress.ts'

// What the dashboard, the exports and the monthly report show, from raw counters, with every number
// through suppress.ts. Nothing here reads a raw count into a published number any other way.

export interface TrendSeries {
  concern: Concern
  /** One point per week: a rounded count, or null when below the threshold. */
  points: (number | null)[]
  threshold: number
}

export interface OutsideShare {
  concern: Concern
  /** Outside office hours ÷ all, from shown cells only; null when nothing is shown. */
  share: number | null
  /** Shown consultations it is computed from. */
  base: number
  partial: boolean
}

export interface ConversationRow {
  channel: string
  opened: Shown
  answered: Shown
  /** Opened minus answered, both shown; null when either is suppressed. */
  left: number | null
}

export interface InsightsView {
  period: Period
  ward: WardId | null
  heat: PublishedTable
  weeks: string[]
  trends: TrendSeries[]
  outside: OutsideShare[]
  unmet: PublishedTable
  /** The ward's (or the city's) consultations per concern, to set the unmet counts beside. */
  consultations: PublishedTable
  feedback: PublishedTable
  wardFeedback: PublishedTable
  outcomes: PublishedTable
  bands: PublishedTable
  conversations: ConversationRow[]
}

const DAY_MS = 86_400_000
const addDays = (day: string, n: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10)

/** Mondays of the ISO weeks lying wholly inside the period (a week is never cut by the period's edge). */
export const weeksIn = (firstDay: string, lastDay: string): string[] => {
  const dow = new Date(`${firstDay}T00:00:00Z`).getUTCDay()
  let monday = addDays(firstDay, (8 - dow) % 7)
  const out: string[] = []
  while (addDays(monday, 6) <= lastDay) {
    out.push(monday)
    monday = addDays(monday, 7)
  }
  return out
}

const weekOf = (day: string) => {
  const dow = new Date(`${day}T00:00:00Z`).getUTCDay()
  return addDays(day, -((dow + 6) % 7))
}

/** Weekly consultations per concern (the ward's, or the city's), thresholded and rounded to 5. */
export const weeklyTrends = (values: CounterValue[], weeks: string[], ward: WardId | null): TrendSeries[] => {
  const raw = new Map<string, number>()
  for (const v of values) {
    if (v.table !== 'ward_concern' || (ward && v.a !== ward)) continue
    const k = `${weekOf(v.day)}|${v.b}`
    raw.set(k, (raw.get(k) ?? 0) + v.count)
  }
  return concernIds
    .map((concern) => {
      const threshold = thresholdFor(concern, concern)
      const points = weeks.map((w) => {
        const n = raw.get(`${w}|${concern}`) ?? 0
        return n < threshold ? null : roundTo5(n)
      })
      return { concern, points, threshold }
    })
    .filter((s) => s.points.some((p) => p !== null))
}

const OUTSIDE = ['evening', 'night', 'holiday']

export const buildInsights = (values: CounterValue[], period: Period, ward: WardId | null): InsightsView => {
  const opts = { months: period.months, ...(ward ? { ward } : {}) }
  const city = { months: period.months }
  const bandsByConcern = publishTable(values, 'concern_band', city)
  const outside = concernIds.map((concern): OutsideShare => {
    const cells = bandsByConcern.cols.map((b) => ({ b, s: bandsByConcern.cell(concern, b) }))
    const shown = cells.filter((c) => !c.s.suppressed) as {
      b: string
      s: Extract<Shown, { suppressed: false }>
    }[]
    const base = shown.reduce((n, c) => n + c.s.value, 0)
    const out = shown.filter((c) => OUTSIDE.includes(c.b)).reduce((n, c) => n + c.s.value, 0)
    return {
      concern,
      share: base > 0 ? out / base : null,
      base,
      partial: cells.some((c) => c.s.suppressed || c.s.partial),
    }
  })
  const conv = publishTable(values, 'conversations', city)
  const weeks = weeksIn(period.firstDay, period.lastDay)
  return {
    period,
    ward,
    heat: publishTable(values, 'ward_concern', city),
    weeks,
    trends: weeklyTrends(values, weeks, ward),
    outside,
    unmet: publishTable(values, 'unmet', opts),
    consultations: publishTable(values, 'ward_concern', opts),
    feedback: publishTable(values, 'concern_feedback', city),
    wardFeedback: publishTable(values, 'ward_feedback', opts),
    outcomes: publishTable(values, 'ward_outcome', opts),
    bands: publishTable(values, 'ward_band', opts),
    conversations: conv.rows.map((channel) => {
      const opened = conv.cell(channel, 'opened')
      const answered = conv.cell(channel, 'answered')
      return {
        channel,
        opened,
        answered,
        left: opened.suppressed || answered.suppressed ? null : Math.max(0, opened.value - answered.value),
      }
    }),
  }
}
