import { describe, expect, it } from 'vitest'
import { readFlowFiles } from '../../scripts/flows/load.ts'
import { DataFileError } from '../../src/core/errors.ts'
import { lintGraph } from '../../src/flow/lint.ts'
import { lintRoutes } from '../../src/flow/lint-routes.ts'
import { parseFlows } from '../../src/flow/parse.ts'
import { fakeDirectory, realFlows } from './fakes.ts'

const files = readFlowFiles()
const main = files.find((f) => f.path === 'flows/main.yaml')!
const others = files.filter((f) => f !== main)

const errorOf = (fn: () => unknown): DataFileError => {
  try {
    fn()
  } catch (e) {
    if (e instanceof DataFileError) return e
    throw e
  }
  throw new Error('expected a DataFileError')
}

describe('parseFlows', () => {
  it('parses the shipped flows into one graph', () => {
    const set = realFlows()
    expect(set.start).toBe('welcome')
    expect(set.nodeFiles.dementia_ward).toBe('flows/elderly.yaml')
  })

  it('YAML syntax errors name the file and line', () => {
    const e = errorOf(() => parseFlows([{ path: 'flows/bad.yaml', text: 'nodes:\n  a: [unclosed\n' }]))
    expect(e.message).toMatch(/^flows\/bad\.yaml › \d+行目: YAML の書き方に誤りがあります/)
  })

  it('schema errors say file › path: message', () => {
    const bad = main.text.replace('type: classify', 'type: clasify')
    const e = errorOf(() => parseFlows([{ path: main.path, text: bad }, ...others]))
    expect(e.message).toContain('flows/main.yaml › nodes.triage.type')
    const label = main.text.replace(
      'label: 高齢の家族のこと',
      'label: 高齢の家族のことについてのご相談はこちらからどうぞ',
    )
    expect(errorOf(() => parseFlows([{ path: main.path, text: label }, ...others])).message).toContain(
      'flows/main.yaml › menu.0.label',
    )
  })

  it('an answer that leaves a question more easily than a plain message is refused, in Japanese', () => {
    const bad = main.text.replace('answer_switch_confidence: 0.95', 'answer_switch_confidence: 0.6')
    expect(bad).not.toBe(main.text)
    const e = errorOf(() => parseFlows([{ path: main.path, text: bad }, ...others]))
    expect(e.message).toContain('flows/main.yaml › settings.answer_switch_confidence')
    expect(e.message).toContain('switch_confidence（0.8）以上の値にしてください')
    expect(realFlows().settings.answer_switch_confidence).toBe(0.95)
  })

  it('a dangling target names the node and the missing name', () => {
    const bad = main.text.replace('elderly_care: elderly_ward', 'elderly_care: elderly_wrd')
    const e = errorOf(() => parseFlows([{ path: main.path, text: bad }, ...others]))
    expect(e.message).toBe(
      'flows/main.yaml › nodes.triage.branches.elderly_care: ノード「elderly_wrd」はありません。そのノードを加えるか、名前を直してください',
    )
  })

  it('cross-file: a node id used twice, and a missing main file', () => {
    const dup = { path: 'flows/dup.yaml', text: 'nodes:\n  closing: { type: end, text: またね }\n' }
    const e = errorOf(() => parseFlows([...files, dup]))
    expect(e.message).toMatch(/flows\/(dup|main)\.yaml › nodes\.closing: node id already used/)
    expect(errorOf(() => parseFlows(others)).message).toContain('exactly one flow file must hold')
  })

  it('an unknown concern in branches is rejected by the schema', () => {
    const bad = main.text.replace('hikikomori: hikikomori_ward', 'hikikomri: hikikomori_route')
    expect(errorOf(() => parseFlows([{ path: main.path, text: bad }, ...others])).message).toContain(
      'nodes.triage.branches',
    )
  })
})

describe('lint', () => {
  it('the shipped flows have no graph errors', () => {
    const set = realFlows()
    expect(
      lintGraph(set, ['ninchisho-call-center-support-hot']).filter((p) => p.severity === 'error'),
    ).toEqual([])
  })

  it('finds unreachable nodes, unknown slots and values, and unknown agency ids', () => {
    const extra = {
      path: 'flows/extra.yaml',
      text: [
        'nodes:',
        '  lonely: { type: message, text: だれも来ない, next: closing }',
        '  q: { type: ask, text: x, slot: mood, parser: yes_no, next: s }',
        '  s: { type: switch, cases: [{ when: { ward: shibuya }, next: r }], default: r }',
        '  r: { type: route, add: [{ id: no-such-agency, reason: x }], next: closing }',
        '  loop_a: { type: message, text: a, next: loop_b }',
        '  loop_b: { type: message, text: b, next: loop_a }',
      ].join('\n'),
    }
    const problems = lintGraph(parseFlows([...files, extra]), [])
    const at = (path: string) => problems.filter((p) => p.path === path).map((p) => p.message)
    expect(at('nodes.lonely')).toContain(
      'どのノードからもたどり着けません。どこかの next か分岐からつなぐか、使わないなら削除してください',
    )
    expect(at('nodes.q.slot')[0]).toMatch(/スロット「mood」は定義されていません/)
    expect(at('nodes.s.cases.0.when.ward')[0]).toMatch(/「shibuya」は使えない値です/)
    expect(at('nodes.r.add.0.id')).toEqual([
      '窓口 id「no-such-agency」は data/kawasaki にありません。id を確かめてください',
    ])
    expect(at('nodes.loop_a')).toContain(
      '質問も終わりもないまま回り続けます。この先に ask か end のノードを置いてください',
    )
  })

  it('finds a concern that never reaches a route, and a ward without a verified phone', () => {
    const bad = main.text.replace('hikikomori: hikikomori_ward', 'hikikomori: closing')
    const set = parseFlows([{ path: main.path, text: bad }, ...others])
    const dir = fakeDirectory()
    const route = dir.route.bind(dir)
    dir.route = (q, now) =>
      route(q, now).map((c) =>
        q.ward === 'asao' && q.concern === 'housing'
          ? { ...c, agency: { ...c.agency, phone: null, tel: null } }
          : c,
      )
    const problems = lintRoutes(set, dir, new Date())
    expect(problems.map((p) => `${p.file} › ${p.path}: ${p.message}`)).toEqual(
      expect.arrayContaining([
        'flows/main.yaml › nodes.triage.branches.hikikomori: 相談の種類「hikikomori」が、どの route ノードにもたどり着きません。この分岐から route ノードへつないでください',
        'flows/life.yaml › nodes.housing_route: 麻生区の「housing」の相談で、確認済みの電話番号がある窓口が一つも出ません。flows/routing.yaml の concerns.housing に、電話番号が確認済みの窓口を加えてください',
      ]),
    )
  })
})
