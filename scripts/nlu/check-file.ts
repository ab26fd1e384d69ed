import { readFileSync } from 'node:fs'
import { parse } from 'yaml'
import { createAnalyzer } from '../../src/nlu/analyze.ts'
import { devSetFileSchema } from '../../src/nlu/dev-set-schema.ts'
import { buildTokenizer } from '../../src/nlu/tokenizer.ts'
import { buildModel, defaultTrainOptions } from '../../src/nlu/train.ts'
import { bundledCrisisModel } from '../../src/runtime/node/bundled-models.ts'
import { nodeDictionaryLoader } from '../../src/runtime/node/dictionary-loader.ts'
import { buildGazetteer } from './gazetteer-build.ts'
import { loadIntents } from './io.ts'

const { files, intents, data, concepts } = loadIntents({ foreign: true })
const tokenizer = await buildTokenizer(nodeDictionaryLoader())
const gazetteer = buildGazetteer()
const model = buildModel(
  tokenizer,
  { intents, data, sourceTexts: files.map((f) => f.text), gazetteer, concepts },
  defaultTrainOptions,
)
const nlu = createAnalyzer(tokenizer, model, gazetteer, { crisisModel: bundledCrisisModel })
const set = devSetFileSchema.parse(parse(readFileSync(process.argv[2]!, 'utf8')))
let ok = 0
const per: Record<string, [number, number]> = {}
for (const c of set.cases) {
  const r = nlu.analyze(c.text)
  const p = per[c.label] ?? [0, 0]
  per[c.label] = p
  p[1]++
  if (r.intent === c.label) {
    ok++
    p[0]++
  } else console.log(`[${c.label} → ${r.intent} ${r.confidence.toFixed(2)}] ${c.text}`)
}
console.log(
  Object.entries(per)
    .map(([k, [a, b]]) => `${k} ${a}/${b}`)
    .join(', '),
)
console.log(`fresh top-1 ${((100 * ok) / set.cases.length).toFixed(1)}% (${ok}/${set.cases.length})`)
