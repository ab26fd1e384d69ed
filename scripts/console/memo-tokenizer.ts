import type { JaTokenizer } from '../../src/nlu/tokenizer.ts'

// One 「チェック」 tokenizes the same training texts twice: once to train the classifier and once
// more to index them for the nearest-example score (src/nlu/analyze.ts buildExampleIndex). kuromoji
// is deterministic, so remembering each text's tokens for the length of one check changes no feature
// and no weight (bench/console/check-retrain.ts compares the two models' content hashes) and saves the
// second pass. Only for a short-lived process: the map holds every text it has seen.

export const memoTokenizer = (tokenizer: JaTokenizer): JaTokenizer => {
  const seen = new Map<string, ReturnType<JaTokenizer['tokenize']>>()
  return {
    tokenize(text) {
      let tokens = seen.get(text)
      if (!tokens) {
        tokens = tokenizer.tokenize(text)
        seen.set(text, tokens)
      }
      return tokens
    },
  }
}
