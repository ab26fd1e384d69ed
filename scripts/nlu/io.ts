import { readdirSync, readFileSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import { parse } from 'yaml'
import type { z } from 'zod'
import { DataFileError } from '../../src/core/errors.ts'
import type { SourceFile } from '../../src/core/source-file.ts'
import { type DevCase, devSetFileSchema } from '../../src/nlu/dev-set-schema.ts'
import {
  type ConceptWord,
  corpusTrainingData,
  type LabelledText,
  parseConceptFiles,
  parseIntentCorpusFiles,
  parseIntentFiles,
  parseIntentPhrasesFiles,
  trainingData,
  withPhrases,
} from '../../src/nlu/intents.ts'
import type { IntentCorpusFile, IntentFile } from '../../src/nlu/intents-schema.ts'

// File access for the NLU scripts and tests (Node only; the runtime imports the built JSON instead).

export const repoRoot = resolve(import.meta.dirname, '../..')

const yamlFiles = (dir: string): SourceFile[] => {
  const abs = join(repoRoot, dir)
  let names: string[]
  try {
    names = readdirSync(abs)
  } catch {
    return []
  }
  return names
    .filter((n) => n.endsWith('.yaml') || n.endsWith('.yml'))
    .sort()
    .map((n) => ({ path: relative(repoRoot, join(abs, n)), text: readFileSync(join(abs, n), 'utf8') }))
}

export interface Intents {
  files: SourceFile[]
  intents: IntentFile[]
  data: LabelledText[]
  /** The concept lexicon (intents/concepts/), features shared by every label. */
  concepts: ConceptWord[]
}

export interface LoadOptions {
  dir?: string
  /**
   * Also the foreign residents' corpus files (those that record a `lang` per example, t4 and t5). The
   * intent model, its evaluation, its bench and the console's check read them. The crisis model's
   * trainer (scripts/nlu/crisis-train.ts) calls loadIntents() without it, so its inputs, and the
   * committed crisis model that hashes them, do not change under it until its owner opts in.
   */
  foreign?: boolean
  /** The other languages' phrases (intents/phrases/); with `foreign` unless said otherwise. */
  phrases?: boolean
}

/** A corpus file that records each example's language: the foreign residents' sets. */
const isForeignCorpus = (c: IntentCorpusFile) => c.examples.some((e) => typeof e !== 'string')
const isPhraseFile = (f: SourceFile) => /(^|\/)phrases\//.test(f.path)
const isConceptFile = (f: SourceFile) => /(^|\/)concepts\//.test(f.path)

/**
 * The repo's training files beside the staff's intents/*.yaml: the independent authors' sets
 * (intents/corpus/<label>/<author>.yaml) and the other languages' phrases (intents/phrases/<lang>.yaml).
 */
export const readCorpusFiles = (dir = 'intents'): SourceFile[] => {
  let labels: string[] = []
  try {
    labels = readdirSync(join(repoRoot, dir, 'corpus')).sort()
  } catch {
    labels = []
  }
  return [
    ...labels.flatMap((l) => yamlFiles(join(dir, 'corpus', l))),
    ...yamlFiles(join(dir, 'phrases')),
    ...yamlFiles(join(dir, 'concepts')),
  ]
}

/** The classifier's training input from the staff files (intents/*.yaml) and the repo's training files. */
export const intentsFromFiles = (
  staff: SourceFile[],
  corpusFiles: SourceFile[],
  { foreign = true, phrases = foreign }: Omit<LoadOptions, 'dir'> = {},
): Intents => {
  const intents = parseIntentFiles(staff)
  const corpus = parseIntentCorpusFiles(
    corpusFiles.filter((f) => !isPhraseFile(f) && !isConceptFile(f)),
  ).filter((c) => foreign || !isForeignCorpus(c))
  const kept = new Set(corpus.map((c) => c.file))
  const phraseFiles = phrases ? corpusFiles.filter(isPhraseFile) : []
  // With the foreign sets only, as the phrases: the crisis model's trainer hashes the files it is given.
  const conceptFiles = foreign ? corpusFiles.filter(isConceptFile) : []
  const labelled = withPhrases(intents, parseIntentPhrasesFiles(phraseFiles))
  return {
    files: [...staff, ...corpusFiles.filter((f) => kept.has(f.path)), ...phraseFiles, ...conceptFiles],
    concepts: parseConceptFiles(conceptFiles),
    intents: labelled,
    // The other languages' phrases are features only (matched in any text, each adding to its label's
    // `p:` feature), not one-word training examples: as examples, hundreds of them inflated the weight
    // the Japanese phrases share and overrode the staff's counter-examples (「認知症のテレビ番組を見ました」).
    data: [...trainingData(intents, staff), ...corpusTrainingData(corpus)],
  }
}

export const loadIntents = ({
  dir = 'intents',
  foreign = false,
  phrases = foreign,
}: LoadOptions = {}): Intents => intentsFromFiles(yamlFiles(dir), readCorpusFiles(dir), { foreign, phrases })

export interface DevItem extends DevCase {
  file: string
}

export const loadDevSet = (dir = 'tests/fixtures/dev-set'): DevItem[] =>
  yamlFiles(dir).flatMap((f) => {
    const r = devSetFileSchema.safeParse(parse(f.text))
    if (!r.success)
      throw new DataFileError(
        f.path,
        r.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
      )
    return r.data.cases.map((c) => ({ ...c, file: f.path }))
  })

/** One JSONL file, each line checked; a bad line names the file and line (a missing file is empty). */
export const readJsonl = <T>(path: string, schema: z.ZodType<T>): T[] => {
  let text: string
  try {
    text = readFileSync(path, 'utf8')
  } catch {
    return []
  }
  return text.split('\n').flatMap((line, i) => {
    if (!line.trim()) return []
    const parsed = schema.safeParse(JSON.parse(line))
    if (!parsed.success) throw new Error(`${path} › line ${i + 1}: ${parsed.error.issues[0]?.message}`)
    return [parsed.data]
  })
}
