// Text normalization before tokenizing and matching. Residents type on phones: half-width katakana,
// full-width digits, stretched vowels (「つらーい」「しにたぁい」), emoji and decorations. All of these
// must reach the same features as the plain spelling.

const SMALL_TO_VOWEL: Record<string, string> = { ぁ: 'a', ぃ: 'i', ぅ: 'u', ぇ: 'e', ぉ: 'o' }
// The vowel each hiragana ends in, to recognise 「たぁ」 (stretch) apart from 「ふぁ」 (a real sound).
const VOWEL_ROWS: [string, string][] = [
  ['a', 'あかさたなはまやらわがざだばぱゃ'],
  ['i', 'いきしちにひみりぎじぢびぴ'],
  ['u', 'うくすつぬふむゆるぐずづぶぷゅ'],
  ['e', 'えけせてねへめれげぜでべぺ'],
  ['o', 'おこそとのほもよろをごぞどぼぽょ'],
]
const vowelOf = new Map<string, string>()
for (const [v, chars] of VOWEL_ROWS) for (const c of chars) vowelOf.set(c, v)

// Emoji, pictographs, dingbats, arrows, box drawing, misc symbols, variation selectors, ZWJ.
const DECORATION =
  /[\u{1F000}-\u{1FAFF}\u{2190}-\u{21FF}\u{2300}-\u{23FF}\u{2500}-\u{27BF}\u{2B00}-\u{2BFF}\u{2060}\u{2605}\u{2606}\u{266A}\u{266B}\u{2661}\u{2665}]/gu
// Variation selectors, zero-width joiners and emoji tag characters: removed without a trace.
const JOINERS = /\u200B|\u200C|\u200D|[\uFE00-\uFE0F]|\uDB40[\uDC20-\uDC7F]/g
const HIRA = '\u3041-\u3096'

// Characters that carry no letter but can hide one: C0/C1 controls (NUL included), the soft hyphen,
// the combining grapheme joiner, bidi marks and embeddings, zero-width and invisible operators, the
// BOM, interlinear annotation marks, Mongolian free variation selectors, tags and the supplementary
// variation selectors. Whitespace controls (tab, newline) become a space; the rest vanish, so that
// 「死\u00ADに\u200Eたい」 reads 「死にたい」. Lone surrogates are dropped the same way (see sanitize).
const INVISIBLE_RANGES: [number, number][] = [
  [0x0000, 0x0008],
  [0x000e, 0x001f],
  [0x007f, 0x009f],
  [0x00ad, 0x00ad],
  [0x034f, 0x034f],
  [0x061c, 0x061c],
  [0x115f, 0x1160],
  [0x17b4, 0x17b5],
  [0x180b, 0x180f],
  [0x200b, 0x200f],
  [0x202a, 0x202e],
  [0x2060, 0x206f],
  [0x3164, 0x3164],
  [0xfe00, 0xfe0f],
  [0xfeff, 0xfeff],
  [0xffa0, 0xffa0],
  [0xfff9, 0xfffd],
  [0xe0000, 0xe007f],
  [0xe0100, 0xe01ef],
]
// Built from code points: a regex literal with these characters would be unreadable (and linted).
const INVISIBLE = new RegExp(
  `[${INVISIBLE_RANGES.map(([a, b]) => `\\u{${a.toString(16)}}-\\u{${b.toString(16)}}`).join('')}]`,
  'gu',
)
// Half a surrogate pair (a string cut in the middle of an emoji, or a fuzzer): no character at all.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g
const CONTROL_SPACE = /[\t\n\v\f\r\u0085\u2028\u2029]/g
// A combining mark has no business after kanji or kana (「死\u0301にたい」): NFKC has already merged the
// real voicing marks (か+゛→が), so what is left is noise. Marks after Latin or Devanagari are
// letters of those scripts and stay; Hangul, like kana, has none.
const STRAY_MARKS =
  /(^|[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}ー\s\p{P}\p{S}\d])\p{M}+/gu

/**
 * Makes any string safe to tokenize and match: never throws, whatever the input (lone surrogates,
 * NUL, bidi overrides, a megabyte of marks). Nothing else in the NLU may see raw input.
 */
