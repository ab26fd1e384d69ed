import holidayJp from '@holiday-jp/holiday_jp'
import type { HoursSpec, Weekday } from './schema.ts'

// Open-now in Asia/Tokyo. Servers run in UTC and Workers have no TZ database worth trusting, so the
// JST wall clock is computed explicitly (+9h, Japan has no daylight saving) and never read from the
// process time zone.

const JST_OFFSET_MS = 9 * 60 * 60 * 1000
const dayIds: Weekday[] = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat']

export interface TokyoTime {
  /** YYYY-MM-DD in Japan. */
  date: string
  month: number
  day: number
  weekday: Weekday
  /** HH:MM in Japan, comparable as a string with the data's '08:30'. */
  hhmm: string
}

const pad = (n: number) => String(n).padStart(2, '0')

// A turn asks for the time in Japan once per card shown and again for the office-hours hint, always for
// the same minute: the last minute's answer is kept (frozen, as it is shared) rather than rebuilt.
let lastMinute = Number.NaN
let lastTime: Readonly<TokyoTime> | null = null

export const tokyoTime = (now: Date): Readonly<TokyoTime> => {
  const minute = Math.floor(now.getTime() / 60_000)
  if (minute === lastMinute && lastTime) return lastTime
  const t = new Date(now.getTime() + JST_OFFSET_MS)
  const month = t.getUTCMonth() + 1
  const day = t.getUTCDate()
  lastTime = Object.freeze({
    date: `${t.getUTCFullYear()}-${pad(month)}-${pad(day)}`,
    month,
    day,
    weekday: dayIds[t.getUTCDay()]!,
    hhmm: `${pad(t.getUTCHours())}:${pad(t.getUTCMinutes())}`,
  })
  lastMinute = minute
  return lastTime
}

const holidays = holidayJp.holidays as Record<string, unknown>
export const isJapaneseHoliday = (date: string): boolean => date in holidays

/** 12/29–1/3, when city offices close (年末年始). */
export const isNewYearClosure = (t: Pick<TokyoTime, 'month' | 'day'>): boolean =>
  (t.month === 12 && t.day >= 29) || (t.month === 1 && t.day <= 3)

interface DayJudgement {
  /** Today's opening windows, [] when closed all day, null when the data cannot tell. */
  windows: { open: string; close: string }[] | null
  always: boolean
}

const judgeDay = (spec: HoursSpec, t: TokyoTime): DayJudgement => {
  if ('always' in spec) return { windows: null, always: true }
  if (isNewYearClosure(t)) {
    if (spec.closed_new_year === true) return { windows: [], always: false }
    // The source did not say whether it opens over the New Year: do not guess.
    if (spec.closed_new_year === undefined) return { windows: null, always: false }
  }
  if (isJapaneseHoliday(t.date)) {
    if (spec.closed_on_holidays === true) return { windows: [], always: false }
    if (spec.closed_on_holidays === undefined) return { windows: null, always: false }
  }
  const windows = spec.weekly
    .filter((w) => w.days.includes(t.weekday))
    .map(({ open, close }) => ({ open, close }))
    .sort((a, b) => a.open.localeCompare(b.open))
  return { windows, always: false }
}

/** true/false when the data states the hours for this moment, null when it does not. */
export const isOpenAt = (spec: HoursSpec | null, now: Date): boolean | null => {
  if (!spec) return null
  const t = tokyoTime(now)
  const day = judgeDay(spec, t)
  if (day.always) return true
  if (day.windows === null) return null
  return day.windows.some((w) => w.open <= t.hhmm && t.hhmm < w.close)
}

const clock = (hhmm: string) => hhmm.replace(/^0(\d)/, '$1')

/** 「本日 8:30〜17:00」「本日はお休みです」「24時間受付」, or null when unknown. */
export const hoursTodayText = (spec: HoursSpec | null, now: Date): string | null => {
  if (!spec) return null
  const day = judgeDay(spec, tokyoTime(now))
  if (day.always) return '24時間受付'
  if (day.windows === null) return null
  if (day.windows.length === 0) return '本日はお休みです'
  return `本日 ${day.windows.map((w) => `${clock(w.open)}〜${clock(w.close)}`).join('、')}`
}

/**
 * Weekday daytime when city offices are normally staffed (8:30–17:00, not a holiday, not 12/29–1/3).
 * Only a hint for wording ("people are unlikely to answer now"); a card's own open-now is judged from
 * its `hours_spec` alone, and unknown hours are never called open or closed.
 */
export const isOfficeDaytime = (now: Date): boolean => {
  const t = tokyoTime(now)
  if (t.weekday === 'sat' || t.weekday === 'sun') return false
  if (isNewYearClosure(t) || isJapaneseHoliday(t.date)) return false
  return t.hhmm >= '08:30' && t.hhmm < '17:00'
}
