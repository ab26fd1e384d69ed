import { z } from 'zod'

/** Languages the crisis layer reads besides Japanese; `ja` covers やさしい日本語 too. */
export const CRISIS_LANGUAGES = [
  'ja',
  'en',
  'zh-Hans',
  'zh-Hant',
  'ko',
  'vi',
  'tl',
  'pt',
  'es',
  'ne',
] as const
export type CrisisLanguage = (typeof CRISIS_LANGUAGES)[number]

import { LANGUAGE_NAMES as NAMES } from './language-names.ts'

// The languages a resident is answered in: the crisis layer's languages (src/core/nlu.ts) plus
// やさしい日本語, a language of its own and the fallback for a string with no translation.

export const RESIDENT_LANGUAGES = [...CRISIS_LANGUAGES, 'ja-easy'] as const
export const residentLanguageSchema = z.enum(RESIDENT_LANGUAGES)
export type ResidentLanguage = z.infer<typeof residentLanguageSchema>

export const isResidentLanguage = (v: unknown): v is ResidentLanguage =>
  typeof v === 'string' && (RESIDENT_LANGUAGES as readonly string[]).includes(v)

/** Japanese, plain or やさしい日本語: the two languages the flows are written in, not translated into. */
export const isJapanese = (lang: string | null | undefined): boolean => lang === 'ja' || lang === 'ja-easy'

/** BCP 47 tag for `lang` attributes: やさしい日本語 is Japanese to a screen reader. */
export const bcp47 = (lang: ResidentLanguage): string => (lang === 'ja-easy' ? 'ja' : lang)

/** Each language's own name (src/core/language-names.ts, shared with the web widget). */
export const LANGUAGE_NAMES: Record<ResidentLanguage, string> = NAMES

export interface LanguageReading {
  /** The language the message is written in, or null when it does not say (digits, a place name). */
  detected: ResidentLanguage | null
  /** The language the resident asked for (「English please」), which wins over `detected`. */
  requested: ResidentLanguage | null
  /**
   * Chinese with no character that differs between Simplified and Traditional (「你好」「是我自己」):
   * `detected` is then only a default, and a conversation already in Chinese keeps its variant.
   */
  chineseUnmarked?: boolean
}
