import { afterEach, describe, expect, it, vi } from 'vitest'
import { CORPUS_DIR, readCorpus } from '../../scripts/nlu/crisis-corpus.ts'
import { loadDevSet } from '../../scripts/nlu/io.ts'
import { conceptsIn, crisisViews, isJoinable } from '../../src/nlu/crisis-situations.ts'
import { normalizeText } from '../../src/nlu/normalize.ts'

// The crisis concepts' pre-checks (perf16, issues #9/#11: analyze()'s warm tail was Latin-script
// messages, each running ~1,000 concept regexes one by one, most finding nothing). A pre-check joins
// up to 16 concepts' tests of one language: when it fails none of them is run. The sentences below were
// written for this test.

const viewsOf = (text: string) => crisisViews(normalizeText(text), [])

/** How many regex tests reading the concepts of one message takes. */
const callsFor = (text: string): number => {
  const views = viewsOf(text)
  const test = vi.spyOn(RegExp.prototype, 'test')
  conceptsIn(views)
  const n = test.mock.calls.length
  test.mockRestore()
  return n
}

afterEach(() => vi.restoreAllMocks())

describe('reading the crisis concepts of an everyday message', () => {
  it.each([
    'Hello, I would like to know which day the bulky garbage is collected in my area',
    'Hola, quisiera saber cuándo recogen la basura grande en mi barrio',
    'Olá, queria saber como pedir o cartão de residente para meu marido',
    'Magandang hapon po, paano po mag-apply ng health insurance dito sa lungsod',
    'Xin chào, tôi muốn hỏi về thủ tục đăng ký nhà trẻ cho con',
  ])('runs a few pre-checks, not every test of every Latin language: %s', (text) => {
    expect(callsFor(text)).toBeLessThan(150)
  })

  it('in Japanese, runs the Japanese tests and the pre-checks of the rest', () => {
    expect(callsFor('粗大ごみの出し方を教えてください')).toBeLessThan(180)
  })
})

describe('the pre-checks change no answer', () => {
  const texts = [
    // every third turn of the crisis corpus (scripts/nlu/crisis-dump.ts compares every one, and more)
    ...readCorpus(CORPUS_DIR)
      .flatMap((c) => c.turns)
      .filter((_, i) => i % 3 === 0),
    ...loadDevSet().map((c) => c.text),
    'I took all my pills and I feel dizzy',
    'quiero morir, ya no aguento',
    '死にたい',
  ]
  it(`finds the same concepts in the same languages as every test run one by one (${texts.length} texts)`, () => {
    let differ = 0
    let found = 0
    for (const text of texts) {
      const views = viewsOf(text)
      const each = [...conceptsIn(views, false)]
      found += each.length
      if (JSON.stringify([...conceptsIn(views)]) !== JSON.stringify(each)) differ++
    }
    expect(found).toBeGreaterThan(texts.length)
    expect(differ).toBe(0)
  }, 120_000)

  it('keeps a form with a backreference or a named group out of every pre-check, since joining would renumber it', () => {
    expect(isJoinable(/(?:死に)たい|(?<!もう)ない/u)).toBe(true)
    expect(isJoinable(/(?<=今)から/u)).toBe(true)
    expect(isJoinable(/(ha)\1/u)).toBe(false)
    expect(isJoinable(/(?<w>ha)\k<w>/u)).toBe(false)
    expect(isJoinable(/(?<w>ha)/u)).toBe(false)
  })
})
