import { readdirSync, readFileSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import { parse } from 'yaml'
import { DataFileError } from '../../src/core/errors.ts'
import type { SourceFile } from '../../src/core/source-file.ts'
import { type DevCase, devSetFileSchema } from '../../src/nlu/dev-set-schema.ts'
import {
  corpusTrainingData,
  type LabelledText,
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
}

export interface LoadOptions {
  dir?: string
  /**
   * Also the foreign residents' corpus files (those that record a `lang` per example, t4 and t5). The
   * intent model, its evaluation and its bench read them. The crisis model's trainer (another owner,
   * scripts/nlu/crisis-train.ts) calls loadIntents() without it, so its inputs, and the committed
   * crisis model that hashes them, do not change under it until its owner opts in.
   */
  foreign?: boolean
  /** The other languages' phrases (intents/phrases/); with `foreign` unless said otherwise. */
  phrases?: boolean
}

/** A corpus file that records each example's language: the foreign residents' sets. */
const isForeignCorpus = (c: IntentCorpusFile) => c.examples.some((e) => typeof e !== 'string')

export const loadIntents = ({
  dir = 'intents',
  foreign = false,
  phrases = foreign,
}: LoadOptions = {}): Intents => {
  const staff = yamlFiles(dir)
  const intents = parseIntentFiles(staff)
  // intents/corpus/<label>/<author>.yaml: the independent authors' sets, trained on like examples.
  const corpusDir = join(repoRoot, dir, 'corpus')
  let labels: string[] = []
  try {
    labels = readdirSync(corpusDir).sort()
  } catch {
    labels = []
  }
  const corpusFiles = labels.flatMap((l) => yamlFiles(join(dir, 'corpus', l)))
  const corpus = parseIntentCorpusFiles(corpusFiles).filter((c) => foreign || !isForeignCorpus(c))
  const kept = new Set(corpus.map((c) => c.file))
  // intents/phrases/<lang>.yaml: the other languages' words for each label (with the foreign corpus).
  const phraseFiles = phrases ? yamlFiles(join(dir, 'phrases')) : []
  const labelled = withPhrases(intents, parseIntentPhrasesFiles(phraseFiles))
  return {
    files: [...staff, ...corpusFiles.filter((f) => kept.has(f.path)), ...phraseFiles],
    intents: labelled,
    data: [...trainingData(labelled, staff), ...corpusTrainingData(corpus)],
  }
}

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
