import { describe, expect, it } from 'vitest'
import { createAnalyzer, MAX_ANALYZED_CHARS } from '../../src/nlu/analyze.ts'
import { buildTokenizer, type JaTokenizer } from '../../src/nlu/tokenizer.ts'
import { bundledCrisisModel, bundledGazetteer, bundledModel } from '../../src/runtime/node/bundled-models.ts'
import { nodeDictionaryLoader } from '../../src/runtime/node/dictionary-loader.ts'

// Issue 10, defect 10: 1,000 katakana characters cost 53 ms (ordinary text 1–15 ms), a cheap amplifier
// for anyone flooding the chat API. The tokenizer and the classifier now read at most
// MAX_ANALYZED_CHARS of a message; the crisis layer still reads all of it. (Timing itself is measured
// by `npm run bench:nlu`, never here.)

const tokenizer = await buildTokenizer(nodeDictionaryLoader())
const seen: number[] = []
const spy: JaTokenizer = {
  tokenize(text) {
    seen.push(text.length)
    return tokenizer.tokenize(text)
  },
}
const nlu = createAnalyzer(spy, bundledModel, bundledGazetteer, {
  neighbours: false,
  crisisModel: bundledCrisisModel,
})
const katakana = (n: number) =>
  Array.from({ length: n }, (_, i) => 'アイウエオカキクケコサシスセソ'[(i * 7) % 15]).join('')

describe('the cost cap of one message', () => {
  it('gives the tokenizer at most MAX_ANALYZED_CHARS of a 1,000-character message', () => {
    seen.length = 0
    nlu.analyze(katakana(1000))
    expect(seen.length).toBeGreaterThan(0)
    expect(Math.max(...seen)).toBeLessThanOrEqual(MAX_ANALYZED_CHARS)
  })

  it('still sees a cry for help at the end of a long message (the crisis layer reads it all)', () => {
    const text = `${katakana(900)}。もう死にたい`
    expect(nlu.analyze(text).crisis).not.toBeNull()
    expect(nlu.analyze(text).intent).toBe('crisis')
  })

  it('never cuts a surrogate pair in two', () => {
    const text = `${'あ'.repeat(MAX_ANALYZED_CHARS - 1)}😀${'い'.repeat(50)}`
    seen.length = 0
    const r = nlu.analyze(text)
    expect(r.intent).toBeDefined()
    expect(Math.max(...seen)).toBeLessThanOrEqual(MAX_ANALYZED_CHARS)
  })

  it('reads a short message whole, as before', () => {
    seen.length = 0
    const r = nlu.analyze('母の物忘れがひどくて心配です')
    expect(seen[0]).toBe('母の物忘れがひどくて心配です'.length)
    expect(r.intent).toBe('dementia')
  })
})
