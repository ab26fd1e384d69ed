import { describe, expect, it } from 'vitest'
import type { AgencyMessage } from '../../src/core/messages.ts'
import { type AgeGroup, concernIds, type Subject, wardIds } from '../../src/core/taxonomy.ts'
import { createDirectory } from '../../src/directory/create-directory.ts'
import { isOfficeDaytime } from '../../src/directory/hours.ts'
import { lintDirectory, staffNoteIn } from '../../src/directory/lint.ts'
import { parseDirectory } from '../../src/directory/parse.ts'
import { jst, loadReal, query, withEdit } from './fixtures.ts'

// What residents see, over every concern × ward (× the variants' residents) at the hours they write:
// never a staff note, never the same number twice, and after hours always a line that is open now.

const data = loadReal()
const dir = createDirectory(data)

const times = {
  weekdayMorning: jst('2026-11-24T10:00'),
  weekdayNight: jst('2026-11-25T21:00'),
  sunday: jst('2026-11-29T14:00'),
  newYearsDay: jst('2027-01-01T10:00'),
  yearEnd: jst('2026-12-30T10:00'),
}
const afterHours = [times.weekdayNight, times.sunday, times.newYearsDay, times.yearEnd]

const residents: { ageGroup: AgeGroup | null; subject: Subject | null }[] = [
  { ageGroup: null, subject: null },
  { ageGroup: 'child', subject: null },
  { ageGroup: 'elderly', subject: null },
  { ageGroup: null, subject: 'parent' },
]

/** Every answer the directory can give for a concern, with a label for failure messages. */
const everyAnswer = (now: Date) =>
  concernIds.flatMap((concern) =>
    [...wardIds, null].flatMap((ward) =>
      residents.map((r) => ({
        label: `${concern} / ${ward ?? '区不明'} / ${r.ageGroup ?? r.subject ?? '-'}`,
        cards: dir.route(query({ concern, ward, ...r }), now),
      })),
    ),
  )

/** All text a card puts in front of a resident. */
const residentText = (m: AgencyMessage): string[] => [
  m.agency.name,
  m.reason,
  m.agency.hours ?? '',
  m.agency.hoursToday ?? '',
  m.agency.note ?? '',
  ...(m.agency.contacts ?? []).flatMap((c) => [c.label, c.note ?? '']),
]

