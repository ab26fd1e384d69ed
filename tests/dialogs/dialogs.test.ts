import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { loadDirectory, loadLocateWard, loadNlu } from '../../scripts/flows/deps.ts'
import { readDir, readFlowFiles, readFlowSet, readLocaleFiles, repoRoot } from '../../scripts/flows/load.ts'
import type { Directory } from '../../src/core/directory.ts'
import type { Nlu } from '../../src/core/nlu.ts'
import { failureLines, parseDialogFile, runDialog } from '../../src/flow/dialog-runner.ts'
import { parseFlows } from '../../src/flow/parse.ts'
import { parseLocales } from '../../src/locale/locale-book.ts'

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

// A text key added to the flows after staff have published versions must be optional: every stored
// version lacks it, and a required key would make all of them invalid on deploy, so each server would
// serve the repo's YAML instead of the staff's published edits (console_version_invalid, serving: repo;
// tests/staff-schema-upgrade.test.ts guards the schemas). handlers.crisis.again is such a key: without
// it, the kind's own text is said again before the lines.

/** The repo's flows as a version published before `again` existed: the key gone from main.yaml and the locales. */
const withoutAgain = () => {
  const drop = (text: string) =>
    text
      .split('\n')
      .filter((l) => !/^\s+again:/.test(l))
      .join('\n')
  const flows = parseFlows(readFlowFiles().map((f) => ({ ...f, text: drop(f.text) })))
  flows.locales = parseLocales(readLocaleFiles().map((f) => ({ ...f, text: drop(f.text) })))
  return flows
}

describe('flows published before a text key was added', () => {
  it('still parse without handlers.crisis.again, and the emergency told more gets 119 again first', () => {
    const flows = withoutAgain()
    expect(flows.handlers.crisis.again).toBeUndefined()
    const file = {
      path: 'tests/dialogs/dialogs.test.ts',
      text: `dialogs:
  - name: 母が倒れて返事がない、「今です。家の台所で」（again のない版）
    turns:
      - say: 母が倒れて、呼んでも返事がありません
        expect: { handler: crisis, kind: emergency }
      - say: 今です。家の台所で
        expect: { handler: crisis, first_agency: emergency-119, not_kind: housing_desk, says: すぐに119番に電話してください }
`,
    }
    const [dialog] = parseDialogFile(file)
    const reports = runDialog(dialog!, { flows, nlu, directory, locateWard })
    expect(failureLines(file.path, dialog!.name, reports)).toEqual([])
  })
})
