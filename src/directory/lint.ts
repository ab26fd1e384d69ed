import type { RouteQuery } from '../core/directory.ts'
import {
  type AgeGroup,
  type Concern,
  concernIds,
  type Subject,
  type WardId,
  wardIds,
  wardNames,
} from '../core/taxonomy.ts'
import { createDirectory } from './create-directory.ts'
import type { Problem } from './problem.ts'
import { checkReferences, routingLists } from './references.ts'
import { listOf } from './routing-schema.ts'
import type { DirectoryData } from './types.ts'

export type { Problem } from './problem.ts'

// The staff tool's directory check (`npm run flows -- check`): references, then every concern × ward
// (× age group where a rule has variants) routed at a weekday morning and on a Sunday night.

/** Tue 10:00 and Sun 23:00 JST (a week with no holiday), so open-now varies between the two. */
const probeTimes = [new Date('2026-11-17T01:00:00Z'), new Date('2026-11-22T14:00:00Z')]

/**
 * The most local card with a number to call: `local` a ward-bound office's own verified line (a
 * 地域包括支援センター, a section's direct line, a ward's 児童相談所), `ward_office` the ward office's
 * 総合案内, `city` a city-wide, prefectural or national line, `fallback_only` only the fallback line.
 */
export type CoverageLevel = 'local' | 'ward_office' | 'city' | 'fallback_only' | 'none'

export interface RouteCoverage {
  concern: Concern
  ward: WardId | null
  ageGroup: AgeGroup | null
  subject: Subject | null
  level: CoverageLevel
}

/**
 * The base rule plus one resident per variant, so every list in routing.yaml gets routed: a variant for a
 * preference or a purpose is probed with it (else its own list would never be the one checked).
 */
const residentsFor = (
  data: DirectoryData,
  concern: Concern,
): Pick<RouteQuery, 'ageGroup' | 'subject' | 'prefers' | 'purposes'>[] => {
  const first = <T>(v: T | T[] | undefined): T | null => listOf(v)[0] ?? null
  return [
    { ageGroup: null, subject: null },
    ...(data.routing.concerns[concern]?.variants ?? []).map((v) => ({
      ageGroup: first(v.when.age_group),
      subject: first(v.when.subject),
      prefers: [...listOf(v.when.prefers)],
      purposes: [...listOf(v.when.purpose)],
    })),
  ]
}

export const routeCoverage = (data: DirectoryData): RouteCoverage[] => {
  const dir = createDirectory(data)
  const officePhones = new Set(wardIds.flatMap((w) => data.wards[w]?.officePhone ?? []))
  const fallbackIds = new Set(data.routing.fallback.flatMap((c) => ('agency' in c ? [c.agency] : [])))
  const out: RouteCoverage[] = []
  for (const concern of concernIds)
    for (const ward of [...wardIds, null])
      for (const { ageGroup, subject, ...wants } of residentsFor(data, concern)) {
        const query: RouteQuery = { concern, ward, town: null, ageGroup, subject, urgent: false, ...wants }
        // The weakest answer over the probe times is the one a resident may get.
        const levels = probeTimes.map((now): CoverageLevel => {
          const phones = dir.route(query, now).filter((m) => m.agency.phone !== null)
          const wardBound = phones.filter((m) => data.agencies.get(m.agency.id)?.wards)
          if (wardBound.some((m) => !officePhones.has(m.agency.phone!))) return 'local'
          if (wardBound.length > 0) return 'ward_office'
          if (phones.some((m) => !fallbackIds.has(m.agency.id))) return 'city'
          return phones.length > 0 ? 'fallback_only' : 'none'
        })
        const order: CoverageLevel[] = ['none', 'fallback_only', 'city', 'ward_office', 'local']
        const level = order.find((l) => levels.includes(l))!
        out.push({ concern, ward, ageGroup, subject, level })
      }
  return out
}

/**
 * Moments a resident may write when city offices are closed: a weekday at 21:00, a Sunday afternoon,
 * New Year's Day (a holiday inside 12/29–1/3) and a weekday of the year-end closure (12/30).
 */
