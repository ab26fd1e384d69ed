import { describe, expect, it } from 'vitest'
import { lintDirectory, routeCoverage } from '../../src/directory/lint.ts'
import { parseDirectory } from '../../src/directory/parse.ts'
import { loadReal, withEdit } from './fixtures.ts'

describe('lintDirectory (npm run flows -- check)', () => {
  it('finds no errors in the real data, and every route ends with a verified phone', () => {
    const data = loadReal()
    const problems = lintDirectory(data)
    expect(problems.filter((p) => p.severity === 'error')).toEqual([])
    const coverage = routeCoverage(data)
    expect(coverage.filter((r) => r.level === 'none')).toEqual([])
    // 17 concerns × (7 wards + unknown), plus one resident per variant (12 variants in routing.yaml: 9 at a973978, where this count still said 8; 2 for purpose: volunteer; 1 for an old writer's own age, dialogs15).
    expect(coverage.length).toBe(17 * 8 + 12 * 8)
    expect(coverage.filter((r) => r.subject === 'parent').map((r) => r.concern)).toEqual(
      Array(16).fill('isolation_community'), // two variants name a parent (one with the elderly family list)
    )
  })

  it('warns, as `file › path: message`, where routing leans on unverified phones', () => {
    const problems = lintDirectory(loadReal())
    for (const p of problems) expect(p.file).toBe('flows/routing.yaml')
    const messages = problems.map((p) => `${p.path}: ${p.message}`)
    expect(messages).toContain(
      'concerns.dementia.candidates[2]: 「川崎市認知症コールセンター「サポートほっと」」には確認済みの電話番号がありません（ご案内に出ません）。番号が分かったら、data/kawasaki の窓口（id: ninchisho-call-center-support-hot）に出典（sources）つきで phone を加えてください',
    )
    expect(messages).toContain(
      'concerns.livelihood.candidates[1]: 保護課の直通番号が未確認のため、区役所の総合案内の番号を表示します: 川崎区・幸区・中原区・高津区・宮前区・多摩区・麻生区。直通番号が分かったら、data/kawasaki/wards.yaml の各区の mimamori_center.sections で、その課に出典（source）つきの phone を加え、verified: true にしてください',
    )
    // All 7 wards now have a verified 総合案内: no route leans on the city call centre alone.
    expect(messages.filter((m) => m.includes('市のコールセンターだけ'))).toEqual([])
    expect(
      messages.some((m) =>
        m.startsWith(
          'concerns.elderly_care.candidates[0]: 担当地区と電話番号が分かる地域包括支援センターが無い区: 川崎区・幸区・中原区・高津区・宮前区・多摩区',
        ),
      ),
    ).toBe(true)
  })

  it('reports the wards that fall back to the city call centre once a rule loses its ward line', () => {
    const before = routeCoverage(loadReal()).filter((r) => r.concern === 'elder_abuse' && r.ward !== null)
    expect(before.map((r) => r.level)).toEqual(Array(7).fill('ward_office'))
    const data = parseDirectory(
      withEdit(
        'routing.yaml',
        '      - houkatsu: by_town\n      - ward_section: korei-shogai\n    when_closed:',
        '      - houkatsu: by_town\n    when_closed:',
      ),
    )
    const after = routeCoverage(data).filter((r) => r.concern === 'elder_abuse' && r.ward !== null)
    expect(after.map((r) => r.level)).toEqual(Array(7).fill('fallback_only'))
    const warning = lintDirectory(data).find(
      (p) => p.path === 'concerns.elder_abuse' && p.severity === 'warning',
    )
    expect(warning?.message).toBe(
      '高齢の方・障害のある方への虐待: 確認済みの電話番号が市のコールセンターだけになる区があります: 川崎区・幸区・中原区・高津区・宮前区・多摩区・麻生区',
    )
  })
})
