import { join } from 'node:path'
import type { SourceFile } from '../../src/core/source-file.ts'
import {
  type DialogDeps,
  failureLines,
  parseDialogFile,
  runDialog,
  type TurnReport,
} from '../../src/flow/dialog-runner.ts'
import type { Dialog } from '../../src/flow/dialog-schema.ts'
import { loadDirectory, loadLocateWard, loadNlu } from './deps.ts'
import { readDir, readFlowSet, repoRoot } from './load.ts'
import { renderTrace } from './render.ts'

export interface DialogOutcome {
  file: string
  dialog: Dialog
  reports: TurnReport[]
  passed: boolean
}

/** Every golden conversation in `files`, run against these flows, NLU and directory. */
export const goldenDialogs = (deps: DialogDeps, files: SourceFile[]): DialogOutcome[] =>
  files.flatMap((file) =>
    parseDialogFile(file).map((dialog) => {
      const reports = runDialog(dialog, deps)
      return { file: file.path, dialog, reports, passed: reports.every((r) => r.failures.length === 0) }
    }),
  )

/** tests/dialogs/*.yaml (the console's check runs them on a draft too). */
export const readDialogFiles = (only: string[] = []) =>
  readDir(join(repoRoot, 'tests', 'dialogs'), (n) => n.endsWith('.yaml')).filter(
    (f) => only.length === 0 || only.some((o) => f.path.endsWith(o)),
  )

/** `flows test`: every golden conversation with the real NLU and directory. */
export const runDialogTests = async (only: string[]): Promise<number> => {
  const dir = await loadDirectory()
  const deps = {
    flows: readFlowSet(),
    nlu: await loadNlu(),
    directory: dir.directory,
    locateWard: await loadLocateWard(),
  }
  let passed = 0
  let failed = 0
  for (const { file, dialog, reports, passed: ok } of goldenDialogs(deps, readDialogFiles(only))) {
    if (ok) {
      passed++
      console.log(`合格   ${file} › ${dialog.name}`)
      continue
    }
    failed++
    console.log(`不合格 ${file} › ${dialog.name}`)
    reports.forEach((r, i) => {
      console.log(`  ${i + 1}回目「${r.input}」`)
      console.log(renderTrace(r.result).replace(/^/gm, '  '))
    })
    // Last, one line each, so the file, the dialog and the turn stand beside what went wrong.
    for (const line of failureLines(file, dialog.name, reports)) console.log(`  ✗ ${line}`)
  }
  console.log(`\nゴールデン対話 ${passed + failed}件: 合格 ${passed}件、不合格 ${failed}件`)
  return failed > 0 ? 1 : 0
}
