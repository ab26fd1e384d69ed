import { type JaTokenizer, toToken } from '../nlu/tokenizer.ts'
import type { CompactTokenizer } from './compact-tokenizer.ts'

// The compact tokenizer as the NLU's JaTokenizer, through the same toToken mapping buildTokenizer
// applies to stock kuromoji tokens, so features come out the same on Node and Workers.

export const compactJaTokenizer = (compact: CompactTokenizer): JaTokenizer => ({
  tokenize(text) {
    if (text.length === 0) return []
    return compact.tokenize(text).map(toToken)
  },
})
