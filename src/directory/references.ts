import { wardIds } from '../core/taxonomy.ts'
import type { Problem } from './problem.ts'
import type { Candidate, RoutingFile } from './routing-schema.ts'
import type { DirectoryData } from './types.ts'

// Cross-file checks: every id routing.yaml names exists, every section key exists in the wards, every
// houkatsu town is a 町名 of its ward. parseDirectory throws on the errors; the staff tool lists all.

export interface CandidateList {
  path: string
  list: Candidate[]
}

/** Every candidate list in routing.yaml with its path, in file order. */
export const routingLists = (r: RoutingFile): CandidateList[] => {
  const out: CandidateList[] = [
    { path: 'fallback', list: r.fallback },
    { path: 'out_of_area', list: r.out_of_area },
  ]
  for (const [kind, list] of Object.entries(r.crisis)) if (list) out.push({ path: `crisis.${kind}`, list })
  for (const [concern, rule] of Object.entries(r.concerns)) {
    if (!rule) continue
    const base = `concerns.${concern}`
    if (rule.urgent_first) out.push({ path: `${base}.urgent_first`, list: rule.urgent_first })
    if (rule.first) out.push({ path: `${base}.first`, list: rule.first })
    out.push({ path: `${base}.candidates`, list: rule.candidates })
    for (const [i, v] of (rule.variants ?? []).entries())
      out.push({ path: `${base}.variants[${i}].candidates`, list: v.candidates })
    for (const [ward, list] of Object.entries(rule.by_ward ?? {}))
      if (list) out.push({ path: `${base}.by_ward.${ward}`, list })
    if (rule.when_closed) out.push({ path: `${base}.when_closed`, list: rule.when_closed })
  }
  return out
}

export const sectionKeys = (data: DirectoryData): Map<string, Set<string>> => {
  const keys = new Map<string, Set<string>>()
  for (const a of data.agencies.values()) {
    if (!a.section) continue
    const set = keys.get(a.section.key) ?? new Set()
    set.add(a.section.ward)
    keys.set(a.section.key, set)
  }
  return keys
}

export const checkReferences = (data: DirectoryData, buildProblems: Problem[] = []): Problem[] => {
  const problems = [...buildProblems]
  const routingFile = data.files.routing
  const keys = sectionKeys(data)
  const kinds = new Set([...data.agencies.values()].map((a) => a.kind))

  for (const w of wardIds) {
    const info = data.wards[w]
    if (info && !data.agencies.has(info.mimamoriId))
      problems.push({
        file: data.files.wards,
        path: `wards (${w}).mimamori_center.agency_id`,
        severity: 'error',
        message: `「${info.mimamoriId}」は agencies.yaml にありません`,
      })
  }

  data.houkatsuAreas.forEach((area) => {
    const file = data.files.houkatsu ?? data.files.agencies
    const path = `centers (${area.agencyId}).towns`
    const agency = data.agencies.get(area.agencyId)
    if (agency?.kind !== 'houkatsu')
      problems.push({
        file,
        path,
        severity: 'error',
        message: `「${area.agencyId}」は agencies.yaml の地域包括支援センター (kind: houkatsu) にありません`,
      })
    if (!data.towns[area.ward]?.includes(area.town))
      problems.push({
        file,
        path,
        severity: 'error',
        message: `町名「${area.town}」は wards.yaml の ${area.ward} の町名にありません。wards.yaml と同じ書き方にしてください`,
      })
  })

  for (const { path: listPath, list } of routingLists(data.routing)) {
    list.forEach((c, i) => {
      const path = `${listPath}[${i}]`
      if ('agency' in c && !data.agencies.has(c.agency))
        problems.push({
          file: routingFile,
          path: `${path}.agency`,
          severity: 'error',
          message: `「${c.agency}」という窓口の id はありません。agencies.yaml / hotlines.yaml の id を書いてください`,
        })
      if ('ward_section' in c) {
        const wards = keys.get(c.ward_section)
        if (!wards)
          problems.push({
            file: routingFile,
            path: `${path}.ward_section`,
            severity: 'error',
            message: `課「${c.ward_section}」はどの区にもありません。使えるのは ${[...keys.keys()].join(' / ')} です`,
          })
        else if (wards.size < wardIds.length)
          problems.push({
            file: routingFile,
            path: `${path}.ward_section`,
            severity: 'warning',
            message: `課「${c.ward_section}」が無い区があります: ${wardIds.filter((w) => !wards.has(w)).join(', ')}`,
          })
      }
      if ('kind' in c && !kinds.has(c.kind))
        problems.push({
          file: routingFile,
          path: `${path}.kind`,
          severity: 'warning',
          message: `種類「${c.kind}」の窓口がまだデータにありません`,
        })
    })
  }

  // The guarantees rest on these lines: they must always have a number to show.
  for (const listPath of ['fallback', ...Object.keys(data.routing.crisis).map((k) => `crisis.${k}`)]) {
    const list =
      listPath === 'fallback'
        ? data.routing.fallback
        : (data.routing.crisis as Record<string, Candidate[]>)[listPath.slice(7)]!
    list.forEach((c, i) => {
      const a = 'agency' in c ? data.agencies.get(c.agency) : undefined
      if ('agency' in c && a && !a.phoneShown)
        problems.push({
          file: routingFile,
          path: `${listPath}[${i}].agency`,
          severity: 'error',
          message: `「${a.name}」には表示できる (確認済みの) 電話番号がありません。${listPath} には確認済みの番号がある窓口だけを書いてください`,
        })
      if (!('agency' in c))
        problems.push({
          file: routingFile,
          path: `${listPath}[${i}]`,
          severity: 'error',
          message: `${listPath} には agency: で窓口を1つずつ書いてください`,
        })
    })
  }
  return problems
}
