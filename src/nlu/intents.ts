import { parse } from 'yaml'
import type { z } from 'zod'
import { DataFileError } from '../core/errors.ts'
import type { ResidentLanguage } from '../core/language.ts'
import type { SourceFile } from '../core/source-file.ts'
import type { Label } from '../core/taxonomy.ts'
import {
  conceptsFileSchema,
  type IntentCorpusFile,
  type IntentFile,
  type IntentPhrasesFile,
  intentCorpusFileSchema,
  intentFileSchema,
  intentPhrasesFileSchema,
} from './intents-schema.ts'

// Reads staff-edited intents/<label>.yaml into training data. Errors name the file and the path
// (`intents/dementia.yaml › examples.3: ...`) so staff can fix them without reading code.

export interface LabelledText {
  text: string
  label: Label
  /** Where it came from, for eval reports and the counter-example test. */
  origin: 'example' | 'phrase' | 'counter' | 'corpus'
  file: string
  /** The language, where the file records it (the foreign residents' corpus files do). */
  lang?: ResidentLanguage
}

/** One intents file through its schema; errors as `file › path: message`. */
const parseFile = <T>(f: SourceFile, schema: z.ZodType<T>): { data: T } => {
  let raw: unknown
  try {
    raw = parse(f.text)
  } catch (e) {
    throw new DataFileError(f.path, [{ path: '', message: `not valid YAML: ${(e as Error).message}` }])
  }
  const r = schema.safeParse(raw)
  if (!r.success)
    throw new DataFileError(
      f.path,
      r.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
    )
  return { data: r.data }
}

export const parseIntentFiles = (files: SourceFile[]): IntentFile[] => {
  const seen = new Map<string, string>()
  const out: IntentFile[] = []
  for (const f of [...files].sort((a, b) => (a.path < b.path ? -1 : 1))) {
    const r = parseFile(f, intentFileSchema)
    const expectedName = `${r.data.label}.yaml`
    if (!f.path.endsWith(`/${expectedName}`) && f.path !== expectedName) {
      throw new DataFileError(f.path, [
        { path: 'label', message: `label is "${r.data.label}" but the file should then be ${expectedName}` },
      ])
    }
    const other = seen.get(r.data.label)
    if (other) throw new DataFileError(f.path, [{ path: 'label', message: `label also defined in ${other}` }])
    seen.set(r.data.label, f.path)
    out.push(r.data)
  }
  return out
}

/**
 * Training data: examples and phrases as their label; counter-examples as what they should be
 * instead (`other` when the file only says "not this"), so the model learns the boundary.
 */
export const trainingData = (intents: IntentFile[], files: SourceFile[] = []): LabelledText[] => {
  const fileOf = (label: string) =>
    files.find((f) => f.path.endsWith(`/${label}.yaml`))?.path ?? `intents/${label}.yaml`
  const out: LabelledText[] = []
  for (const it of intents) {
    const file = fileOf(it.label)
    for (const text of it.examples) out.push({ text, label: it.label, origin: 'example', file })
    for (const p of it.phrases) out.push({ text: p.text, label: it.label, origin: 'phrase', file })
    for (const c of it.counter_examples)
      out.push({ text: c.text, label: c.expected ?? 'other', origin: 'counter', file })
  }
  return out
}

/** intents/phrases/<lang>.yaml, each checked by its schema. */
export const parseIntentPhrasesFiles = (files: SourceFile[]): IntentPhrasesFile[] =>
  [...files].sort((a, b) => (a.path < b.path ? -1 : 1)).map((f) => parseFile(f, intentPhrasesFileSchema).data)

/** The label files with the other languages' phrases added to each label's own. */
export const withPhrases = (intents: IntentFile[], extra: IntentPhrasesFile[]): IntentFile[] =>
  intents.map((it) => ({
    ...it,
    phrases: [
      ...it.phrases,
      ...extra.flatMap((f) =>
        (f.phrases[it.label] ?? []).map((text) => ({ text, weight: f.weight, lang: f.lang })),
      ),
    ],
  }))

/** A word of a concept (intents/concepts/<lang>.yaml), matched as a phrase whose label is `@concept`. */
export interface ConceptWord {
  text: string
  concept: string
  lang: ResidentLanguage
  weight: number
}

/**
 * intents/concepts/<lang>.yaml, each checked by its schema; a concept another language names must be
 * one of ja.yaml's (a misspelt name would silently make a concept of its own).
 */
export const parseConceptFiles = (files: SourceFile[]): ConceptWord[] => {
  const parsed = [...files]
    .sort((a, b) => (a.path < b.path ? -1 : 1))
    .map((f) => ({ path: f.path, data: parseFile(f, conceptsFileSchema).data }))
  const ja = parsed.find((f) => f.data.lang === 'ja')
  const known = new Set(Object.keys(ja?.data.concepts ?? {}))
  const out: ConceptWord[] = []
  for (const f of parsed)
    for (const [concept, words] of Object.entries(f.data.concepts)) {
      if (ja && !known.has(concept))
        throw new DataFileError(f.path, [
          {
            path: `concepts.${concept}`,
            message: `「${concept}」は ${ja.path} にない概念です。ja.yaml に足すか、名前を直してください`,
          },
        ])
      for (const text of words) out.push({ text, concept, lang: f.data.lang, weight: f.data.weight })
    }
  return out
}

/** intents/corpus/<label>/<author>.yaml: the label in the file must match its folder. */
export const parseIntentCorpusFiles = (files: SourceFile[]): (IntentCorpusFile & { file: string })[] =>
  [...files]
    .sort((a, b) => (a.path < b.path ? -1 : 1))
    .map((f) => {
      const r = parseFile(f, intentCorpusFileSchema)
      if (!f.path.includes(`/corpus/${r.data.label}/`))
        throw new DataFileError(f.path, [
          {
            path: 'label',
            message: `label is "${r.data.label}" but the file is not in intents/corpus/${r.data.label}/`,
          },
        ])
      return { ...r.data, file: f.path }
    })

export const corpusTrainingData = (corpus: (IntentCorpusFile & { file: string })[]): LabelledText[] =>
  corpus.flatMap((c) => [
    ...c.examples.map((e) => ({
      ...(typeof e === 'string' ? { text: e } : e),
      label: c.label,
      origin: 'corpus' as const,
      file: c.file,
    })),
    ...c.traps.map((t) => ({ text: t.text, label: c.label, origin: 'corpus' as const, file: c.file })),
  ])
