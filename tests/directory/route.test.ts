import { describe, expect, it } from 'vitest'
import type { AgencyMessage } from '../../src/core/messages.ts'
import { concernIds, wardIds } from '../../src/core/taxonomy.ts'
import { createDirectory } from '../../src/directory/create-directory.ts'
import { parseDirectory } from '../../src/directory/parse.ts'
import { jst, query, realDirectory, withEdit } from './fixtures.ts'

const dir = realDirectory()
const tuesdayMorning = jst('2026-11-24T10:00')
const sundayNight = jst('2026-11-22T23:00')
const withPhone = (ms: AgencyMessage[]) => ms.filter((m) => m.agency.phone !== null)

describe('route over the real Kawasaki data', () => {
  it('gives every concern in every ward at least one card with a verified phone, day and night', () => {
    for (const now of [tuesdayMorning, sundayNight])
      for (const concern of concernIds)
        for (const ward of [...wardIds, null]) {
          const cards = dir.route(query({ concern, ward }), now)
          expect(withPhone(cards).length, `${concern} / ${ward}`).toBeGreaterThan(0)
          for (const c of cards)
            expect(c.reason.length, `${concern} / ${ward} / ${c.agency.id}`).toBeGreaterThan(5)
        }
  })

  it.each([
    ['片平', 'houkatsu-katahira', '044-986-4986'],
    ['栗木台', 'houkatsu-kurigidai', '044-987-6505'],
  ])('routes 麻生区 %s to its 地域包括支援センター for dementia and elderly care', (town, id, phone) => {
    for (const concern of ['dementia', 'elderly_care'] as const) {
      const [first] = dir.route(query({ concern, ward: 'asao', town }), tuesdayMorning)
      expect(first?.agency.id).toBe(id)
      expect(first?.agency.phone).toBe(phone)
      expect(first?.agency.kind).toBe('houkatsu')
      expect(first?.reason).toBe(`お住まいの地区（${town}）を担当する地域包括支援センターです`)
    }
  })

  it('splits 栗平 by 丁目 and offers both centres when the 丁目 is unknown', () => {
    const first = (town: string) =>
      dir.route(query({ concern: 'dementia', ward: 'asao', town }), tuesdayMorning)[0]
    expect(first('栗平1丁目')?.agency.id).toBe('houkatsu-katahira')
    expect(first('栗平２丁目')?.agency.id).toBe('houkatsu-kurigidai')
    const both = dir.route(query({ concern: 'dementia', ward: 'asao', town: '栗平' }), tuesdayMorning)
    expect(both.slice(0, 2).map((m) => m.agency.id)).toEqual(['houkatsu-katahira', 'houkatsu-kurigidai'])
    expect(both[1]?.reason).toContain('栗平2丁目')
  })

  it('does not send a 麻生区 town to a centre when the resident lives in another ward', () => {
    const cards = dir.route(query({ concern: 'dementia', ward: 'tama', town: '片平' }), tuesdayMorning)
    expect(cards.some((m) => m.agency.kind === 'houkatsu')).toBe(false)
  })

  it('routes 中原区 dementia to the 高齢・障害課 through the verified 総合案内 number', () => {
    const [first] = dir.route(query({ concern: 'dementia', ward: 'nakahara' }), tuesdayMorning)
    expect(first?.agency.name).toBe('中原区役所 地域みまもり支援センター 高齢・障害課')
    expect(first?.agency.kind).toBe('ward_mimamori')
    expect(first?.agency.phone).toBe('044-744-3113')
    expect(first?.agency.tel).toBe('tel:0447443113')
    expect(first?.agency.note).toBe('区役所の総合案内におかけいただき、『高齢・障害課』とお伝えください')
    expect(first?.reason).toBe('中原区にお住まいで、認知症のご相談のため')
  })

  it('has the 総合案内 of all 7 wards, so every section card carries a verified number', () => {
    for (const ward of wardIds) {
      const [first] = dir.route(query({ concern: 'dementia', ward }), tuesdayMorning)
      expect(first?.agency.kind, ward).toBe('ward_mimamori')
      expect(first?.agency.phone, ward).toMatch(/^044-\d{3}-\d{4}$/)
    }
  })

  it('adds サンキューコールかわさき when a ward’s 総合案内 number is not verified', () => {
    const edited = createDirectory(
      parseDirectory(withEdit('wards.yaml', 'phone_general: 044-556-6666', 'phone_general: null')),
    )
    // 在宅療養 has only ward-level lines (dementia now has the prefecture's carers' line).
    const cards = edited.route(query({ concern: 'home_medical', ward: 'saiwai' }), tuesdayMorning)
    expect(cards[0]?.agency.phone).toBeNull()
    expect(cards[0]?.agency.address).toContain('幸区戸手本町1-11-1')
    // The city's line comes before the night lines (よりそいホットライン), which follow it.
    const city = cards.findIndex((c) => c.agency.id === 'sankyu-call-kawasaki')
    expect(city).toBeGreaterThan(0)
    expect(cards.slice(city + 1).every((c) => c.openNow === true)).toBe(true)
    expect(cards[city]?.agency).toMatchObject({ id: 'sankyu-call-kawasaki', phone: '044-200-3939' })
    expect(cards[city]?.reason).toBe(
      '市政全般のお問い合わせを受け付ける市のコールセンターです（毎日 8:00〜21:00）',
    )
  })

  it('puts 189 first for child abuse, then the ward’s 児童相談所', () => {
    const cards = dir.route(query({ concern: 'child_abuse', ward: 'takatsu' }), tuesdayMorning)
    expect(cards[0]?.agency).toMatchObject({ id: 'jiso-189', phone: '189', tel: 'tel:189' })
    expect(cards[0]?.urgent).toBe(true)
    expect(cards[1]?.agency.id).toBe('jiso-chubu')
    expect(cards[1]?.reason).toBe('高津区を担当する児童相談所です')
    // 多摩区 and 麻生区 are 北部児童相談所's area, not 中部's.
    const tama = dir.route(query({ concern: 'child_abuse', ward: 'tama' }), tuesdayMorning)
    expect(tama.map((m) => m.agency.id)).toContain('jiso-hokubu')
    expect(tama.map((m) => m.agency.id)).not.toContain('jiso-chubu')
  })

  it('puts 110 and the 24-hour DV line first when a DV victim is in danger now', () => {
    const urgent = dir.route(
      query({ concern: 'domestic_violence', ward: 'tama', urgent: true }),
      tuesdayMorning,
    )
    expect(urgent.slice(0, 3).map((m) => m.agency.phone)).toEqual(['110', '0120-279-889', '#8008'])
    expect(urgent[0]?.urgent).toBe(true)
    expect(urgent[2]?.agency.tel).toBe('tel:%238008')
    const calm = dir.route(query({ concern: 'domestic_violence', ward: 'tama' }), tuesdayMorning)
    expect(calm[0]?.agency.phone).toBe('#8008')
    expect(calm.map((m) => m.agency.phone)).not.toContain('110')
  })

  it('puts 110 first for elder abuse only when there is violence now', () => {
    const urgent = dir.route(
      query({ concern: 'elder_abuse', ward: 'kawasaki', urgent: true }),
      tuesdayMorning,
    )
    expect(urgent[0]?.agency.phone).toBe('110')
    const calm = dir.route(query({ concern: 'elder_abuse', ward: 'kawasaki' }), tuesdayMorning)
    expect(calm.map((m) => m.agency.phone)).not.toContain('110')
    expect(calm[0]?.agency.phone).toBe('044-201-3113')
  })

  it('uses the age-group variant for a child’s disability', () => {
    const child = dir.route(
      query({ concern: 'disability', ward: 'nakahara', ageGroup: 'child' }),
      tuesdayMorning,
    )
    expect(child.map((m) => m.agency.id)).toContain('kids-support-nakahara')
    const adult = dir.route(
      query({ concern: 'disability', ward: 'nakahara', ageGroup: 'adult' }),
      tuesdayMorning,
    )
    expect(adult.map((m) => m.agency.id)).not.toContain('kids-support-nakahara')
  })

  it('skips ward offices when the ward is unknown and still answers with a city or national line', () => {
    const cards = dir.route(query({ concern: 'livelihood' }), tuesdayMorning)
    expect(cards.every((m) => !m.agency.id.startsWith('kawasaki-ward-'))).toBe(true)
    expect(cards[0]?.agency.id).toBe('dai-job-center')
  })
})

