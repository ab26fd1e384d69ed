import { type JaTokenizer, toKatakana } from '../nlu/tokenizer.ts'
import type { CompactTokenizer } from './compact-tokenizer.ts'

// The compact tokenizer as the NLU's JaTokenizer, with the field mapping buildTokenizer applies to
// stock kuromoji tokens (src/nlu/tokenizer.ts), so features come out the same on Node and Workers.

export const compactJaTokenizer = (compact: CompactTokenizer): JaTokenizer => ({
  tokenize(text) {
    if (text.length === 0) return []
    return compact.tokenize(text).map((t) => ({
      surface: t.surface_form,
      base: t.basic_form === '*' ? t.surface_form : t.basic_form,
      reading: t.reading && t.reading !== '*' ? t.reading : toKatakana(t.surface_form),
      pos: t.pos,
      pos1: t.pos_detail_1,
    }))
  },
})
