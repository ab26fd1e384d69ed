import { beforeAll, describe, expect, it } from 'vitest'
import type { Nlu } from '../../src/core/nlu.ts'
import { crisisLexicon } from '../../src/nlu/crisis-lexicon.ts'
import { crisisRules } from '../../src/nlu/crisis-rules.ts'
import { sharedNlu } from './helpers.ts'

// Written from the lexicon's categories, not from the dev set. A missed crisis is the worst error:
// every phrasing below must fire, whatever the classifier says.

let nlu: Nlu
beforeAll(async () => {
  nlu = await sharedNlu()
})

const crises: [string, string][] = [
  // suicidal thoughts, active and passive
  ['死にたい', 'suicide'],
  ['しにたい', 'suicide'],
  ['シニタイ', 'suicide'],
  ['ｼﾆﾀｲ', 'suicide'],
  ['死にたぁい', 'suicide'],
  ['最近ずっと死にたくなる', 'suicide'],
  ['死にたかった。今もそう思う', 'suicide'],
  ['もう死のうと思います', 'suicide'],
  ['自殺を考えています', 'suicide'],
  ['死ぬしかない', 'suicide'],
  ['死んだほうがましだ', 'suicide'],
  ['消えたい', 'suicide'],
  ['消えてしまいたい', 'suicide'],
  ['いなくなりたい', 'suicide'],
  ['私なんかいないほうがいい', 'suicide'],
  ['生きているのがつらい', 'suicide'],
  ['生きてるのがしんどい', 'suicide'],
  ['もう生きていたくない', 'suicide'],
  ['生きる意味がない', 'suicide'],
  ['もう楽になりたい', 'suicide'],
  ['介護に疲れた。楽になりたい', 'suicide'],
  ['もう終わりにしたい', 'suicide'],
  ['遺書を書いた', 'suicide'],
  ['目が覚めなければいいのに', 'suicide'],
  ['生まれてこなければよかった', 'suicide'],
  ['首を吊ろうと思う', 'suicide'],
  ['ビルから飛び降りたい', 'suicide'],
  ['電車に飛び込もうかな', 'suicide'],
  ['練炭を買った', 'suicide'],
  ['息子が死にたいと言っています', 'suicide'],
  ['I want to die', 'suicide'],
  ['タヒにたい', 'suicide'],
  ['自ら命を絶ちたい', 'suicide'],
  ['楽に死ねる方法を探してる', 'suicide'],
  ['人生やめたい', 'suicide'],
  ['この世にいたくない', 'suicide'],
  ['今までありがとう。さようなら', 'suicide'],
  ['明日なんて来なければいい', 'suicide'],
  ['死ぬ準備をしてる', 'suicide'],
  ['このまま死んでもいいかなって', 'suicide'],
  // self-harm with intent to die
  ['リスカがやめられない', 'self_harm'],
  ['手首を切った', 'self_harm'],
  ['薬を大量に飲んだ', 'overdose'],
  ['睡眠薬を全部飲みました', 'overdose'],
  ['ODしちゃった', 'overdose'],
  // someone collapsed, not breathing
  ['父が倒れて動かない', 'medical'],
  ['母が息をしていない', 'medical'],
  ['祖母の意識がない', 'medical'],
  ['夫が倒れている', 'medical'],
  ['呼びかけても反応がない', 'medical'],
  ['父が意識なくて呼んでも反応しない', 'medical'],
  ['血が止まらない', 'medical'],
  ['My father collapsed', 'medical'],
  // a weapon, an attack now
  ['夫が包丁を持って暴れている', 'violence'],
  ['刺された', 'violence'],
  ['殺される', 'violence'],
  ['殺すと言われた', 'violence'],
  ['首を絞められた', 'violence'],
  ['今夫に殴られています', 'violence'],
  // a person with dementia missing
  ['認知症の父が帰ってこない', 'missing_person'],
  ['徘徊していなくなった', 'missing_person'],
  ['認知症の母が朝から戻りません', 'missing_person'],
  ['祖父が行方不明です', 'missing_person'],
]

describe('crisis layer fires', () => {
  it.each(crises)('%s → %s', (text, kind) => {
    const r = nlu.analyze(text)
    expect(r.crisis, text).not.toBeNull()
    expect(r.crisis?.kind).toBe(kind)
    expect(r.intent).toBe('crisis')
    expect(r.urgent).toBe(true)
    expect(r.crisis?.matched.length).toBeGreaterThan(0)
  })

  it('reports lexicon and rule ids, never the resident’s words', () => {
    const r = nlu.analyze('死にたい')
    const ids = new Set([...crisisLexicon.map((e) => e.id), ...crisisRules.map((e) => e.id)])
    expect(r.crisis!.matched.length).toBeGreaterThan(0)
    for (const id of r.crisis!.matched) expect(ids.has(id) || id.startsWith('model.')).toBe(true)
  })

  it('lexicon ids are unique', () => {
    const ids = crisisLexicon.map((e) => e.id)
    expect(new Set(ids).size).toBe(ids.length)
  })

  it('keeps the second concern of a crisis message', () => {
    const r = nlu.analyze('借金が返せなくて、もう死ぬしかない')
    expect(r.intent).toBe('crisis')
    expect(r.also).toContain('livelihood')
  })
})

describe('casual phrasings are not crises', () => {
  it.each([
    '死ぬほど疲れた',
    '死ぬほどおいしい',
    '死ぬかと思った（笑）',
    '死ぬほど笑った',
    '消えたいくらい恥ずかしかった',
    '蚊に刺された',
    '仕事が終わったら楽になりたい',
    '母の介護保険の手続きを知りたい',
    '父は去年倒れて、今はリハビリ中です',
    '息子が家から出てきません',
    '死んだ祖母の年金の手続き',
    '終わりの時間を知りたい',
    'ごみの出し方を教えて',
    'こんにちは',
    '昔、死にたいと思った時期があったけど、今は落ち着いています',
    '自殺予防のボランティアに参加したい',
    '老後はもっと楽しんだほうがいい',
    '旅行を楽しんだら楽しかった',
    '腰痛を楽にしたい',
    '死んでもいいから甘いものが食べたい',
    '明日は来ないでください',
    '意識の高い人が苦手',
  ])('%s', (text) => {
    expect(nlu.analyze(text).crisis).toBeNull()
  })
})
