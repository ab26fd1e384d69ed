import { describe, expect, it } from 'vitest'
import { analyzeText, extractFeatures } from '../../src/nlu/features.ts'
import { buildTokenizer } from '../../src/nlu/tokenizer.ts'
import { bundledModel } from '../../src/runtime/node/bundled-models.ts'
import { nodeDictionaryLoader } from '../../src/runtime/node/dictionary-loader.ts'

// A character outside the BMP (「𩸽」, an emoji) beside kanji made a kanji gram of half a surrogate pair
// (「k:买\ud866」): the model kept it and the prebuilt nearest-example index, which Workers load,
// refused to be built (tests/nlu/neighbour-index.test.ts). Grams now stop at whole characters.

const LONE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/

describe('features of text beyond the BMP', () => {
  it.each(['买𩸽了', '𩸽买', '母が𠮟る', '子ども😢泣いてる', '𩸽を食べた'])(
    '%s gives only well-formed feature names',
    async (text) => {
      const tokenizer = await buildTokenizer(nodeDictionaryLoader())
      const names = [
        ...extractFeatures(analyzeText(tokenizer, text), { entries: bundledModel.phrases }).keys(),
      ]
      expect(names.length).toBeGreaterThan(0)
      expect(names.filter((n) => LONE.test(n))).toEqual([])
    },
  )
})
