import { describe, expect, it } from 'vitest'
import { buildGazetteer, townKanaForms } from '../../scripts/nlu/gazetteer-build.ts'
import { findWard } from '../../src/nlu/gazetteer.ts'

// Where the resident lives, read right (issue #11, places13): 町名 in kana, and the ward the resident names
// against a town read beside it. Built from data/kawasaki/*.yaml as they are now (no model needed).

const g = buildGazetteer()
const read = (text: string) => findWard(g, text.normalize('NFKC'))

describe('a 町名 in kana is the town (the data’s own reading, hiragana or katakana)', () => {
  it.each([
    ['こすぎまち', 'nakahara', '小杉町'],
    ['コスギマチ', 'nakahara', '小杉町'],
    ['こすぎまちに すんでいます', 'nakahara', '小杉町'],
    ['わたしは こすぎまち です', 'nakahara', '小杉町'],
    // 町 read the other way (the town is コスギジンヤチョウ): residents guess.
    ['こすぎじんやまち です', 'nakahara', '小杉陣屋町'],
    ['こすぎじんやちょう', 'nakahara', '小杉陣屋町'],
    ['かみひらまです', 'nakahara', '上平間'],
    ['シモヌマベに住んでます', 'nakahara', '下沼部'],
    ['すげせんごく', 'tama', '菅仙谷'],
    ['みやまえく の ありま に すんで います', 'miyamae', '有馬'],
    // Short readings count in a place-like context, spaced too (やさしい日本語).
    ['いだ に すんで います', 'nakahara', '井田'],
    ['こすぎ の ちかく', 'nakahara', '小杉'],
    ['ひさもとです', 'takatsu', '久本'],
    // An ambiguous town in kana stays ambiguous until the ward settles it.
    ['高津区の のがわ', 'takatsu', '野川'],
    // A ward in kana before a short town is its context too.
    ['たかつく の のがわ', 'takatsu', '野川'],
    ['たまく の すげ に すんで います', 'tama', '菅'],
    ['なかはら く の いだ', 'nakahara', '井田'],
  ])('%s → %s (%s)', (text, value, place) => {
    const w = read(text)
    expect(w?.value).toBe(value)
    expect(w?.place).toBe(place)
    expect(w?.via).toBe('town')
  })

  it('a kana town read like a station stays the station (みぞのくち, さぎぬま, のぼりと)', () => {
    expect(read('みぞのくちに住んでいます')).toMatchObject({ value: 'takatsu', via: 'station' })
    expect(read('さぎぬま')).toMatchObject({ value: 'miyamae', via: 'station' })
    expect(read('のぼりと の ちかく')).toMatchObject({ value: 'tama', via: 'station' })
  })

  // Guards: a reading inside ordinary words, or a short reading with nothing place-like around it.
  it.each([
    'あたまが いたいです',
    'きづきました',
    'いだいな ひとです',
    'いけだ さんに そうだんしました',
    'なかじまさんです',
    'しょうわの ころの はなし',
    'こすぎて つかれました',
    'とどろきが きこえる',
    'ありがとうございます',
    'ふじみ ざかを のぼる',
    'あたまく の いだ',
    'ぼくの いだ',
  ])('%s is no place', (text) => {
    expect(read(text)).toBeNull()
  })

  it('a town’s kana forms: the reading folded to hiragana, and 町 both ways for long names only', () => {
    expect(townKanaForms('小杉陣屋町', 'コスギジンヤチョウ')).toEqual([
      'こすぎじんやちょう',
      'こすぎじんやまち',
    ])
    expect(townKanaForms('小杉町', 'コスギマチ')).toEqual(['こすぎまち'])
    expect(townKanaForms('新丸子町', 'シンマルコマチ')).toEqual(['しんまるこまち', 'しんまるこちょう'])
    expect(townKanaForms('田町', 'タマチ')).toEqual(['たまち'])
    expect(townKanaForms('平', undefined)).toEqual([])
  })
})

describe('the ward the resident names wins over a town of another ward', () => {
  it.each([
    // 「平間」 is no 平 (宮前区): a kanji after a short name makes a longer name.
    ['中原区の平間', 'nakahara'],
    ['中原区の平間に住んでます', 'nakahara'],
    ['中原区 平間のあたり', 'nakahara'],
    // A town of another ward beside the named ward: the named ward, not the town's.
    ['高津区の有馬です', 'takatsu'],
    ['中原区の宮前平の近く', 'nakahara'],
    ['麻生区に住んでいて、宿河原のあたりです', 'asao'],
  ])('%s → %s, the named ward', (text, value) => {
    expect(read(text)).toMatchObject({ value, via: 'ward_name' })
  })

  // Guards: a town in the named ward says more, and is kept; a town alone is still its ward.
  it.each([
    ['宮前区の平', 'miyamae', '平'],
    ['宮前区平3丁目', 'miyamae', '平'],
    ['平に住んでいます', 'miyamae', '平'],
    ['多摩区の宿河原', 'tama', '宿河原'],
    ['中原区の上平間', 'nakahara', '上平間'],
    ['宮前区の有馬です', 'miyamae', '有馬'],
    ['川崎市宮前区の野川', 'miyamae', '野川'],
  ])('%s → %s (%s)', (text, value, place) => {
    expect(read(text)).toMatchObject({ value, via: 'town', place })
  })
})
