import { readFileSync } from 'node:fs'
import { buildExampleIndex, createAnalyzer } from '../../src/nlu/analyze.ts'
import { loadModel } from '../../src/nlu/model.ts'
import { buildTokenizer } from '../../src/nlu/tokenizer.ts'
import { bundledCrisisModel, bundledGazetteer } from '../../src/runtime/node/bundled-models.ts'
import { nodeDictionaryLoader } from '../../src/runtime/node/dictionary-loader.ts'
import { evaluateDevSet } from './dev-eval.ts'
import { loadDevSet } from './io.ts'
import { pct } from './metrics.ts'

// npx tsx scripts/nlu/eval-models.ts A/model.json B/model.json … — the held-out dev set scored by each
// intent model file on this checkout's code, crisis model and gazetteer, side by side in one process
// (a model before and after a rebuild; a model without a peer reads as it did on the code before it).

const tokenizer = await buildTokenizer(nodeDictionaryLoader())
const dev = loadDevSet()
for (const file of process.argv.slice(2)) {
  const model = loadModel(readFileSync(file, 'utf8'), file)
  const nlu = createAnalyzer(tokenizer, model, bundledGazetteer, {
    crisisModel: bundledCrisisModel,
    neighbourIndex: buildExampleIndex(tokenizer, model, bundledGazetteer),
  })
  const r = evaluateDevSet(nlu, dev)
  const m = r.intent
  console.log(
    `${file}: n=${dev.length} top-1 ${pct(m.accuracy)} macro-F1 ${pct(m.macroF1)} (peer ${model.peer ? `blend ${model.peer.blend}, latin ${model.peer.latinBlend}` : 'none'})`,
  )
}
