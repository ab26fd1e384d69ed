import { z } from 'zod'
import { DataFileError } from '../core/errors.ts'
import { isResidentLanguage, type ResidentLanguage } from '../core/language.ts'
import type { ProjectFile } from '../core/source-file.ts'
import { readYaml } from '../project/yaml-file.ts'

// flows/locales/<lang>.yaml: what residents read, per language, beside the flows staff edit. Japanese
// is the source: flow texts stay in flows/*.yaml and the renderers' own words (受付時間, 電話をかける...)
// in flows/locales/ja.yaml. A file mirrors the shape of what it translates (handlers.greeting,
// nodes.<id>.text, nodes.<id>.choices.<value>, ui.call), and is read into flat dotted keys.

export const LOCALES_DIR = 'locales'

type Tree = { [key: string]: string | Tree }
const treeSchema: z.ZodType<Tree> = z.lazy(() =>
  z.record(
    z.string(),
    z.union([
      z
        .string()
        .min(1, '空の文です。翻訳のないときの文（やさしい日本語）を使うなら、この行を削除してください'),
      treeSchema,
    ]),
  ),
)

/** lang → dotted key → text. */
export type LocaleBook = Partial<Record<ResidentLanguage, Record<string, string>>>

const flatten = (tree: Tree, prefix: string, out: Record<string, string>) => {
  for (const [k, v] of Object.entries(tree)) {
    const key = prefix ? `${prefix}.${k}` : k
    if (typeof v === 'string') out[key] = v
    else flatten(v, key, out)
  }
  return out
}

/** The language a locale file is for, from its name (flows/locales/zh-Hans.yaml → zh-Hans). */
export const localeFileLang = (path: string): string => path.replace(/^.*\//, '').replace(/\.ya?ml$/, '')

export const parseLocales = (files: ProjectFile[]): LocaleBook => {
  const book: LocaleBook = {}
  for (const file of files) {
    const lang = localeFileLang(file.path)
    if (!isResidentLanguage(lang))
      throw new DataFileError(file.path, [
        {
          path: '(file)',
          message: `「${lang}」は対応していない言語です。ファイル名を ja, ja-easy, en, zh-Hans, zh-Hant, ko, vi, tl, pt, es, ne のどれかにしてください`,
        },
      ])
    const parsed = treeSchema.safeParse(readYaml(file) ?? {})
    if (!parsed.success)
      throw new DataFileError(
        file.path,
        parsed.error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message })),
      )
    book[lang] = flatten(parsed.data, '', {})
  }
  return book
}

/**
 * The text for a key in a language: its translation, else the やさしい日本語 one, else the Japanese
 * source. Never empty: the source always exists.
 */
export const lookup = (book: LocaleBook, lang: ResidentLanguage, key: string, source: string): string => {
  if (lang === 'ja') return book.ja?.[key] ?? source
  return book[lang]?.[key] ?? book['ja-easy']?.[key] ?? book.ja?.[key] ?? source
}
