import type { Nlu } from '../core/nlu.ts'
import { createAnalyzer } from './analyze.ts'
import type { DictionaryLoader } from './dictionary-loader.ts'
import type { Gazetteer } from './gazetteer.ts'
import gazetteerJson from './generated/gazetteer.json' with { type: 'json' }
import modelJson from './generated/model.json' with { type: 'json' }
import type { ModelArtifact } from './model.ts'
import { buildTokenizer } from './tokenizer.ts'

// The NLU as the rest of the code uses it. The model and the gazetteer are bundled JSON (built by
// `npm run build:model`), so this works unchanged on Workers; only the dictionary loader differs.

export const bundledModel = modelJson as unknown as ModelArtifact
export const bundledGazetteer = gazetteerJson as unknown as Gazetteer

export interface CreateNluOptions {
  loader: DictionaryLoader
  /** For evaluation and tests: a freshly trained model instead of the bundled one. */
  model?: ModelArtifact
}

export const createNlu = async (options: CreateNluOptions): Promise<Nlu> => {
  const tokenizer = await buildTokenizer(options.loader)
  return createAnalyzer(tokenizer, options.model ?? bundledModel, bundledGazetteer)
}
