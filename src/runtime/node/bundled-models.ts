import { readFileSync } from 'node:fs'
import { MODEL_FILES, type ModelFileName, type NluModels, parseNluModels } from '../../nlu/models.ts'

// The committed NLU artifacts (src/nlu/generated/) as Node, the scripts and the tests use them: read
// from disk and parsed once, when this module is first imported. Not a JSON import: tsx would turn each
// file into a JavaScript module and keep its source (see src/nlu/models.ts). A Worker never imports this
// file; it reads the same files from its static assets.

const GENERATED = new URL('../../nlu/generated/', import.meta.url)

const read = (name: ModelFileName) => readFileSync(new URL(name, GENERATED), 'utf8')

export const bundledModels: NluModels = parseNluModels({
  model: read(MODEL_FILES.model),
  crisisModel: read(MODEL_FILES.crisisModel),
  gazetteer: read(MODEL_FILES.gazetteer),
})

export const {
  model: bundledModel,
  crisisModel: bundledCrisisModel,
  gazetteer: bundledGazetteer,
} = bundledModels
