import { detect } from 'tinyld'
import { isJapanese, type LanguageReading, type ResidentLanguage } from '../core/language.ts'
import { markedLatinLanguage } from './language-markers.ts'
import { chineseUnmarked, chineseVariant, scriptVerdict } from './language-script.ts'

// Which language a message is written in, and whether it asks for one. Kana, Hangul, Devanagari and
// Han are decided by script (src/nlu/language-script.ts); Latin-script text by tinyld, limited to the
// Latin-script languages we answer in. tinyld was picked over franc, franc-min and eld on 198 short
// messages (scripts/nlu/compare-language-detectors.ts): 0.985 behind the script step, like eld, at a
// third of eld's size (docs/languages.md has the table).

const LATIN_LANGUAGES = ['en', 'vi', 'tl', 'pt', 'es'] as const

/** What a message in Latin letters may be read as: tinyld's five, and romanised Nepali by its marker words. */
export const LATIN_SCRIPT_LANGUAGES: ReadonlySet<string> = new Set([...LATIN_LANGUAGES, 'ne'])

/** Fewer Latin letters than this (「OK」「Kawasaki-ku」) do not say which language the resident writes. */
const MIN_LATIN_LETTERS = 10
const MIN_LATIN_WORDS = 2

/** 「English please」「日本語で」「中文」: a language named in a short message is a request for it. */
const REQUESTS: [RegExp, ResidentLanguage | 'zh'][] = [
  [/やさしい ?(日本語|にほんご)|easy japanese|簡単な日本語|かんたんな ?にほんご/i, 'ja-easy'],
  [/日本語|にほんご|japanese|nihongo/i, 'ja'],
  [/english|英語|えいご|영어|英文/i, 'en'],
  [/简体|簡体/, 'zh-Hans'],
  [/繁體|繁体/, 'zh-Hant'],
  [/中文|汉语|漢語|普通话|普通話|中国語|chinese/i, 'zh'],
  [/한국어|한국말|korean|韓国語/i, 'ko'],
  [/ti[eế]ng vi[eệ]t|vietnamese|ベトナム語/i, 'vi'],
  [/tagalog|filipino|タガログ語/i, 'tl'],
  [/portugu[eê]s|portuguese|ポルトガル語/i, 'pt'],
  [/espa[nñ]ol|spanish|castellano|スペイン語/i, 'es'],
  [/नेपाली|nepali|ネパール語/i, 'ne'],
]

/** A request names a language in a short message; a long one that mentions 英語 is about something else. */
const MAX_REQUEST_LENGTH = 40

export const requestedLanguage = (text: string): ResidentLanguage | null => {
  const t = text.trim()
  if (t.length === 0 || t.length > MAX_REQUEST_LENGTH) return null
  for (const [re, lang] of REQUESTS) {
    if (!re.test(t)) continue
    return lang === 'zh' ? chineseVariant(t) : lang
  }
  return null
}

/**
 * A romanised syllable run as names are spelled, with Hepburn's doubled consonants (Hatchōnawate, Sakko): one notion for
 * both readers below (a message of names alone, and names inside a sentence). `npm run eval -- --language-authors` read
 * the same with it as with the stricter run without doubled consonants that onlyPlaceNames used before (dialogs18).
 */
const ROMAJI_NAME = /^(?:(?:[kgsztdnhbpmr]y?|sh|ch|j|ts|f|w|y)?[aeiou]|n|[kstp](?=[kstp]|ch))+$/
const PLACE_WORDS = new Set(['ku', 'ward', 'station', 'eki', 'city', 'shi', 'cho', 'machi'])

/**
 * 「Miyamae. Saginuma」「Kawasaki-ku, Ogishima」: Japanese place names in Latin letters (romanised
 * syllables, with ku/ward/station) say nothing about the resident's language; tinyld read the first
 * as Spanish and the conversation switched. Words under four letters that are not place words
 * (「po」「ang」) are never taken for names.
 */
const onlyPlaceNames = (text: string): boolean => {
  // Hepburn's macrons (Ōkura) are folded; any other mark (「chào buổi chiều」) is the language's own.
  const words = text
    .toLowerCase()
    .replace(/[āēīōū]/g, (c) => c.normalize('NFD')[0]!)
    .split(/[^\p{L}]+/u)
    .filter(Boolean)
  return words.length > 0 && words.every((w) => PLACE_WORDS.has(w) || (w.length >= 4 && ROMAJI_NAME.test(w)))
}

