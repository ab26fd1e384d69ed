import { beforeAll, describe, expect, it } from 'vitest'
import type { CrisisKind, Nlu } from '../../src/core/nlu.ts'
import { sharedNlu } from './helpers.ts'

// Danger told around, without its word: the situations the dev authors' misses had in common
// (issue 9, crisis3). The sentences here were written for this test, not taken from the corpus, so
// they check the situation (a form in a concept), not a memorised line. Each must put a line on
// screen: the crisis answer, or the safety question with its kind's sign. The quiet side shares
// their words with everyday consultations, which must get neither.

let nlu: Nlu
beforeAll(async () => {
  nlu = await sharedNlu()
})

/** Whether a line is shown, and the kinds the situation layer named (a sign's kind, or the crisis's). */
const shownAs = (text: string): { shown: boolean; kinds: string[] } => {
  const r = nlu.analyze(text)
  const signs = r.risk.cues.filter((c) => c.startsWith('sign.')).map((c) => c.split('.')[1]!)
  return {
    shown: r.crisis !== null || r.risk.score >= 1,
    kinds: r.crisis ? [r.crisis.kind, ...signs] : signs,
  }
}

describe('danger told around is shown a line', () => {
  it.each<[string, CrisisKind]>([
    // suicide: going to the water or a height now, affairs put in order, dialect
    ['もう何もない。これから多摩川に行きます', 'suicide'],
    ['橋まで来ました。寒いです', 'suicide'],
    ['部屋の物はほとんど処分しました。もう必要ないから', 'suicide'],
    ['おらもう疲れた。海さ行ぐかな', 'suicide'],
    ["I'm heading to the bridge now, tell my sister sorry", 'suicide'],
    ['pupunta na ako sa tulay, salamat sa lahat', 'suicide'],
    // self-harm said plainly
    ['さっきまた切っちゃった。今回は深いかも', 'self_harm'],
    ['自分の腕をカッターで何度も', 'self_harm'],
    // medical: confusion, a drooping face
    ['父が急に意味不明なことを言い出して、お箸が持てない', 'medical'],
    ['my grandma is talking nonsense and her face is drooping', 'medical'],
    // overdose: alcohol with sleeping pills, an engine left running
    ['焼酎と睡眠薬を一緒に飲んだ', 'overdose'],
    // violence now
    ['元夫が玄関のドアを蹴ってる。開けろって怒鳴ってる', 'violence'],
    ['he has his hands around her neck', 'violence'],
    // a person gone, with a circumstance
    ['認知症の祖父が夜中に出て行ったきり戻らない', 'missing_person'],
    ['デイの利用者さんが送迎車から降りたあと見当たりません', 'missing_person'],
    ['my dad has dementia and wandered off two hours ago', 'missing_person'],
    ['buwa ghar farkeko chaina, 5 ghanta bhayo', 'missing_person'],
    // someone else, disaster
    ['上の階のおじいさん、カーテンが1週間閉まったままで呼んでも出てこない', 'third_party'],
    ['廊下が煙で真っ白です', 'disaster'],
    ['停電で父の在宅酸素があと1時間しかもたない', 'disaster'],
  ])('%s → %s', (text, kind) => {
    const { shown, kinds } = shownAs(text)
    expect(shown, text).toBe(true)
    expect(kinds, text).toContain(kind)
  })
})

describe('the same words in everyday consultations are not questioned', () => {
  it.each([
    '美容院で髪を切った。すっきりしました',
    '電話を切った。聞き忘れたことがあります',
    'はさみで紙を切る工作をしたい',
    '夫に先立たれて話し相手がいません',
    '入院するのに保証人がいません',
    '夫が出て行ったので離婚の手続きを知りたい',
    '風邪薬と胃薬を一緒に飲んでもいいですか',
    '遺言書の書き方を教えてください',
    '去年の夏は暑くてかなわんかった。エアコンの補助はありますか',
    'I went out with friends last night and lost my wallet',
  ])('%s', (text) => {
    const r = nlu.analyze(text)
    expect(r.crisis, text).toBeNull()
    expect(r.risk.score, `${text}: ${r.risk.cues.join()}`).toBeLessThan(1)
  })
})