export const sanitizeText = (input: string): string => {
  let s = typeof input === 'string' ? input : String(input ?? '')
  s = s.replace(LONE_SURROGATE, '')
  s = s.replace(CONTROL_SPACE, ' ').replace(INVISIBLE, '')
  s = s.normalize('NFKC')
  // NFKC can bring back nothing invisible, but marks may now stand after kana; loop for stacked marks.
  return s.replace(STRAY_MARKS, '$1')
}

// normalizeText's patterns and replacers, made once at load: a regex literal inside a function is a new
// RegExp object each time it is evaluated, `new RegExp(…)` a new source string and object too, and an
// arrow a new closure; every message went through all of them.
const WAVES = /[〜～~]+/g
const DASHES = /[‐‑‒–—―−ｰ─━]/g
const HYPHEN_LIKE = /[‐‑‒–—−]/
const dashAs = (c: string) => (HYPHEN_LIKE.test(c) ? '-' : 'ー')
const DIGIT_BAR_DIGIT = /(\d)ー(?=\d)/g
const BARS = /ー{2,}/g
const SOKUONS = /っ{2,}/g
const KATA_SOKUONS = /ッ{2,}/g
const HIRA_BAR = new RegExp(`([${HIRA}])ー`, 'g')
const SMALL_VOWEL = /([\u3041-\u3096])([ぁぃぅぇぉ])/g
const smallVowelAs = (m: string, prev: string, small: string) =>
  vowelOf.get(prev) === SMALL_TO_VOWEL[small] ? prev : m
const EMPHATIC_SOKUON = /[っッ](?=$|[!?。、.,!?…・ー]|\s+(?![\s\u3041-\u30ff\u4e00-\u9fff])|\s*$)/g
const MARKS = /[!?！？]{2,}/g
const ELLIPSES = /[…‥]+/g
const DOTS = /\.{3,}/g
const SPACES = /\s+/g

/**
 * Sanitized, NFKC, lower case, decorations removed, stretch marks folded. Keeps kanji and kana as
 * written (the reading string handles kana/kanji spelling differences), keeps punctuation that splits
 * clauses.
 */
export const normalizeText = (input: string): string => {
  let s = sanitizeText(input).toLowerCase()
  s = s.replace(JOINERS, '').replace(DECORATION, ' ')
  // Wave dashes and tildes used as stretch marks: 「つら〜い」. NFKC turns 〜 into ~ in some fonts.
  s = s.replace(WAVES, 'ー')
  s = s.replace(DASHES, dashAs)
  // A long-vowel mark between digits is a hyphen typed on a phone: 「〒２１４ー００１４」.
  s = s.replace(DIGIT_BAR_DIGIT, '$1-')
  // Runs of the same stretch mark or sokuon: 「ーーー」「っっ」.
  s = s.replace(BARS, 'ー').replace(SOKUONS, 'っ').replace(KATA_SOKUONS, 'ッ')
  // A long-vowel mark after hiragana is a stretch (「すごーい」), not part of a word as in katakana.
  s = s.replace(HIRA_BAR, '$1')
  // A small vowel that repeats the previous kana's vowel is a stretch: 「たぁ」「いぃ」.
  s = s.replace(SMALL_VOWEL, smallVowelAs)
  // A sokuon before punctuation or the end is emphasis: 「死にたいっ」. Before a space it is emphasis
  // only when no kana or kanji follows: 「持っ\nて」 is one word broken by a line.
  s = s.replace(EMPHATIC_SOKUON, '')
  // Repeated exclamation/question/ellipsis and whitespace collapse.
  s = s.replace(MARKS, '!').replace(ELLIPSES, '…').replace(DOTS, '…')
  s = s.replace(SPACES, ' ').trim()
  return s
}

const KATAKANA = /[\u30a1-\u30f6]/g
const hiraganaOf = (c: string) => String.fromCharCode(c.charCodeAt(0) - 0x60)
/** Katakana → hiragana, for matching lexicons written in hiragana against any kana spelling. */
export const foldKana = (s: string): string => s.replace(KATAKANA, hiraganaOf)

/** ヶ/ヵ/が/ガ between kanji in place names all mean ケ (梶ヶ谷, 梶が谷, 梶ケ谷). */
export const foldPlaceKe = (s: string): string =>
  s.replace(/([\u4e00-\u9fff])[ヶヵがガけ]([\u4e00-\u9fff])/g, '$1ケ$2')
