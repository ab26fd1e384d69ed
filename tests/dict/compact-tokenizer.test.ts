import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { builder } from '@patdx/kuromoji'
import NodeDictionaryLoader from '@patdx/kuromoji/node'
import { beforeAll, describe, expect, it } from 'vitest'
import {
  buildCompactDictionary,
  STOCK_DICT_DIR,
  writeCompactDictionary,
} from '../../scripts/dict/build-dict.ts'
import { parseCompactDictionary } from '../../src/dict/compact-format.ts'
import {
  type CompactTokenizer,
  compactTables,
  createCompactTokenizer,
} from '../../src/dict/compact-tokenizer.ts'
import { createLattice } from '../../src/dict/lattice.ts'
import { DICT_MANIFEST, loadCompactDictionary, loadCompactTokenizer } from '../../src/dict/load-compact.ts'
import { stockLatticeTables } from '../../src/dict/stock-tables.ts'
import { corpus } from './corpus.ts'
import { latticeMismatches, spread, trieKeyFaults } from './stock-lattice.ts'

// biome-ignore lint/suspicious/noExplicitAny: stock kuromoji tokens are untyped
type Any = any
const FIELDS = [
  'word_id',
  'word_type',
  'word_position',
  'surface_form',
  'pos',
  'pos_detail_1',
  'pos_detail_2',
  'pos_detail_3',
  'basic_form',
  'reading',
] as const
const view = (tokens: Any[]) => tokens.map((t) => FIELDS.map((f) => t[f] ?? null))

describe('compact dictionary', () => {
  let stock: Any
  let compact: CompactTokenizer
  let bytes: Uint8Array

  beforeAll(async () => {
    stock = await builder({ loader: new NodeDictionaryLoader({ dic_path: STOCK_DICT_DIR }) }).build()
    bytes = await buildCompactDictionary()
    compact = createCompactTokenizer(parseCompactDictionary(bytes.slice().buffer))
  }, 120_000)

  it('tokenizes a large, varied corpus exactly like stock kuromoji for the fields the NLU reads', () => {
    const texts = corpus(resolve('.'))
    expect(texts.length).toBeGreaterThan(3000)
    let tokens = 0
    const mismatches: string[] = []
    for (const text of texts) {
      const expected = view(stock.tokenize(text))
      tokens += expected.length
      const actual = view(compact.tokenize(text))
      if (JSON.stringify(actual) !== JSON.stringify(expected)) mismatches.push(text)
    }
    expect(mismatches.slice(0, 5)).toEqual([])
    expect(tokens).toBeGreaterThan(20_000)
  })

  it("builds stock's lattice node for node from the compact dictionary", () => {
    const dict = parseCompactDictionary(bytes.slice().buffer)
    const lattice = createLattice(compactTables(dict))
    expect(latticeMismatches(stock, lattice, [...spread, ...corpus(resolve('.')).slice(0, 2000)])).toEqual([])
    // The trie is stock's, so what the byte walk assumes of stock's keys holds here too.
    const stockTables = stockLatticeTables(stock)
    expect(dict.base).toEqual(stockTables.base)
    expect(dict.check).toEqual(stockTables.check)
    expect(trieKeyFaults(dict.base, dict.check).faults).toEqual([])
  })

  it('tokenizes lone surrogates as it did before the shared lattice, where stock throws on a high one', () => {
    // Recorded from the compact tokenizer of 168708c (its own lattice); 48,573 corpus texts with lone
    // surrogates inserted gave the same tokens on both (perf11's scratch comparison).
    const cases: [string, [string, string, number, string][]][] = [
      [
        'a\ud800b',
        [
          ['a', 'UNKNOWN', 1, '名詞'],
          ['\ud800b', 'UNKNOWN', 2, '記号'],
        ],
      ],
      [
        '死にたい\ud83d',
        [
          ['死に', 'KNOWN', 1, '動詞'],
          ['たい', 'KNOWN', 3, '助動詞'],
          ['\ud83d', 'UNKNOWN', 5, '記号'],
        ],
      ],
      ['\udbff', [['\udbff', 'UNKNOWN', 1, '記号']]],
      [
        '母\ud800の介護',
        [
          ['母', 'KNOWN', 1, '名詞'],
          ['\ud800の', 'UNKNOWN', 2, '記号'],
          ['介護', 'KNOWN', 3, '名詞'],
        ],
      ],
      [
        '\udc00\ud800ヘルパー',
        [
          ['\udc00', 'UNKNOWN', 1, '記号'],
          ['\ud800ヘ', 'UNKNOWN', 2, '記号'],
          ['ルパー', 'UNKNOWN', 3, '名詞'],
        ],
      ],
    ]
    for (const [text, expected] of cases)
      expect(
        compact.tokenize(text).map((t) => [t.surface_form, t.word_type, t.word_position, t.pos]),
        text,
      ).toEqual(expected)
    // A lone low surrogate is read as stock reads it.
    for (const text of ['a\udc00b', '介護\udc00保険'])
      expect(view(compact.tokenize(text))).toEqual(view(stock.tokenize(text)))
  })

  it('is much smaller than the stock dictionary it came from', () => {
    // Stock keeps ~166 MB after building; the compact file must fit a 128 MB isolate with room.
    expect(bytes.byteLength).toBeLessThan(40 * 1024 * 1024)
  })

  it('loads from its parts and manifest the way Workers static assets deliver them', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kdc-'))
    const manifest = writeCompactDictionary(bytes, dir)
    expect(manifest.parts.length).toBeGreaterThan(1)
    for (const part of manifest.parts)
      expect(statSync(join(dir, part)).size).toBeLessThanOrEqual(25 * 1024 * 1024)
    const tokenizer = await loadCompactTokenizer(
      async (name) => new Uint8Array(readFileSync(join(dir, name))).buffer,
    )
    const text = '母の物忘れがひどくて心配です'
    expect(view(tokenizer.tokenize(text))).toEqual(view(stock.tokenize(text)))
    // Cut between sections, so the sections are viewed in the parts as fetched: nothing is joined.
    const fetched: ArrayBuffer[] = []
    const dict = await loadCompactDictionary(async (name) => {
      const part = new Uint8Array(readFileSync(join(dir, name))).buffer
      fetched.push(part)
      return part
    })
    expect(manifest.starts).toHaveLength(manifest.parts.length)
    expect(fetched).toContain(dict.base.buffer)
    expect(fetched).toContain(dict.featBlob.buffer)
    for (const text of corpus(resolve('.')).slice(0, 300))
      expect(view(createCompactTokenizer(dict).tokenize(text))).toEqual(view(compact.tokenize(text)))
    // A manifest written before the parts were cut between sections still loads (its parts joined).
    const { starts: _cut, ...old } = manifest
    const joined = await loadCompactDictionary(async (name) =>
      name === DICT_MANIFEST
        ? new TextEncoder().encode(JSON.stringify(old)).buffer
        : new Uint8Array(readFileSync(join(dir, name))).buffer,
    )
    expect(view(createCompactTokenizer(joined).tokenize(text))).toEqual(view(stock.tokenize(text)))
    rmSync(dir, { recursive: true })
  })

  it('rejects a file that is not a compact dictionary', () => {
    expect(() => parseCompactDictionary(new TextEncoder().encode('not a dictionary at all').buffer)).toThrow(
      /not a compact dictionary/,
    )
  })
})