/**
 * 「Estamos em Kawasaki-ku perto de Hatchonawate」: a Japanese name in Latin letters inside a sentence (a
 * ward with -ku, a word before ku/ward/station, a capitalised romanised word after the first) says
 * nothing about the resident's language, yet tinyld read that one as Tagalog and the answer switched
 * mid-conversation. They are left out of what tinyld reads and of the letters counted; a message of
 * names alone stays undecided, as onlyPlaceNames already keeps it.
 */
const withoutJapaneseNames = (text: string): string => {
  const words = text.split(/\s+/).filter(Boolean)
  const kept = words.filter((raw, i) => {
    const w = raw.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '')
    const bare = w.toLowerCase()
    if (bare === '') return true
    if (/-(?:ku|shi|cho|machi|eki)$/.test(bare)) return false
    if (PLACE_WORDS.has(bare) && i > 0) return false
    const next = words[i + 1]?.replace(/[^\p{L}]+/gu, '').toLowerCase()
    const named = next !== undefined && PLACE_WORDS.has(next)
    const capitalised = i > 0 && /^\p{Lu}/u.test(w) && !/[.!?]$/.test(words[i - 1]!)
    const romanised = bare.length >= 4 && bare.split('-').every((part) => ROMAJI_NAME.test(part))
    return !(romanised && (named || capitalised))
  })
  return kept.length === words.length ? text : kept.join(' ')
}

/** Portuguese and Spanish share á â ê ô ã õ ç with it; these only Vietnamese writes. */
const VIETNAMESE_LETTERS = /[ăđơưĩũĂĐƠƯĨŨ\u1ea0-\u1ef9]/u

/** The reader with a given marker-word reader (an evaluation swaps in words learned without an author). */
export const createLanguageReader =
  (marked: (text: string) => ResidentLanguage | null = markedLatinLanguage) =>
  (text: string): LanguageReading => {
    const requested = requestedLanguage(text)
    const v = scriptVerdict(text)
    if (v.kind === 'language')
      return v.lang === 'zh-Hans' && chineseUnmarked(text)
        ? { detected: v.lang, requested, chineseUnmarked: true }
        : { detected: v.lang, requested }
    if (v.kind !== 'latin') return { detected: null, requested }
    // Letters only Vietnamese writes (ơ ư ă đ, a dot below, a hook above): 「bắt đầu lại」「dạ em cảm ơn」.
    if (VIETNAMESE_LETTERS.test(text)) return { detected: 'vi', requested }
    // Marker words first: romanised Nepali, Taglish, Spanish against Portuguese, a bare greeting.
    const byMarkers = marked(text)
    if (byMarkers) return { detected: byMarkers, requested }
    if (onlyPlaceNames(text)) return { detected: null, requested }
    const read = withoutJapaneseNames(text)
    const letters = read === text ? v.letters : (read.match(/\p{L}/gu) ?? []).length
    const words = read === text ? v.words : read.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length
    if (letters >= MIN_LATIN_LETTERS && words >= MIN_LATIN_WORDS) {
      const lang = detect(read, { only: [...LATIN_LANGUAGES] })
      return {
        detected: (LATIN_LANGUAGES as readonly string[]).includes(lang) ? (lang as ResidentLanguage) : null,
        requested,
      }
    }
    return { detected: null, requested }
  }

export const readLanguage = createLanguageReader()

/**
 * The conversation's language after this message: an explicit request first, then what the message
 * is written in. Kana with spaces (やさしい日本語) keeps a conversation already in やさしい日本語 there,
 * and plain Japanese from someone in やさしい日本語 mode keeps the mode too: they asked for it.
 */
export const nextLanguage = (current: ResidentLanguage, reading: LanguageReading): ResidentLanguage => {
  if (reading.requested) return reading.requested
  const d = reading.detected
  if (d === null) return current
  if (isJapanese(d) && isJapanese(current)) return current
  if (reading.chineseUnmarked && (current === 'zh-Hans' || current === 'zh-Hant')) return current
  if (d === 'ja-easy') return 'ja-easy'
  return d
}
