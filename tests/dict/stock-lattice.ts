import { splitByPunctuation } from '../../src/dict/compact-tokenizer.ts'
import type { Lattice, LatticeNodeView } from '../../src/dict/lattice.ts'
import type { StockTokenizer } from '../../src/dict/stock-tables.ts'

// Stock kuromoji's lattice of one sentence after its forward pass, in the shape of Lattice.nodes(), so
// the two can be compared node for node: every candidate, its cost, its best cost and its predecessor;
// texts to compare them on; and a check of what our lattice's byte walk assumes of a dictionary's trie.
// Used by lattice.test.ts (stock's dictionary) and compact-tokenizer.test.ts (the compact one).

type StockNode = ReturnType<StockTokenizer['viterbi_searcher']['search']>[number]

export const stockLatticeView = (stock: StockTokenizer, sentence: string): LatticeNodeView[][] => {
  const lattice = stock.getLattice(sentence)
  stock.viterbi_searcher.forward(lattice)
  const at = new Map<StockNode, [number, number]>()
  lattice.nodes_end_at.forEach((list, e) => {
    list?.forEach((n, k) => {
      at.set(n, [e, k])
    })
  })
  const view: LatticeNodeView[][] = []
  lattice.nodes_end_at.forEach((list, e) => {
    if (!list) return
    view[e] = list.map((n) => ({
      name: n.name,
      cost: n.cost,
      start: n.start_pos,
      length: n.length,
      type: n.type,
      left: n.left_id,
      right: n.right_id,
      surface: n.surface_form,
      shortest: n.shortest_cost,
      prev: n.prev ? at.get(n.prev)! : null,
    }))
  })
  return view
}

export const LONG_KATAKANA =
  'アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲン'

export const spread = [
  '',
  '母',
  '母が認知症で、介護のことを相談したいです。',
  'にんちしょう　ﾆﾝﾁｼｮｳ ニンチショウ',
  LONG_KATAKANA.repeat(8),
  `${'ー'.repeat(40)}。`,
  'ヘルパーさんに来てほしい。デイサービスは週３回',
  '𠮷野家で𩸽を食べた😢🙏👵',
  '𠮷'.repeat(30),
  '😢😢😢ヘルパー😢さん',
  'My mother has dementia. 어머니가 치매예요. 我妈妈得了痴呆症。Mẹ tôi bị mất trí nhớ.',
  'ภาษาไทย नेपाली русский العربية Ελληνικά',
  '〒211-0004 川崎市中原区新丸子東３丁目１１００−１２',
  'ぴよぴよぽん、ＸＹＺけあまねじゃー',
  'a',
  '、。、。',
  '\u00ad\u200b\ufeffzero width',
  // A lone low surrogate: stock encodes it as any other BMP unit, and no dictionary key holds one.
  'a\udc00b',
  '\udfff死にたい',
  '介護\udc00保険',
]

/** Whether `lattice` builds exactly stock's lattice (all nodes, after the forward pass) for every sentence. */
export const latticeMismatches = (stock: StockTokenizer, lattice: Lattice, texts: string[]): string[] => {
  const mismatches: string[] = []
  for (const text of texts) {
    for (const sentence of splitByPunctuation(text)) {
      lattice.search(sentence)
      const ours = JSON.stringify(lattice.nodes(sentence))
      if (ours !== JSON.stringify(stockLatticeView(stock, sentence))) mismatches.push(sentence)
    }
  }
  return mismatches
}

/**
 * Walks every key of the trie and returns what the lattice's byte walk assumes of them that is not so:
 * every key is whole, well-formed UTF-8 (so a key ends where a character of the sentence does) and holds
 * no surrogate code point, no U+FFFD and no 0xFF byte (so a lone surrogate stops every walk, as it did in
 * stock's walk and in the compact tokenizer's). Also returns the number of keys seen.
 */
export const trieKeyFaults = (base: Int32Array, check: Int32Array): { keys: number; faults: string[] } => {
  // Children by parent, from check (a child's check is its parent; its byte is its index − base[parent]).
  const count = new Int32Array(check.length + 1)
  for (let i = 1; i < check.length; i++) {
    const p = check[i]!
    if (p >= 0 && p < base.length && i - base[p]! >= 0 && i - base[p]! <= 0xff) count[p + 1]!++
  }
  for (let p = 0; p < check.length; p++) count[p + 1]! += count[p]!
  const children = new Int32Array(count[check.length]!)
  const fill = count.slice()
  for (let i = 1; i < check.length; i++) {
    const p = check[i]!
    if (p >= 0 && p < base.length && i - base[p]! >= 0 && i - base[p]! <= 0xff) children[fill[p]!++] = i
  }
  const faults: string[] = []
  let keys = 0
  // Depth-first, with the UTF-8 state of the path: continuation bytes still due and the code point so far.
  const stack: [node: number, need: number, code: number][] = [[0, 0, 0]]
  while (stack.length > 0 && faults.length < 10) {
    const [node, need, code] = stack.pop()!
    for (let j = count[node]!; j < count[node + 1]!; j++) {
      const child = children[j]!
      const byte = child - base[node]!
      if (byte === 0) {
        keys++
        if (need !== 0) faults.push(`a key ends inside a character (node ${child})`)
        continue
      }
      if (need === 0) {
        const lead = byte < 0x80 ? 0 : byte >= 0xc2 && byte <= 0xdf ? 1 : byte >= 0xe0 && byte <= 0xef ? 2 : 3
        if ((byte >= 0x80 && byte < 0xc2) || byte > 0xf4) faults.push(`byte ${byte} cannot start a character`)
        else stack.push([child, lead, lead === 0 ? byte : byte & (0x3f >> lead)])
        continue
      }
      if (byte < 0x80 || byte > 0xbf) {
        faults.push(`byte ${byte} inside a character`)
        continue
      }
      const next = (code << 6) | (byte & 0x3f)
      if (need === 1 && ((next >= 0xd800 && next <= 0xdfff) || next === 0xfffd))
        faults.push(`a key holds U+${next.toString(16)}`)
      else stack.push([child, need - 1, next])
    }
  }
  return { keys, faults }
}