describe('what residents see in every concern × ward answer', () => {
  it('the probe times are what the tests say: only Tuesday 10:00 is weekday daytime', () => {
    expect(isOfficeDaytime(times.weekdayMorning)).toBe(true)
    for (const t of afterHours) expect(isOfficeDaytime(t)).toBe(false)
  })

  it('shows 0 staff notes (years, 開設時, 記載, 出典) on any card at any time', () => {
    const found: string[] = []
    let cards = 0
    for (const now of Object.values(times))
      for (const { label, cards: cs } of everyAnswer(now))
        for (const m of cs) {
          cards++
          for (const text of residentText(m)) {
            const hit = staffNoteIn(text)
            if (hit) found.push(`${label} / ${m.agency.id}: ${text}`)
          }
        }
    expect(cards).toBeGreaterThan(2000)
    expect(found).toEqual([])
  })

  it('never shows the same number twice in one answer (shared numbers are one card)', () => {
    const dupes: string[] = []
    for (const now of Object.values(times))
      for (const { label, cards } of everyAnswer(now)) {
        const phones = cards.flatMap((m) => (m.agency.phone ? [m.agency.phone] : []))
        if (new Set(phones).size !== phones.length) dupes.push(`${label}: ${phones.join(', ')}`)
      }
    expect(dupes).toEqual([])
  })

  it('folds two sections reached through the same 総合案内 into one card naming both', () => {
    const cards = dir.route(query({ concern: 'home_medical', ward: 'nakahara' }), times.weekdayMorning)
    const office = cards.filter((m) => m.agency.phone === '044-744-3113')
    expect(office).toHaveLength(1)
    expect(office[0]?.agency.name).toBe('中原区役所（総合案内）')
    expect(office[0]?.agency.askFor).toEqual(['地域ケア推進課', '高齢・障害課'])
    expect(office[0]?.agency.note).toContain('『地域ケア推進課』か『高齢・障害課』とお伝えください')
  })

  it('offers a line open now in 100% of answers outside weekday daytime', () => {
    const closed: string[] = []
    let answers = 0
    for (const now of afterHours)
      for (const { label, cards } of everyAnswer(now)) {
        answers++
        if (!cards.some((m) => m.openNow === true && m.agency.phone !== null))
          closed.push(`${now.toISOString()} ${label}`)
      }
    expect(answers).toBe(afterHours.length * concernIds.length * 8 * residents.length)
    expect(closed).toEqual([])
  })

  it('never calls an office open or closed when its hours are unknown', () => {
    for (const now of Object.values(times))
      for (const { label, cards } of everyAnswer(now))
        for (const m of cards) {
          const row = data.agencies.get(m.agency.id)
          if (row && row.hoursSpec === null) {
            expect(m.openNow, `${label} / ${m.agency.id}`).toBeNull()
            expect(m.agency.hoursToday, `${label} / ${m.agency.id}`).toBeNull()
          }
        }
  })

  it('at 21:00 on a weekday the elderly-care answer adds a 24-hour line after the ward office', () => {
    const cards = dir.route(query({ concern: 'elderly_care', ward: 'nakahara' }), times.weekdayNight)
    expect(cards[0]).toMatchObject({ openNow: null, agency: { phone: '044-744-3113' } })
    expect(cards.at(-1)).toMatchObject({ openNow: true, agency: { id: 'yorisoi-hotline' } })
  })

  it('a handoff at night keeps a line that is open now', () => {
    for (const concern of concernIds)
      for (const now of afterHours) {
        const lines = dir.handoff(query({ concern, ward: 'tama' }), now)
        expect(
          lines.some((m) => m.openNow === true),
          `${concern} ${now.toISOString()}`,
        ).toBe(true)
      }
  })

  it('shows the week’s hours and today’s where a source gives them', () => {
    const [card] = dir
      .route(query({ concern: 'domestic_violence', ward: 'kawasaki' }), times.weekdayMorning)
      .filter((m) => m.agency.id === 'kawasaki-dv-senyo-denwa')
    expect(card?.agency.hours).toBe('月〜金 9:30〜16:30（祝日・年末年始を除く）')
    expect(card?.agency.hoursToday).toBe('本日 9:30〜16:30')
    expect(card?.openNow).toBe(true)
  })
})

describe('other ways to reach help', () => {
  it('shows verified FAX and LINE contacts with the card, never an unverified one', () => {
    const call = dir.agency('sankyu-call-kawasaki')
    expect(call?.contacts).toEqual([
      { type: 'fax', label: 'FAX', value: '044-200-3900', href: null, note: null },
    ])
    const line = dir.agency('kanagawa-youngcarer-line')
    expect(line?.phone).toBeNull()
    expect(line?.contacts?.[0]).toMatchObject({
      type: 'line',
      href: 'https://www.city.kawasaki.jp/450/page/0000150843.html',
    })
    // 中央療育センター's FAX comes only from a third-party site: kept in the file, never shown.
    expect(data.agencies.get('ryoiku-center-chuo')?.contacts).toEqual([])
  })

  it('the young carers’ LINE reaches youth-support answers on its evenings', () => {
    const cards = dir.route(query({ concern: 'youth_support', ward: 'asao' }), jst('2026-11-24T19:00'))
    expect(cards.map((m) => m.agency.id)).toContain('kanagawa-youngcarer-line')
  })

  it('refuses a contact without its source, and a FAX not written as a number', () => {
    const bad = withEdit(
      'hotlines.yaml',
      '  - type: fax\n    value: 044-200-3900\n',
      '  - type: fax\n    value: ファクス番号\n',
    )
    expect(() => parseDirectory(bad)).toThrow(/FAX は 044-200-3900 の形で value に書いてください/)
    const noSource = withEdit('hotlines.yaml', /(value: 044-200-3900\n) {4}source: [^\n]+\n/, '$1')
    expect(() => parseDirectory(noSource)).toThrow(/contacts\[0\]\.source/)
  })
})

