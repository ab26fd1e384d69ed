import { z } from 'zod'
import { InvalidRequestError } from '../core/errors.ts'
import { tokyoTime } from '../directory/hours.ts'
import { monthsBetween } from './store/cells.ts'

// Periods are whole calendar months (Japan): a date given as --from/--to or in the console's form is
// widened to its month, so two queries a day apart give the same numbers (docs/insights-privacy.md).

const monthOrDay = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/, 'YYYY-MM か YYYY-MM-DD で書いてください')

export interface Period {
  from: string
  to: string
  months: string[]
  /** First and last day, YYYY-MM-DD. */
  firstDay: string
  lastDay: string
}

const lastDayOf = (month: string) => {
  const [y, m] = month.split('-').map(Number) as [number, number]
  return `${month}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`
}

export const monthsBack = (month: string, n: number) => {
  const [y, m] = month.split('-').map(Number) as [number, number]
  const i = y * 12 + (m - 1) - n
  return `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`
}

/** The period asked for, widened to whole months; by default the last three months up to now. */
export const periodOf = (
  from: string | undefined,
  to: string | undefined,
  now: Date,
  defaultMonths = 3,
): Period => {
  const current = tokyoTime(now).date.slice(0, 7)
  const parse = (v: string | undefined, name: string) => {
    if (v === undefined || v === '') return undefined
    const r = monthOrDay.safeParse(v)
    if (!r.success) throw new InvalidRequestError(`${name}: ${r.error.issues[0]?.message}（${v}）`)
    return r.data.slice(0, 7)
  }
  const t = parse(to, 'to') ?? current
  const f = parse(from, 'from') ?? monthsBack(t, defaultMonths - 1)
  if (f > t) throw new InvalidRequestError(`from（${f}）が to（${t}）より後になっています`)
  const months = monthsBetween(f, t)
  if (months.length > 36) throw new InvalidRequestError('期間は36か月までにしてください')
  return { from: f, to: t, months, firstDay: `${f}-01`, lastDay: lastDayOf(t) }
}
