import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import { parse } from 'yaml'
import { z } from 'zod'
import type { ResidentLanguage } from '../../src/core/language.ts'
import { parseIntentCorpusFiles } from '../../src/nlu/intents.ts'
import { createLanguageReader, nextLanguage } from '../../src/nlu/language.ts'
import { createMarkedLatinLanguage, latinWords, type MarkerWords } from '../../src/nlu/language-markers.ts'
import { scriptVerdict } from '../../src/nlu/language-script.ts'
import { pctOf } from './dialog-eval.ts'
import { readCorpusFiles, readJsonl, repoRoot } from './io.ts'

// Marker words learned from the foreign authors' texts, beside the hand lists of
// src/nlu/language-markers.ts. The hand lists were written from the errors of the authors we had, so
// they say little about the next author; a word learned by a fixed rule can be measured on an author it
// was not learned from (`npm run eval -- --language-authors`: each author held out in turn).
//
// The rule: a folded Latin word (no diacritics, lower case) that at least MIN_TEXTS texts of one language
// write and no text of any other language does (English, and every language's Latin-script texts,
// count as others), at least two letters long. English loan words (school, care, hospital) and romanised
// Japanese terms (kaigo, kuyakusho) are written in several languages' texts, so they are never learned.

/** The Latin-script languages marker words may name (English is tinyld's). */
const LEARNED = ['ne', 'tl', 'es', 'pt', 'vi'] as const
const MIN_TEXTS = 3
/** Two authors at least: a word one author favours (an English word in one Taglish writer's texts) is not learned. */
const MIN_AUTHORS = 2

export interface AuthoredText {
  text: string
  lang: string
  /** The corpus file's author (t4…), the dialog file (dd2…) or the fixture's name. */
  author: string
  /** A dialog's turn after the first: the conversation is already in the dialog's language. */
  later?: boolean
}

export const learnMarkerWords = (texts: { text: string; lang: string; author?: string }[]): MarkerWords => {
  const seen = new Map<string, Map<string, number>>()
  const writers = new Map<string, Set<string>>()
  for (const t of texts) {
    if (scriptVerdict(t.text).kind !== 'latin') continue
    for (const w of new Set(latinWords(t.text))) {
      if (w.length < 2) continue
      const by = seen.get(w) ?? new Map<string, number>()
      by.set(t.lang, (by.get(t.lang) ?? 0) + 1)
      seen.set(w, by)
      writers.set(w, (writers.get(w) ?? new Set()).add(t.author ?? ''))
    }
  }
  const words: Record<string, string[]> = {}
  for (const [w, by] of [...seen].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const [only, ...others] = [...by]
    if (!only || others.length > 0) continue
    const [lang, n] = only
    const learnt = n >= MIN_TEXTS && (writers.get(w)?.size ?? 0) >= MIN_AUTHORS
    if (learnt && (LEARNED as readonly string[]).includes(lang)) words[lang] = [...(words[lang] ?? []), w]
  }
  return words
}

const dialogLine = z.object({ turns: z.array(z.string()).min(1), lang: z.string().optional() })
const isForeign = (lang: string) => lang !== 'ja' && lang !== 'ja-easy'

/**
 * Every foreign-language text we may learn from, with its author: the corpus files that record a lang
 * (intents/corpus/<label>/<author>.yaml), every turn of the dev dialogs (tests/fixtures/dev-dialogs), and
 * the detector comparison's short messages.
 */
export const authoredTexts = (): AuthoredText[] => {
  const corpus = parseIntentCorpusFiles(readCorpusFiles().filter((f) => f.path.includes('/corpus/'))).flatMap(
    (c) =>
      c.examples.flatMap((e) =>
        typeof e !== 'string' && e.lang
          ? [{ text: e.text, lang: e.lang, author: basename(c.file, '.yaml') }]
          : [],
      ),
  )
  // Every turn of the dev dialogs and of the crisis corpus (dev files d1…: quiet and crisis messages alike,
  // English among them, so English words written in a Taglish text, abuse or evening, are not Tagalog's).
  const turns = (dir: string, names: string[]) =>
    names.flatMap((name) =>
      readJsonl(join(repoRoot, dir, name), dialogLine).flatMap((d) =>
        d.lang && isForeign(d.lang)
          ? d.turns.map((text, i) => ({
              text,
              lang: d.lang!,
              author: basename(name, '.jsonl'),
              later: i > 0,
            }))
          : [],
      ),
    )
  const crisisDir = 'tests/fixtures/crisis-corpus'
  const dialogs = [
    ...turns('tests/fixtures/dev-dialogs', ['dd.jsonl', 'dd2.jsonl', 'dd3.jsonl']),
    ...turns(
      crisisDir,
      readdirSync(join(repoRoot, crisisDir))
        .filter((n) => n.endsWith('.jsonl'))
        .sort(),
    ),
  ]
  const short = Object.entries(
    parse(readFileSync(join(repoRoot, 'tests/fixtures/language/short-messages.yaml'), 'utf8')) as Record<
      string,
      string[]
    >,
  ).flatMap(([lang, list]) => list.map((text) => ({ text, lang, author: 'short-messages' })))
  return [...corpus, ...dialogs, ...short].filter((t) => isForeign(t.lang))
}

