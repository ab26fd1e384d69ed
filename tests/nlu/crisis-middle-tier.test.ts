import { beforeAll, describe, expect, it } from 'vitest'
import type { Nlu } from '../../src/core/nlu.ts'
import { toSimplified } from '../../src/nlu/hanzi-fold.ts'
import { sharedNlu } from './helpers.ts'

// The middle tier: a credible sign of danger that is not a confident crisis gets the safety question
// (which shows a line at once), named by its kind so the question shows that kind's line. Everyday
// consultations get neither.

let nlu: Nlu
beforeAll(async () => {
  nlu = await sharedNlu()
})

const asked = (text: string) => {
  const r = nlu.analyze(text)
  return r.crisis === null && r.risk.score >= 1
}

describe('signs short of a crisis are asked about', () => {
  it.each([
    ['おばあちゃんが朝から帰ってこない。電話もつながらない', 'missing_person'],
    ['हजुरआमा बिहानदेखि घर फर्किनुभएन', 'missing_person'],
    ['lips turning blue and breathing weird', 'medical'],
    ['隣の部屋から悲鳴が聞こえる', 'third_party'],
    ['water is coming into the house', 'disaster'],
  ])('%s → a %s sign', (text, kind) => {
    const r = nlu.analyze(text)
    const shown = r.crisis !== null || r.risk.score >= 1
    expect(shown, text).toBe(true)
    if (!r.crisis)
      expect(
        r.risk.cues.some((c) => c.startsWith(`sign.${kind}.`)),
        r.risk.cues.join(),
      ).toBe(true)
  })

  it('a crisis a veto that is not certain suppressed (the past, a story) is asked about', () => {
    // the past alone (crisis18: told as over with the present said well, 「…今は元気です」, it is quiet)
    const r = nlu.analyze('昔は死にたいと思っていた')
    expect(r.crisis).toBeNull()
    expect(r.risk.cues).toContain('vetoed.suicide')
  })

  it('an exception reviewed as certain (medicine taken as told) asks nothing', () => {
    expect(asked('風邪薬を全部飲み終わったのでまた病院に行きたい')).toBe(false)
  })

  it.each([
    '介護保険の申請はどこでできますか',
    'グループホームに入りたい',
    '家賃を滞納して、次の部屋が見つからない',
    '子どもの保育園の申し込みについて知りたい',
    'I need help paying my rent this month',
    'Magandang araw po, may tanong ako tungkol sa health insurance',
    // a trip away names nothing happening (the model had answered it as a third party, 0.98)
    '夫は出張中で、今日は子どもと二人です',
    'My husband is away on a business trip this week, can I ask about childcare?',
  ])('an everyday consultation is not questioned: %s', (text) => {
    const r = nlu.analyze(text)
    expect(r.crisis, text).toBeNull()
    expect(r.risk.score, `${text}: ${r.risk.cues.join()}`).toBeLessThan(1)
  })
})

describe('traditional Chinese reads as simplified', () => {
  it('folds the characters the table knows and leaves the rest', () => {
    expect(toSimplified('們殺醫 ok 川崎')).toBe('们杀医 ok 川崎')
  })

  it('a form written once in simplified reads the traditional spelling', () => {
    const r = nlu.analyze('我現在在樓頂，想跳樓')
    expect(r.crisis !== null || r.risk.score >= 1).toBe(true)
    expect(r.crisis?.lang ?? r.risk.lang).toBe('zh-Hant')
  })
})
