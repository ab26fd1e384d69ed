import { beforeAll, describe, expect, it } from 'vitest'
import type { Nlu } from '../../src/core/nlu.ts'
import { lineShown } from './crisis-helpers.ts'
import { sharedNlu } from './helpers.ts'

// Issue 9/11, crisis12: ordinary DV consultations told as a pattern (when he drinks, when he is angry he
// throws things and hits the wall) or with control (the passport kept), and a neighbour worry with the mail
// said NOT to be piling up, read as a crisis (dialogs11 dd6-010, dd6-063, dd2-107, dd6-014). Sentences
// written by class. Run at daafe9e (this file copied onto it), 12 of the 30 failed: every sentence of the first
// three lists but the two marked as guards (老公喝了酒就打我 and 술 마시면, already asked or quiet there); the
// guards of the last list passed there too and must keep passing.

let nlu: Nlu
beforeAll(async () => {
  nlu = await sharedNlu()
})

const answered = (text: string) => nlu.analyze(text).crisis !== null

describe('DV told as a pattern or with the passport kept, nothing said now: not answered with 110/119', () => {
  it.each([
    '怒ると物を投げたり壁を殴ったりします。わたしには直接はまだ…',
    // someone else's outburst is not the writer's self-harm
    '彼氏が怒ると壁を殴ったりドアを蹴ったりする',
    "When he gets angry he throws things and punched the wall. He hasn't hit me yet",
    'Chồng em đánh em, còn giữ hộ chiếu của em',
    'Chồng em say rượu là đánh em',
    '老公打我，还把我的护照扣着',
    '남편이 때리고 여권을 빼앗았어요',
    // passed at daafe9e too (a guard): the pattern 술 마시면 without 만 is now read as one
    '남편이 술 마시면 소리 지르고 물건을 던져요',
  ])('%s', (text) => {
    expect(answered(text)).toBe(false)
  })
})

describe('a pattern with the hitting said is still asked (the safety question shows a line)', () => {
  it.each(['Chồng em đánh em, còn giữ hộ chiếu của em', '老公打我，还把我的护照扣着', '老公喝了酒就打我'])(
    '%s',
    (text) => {
      expect(answered(text)).toBe(false)
      expect(lineShown(nlu, text)).toBe(true)
    },
  )
})

describe('the mail said not to be piling up: no line', () => {
  it.each([
    '川崎区の渡田です。郵便受けがあふれてる感じはないんだけど、なんとなく',
    '隣の人、新聞がたまってないから大丈夫だと思うけど',
    '우편함이 꽉 차지는 않았는데 좀 걱정돼요',
  ])('%s', (text) => {
    expect(lineShown(nlu, text)).toBe(false)
  })
})

describe('guards: violence now, a threat or a weapon now, self-harm, the mail piling up: still answered', () => {
  it.each([
    '今殴られてる',
    '今殴られてる。パスポートも取り上げられた',
    "he's hitting me right now",
    "he's hitting me right now and he took my passport",
    '또 때리고 있어요',
    '지금 남편이 때리고 있어요. 여권도 빼앗았어요',
    'Chồng em đang đánh em',
    'Chồng em đang đánh em, còn giữ hộ chiếu của em',
    '老公现在在打我，护照也被他扣着',
    '夫が物を投げて、壁を殴って、今も暴れてる',
    '남편이 칼 들고 소리 지르고 있어요',
    'イライラして壁を殴ってしまった',
    '彼氏と喧嘩して、また壁を殴った。手から血が出てる',
    'I punched the wall again',
    '郵便受けがあふれています。隣のおばあさん、何日も見ていません',
    '우편함이 꽉 찼어요',
  ])('%s', (text) => {
    expect(answered(text)).toBe(true)
  })
})
