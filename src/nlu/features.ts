import { isHighSurrogate, isLowSurrogate } from '../dict/surrogates.ts'
import {
  addForeignFeatures,
  addNepaliFeatures,
  foldHan,
  isLatinNeedle,
  phraseIn,
  phraseView,
} from './foreign-features.ts'
import { foldKana, normalizeText } from './normalize.ts'
import { type JaTokenizer, type Token, toKatakana } from './tokenizer.ts'

// Turns a message into a sparse feature vector. Three views, so that spelling does not matter:
//  - `w:` base forms of content words (「物忘れ」「出る」), with negation kept (「ない」);
//  - `c:` character 2/3-grams over the reading string, where every kanji token is replaced by its
//    katakana reading and hiragana is folded to katakana, so 「認知症」「にんちしょう」「ニンチショウ」
//    produce the same grams;
//  - `k:` kanji 1/2-grams of the written form (介/会/回 all read カイ; the kanji tell them apart);
//  - `p:<label>` when a staff phrase of that label occurs in the normalized text.

export interface Analysis {
  normalized: string
  /** `normalized` with place names replaced by 「場所」, which the classifier and tokens see. */
  featureText: string
  tokens: Token[]
  /** Katakana reading of the whole message; punctuation becomes a space (grams do not cross it). */
  reading: string
}

export type FeatureVector = Map<string, number>

export interface PhraseIndex {
  /** Normalized, kana-folded phrase → label and weight. */
  entries: { text: string; label: string; weight: number }[]
}

// The feature set, chosen by 5-fold CV on intents/ (`npm run eval`). Kept as switches so the next
// experiment is one edit; the values are part of the model's source hash, so a change forces a
// rebuild. Tried and not better: word bigrams, reading 4-grams, content-words-only readings, all
// surface 3-grams, heavier word or phrase weights, subject and age-group features (for the abuse
// pairs; re-tried with 2,800 examples: no gain).
export const featureFlags = {
  surface: true,
  bigrams: false,
  reading3: true,
  contentOnly: false,
  wordWeight: 1,
  phraseWeight: 1,
  reading: true,
  surfaceAll: false,
  reading4: false,
  /** Words and character grams of Latin, Hangul and Devanagari text (src/nlu/foreign-features.ts). */
  foreign: true,
  /** Kanji grams over Han folded Traditional → Simplified. */
  foldHan: true,
  /** Consonant skeletons of a Nepali text's words, romanised or Devanagari (src/nlu/foreign-features.ts). */
  nepaliSkeleton: true,
  /** The concept lexicon's features (intents/concepts/, phrases labelled `@concept`). */
  concepts: true,
  /**
   * Phrases are matched across the spaces やさしい日本語 puts between Japanese words (「おなかを すかせて」
   * meets 「おなかをすかせ」); a space between Latin words stays a word boundary.
   */
  joinJapaneseSpaces: true,
  /** A staff phrase in kanji also matches its reading in kana (「認知症」 → にんちしょう), as concepts do. */
  phraseReadings: true,
}
const NEGATION = new Set(['ない', 'ぬ', 'ん', 'たい'])
const KANJI = /[\u3400-\u9fff\uf900-\ufaff々〆]/
/** KANJI.test of the one code unit `c` (々 is U+3005, 〆 U+3006). */
export const isKanjiUnit = (c: number): boolean =>
  (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff) || c === 0x3005 || c === 0x3006

/** s.slice(i, i + n) starts and ends on whole characters (no half of a surrogate pair at either edge). */
const whole = (s: string, i: number, n: number) =>
  !isLowSurrogate(s.charCodeAt(i)) && !isHighSurrogate(s.charCodeAt(i + n - 1))
