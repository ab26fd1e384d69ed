import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { serializeModel } from '../../src/nlu/model.ts'
import { buildTokenizer } from '../../src/nlu/tokenizer.ts'
import { buildModel } from '../../src/nlu/train.ts'
import { nodeDictionaryLoader } from '../../src/runtime/node/dictionary-loader.ts'
import { buildGazetteer } from './gazetteer-build.ts'
import { loadIntents, repoRoot } from './io.ts'

// npm run build:model — trains the classifier from intents/ and compiles the place gazetteer, writing
// both as JSON that each runtime reads as text (loadModel; src/nlu/models.ts), so Workers need no YAML.

const t0 = performance.now()
const { files, intents, data, concepts } = loadIntents({ foreign: true })
const tokenizer = await buildTokenizer(nodeDictionaryLoader())
const gazetteer = buildGazetteer()
const model = buildModel(tokenizer, {
  intents,
  data,
  sourceTexts: files.map((f) => f.text),
  gazetteer,
  concepts,
})
const out = join(repoRoot, 'src/nlu/generated')
writeFileSync(join(out, 'model.json'), `${serializeModel(model)}\n`)
writeFileSync(join(out, 'gazetteer.json'), `${JSON.stringify(gazetteer)}\n`)
// Written minified (biome.json leaves src/nlu/generated alone): formatted, the model would pass
// Biome's 1 MiB file limit as the intents grow.
console.log(
  `model: ${model.labels.length} labels, ${model.stats.examples} texts, ${model.stats.features} features, ` +
    `cv top-1 ${(model.stats.cvAccuracy * 100).toFixed(1)}%` +
    (model.stats.cvWithoutPeer === undefined
      ? ''
      : ` (without the peer ${(model.stats.cvWithoutPeer * 100).toFixed(1)}%)`) +
    `, T=${model.temperature} ` +
    `(${((performance.now() - t0) / 1000).toFixed(1)} s)`,
)
console.log(`gazetteer: ${gazetteer.places.length} places, hash ${gazetteer.sourceHash}`)
