import { describe, expect, it } from 'vitest'
import type { Nlu } from '../../src/core/nlu.ts'
import { nepaliSkeleton } from '../../src/nlu/crisis-nepali.ts'
import { lineShown } from './crisis-helpers.ts'
import { sharedNlu } from './helpers.ts'

// Issue 9, crisis21: suicide told indirectly (things given away one by one and to whom, the writer gone soon said
// plainly, not living until a date, sleeping and never waking, ending it all on a day, a letter left, a last message
// sent with the phone then off, a burden or life useless in Nepali, the edge of a station platform), self-harm by the
// act and the tool (a hammer, a hand burnt on purpose, cuts on a leg), an overdose by a dose taken again; and
// look-alikes kept from the crisis answer (studying the crisis as a topic: a class, an assignment, a roleplay of a
// patient; a joke among friends; the past told by school age or a hospital stay; tired enough to faint). Sentences
// written for this test, by class, in ne (romanised and Devanagari), ja-easy, ja, en, es, pt, tl, vi, zh, ko; none
// from a held-out or sealed set. At 5e8e8f7 (this file copied onto it) 36 of the 46 cases failed (23 of 28 to show a
// line, 8 of 12 to stay quiet, 4 of 4 never to be answered, 1 of the 2 Nepali reading cases).

// The whole analyzer, shared with the other crisis tests.
const nlu: Nlu = await sharedNlu()

// A line must be on screen (the crisis answer or the safety question).
const SHOWN = [
  // things given away, one by one and to whom, with a goodbye or "won't need them"
  'ぎたーも じてんしゃも ぜんぶ こうはいに あげた。 もう いらないから',
  'gave my laptop and my bike to my cousin, i wont need them anymore',
  'mi compañera puede quedarse con mi bici y mi ropa, ya no la voy a necesitar',
  '我把吉他和相机都送给室友了，以后也用不上了',
  // the writer gone soon, said plainly, with an errand
  'おおやさんに へやの けいやく やめたいと いいたい。 わたしは もう いなくなるから',
  'अब धेरै दिन बस्दिन, मेरो बैंकको कार्ड बहिनीलाई पठाइदिनु',
  'ペットの猫の里親を探してます。来週からはいないので',
  // a child or a pet entrusted (tl mag-alaga) with 'if something happens to me'
  'pwede po ba kayong mag-alaga sa pusa ko kung may mangyari sa akin',
  // not living until a date; sleeping and never waking; ending it on a day
  '給料日まで生きるつもりはない',
  'ねんまつ まで いきない と おもう',
  "i'm not planning to be alive by my birthday",
  'không muốn sống đến tết nữa',
  '活不过春节了，不想再撑',
  'ずっと ねむりたい。 もう おきたくない',
  '月底房租到期那天，我就结束这一切',
  'きょうは ほんとうに やるかもしれない',
  // a letter left, a last message sent and the phone off
  "i've already written the letter, it's under my pillow",
  'nakasulat na ang liham ko para sa nanay ko',
  '给妈妈的信留在抽屉里了',
  'mandei uma mensagem pro meu pai me despedindo. não vou precisar mais das minhas coisas',
  'सबैलाई अन्तिम सन्देश पठाएँ। अब फोन बन्द गर्छु',
  'クラスのみんなにありがとうってメッセージ送った。もう返事は見ない',
  // a burden, life useless in Nepali; means; the platform's edge
  'ma kasaiko bojh banna chahanna, koila ra tape kinisake',
  'जीवनै बेकार भयो, प्लेटफर्मको किनारमा उभिएको छु',
  'standing at the edge of the platform, nothing matters anymore',
  // self-harm by the act and the tool
  'keep hitting my thigh with a hammer and i cant stop',
  'aafulai sajaya dina man lagxa, aafnai haat jalaye',
  // an overdose by a dose taken again
  'hajurama le aaja ko ausadhi 3 choti khanu bhayo, boldai hunuhunna',
]

// Everyday consultations and look-alikes: neither answered nor asked.
const QUIET = [
  // studying the crisis as a topic
  '看護の授業で過量服薬の単元があって、レポートの書き方を教えてほしい',
  'for my pharmacology class we are reading a textbook case of an overdose, where can I find local statistics?',
  'nursing ko assignment ma suicide prevention ko barema lekhnu parcha, data kaha paincha?',
  'pinag-aaralan namin sa nursing ang overdose, saan may libreng seminar?',
  '간호학과 과제로 자살 예방 캠페인 포스터를 만들어요',
  // the past told by school age or a hospital stay, the present well
  '高校のとき死のうとしたことがあるけど、今は全然大丈夫です。奨学金の相談がしたい',
  'noong college nag-try akong magpakamatay, pero okay na ako ngayon, may trabaho na',
  // a joke among friends, said so
  'ともだちが わらって いってた 「ころすぞ」って。 じょうだん みたい',
  // Nepali scolding is no pills (gali, not goli); a prescription's three times a day
  'restaurant ko sahu le dherai gali garxa ani kaha ujuri dine?',
  'doctor le din ma ausadhi 3 choti khanu bhannu bhayo, kati paisa lagcha?',
  'gave my old bike to my cousin because we are moving to Osaka',
  'pwede ba kayo mag alaga sa anak ko habang nagtatrabaho ako?',
]

// Look-alikes that may be asked, never answered as a crisis.
const NOT_ANSWERED = [
  'for a nursing class I have to roleplay a patient who wants to die, how should I say the lines?',
  'नर्सिङको रोलप्लेमा म बिरामी बनेँ, मर्न मन लाग्यो भन्ने लाइन थियो',
  'まえに くすり たくさん のんで びょういん いきました',
  'làm ca đêm xong mệt muốn xỉu luôn, mai lại đi học',
]

describe('crisis21 classes', () => {
  it.each(SHOWN)('%s: a line is on screen', (text) => expect(lineShown(nlu, text), text).toBe(true))
  it.each(QUIET)('%s: nothing is shown', (text) => expect(lineShown(nlu, text), text).toBe(false))
  it.each(NOT_ANSWERED)('%s: never answered as a crisis', (text) => {
    expect(nlu.analyze(text).crisis, text).toBeNull()
  })
})

describe('romanised Nepali read as Nepali (crisis21)', () => {
  it("a perfective 'kinisake' and 'chahanna' mark Nepali as well as any two markers", () => {
    expect(nepaliSkeleton('kasaiko bojh banna chahanna. charcoal ra tape kinisake')).not.toBe('')
  })
  it('English is still not read as Nepali', () => {
    expect(nepaliSkeleton('i bought charcoal and tape for the barbecue')).toBe('')
  })
})
