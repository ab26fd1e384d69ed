import { resolve } from 'node:path'
import { TokenizerBuilder } from '@patdx/kuromoji'
import { beforeAll, describe, expect, it } from 'vitest'
import { toKuromojiLoader } from '../../src/nlu/dictionary-loader.ts'
import { fastJaTokenizer, type JaTokenizer, toToken } from '../../src/nlu/tokenizer.ts'
import { nodeDictionaryLoader } from '../../src/runtime/node/dictionary-loader.ts'
import { corpus } from './corpus.ts'

// The Node tokenizer's one-encoding trie search and cached feature lines (src/dict/kuromoji-lookup.ts,
// fastJaTokenizer) against stock kuromoji on the same dictionary: every candidate node of the lattice
// and every token must be the same, and stock's failures must stay failures.

type Stock = Awaited<ReturnType<TokenizerBuilder['build']>>
const build = () => new TokenizerBuilder({ loader: toKuromojiLoader(nodeDictionaryLoader()) }).build()
const latticeView = (k: Stock, text: string) => JSON.stringify(k.getLattice(text))

const LONG_KATAKANA =
  'アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲン'

const spread = [
  '',
  '母',
  '母が認知症で、介護のことを相談したいです。',
  'にんちしょう　ﾆﾝﾁｼｮｳ ニンチショウ',
  LONG_KATAKANA.repeat(8),
  `${'ー'.repeat(40)}。`,
  'ヘルパーさんに来てほしい。デイサービスは週３回',
  '𠮷野家で𩸽を食べた😢🙏👵',
  '𠮷'.repeat(30),
  'My mother has dementia. 어머니가 치매예요. 我妈妈得了痴呆症。Mẹ tôi bị mất trí nhớ.',
  'ภาษาไทย नेपाली русский العربية Ελληνικά',
  '〒211-0004 川崎市中原区新丸子東３丁目１１００−１２',
  'a',
  '、。、。',
  '\u00ad\u200b\ufeffzero width',
  // A lone low surrogate: stock encodes it as any other BMP unit.
  'a\udc00b',
  '\udfff死にたい',
]

describe('kuromoji lookup (one encoding per sentence, cached feature lines)', () => {
  let stock: Stock
  let patched: Stock
  let fast: JaTokenizer

  beforeAll(async () => {
    stock = await build()
    patched = await build()
    fast = fastJaTokenizer(patched)
  }, 120_000)

  it('builds the same lattice and the same tokens as stock on a spread of scripts and lengths', () => {
    for (const text of spread) {
      expect(latticeView(patched, text), text).toBe(latticeView(stock, text))
      expect(fast.tokenize(text), text).toEqual(text === '' ? [] : stock.tokenize(text).map(toToken))
    }
  })

  it('tokenizes a large, varied corpus exactly like stock', () => {
    const texts = corpus(resolve('.'))
    expect(texts.length).toBeGreaterThan(3000)
    let tokens = 0
    const mismatches: string[] = []
    for (const text of texts) {
      const expected = stock.tokenize(text).map(toToken)
      tokens += expected.length
      const actual = fast.tokenize(text)
      // Twice: the second read comes from the feature cache and the reused scratch.
      if (JSON.stringify(actual) !== JSON.stringify(expected)) mismatches.push(text)
      if (JSON.stringify(fast.tokenize(text)) !== JSON.stringify(expected)) mismatches.push(`again: ${text}`)
      if (latticeView(patched, text) !== latticeView(stock, text)) mismatches.push(`lattice: ${text}`)
    }
    expect(mismatches.slice(0, 5)).toEqual([])
    expect(tokens).toBeGreaterThan(20_000)
  })

  it('fails where stock fails (a lone high surrogate) and recovers for the next text', () => {
    for (const text of ['a\ud800b', '死にたい\ud83d', '\udbff']) {
      expect(() => stock.tokenize(text), text).toThrow()
      expect(() => fast.tokenize(text), text).toThrow()
      expect(fast.tokenize('相談したい')).toEqual(stock.tokenize('相談したい').map(toToken))
    }
  })

  it('leaves the dictionary trie underneath as stock has it, and searches like stock outside a build', () => {
    const trie = patched.viterbi_builder.trie
    const underneath = Object.getPrototypeOf(trie)
    expect(Object.hasOwn(trie, 'commonPrefixSearch')).toBe(true)
    expect(Object.hasOwn(underneath, 'commonPrefixSearch')).toBe(false)
    const expected = stock.viterbi_builder.trie.commonPrefixSearch('認知症の母')
    expect(expected.length).toBeGreaterThan(0)
    expect(underneath.commonPrefixSearch('認知症の母')).toEqual(expected)
    expect(trie.commonPrefixSearch('認知症の母')).toEqual(expected)
  })
})
