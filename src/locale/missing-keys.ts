import { RESIDENT_LANGUAGES } from '../core/language.ts'
import type { FlowSet } from '../flow/flow-set.ts'
import { flowTexts } from './flow-texts.ts'
import { LOCALES_DIR, type LocaleBook } from './locale-book.ts'
import { UI_KEYS } from './ui-keys.ts'

// What `flows -- check` warns about: keys a language lacks (a resident then reads the やさしい日本語
// text, or the Japanese one), and keys no source has any more (left over after a flow changed).

/** UI keys flows/locales/ja.yaml must hold: it is their Japanese source. */
export const missingUiKeys = (book: LocaleBook): string[] => UI_KEYS.filter((k) => !book.ja?.[k])

export interface LocaleWarning {
  file: string
  key: string
  message: string
}

export const localeWarnings = (flows: FlowSet, flowsDir = 'flows'): LocaleWarning[] => {
  const book = flows.locales
  if (!book) return []
  const keys = [...flowTexts(flows).map((t) => t.key), ...UI_KEYS]
  const known = new Set(keys)
  const out: LocaleWarning[] = []
  for (const lang of RESIDENT_LANGUAGES) {
    if (lang === 'ja') continue
    const file = `${flowsDir}/${LOCALES_DIR}/${lang}.yaml`
    const texts = book[lang]
    if (!texts) {
      out.push({
        file,
        key: '(file)',
        message: 'ファイルがありません。すべての文言がやさしい日本語で表示されます',
      })
      continue
    }
    const fallback = lang === 'ja-easy' ? '日本語' : 'やさしい日本語'
    for (const key of keys)
      if (!texts[key]) out.push({ file, key, message: `翻訳がありません（${fallback}で表示されます）` })
    for (const key of Object.keys(texts))
      if (!known.has(key))
        out.push({
          file,
          key,
          message: '使われていないキーです。フローの変更で消えた文言なら削除してください',
        })
  }
  return out
}

/**
 * One line per language file and kind of warning, for `flows -- check` without --verbose: a count
 * of missing keys (and of unused ones) instead of a line per key, so real problems are not lost.
 */
export const summarizeLocaleWarnings = (warnings: LocaleWarning[]): LocaleWarning[] => {
  const groups = new Map<string, LocaleWarning[]>()
  for (const w of warnings) {
    const id = `${w.file}\u0000${w.message}`
    groups.set(id, [...(groups.get(id) ?? []), w])
  }
  return [...groups.values()].map((ws) => {
    const first = ws[0]!
    if (ws.length === 1 || first.key === '(file)') return first
    return {
      file: first.file,
      key: `${ws.length} 個のキー`,
      message: `${first.message}。キーの一覧は npm run flows -- check --verbose で表示します`,
    }
  })
}

/**
 * A translation that names a placeholder its Japanese source does not have (`{concen}` for
 * `{concern}`) would show the braces to residents: an error, named by file and key.
 */
export const placeholderProblems = (flows: FlowSet, flowsDir = 'flows'): LocaleWarning[] => {
  const book = flows.locales
  if (!book) return []
  const sources = new Map<string, string>(flowTexts(flows).map((t) => [t.key, t.text]))
  for (const key of UI_KEYS) if (book.ja?.[key]) sources.set(key, book.ja[key]!)
  const names = (text: string) => new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!))
  const out: LocaleWarning[] = []
  for (const lang of RESIDENT_LANGUAGES) {
    if (lang === 'ja') continue
    for (const [key, text] of Object.entries(book[lang] ?? {})) {
      const source = sources.get(key)
      if (source === undefined) continue
      const allowed = names(source)
      const unknown = [...names(text)].filter((n) => !allowed.has(n))
      if (unknown.length > 0)
        out.push({
          file: `${flowsDir}/${LOCALES_DIR}/${lang}.yaml`,
          key,
          message: `${unknown.map((n) => `{${n}}`).join('・')} は元の文にない差し込みです（住民にそのまま表示されます）。${allowed.size > 0 ? `使えるのは ${[...allowed].map((n) => `{${n}}`).join('・')} です` : 'この文では差し込みは使えません'}`,
        })
    }
  }
  return out
}