describe('flows -- check on resident-facing text and night lines', () => {
  it('refuses an hours text that carries a staff note', () => {
    const data = parseDirectory(
      withEdit(
        'hotlines.yaml',
        '  hours: 月〜金 9:30〜16:30（祝日・年末年始を除く）\n',
        '  hours: 月〜金 9:30〜16:30（祝日・年末年始除く）※2016年開設時\n',
      ),
    )
    const errors = lintDirectory(data).filter((p) => p.severity === 'error')
    expect(errors).toHaveLength(1)
    expect(errors[0]).toMatchObject({
      file: 'data/kawasaki/hotlines.yaml',
      path: expect.stringContaining('(kawasaki-dv-senyo-denwa).hours'),
    })
    expect(errors[0]?.message).toContain('hours_note か notes に移し')
  })

  it.each(['記載', '出典', '開設時', '2013年'])('refuses a note_for_residents with 「%s」', (word) => {
    const data = parseDirectory(
      withEdit(
        'agencies.yaml',
        '  note_for_residents: お出かけの前に、お電話で受付時間をお確かめください\n',
        `  note_for_residents: お出かけの前に${word}をご確認ください\n`,
      ),
    )
    expect(lintDirectory(data).filter((p) => p.severity === 'error')).toHaveLength(1)
  })

  it('fails when a concern has no night line', () => {
    const data = parseDirectory(
      withEdit(
        'routing.yaml',
        /( {2}elderly_care:[\s\S]*?) {4}when_closed:\n {6}- agency: yorisoi-hotline\n {8}reason: [^\n]+\n/,
        '$1',
      ),
    )
    const errors = lintDirectory(data).filter((p) => p.severity === 'error')
    expect(errors.map((p) => `${p.path}: ${p.message}`)).toEqual([
      'concerns.elderly_care: 高齢の方の介護: when_closed がありません。夜間・休日につながる窓口（24時間の電話など）を when_closed に書いてください',
    ])
  })

  it('fails when the night lines listed are closed at night', () => {
    const data = parseDirectory(
      withEdit(
        'routing.yaml',
        /( {2}other:[\s\S]*?when_closed:\n {6}- agency: )yorisoi-hotline/,
        '$1dai-job-center',
      ),
    )
    const errors = lintDirectory(data).filter((p) => p.severity === 'error')
    expect(errors).toHaveLength(1)
    expect(errors[0]?.path).toBe('concerns.other.when_closed')
    // サンキューコールかわさき (8:00–21:00 every day) covers the Sunday and New Year probes, not 21:00.
    expect(errors[0]?.message).toBe(
      '区役所・市役所の手続き: 平日21時に受付中の窓口が1つもありません。when_closed に24時間か夜間の窓口を書いてください',
    )
  })
})

describe('directory leads of 2026-12-06', () => {
  it('imports the 児童家庭課 numbers that pass the verified rule; 麻生区 (cut off in the source) stays empty', () => {
    const own: Record<string, string | null> = {}
    for (const ward of wardIds) {
      const cards = dir.route(query({ concern: 'child_rearing', ward }), times.weekdayMorning)
      own[ward] = cards[0]?.agency.id.endsWith('jido-katei') ? (cards[0]?.agency.phone ?? null) : null
    }
    expect(own).toEqual({
      kawasaki: '044-201-3219',
      saiwai: '044-556-6688',
      nakahara: '044-744-3263',
      takatsu: '044-861-3250',
      miyamae: '044-856-3258',
      tama: '044-935-3297',
      // Through the ward office's 総合案内, with 『児童家庭課』 to ask for.
      asao: data.wards.asao.officePhone,
    })
    const asao = dir.route(query({ concern: 'child_rearing', ward: 'asao' }), times.weekdayMorning)[0]
    expect(asao?.agency.note).toContain('『児童家庭課』')
  })

  it('keeps the 大師・田島 stations as data with their source, not routed (their 町名 are unknown)', () => {
    for (const id of ['daishi-kenko-fukushi-station', 'tajima-kenko-fukushi-station']) {
      expect(data.agencies.get(id)?.phoneShown).toBe(true)
      for (const { cards } of everyAnswer(times.weekdayMorning))
        expect(cards.map((m) => m.agency.id)).not.toContain(id)
    }
  })
})
