import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { importCorpus } from '../../scripts/nlu/import-corpus.ts'
import type { ScoredLabel } from '../../src/core/nlu.ts'
import { demoteUnsureOther } from '../../src/nlu/analyze.ts'
import {
  addForeignFeatures,
  addNepaliFeatures,
  containsPhrase,
  foldHan,
  foldLatin,
  phraseView,
} from '../../src/nlu/foreign-features.ts'
import { corpusTrainingData } from '../../src/nlu/intents.ts'
import { intentCorpusFileSchema } from '../../src/nlu/intents-schema.ts'

const features = (text: string) => {
  const out: string[] = []
  addForeignFeatures(text, (f) => out.push(f))
  return out
}

describe('features for the scripts kuromoji does not read', () => {
  it('Latin is read without diacritics, so a phone without them meets the same features', () => {
    expect(features('mẹ tôi')).toEqual(features('me toi'))
    expect(foldLatin('demência')).toBe('demencia')
    expect(foldLatin('đau')).toBe('dau')
  })

  it('a Korean word keeps its stem across particles (엄마가, 엄마는 share 엄마)', () => {
    const a = features('엄마가')
    const b = features('엄마는')
    expect(a).toContain('y: 엄마')
    expect(b).toContain('y: 엄마')
    expect(a).toContain('x:엄마가')
  })

  it('Devanagari words and grams, marks kept', () => {
    expect(features('आमा बिरामी')).toContain('x:आमा')
  })

  it('Japanese text adds nothing here (kuromoji reads it)', () => {
    expect(features('母が認知症かもしれません')).toEqual([])
  })

  it('Traditional Chinese is folded to Simplified; kana stays', () => {
    expect(foldHan('我媽媽記憶力很差')).toBe('我妈妈记忆力很差')
    expect(foldHan('母が認知症です')).toBe('母が认知症です')
    expect(foldHan('abc')).toBe('abc')
  })
})

// The grams are sliced from the string when a word has no surrogate pair, and ASCII is not folded:
// the features must be the very ones (same strings, same order) the character-array form gives.
const referenceFeatures = (text: string) => {
  const out: string[] = []
  for (const m of text.matchAll(/[\p{Script=Latin}\p{Script=Hangul}\p{Script=Devanagari}\p{M}]+/gu)) {
    let w = m[0]
    const latin = /\p{Script=Latin}/u.test(w)
    if (latin)
      w = w
        .normalize('NFD')
        .replace(/\p{M}+/gu, '')
        .replace(/đ/g, 'd')
    const [min, max] = /\p{Script=Hangul}/u.test(w) ? [2, 3] : [3, 4]
    if ([...w].length < (latin ? 2 : 1)) continue
    out.push(`x:${w}`)
    const padded = [...` ${w} `]
    for (let n = min; n <= max; n++)
      for (let i = 0; i + n <= padded.length; i++) out.push(`y:${padded.slice(i, i + n).join('')}`)
  }
  return out
}

describe('foreign features, fast paths', () => {
  it('are the character-array features on words of any script, marks and astral letters', () => {
    const piece = fc.constantFrom(
      'a',
      'z',
      'ñ',
      'ệ',
      'đ',
      '엄',
      '마',
      'छ',
      'ो',
      '\u0301',
      '𝼀',
      '𝼁',
      ' ',
      'の',
      '1',
      '-',
    )
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 14 }), (parts) => {
        const text = parts.join('')
        expect(features(text)).toEqual(referenceFeatures(text))
      }),
      { seed: 12, numRuns: 2000 },
    )
    // Not vacuous: an astral Latin letter takes the character-array path and still makes grams.
    expect(features('a𝼀b')).toEqual(referenceFeatures('a𝼀b'))
    expect(features('a𝼀b').length).toBeGreaterThan(3)
  })
})

