import type { Token } from './tokenizer.ts'

// Splits a tokenized message into clauses, to notice a second concern: 「母の認知症のことと、自分の
// 仕事のこと」. Boundaries: punctuation, the coordinating particle と, conjunctions (あと, それと,
// それから, また) and clause-joining particles (けど, し).

const CONJUNCTIONS = new Set([
  'あと',
  'それと',
  'それから',
  'また',
  'それに',
  'あとは',
  'ほかに',
  '他に',
  'さらに',
  'でも',
])

const isBoundary = (t: Token): boolean =>
  (t.pos === '記号' && /[、。,.!?！？\s…]/.test(t.surface)) ||
  (t.pos === '助詞' && t.pos1 === '並立助詞') ||
  (t.pos === '助詞' && t.surface === 'と' && t.pos1 === '格助詞') ||
  (t.pos === '助詞' && t.pos1 === '接続助詞' && ['けど', 'けれど', 'し', 'が'].includes(t.surface)) ||
  (t.pos === '接続詞' && CONJUNCTIONS.has(t.surface)) ||
  (t.pos === '名詞' && CONJUNCTIONS.has(t.surface))

export const splitClauses = (tokens: Token[]): Token[][] => {
  const out: Token[][] = []
  let cur: Token[] = []
  for (const t of tokens) {
    if (isBoundary(t)) {
      if (cur.length > 0) out.push(cur)
      cur = []
    } else cur.push(t)
  }
  if (cur.length > 0) out.push(cur)
  // A clause needs a content word of its own to carry a concern.
  return out.filter((c) => c.some((t) => t.pos === '名詞' || t.pos === '動詞' || t.pos === '形容詞'))
}
