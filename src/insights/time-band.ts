import type { TimeBand } from '../core/insights.ts'
import { isJapaneseHoliday, isNewYearClosure, tokyoTime } from '../directory/hours.ts'

// The time band of a moment in Japan, from the injected clock (never the process time zone). Office
// hours are the city's: weekdays 8:30–17:00. A weekend, a public holiday (@holiday-jp/holiday_jp, the
// same table the directory's opening hours use) or 年末年始 (12/29–1/3) is `holiday` all day.
//   weekday_day 08:30–16:59 · evening 17:00–21:59 · night 22:00–08:29

export const timeBand = (now: Date): { day: string; band: TimeBand } => {
  const t = tokyoTime(now)
  if (t.weekday === 'sat' || t.weekday === 'sun' || isJapaneseHoliday(t.date) || isNewYearClosure(t))
    return { day: t.date, band: 'holiday' }
  const band: TimeBand =
    t.hhmm >= '08:30' && t.hhmm < '17:00'
      ? 'weekday_day'
      : t.hhmm >= '17:00' && t.hhmm < '22:00'
        ? 'evening'
        : 'night'
  return { day: t.date, band }
}
