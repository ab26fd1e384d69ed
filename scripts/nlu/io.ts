import { readdirSync, readFileSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import { parse } from 'yaml'
import { DataFileError } from '../../src/core/errors.ts'
import type { SourceFile } from '../../src/core/source-file.ts'
import { type DevCase, devSetFileSchema } from '../../src/nlu/dev-set-schema.ts'
import { type LabelledText, parseIntentFiles, trainingData } from '../../src/nlu/intents.ts'
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

export const loadIntents = (dir = 'intents'): Intents => {
  const files = yamlFiles(dir)
  const intents = parseIntentFiles(files)
  return { files, intents, data: trainingData(intents, files) }
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
