import type { Nlu } from '../../src/core/nlu.ts'
import type { Label } from '../../src/core/taxonomy.ts'
import { createAnalyzer } from '../../src/nlu/analyze.ts'
import modelJson from '../../src/nlu/generated/model.json' with { type: 'json' }
import type { LabelledText } from '../../src/nlu/intents.ts'
import { buildTokenizer, type JaTokenizer } from '../../src/nlu/tokenizer.ts'
import { buildModel } from '../../src/nlu/train.ts'
import { nodeDictionaryLoader } from '../../src/runtime/node/dictionary-loader.ts'
import { buildGazetteer } from './gazetteer-build.ts'
import { type Intents, loadIntents } from './io.ts'
import { formatMetrics, metrics, pct } from './metrics.ts'

// npm run eval -- --authors t4,t5 [--combined-only] [--details]
//
// Held-out-author evaluation, the dev estimate for a sealed set written by strangers: the model is
// trained WITHOUT an author's files (intents/corpus/*/<author>.yaml) and scored on them through the
// whole analyze() (crisis layer, answer-only rule, `other` handling), per language. First all the
// listed authors held out together (what the model knew before their data), then each one alone
// (leave-one-author-out: trained on everyone else, the other listed authors included).

/** The flow's default confidence bar (flows/main.yaml settings.confidence_threshold). */
const FLOW_THRESHOLD = 0.5

const authorOf = (file: string) => /\/corpus\/[^/]+\/([^/]+)\.ya?ml$/.exec(file)?.[1] ?? null

export interface HeldOutReport {
  title: string
  text: string
  accuracy: number
  byLang: Map<string, { n: number; correct: number }>
}

export const scoreHeldOut = (nlu: Nlu, items: LabelledText[], title: string, details = false) => {
  const pairs = items.map((d) => {
    const r = nlu.analyze(d.text)
    const predicted = (r.crisis ? 'crisis' : r.intent) as Label
    return { gold: d.label, predicted, lang: d.lang ?? 'ja', confidence: r.confidence, text: d.text }
  })
  const m = metrics(pairs)
  const byLang = new Map<string, { n: number; correct: number }>()
  for (const p of pairs) {
    const s = byLang.get(p.lang) ?? { n: 0, correct: 0 }
    s.n++
    if (p.gold === p.predicted) s.correct++
    byLang.set(p.lang, s)
  }
  // What the flow does with it: a reading at or above the bar is followed; below it the resident is asked.
  const followed = pairs.filter((p) => p.confidence >= FLOW_THRESHOLD)
  const followedWrong = followed.filter((p) => p.gold !== p.predicted).length
  const otherFollowed = followed.filter((p) => p.predicted === 'other' && p.gold !== 'other').length
  const lines = [
    formatMetrics(title, m),
    '',
    'by language: n, top-1',
    ...[...byLang]
      .sort()
      .map(([l, s]) => `  ${l.padEnd(8)} ${String(s.n).padStart(5)}  ${pct(s.correct / s.n)}`),
    '',
    `followed (confidence ≥ ${FLOW_THRESHOLD}): ${pct(followed.length / pairs.length)}; wrong when followed ${pct(followedWrong / Math.max(1, followed.length))}; a concern followed as \`other\` ${otherFollowed}`,
  ]
  if (details)
    for (const p of pairs)
      if (p.gold !== p.predicted)
        lines.push(`- [${p.lang} ${p.gold} → ${p.predicted} ${p.confidence.toFixed(2)}] ${p.text}`)
  return { title, text: lines.join('\n'), accuracy: m.accuracy, byLang }
}

/** A model trained without `heldOut`'s files, and an analyzer over it. */
export const analyzerWithout = (
  tokenizer: JaTokenizer,
  all: Intents,
  heldOut: (file: string) => boolean,
): Nlu => {
  const gazetteer = buildGazetteer()
  const model = buildModel(
    tokenizer,
    {
      intents: all.intents,
      data: all.data.filter((d) => !heldOut(d.file)),
      sourceTexts: all.files.filter((f) => !heldOut(f.path)).map((f) => f.text),
      gazetteer,
    },
    undefined,
    // Only the ranking matters for top-1; the shipped model's temperature stands in for a fitted one.
    modelJson.temperature,
  )
  return createAnalyzer(tokenizer, model, gazetteer)
}

export const authorEvalMain = async (argv: string[]) => {
  const authors = (argv[argv.indexOf('--authors') + 1] ?? '').split(',').filter(Boolean)
  const details = argv.includes('--details')
  const all = loadIntents({ foreign: true })
  const tokenizer = await buildTokenizer(nodeDictionaryLoader())
  const runs: [string, string[]][] = [[`all of ${authors.join(', ')} held out`, authors]]
  if (!argv.includes('--combined-only') && authors.length > 1)
    for (const a of authors) runs.push([`leave-one-author-out: ${a}`, [a]])
  for (const [title, held] of runs) {
    const t0 = performance.now()
    const isHeld = (file: string) => held.includes(authorOf(file) ?? '')
    const test = all.data.filter((d) => isHeld(d.file))
    if (test.length === 0) throw new Error(`no corpus files for ${held.join(', ')}`)
    const nlu = analyzerWithout(tokenizer, all, isHeld)
    const r = scoreHeldOut(nlu, test, `${title} (${test.length} texts)`, details)
    console.log(`${r.text}\n(${((performance.now() - t0) / 1000).toFixed(0)} s)\n`)
  }
}