describe('crisis, handoff, out of area, fallback', () => {
  it('gives 119 for a medical emergency and 110 for violence or a missing person', () => {
    expect(dir.crisisLines('medical', sundayNight)[0]?.agency).toMatchObject({ phone: '119', tel: 'tel:119' })
    expect(dir.crisisLines('violence', sundayNight)[0]?.agency.phone).toBe('110')
    expect(dir.crisisLines('missing_person', sundayNight)[0]?.agency.phone).toBe('110')
    for (const m of dir.crisisLines('medical', sundayNight)) expect(m.urgent).toBe(true)
  })

  it('gives 24-hour lines for suicide, open at night', () => {
    const lines = dir.crisisLines('suicide', sundayNight)
    expect(lines.slice(0, 2).map((m) => m.agency.id)).toEqual(['kawasaki-inochi-no-denwa', 'yorisoi-hotline'])
    expect(lines.slice(0, 2).map((m) => m.openNow)).toEqual([true, true])
    expect(lines[0]?.agency.hoursToday).toBe('24時間受付')
  })

  it('hands off to the ward office and the city call centre when no concern is known', () => {
    const lines = dir.handoff(
      { concern: null, ward: 'nakahara', town: null, ageGroup: null, subject: null, urgent: false },
      tuesdayMorning,
    )
    expect(lines.map((m) => m.agency.phone)).toEqual(['044-744-3113', '044-200-3939'])
    const noWard = dir.handoff(
      { concern: null, ward: null, town: null, ageGroup: null, subject: null, urgent: false },
      tuesdayMorning,
    )
    expect(noWard.map((m) => m.agency.phone)).toEqual(['044-200-3939'])
  })

  it('hands off with phones only for a known concern', () => {
    const lines = dir.handoff(
      { concern: 'dementia', ward: 'asao', town: null, ageGroup: null, subject: null, urgent: false },
      tuesdayMorning,
    )
    expect(lines.length).toBeGreaterThan(0)
    for (const m of lines) expect(m.agency.phone).not.toBeNull()
  })

  it('offers national lines, never city ones, to a resident outside the city', () => {
    const dv = dir.outOfArea('domestic_violence', tuesdayMorning)
    expect(dv.map((m) => m.agency.id)).toEqual(expect.arrayContaining(['dv-soudan-navi', 'dv-soudan-plus']))
    const any = dir.outOfArea(null, tuesdayMorning)
    expect(any.map((m) => m.agency.id)).toEqual(['yorisoi-hotline'])
    for (const m of [...dv, ...dir.outOfArea('elderly_care', tuesdayMorning)])
      expect(m.agency.phone?.startsWith('044')).toBe(false)
  })

  it('falls back to サンキューコールかわさき with its hours', () => {
    const [line] = dir.fallback(tuesdayMorning)
    expect(line?.agency).toMatchObject({
      id: 'sankyu-call-kawasaki',
      phone: '044-200-3939',
      hoursToday: '本日 8:00〜21:00',
    })
    expect(line?.openNow).toBe(true)
    expect(dir.fallback(jst('2026-11-24T22:00'))[0]?.openNow).toBe(false)
  })

  it('looks agencies up by id and lists every id', () => {
    expect(dir.cityName).toBe('川崎市')
    expect(dir.agency('jiso-189')?.phone).toBe('189')
    expect(dir.agency('no-such-agency')).toBeNull()
    const ids = dir.agencyIds()
    expect(new Set(ids).size).toBe(ids.length)
    expect(ids).toEqual(
      expect.arrayContaining([
        'kawasaki-ward-nakahara-mimamori-korei-shogai',
        'emergency-119',
        'ward-office-asao',
        'ryoiku-center-chuo',
      ]),
    )
  })
})

