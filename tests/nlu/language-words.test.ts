import { describe, expect, it } from 'vitest'
import { authoredTexts, learnMarkerWords } from '../../scripts/nlu/language-words.ts'
import { LEARNED_WORDS } from '../../src/nlu/generated/language-words.ts'
import { readLanguage } from '../../src/nlu/language.ts'

// Marker words learned from the foreign authors' texts (scripts/nlu/language-words.ts): a word is
// learned for a language when three of its texts, by two authors at least, write it and no text in any
// other language does.
describe('learnMarkerWords', () => {
  const ne = (text: string, author: string) => ({ text, lang: 'ne', author })
  const texts = [
    ne('ghar ma kohi chaina', 't5'),
    ne('ghar ma paisa chaina', 't6'),
    ne('ghar bata aayo, school pani', 't6'),
    ne('sathi le school ma bhanyo', 't6'),
    ne('sathi sanga kura', 't6'),
    ne('sathi aayo', 't6'),
    { text: 'my son does not go to school', lang: 'en', author: 'd3' },
  ]
  const words = learnMarkerWords(texts)

  it('learns a word three texts by two authors write in one language only', () => {
    expect(words.ne).toContain('ghar')
  })
  it('never a word another language writes too (school, an English text has it)', () => {
    expect(words.ne).not.toContain('school')
  })
  it('never a word only one author writes (sathi, three texts by t6 alone)', () => {
    expect(words.ne).not.toContain('sathi')
  })
  it('never a word fewer than three texts write (chaina, two)', () => {
    expect(words.ne).not.toContain('chaina')
  })
})

describe('the shipped learned words', () => {
  it('are what the corpus teaches now (run npm run build:language-words after adding data)', () => {
    expect(LEARNED_WORDS).toEqual(learnMarkerWords(authoredTexts()))
  })

  it.each([
    // Romanised Nepali in words only the learned list holds (tinyld: English, Tagalog).
    ['ahile ghar ma kohi chaina, sathi pani chaina', 'ne'],
    ['bhai kotha bata bahira audaina', 'ne'],
    // Learned words alone never outvote English grammar (memory, evening: only Taglish writers wrote them).
    ['my son has a memory problem in the evening', 'en'],
  ])('%s → %s', (text, lang) => {
    expect(readLanguage(text).detected).toBe(lang)
  })
})
