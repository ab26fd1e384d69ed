import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { z } from 'zod'
import { loadIntents, readJsonl } from '../../scripts/nlu/io.ts'
import { createAnalyzer } from '../../src/nlu/analyze.ts'
import { buildTokenizer } from '../../src/nlu/tokenizer.ts'
import { bundledCrisisModel, bundledGazetteer, bundledModel } from '../../src/runtime/node/bundled-models.ts'
import { nodeDictionaryLoader } from '../../src/runtime/node/dictionary-loader.ts'
import { type Classifier, keywordBaseline, trainNlpJs } from './peers.ts'
import { trainTfidfLr } from './tfidf-lr.ts'

// npm run bench:peers -- DIR: our NLU beside the simple peers of bench:nlu (TF-IDF + logistic regression,
// the keyword baseline, and NLP.js with PEERS_NLPJS=1), all trained on the same intents/, scored on the
// messages of DIR/*-messages.jsonl that none of them was trained on (a new author held out, or a sealed
// set at its one scoring). The dev set flatters whatever was tuned on it; this says whether our model
// generalizes better than a plain linear one. Prints counts only, never a message.

const itemSchema = z.object({ id: z.string(), text: z.string(), label: z.string(), lang: z.string() })

const dir = process.argv[2]
if (!dir) throw new Error('usage: npm run bench:peers -- DIR (reads DIR/*-messages.jsonl)')
const files = readdirSync(dir).filter((f) => f.endsWith('-messages.jsonl'))
if (files.length === 0) throw new Error(`${dir}: no *-messages.jsonl file`)
const items = files.flatMap((f) => readJsonl(join(dir, f), itemSchema))

const { intents, data } = loadIntents({ foreign: true })
const tokenizer = await buildTokenizer(nodeDictionaryLoader())
const nlu = createAnalyzer(tokenizer, bundledModel, bundledGazetteer, { crisisModel: bundledCrisisModel })
const systems: [string, Classifier][] = [
  ['soudan-router NLU (crisis layer + classifier)', { classify: (t) => nlu.analyze(t).intent }],
  ['soudan-router classifier alone (no crisis layer)', { classify: (t) => nlu.analyze(t).ranked[0]!.label }],
  ['TF-IDF + logistic regression', trainTfidfLr(tokenizer, data)],
  ['keyword baseline (staff phrases only)', keywordBaseline(intents)],
]
if (process.env.PEERS_NLPJS === '1') systems.push(['NLP.js 4', await trainNlpJs(data)])

const langs = [...new Set(items.map((i) => i.lang))].sort()
const pct = (n: number, d: number) => `${((100 * n) / d).toFixed(1)}%`
console.log(
  `${dir}: ${items.length} messages (${files.join(', ')}); training: ${data.length} texts from intents/`,
)
console.log('')
console.log(`| system | top-1 | ${langs.join(' | ')} |`)
console.log(`|---|---:|${langs.map(() => '---:').join('|')}|`)
const right: boolean[][] = []
for (const [name, system] of systems) {
  const ok = await Promise.all(items.map(async (i) => (await system.classify(i.text)) === i.label))
  right.push(ok)
  const byLang = langs.map((l) => {
    const mine = items.flatMap((it, n) => (it.lang === l ? [ok[n]] : []))
    return pct(mine.filter(Boolean).length, mine.length)
  })
  console.log(`| ${name} | ${pct(ok.filter(Boolean).length, items.length)} | ${byLang.join(' | ')} |`)
}
// How differently the full NLU and the TF-IDF peer err: room a blend could take, or not.
const [ours, , tfidf] = right
const both = items.filter((_, n) => ours![n] && tfidf![n]).length
const either = items.filter((_, n) => ours![n] || tfidf![n]).length
console.log('')
console.log(
  `ours and TF-IDF + LR both right ${pct(both, items.length)}, either right ${pct(either, items.length)}`,
)
