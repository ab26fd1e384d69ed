import type { LabelledText } from '../../src/nlu/intents.ts'
import { foldKana, normalizeText } from '../../src/nlu/normalize.ts'
import { peerProbabilities, trainPeer } from '../../src/nlu/tfidf-peer.ts'
import type { JaTokenizer } from '../../src/nlu/tokenizer.ts'
import type { Classifier } from './peers.ts'

// A strong simple peer for bench:nlu (issue 11 asks for one beside NLP.js and the keywords): TF-IDF over
// kuromoji base forms and character bigrams, then a multinomial logistic regression trained by seeded
// SGD (src/nlu/tfidf-peer.ts, which the shipped model also blends in). Here alone: no concept lexicon, no
// nearest examples, no language-specific features, no crisis layer: what is left when everything we built
// on top of a linear model is taken away, on the same data.

/** Terms of one text: base forms (kuromoji reads any script, so Latin words come out whole) and bigrams. */
export const tfidfTerms = (tokenizer: JaTokenizer, text: string): string[] => {
  const t = foldKana(normalizeText(text))
  const terms: string[] = []
  for (const tok of tokenizer.tokenize(t)) if (tok.base.trim()) terms.push(`w:${tok.base}`)
  const chars = [...t.replace(/\s+/g, ' ')]
  for (let i = 0; i + 1 < chars.length; i++) terms.push(`c:${chars[i]}${chars[i + 1]}`)
  return terms
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
      if (!p) return 'other'
      let best = 0
      for (let c = 1; c < p.length; c++) if (p[c]! > p[best]!) best = c
      return labels[best]!
    },
  }
}
