import { beforeAll, describe, expect, it } from 'vitest'
import type { Nlu } from '../../src/core/nlu.ts'
import { sharedNlu } from './helpers.ts'

// Abuse and low mood that are not a crisis now (issue 9, crisis5): violence told as a pattern or with
// the hitting denied, breathlessness named as panic, low mood, a resident's own "where do I go". These
// go to the DV centre or the concern's own line: at most asked about, never answered with 110/119 first.
// Violence happening now still is. Sentences written for this test, not taken from any corpus.

let nlu: Nlu
beforeAll(async () => {
  nlu = await sharedNlu()
})

describe('not a crisis answer', () => {
  it.each([
    '他没有打我，但是我真的很害怕',
    '老公每次喝醉了就打我，想离婚',
    '남편이 때리진 않는데 매일 소리를 질러요',
    '夫は手は出さないけど、毎日怒鳴られてつらい',
    'pag lasing si mister sinasaktan niya ako, gusto ko nang umalis',
    'cada vez que bebe me pega, quiero separarme',
    'my husband hits me whenever he is drunk, I want to leave him',
    'dạo này tôi bị hoảng loạn, đi tàu đông người là khó thở',
    '我有焦虑症，人一多就喘不过气',
  ])('violence as a pattern, hitting denied, or panic named: not answered: %s', (text) => {
    expect(nlu.analyze(text).crisis, text).toBeNull()
  })

  it.each([
    "feeling so low these days, I can't get out of bed",
    '最近、朝は布団から出られない日が続いています',
    'Hindi ko alam kung saan pupunta pagkatapos ng divorce',
    'không biết đi đâu để được tư vấn',
    '我不知道去哪里咨询',
  ])('low mood or the writer asking where to go: not answered and not asked: %s', (text) => {
    const r = nlu.analyze(text)
    expect(r.crisis, text).toBeNull()
    // low.said is a context cue of weight 0 (crisis11): kept for a later turn, never asked on
    expect(
      r.risk.cues.filter((c) => c !== 'hopeless.classifier' && c !== 'low.said'),
      text,
    ).toEqual([])
  })
})

describe('still a crisis now', () => {
  it.each([
    ['老公每次喝醉就打我，现在又在打我，救命', 'violence'],
    ['夫は酔うと殴る。今も殴られていて助けて', 'violence'],
    ['he hits me whenever he drinks and he is hitting me right now', 'violence'],
    ['지금 남편이 때리고 있어요', 'violence'],
    ['地震で家が崩れて出られない', 'disaster'],
    ['母が息ができない、苦しそう', 'medical'],
    // Anxiety named does not silence chest pain: that is 119 first.
    ["I have anxiety and now my chest hurts and I can't breathe", 'medical'],
    ['不安症ですが、いま胸が痛くて息ができません', 'medical'],
    ['hindi ko alam kung saan siya, tatlong araw na siyang nawawala', 'missing_person'],
  ])('%s → %s', (text, kind) => {
    expect(nlu.analyze(text).crisis?.kind, text).toBe(kind)
  })
})
