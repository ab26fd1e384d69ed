import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { loadLocateWard, loadNlu } from '../../scripts/flows/deps.ts'
import { readDir, readFlowSet, repoRoot } from '../../scripts/flows/load.ts'
import type { Nlu } from '../../src/core/nlu.ts'
import { createDirectory } from '../../src/directory/create-directory.ts'
import { lintDirectory } from '../../src/directory/lint.ts'
import { parseDirectory } from '../../src/directory/parse.ts'
import { parseDialogFile, runDialog } from '../../src/flow/dialog-runner.ts'
import { jst, query, withEdit } from './fixtures.ts'

// "This ward only": concerns.<c>.by_ward.<ward> replaces the candidates for residents of that ward.
// The real routing.yaml has no override today, so the fixture adds one to a copy of it.

const OVERRIDE = `    by_ward:
      nakahara:
        - agency: kanagawa-carer-denwa
          reason: 中原区では、まずこちらへご相談ください（介護をしているご家族の悩みを電話で聞いてもらえます）
        - houkatsu: by_town
        - ward_section: korei-shogai
    when_closed:
      - agency: yorisoi-hotline
        reason: 認知症や介護の悩みも`
const CLOSED = `    when_closed:
      - agency: yorisoi-hotline
        reason: 認知症や介護の悩みも`
const withOverride = () =>
  withEdit(
    'routing.yaml',
    `    when_closed:
      - agency: yorisoi-hotline
        reason: 認知症や介護の悩みも`,
    OVERRIDE,
  )
const tuesday = jst('2026-11-24T10:00')

describe('by_ward: a route for one ward only', () => {
  const data = parseDirectory(withOverride())
  const dir = createDirectory(data)

  it('gives that ward its own list and leaves the others as they were', () => {
    const nakahara = dir.route(query({ concern: 'dementia', ward: 'nakahara' }), tuesday)
    expect(nakahara[0]?.agency.id).toBe('kanagawa-carer-denwa')
    expect(nakahara[0]?.reason).toContain('中原区では')
    const takatsu = dir.route(query({ concern: 'dementia', ward: 'takatsu' }), tuesday)
    expect(takatsu[0]?.agency.id).not.toBe('kanagawa-carer-denwa')
    const unknown = dir.route(query({ concern: 'dementia', ward: null }), tuesday)
    expect(unknown.some((m) => m.reason.includes('中原区では'))).toBe(false)
  })

  it('lets a variant that matches the resident win over the ward list', () => {
    const phone = dir.route(query({ concern: 'dementia', ward: 'nakahara', prefers: ['phone'] }), tuesday)
    expect(phone[0]?.reason).not.toContain('中原区では')
  })

  it('checks the ids in an override like any other list (file › path: message)', () => {
    expect(() =>
      parseDirectory(
        withEdit(
          'routing.yaml',
          `    when_closed:
      - agency: yorisoi-hotline
        reason: 認知症や介護の悩みも`,
          OVERRIDE.replace('kanagawa-carer-denwa', 'no-such-agency'),
        ),
      ),
    ).toThrow(/flows\/routing\.yaml › concerns\.dementia\.by_ward\.nakahara\[0\]/)
    expect(lintDirectory(data).filter((p) => p.severity === 'error')).toEqual([])
  })

  it('refuses a ward that is not one of the seven, in Japanese', () => {
    expect(() =>
      parseDirectory(withEdit('routing.yaml', CLOSED, OVERRIDE.replace('nakahara:', 'shinjuku:'))),
    ).toThrow(/by_ward/)
  })
})

describe('golden dialogs over a ward override (tests/fixtures/ward-override/dialogs.yaml)', () => {
  const files = readDir(join(repoRoot, 'tests', 'fixtures', 'ward-override'), (n) => n.endsWith('.yaml'))
  const flows = readFlowSet()
  let nlu: Nlu
  let locateWard: Awaited<ReturnType<typeof loadLocateWard>>
  beforeAll(async () => {
    nlu = await loadNlu()
    locateWard = await loadLocateWard()
  })
  for (const dialog of files.flatMap(parseDialogFile))
    it(dialog.name, () => {
      const directory = createDirectory(parseDirectory(withOverride()))
      const reports = runDialog(dialog, { flows, nlu, directory, locateWard })
      expect(reports.flatMap((r, i) => r.failures.map((f) => `turn ${i + 1} (${r.input}): ${f}`))).toEqual([])
    })
})
