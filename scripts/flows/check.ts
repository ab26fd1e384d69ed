import { DataFileError } from '../../src/core/errors.ts'
import type { FlowSet } from '../../src/flow/flow-set.ts'
import { type FlowProblem, formatProblem, lintGraph } from '../../src/flow/lint.ts'
import { lintRoutes } from '../../src/flow/lint-routes.ts'
import { parseFlows } from '../../src/flow/parse.ts'
import { parseLocales } from '../../src/locale/locale-book.ts'
import {
  localeWarnings,
  missingUiKeys,
  placeholderProblems,
  summarizeLocaleWarnings,
} from '../../src/locale/missing-keys.ts'
import { type DirectoryModules, loadDirectory } from './deps.ts'
import { readFlowFiles, readLocaleFiles } from './load.ts'

/**
 * Everything `flows check` reports on parsed files: the graph, then every concern × ward against the
 * directory, then the translations (one line per language; every missing key with `verbose`). The
 * console's 「チェック」 runs this same function on a draft's files (scripts/console/check-version.ts).
 */
export const flowProblems = (
  flows: FlowSet,
  dir: DirectoryModules,
  options: { verbose?: boolean } = {},
): FlowProblem[] => [
  ...lintGraph(flows, dir.directory.agencyIds()),
  ...dir.lint(),
  // A weekday morning, so open-now does not change what is listed.
  ...lintRoutes(flows, dir.directory, new Date('2026-11-25T01:00:00Z')),
  ...missingUiKeys(flows.locales ?? {})
    .filter(() => flows.locales !== undefined)
    .map((key) => ({
      file: 'flows/locales/ja.yaml',
      path: key,
      message: '画面の文言の元になる日本語がありません。追加してください',
      severity: 'error' as const,
    })),
  ...placeholderProblems(flows).map((p) => ({
    file: p.file,
    path: p.key,
    message: p.message,
    severity: 'error' as const,
  })),
  ...(options.verbose ? localeWarnings(flows) : summarizeLocaleWarnings(localeWarnings(flows))).map((w) => ({
    file: w.file,
    path: w.key,
    message: w.message,
    severity: 'warning' as const,
  })),
]

/** `flows check`: schema first (a file that does not parse stops here), then flowProblems. */
export const runCheck = async (options: { verbose?: boolean } = {}): Promise<number> => {
  const files = readFlowFiles()
  let flows: ReturnType<typeof parseFlows>
  let dir: Awaited<ReturnType<typeof loadDirectory>>
  try {
    flows = parseFlows(files)
    const locales = readLocaleFiles()
    if (locales.length > 0) flows.locales = parseLocales(locales)
    dir = await loadDirectory()
  } catch (e) {
    if (e instanceof DataFileError) {
      console.log(e.message.replace(/^/gm, 'error   '))
      console.log(`\n${e.file} has errors; nothing else was checked.`)
      return 1
    }
    throw e
  }
  const problems = flowProblems(flows, dir, options)
  for (const p of problems) console.log(formatProblem(p))
  const errors = problems.filter((p) => p.severity === 'error').length
  const warnings = problems.length - errors
  console.log(
    `\n${files.length} flow files, ${Object.keys(flows.nodes).length} nodes: ${errors} errors, ${warnings} warnings`,
  )
  return errors > 0 ? 1 : 0
}
