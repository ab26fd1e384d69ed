import { describe, expect, it } from 'vitest'
import { foldKana, foldPlaceKe, normalizeText } from '../../src/nlu/normalize.ts'

describe('normalizeText', () => {
  it.each([
    ['ﾆﾝﾁｼｮｳ', 'ニンチショウ'],
    ['ＡＢＣ１２３', 'abc123'],
    ['〒２１１－０００４', '〒211-0004'],
    ['つらーい', 'つらい'],
    ['つら〜〜い', 'つらい'],
    ['すごーーーい', 'すごい'],
    ['しにたぁい', 'しにたい'],
    ['死にたいっ！！', '死にたい!'],
    ['疲れた😭😭', '疲れた'],
    ['母が心配です🙏🏻', '母が心配です'],
    ['👨‍👩‍👧 家族のこと', '家族のこと'],
    ['  二つ   の  空白 ', '二つ の 空白'],
  ])('%s → %s', (input, expected) => {
    expect(normalizeText(input)).toBe(expected)
  })

  it('keeps katakana long vowels and real small kana', () => {
    expect(normalizeText('ケアマネージャー')).toBe('ケアマネージャー')
    expect(normalizeText('しょうがい')).toBe('しょうがい')
    expect(normalizeText('ファイル')).toBe('ファイル')
  })

  it('folds kana and place-name ケ', () => {
    expect(foldKana('ニンチショウ')).toBe('にんちしょう')
    expect(foldPlaceKe('梶が谷')).toBe('梶ケ谷')
    expect(foldPlaceKe('新百合ヶ丘')).toBe('新百合ケ丘')
  })
})
