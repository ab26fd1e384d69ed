import { foldKana as toHiragana } from './normalize.ts'
import type { JaTokenizer } from './tokenizer.ts'

// Furigana for やさしい日本語 from kuromoji's readings: each token with kanji gets its reading in
// hiragana, with the kana it shares with its reading at either end left out of the ruby, so
// 「話します」 reads 話(はな)します rather than 話します(はなします).

export type RubyPiece = [base: string, reading: string]

const KANJI = /[\u3400-\u9fff\uf900-\ufaff々〆ヶ]/
const isKana = (c: string | undefined) => !!c && /[\u3041-\u3096\u30a1-\u30fcー]/.test(c)

/** A token's surface and hiragana reading as pieces: the kana around the kanji stand alone. */
export const alignReading = (surface: string, reading: string): RubyPiece[] => {
  const kana = toHiragana(reading)
  if (!KANJI.test(surface) || !kana || kana === toHiragana(surface)) return [[surface, '']]
  const s = [...surface]
  const r = [...kana]
  let head = 0
  while (head < s.length - 1 && isKana(s[head]) && toHiragana(s[head]!) === r[head]) head++
  let tail = 0
  while (
    tail < s.length - head - 1 &&
    isKana(s[s.length - 1 - tail]) &&
    toHiragana(s[s.length - 1 - tail]!) === r[r.length - 1 - tail]
  )
    tail++
  const base = s.slice(head, s.length - tail).join('')
  const read = r.slice(head, r.length - tail).join('')
  // A reading that does not fit the kanji (an unknown word read as itself) is better left out.
  if (!read || !KANJI.test(base)) return [[surface, '']]
  const out: RubyPiece[] = []
  if (head) out.push([s.slice(0, head).join(''), ''])
  out.push([base, read])
  if (tail) out.push([s.slice(s.length - tail).join(''), ''])
  return out
}

/** The text as ruby pieces; joined, the bases are exactly `text` (spaces and line breaks included). */
export const furigana = (tokenizer: JaTokenizer, text: string): RubyPiece[] => {
  const out: RubyPiece[] = []
  let at = 0
  for (const t of tokenizer.tokenize(text)) {
    const found = text.indexOf(t.surface, at)
    if (found < 0) continue
    if (found > at) out.push([text.slice(at, found), ''])
    out.push(...alignReading(t.surface, t.reading))
    at = found + t.surface.length
  }
  if (at < text.length) out.push([text.slice(at), ''])
  // Neighbouring pieces without ruby are one piece: fewer nodes to draw.
  return out.reduce<RubyPiece[]>((acc, p) => {
    const prev = acc[acc.length - 1]
    if (prev && !prev[1] && !p[1]) prev[0] += p[0]
    else acc.push([p[0], p[1]])
    return acc
  }, [])
}
