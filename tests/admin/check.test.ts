import { beforeAll, describe, expect, it } from 'vitest'
import { type CheckTools, checkVersion } from '../../scripts/console/check-version.ts'
import { readDialogFiles } from '../../scripts/flows/test-dialogs.ts'
import { loadDevSet, readCorpusFiles } from '../../scripts/nlu/io.ts'
import { repoVersionFiles } from '../../src/admin/node.ts'
import type { VersionFile } from '../../src/core/console-store.ts'
import { buildTokenizer } from '../../src/nlu/tokenizer.ts'
import { bundledModel } from '../../src/runtime/node/bundled-models.ts'
import { nodeDictionaryLoader } from '../../src/runtime/node/dictionary-loader.ts'

// 「チェック」 as the child process runs it, on in-memory copies of the repo's staff files: it passes
// on them (the classifier is the committed one, since its inputs are unchanged), and fails, in
// Japanese naming the file and the field, on a graph error or a file that does not parse.
// Retraining (a changed intents file) takes a minute or more and is measured, not unit-tested, here:
// see docs/staff/console.md.

let tools: CheckTools
let files: VersionFile[]
beforeAll(async () => {
  tools = {
    tokenizer: await buildTokenizer(nodeDictionaryLoader()),
    corpus: readCorpusFiles(),
    dialogs: readDialogFiles(),
    devSet: loadDevSet(),
  }
  files = await repoVersionFiles()
}, 60_000)

const edit = (path: string, change: (text: string) => string) =>
  files.map((f) => (f.path === path ? { ...f, text: change(f.text) } : f))

describe('checkVersion', () => {
  it('passes the repo files, with every golden dialog and the accuracy beside the live version', async () => {
    const { report, model } = await checkVersion(
      { files, live: { version: 1, files, evaluation: null }, models: [] },
      tools,
    )
    expect(model).toBeNull() // the committed classifier: nothing to store
    expect(report.model.sourceHash).toBe(bundledModel.sourceHash)
    expect(report.reasons).toEqual([])
    expect(report.passed).toBe(true)
    expect(report.lint).toEqual([])
    expect(report.dialogs.total).toBeGreaterThan(100)
    expect(report.dialogs.failed).toEqual([])
    expect(report.model).toMatchObject({ retrained: false })
    expect(report.model.examples).toBeGreaterThan(5000)
    expect(report.evaluation.accuracy).toBeGreaterThan(0.8)
    expect(report.evaluation.live).toEqual({
      version: 1,
      accuracy: report.evaluation.accuracy,
      crisisRecall: report.evaluation.crisisRecall,
    })
  }, 60_000)

  it('fails a question about a slot nobody declared, naming the file and field in Japanese', async () => {
    const broken = edit('flows/elderly.yaml', (t) => t.replace('slot: ward', 'slot: mood'))
    expect(broken).not.toEqual(files)
    const { report } = await checkVersion({ files: broken, live: null, models: [] }, tools)
    expect(report.passed).toBe(false)
    expect(report.lint).toContainEqual(
      expect.objectContaining({
        file: 'flows/elderly.yaml',
        path: expect.stringMatching(/^nodes\.\w+\.slot$/),
        message: 'スロット「mood」は定義されていません。flows/main.yaml の slots: に加えてください',
      }),
    )
    expect(report.reasons[0]).toMatch(/^形式とつながりのチェックで誤りが\d+件あります$/)
  }, 60_000)

  it('stops at a file that does not parse, with its file › path line', async () => {
    const { report } = await checkVersion(
      { files: edit('flows/routing.yaml', () => 'concerns: [\n'), live: null, models: [] },
      tools,
    )
    expect(report.passed).toBe(false)
    expect(report.lint[0]?.file).toBe('flows/routing.yaml')
    expect(report.reasons).toEqual([expect.stringContaining('ほかのチェックは行いません')])
    expect(report.dialogs.total).toBe(0)
  })
})
