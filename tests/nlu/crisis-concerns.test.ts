import { beforeAll, describe, expect, it } from 'vitest'
import type { Nlu } from '../../src/core/nlu.ts'
import { sharedNlu } from './helpers.ts'

// Concerns that share a crisis's words but are not one now (issue 9, crisis6): a past told as over,
// a habit or a dementia parent's words, intent denied, and words that only look like danger once
// spaces or diacritics are gone. At most asked about (the safety question shows a line), never answered
// with 110/119 first; the plain misreadings not even asked. The same words told as now still are
// answered. Sentences written for this test, not taken from any corpus.

let nlu: Nlu
beforeAll(async () => {
  nlu = await sharedNlu()
})

/** The crisis layer's own questions (the classifier's `hopeless.classifier` is not the crisis layer). */
const asked = (text: string) => nlu.analyze(text).risk.cues.filter((c) => c !== 'hopeless.classifier')

describe('not a crisis answer', () => {
  it.each([
    // the past, told as over: the phrase lexicon read the words, the rules the time
    '高校の頃に腕を切っていた傷が残っています。今はもうしていません。消す治療はありますか',
    'I took an overdose two years ago but I am fine now and want to help others',
    '三年前自殺未遂過，現在很穩定，想找中文的諮商',
    // a habit, or what a parent with dementia keeps saying
    '치매가 있는 시어머니가 자꾸 며느리가 자기를 죽인다고 동네에 말하고 다녀요',
    '同じ階の子がほぼ毎晩怒鳴られていて「殺すぞ」と聞こえることもある。通報すべきか迷う',
    // intent denied in so many words
    "I'm not suicidal, just empty all the time. Is there an English-speaking counsellor?",
    // a parent's own smack, a son withdrawn for years, a fire feared, registering ahead, dying some day
    'つい子どもを叩いてしまう。あとで自分が怖くなる。どこに相談すればいいですか',
    '息子が10年ひきこもっていて、ノックしても返事がありません',
    'Tôi sợ cháy nhà vì mẹ tôi hay quên tắt bếp',
    '認知症の父がいなくなった時のために、事前登録をしておきたいです',
    'mi abuela dice que algún día se va a morir, ya tiene 93 años',
    'My grandfather has dementia and keeps saying he is going to die soon. Where can we get care advice?',
  ])('%s', (text) => {
    expect(nlu.analyze(text).crisis, text).toBeNull()
  })
})

describe('words that only look like danger: neither answered nor asked', () => {
  it.each([
    'bắt đầu lại từ đầu nhé', // bắt đầu (begin) is no đau (pain)
    'lần đầu làm thủ tục, cho hỏi giấy tờ cần gì',
    'Có số điện thoại để gọi không vậy', // gọi không (can I call) is no 'gọi không dậy'
    'fiz exame de sangue e o colesterol deu alto, onde tem nutricionista?',
    'रगतको चाप जाँच गर्न कहाँ जाने?',
    'ショートステイっていくらくらいかかりますか',
    '転入の手続きぐちゃぐちゃで、どこで聞けばいいですか',
    'ひざが わるい。 すいちゅう うんどうできる ところ ありますか',
    "I'm drowning in student loans, where can I get advice on repayment?",
  ])('%s', (text) => {
    expect(nlu.analyze(text).crisis, text).toBeNull()
    expect(asked(text), text).toEqual([])
  })
})

describe('the same words told as now: still answered', () => {
  it.each([
    ['毎晩殴られてる。今も殴られてる、助けて', 'violence'],
    // bleeding that will not stop leads (119) over the cutting
    ['昔から切ってたけど、今日また腕を切って血が止まらない', 'medical'],
    ['bố tôi gọi không dậy, không thở nữa', 'medical'],
    ['tôi đau ngực dữ dội và khó thở', 'medical'],
    ['meu filho caiu e está sangrando muito na cabeça', 'medical'],
    ['I am not okay. I want to kill myself tonight', 'suicide'],
    ['my neighbour is drowning in the river, help', 'medical'],
    ['meu pai está falando que vai se enforcar, trancou a porta do quarto', 'suicide'],
    ["my brother said he'd jump off the bridge tonight and he just left", 'suicide'],
  ] as const)('%s → %s', (text, kind) => {
    expect(nlu.analyze(text).crisis?.kind, text).toBe(kind)
  })
})
