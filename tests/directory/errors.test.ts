import { describe, expect, it } from 'vitest'
import { DataFileError } from '../../src/core/errors.ts'
import { parseDirectory } from '../../src/directory/parse.ts'
import { withEdit } from './fixtures.ts'
import { realDataFiles, realRouting } from './load-real.ts'

const failure = (input: Parameters<typeof parseDirectory>[0]): DataFileError => {
  try {
    parseDirectory(input)
  } catch (err) {
    if (err instanceof DataFileError) return err
    throw err
  }
  throw new Error('parseDirectory accepted bad input')
}

describe('parseDirectory errors name the file, the spot and the fix', () => {
  it('reports broken YAML with its line', () => {
    const err = failure(
      withEdit(
        'agencies.yaml',
        'agencies:\n- id: kawasaki-ward-kawasaki-mimamori\n  name:',
        'agencies:\n- id: kawasaki-ward-kawasaki-mimamori\n name:',
      ),
    )
    const text = realDataFiles().find((f) => f.path.endsWith('/agencies.yaml'))!.text
    // The badly indented line is the second after `agencies:` (lines count from 1).
    const line = text.split('\n').indexOf('agencies:') + 3
    expect(err.file).toBe('data/kawasaki/agencies.yaml')
    expect(err.message).toMatch(
      new RegExp(`^data/kawasaki/agencies\\.yaml › ${line}行目: YAML の書き方に誤りがあります`),
    )
    expect(err.issues).toHaveLength(1)
  })

  it('reports a malformed phone with the row id', () => {
    const err = failure(withEdit('agencies.yaml', 'phone: 044-789-5948', 'phone: 044 789 5948'))
    expect(err.message).toContain(
      'data/kawasaki/agencies.yaml › agencies[11] (kids-support-nakahara).phone: 電話番号は 044-744-3113 のようにハイフン付きで',
    )
  })

  it('reports an agency kind or concern outside the taxonomy', () => {
    const kind = failure(
      withEdit(
        'hotlines.yaml',
        'kind: dv_center\n  number: 0120-279-889',
        'kind: dv_centre\n  number: 0120-279-889',
      ),
    )
    expect(kind.message).toMatch(/hotlines\.yaml › hotlines\[5\] \(dv-soudan-plus\)\.kind: /)
    const serves = failure(
      withEdit(
        'hotlines.yaml',
        'serves:\n  - crisis\n  urgent: true\n  scope: national\n  source: https://www.city.kawasaki.jp/840/',
        'serves:\n  - emergencies\n  urgent: true\n  scope: national\n  source: https://www.city.kawasaki.jp/840/',
      ),
    )
    expect(serves.message).toContain('hotlines[0] (emergency-119).serves[0]')
  })

  it('reports a verified flag that is not true/false', () => {
    const err = failure(
      withEdit(
        'hotlines.yaml',
        /verified: true\n {2}notes: null\n- id: jiso-soudan-dial/,
        'verified: yes\n  notes: null\n- id: jiso-soudan-dial',
      ),
    )
    expect(err.message).toContain('hotlines[2] (jiso-189).verified')
  })

  it('reports a duplicate id', () => {
    const err = failure(withEdit('hotlines.yaml', '- id: childline', '- id: jiso-189'))
    expect(err.message).toMatch(
      /hotlines\.yaml › hotlines\[\d+\] \(jiso-189\): id「jiso-189」は data\/kawasaki\/hotlines\.yaml › hotlines\[2\] \(jiso-189\) でも使われています/,
    )
  })

  it('reports routing.yaml naming an agency that does not exist', () => {
    const err = failure(
      withEdit('routing.yaml', 'agency: ninchisho-call-center-support-hot', 'agency: ninchisho-call-centre'),
    )
    expect(err.file).toBe('flows/routing.yaml')
    expect(err.message).toBe(
      'flows/routing.yaml › concerns.dementia.candidates[2].agency: 「ninchisho-call-centre」という窓口の id はありません。agencies.yaml / hotlines.yaml の id を書いてください',
    )
  })

  it('reports an unknown ward section and lists the ones that exist', () => {
    const err = failure(withEdit('routing.yaml', 'ward_section: hogo', 'ward_section: hogoka'))
    expect(err.message).toMatch(
      /concerns\.livelihood\.candidates\[1\]\.ward_section: 課「hogoka」はどの区にもありません。使えるのは .*korei-shogai/,
    )
  })

  it('reports a concern without a rule and a candidate of unknown shape', () => {
    const missing = failure(
      withEdit(
        'routing.yaml',
        /\n {2}hikikomori:\n {4}label: ひきこもり\n/,
        '\n  hikikomori_x:\n    label: ひきこもり\n',
      ),
    )
    expect(missing.message).toContain(
      'flows/routing.yaml › concerns.hikikomori: hikikomori のルールが書かれていません',
    )
    expect(missing.message).toContain('"hikikomori_x"。綴りを確かめてください')
    const shape = failure(withEdit('routing.yaml', '      - houkatsu: by_town', '      - houkatsu: by_ward'))
    expect(shape.message).toContain(
      'flows/routing.yaml › concerns.elderly_care.candidates[0]: 窓口の書き方が違います',
    )
  })

  it('reports a fallback line without a verified number: the guarantee rests on it', () => {
    const err = failure(
      withEdit(
        'routing.yaml',
        'fallback:\n  - agency: sankyu-call-kawasaki',
        'fallback:\n  - agency: shakyo-kawasaki',
      ),
    )
    expect(err.message).toContain(
      'flows/routing.yaml › fallback[0].agency: 「川崎市川崎区社会福祉協議会（川崎区社協）」には表示できる (確認済みの) 電話番号がありません',
    )
  })

  it('reports a houkatsu town that is not a 町名 of its ward', () => {
    const err = failure(withEdit('houkatsu.yaml', /towns:\n {2}- 片平\n/, 'towns:\n  - 片平台\n'))
    expect(err.message).toContain(
      'data/kawasaki/houkatsu.yaml › centers (houkatsu-katahira).towns: 町名「片平台」は wards.yaml の asao の町名にありません',
    )
  })

  it('reports a missing required file', () => {
    const err = failure({
      data: realDataFiles().filter((f) => !f.path.endsWith('hotlines.yaml')),
      routing: realRouting(),
    })
    expect(err.message).toBe(
      'hotlines.yaml › (root): hotlines.yaml が読み込まれていません。data/ の下に置いてください',
    )
  })

  it('reports a broken hours_spec', () => {
    const err = failure(withEdit('hotlines.yaml', "      open: '09:30'", "      open: '9:30'"))
    expect(err.message).toContain('hours_spec')
    expect(err.message).toContain('時刻は 08:30 のように')
  })
})