/** Hoisted: a regex literal is a new RegExp object each time it is evaluated. */
const BLANK_OR_DIGITS = /^[\s\d]+$/
const SKIP_POS = new Set(['記号', '助詞', 'フィラー'])
const PUNCT = /[\s、。,.!?！？・…「」『』（）()【】[\]{}:：;；"'`＂＇/\\|ー-]/g

/**
 * Where a resident lives says nothing about what worries them, but with ~100 examples a label a
 * classifier would learn 「武蔵小杉」 as a sign of whatever label used it. Places are masked first.
 */
export type PlaceMasker = (normalized: string) => string

export const analyzeText = (tokenizer: JaTokenizer, text: string, mask?: PlaceMasker): Analysis => {
  const normalized = normalizeText(text)
  const featureText = mask ? mask(normalized) : normalized
  return { ...analysisOf(featureText, tokenizer.tokenize(featureText)), normalized }
}

/** An analysis of already-tokenized text (also used for one clause of a message). */
export const analysisOf = (featureText: string, tokens: Token[]): Analysis => {
  let reading = ''
  for (const t of tokens) {
    if (t.pos === '記号') continue
    // Particles and politeness (です・ます) say little about the concern: leave them out of the grams.
    if (featureFlags.contentOnly && (t.pos === '助詞' || (t.pos === '助動詞' && !NEGATION.has(t.base)))) {
      reading += ' '
      continue
    }
    reading += KANJI.test(t.surface) ? t.reading : toKatakana(t.surface)
  }
  const r = reading.replace(PUNCT, ' ').replace(/ +/g, ' ').trim()
  return { normalized: featureText, featureText, tokens, reading: r }
}

const JA = '[\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Han}ー]'
/** Spaces between two Japanese characters (やさしい日本語's word spacing). */
const JAPANESE_SPACE = new RegExp(`(?<=${JA})[ \\u3000]+(?=${JA})`, 'gu')

const add = (v: FeatureVector, f: string, x = 1) => v.set(f, (v.get(f) ?? 0) + x)

// A gram's feature name made from code units at once: `${prefix}:${s.slice(i, i + n)}` made the slice
// and then the prefixed copy (two strings per gram, the first garbage at once), this makes the one
// string, unit for unit the same (a slice cuts code units alike).
const C = 0x63 // 'c'
const K = 0x6b // 'k'
const COLON = 0x3a
const gram2 = (prefix: number, s: string, i: number) =>
  String.fromCharCode(prefix, COLON, s.charCodeAt(i), s.charCodeAt(i + 1))
const gram3 = (prefix: number, s: string, i: number) =>
  String.fromCharCode(prefix, COLON, s.charCodeAt(i), s.charCodeAt(i + 1), s.charCodeAt(i + 2))

// Only a phrase whose first two characters the text has, side by side, can occur in it. Testing those
// alone finds the very same matches, added in the same order (so every sum, and every score, is bit for
// bit the same), where testing each of the ~1,300 phrases was 14 % of analyze(). Keyed by the first
// character alone, an English word met every phrase that starts with any of its letters (~130
// candidates per text, half of extractFeatures on a long English message); by the first two, a
// handful. A one-character phrase is keyed by its character. Entries are never changed once built.
// The candidates are marked in a byte per phrase (so each comes once) and listed as they are met, and
// the short list is sorted: the phrases in index order. Reading every mark back between the first and
// the last candidate walked most of the ~2,900 phrases for each clause of a long English message.
interface PhraseLookup {
  /** Character code → the phrases of that one character ('' under -1: never built by buildPhraseIndex). */
  byChar: Map<number, number[]>
  /** First character's code → second character's code → the longer phrases that start so. */
  byPair: Map<number, Map<number, number[]>>
  mark: Uint8Array
  /** The candidates met so far (scratch, grown when a text meets more). */
  met: Int32Array
  /** isLatinNeedle of each phrase's text, kept here so matching need not look it up by text. */
  latin: Uint8Array
}
const phrasesByFirstChars = new WeakMap<PhraseIndex['entries'], PhraseLookup>()

const lookupOf = (entries: PhraseIndex['entries']): PhraseLookup => {
  let lookup = phrasesByFirstChars.get(entries)
  if (!lookup) {
    const byChar = new Map<number, number[]>()
    const byPair = new Map<number, Map<number, number[]>>()
    const push = <K>(map: Map<K, number[]>, key: K, i: number) => {
      const list = map.get(key)
      if (list) list.push(i)
      else map.set(key, [i])
    }
    for (const [i, p] of entries.entries()) {
      // '' would be in every text: keyed so every text meets it.
      if (p.text.length < 2) push(byChar, p.text.length > 0 ? p.text.charCodeAt(0) : -1, i)
      else {
        const first = p.text.charCodeAt(0)
        const second = byPair.get(first) ?? new Map<number, number[]>()
        byPair.set(first, second)
        push(second, p.text.charCodeAt(1), i)
      }
    }
    lookup = {
      byChar,
      byPair,
      mark: new Uint8Array(entries.length),
      met: new Int32Array(64),
      latin: Uint8Array.from(entries, (p) => (isLatinNeedle(p.text) ? 1 : 0)),
    }
    phrasesByFirstChars.set(entries, lookup)
  }
  return lookup
}

/** Indexes of the phrases that may occur in `hay`, in their order. */
export const phraseCandidates = (entries: PhraseIndex['entries'], hay: string): number[] => {
  const lookup = lookupOf(entries)
  const { byChar, byPair, mark } = lookup
  let met = lookup.met
  let count = 0
  const meet = (list: number[] | undefined) => {
    if (!list) return
    for (const n of list)
      if (mark[n] === 0) {
        mark[n] = 1
        if (count === met.length) {
          const more = new Int32Array(met.length * 2)
          more.set(met)
          met = lookup.met = more
        }
        met[count++] = n
      }
  }
  meet(byChar.get(-1))
  // Character codes as keys (small integers, so no number is boxed); one lookup for a character no
  // phrase starts with, as before.
  const singles = byChar.size > 0
  for (let i = 0; i < hay.length; i++) {
    const c = hay.charCodeAt(i)
    if (singles) meet(byChar.get(c))
    if (i + 1 < hay.length) meet(byPair.get(c)?.get(hay.charCodeAt(i + 1)))
  }
  // A typed array sorts by numeric value.
  const found = met.subarray(0, count).sort()
  const out: number[] = new Array(count)
  for (let k = 0; k < count; k++) {
    out[k] = found[k]!
    mark[found[k]!] = 0
  }
  return out
}

/** extractFeatures is synchronous, so one scratch array serves every call (grown when a vector is longer). */
let squashed = new Float64Array(256)

export const extractFeatures = (a: Analysis, phrases: PhraseIndex): FeatureVector => {
  const v: FeatureVector = new Map()
  let prev = ''
  for (const t of a.tokens) {
    if (SKIP_POS.has(t.pos)) continue
    // Readings fold kana spellings of a word together (「ぼけ」「ボケ」); kanji bases stay as written.
    const base = KANJI.test(t.base) ? t.base : toKatakana(t.base)
    if (base.length === 0 || BLANK_OR_DIGITS.test(base)) continue
    add(v, `w:${base}`)
    if (featureFlags.bigrams && prev) add(v, `b:${prev}+${base}`)
    prev = base
  }
  const r = a.reading
  if (featureFlags.reading)
    // The segments between spaces, read in place (r.split(' ') made each a string first), and each gram
    // made as one string from its code units (a slice, then the prefixed copy, made two): the same
    // features, in the same order.
    for (let start = 0; start <= r.length; ) {
      let end = r.indexOf(' ', start)
      if (end < 0) end = r.length
      for (let i = start; i + 2 <= end; i++) add(v, gram2(C, r, i))
      if (featureFlags.reading3) for (let i = start; i + 3 <= end; i++) add(v, gram3(C, r, i))
      if (featureFlags.reading4) for (let i = start; i + 4 <= end; i++) add(v, `c:${r.slice(i, i + 4)}`)
      start = end + 1
    }
  if (featureFlags.surface) {
    // Kanji carry meaning a reading loses (介/会/回 all read カイ): grams over the written form.
    const s = toKatakana(featureFlags.foldHan ? foldHan(a.featureText) : a.featureText).replace(PUNCT, '')
    // Each character tested by its code (isKanjiUnit), not as `s[i]`: a one-character string outside
    // Latin-1 is a new string each time, three per character here, for a test the code answers alike.
    let kanji = s.length > 0 && isKanjiUnit(s.charCodeAt(0))
    for (let i = 0; i < s.length; i++) {
      const nextKanji = i + 1 < s.length && isKanjiUnit(s.charCodeAt(i + 1))
      if (kanji) add(v, String.fromCharCode(K, COLON, s.charCodeAt(i)))
      // A gram never cuts a character outside the BMP in half (「买𩸽」): half a surrogate pair is no
      // text, and the prebuilt index refuses a name that is not well-formed UTF-16.
      if (i + 2 <= s.length && whole(s, i, 2) && (featureFlags.surfaceAll || kanji || nextKanji))
        add(v, gram2(K, s, i))
      kanji = nextKanji
      if (featureFlags.surfaceAll && i + 3 <= s.length && whole(s, i, 3)) add(v, `k:${s.slice(i, i + 3)}`)
    }
  }
  if (featureFlags.foreign) addForeignFeatures(a.featureText, (f) => add(v, f))
  if (featureFlags.nepaliSkeleton) addNepaliFeatures(a.featureText, (f) => add(v, f))
  if (phrases.entries.length > 0) {
    const view = phraseView(foldKana(a.featureText))
    const folded =
      featureFlags.joinJapaneseSpaces && view.includes(' ') ? view.replace(JAPANESE_SPACE, '') : view
    const { latin } = lookupOf(phrases.entries)
    for (const i of phraseCandidates(phrases.entries, folded)) {
      const p = phrases.entries[i]!
      if (!featureFlags.concepts && p.label.startsWith('@')) continue
      if (phraseIn(folded, p.text, latin[i] === 1)) add(v, `p:${p.label}`, p.weight)
    }
  }
  // Counts are squashed and the vector L2-normalized so a long message does not outweigh a short one.
  // The squashed values wait in a scratch array, so each feature's value is set once (a double in a
  // Map is a heap object: setting it twice made two), in the Map's order, with the same arithmetic.
  if (squashed.length < v.size) squashed = new Float64Array(v.size * 2)
  let norm = 0
  let k = 0
  v.forEach((x, f) => {
    const g =
      f.startsWith('w:') || f.startsWith('b:')
        ? featureFlags.wordWeight
        : f.startsWith('p:')
          ? featureFlags.phraseWeight
          : 1
    const y = Math.log1p(x) * g
    squashed[k++] = y
    norm += y * y
  })
  norm = Math.sqrt(norm) || 1
  k = 0
  v.forEach((_, f) => {
    v.set(f, squashed[k++]! / norm)
  })
  return v
}

/** How a feature reads for staff: 「物忘れ」, 「にんち」, 「phrase:dementia」. */
export const displayFeature = (f: string): string => {
  if (f.startsWith('c:')) return foldKana(f.slice(2))
  if (
    f.startsWith('w:') ||
    f.startsWith('k:') ||
    f.startsWith('x:') ||
    f.startsWith('y:') ||
    f.startsWith('z:')
  )
    return foldKana(f.slice(2))
  if (f.startsWith('b:')) return foldKana(f.slice(2))
  if (f.startsWith('p:')) return `phrase:${f.slice(2)}`
  return f
}

export const buildPhraseIndex = (
  phrases: { text: string; label: string; weight: number }[],
): PhraseIndex => ({
  entries: phrases
    .map((p) => ({ ...p, text: phraseView(foldKana(normalizeText(p.text))) }))
    .filter((p) => p.text.length > 0),
})
