import fc from 'fast-check'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Nlu } from '../../src/core/nlu.ts'
import { screenCrisis } from '../../src/nlu/crisis.ts'
import { bundledCrisisModel } from '../../src/runtime/node/bundled-models.ts'
import { sharedNlu } from './helpers.ts'

// Seeded property tests: no input can make analyze() or the crisis screen throw, and no character a
// phone, a copy-paste or a fuzzer can slip into a cry for help hides it. Bounded to a few seconds;
// `FUZZ_RUNS=10000 npx vitest run tests/nlu/crisis-fuzz.test.ts` runs the full measure.

const RUNS = Number(process.env.FUZZ_RUNS ?? 1500)
const SEED = 20261206
/** A bounded run: a few seconds by default, a few minutes for FUZZ_RUNS=10000. */
const TIMEOUT = 30_000 + RUNS * 30

let nlu: Nlu
beforeAll(async () => {
  nlu = await sharedNlu()
})

/** Characters that carry no letter: controls, NUL, soft hyphen, zero-width, bidi, variation selectors,
 * a stray combining mark, a lone low surrogate (a high one before it would make a real letter). */
const ODD =
  '\u0000 \u0007 \u001b \u00ad \u200b \u200c \u200d \u200e \u202e \u2060 \ufeff \ufe0f \u0301 \udfff \u034f \u180e'.split(
    ' ',
  )
/** In Japanese and Chinese a space or a line break splits no word (「死に たい」); in English it does. */
const SPACES = ['\n', '\t', ' ', '\u3000']
const spaced = (s: string) => !/[a-z]/i.test(s) && !/\p{Script=Hangul}/u.test(s)

const CRISES = [
  '死にたい',
  'もう死にたいです',
  '消えたい',
  '自殺したい',
  'いなくなりたい',
  '生きていたくない',
  'リスカした',
  '薬を全部飲んだ',
  '父が倒れて息をしていない',
  '母が呼んでも起きない',
  '血が止まらない',
  '夫が包丁を持って暴れている',
  '認知症の父が朝から帰ってこない',
  '隣の家が火事です',
  'I want to die',
  'kill myself',
  '我不想活了',
  '죽고 싶어요',
  'tôi muốn chết',
  'quiero morirme',
  'quero morrer',
]

describe('no input makes the NLU throw', () => {
  it(
    'analyze() and the crisis screen on any string, lone surrogates included',
    () => {
      fc.assert(
        fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
          nlu.analyze(text)
          screenCrisis(text, bundledCrisisModel)
        }),
        { numRuns: RUNS, seed: SEED },
      )
    },
    TIMEOUT,
  )

  it('analyze() on long runs of one script (the tokenizer’s worst case)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('ア', 'あ', '漢', 'a', ' ', '\u0301', '！'),
        fc.integer({ min: 1, max: 1000 }),
        (ch, n) => {
          nlu.analyze(ch.repeat(n))
        },
      ),
      { numRuns: 50, seed: SEED },
    )
  })
})

describe('odd characters inside a cry for help hide nothing', () => {
  it(
    'any crisis sentence with invisible characters inserted anywhere still fires',
    () => {
      fc.assert(
        fc.property(
          fc.constantFrom(...CRISES),
          fc.array(fc.tuple(fc.nat(), fc.constantFrom(...ODD, ...SPACES)), { minLength: 1, maxLength: 6 }),
          (sentence, inserts) => {
            const chars = [...sentence]
            for (const [at, ch] of inserts)
              if (spaced(sentence) || !SPACES.includes(ch)) chars.splice(at % (chars.length + 1), 0, ch)
            const text = chars.join('')
            expect(nlu.analyze(text).crisis, JSON.stringify(text)).not.toBeNull()
            expect(screenCrisis(text, bundledCrisisModel), JSON.stringify(text)).not.toBeNull()
          },
        ),
        { numRuns: RUNS, seed: SEED },
      )
    },
    TIMEOUT,
  )
})
