import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { loadDevSet } from '../../scripts/nlu/io.ts'
import { phraseCandidates } from '../../src/nlu/features.ts'
import { containsPhrase, phraseView } from '../../src/nlu/foreign-features.ts'
import { foldKana, normalizeText } from '../../src/nlu/normalize.ts'
import { bundledModel } from '../../src/runtime/node/bundled-models.ts'

// extractFeatures tests only the phrases whose first character the text has. That is exact only if
// every phrase that occurs is among them, in the model's order: then the phrase features, their sums
// and every score are the ones testing all ~1,300 phrases gave.

const entries = bundledModel.phrases
const matching = (hay: string) => entries.flatMap((p, i) => (containsPhrase(hay, p.text) ? [i] : []))
const viaCandidates = (hay: string) =>
  phraseCandidates(entries, hay).filter((i) => containsPhrase(hay, entries[i]!.text))

describe('phrase candidates', () => {
  it('find the very phrases, in order, on every dev-set message', () => {
    const hays = loadDevSet().map((c) => phraseView(foldKana(normalizeText(c.text))))
    expect(entries.length).toBeGreaterThan(100)
    const differ = hays.filter((h) => JSON.stringify(viaCandidates(h)) !== JSON.stringify(matching(h)))
    expect(differ).toEqual([])
    // Not vacuous: phrases do occur in the dev set.
    expect(hays.filter((h) => matching(h).length > 0).length).toBeGreaterThan(50)
  })

  it('find the very phrases on text made of phrases and noise', () => {
    const piece = fc.oneof(
      fc.constantFrom(...entries.map((p) => p.text)),
      fc.string({ maxLength: 3 }),
      fc.constantFrom(' ', 'の', 'a', 'です'),
    )
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), (parts) => {
        const hay = parts.join('')
        expect(viaCandidates(hay)).toEqual(matching(hay))
      }),
      { seed: 10, numRuns: 500 },
    )
  })

  // The candidates are listed in a scratch array that starts small and grows: a text that meets
  // hundreds of phrases (past the first size, 64) must still list each once, in order.
  it('list hundreds of candidates once each and in order', () => {
    const hay = entries
      .slice(0, 400)
      .map((p) => p.text)
      .join(' ')
    const candidates = phraseCandidates(entries, hay)
    expect(candidates.length).toBeGreaterThan(200)
    expect(candidates.every((n, k) => k === 0 || n > candidates[k - 1]!)).toBe(true)
    expect(viaCandidates(hay)).toEqual(matching(hay))
    // And the next text starts from an empty list.
    expect(viaCandidates('認知症')).toEqual(matching('認知症'))
  })

  // Keyed by their first two characters, one-character phrases by their one: a phrase list made of
  // those cases (single characters, shared first characters, surrogate pairs, Latin words) must still
  // give every phrase that occurs, in order.
  it('find the very phrases of a list of one- and two-character starts, astral letters included', () => {
    const alphabet = ['a', 'b', 'ab', 'の', 'の子', '母', '𠮷', '𠮷野', ' ', 'ba']
    const word = fc.array(fc.constantFrom(...alphabet), { minLength: 1, maxLength: 4 }).map((w) => w.join(''))
    fc.assert(
      fc.property(
        fc.uniqueArray(word, { minLength: 1, maxLength: 12 }),
        fc.array(word, { maxLength: 6 }),
        (texts, parts) => {
          const list = texts.map((text, i) => ({ text, label: `l${i}`, weight: 1 }))
          const hay = parts.join('')
          const all = list.flatMap((p, i) => (containsPhrase(hay, p.text) ? [i] : []))
          const found = phraseCandidates(list, hay).filter((i) => containsPhrase(hay, list[i]!.text))
          expect(found).toEqual(all)
        },
      ),
      { seed: 11, numRuns: 1000 },
    )
  })
})
