import { beforeAll, describe, expect, it } from 'vitest'
import { loadIntents } from '../../scripts/nlu/io.ts'
import { DataFileError } from '../../src/core/errors.ts'
import type { Nlu } from '../../src/core/nlu.ts'
import { analyzeText, buildPhraseIndex, extractFeatures } from '../../src/nlu/features.ts'
import { parseConceptFiles } from '../../src/nlu/intents.ts'
import { buildTokenizer, type JaTokenizer } from '../../src/nlu/tokenizer.ts'
import { phrasesOf } from '../../src/nlu/train.ts'
import { bundledModel } from '../../src/runtime/node/bundled-models.ts'
import { nodeDictionaryLoader } from '../../src/runtime/node/dictionary-loader.ts'
import { sharedNlu } from './helpers.ts'

// The concept lexicon (intents/concepts/<lang>.yaml): who a worry is about and what it is about, one
// feature per concept in every language, so what the Japanese data taught about 「子ども」 carries over
// to 「kid」「bata」「孩子」.

let tokenizer: JaTokenizer
let nlu: Nlu
beforeAll(async () => {
  tokenizer = await buildTokenizer(nodeDictionaryLoader())
  nlu = await sharedNlu()
})

const conceptsOf = (text: string, index: ReturnType<typeof buildPhraseIndex>) =>
  [...extractFeatures(analyzeText(tokenizer, text), index).keys()].filter((f) => f.startsWith('p:@')).sort()

describe('concept lexicon', () => {
  it('a concept another language names must be one of ja.yaml, and the error names the file', () => {
    const ja = { path: 'intents/concepts/ja.yaml', text: 'lang: ja\nconcepts:\n  child: [子ども]\n' }
    const en = { path: 'intents/concepts/en.yaml', text: 'lang: en\nconcepts:\n  chlid: [kid]\n' }
    expect(() => parseConceptFiles([ja, en])).toThrow(DataFileError)
    expect(() => parseConceptFiles([ja, en])).toThrow(/intents\/concepts\/en\.yaml/)
    expect(parseConceptFiles([ja])).toEqual([{ text: '子ども', concept: 'child', lang: 'ja', weight: 1 }])
  })

  it('a Japanese word in kanji also matches its reading in kana; a short reading does not', () => {
    const words = [
      { text: '子供', concept: 'child', lang: 'ja' as const, weight: 1 },
      { text: '孫', concept: 'offspring', lang: 'ja' as const, weight: 1 },
    ]
    const texts = phrasesOf([], words, tokenizer).map((p) => `${p.label} ${p.text}`)
    expect(texts).toEqual(['@child 子供', '@child こども', '@offspring 孫'])
    // まご (孫) is inside たまご: a reading under three kana is never added.
    const index = buildPhraseIndex(phrasesOf([], words, tokenizer))
    expect(conceptsOf('たまごを買いました', index)).toEqual([])
  })

  it('a staff phrase in kanji also matches its reading; a phrase of another language is not read as Japanese', () => {
    const intents = [
      {
        label: 'dementia' as const,
        description: 'x',
        examples: ['x'],
        counter_examples: [],
        phrases: [
          { text: '認知症', weight: 1 },
          { text: '痴呆', weight: 2, lang: 'zh-Hans' as const },
        ],
      },
    ]
    const texts = phrasesOf(intents, [], tokenizer).map((p) => `${p.label} ${p.text}`)
    // 痴呆 read in Japanese would be ちほう, which 「地方」 also reads.
    expect(texts).toEqual(['dementia 認知症', 'dementia にんちしょう', 'dementia 痴呆'])
  })

  it('やさしい日本語 written with spaces between words meets the phrases written without them', () => {
    const all = loadIntents({ foreign: true })
    const index = buildPhraseIndex(phrasesOf(all.intents, all.concepts, tokenizer))
    expect(conceptsOf('こどもが いつも おなかを すかせて いる', index)).toEqual(['p:@child', 'p:@neglect'])
    expect(conceptsOf('おっと に なぐられる', index)).toEqual(['p:@partner', 'p:@violence'])
    // Between Latin words a space stays a word boundary: 「kid」 is not inside 「ki d」.
    expect(conceptsOf('my ki d is fine', index)).toEqual([])
  })

  it('the committed lexicon gives the same concepts to the same worry in every language', () => {
    const all = loadIntents({ foreign: true })
    const index = buildPhraseIndex(phrasesOf(all.intents, all.concepts, tokenizer))
    const childNeglect = ['p:@child', 'p:@neglect']
    expect(conceptsOf('子どもがやせていて、いつも汚れた服を着ています', index)).toEqual(childNeglect)
    expect(conceptsOf("a patient's kid often looks really thin and dirty", index)).toEqual(childNeglect)
    expect(conceptsOf('o menino do vizinho está sempre sujo e magro', index)).toEqual(childNeglect)
    expect(conceptsOf('隔壁的小孩很瘦，衣服很髒', index)).toEqual(childNeglect)
    expect(conceptsOf('家賃が払えません', index)).toEqual(['p:@money', 'p:@rent'])
    expect(conceptsOf('nawalan ng trabaho, walang pambayad sa upa', index)).toEqual(['p:@money', 'p:@rent'])
    // 「大丈夫」 holds 「夫」: the partner's words are written with a particle, so it is no partner.
    expect(conceptsOf('大丈夫です', index)).toEqual([])
  })
})

describe('who the worry is about, read by the committed model', () => {
  it('the committed model was trained with the concepts', () => {
    expect(bundledModel.phrases.some((p) => p.label === '@child')).toBe(true)
  })

  // issue 11: an English professional's neglect report read elder_abuse 0.179 ≈ child_abuse 0.179
  // (the t8 model); a child at risk is a child abuse worry, whoever reports it.
  it.each([
    "I'm a nurse at a clinic in Asao. a patient's kid often comes with her and looks really thin and dirty",
    "a patient's kid often comes with her and looks really thin and dirty",
  ])('%s → child_abuse', (text) => {
    const r = nlu.analyze(text)
    expect(r.intent).toBe('child_abuse')
  })
})
