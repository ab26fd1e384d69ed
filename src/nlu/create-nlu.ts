import type { Nlu } from '../core/nlu.ts'
import { type AnalyzerOptions, createAnalyzer } from './analyze.ts'
import type { DictionaryLoader } from './dictionary-loader.ts'
import type { ModelArtifact } from './model.ts'
import type { NluModels } from './models.ts'
import type { NeighbourIndex } from './neighbours.ts'
import { buildTokenizer, type JaTokenizer } from './tokenizer.ts'

// The NLU as the rest of the code uses it, built the same way on every runtime. Each runtime hands in
// what differs: the committed models (Node: read from src/nlu/generated/; Workers: from the static
// assets, see models.ts) and the tokenizer or a loader for kuromoji's files (Node: kuromoji's
// dictionary files; Workers: the compact dictionary).

export type CreateNluOptions = ({ loader: DictionaryLoader } | { tokenizer: JaTokenizer }) & {
  /** The committed intent model, crisis model and gazetteer (loadNluModels, or bundledModels on Node). */
  models: NluModels
  /** For evaluation and tests: a freshly trained model instead of the committed one. */
  model?: ModelArtifact
  /** The nearest-example index built ahead of time (`npm run build:worker`), so start-up need not. */
  neighbourIndex?: NeighbourIndex
}

export const createNlu = async (options: CreateNluOptions): Promise<Nlu> => {
  const tokenizer = 'tokenizer' in options ? options.tokenizer : await buildTokenizer(options.loader)
  const { models } = options
  const analyzer: AnalyzerOptions = { crisisModel: models.crisisModel }
  if (options.neighbourIndex) analyzer.neighbourIndex = options.neighbourIndex
  return createAnalyzer(tokenizer, options.model ?? models.model, models.gazetteer, analyzer)
}
