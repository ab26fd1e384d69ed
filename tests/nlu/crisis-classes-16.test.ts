import { expect, test } from 'vitest'
import type { Nlu } from '../../src/core/nlu.ts'
import { sharedNlu } from './helpers.ts'

// Issue 9, crisis16: suicide told around it (not wanting to be a burden, ending it on a near day, how many pills
// "so I don't wake", charcoal and tape, waiting by the railway, affairs put in order, thanks for everything with a
// goodbye), self-harm and an insulin overdose in es/zh; and look-alikes told as past (a school age, "not for years",
// now calm in treatment, someone fine now), the news, a drama, a drill, which must not get the crisis answer, with
// the guard that thinking of it again now still answers. Sentences written for this test, by class, none from a
// held-out or sealed set; at b3d0579 (this file copied onto it) 28 of the 50 failed.

// What the resident gets: the crisis answer, the safety question, or neither (the analyzer is shared).
const nluReady: Promise<Nlu> = sharedNlu()
const outcome = async (text: string): Promise<'answered' | 'asked' | 'quiet'> => {
  const { crisis, risk } = (await nluReady).analyze(text)
  return crisis !== null ? 'answered' : risk.score >= 1 ? 'asked' : 'quiet'
}

// A line must be on screen: answered or asked.
const SHOWN = [
  // not wanting to be a burden, nobody needing me
  'ya no quiero ser una carga para nadie, estoy cansada',
  'não quero mais ser um peso pra minha família',
  'em không muốn làm gánh nặng cho bố mẹ nữa',
  '我不想再拖累家人了',
  '沒有人需要我',
  'もう誰の迷惑にもなりたくないんです',
  '誰にも必要とされていない',
  '가족에게 짐이 되고 싶지 않아',
  "I don't want to be a burden anymore",
  // ending it on a near day, not lasting to one
  'esta noche lo voy a terminar',
  '今晚就結束吧',
  '撐不過今晚了',
  '今晩でおしまいにします',
  'hoje vou acabar com tudo',
  'tatapusin ko na ngayong gabi',
  // how many pills so as not to wake
  '安眠藥要吃幾顆才不會醒',
  'cuántas pastillas necesito para no despertar',
  '睡眠薬って何錠飲めば目が覚めないの',
  'how many sleeping pills would it take to not wake up',
  // charcoal and tape
  '木炭和膠帶已經準備好了',
  '練炭とガムテープを買った',
  // waiting by the railway
  'estoy sentada junto a las vías del tren',
  'sitting near the railroad tracks with nowhere to go',
  // affairs put in order beside despair, a burden or thanks for everything
  '通帳と印鑑は机の上にまとめておいた。もう疲れた',
  '銀行卡和密碼都留給妹妹了，我不想再拖累她',
  'naayos ko na lahat ng papeles, ayoko nang maging pabigat',
  'já deixei tudo organizado. obrigada por tudo.',
  'cảm ơn mọi người vì tất cả. em không muốn làm gánh nặng nữa',
  // thanks for everything and a goodbye
  'いままでほんとうにありがとう。ばいばい',
  'thank you for everything. bye',
  // self-harm and an insulin overdose seen now
  'la encontré quemándose el brazo con un cigarro',
  '他一直拿頭撞牆停不下來',
  'mi papá se inyectó la insulina dos veces y está temblando',
]

// The past said as over, a story, the news, a drill: never the crisis answer.
const NOT_ANSWERED = [
  '中学生のころにリスカしてたけど、今はもう全然してないです',
  '大學的時候自殘過，已經好幾年沒有了',
  '兩年前自殺過，現在有看醫生，很穩定',
  'hace años intenté suicidarme, ahora estoy bien y en tratamiento',
  "my mom had a stroke last year, she's fine now. looking for a day service",
  '以前、死にたいって相談したことがあるんですけど、今は落ち着いてます',
  '芸能人の自殺のニュースが続いていますね',
  '昨晚追的韓劇，男主角最後跳樓了，好難過',
  'mañana hay simulacro de incendio en la escuela, tengo que ir?',
]

// Everyday messages with the same words: neither answered nor asked.
const QUIET = [
  'gracias por todo, que tengan buen día',
  'ありがとうございました。ばいばい',
  'hoy voy a terminar el informe',
  'naayos ko na lahat ng papeles para sa visa',
]

// A present danger beside the past still answers.
const ANSWERED = [
  "I tried years ago and I'm thinking about it again tonight",
  '3年前に自殺未遂した。でも今夜またやろうと思ってる',
  '以前曾經自殺過，現在又想死了',
  'hace años intenté quitarme la vida y hoy lo estoy pensando otra vez',
]

test.each(SHOWN)('a line is shown: %s', async (text) => {
  expect(await outcome(text), text).not.toBe('quiet')
})

test.each(NOT_ANSWERED)('not the crisis answer: %s', async (text) => {
  expect(await outcome(text), text).not.toBe('answered')
})

test.each(QUIET)('quiet: %s', async (text) => {
  expect(await outcome(text), text).toBe('quiet')
})

test.each(ANSWERED)('still answered: %s', async (text) => {
  expect(await outcome(text), text).toBe('answered')
})
