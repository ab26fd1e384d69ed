import type { Label } from '../../src/core/taxonomy.ts'
import { createAnalyzer } from '../../src/nlu/analyze.ts'
import { maskPlaces } from '../../src/nlu/gazetteer.ts'
import { buildTokenizer } from '../../src/nlu/tokenizer.ts'
import {
  argmax,
  buildModel,
  crossValidate,
  defaultTrainOptions,
  phrasesOf,
  vectorize,
} from '../../src/nlu/train.ts'
import { bundledCrisisModel } from '../../src/runtime/node/bundled-models.ts'
import { nodeDictionaryLoader } from '../../src/runtime/node/dictionary-loader.ts'
import { evaluateDevSet, formatDevReport } from './dev-eval.ts'
import { buildGazetteer } from './gazetteer-build.ts'
import { loadDevSet, loadIntents } from './io.ts'
import { formatMetrics, metrics } from './metrics.ts'

// npm run eval — k-fold cross-validation on intents/, then the held-out dev set with a model trained
// on all of intents/ (in memory, so it reflects the YAML as it is now, built or not).

const args = new Set(process.argv.slice(2))
if (args.has('--sealed')) {
  const { sealedEvalMain } = await import('./sealed-eval.ts')
  await sealedEvalMain(process.argv.slice(2))
  process.exit(0)
}
if (args.has('--dialogs')) {
  const { dialogEvalMain } = await import('./dialog-eval.ts')
  await dialogEvalMain(process.argv.slice(2))
  process.exit(0)
}
if (args.has('--first-reply-language')) {
  const { languageEvalMain } = await import('./language-eval.ts')
  await languageEvalMain(process.argv.slice(2))
  process.exit(0)
}
if (args.has('--language-authors')) {
  const { languageAuthorsMain } = await import('./language-words.ts')
  languageAuthorsMain()
  process.exit(0)
}
if (args.has('--authors') || args.has('--cv-groups')) {
  const { authorEvalMain } = await import('./author-eval.ts')
  await authorEvalMain(process.argv.slice(2))
  process.exit(0)
}
if (args.has('--crisis')) {
  const { crisisEvalMain } = await import('./crisis-eval.ts')
  await crisisEvalMain(process.argv.slice(2))
  process.exit(0)
}
const t0 = performance.now()
const { files, intents, data, concepts } = loadIntents({ foreign: true })
const tokenizer = await buildTokenizer(nodeDictionaryLoader())
const labels = [...new Set(intents.map((i) => i.label))].sort() as Label[]
const o = defaultTrainOptions
const gazetteer = buildGazetteer()
const vec = vectorize(tokenizer, data, phrasesOf(intents, concepts, tokenizer), maskPlaces(gazetteer))
const cv = crossValidate(vec, labels, o)
const cvPairs = vec.map((d, i) => ({ gold: d.label, predicted: labels[argmax(cv.logits[i]!)]! }))
const out: string[] = []
out.push(formatMetrics(`Cross-validation (${o.folds}-fold, stratified) on intents/`, metrics(cvPairs)))
if (args.has('--errors')) {
  out.push('', 'CV errors:')
  vec.forEach((d, i) => {
    if (cvPairs[i]!.gold !== cvPairs[i]!.predicted)
      out.push(`- [${d.label} → ${cvPairs[i]!.predicted}] ${data[i]!.text}`)
  })
}
const model = buildModel(
  tokenizer,
  { intents, data, sourceTexts: files.map((f) => f.text), gazetteer, concepts },
  o,
)
const nlu = createAnalyzer(tokenizer, model, gazetteer, { crisisModel: bundledCrisisModel })
const dev = loadDevSet()
if (dev.length > 0) {
  const report = evaluateDevSet(nlu, dev)
  out.push('', formatDevReport(report, args.has('--errors')))
}
out.push('', `(${((performance.now() - t0) / 1000).toFixed(1)} s)`)
console.log(out.join('\n'))
