import { afterEach, describe, expect, it } from 'vitest'
import { hoursTodayText, isOpenAt, tokyoTime } from '../../src/directory/hours.ts'
import type { HoursSpec } from '../../src/directory/schema.ts'
import { jst, query, realDirectory } from './fixtures.ts'

const weekdays: HoursSpec = {
  weekly: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], open: '08:30', close: '17:00' }],
  closed_on_holidays: true,
  closed_new_year: true,
}

describe('hours in Asia/Tokyo', () => {
  const tz = process.env.TZ
  afterEach(() => {
    process.env.TZ = tz
  })

  it('reads the JST clock from a UTC instant whatever the process time zone', () => {
    for (const zone of ['UTC', 'America/Los_Angeles', 'Asia/Tokyo']) {
      process.env.TZ = zone
      // 2026-11-23 23:30 UTC is Tuesday 24th, 08:30 in Tokyo.
      expect(tokyoTime(new Date('2026-11-23T23:30:00Z'))).toMatchObject({
        date: '2026-11-24',
        weekday: 'tue',
        hhmm: '08:30',
      })
      expect(isOpenAt(weekdays, new Date('2026-11-23T23:30:00Z'))).toBe(true)
      expect(isOpenAt(weekdays, new Date('2026-11-23T23:29:00Z'))).toBe(false)
    }
  })

  it('answers each instant for its own minute when instants alternate (the last minute is kept)', () => {
    const at = (iso: string) => tokyoTime(new Date(iso))
    // Midnight in Tokyo: 14:59:59 and 15:00:00 UTC are one second apart and on different days.
    expect(at('2026-12-31T14:59:59Z')).toMatchObject({ date: '2026-12-31', hhmm: '23:59', weekday: 'thu' })
    expect(at('2026-12-31T15:00:00Z')).toMatchObject({ date: '2027-01-01', hhmm: '00:00', weekday: 'fri' })
    expect(at('2026-12-31T14:59:00Z')).toMatchObject({ date: '2026-12-31', hhmm: '23:59' })
    expect(at('2026-12-31T15:00:59Z')).toMatchObject({ date: '2027-01-01', hhmm: '00:00' })
    // The same minute, the same reading; it is shared, so it cannot be changed by whoever holds it.
    const kept = at('2026-12-31T15:00:30Z')
    expect(kept).toBe(at('2026-12-31T15:00:01Z'))
    expect(Object.isFrozen(kept)).toBe(true)
  })

  it('is open on a weekday at 10:00 and closed at 17:00 and 18:00', () => {
    expect(isOpenAt(weekdays, jst('2026-11-24T10:00'))).toBe(true)
    expect(isOpenAt(weekdays, jst('2026-11-24T17:00'))).toBe(false)
    expect(isOpenAt(weekdays, jst('2026-11-24T18:00'))).toBe(false)
    expect(hoursTodayText(weekdays, jst('2026-11-24T18:00'))).toBe('本日 8:30〜17:00')
  })

  it('is closed on a national holiday (2026-11-23 勤労感謝の日) and at the weekend', () => {
    expect(isOpenAt(weekdays, jst('2026-11-23T10:00'))).toBe(false)
    expect(hoursTodayText(weekdays, jst('2026-11-23T10:00'))).toBe('本日はお休みです')
    expect(isOpenAt(weekdays, jst('2026-11-22T10:00'))).toBe(false)
  })

  it('is closed over the New Year (12/29–1/3) and open again on 1/4', () => {
    expect(isOpenAt(weekdays, jst('2026-12-28T10:00'))).toBe(true)
    expect(isOpenAt(weekdays, jst('2026-12-29T10:00'))).toBe(false)
    expect(isOpenAt(weekdays, jst('2026-12-30T10:00'))).toBe(false)
    expect(isOpenAt(weekdays, jst('2027-01-04T10:00'))).toBe(true)
  })

  it('answers null, not a guess, when the source does not say about holidays or the New Year', () => {
    const silent: HoursSpec = { weekly: weekdays.weekly }
    expect(isOpenAt(silent, jst('2026-11-23T10:00'))).toBeNull()
    expect(hoursTodayText(silent, jst('2026-11-23T10:00'))).toBeNull()
    expect(isOpenAt(silent, jst('2026-12-30T10:00'))).toBeNull()
    expect(isOpenAt(silent, jst('2026-11-24T10:00'))).toBe(true)
    expect(isOpenAt(null, jst('2026-11-24T10:00'))).toBeNull()
  })

  it('handles split windows and 24-hour lines', () => {
    const lunch: HoursSpec = {
      weekly: [
        { days: ['mon'], open: '08:30', close: '12:00' },
        { days: ['mon'], open: '13:00', close: '17:00' },
      ],
    }
    expect(isOpenAt(lunch, jst('2026-11-30T12:30'))).toBe(false)
    expect(isOpenAt(lunch, jst('2026-11-30T13:00'))).toBe(true)
    expect(hoursTodayText(lunch, jst('2026-11-30T09:00'))).toBe('本日 8:30〜12:00、13:00〜17:00')
    expect(isOpenAt({ always: true }, jst('2027-01-01T03:00'))).toBe(true)
    expect(hoursTodayText({ always: true }, jst('2027-01-01T03:00'))).toBe('24時間受付')
  })
})

describe('open-now on real routes', () => {
  const dir = realDirectory()
  const housing = (now: Date) => dir.route(query({ concern: 'housing', ward: 'nakahara' }), now)

  it('shows the 住み替え相談 desk open on a weekday at 10:00, with no night line', () => {
    const cards = housing(jst('2026-11-24T10:00'))
    expect(cards[0]).toMatchObject({
      openNow: true,
      agency: { id: 'housing-kosha-kyoju-shien', hoursToday: '本日 8:30〜12:00、13:00〜17:00' },
    })
    expect(cards.map((m) => m.agency.id)).not.toContain('yorisoi-hotline')
  })

  it('adds the 24-hour line at 18:00 when the desk is closed', () => {
    const cards = housing(jst('2026-11-24T18:00'))
    expect(cards[0]?.openNow).toBe(false)
    const night = cards.find((m) => m.agency.id === 'yorisoi-hotline')
    expect(night).toMatchObject({
      openNow: true,
      agency: { phone: '0120-279-338', hoursToday: '24時間受付' },
    })
    expect(night?.reason).toContain('24時間')
  })

  it('treats 勤労感謝の日 and 12/30 as closed and adds the 24-hour line', () => {
    for (const now of [jst('2026-11-23T10:00'), jst('2026-12-30T10:00')]) {
      const cards = housing(now)
      expect(cards[0]).toMatchObject({ openNow: false, agency: { hoursToday: '本日はお休みです' } })
      expect(cards.map((m) => m.agency.id)).toContain('yorisoi-hotline')
    }
  })

  it('does not claim the 中部児童相談所 is closed on 12/30: its source does not say', () => {
    const cards = dir.route(query({ concern: 'child_abuse', ward: 'takatsu' }), jst('2026-12-30T10:00'))
    expect(cards.find((m) => m.agency.id === 'jiso-chubu')?.openNow).toBeNull()
  })

  it('keeps openNow null for offices whose hours the data does not state', () => {
    const [first] = dir.route(query({ concern: 'dementia', ward: 'nakahara' }), jst('2026-11-24T10:00'))
    expect(first?.openNow).toBeNull()
    expect(first?.agency.hoursToday).toBeNull()
  })
})