export const afterHoursProbes: { label: string; at: Date }[] = [
  { label: '平日21時', at: new Date('2026-11-17T12:00:00Z') },
  { label: '日曜14時', at: new Date('2026-11-22T05:00:00Z') },
  { label: '1月1日10時', at: new Date('2027-01-01T01:00:00Z') },
  { label: '12月30日10時', at: new Date('2026-12-30T01:00:00Z') },
]

/**
 * Words that mark a staff note rather than something for residents: a year (2016年, 2021-01-11),
 * 開設時, 記載, 出典, 未確認, 時点, a URL. A resident reading 「※2016年開設時」 learns nothing useful.
 */
export const STAFF_NOTE = /(?:19|20)\d{2}(?:年|[-/.]\d)|平成|令和|開設時|記載|出典|未確認|時点|https?:\/\//

export const staffNoteIn = (text: string | null | undefined): string | null =>
  text ? (STAFF_NOTE.exec(text)?.[0] ?? null) : null

/** Resident-facing text that looks like a staff note: refused (it would reach a card). */
export const lintResidentText = (data: DirectoryData): Problem[] => {
  const problems: Problem[] = []
  for (const a of data.agencies.values()) {
    const fields: [string, string | null][] = [
      ['hours', a.hours],
      ['note_for_residents', a.noteForResidents],
      ...a.contacts.map((c, i): [string, string | null] => [`contacts[${i}].label`, c.note]),
    ]
    for (const [field, text] of fields) {
      const hit = staffNoteIn(text)
      if (hit)
        problems.push({
          ...a.origin,
          path: `${a.origin.path}.${field}`,
          severity: 'error',
          message: `「${text}」は住民に表示されますが、職員向けのメモ（「${hit}」）が入っています。出典や年の記録は hours_note か notes に移し、${field} には住民が読む文だけを書いてください`,
        })
    }
  }
  return problems
}

/** Every concern needs a line open at night: none listed, or none open at an after-hours probe. */
export const lintOpenLines = (data: DirectoryData): Problem[] => {
  const problems: Problem[] = []
  const dir = createDirectory(data)
  const file = data.files.routing
  for (const concern of concernIds) {
    const rule = data.routing.concerns[concern]
    if (!rule) continue
    const path = `concerns.${concern}`
    if (!rule.when_closed?.length) {
      problems.push({
        file,
        path,
        severity: 'error',
        message: `${rule.label}: when_closed がありません。夜間・休日につながる窓口（24時間の電話など）を when_closed に書いてください`,
      })
      continue
    }
    const missing = new Set<string>()
    for (const ward of [...wardIds, null])
      for (const { ageGroup, subject } of residentsFor(data, concern))
        for (const probe of afterHoursProbes) {
          const query: RouteQuery = { concern, ward, town: null, ageGroup, subject, urgent: false }
          if (!dir.route(query, probe.at).some((m) => m.openNow === true)) missing.add(probe.label)
        }
    if (missing.size > 0)
      problems.push({
        file,
        path: `${path}.when_closed`,
        severity: 'error',
        message: `${rule.label}: ${[...missing].join('・')}に受付中の窓口が1つもありません。when_closed に24時間か夜間の窓口を書いてください`,
      })
  }
  return problems
}

const describe = (r: RouteCoverage, data: DirectoryData) =>
  `${r.ward ? wardNames[r.ward] : '区が分からないとき'}・${data.routing.concerns[r.concern]?.label ?? r.concern}${r.ageGroup || r.subject ? `（${[r.ageGroup, r.subject].filter(Boolean).join('・')}）` : ''}`

