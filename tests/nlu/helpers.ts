import type { Nlu } from '../../src/core/nlu.ts'
import { createNlu } from '../../src/nlu/create-nlu.ts'
import { bundledModels } from '../../src/runtime/node/bundled-models.ts'
import { nodeDictionaryLoader } from '../../src/runtime/node/dictionary-loader.ts'

// One tokenizer build per test file (vitest isolates files); every test in the file shares it.
let nlu: Promise<Nlu> | null = null
export const sharedNlu = (): Promise<Nlu> => {
  nlu ??= createNlu({ loader: nodeDictionaryLoader(), models: bundledModels })
  return nlu
}
