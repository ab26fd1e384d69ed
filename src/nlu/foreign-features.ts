import { ConverterFactory } from 'opencc-js/core'
import toCn from 'opencc-js/to/cn'
import { nepaliSkeleton } from './crisis-nepali.ts'

// Features for the scripts kuromoji does not read (it splits them into unknown words with no base
// form or reading): Latin (English, Spanish, Portuguese, Tagalog, Vietnamese, romanized Nepali),
// Hangul and Devanagari. Each word counts (`x:`), and so do the character grams of the word padded
// with its boundaries (`y:`), which is what carries a word across inflections, Korean particles
// (엄마가/엄마는) and spelling slips. Latin is read without diacritics: residents type Vietnamese and
// Portuguese on phones with and without them (「mẹ tôi」「me toi」 meet the same features).
// Chinese: Han characters are folded Traditional → Simplified by OpenCC's own tables (opencc-js, the
// characters and phrases dictionary only), so 「認知症」 and 「认知症」 give the same kanji grams.

const toSimplified = ConverterFactory(toCn)
const HAN = /[\u3400-\u9fff\uf900-\ufaff]/

/** Traditional Han characters as Simplified; any other text unchanged. */
export const foldHan = (s: string): string => (HAN.test(s) ? toSimplified(s) : s)

const WORD = /[\p{Script=Latin}\p{Script=Hangul}\p{Script=Devanagari}\p{M}]+/gu
const LATIN = /\p{Script=Latin}/u
const HANGUL = /\p{Script=Hangul}/u
const MARKS = /\p{M}+/gu

/** Anything but printable ASCII (which NFD leaves as it is and has no marks or đ). */
const NOT_ASCII = /[^ -~]/
const SURROGATE = /[\uD800-\uDFFF]/

/** A Latin word without diacritics (đ has none to strip, so it is mapped by hand). Printable ASCII is itself. */
export const foldLatin = (w: string): string =>
  NOT_ASCII.test(w) ? w.normalize('NFD').replace(MARKS, '').replace(/đ/g, 'd') : w

/** Adds the foreign-script word and gram features of `text` (already normalized, lower case). */
export const addForeignFeatures = (text: string, add: (feature: string) => void): void => {
  for (const m of text.matchAll(WORD)) {
    let w = m[0]
    const latin = LATIN.test(w)
    if (latin) w = foldLatin(w)
    // Hangul syllables are whole syllables: pairs carry a word; Latin and Devanagari need longer grams.
    const [min, max] = HANGUL.test(w) ? [2, 3] : [3, 4]
    // Without surrogate pairs (every word here but a rare astral letter) a character is a code unit, so
    // the grams are slices of the string: the same strings as from its array of characters, without an
    // array and a join per gram (those were most of this function on a long English message).
    const wide = SURROGATE.test(w)
    if ((wide ? [...w].length : w.length) < (latin ? 2 : 1)) continue
    add(`x:${w}`)
    if (wide) {
      const padded = [...` ${w} `]
      for (let n = min; n <= max; n++)
        for (let i = 0; i + n <= padded.length; i++) add(`y:${padded.slice(i, i + n).join('')}`)
    } else {
      const padded = ` ${w} `
      for (let n = min; n <= max; n++)
        for (let i = 0; i + n <= padded.length; i++) add(`y:${padded.slice(i, i + n)}`)
    }
  }
}

const LATIN_RUN = /\p{Script=Latin}[\p{Script=Latin}\p{M}]*/gu

/**
 * The view staff phrases are matched on: kana as hiragana (done by the caller), Han as Simplified and
 * Latin words without diacritics, so 「Demência」「demencia」 and 「認知症」「认知症」 each meet one phrase.
 */
export const phraseView = (s: string): string => foldHan(s).replace(LATIN_RUN, foldLatin)

/**
 * Every Latin run of `s` without diacritics, the rest as it is (「salário」→「salario」, 「c:lá」→「c:la」, kana
 * untouched): what the TF-IDF peer reads when its artifact says `foldLatin`. Printable ASCII is itself.
 */
export const foldLatinRuns = (s: string): string => (NOT_ASCII.test(s) ? s.replace(LATIN_RUN, foldLatin) : s)

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u
const isLatinPhrase = new Map<string, boolean>()

/** Whether containsPhrase reads `needle` as Latin words (whole words only). */
export const isLatinNeedle = (needle: string): boolean => LATIN.test(needle)

/** `needle` in `hay`; a Latin phrase only as whole words (「mae」 is not inside 「maestro」). */
export const containsPhrase = (hay: string, needle: string): boolean => {
  let latin = isLatinPhrase.get(needle)
  if (latin === undefined) {
    latin = isLatinNeedle(needle)
    isLatinPhrase.set(needle, latin)
  }
  return phraseIn(hay, needle, latin)
}

/**
 * containsPhrase with `latin` (isLatinNeedle(needle)) known: the staff phrases' flags are kept beside
 * them (features.ts), where a lookup by the phrase's text per candidate was most of containsPhrase.
 */
export const phraseIn = (hay: string, needle: string, latin: boolean): boolean => {
  if (!latin) return hay.includes(needle)
  for (let at = hay.indexOf(needle); at >= 0; at = hay.indexOf(needle, at + 1)) {
    const before = hay[at - 1]
    const after = hay[at + needle.length]
    if (
      (before === undefined || !LETTER_OR_DIGIT.test(before)) &&
      (after === undefined || !LETTER_OR_DIGIT.test(after))
    )
      return true
  }
  return false
}

// Nepali typed by ear: one word comes as 「chhora」「chora」「xora」 or 「छोरा」, 「bhayo」「vayo」「भयो」. The
// crisis layer already reads a Nepali message as one consonant skeleton in either script
// (src/nlu/crisis-nepali.ts: vowels dropped, aspiration and the letters residents swap folded,
// postpositions joined, Devanagari read consonant by consonant); each word of that skeleton is also a
// feature here (`z:`), so romanised and Devanagari examples teach the classifier one feature:
// 「mero chhora」「मेरो छोरा」 → z:mr z:cr. One-consonant words (aba, chha) say too little.

/** Adds the skeleton words (`z:`) of a Nepali text; nothing for a text that is not Nepali. */
export const addNepaliFeatures = (text: string, add: (feature: string) => void): void => {
  for (const w of nepaliSkeleton(text).split(' ')) if (w.length >= 2) add(`z:${w}`)
}
