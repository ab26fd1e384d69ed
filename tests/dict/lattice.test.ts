import { resolve } from 'node:path'
import { TokenizerBuilder } from '@patdx/kuromoji'
import { beforeAll, describe, expect, it } from 'vitest'
import { createLattice, type Lattice, type LatticeTables } from '../../src/dict/lattice.ts'
import { type StockTokenizer, stockLatticeTables } from '../../src/dict/stock-tables.ts'
import { toKuromojiLoader } from '../../src/nlu/dictionary-loader.ts'
import { fastJaTokenizer, type JaTokenizer, toToken } from '../../src/nlu/tokenizer.ts'
import { nodeDictionaryLoader } from '../../src/runtime/node/dictionary-loader.ts'
import { corpus } from './corpus.ts'
import { LONG_KATAKANA, latticeMismatches, spread, trieKeyFaults } from './stock-lattice.ts'

// Our lattice (src/dict/lattice.ts) over stock kuromoji's dictionary, and the Node tokenizer built on it,
// against stock kuromoji itself: every candidate node of every sentence with its costs and predecessor,
// every token, and stock's failures kept as failures. The compact dictionary's side is in
// compact-tokenizer.test.ts.

/** A double-array trie of byte keys, one 256-slot block per node: enough to feed trieKeyFaults. */
const tinyTrie = (keys: number[][]) => {
  const size = 256 * (keys.flat().length + keys.length + 2)
  const base = new Int32Array(size)
  const check = new Int32Array(size).fill(-1)
  let free = 1
  for (const key of keys) {
    let node = 0
    for (const byte of [...key, 0]) {
      if (base[node] === 0) {
        base[node] = free
        free += 256
      }
      const child = base[node]! + byte
      check[child] = node
      node = child
    }
  }
  return { base, check }
}

describe('lattice over stock kuromoji', () => {
  let stock: StockTokenizer
  let tables: LatticeTables
  let lattice: Lattice
  let fast: JaTokenizer

  beforeAll(async () => {
    stock = await new TokenizerBuilder({ loader: toKuromojiLoader(nodeDictionaryLoader()) }).build()
    tables = stockLatticeTables(stock)
    lattice = createLattice(tables)
    // Nothing of stock's is changed by the fast tokenizer, so both can share one instance.
    fast = fastJaTokenizer(stock)
  }, 120_000)

  it("builds stock's lattice node for node (costs, best costs, predecessors) on a spread of texts", () => {
    expect(latticeMismatches(stock, lattice, spread)).toEqual([])
    // The comparison sees something: a long sentence has many candidates at many end positions.
    lattice.search(LONG_KATAKANA)
    const nodes = lattice.nodes(LONG_KATAKANA).flat()
    expect(nodes.length).toBeGreaterThan(LONG_KATAKANA.length)
    expect(nodes.some((n) => n.prev !== null && n.type === 'UNKNOWN')).toBe(true)
  })

  it("builds stock's lattice and tokens on a large, varied corpus, read twice", () => {
    const texts = corpus(resolve('.'))
    expect(texts.length).toBeGreaterThan(3000)
    expect(latticeMismatches(stock, lattice, texts).slice(0, 5)).toEqual([])
    let tokens = 0
    const mismatches: string[] = []
    for (const text of [...spread, ...texts]) {
      const expected = JSON.stringify(text === '' ? [] : stock.tokenize(text).map(toToken))
      tokens += text.length === 0 ? 0 : stock.tokenize(text).length
      // Twice: the second read comes from the token cache and the reused rows.
      if (JSON.stringify(fast.tokenize(text)) !== expected) mismatches.push(text)
      if (JSON.stringify(fast.tokenize(text)) !== expected) mismatches.push(`again: ${text}`)
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

  it("holds what the byte walk assumes of the dictionary's keys and classes", () => {
    const { keys, faults } = trieKeyFaults(tables.base, tables.check)
    expect(faults).toEqual([])
    // Every key was walked: one trie value with words per key.
    const { offsets } = tables.known
    expect(keys).toBe(offsets.filter((o, k) => k + 1 < offsets.length && offsets[k + 1]! > o).length)
    expect(keys).toBeGreaterThan(300_000)
    // A class's index is its id, and the category map names only classes kept.
    expect(tables.classes.map((c) => c.id)).toEqual(tables.classes.map((_, i) => i))
    expect(Math.max(...tables.charMap)).toBeLessThan(tables.classes.length)
    expect(tables.classes[tables.defaultClass]!.name).toBe('DEFAULT')
  })

  it('the key check finds a cut character, a surrogate, U+FFFD and a byte that is never UTF-8', () => {
    const utf8 = (s: string) => [...new TextEncoder().encode(s)]
    const fine = tinyTrie([utf8('母'), utf8('介護'), utf8('a𠮷')])
    expect(trieKeyFaults(fine.base, fine.check)).toEqual({ keys: 3, faults: [] })
    for (const bad of [utf8('母').slice(0, 2), [0xed, 0xb0, 0x80], utf8('\ufffd'), [0x61, 0xff]]) {
      const trie = tinyTrie([utf8('母'), bad])
      expect(trieKeyFaults(trie.base, trie.check).faults, JSON.stringify(bad)).toHaveLength(1)
    }
  })
})