describe('phrases in other languages', () => {
  it('match Latin phrases as whole words, without diacritics', () => {
    expect(containsPhrase(phraseView('a mãe dele'), 'mae')).toBe(true)
    expect(containsPhrase(phraseView('o maestro'), 'mae')).toBe(false)
    expect(containsPhrase(phraseView('Demência'.toLowerCase()), 'demencia')).toBe(true)
  })

  it('match Hangul and Han inside words (particles attach)', () => {
    expect(containsPhrase('치매가 걱정돼요', '치매')).toBe(true)
    expect(containsPhrase(phraseView('我媽媽有點痴呆'), '痴呆')).toBe(true)
  })
})

describe('an unsure `other` does not lead', () => {
  const ranked = (xs: [string, number][]) => xs.map(([label, score]) => ({ label, score }) as ScoredLabel)

  it('steps behind the closest label below the bar', () => {
    const r = demoteUnsureOther(
      ranked([
        ['other', 0.4],
        ['crisis', 0.2],
        ['housing', 0.15],
        ['livelihood', 0.1],
      ]),
      0.5,
    )
    expect(r.map((x) => x.label)).toEqual(['housing', 'other', 'crisis', 'livelihood'])
    expect(r[0]!.score).toBe(0.15)
  })

  it('stays when sure, and a concern that leads is untouched', () => {
    const sure = ranked([
      ['other', 0.7],
      ['housing', 0.2],
    ])
    expect(demoteUnsureOther(sure, 0.5)).toBe(sure)
    const concern = ranked([
      ['housing', 0.3],
      ['other', 0.25],
    ])
    expect(demoteUnsureOther(concern, 0.5)).toBe(concern)
  })
})

describe('importing an author’s JSONL (scripts/nlu/import-corpus.ts)', () => {
  const jsonl = [
    { text: 'mi mamá olvida todo', label: 'dementia', lang: 'es' },
    { text: 'mi mamá olvida todo', label: 'dementia', lang: 'es' },
    { text: '엄마가 자꾸 잊어버려요', label: 'dementia', lang: 'ko' },
    { text: 'no tengo dinero', label: 'livelihood', lang: 'es' },
  ]
    .map((x) => JSON.stringify(x))
    .join('\n')

  it('writes one schema-valid file per label, keeps each language, drops repeats', () => {
    const files = importCorpus(jsonl, 't9', 'テスト用の書き手')
    expect(files.map((f) => f.path)).toEqual([
      'intents/corpus/dementia/t9.yaml',
      'intents/corpus/livelihood/t9.yaml',
    ])
    const dementia = intentCorpusFileSchema.parse(parse(files[0]!.text))
    expect(dementia.examples).toEqual([
      { text: 'mi mamá olvida todo', lang: 'es' },
      { text: '엄마가 자꾸 잊어버려요', lang: 'ko' },
    ])
    expect(files[0]!.text.startsWith('# 独立した書き手 t9')).toBe(true)
    const data = corpusTrainingData([{ ...dementia, file: files[0]!.path }])
    expect(data.map((d) => d.lang)).toEqual(['es', 'ko'])
  })

  it('refuses a line with an unknown label, naming the line', () => {
    expect(() => importCorpus('{"text":"x","label":"nope"}', 't9', 'p')).toThrow(/line 1/)
  })
})

describe('Nepali skeleton features', () => {
  const of = (text: string) => {
    const out: string[] = []
    addNepaliFeatures(text, (f) => out.push(f))
    return out
  }

  it('are the same for a word typed by ear in any spelling and in Devanagari', () => {
    expect(of('mero chhora dherai runchha')).toEqual(['z:mr', 'z:cr', 'z:dr', 'z:rc'])
    expect(of('mero xora dherai runxa')).toEqual(['z:mr', 'z:cr', 'z:dr', 'z:rc'])
    expect(of('मेरो छोरा धेरै रुन्छ')).toEqual(['z:mr', 'z:cr', 'z:dr', 'z:rc'])
  })

  it('are none for a text that is not Nepali (the crisis layer test: two signs), nor a one-consonant word', () => {
    expect(of('my son does not go to school')).toEqual([])
    expect(of('mero chhora')).toEqual([])
    expect(of('mero chhora chha')).toEqual(['z:mr', 'z:cr'])
  })
})
