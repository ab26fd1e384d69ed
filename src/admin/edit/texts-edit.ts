import type { Document } from 'yaml'
import type { VersionFile } from '../../core/console-store.ts'
import { DataFileError } from '../../core/errors.ts'
import { isJapanese, RESIDENT_LANGUAGES, type ResidentLanguage } from '../../core/language.ts'
import type { FlowSet } from '../../flow/flow-set.ts'
import { parseFlows } from '../../flow/parse.ts'
import { flowTexts } from '../../locale/flow-texts.ts'
import { type LocaleBook, parseLocales } from '../../locale/locale-book.ts'
import { UI_KEYS } from '../../locale/ui-keys.ts'
import { splitProjectFiles } from '../../project/project.ts'
import type { FileProblem } from '../validate.ts'
import { editFile } from './yaml-text.ts'

// "What the bot says": every text a resident reads, by key, with its Japanese source (a flow file
// for flow texts, flows/locales/ja.yaml for the screens' own words) and its translation in each
// language (flows/locales/<lang>.yaml). A language without a key shows the やさしい日本語 text, so
// a missing translation is shown as missing, never as an empty string.

export const LOCALES = 'flows/locales'
/** やさしい日本語 first: it is what a resident reads when their language has no translation. */
export const translatedLanguages: ResidentLanguage[] = [
  'ja-easy',
  ...RESIDENT_LANGUAGES.filter((l) => !isJapanese(l)),
]

export interface TextRow {
  key: string
  /** Where the Japanese source lives; null when it is in the program (ward names, parser labels). */
  sourceFile: string | null
  source: string
  /** lang → text; absent when that language has no translation. */
  texts: Partial<Record<ResidentLanguage, string>>
}

const localePath = (lang: ResidentLanguage) => `${LOCALES}/${lang}.yaml`

const parsed = (files: VersionFile[]): { set: FlowSet; book: LocaleBook } | FileProblem[] => {
  const { flows, locales } = splitProjectFiles(files)
  try {
    return { set: parseFlows(flows), book: locales.length > 0 ? parseLocales(locales) : {} }
  } catch (err) {
    if (err instanceof DataFileError)
      return err.issues.map((i) => ({ file: err.file, path: i.path, message: i.message, severity: 'error' }))
    throw err
  }
}

/** Every key with its source and translations; or the problems that stop the flows from parsing. */
export const textRows = (files: VersionFile[]): TextRow[] | FileProblem[] => {
  const p = parsed(files)
  if (Array.isArray(p)) return p
  const { set, book } = p
  const of = (key: string) =>
    Object.fromEntries(translatedLanguages.flatMap((l) => (book[l]?.[key] ? [[l, book[l]![key]!]] : [])))
  return [
    ...flowTexts(set).map((t) => ({
      key: t.key,
      sourceFile: t.file.startsWith('src/') ? null : t.file,
      source: t.text,
      texts: of(t.key),
    })),
    ...UI_KEYS.map((key) => ({
      key,
      sourceFile: localePath('ja'),
      source: book.ja?.[key] ?? '',
      texts: of(key),
    })),
  ]
}

/** Where a flow text's Japanese sits in its file (`nodes.ask_ward.choices.nakahara` → a list index). */
export const sourcePath = (set: FlowSet, key: string): (string | number)[] | null => {
  const [head, id, part, sub] = key.split('.')
  if (head === 'handlers') return key.split('.')
  if (head === 'concern_names') return ['concern_names', id!]
  if (head === 'menu') {
    const i = set.menu.findIndex((m) => ('concern' in m ? m.concern : m.goto) === id)
    return i >= 0 ? ['menu', i, 'label'] : null
  }
  if (head !== 'nodes' || !id) return null
  const node = set.nodes[id]
  if (!node) return null
  if (part === 'text') return ['nodes', id, 'text']
  if (part === 'choices' && (node.type === 'ask' || node.type === 'classify')) {
    const choices = (node.choices ?? []) as { value?: string; concern?: string }[]
    const seen = new Map<string, number>()
    const i = choices.findIndex((c) => {
      if (node.type === 'ask') return c.value === sub
      const n = (seen.get(c.concern!) ?? 0) + 1
      seen.set(c.concern!, n)
      return (n === 1 ? c.concern : `${c.concern}_${n}`) === sub
    })
    return i >= 0 ? ['nodes', id, 'choices', i, 'label'] : null
  }
  if (part === 'add' && node.type === 'route') {
    const i = (node.add ?? []).findIndex((a) => a.id === sub)
    return i >= 0 ? ['nodes', id, 'add', i, 'reason'] : null
  }
  return null
}

/** Deletes a key and the maps it leaves empty, so a removed translation leaves no `{}` behind. */
const deleteKey = (doc: Document, path: string[]) => {
  doc.deleteIn(path)
  for (let n = path.length - 1; n > 0; n--) {
    const parent = doc.getIn(path.slice(0, n)) as { items?: unknown[] } | undefined
    if (parent && Array.isArray(parent.items) && parent.items.length === 0) doc.deleteIn(path.slice(0, n))
    else break
  }
}

/**
 * The files with one key's texts set: `source` (Japanese, required when editable) and one text per
 * language, where an empty one removes the translation (the resident then reads やさしい日本語).
 */
export const applyTextEdit = (
  files: VersionFile[],
  key: string,
  values: { source: string; texts: Partial<Record<ResidentLanguage, string>> },
): { files: VersionFile[]; problems: FileProblem[] } => {
  const p = parsed(files)
  if (Array.isArray(p)) return { files, problems: p }
  const row = (textRows(files) as TextRow[]).find((r) => r.key === key)
  if (!row)
    return {
      files,
      problems: [{ file: LOCALES, path: key, message: `${key} という文言はありません`, severity: 'error' }],
    }
  let out = files
  const source = values.source.trim()
  if (row.sourceFile && source !== row.source) {
    if (!source)
      return {
        files,
        problems: [
          {
            file: row.sourceFile,
            path: key,
            message: '日本語（元の文）は空にできません。住民に表示する文を書いてください',
            severity: 'error',
          },
        ],
      }
    const path = row.sourceFile === localePath('ja') ? key.split('.') : sourcePath(p.set, key)
    if (!path)
      return {
        files,
        problems: [
          { file: row.sourceFile, path: key, message: 'この文言の場所が見つかりません', severity: 'error' },
        ],
      }
    out = editFile(out, row.sourceFile, (doc) => doc.setIn(path, source))
  }
  for (const lang of translatedLanguages) {
    const next = (values.texts[lang] ?? '').trim()
    if (next === (row.texts[lang] ?? '')) continue
    out = editFile(out, localePath(lang), (doc) =>
      next ? doc.setIn(key.split('.'), next) : deleteKey(doc, key.split('.')),
    )
  }
  return { files: out, problems: [] }
}

/** The language a problem is about (its locale file), 'ja' for the source, null for another file. */
export const problemLanguage = (p: FileProblem, row: TextRow): ResidentLanguage | null => {
  const m = /^flows\/locales\/([\w-]+)\.yaml$/.exec(p.file)
  if (m && (RESIDENT_LANGUAGES as readonly string[]).includes(m[1]!) && m[1] !== 'ja')
    return m[1] as ResidentLanguage
  return p.file === row.sourceFile ? 'ja' : null
}
