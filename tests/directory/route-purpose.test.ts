import { describe, expect, it } from 'vitest'
import type { RouteQuery } from '../../src/core/directory.ts'
import { variantSchema } from '../../src/directory/routing-schema.ts'
import { readPurposes } from '../../src/nlu/entities-purpose.ts'
import { jst, loadReal, query, realDirectory } from './fixtures.ts'

// A resident who wants to volunteer or start an activity goes to the 社協 first, whatever their age
// (routing.yaml `when: { purpose: volunteer }`); where the ward's 社協 has no verified phone, the route
// falls back to the ward's sections as before. No number is made up.

describe('readPurposes: to help or to start something in the community', () => {
  it.each([
    'ボランティアをしたいです',
    'ぼらんてぃあ したい',
    '定年したので地域のお役に立てればと思って',
    '何か役に立てることはありますか',
    '地域活動に参加したい',
    '町内会で見守り活動を始めたいんですが',
    '居場所をつくりたい',
    'サロンを立ち上げたいです',
    'こども食堂の手伝いがしたい',
    'I want to volunteer',
    'I would like to help people in the community',
    'looking for ways of giving back to the local community',
    '我想做义工',
    '我想當志工',
    '자원봉사를 하고 싶어요',
    'Tôi muốn làm tình nguyện',
    'Quero ser voluntária',
    'Quiero hacer voluntariado',
    'Gusto kong mag-volunteer',
    'म स्वयंसेवा गर्न चाहन्छु',
  ])('%s → volunteer', (text) => {
    expect(readPurposes(text.normalize('NFKC'))).toEqual(['volunteer'])
  })

  // Guards: help wanted, not offered; a day centre's name; self-blame.
  it.each([
    'ボランティアの人に来てほしい',
    'ボランティアさんが来てくれると助かる',
    '手伝ってほしいです',
    'help me please',
    'I want to help my mother with her bath',
    'can you help me, people at work are mean to me',
    '地域活動支援センターに通っています',
    '家族の役に立てなくてつらい',
    '母の介護で困っています',
  ])('%s → none', (text) => {
    expect(readPurposes(text.normalize('NFKC'))).toEqual([])
  })
})

describe('routing.yaml: purpose volunteer', () => {
  const dir = realDirectory()
  const now = jst('2026-11-24T10:00')
  const ids = (q: RouteQuery) => dir.route(q, now).map((m) => m.agency.id)
  const volunteer = (q: RouteQuery): RouteQuery => ({ ...q, purposes: ['volunteer'] }) as RouteQuery

  it('puts the 社協 first for a retiree of 65+ writing about a parent’s community, where it has a phone', () => {
    const q = query({ concern: 'isolation_community', ward: 'asao', ageGroup: 'elderly', subject: 'parent' })
    expect(ids(volunteer(q))[0]).toBe('shakyo-asao')
    // Guard: without the purpose, the elderly variant keeps the ward's 高齢・障害課 first.
    expect(ids(q)[0]).toBe('kawasaki-ward-asao-mimamori-korei-shogai')
  })

  it('health_prevention with the purpose: the 社協 first (麻生区)', () => {
    expect(
      ids(volunteer(query({ concern: 'health_prevention', ward: 'asao', ageGroup: 'elderly' })))[0],
    ).toBe('shakyo-asao')
  })

  it('a volunteer writing about a child keeps the child-rearing desk first (no purpose variant there)', () => {
    const q = query({ concern: 'child_rearing', ward: 'asao' })
    expect(ids(volunteer(q))[0]).toBe(ids(q)[0])
    expect(ids(volunteer(q))[0]).not.toBe('shakyo-asao')
  })

  it('falls back to the ward’s sections where the 社協 has no verified phone, and shows no number not in the data', () => {
    const data = loadReal()
    for (const ward of ['kawasaki', 'saiwai', 'takatsu', 'miyamae', 'tama'] as const) {
      const cards = dir.route(
        volunteer(query({ concern: 'isolation_community', ward, ageGroup: 'elderly' })),
        now,
      )
      expect(cards.some((c) => c.agency.kind === 'shakyo')).toBe(false)
      expect(cards[0]?.agency.phone).toBeTruthy()
      expect(cards[0]?.agency.id).toMatch(/^kawasaki-ward-.*-mimamori-chiiki-/)
    }
    const shown = dir.route(volunteer(query({ concern: 'isolation_community', ward: 'nakahara' })), now)
    expect(shown[0]?.agency.id).toBe('shakyo-nakahara')
    expect(shown[0]?.agency.phone).toBe(data.agencies.get('shakyo-nakahara')?.phone ?? null)
  })

  it('the key parses and a value it does not know is refused', () => {
    expect(variantSchema.safeParse({ when: { purpose: 'volunteer' }, candidates: ['x'] }).success).toBe(true)
    const bad = variantSchema.safeParse({ when: { purpose: 'shopping' }, candidates: ['x'] })
    expect(bad.success).toBe(false)
    expect(bad.error?.issues[0]?.message).toBe(
      'purpose に書けるのは volunteer です（例: when: { purpose: volunteer }）',
    )
  })
})
