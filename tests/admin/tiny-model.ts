import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { checkVersion } from '../../scripts/console/check-version.ts'
import type { Checker } from '../../src/admin/check.ts'
import type { VersionFile } from '../../src/core/console-store.ts'
import { buildTokenizer } from '../../src/nlu/tokenizer.ts'
import { nodeDictionaryLoader } from '../../src/runtime/node/dictionary-loader.ts'

// Versions whose intents changed, for tests that follow a classifier from 「チェック」 to a running
// service: the real intents take minutes to train, the tiny set in tests/fixtures/tiny-intents seconds.

const tinyDir = join(import.meta.dirname, '../fixtures/tiny-intents')

/** The tiny intents as a version's intents/*.yaml. */
export const tinyIntents = (): VersionFile[] =>
  readdirSync(tinyDir)
    .sort()
    .map((n) => ({ path: `intents/${n}`, text: readFileSync(join(tinyDir, n), 'utf8') }))

/** A version's files with its intents replaced. */
export const withIntents = (files: VersionFile[], intents: VersionFile[]) => [
  ...files.filter((f) => !f.path.startsWith('intents/')),
  ...intents,
]

/**
 * The real check (scripts/console/check-version.ts) in this process, without the authors' corpus or
 * the golden dialogs, and not scored beside the live classifier (the tiny set is not comparable).
 * `onTrained` counts the trainings.
 */
export const tinyChecker = async (onTrained: () => void = () => {}): Promise<Checker> => {
  const tools = {
    tokenizer: await buildTokenizer(nodeDictionaryLoader()),
    corpus: [],
    dialogs: [],
    devSet: [{ file: 'tiny', text: '母が認知症かもしれない', label: 'dementia' as const }],
  }
  return async (input) => {
    const result = await checkVersion({ ...input, live: null }, tools)
    if (result.report.model.retrained) onTrained()
    return result
  }
}
