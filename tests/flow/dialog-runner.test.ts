import { describe, expect, it } from 'vitest'
import type { Nlu, NluResult } from '../../src/core/nlu.ts'
import { failureLines, parseDialogFile, runDialog } from '../../src/flow/dialog-runner.ts'
import { toMermaid } from '../../src/flow/mermaid.ts'
import { fakeDirectory, nlu, realFlows } from './fakes.ts'

const flows = realFlows()
const table: Record<string, Partial<NluResult>> = {
  物忘れ: { intent: 'dementia' },
  中原区: { confidence: 0.1, ward: { value: 'nakahara', candidates: [], via: 'ward_name', place: '中原区' } },
}
const fakeNlu: Nlu = { analyze: (t) => nlu(table[t] ?? { confidence: 0.1 }) }

const dialogs = (yaml: string) => parseDialogFile({ path: 'tests/dialogs/x.yaml', text: yaml })

describe('dialog runner', () => {
  it('passes a conversation that matches', () => {
    const [d] = dialogs(`dialogs:
  - name: ok
    turns:
      - say: 物忘れ
        expect: { concern: dementia, asks: ward, choices: [ward:nakahara], no_agency: true }
      - say: 中原区
        expect: { ward: nakahara, kind: houkatsu, agency: houkatsu-nakahara, tel: true, asks: nothing }
`)
    const reports = runDialog(d!, { flows, nlu: fakeNlu, directory: fakeDirectory() })
    expect(reports.flatMap((r) => r.failures)).toEqual([])
  })

  it('reports every mismatch in Japanese, naming the expect field, and the file, dialog and turn', () => {
    const [d] = dialogs(`dialogs:
  - name: wrong
    turns:
      - say: 物忘れ
        expect: { concern: livelihood, asks: nothing, handler: crisis, kind: emergency, tel: true, choices: [concern:x] }
`)
    const [r] = runDialog(d!, { flows, nlu: fakeNlu, directory: fakeDirectory() })
    expect(r!.failures).toEqual([
      'concern: 「livelihood」のはずが「dementia」でした',
      'asks: 「nothing」のはずが「ward」でした',
      'handler: 「crisis」のはずが「なし」でした',
      'kind: 種類「emergency」の窓口が出ていません（出た種類: なし）',
      'tel: 電話番号をタップできる窓口がありません',
      expect.stringMatching(/^choices: 選択肢「concern:x」がありません（あった選択肢: ward:/),
    ])
    expect(failureLines('tests/dialogs/x.yaml', d!.name, [r!])[0]).toBe(
      'tests/dialogs/x.yaml › wrong › 1回目「物忘れ」: concern: 「livelihood」のはずが「dementia」でした',
    )
  })

  it('rejects a malformed dialog file with file › path', () => {
    expect(() => dialogs('dialogs:\n  - name: x\n    turns:\n      - sya: typo\n')).toThrow(
      /tests\/dialogs\/x\.yaml › dialogs\.0\.turns\.0/,
    )
  })
})

describe('graph', () => {
  it('draws every node and edge as Mermaid', () => {
    const m = toMermaid(flows)
    expect(m.startsWith('flowchart TD')).toBe(true)
    expect(m).toContain('triage -- dementia --> dementia_ward')
    expect(m).toContain('dementia_ward --> dementia_route')
    expect(m).toContain('menu -- "暴力・虐待" --> menu_violence')
    for (const id of Object.keys(flows.nodes)) expect(m).toContain(`  ${id}`)
    expect(toMermaid(flows, 'flows/safety.yaml')).not.toContain('dementia_ward')
  })
})
