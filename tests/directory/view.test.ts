import { describe, expect, it } from 'vitest'
import { createDirectory } from '../../src/directory/create-directory.ts'
import { parseDirectory } from '../../src/directory/parse.ts'
import { splitTown } from '../../src/directory/route.ts'
import { mapUrl, telUri } from '../../src/directory/view.ts'
import { jst, query, withEdit } from './fixtures.ts'

describe('what a card shows', () => {
  it('makes tappable tel: URIs', () => {
    expect(telUri('044-744-3113')).toBe('tel:0447443113')
    expect(telUri('#8008')).toBe('tel:%238008')
    expect(telUri('189')).toBe('tel:189')
    expect(telUri('0120-0-78310')).toBe('tel:0120078310')
  })

  it('searches the map without the postal code and the remarks in brackets', () => {
    const url = mapUrl('〒211-8570 神奈川県川崎市中原区小杉町3-245（中原区役所）')
    expect(url.startsWith('https://www.google.com/maps/search/?api=1&query=')).toBe(true)
    expect(decodeURIComponent(url.split('query=')[1]!)).toBe('神奈川県川崎市中原区小杉町3-245')
  })

  it('reads 町名 with 丁目 in any common spelling', () => {
    expect(splitTown('栗平2丁目')).toEqual({ name: '栗平', chome: 2 })
    expect(splitTown('栗平２丁目')).toEqual({ name: '栗平', chome: 2 })
    expect(splitTown('栗平二丁目')).toEqual({ name: '栗平', chome: 2 })
    expect(splitTown('栗平十二丁目')).toEqual({ name: '栗平', chome: 12 })
    expect(splitTown('片平')).toEqual({ name: '片平', chome: null })
  })

  it('writes a plain reason when routing.yaml gives none', () => {
    const dir = createDirectory(
      parseDirectory(
        withEdit(
          'routing.yaml',
          '  - agency: sankyu-call-kawasaki\n    reason: 市政全般のお問い合わせを受け付ける市のコールセンターです（毎日 8:00〜21:00）\n\n# 川崎市の外',
          '  - agency: sankyu-call-kawasaki\n\n# 川崎市の外',
        ),
      ),
    )
    expect(dir.fallback(jst('2026-11-24T10:00'))[0]?.reason).toBe('川崎市の相談窓口です')
    const housing = dir.route(query({ concern: 'housing', ward: 'kawasaki' }), jst('2026-11-24T10:00'))
    expect(housing[0]?.reason).toBe('高齢の方などの住み替えのご相談を受ける市の窓口です')
  })
})
