import { containerBootstrap } from '@nlpjs/core'
import { LangJa } from '@nlpjs/lang-ja'
import { Nlp } from '@nlpjs/nlp'
import type { LabelledText } from '../../src/nlu/intents.ts'
import type { IntentFile } from '../../src/nlu/intents-schema.ts'
import { foldKana, normalizeText } from '../../src/nlu/normalize.ts'

// The peers the NLU is compared with, trained on the same intents/ data.

export interface Classifier {
  classify(text: string): Promise<string> | string
}

interface NlpJs {
  settings: Record<string, unknown>
  addLanguage(lang: string): void
  addDocument(lang: string, text: string, intent: string): void
  train(): Promise<void>
  process(lang: string, text: string): Promise<{ intent: string; score: number }>
}

/** NLP.js (its Japanese stemmer + its neural classifier), documents = our examples, phrases, counter-examples. */
export const trainNlpJs = async (data: LabelledText[]): Promise<Classifier> => {
  const container = await containerBootstrap()
  container.use(Nlp)
  container.use(LangJa)
  const nlp = container.get('nlp') as NlpJs
  nlp.settings.autoSave = false
  nlp.addLanguage('ja')
  for (const d of data) nlp.addDocument('ja', d.text, d.label)
  const log = console.log
  console.log = () => {} // its trainer prints every epoch
  try {
    await nlp.train()
  } finally {
    console.log = log
  }
  return {
    async classify(text) {
      const r = await nlp.process('ja', text)
      return r.intent && r.intent !== 'None' ? r.intent : 'other'
    },
  }
}

/** Keyword baseline: the staff phrases only, summed by weight; `other` when none matches. */
export const keywordBaseline = (intents: IntentFile[]): Classifier => {
  const phrases = intents.flatMap((it) =>
    it.phrases.map((p) => ({ text: foldKana(normalizeText(p.text)), label: it.label, weight: p.weight })),
  )
  return {
    classify(text) {
      const t = foldKana(normalizeText(text))
      const score = new Map<string, number>()
      for (const p of phrases)
        if (p.text && t.includes(p.text)) score.set(p.label, (score.get(p.label) ?? 0) + p.weight)
      let best = 'other'
      let max = 0
      for (const [label, s] of score) if (s > max) [best, max] = [label, s]
      return best
    },
  }
}
