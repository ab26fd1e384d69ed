import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { loadDirectory, loadLocateWard, loadNlu } from '../../scripts/flows/deps.ts'
import { readDir, readFlowSet, repoRoot } from '../../scripts/flows/load.ts'
import type { Directory } from '../../src/core/directory.ts'
import type { Nlu } from '../../src/core/nlu.ts'
import { failureLines, parseDialogFile, runDialog } from '../../src/flow/dialog-runner.ts'

// Every golden conversation in tests/dialogs/*.yaml, with the real NLU, flows and directory:
// the same run as `npm run flows -- test`.

const files = readDir(join(repoRoot, 'tests', 'dialogs'), (n) => n.endsWith('.yaml'))
const flows = readFlowSet()
let nlu: Nlu
let directory: Directory
let locateWard: Awaited<ReturnType<typeof loadLocateWard>>

beforeAll(async () => {
  nlu = await loadNlu()
  directory = (await loadDirectory()).directory
  locateWard = await loadLocateWard()
})

it('has at least 150 golden conversations', () => {
  expect(files.flatMap(parseDialogFile).length).toBeGreaterThanOrEqual(150)
})

for (const file of files) {
  describe(file.path, () => {
    for (const dialog of parseDialogFile(file)) {
      it(dialog.name, () => {
        const reports = runDialog(dialog, { flows, nlu, directory, locateWard })
        expect(failureLines(file.path, dialog.name, reports)).toEqual([])
      })
    }
  })
}
