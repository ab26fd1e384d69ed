import { isResidentLanguage, type ResidentLanguage } from '../core/language.ts'
import type { LocaleBook } from './locale-book.ts'
import { uiText } from './localize-turn.ts'
import { WIDGET_KEYS } from './ui-keys.ts'

// The widget's frame (title, input, buttons) in one language, for GET /widget/locale/<lang>.json: the
// widget carries only Japanese and fetches the resident's language when it is needed, so widget.js
// stays small. Missing keys fall back like every other string (やさしい日本語, then Japanese).

export type WidgetStrings = Record<(typeof WIDGET_KEYS)[number], string>

export const widgetStrings = (book: LocaleBook, lang: ResidentLanguage): WidgetStrings =>
  Object.fromEntries(WIDGET_KEYS.map((k) => [k, uiText(book, lang, `ui.widget.${k}`)])) as WidgetStrings

/** `en.json` → `en`; null for anything that is not a language we answer in. */
export const widgetLocaleLang = (file: string): ResidentLanguage | null => {
  const lang = /^([A-Za-z-]{2,10})\.json$/.exec(file)?.[1]
  return isResidentLanguage(lang) ? lang : null
}
