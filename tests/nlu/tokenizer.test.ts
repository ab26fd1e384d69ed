import { describe, expect, it } from 'vitest'
import { type DictionaryLoader, gunzip } from '../../src/nlu/dictionary-loader.ts'
import { analyzeText } from '../../src/nlu/features.ts'
import { buildTokenizer } from '../../src/nlu/tokenizer.ts'
import { nodeDictionaryLoader } from '../../src/runtime/node/dictionary-loader.ts'

describe('tokenizer', () => {
  it('builds once for concurrent first callers', async () => {
    const inner = nodeDictionaryLoader()
    let reads = 0
    const loader: DictionaryLoader = {
      load(name) {
        reads++
        return inner.load(name)
      },
    }
    const [a, b, c] = await Promise.all([
      buildTokenizer(loader),
      buildTokenizer(loader),
      buildTokenizer(loader),
    ])
    expect(a).toBe(b)
    expect(b).toBe(c)
    expect(reads).toBe(12) // the 12 IPADIC files, each read once
    expect(await buildTokenizer(loader)).toBe(a)
  })

  it('retries after a failed build instead of keeping the failure', async () => {
    const inner = nodeDictionaryLoader()
    let fail = true
    const loader: DictionaryLoader = {
      async load(name) {
        if (fail) throw new Error('disk hiccup')
        return inner.load(name)
      },
    }
    await expect(buildTokenizer(loader)).rejects.toThrow('disk hiccup')
    fail = false
    const t = await buildTokenizer(loader)
    expect(t.tokenize('母').map((x) => x.base)).toEqual(['母'])
  })

  it('gunzips with DecompressionStream', async () => {
    const bytes = new Uint8Array(
      await new Response(
        new Blob([new TextEncoder().encode('こんにちは')])
          .stream()
          .pipeThrough(new CompressionStream('gzip')),
      ).arrayBuffer(),
    )
    expect(new TextDecoder().decode(await gunzip(bytes))).toBe('こんにちは')
  })

  it('rejects dictionary names that could leave the directory', async () => {
    await expect(nodeDictionaryLoader().load('../package.json')).rejects.toThrow(/unexpected dictionary file/)
  })

  it('gives kanji, hiragana, katakana and half-width spellings the same reading', async () => {
    const t = await buildTokenizer(nodeDictionaryLoader())
    const readings = ['認知症', 'にんちしょう', 'ニンチショウ', 'ﾆﾝﾁｼｮｳ'].map(
      (s) => analyzeText(t, s).reading,
    )
    expect(new Set(readings)).toEqual(new Set(['ニンチショウ']))
  })
})