const OUT = join(repoRoot, 'src/nlu/generated/language-words.ts')

/** The generated module: a plain TypeScript constant, so Node, tsx and Workers import it alike. */
export const languageWordsModule = (words: MarkerWords, texts: number): string =>
  [
    `// Generated by scripts/nlu/language-words.ts from ${texts} foreign-language texts; do not edit.`,
    '// Rebuild with npm run build:language-words after adding data.',
    '',
    'export const LEARNED_WORDS = {',
    ...Object.entries(words).map(([lang, list]) => `  '${lang}': ${JSON.stringify(list)},`),
    '}',
    '',
  ].join('\n')

/** npm run build:language-words — learns from every author and writes src/nlu/generated/language-words.ts. */
export const buildLanguageWordsMain = () => {
  const texts = authoredTexts()
  const words = learnMarkerWords(texts)
  writeFileSync(OUT, languageWordsModule(words, texts.length))
  const counts = Object.entries(words).map(([l, w]) => `${l} ${w.length}`)
  console.log(`${OUT}: ${counts.join(', ')} (from ${texts.length} texts)`)
}

/**
 * npm run eval -- --language-authors: each author held out in turn, detection with the hand lists alone
 * against the hand lists plus words learned from the other authors (never from the one scored). Counts
 * every text the author wrote (short ones apart too); a later dialog turn must keep the dialog's language.
 */
export const languageAuthorsMain = () => {
  const texts = authoredTexts()
  const handOnly = createLanguageReader(createMarkedLatinLanguage({}))
  const authors = [...new Set(texts.map((t) => t.author))].sort()
  const out = ['Language detection, each author held out (hand lists / + words learned without the author):']
  out.push('  author          texts   hand     learned   | short   hand     learned')
  const sum = { n: 0, a: 0, b: 0, sn: 0, sa: 0, sb: 0 }
  const byLang = new Map<string, { n: number; a: number; b: number }>()
  for (const author of authors) {
    const mine = texts.filter((t) => t.author === author)
    const learned = createLanguageReader(
      createMarkedLatinLanguage(learnMarkerWords(texts.filter((t) => t.author !== author))),
    )
    // From a Japanese start; a dialog's later turn (a ward, 「yes」) from the dialog's language: it must keep it.
    const right = (read: typeof handOnly, t: AuthoredText) =>
      nextLanguage(t.later ? (t.lang as ResidentLanguage) : 'ja', read(t.text)) === t.lang
    for (const t of mine) {
      const l = byLang.get(t.lang) ?? { n: 0, a: 0, b: 0 }
      byLang.set(t.lang, {
        n: l.n + 1,
        a: l.a + (right(handOnly, t) ? 1 : 0),
        b: l.b + (right(learned, t) ? 1 : 0),
      })
    }
    const short = mine.filter((t) => t.text.length >= 10 && t.text.length <= 40)
    const a = mine.filter((t) => right(handOnly, t)).length
    const b = mine.filter((t) => right(learned, t)).length
    const sa = short.filter((t) => right(handOnly, t)).length
    const sb = short.filter((t) => right(learned, t)).length
    Object.assign(sum, {
      n: sum.n + mine.length,
      a: sum.a + a,
      b: sum.b + b,
      sn: sum.sn + short.length,
      sa: sum.sa + sa,
      sb: sum.sb + sb,
    })
    out.push(
      `  ${author.padEnd(15)} ${String(mine.length).padStart(5)}   ${pctOf(a, mine.length).padEnd(8)} ${pctOf(b, mine.length).padEnd(9)} | ${String(short.length).padStart(5)}   ${pctOf(sa, short.length).padEnd(8)} ${pctOf(sb, short.length)}`,
    )
  }
  out.push(
    `  ${'all'.padEnd(15)} ${String(sum.n).padStart(5)}   ${pctOf(sum.a, sum.n).padEnd(8)} ${pctOf(sum.b, sum.n).padEnd(9)} | ${String(sum.sn).padStart(5)}   ${pctOf(sum.sa, sum.sn).padEnd(8)} ${pctOf(sum.sb, sum.sn)}`,
  )
  out.push('', 'by language, every text (hand / learned without its author):')
  for (const [l, v] of [...byLang].sort())
    out.push(`  ${l.padEnd(8)} ${String(v.n).padStart(5)}   ${pctOf(v.a, v.n).padEnd(8)} ${pctOf(v.b, v.n)}`)
  console.log(out.join('\n'))
}
