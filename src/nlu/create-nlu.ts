import type { Nlu } from '../core/nlu.ts'
import { type AnalyzerOptions, createAnalyzer } from './analyze.ts'
import type { DictionaryLoader } from './dictionary-loader.ts'
import type { Gazetteer } from './gazetteer.ts'
import gazetteerJson from './generated/gazetteer.json' with { type: 'json' }
import modelJson from './generated/model.json' with { type: 'json' }
import type { ModelArtifact } from './model.ts'
import type { NeighbourIndex } from './neighbours.ts'
import { buildTokenizer, type JaTokenizer } from './tokenizer.ts'

// The NLU as the rest of the code uses it, built the same way on every runtime. The model and the
// gazetteer are bundled JSON (built by `npm run build:model`); only the tokenizer differs by runtime
// (Node: kuromoji's dictionary files; Workers: the compact dictionary from static assets), so each
// runtime hands in its tokenizer or a loader for kuromoji's files.

export const bundledModel = modelJson as unknown as ModelArtifact
export const bundledGazetteer = gazetteerJson as unknown as Gazetteer

export type CreateNluOptions = ({ loader: DictionaryLoader } | { tokenizer: JaTokenizer }) & {
  /** For evaluation and tests: a freshly trained model instead of the bundled one. */
  model?: ModelArtifact
  /** The nearest-example index built ahead of time (`npm run build:worker`), so start-up need not. */
  neighbourIndex?: NeighbourIndex
}

export const createNlu = async (options: CreateNluOptions): Promise<Nlu> => {
  const tokenizer = 'tokenizer' in options ? options.tokenizer : await buildTokenizer(options.loader)
  const analyzer: AnalyzerOptions = options.neighbourIndex ? { neighbourIndex: options.neighbourIndex } : {}
  return createAnalyzer(tokenizer, options.model ?? bundledModel, bundledGazetteer, analyzer)
}
