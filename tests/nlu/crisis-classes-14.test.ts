import { beforeAll, expect, test } from 'vitest'
import type { Nlu } from '../../src/core/nlu.ts'
import { sharedNlu } from './helpers.ts'

// Issue 9, crisis14: partner violence said plainly in Japanese (「夫に殴られる」, as a habit 「毎日」「いつも」
// 「ことがある」) is the DV concern, neither answered nor asked, as 「老公打我」「My husband hits me」「Mi esposo me
// pega」 already are; said as now (「今」「殴られている」「助けて」) it is answered, and fear or a threat to come still
// asks. Sentences written for this test; at 4d6c270 (this file copied onto it) 5 of the 16 failed: the
// plain or habitual statements with 殴られる were asked (sign.violence.threat); 叩かれる and the guards passed.

let nlu: Nlu
beforeAll(async () => {
  nlu = await sharedNlu()
})

/** What the resident gets: the crisis answer, the safety question, or neither (the concern's own desk). */
const outcome = (text: string): 'answered' | 'asked' | 'quiet' => {
  const r = nlu.analyze(text)
  if (r.crisis !== null) return 'answered'
  return r.risk.score >= 1 ? 'asked' : 'quiet'
}

const READINGS: Record<string, ReturnType<typeof outcome>> = {
  // plain or habitual: the DV concern
  夫に殴られる: 'quiet',
  夫になぐられる: 'quiet',
  夫に毎日殴られる: 'quiet',
  彼氏にいつも叩かれます: 'quiet',
  夫に殴られることがある: 'quiet',
  旦那によく叩かれる: 'quiet',
  'おっとに　なぐられる': 'quiet',
  // the same in other languages, as before
  老公打我: 'quiet',
  'My husband hits me': 'quiet',
  // now: answered
  いま夫に殴られる: 'answered',
  '今、夫に殴られる': 'answered',
  夫に殴られている: 'answered',
  助けて夫に殴られる: 'answered',
  // a threat to come, fear said: still asked
  夫に殴られるかもしれない: 'asked',
  '夫に殴られる。こわい': 'asked',
  // not a partner: unchanged
  ボールが顔に当たった: 'quiet',
}

test.each(Object.entries(READINGS))('%s → %s', (text, want) => {
  expect(outcome(text)).toBe(want)
})

// A loose form alone (crisis14): vi ngã / uống, pt caiu, es se cayó in an everyday message is not answered by the
// danger model (asking stays allowed); the crisis said in words (a blister of pills, bleach swallowed, a fall and
// no breathing) is still answered by its rule. Sentences written for this test; at 4d6c270 (copied onto it)
// 3 of the 8 failed (the model answered the vi fall, the vi father who drinks, the pt fall last week).
const LOOSE_ALONE = [
  'Mẹ tôi bị ngã ở nhà tắm tuần trước, giờ đi lại khó',
  'Bố tôi uống rượu nhiều quá',
  'Minha mãe caiu semana passada e agora não consegue andar direito',
  'Mi abuela se cayó ayer, ¿hay ayuda para poner barandillas?',
]
const SAID_IN_WORDS = [
  'Em uống hết cả vỉ thuốc ngủ rồi',
  'Bé nhà em uống nhầm thuốc tẩy rồi',
  'Meu pai caiu e não está respirando',
  '夫に殴られている',
]

test.each(LOOSE_ALONE)('a loose form alone is not answered: %s', (text) => {
  expect(outcome(text)).not.toBe('answered')
})
test.each(SAID_IN_WORDS)('the crisis said in words is answered: %s', (text) => {
  expect(outcome(text)).toBe('answered')
})
