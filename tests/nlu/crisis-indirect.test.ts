import { beforeAll, describe, expect, it } from 'vitest'
import type { Nlu } from '../../src/core/nlu.ts'
import { checkSituations, crisisViews } from '../../src/nlu/crisis-situations.ts'
import { normalizeText } from '../../src/nlu/normalize.ts'
import { lineShown } from './crisis-helpers.ts'
import { sharedNlu } from './helpers.ts'

// The indirect wish to die (tired of living, not waking up, vanishing, others better off without me),
// a third party's quoted intent or silence, and self-harm in plain words, in every language (issue 9,
// crisis8): a line is shown. Japanese had these in the lexicon; the other languages now read them from
// the same concepts. Sentences written for this test by class, not taken from any corpus; every one of
// the first list showed no line at 36c1264 (scripts/nlu/crisis-probe.ts on that export).
// The second list: dialogs7's false alarms and everyday sentences with the same words, no line; the
// first three and the last seven of it showed a line at 36c1264.

let nlu: Nlu
beforeAll(async () => {
  nlu = await sharedNlu()
})

const shown = (text: string) => lineShown(nlu, text)

describe('said indirectly, in any language: a line is shown', () => {
  it.each([
    'あさ おきなければ いいのに',
    'がっこう いきたくない。いきてても いみない',
    "everyone would be better off if I wasn't around",
    "I hope I don't wake up tomorrow",
    "I won't be a burden much longer",
    "my dad says he's going to end it and he's not picking up",
    '사는 게 너무 지쳤어요',
    '내일 아침에 눈을 안 떴으면 좋겠어요',
    '내가 없으면 다들 편할 거예요',
    '다들 나 없이 더 잘 살 거야',
    '이제 그만 쉬고 싶어요. 영원히',
    "아빠가 '죽어버릴 거야'라고 하고 나갔어요",
    '옆집 할머니를 일주일째 못 봤어요',
    'pagod na akong mabuhay',
    'gusto ko nang mawala',
    'nag-cut ako ulit',
    'ilang araw ko nang hindi nakikita ang kapitbahay ko na matanda',
    '活着好累',
    '希望明天不要醒来',
    '我想消失',
    'estoy cansada de vivir',
    'ojalá no despertar mañana',
    'quiero desaparecer',
    'cansei de viver',
    'queria dormir e não acordar mais',
    'todo mundo ficaria melhor sem mim',
    'म बाँच्न थाकेँ',
    'बिहान नउठे हुन्थ्यो',
    'म हराउन चाहन्छु',
    '父に電話しても昨日から出ない。一人暮らしで心配',
    // self-harm in plain words, someone hit now told in the passive, a height told by looking down
    'うでに きず いっぱい つけた。きょうも',
    '손목에 또 상처 냈어요',
    'sinugatan ko na naman ang braso ko',
    'i keep cutting, did it again tonight',
    '엄마가 아빠한테 맞고 있어요 지금',
    'sinasaktan ni papa si mama ngayon, natatakot ako',
    'I am staring down at the water from the bridge',
    '部屋の窓を開けて、さっきから下をずっと見てる',
  ])('%s', (text) => {
    expect(shown(text), text).toBe(true)
  })
})

describe('everyday words, a past event, a refusal: no line', () => {
  it.each([
    '場所は言いたくないです。ごめんなさい',
    "phone is fine. it's about my neighbour, old guy living alone, he fell in the stairwell last week and keeps refusing help",
    '子どもの顔に先週あざがあったのが気になっています',
    'あまり言いたくないのですが、夫の借金のことです',
    'I hope I wake up early tomorrow for the interview',
    "I'm tired of my job, can I change careers?",
    'estoy cansada del trabajo, ¿hay ayuda para madres solteras?',
    'cansei de esperar a resposta da prefeitura',
    '我想让脸上的痘痘消失',
    'my mother lives alone and I want to find a day service for her',
    '一人暮らしの母のために見守りサービスを探しています',
    'this is a song my daughter likes, can the library lend the CD?',
    '母が去年転んで骨折しました。介護保険は使えますか',
    // a denial is not read as what it denies; 혼자 살아 is no 자살; the parents' own death
    'なんとなく気分が落ち込む。死にたいとかはないです',
    'Pretty low lately but not suicidal, just tired. Any counselling in English?',
    '最近睡不好，想找中文心理咨询，没有想伤害自己',
    '남편이 술 마시면 소리를 질러요. 때리지는 않아요',
    '혼자 살아서 외로워요. 모임 있나요?',
    '隣の家で子どもがよく怒鳴られています。叩く音は聞こえないけど気になります',
    '私たち夫婦が死んだ後、ひきこもりの息子がどうなるか心配です',
  ])('%s', (text) => {
    expect(shown(text), text).toBe(false)
  })
})

describe('misreadings fixed', () => {
  it('Vietnamese sống (to live) is no English "song": the wish to die is read by its rule, not vetoed as fiction', () => {
    expect(nlu.analyze('tôi không muốn sống nữa').crisis?.matched).toContain('suicide.said')
    expect(nlu.analyze('tôi chán sống lắm rồi').crisis?.matched).toContain('suicide.said')
  })
  it('「心配」 alone is no fire_safe (a veto reviewed as certain): only beside a fire', () => {
    // at 36c1264 any 「心配」 was fire_safe, which held the model back whatever it read and taught it so
    const present = (text: string) => checkSituations(crisisViews(normalizeText(text), [])).present
    expect(present('祖母がお風呂から出てこない、呼んでも返事がなくて心配').has('fire_safe')).toBe(false)
    expect(present('火事が心配で消火器を買いたい').has('fire_safe')).toBe(true)
  })
})
