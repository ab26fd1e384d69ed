import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import type { AgencyMessage } from '../../src/core/messages.ts'
import { ageGroupIds, concernIds, wardIds } from '../../src/core/taxonomy.ts'
import { jst, query, realDirectory } from './fixtures.ts'
import { realDataFiles } from './load-real.ts'

// Independently of src/directory, read the raw YAML and list which numbers the data allows residents to
// see; then route every combination and check that no card ever shows anything else.

type Row = Record<string, unknown>
const files = Object.fromEntries(realDataFiles().map((f) => [f.path.split('/').pop(), parse(f.text)]))
const allowed = new Set<string>()
const forbidden = new Set<string>()
const note = (phone: unknown, ok: boolean) => {
  if (typeof phone !== 'string') return
  ;(ok ? allowed : forbidden).add(phone)
}
const rowOk = (r: Row) =>
  r.verified === true &&
  (!Array.isArray(r.verified_fields) || r.verified_fields.includes('phone')) &&
  r.phone_source_kind !== 'third_party_code'
for (const r of [...files['agencies.yaml'].agencies, ...files['additions.yaml'].additions] as Row[]) {
  note(r.phone, rowOk(r))
  for (const s of (r.sections ?? []) as Row[])
    note(s.phone, s.verified === true && s.source_kind !== 'third_party_code')
}
for (const h of files['hotlines.yaml'].hotlines as Row[])
  note(h.number, h.verified === true || h.national_emergency === true)
for (const w of files['wards.yaml'].wards as { ward_office: Row }[])
  note(w.ward_office.phone_general, (w.ward_office.verified_fields as string[]).includes('phone_general'))
// A number verified in one row and unverified in another stays allowed (it was seen in a real source).
for (const p of allowed) forbidden.delete(p)

describe('no card ever shows an unverified phone', () => {
  it('the data has unverified numbers to guard against', () => {
    // Section lines from a code file, 療育センター from third-party sites: present, never to be shown.
    expect(forbidden).toContain('044-744-3296')
    expect(forbidden).toContain('044-754-4559')
    expect(forbidden.size).toBeGreaterThan(20)
  })

  it('holds across every route, crisis line, handoff, out-of-area answer and lookup', () => {
    const dir = realDirectory()
    const seen: AgencyMessage[] = []
    const times = [
      jst('2026-11-24T10:00'),
      jst('2026-11-22T23:00'),
      jst('2026-12-30T12:00'),
      jst('2026-11-23T10:00'),
    ]
    const towns = ['片平', '栗木台', '栗平', '栗平2丁目', '細山', '万福寺', null]
    for (const now of times) {
      for (const concern of concernIds)
        for (const ward of [...wardIds, null])
          for (const ageGroup of [...ageGroupIds, null])
            for (const urgent of [false, true])
              for (const town of ward === 'asao' ? towns : [null])
                for (const subject of [null, 'parent'] as const) {
                  seen.push(...dir.route(query({ concern, ward, town, ageGroup, subject, urgent }), now))
                  seen.push(...dir.handoff(query({ concern, ward, town, ageGroup, subject, urgent }), now))
                }
      for (const kind of ['suicide', 'self_harm', 'medical', 'violence', 'missing_person'] as const)
        seen.push(...dir.crisisLines(kind, now))
      for (const concern of [...concernIds, null]) seen.push(...dir.outOfArea(concern, now))
      seen.push(...dir.fallback(now))
    }
    const views = [...seen.map((m) => m.agency), ...dir.agencyIds().map((id) => dir.agency(id)!)]
    const shown = new Set(views.flatMap((v) => (v.phone ? [v.phone] : [])))
    for (const phone of shown) expect(allowed, phone).toContain(phone)
    for (const phone of forbidden) expect(shown, phone).not.toContain(phone)
    for (const v of views) expect(v.tel === null).toBe(v.phone === null)
    expect(shown.size).toBeGreaterThan(15)
  })
})
