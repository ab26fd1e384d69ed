import { beforeAll, describe, expect, it } from 'vitest'
import type { Nlu } from '../../src/core/nlu.ts'
import { sharedNlu } from './helpers.ts'

// Child abuse worries that are not an emergency now (issue 9, crisis7): marks seen on a child after
// the fact, a parent's fear of their own anger, a child heard crying night after night. They reach the
// concern (the child consultation centre), not the crisis answer with 110/119 first; the same danger
// told as happening now still is answered. Sentences written for this test, not taken from any corpus.

let nlu: Nlu
beforeAll(async () => {
  nlu = await sharedNlu()
})

describe('a child abuse worry, not happening now: not a crisis answer', () => {
  it.each([
    // marks seen afterwards, in several languages
    'Chồng tôi đánh con gái bằng roi, để lại vết bầm trên chân. Tôi nên hỏi ở đâu',
    '我兒子的同學手上有煙頭燙的疤痕，我該跟誰說',
    'Tôi thấy cháu bé nhà hàng xóm có vết bầm trên tay mấy tuần nay, không biết báo ai',
    'La maestra dice que mi sobrino llega con moretones casi cada semana, ¿a quién aviso?',
    '옆집 아이 팔에 멍 자국이 자주 보여요. 어디에 알려야 하나요',
    '近所の子、いつも腕にあざがある。親に叩かれてるみたい。どこに相談すれば',
    // a parent's fear of their own anger
    'tengo miedo de perder el control con mis hijos, les grito y lloran mucho',
    '子どもがかわいいと思えない日があって、怒鳴ってしまう。相談先はありますか',
    // a child heard night after night
    'ウラ ノ イエ コドモ ナク コエ。マイヨ。ドコニ ソウダン',
  ])('%s', (text) => {
    expect(nlu.analyze(text).crisis, text).toBeNull()
  })
})

describe('violence against a child happening now: still answered, 110 first', () => {
  it.each([
    'Ahora mismo mi pareja está golpeando a mi hijo, ayuda',
    '지금 아빠가 동생을 때리고 있어요 도와주세요',
    '今、夫が息子を殴っています。止められません',
  ])('%s', (text) => {
    expect(nlu.analyze(text).crisis?.kind, text).toBe('violence')
  })
})
