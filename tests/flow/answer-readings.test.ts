import { beforeAll, describe, expect, it } from 'vitest'
import type { Nlu } from '../../src/core/nlu.ts'
import { sharedNlu } from '../nlu/helpers.ts'

// What a reply to the bot's question is read as (AnswerReading, src/nlu/entities*.ts), for the flow's ask
// node: an age told as a bare number, who the person is told in parts, a refusal that is about telling
// someone else. Each class with replies that must be read so and replies that must not (dd7, round9.yaml).

let nlu: Nlu
beforeAll(async () => {
  nlu = await sharedNlu()
}, 120_000)

const read = (text: string) => nlu.analyze(text)

describe('an age told as a number alone, or with whom', () => {
  it.each([
    ['81です', 81],
    ['６９です', 69],
    ['じぶん　です　79　です', 79],
    ['母です。84', 84],
    ['はい、父は90です', 90],
    ['自分です。74の一人暮らし', 74],
    ['hey im 16 and i hate school', 16],
    ["I'm 15, in junior high", 15],
    ['i am 17.', 17],
    ['Hi po, 16 na po ako', 16],
    ['ako ay 15 taong gulang', 15],
    ['17 anyos na po ako', 17],
  ] as const)('%s → %i', (text, age) => {
    expect(read(text).age).toBe(age)
  })

  it.each([
    '110です',
    '119',
    '3階です',
    '2人です',
    "I'm 5 minutes away",
    'im 20 minutes late',
    'ako ay 10 minuto lang',
    '82の父が78の母をみてて',
  ])('%s → no age', (text) => {
    expect(read(text).age).toBeNull()
  })
})

describe('who the person is, told in parts: no worry (whomOnly)', () => {
  it.each([
    'いや、母じゃなくて義母です。夫の母',
    'いえ、父じゃなくて祖父です',
    '義父です。妻の父。88',
    'じぶん　です　80　です',
    '自分です。72の一人暮らし',
    'ベトナム から きました。おっと は しごと',
    'わたし の おかあさん です。79さい。ネパール から きました',
    '息子は48、私は79です',
    '85さい　おんな',
    '私は会長です。70',
    'Em là du học sinh, 20 tuổi',
    "I'm an international student, 23",
    '是我自己，45歲，台灣人',
    '저는 유학생이에요. 21살이에요',
  ])('%s', (text) => {
    expect(read(text).answer?.whomOnly).toBe(true)
  })

  it.each([
    '私じゃないです、夫です',
    '夫は仕事で帰りが遅くて怖い',
    '夫が怖いです',
    '母です。要介護3',
    '82の父が78の母をみてて',
    'ベトナム から きました。おかね が ない',
    'Em là du học sinh, không có tiền thuê nhà',
    "I'm a student and my landlord wants me out",
    '78です',
  ])('%s → not only whom', (text) => {
    expect(read(text).answer?.whomOnly).toBe(false)
  })

  it('a kin correction corrects whom, not the worry', () => {
    expect(read('いや、母じゃなくて義母です。夫の母').answer?.correction).toBe(false)
    expect(read('そうじゃなくて、お金のことです').answer?.correction).toBe(true)
    expect(read('介護じゃなくて借金の話').answer?.correction).toBe(true)
  })
})

describe('a refusal to answer us, not to tell someone else', () => {
  it.each([
    'むすこには　まだ　いいたくない',
    '娘にはまだ言いたくないんです',
    '夫には知らせたくない',
    '親に言いたくない',
    // 居たくない (to be somewhere), not 言いたくない
    'やば　家いたくない',
    '家にいたくない',
    'もう学校にいたくないです',
  ])('%s → not a refusal', (text) => {
    expect(read(text).answer?.refusal).toBe(false)
  })

  it.each([
    '言いたくない',
    '住所は言いたくないです',
    '区は教えたくない',
    'それは言いたくないです',
    '名前は言わなきゃだめですか',
  ])('%s → a refusal', (text) => {
    expect(read(text).answer?.refusal).toBe(true)
  })
})

describe('no one named: 「家族はいない」 names no family member', () => {
  it.each(['家族はいないっぽいです。一人暮らしかな', '身内もいません。ひとり暮らしです', '子どもはいません'])(
    '%s',
    (text) => {
      expect(read(text).answer?.subject).toBeNull()
    },
  )

  it.each([
    ['夫がいなくなりました', 'spouse'],
    ['夫がいない時に来てほしい', 'spouse'],
    ['母がいないと不安です', 'parent'],
    ['家族が心配です', 'family'],
  ] as const)('%s → %s', (text, subject) => {
    expect(read(text).answer?.subject).toBe(subject)
  })
})

describe('one place asked for both worries (asksWhich)', () => {
  it.each([
    'リハビリと仕事と両方相談できるところは',
    'リハビリのことも仕事のことも、一緒に相談できるところはありますか',
    '介護と障害、両方相談できますか',
    'Is there somewhere I can ask about both?',
    '두 가지 다 상담할 수 있는 곳이 있나요?',
  ])('%s', (text) => {
    expect(read(text).answer?.asksWhich).toBe(true)
  })

  it.each([
    '両方の親が心配です',
    '仕事も家も両方なくなった',
    '母と一緒に住んでいます',
    'both of my parents are sick',
  ])('%s → not a question which', (text) => {
    expect(read(text).answer?.asksWhich).toBe(false)
  })
})
