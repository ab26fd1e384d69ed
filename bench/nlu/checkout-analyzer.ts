import { bundledCrisisModel, bundledGazetteer, bundledModel } from '../../src/runtime/node/bundled-models.ts'
import { nodeDictionaryLoader } from '../../src/runtime/node/dictionary-loader.ts'

// For the benches that compare checkouts one process each (ab-process.ts, alloc-per-call.ts): another
// checkout's analyze() (`git archive <commit> | tar -x -C <dir>`, node_modules linked) on this checkout's
// models, and a count of V8's collections.

export const checkoutAnalyzer = async (dir: string) => {
  const { createAnalyzer } = (await import(
    `${dir}/src/nlu/analyze.ts`
  )) as typeof import('../../src/nlu/analyze.ts')
  const { buildTokenizer } = (await import(
    `${dir}/src/nlu/tokenizer.ts`
  )) as typeof import('../../src/nlu/tokenizer.ts')
  const tokenizer = await buildTokenizer(nodeDictionaryLoader())
  return createAnalyzer(tokenizer, bundledModel, bundledGazetteer, { crisisModel: bundledCrisisModel })
}

/** Collections so far, as the gc performance entries arrive (after the work that caused them). */
export const countCollections = (): { readonly n: number } => {
  const count = { n: 0 }
  new PerformanceObserver((list) => {
    count.n += list.getEntries().length
  }).observe({ entryTypes: ['gc'] })
  return count
}
