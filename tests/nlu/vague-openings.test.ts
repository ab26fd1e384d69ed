import { readFileSync } from 'node:fs'
import { beforeAll, describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import type { Nlu } from '../../src/core/nlu.ts'
import { buildNeighbourIndex, informativeness, nearestByLabel } from '../../src/nlu/neighbours.ts'
import { sharedNlu } from './helpers.ts'

// A first message that says there is a worry but not what it is (「困っています」「相談があります」「最近調子が
// 悪くて」「誰に聞けばいいか…」, in every language) must leave the flow asking what it is about: read as a greeting
// (the greeting handler asks), or under the flow's bar (the classify node offers choices or the menu). Read as
// `other` or a concern at the bar, the flow follows it and shows the city's call centre or a desk unasked.
// A guard for the next import of an author's corpus: t10's (nlu18, nlu19) made 5 of these 30 openings surer than
// the bar (「困っています」 other 0.25 → 0.56, through its texts as nearest examples), so it is not in training yet.
// Two such openings the shipped model already reads above the bar are not listed (docs/nlu.md, nlu19). The worry
// said beside the same words is read as that worry.

const bar: number = (
  parse(readFileSync('flows/main.yaml', 'utf8')) as { settings: { confidence_threshold: number } }
).settings.confidence_threshold

let nlu: Nlu
beforeAll(async () => {
  nlu = await sharedNlu()
})

const VAGUE: [lang: string, text: string][] = [
  ['ja', '困っています'],
  ['ja', 'ちょっと困ってて'],
  ['ja', '相談があります'],
  ['ja', '相談したいことがある'],
  ['ja', '最近なんだか調子が悪くて'],
  ['ja', '調子が悪いです'],
  ['ja', '誰に聞けばいいかわからなくて'],
  ['ja', 'どこに相談すればいいですか'],
  ['ja', 'いろいろあって疲れました'],
  ['ja-easy', 'こまって います'],
  ['en', 'I have a problem'],
  ['en', "I don't know who to ask"],
  ['es', 'Tengo un problema'],
  ['es', 'Necesito ayuda con algo'],
  ['es', 'No sé a quién preguntar'],
  ['pt', 'Estou com um problema'],
  ['pt', 'Preciso de ajuda'],
  ['pt', 'Não sei com quem falar'],
  ['tl', 'May problema po ako'],
  ['tl', 'Hindi ko alam kung kanino magtatanong'],
  ['vi', 'Tôi đang gặp khó khăn'],
  ['vi', 'Em không biết hỏi ai'],
  ['ko', '고민이 있어요'],
  ['ko', '누구한테 물어봐야 할지 모르겠어요'],
  ['zh-Hans', '我遇到了一些麻烦'],
  ['zh-Hans', '不知道该问谁'],
  ['zh-Hant', '我有點困擾'],
  ['zh-Hant', '有事想商量'],
  ['ne', 'मलाई समस्या छ'],
  ['ne', 'कसलाई सोध्ने थाहा छैन'],
]

const TOLD: [lang: string, text: string, label: string][] = [
  ['ja', '母の物忘れがひどくて困っています', 'dementia'],
  ['ja', '家賃が払えなくて困っています', 'livelihood'],
  ['ja', '子どもの夜泣きで困っています', 'child_rearing'],
  ['ja', '息子が何年も部屋から出てこなくて、誰に相談すればいいかわかりません', 'hikikomori'],
  ['ja', '最近眠れなくて気分が落ち込んでいます', 'mental_health'],
  ['en', "My mother has dementia and I don't know who to ask", 'dementia'],
  ['en', 'I need help, my husband hits me', 'domestic_violence'],
  ['es', 'Tengo un problema: mi hijo no sale de su cuarto desde hace un año', 'hikikomori'],
  ['pt', 'Preciso de ajuda, minha mãe tem demência', 'dementia'],
  ['tl', 'May problema po ako, hindi ko na mabayaran ang upa', 'livelihood'],
  ['vi', 'Em không biết hỏi ai, mẹ em bị lẫn, hay quên', 'dementia'],
  ['zh-Hans', '我不知道该问谁，我妈妈可能得了老年痴呆', 'dementia'],
  ['ne', 'बुबालाई डिमेन्सिया भयो, कसलाई सोध्ने?', 'dementia'],
]

describe('a worry announced but not told leaves the flow asking', () => {
  it.each(VAGUE)('%s 「%s」: a greeting, or under the bar', (_lang, text) => {
    const r = nlu.analyze(text)
    expect(r.crisis).toBeNull()
    const asks = r.intent === 'greeting' || r.confidence < bar
    expect(asks, `${r.intent} ${r.confidence.toFixed(2)}`).toBe(true)
  })
})

describe('the same words beside a worry: the worry', () => {
  it.each(TOLD)('%s 「%s」 → %s', (_lang, text, label) => {
    const r = nlu.analyze(text)
    expect(r.intent).toBe(label)
    expect(r.confidence).toBeGreaterThanOrEqual(bar)
  })
})

// The nearest-example term weighs each shared feature by how informative it is (nlu20): a feature every
// label's examples have (an ending, "I need", a script marker) no longer makes a short example the nearest
// one of a message that shares only it; a feature no commoner than a label's share counts in full.
describe('the nearest-example term: shared words weighed by how informative they are', () => {
  it("a feature no commoner than a label's share counts in full; one every example has, not at all", () => {
    expect(informativeness(1, 16_000, 16)).toBe(1)
    expect(informativeness(1_000, 16_000, 16)).toBe(1)
    expect(informativeness(16_000, 16_000, 16)).toBe(0)
    expect(informativeness(4_000, 16_000, 16)).toBeCloseTo(0.5, 6)
    expect(informativeness(2_000, 16_000, 16)).toBeGreaterThan(informativeness(8_000, 16_000, 16))
  })

  // Four labels, one example each: every example ends the same way (`end`), and each has a word of its own.
  const v = (...fs: [string, number][]) => {
    const n = Math.hypot(...fs.map(([, x]) => x))
    return new Map(fs.map(([f, x]) => [f, x / n]))
  }
  const index = buildNeighbourIndex(
    [
      { v: v(['end', 3], ['rent', 1]), label: 0 },
      { v: v(['end', 1], ['forget', 1]), label: 1 },
      { v: v(['end', 1], ['hit', 1]), label: 2 },
      { v: v(['end', 1], ['sleep', 1]), label: 3 },
    ],
    4,
  )
  it('a message that shares only the common ending is near no label', () => {
    expect([...nearestByLabel(index, v(['end', 1]))]).toEqual([0, 0, 0, 0])
  })
  it('a concern word still pulls toward its label', () => {
    const near = nearestByLabel(index, v(['end', 1], ['forget', 1]))
    expect(near[1]).toBeGreaterThan(0.4)
    expect(Math.max(near[0]!, near[2]!, near[3]!)).toBe(0)
  })
})