export const lintDirectory = (data: DirectoryData): Problem[] => {
  const problems = checkReferences(data)
  if (problems.some((p) => p.severity === 'error')) return problems
  problems.push(...lintResidentText(data), ...lintOpenLines(data))
  const file = data.files.routing

  // One line per concern: the wards where only the city's call centre has a number to show.
  const coverage = routeCoverage(data)
  for (const concern of concernIds) {
    const path = `concerns.${concern}`
    const label = data.routing.concerns[concern]?.label ?? concern
    const rows = coverage.filter((r) => r.concern === concern)
    for (const r of rows.filter((x) => x.level === 'none'))
      problems.push({
        file,
        path,
        severity: 'error',
        message: `${describe(r, data)}: 電話番号を表示できる窓口が1つもありません。fallback を確かめてください`,
      })
    const weak = rows.filter((r) => r.level === 'fallback_only' && r.ward !== null)
    if (weak.length > 0)
      problems.push({
        file,
        path,
        severity: 'warning',
        message: `${label}: 確認済みの電話番号が市のコールセンターだけになる区があります: ${[...new Set(weak.map((r) => describe(r, data).split('・')[0]))].join('・')}`,
      })
  }

  // Lines that cannot show their own verified number: once per agency, section or houkatsu lookup.
  const seen = new Set<string>()
  const once = (key: string, p: Problem) => {
    if (seen.has(key)) return
    seen.add(key)
    problems.push(p)
  }
  for (const { path, list } of routingLists(data.routing)) {
    list.forEach((c, i) => {
      const at = `${path}[${i}]`
      if ('agency' in c) {
        const a = data.agencies.get(c.agency)
        if (a && !a.phoneShown)
          once(`agency:${a.id}`, {
            file,
            path: at,
            severity: 'warning',
            message: `「${a.name}」には確認済みの電話番号がありません${a.contacts.length > 0 ? `（${a.contacts.map((x) => x.label).join('・')}をご案内します）` : a.address ? '（所在地だけをご案内します）' : '（ご案内に出ません）'}。番号が分かったら、data/kawasaki の窓口（id: ${a.id}）に出典（sources）つきで phone を加えてください`,
          })
      } else if ('ward_section' in c) {
        const own = [...data.agencies.values()].filter(
          (a) => a.section?.key === c.ward_section && !a.phoneShown,
        )
        const names = (office: boolean) =>
          own
            .filter((a) => (data.wards[a.section!.ward]?.officePhone !== null) === office)
            .map((a) => wardNames[a.section!.ward])
        const viaOffice = names(true)
        const none = names(false)
        const section = own[0]?.section?.sectionName ?? c.ward_section
        if (viaOffice.length > 0)
          once(`office:${c.ward_section}`, {
            file,
            path: at,
            severity: 'warning',
            message: `${section}の直通番号が未確認のため、区役所の総合案内の番号を表示します: ${viaOffice.join('・')}。直通番号が分かったら、data/kawasaki/wards.yaml の各区の mimamori_center.sections で、その課に出典（source）つきの phone を加え、verified: true にしてください`,
          })
        if (none.length > 0)
          once(`none:${c.ward_section}`, {
            file,
            path: at,
            severity: 'warning',
            message: `${section}の番号も区役所の総合案内の番号も未確認です（電話番号なしのカードになります）: ${none.join('・')}。data/kawasaki/wards.yaml の各区の mimamori_center.sections で、その課に出典（source）つきの phone を加え、verified: true にしてください`,
          })
      } else if ('ward_office' in c) {
        const missing = wardIds.filter((w) => data.wards[w]?.officePhone === null)
        if (missing.length > 0)
          once('ward_office', {
            file,
            path: at,
            severity: 'warning',
            message: `区役所の総合案内の番号が未確認の区: ${missing.map((w) => wardNames[w]).join('・')}（電話番号なしのカードになります）。data/kawasaki/wards.yaml のその区の ward_office に出典つきで phone_general を加えてください`,
          })
      } else if ('houkatsu' in c) {
        const known = new Set(
          data.houkatsuAreas.filter((h) => data.agencies.get(h.agencyId)?.phoneShown).map((h) => h.ward),
        )
        const missing = wardIds.filter((w) => !known.has(w))
        if (missing.length > 0)
          once('houkatsu', {
            file,
            path: at,
            severity: 'warning',
            message: `担当地区と電話番号が分かる地域包括支援センターが無い区: ${missing.map((w) => wardNames[w]).join('・')}（次の行の窓口をご案内します）。data/kawasaki/houkatsu.yaml に、その区のセンターの担当地区と出典つきの電話番号を加えてください`,
          })
      }
    })
  }
  return problems
}
