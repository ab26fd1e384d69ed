import type { LabelledText } from '../../src/nlu/intents.ts'
import { foldKana, normalizeText } from '../../src/nlu/normalize.ts'
import { peerProbabilities, peerTerms, trainPeer } from '../../src/nlu/tfidf-peer.ts'
import type { JaTokenizer } from '../../src/nlu/tokenizer.ts'
import { argmax } from '../../src/nlu/train.ts'
import type { Classifier } from './peers.ts'

// A strong simple peer for bench:nlu (issue 11 asks for one beside NLP.js and the keywords): TF-IDF over
// kuromoji base forms and character bigrams, then a multinomial logistic regression trained by seeded
// SGD (src/nlu/tfidf-peer.ts, which the shipped model also blends in). Here alone: no concept lexicon, no
// nearest examples, no language-specific features, no crisis layer: what is left when everything we built
// on top of a linear model is taken away, on the same data.

/**
 * Terms of one text: base forms (kuromoji reads any script, so Latin words come out whole) and bigrams,
 * as the shipped blend reads them (peerTerms), but of the kana-folded text tokenized on its own.
 */
export const tfidfTerms = (tokenizer: JaTokenizer, text: string): string[] => {
  const t = foldKana(normalizeText(text))
  return peerTerms(t, tokenizer.tokenize(t))
}

export const trainTfidfLr = (tokenizer: JaTokenizer, data: LabelledText[]): Classifier => {
  const labels = [...new Set(data.map((d) => d.label))].sort()
  const labelIndex = new Map(labels.map((l, i) => [l, i]))
  const peer = trainPeer(
    data.map((d) => tfidfTerms(tokenizer, d.text)),
    data.map((d) => labelIndex.get(d.label)!),
    labels.length,
  )
  return {
    classify(text) {
      const p = peerProbabilities(peer, tfidfTerms(tokenizer, text))
      return p ? labels[argmax(p)]! : 'other'
    },
  }
}
