import { resolve } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { buildCompactDictionary } from '../../scripts/dict/build-dict.ts'
import { parseCompactDictionary } from '../../src/dict/compact-format.ts'
import { createCompactTokenizer } from '../../src/dict/compact-tokenizer.ts'
import { compactJaTokenizer } from '../../src/dict/ja-tokenizer.ts'
import { analyzeText, extractFeatures } from '../../src/nlu/features.ts'
import { buildTokenizer, type JaTokenizer } from '../../src/nlu/tokenizer.ts'
import { nodeDictionaryLoader } from '../../src/runtime/node/dictionary-loader.ts'
import { corpus } from './corpus.ts'

// The Workers runtime feeds the NLU through compactJaTokenizer, Node through buildTokenizer over
// stock kuromoji: the tokens and the feature vectors the classifier sees must be the same.

const features = (tokenizer: JaTokenizer, text: string) =>
  [...extractFeatures(analyzeText(tokenizer, text), { entries: [] })].sort(([a], [b]) => (a < b ? -1 : 1))

describe('compactJaTokenizer', () => {
  let stock: JaTokenizer
  let compact: JaTokenizer

  beforeAll(async () => {
    stock = await buildTokenizer(nodeDictionaryLoader())
    const bytes = await buildCompactDictionary()
    compact = compactJaTokenizer(createCompactTokenizer(parseCompactDictionary(bytes.slice().buffer)))
  }, 120_000)

  it('gives the same NLU tokens and features as the stock path on the whole corpus', () => {
    const texts = corpus(resolve('.'))
    expect(texts.length).toBeGreaterThan(3000)
    const tokenMismatches: string[] = []
    const featureMismatches: string[] = []
    let featureCount = 0
    for (const text of texts) {
      if (JSON.stringify(compact.tokenize(text)) !== JSON.stringify(stock.tokenize(text)))
        tokenMismatches.push(text)
      const expected = features(stock, text)
      featureCount += expected.length
      if (JSON.stringify(features(compact, text)) !== JSON.stringify(expected)) featureMismatches.push(text)
    }
    expect(tokenMismatches.slice(0, 5)).toEqual([])
    expect(featureMismatches.slice(0, 5)).toEqual([])
    expect(featureCount).toBeGreaterThan(50_000)
  })

  it('maps unknown words and empty text the way the stock path does', () => {
    for (const text of ['', 'ﾍﾙﾊﾟｰさんに来てほしい😢', 'ＸＹＺけあまねじゃー', '𠮷野家で']) {
      expect(compact.tokenize(text)).toEqual(stock.tokenize(text))
    }
    const unknown = compact.tokenize('ぴよぴよぽん').map((t) => t.reading)
    expect(unknown.every((r) => /^[\u30a0-\u30ff]+$/.test(r))).toBe(true)
  })
})
