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
  trainingData,
} from '../../src/nlu/intents.ts'
import type { IntentFile } from '../../src/nlu/intents-schema.ts'

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

/** intents/corpus/<label>/<author>.yaml: the independent authors' sets, trained on like examples. */
export const readCorpusFiles = (dir = 'intents'): SourceFile[] => {
  let labels: string[] = []
  try {
    labels = readdirSync(join(repoRoot, dir, 'corpus')).sort()
  } catch {
    labels = []
  }
  return labels.flatMap((l) => yamlFiles(join(dir, 'corpus', l)))
}

/** The classifier's training input from the staff files (intents/*.yaml) and the authors' corpus. */
export const intentsFromFiles = (staff: SourceFile[], corpusFiles: SourceFile[]): Intents => {
  const intents = parseIntentFiles(staff)
  const corpus = parseIntentCorpusFiles(corpusFiles)
  return {
    files: [...staff, ...corpusFiles],
    intents,
    data: [...trainingData(intents, staff), ...corpusTrainingData(corpus)],
  }
}

export const loadIntents = (dir = 'intents'): Intents =>
  intentsFromFiles(yamlFiles(dir), readCorpusFiles(dir))

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