describe('out of area in a crisis', () => {
  it('offers 119, 110 and a national 24-hour line, not the city’s own lines', () => {
    const lines = realDirectory().outOfArea('crisis', jst('2026-11-22T23:00'))
    expect(lines.map((m) => m.agency.phone)).toEqual(['119', '110', '0120-279-338'])
    for (const m of lines) expect(m.urgent).toBe(true)
  })
})

describe('additions.yaml', () => {
  it('fills the 麻生区社協 phone from additions.yaml (press, verified) into its agencies.yaml row', () => {
    const cards = realDirectory().route(
      query({ concern: 'isolation_community', ward: 'asao' }),
      jst('2026-11-24T10:00'),
    )
    expect(cards[0]?.agency).toMatchObject({ id: 'shakyo-asao', kind: 'shakyo', phone: '044-952-5500' })
    expect(cards[0]?.reason).toBe('麻生区にお住まいで、孤立・見守り・地域活動のご相談のため')
  })
})

describe('variants by subject and age group', () => {
  const now = jst('2026-11-24T10:00')
  it('sends a worry about a parent’s isolation to the 地域包括支援センター of their 町名', () => {
    const d = realDirectory()
    const parent = d.route(
      query({ concern: 'isolation_community', ward: 'asao', town: '細山', subject: 'parent' }),
      now,
    )
    expect(parent[0]?.agency.id).toBe('houkatsu-kurigidai')
    const self = d.route(
      query({ concern: 'isolation_community', ward: 'asao', town: '細山', subject: 'self' }),
      now,
    )
    expect(self[0]?.agency.id).toBe('shakyo-asao')
  })

  it('offers a child’s mental health worry the 児童家庭課 and the 24-hour 子供SOSダイヤル', () => {
    const cards = realDirectory().route(
      query({ concern: 'mental_health', ward: 'tama', ageGroup: 'child' }),
      now,
    )
    expect(cards.slice(0, 2).map((m) => m.agency.id)).toEqual([
      'kawasaki-ward-tama-mimamori-jido-katei',
      'kodomo-sos-dial',
    ])
  })
})

describe('additions.yaml never lets an unverified number through', () => {
  it('keeps a filled-in phone hidden when the addition is not verified', () => {
    const edited = withEdit(
      'additions.yaml',
      /(- id: shakyo-asao\n[\s\S]*?)verified: true\n {2}verified_fields:\n {2}- phone\n/,
      '$1verified: false\n  verified_fields: []\n',
    )
    const d = createDirectory(parseDirectory(edited))
    expect(d.agency('shakyo-asao')?.phone).toBeNull()
  })
})
