import { join } from 'node:path'
import { parseDialogFile, runDialog } from '../../src/flow/dialog-runner.ts'
import { loadDirectory, loadLocateWard, loadNlu } from './deps.ts'
import { readDir, readFlowSet, repoRoot } from './load.ts'
import { renderTrace } from './render.ts'

/** `flows test`: every golden conversation with the real NLU and directory. */
export const runDialogTests = async (only: string[]): Promise<number> => {
  const flows = readFlowSet()
  const dir = await loadDirectory()
  const nlu = await loadNlu()
  const locateWard = await loadLocateWard()
  const files = readDir(join(repoRoot, 'tests', 'dialogs'), (n) => n.endsWith('.yaml')).filter(
    (f) => only.length === 0 || only.some((o) => f.path.endsWith(o)),
  )
  let passed = 0
  let failed = 0
  for (const file of files) {
    for (const dialog of parseDialogFile(file)) {
      const reports = runDialog(dialog, { flows, nlu, directory: dir.directory, locateWard })
      const bad = reports.filter((r) => r.failures.length > 0)
      if (bad.length === 0) {
        passed++
        console.log(`ok    ${file.path} › ${dialog.name}`)
        continue
      }
      failed++
      console.log(`FAIL  ${file.path} › ${dialog.name}`)
      reports.forEach((r, i) => {
        console.log(`  turn ${i + 1}: ${r.input}`)
        console.log(renderTrace(r.result).replace(/^/gm, '  '))
        for (const f of r.failures) console.log(`    ✗ ${f}`)
      })
    }
  }
  console.log(`\n${passed + failed} dialogs: ${passed} passed, ${failed} failed`)
  return failed > 0 ? 1 : 0
}
