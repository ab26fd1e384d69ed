import { describe, expect, it } from 'vitest'
import { crisisFeatures } from '../../src/nlu/crisis-model.ts'
import { crisisViews } from '../../src/nlu/crisis-situations.ts'
import { extractFeatures } from '../../src/nlu/features.ts'
import { foldHan } from '../../src/nlu/foreign-features.ts'
import { normalizeText } from '../../src/nlu/normalize.ts'
import { toKatakana } from '../../src/nlu/tokenizer.ts'

// perf18 makes the n-gram feature names from code units at once instead of one-character strings, slices
// and templates (less garbage per message). The names, and their order, must stay exactly what the
// string-by-string spelling below made: the crisis model sums its weights in the features' order, and
// the intent model's vector keeps the Map's order. These guard that refactor on the texts that can
// tell the two apart: surrogate pairs (𩸽, emoji) and lone surrogates, letters a–z beside kana, digits,
// Hangul, one to three characters, and nothing at all.
const TEXTS = [
  '',
  'a',
  '死',
  '死に',
  '死にたい',
  '𩸽',
  '𩸽を食べた',
  '买𩸽了',
  '子ども😢泣いてる',
  '母が𠮟る',
  '\ud866',
  'あ\ud866い',
  '\udc00あ',
  'あ\ud866\ud866い',
  'abcあいうxyz',
  'i want to die tonight',
  '123 死にたい 45',
  '자살하고 싶어요',
  'मलाई मर्न मन लाग्छ',
  'quiero morir 我想死',
  'ÉÀ çava ñ',
]

/**
 * crisisFeatures's character grams as 72249b1 spelled them (one string per character, a template per
 * gram); its words and concepts (unchanged code) follow them and are left out of the comparison.
 */
const charGramsBefore = (han: string): string[] => {
  const out = new Set<string>()
  const chars = [...han]
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]!
    if (/[\p{L}\p{N}]/u.test(c) && !/[a-z]/.test(c)) out.add(`1:${c}`)
    if (i + 1 < chars.length) out.add(`2:${c}${chars[i + 1]}`)
    if (i + 2 < chars.length) out.add(`3:${c}${chars[i + 1]}${chars[i + 2]}`)
  }
  return [...out]
}
const charGrams = (names: string[]) => names.filter((f) => /^[123]:/.test(f))

/** extractFeatures's reading and surface grams as 72249b1 spelled them (a slice, then a template). */
const gramsBefore = (reading: string, surface: string): string[] => {
  const out = new Set<string>()
  for (const seg of reading.split(' ')) {
    for (let i = 0; i + 2 <= seg.length; i++) out.add(`c:${seg.slice(i, i + 2)}`)
    for (let i = 0; i + 3 <= seg.length; i++) out.add(`c:${seg.slice(i, i + 3)}`)
  }
  const isKanji = (c: number) =>
    (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff) || c === 0x3005 || c === 0x3006
  const whole = (s: string, i: number) =>
    !(s.charCodeAt(i) >= 0xdc00 && s.charCodeAt(i) <= 0xdfff) &&
    !(s.charCodeAt(i + 1) >= 0xd800 && s.charCodeAt(i + 1) <= 0xdbff)
  for (let i = 0; i < surface.length; i++) {
    const kanji = isKanji(surface.charCodeAt(i))
    const nextKanji = i + 1 < surface.length && isKanji(surface.charCodeAt(i + 1))
    if (kanji) out.add(`k:${surface[i]}`)
    if (i + 2 <= surface.length && whole(surface, i) && (kanji || nextKanji))
      out.add(`k:${surface.slice(i, i + 2)}`)
  }
  return [...out]
}

describe('crisis model features, made from code units', () => {
  it.each(TEXTS)('%j: the same names in the same order as one string per character', (text) => {
    const views = crisisViews(normalizeText(text), [])
    const names = crisisFeatures(views, ['self_harm.plan', 'c2'])
    expect(charGrams(names)).toEqual(charGramsBefore(views.han))
    // The character grams come first, as before: the model sums weights in this order.
    expect(names.slice(0, charGrams(names).length)).toEqual(charGramsBefore(views.han))
  })

  it.each(TEXTS)('%j: the same names when the text is not normalized first', (text) => {
    // Views built from raw text keep lone surrogates and upper case, which normalizeText removes.
    const views = crisisViews(text, [])
    expect(charGrams(crisisFeatures(views, []))).toEqual(charGramsBefore(views.han))
  })

  it('a gram is never half a surrogate pair, and a pair is one character', () => {
    const names = crisisFeatures(crisisViews('𩸽を', []), [])
    expect(names).toContain('1:𩸽')
    expect(names).toContain('2:𩸽を')
    expect(names).not.toContain('1:\ud866')
  })
})

describe('intent features: reading and kanji grams, made from code units', () => {
  const READINGS = ['', 'ア', 'アイ', 'ハハ ガ モノワスレ', ' アイウ  エオ ', 'ア\ud866イ', 'カ𩸽ア']
  it.each(READINGS)('reading %j: the same c: and k: names in the same order', (reading) => {
    for (const surface of ['', '母', '母が物忘れ', '买𩸽了', '々〆', '𠮟る母']) {
      const v = extractFeatures(
        { normalized: surface, featureText: surface, tokens: [], reading },
        { entries: [] },
      )
      const grams = [...v.keys()].filter((f) => f.startsWith('c:') || f.startsWith('k:'))
      // extractFeatures's surface is the text in katakana, Han folded (none of these has punctuation).
      expect(grams).toEqual(gramsBefore(reading, toKatakana(foldHan(surface))))
    }
  })
})
