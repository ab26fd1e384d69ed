import { parse } from 'yaml'
import type { VersionFile } from '../../core/console-store.ts'
import { type Concern, concernIds, type WardId, wardIds } from '../../core/taxonomy.ts'
import type { FileProblem } from '../validate.ts'
import { editFile, fileText, setListKeeping } from './yaml-text.ts'

// The routing form: one concern's ordered candidates, or its list for one ward only (by_ward), as
// rows staff edit (what, which, reason, ages) ↔ the lines of flows/routing.yaml. Reordering is done
// on the rows before they are written; the project's checks then run on the whole file.

export const ROUTING_FILE = 'flows/routing.yaml'

export const candidateTypes = ['agency', 'houkatsu', 'ward_section', 'ward_office', 'kind'] as const
export type CandidateType = (typeof candidateTypes)[number]

export const candidateTypeLabels: Record<CandidateType, string> = {
  agency: '窓口・電話相談（id）',
  houkatsu: '町名の地域包括支援センター',
  ward_section: '区のみまもり支援センターの課',
  ward_office: '区役所（総合案内）',
  kind: 'その種類の区の窓口',
}

export interface CandidateRow {
  type: CandidateType
  /** The agency id, the section key or the kind; empty for houkatsu and ward_office. */
  value: string
  reason: string
  /** 「15-39」 or empty. */
  ages: string
}

export interface ConcernSummary {
  concern: Concern
  label: string
  candidates: number
  wards: WardId[]
}

type Raw = Record<string, unknown>
const isRecord = (v: unknown): v is Raw => typeof v === 'object' && v !== null && !Array.isArray(v)

const routingOf = (files: VersionFile[]): Raw => {
  const text = fileText(files, ROUTING_FILE)
  try {
    const raw = text ? parse(text) : null
    return isRecord(raw) ? raw : {}
  } catch {
    return {}
  }
}

const ruleOf = (files: VersionFile[], concern: Concern): Raw => {
  const concerns = routingOf(files).concerns
  const rule = isRecord(concerns) ? concerns[concern] : null
  return isRecord(rule) ? rule : {}
}

export const rowOf = (c: unknown): CandidateRow => {
  if (typeof c === 'string') return { type: 'agency', value: c, reason: '', ages: '' }
  const r = isRecord(c) ? c : {}
  const text = (k: string) => (typeof r[k] === 'string' ? (r[k] as string) : '')
  const common = { reason: text('reason'), ages: text('ages') }
  if ('houkatsu' in r) return { type: 'houkatsu', value: '', ...common }
  if ('ward_office' in r) return { type: 'ward_office', value: '', ...common }
  if ('ward_section' in r) return { type: 'ward_section', value: text('ward_section'), ...common }
  if ('kind' in r) return { type: 'kind', value: text('kind'), ...common }
  return { type: 'agency', value: text('agency'), ...common }
}

export const listConcerns = (files: VersionFile[]): ConcernSummary[] =>
  concernIds.map((concern) => {
    const rule = ruleOf(files, concern)
    const byWard = isRecord(rule.by_ward) ? rule.by_ward : {}
    return {
      concern,
      label: typeof rule.label === 'string' ? rule.label : concern,
      candidates: Array.isArray(rule.candidates) ? rule.candidates.length : 0,
      wards: wardIds.filter((w) => Array.isArray(byWard[w])),
    }
  })

/** The rows of the concern's list, or of its list for one ward (null when that ward has none). */
export const candidateRows = (
  files: VersionFile[],
  concern: Concern,
  ward: WardId | null,
): CandidateRow[] | null => {
  const rule = ruleOf(files, concern)
  const list = ward ? (isRecord(rule.by_ward) ? rule.by_ward[ward] : undefined) : rule.candidates
  return Array.isArray(list) ? list.map(rowOf) : null
}

/** `up:2` / `down:0` / `remove:1` on the rows; anything else leaves them as they are. */
export const moveRow = <T>(rows: T[], op: string): T[] => {
  const m = /^(up|down|remove):(\d+)$/.exec(op)
  if (!m) return rows
  const i = Number(m[2])
  const out = [...rows]
  if (i >= out.length) return rows
  if (m[1] === 'remove') out.splice(i, 1)
  else {
    const j = m[1] === 'up' ? i - 1 : i + 1
    if (j < 0 || j >= out.length) return rows
    ;[out[i], out[j]] = [out[j]!, out[i]!]
  }
  return out
}

const listPath = (concern: Concern, ward: WardId | null) =>
  ward ? `concerns.${concern}.by_ward.${ward}` : `concerns.${concern}.candidates`

/** A row as routing.yaml writes it; the short form (a bare id) becomes `agency: id`. */
export const candidateOf = (row: CandidateRow): Record<string, unknown> => {
  const value = row.value.trim()
  const head =
    row.type === 'houkatsu'
      ? { houkatsu: 'by_town' }
      : row.type === 'ward_office'
        ? { ward_office: true }
        : { [row.type]: value }
  return {
    ...head,
    ...(row.reason.trim() ? { reason: row.reason.trim() } : {}),
    ...(row.ages.trim() ? { ages: row.ages.trim() } : {}),
  }
}

/**
 * The files with the list replaced. For a ward, `rows === null` removes that ward's list (and
 * `by_ward` when it was the last). Blank rows are dropped; a row with a type that needs a value but
 * has none is a problem here, before the project's checks.
 */
export const applyRoutingEdit = (
  files: VersionFile[],
  concern: Concern,
  ward: WardId | null,
  rows: CandidateRow[] | null,
): { files: VersionFile[]; problems: FileProblem[] } => {
  const kept = (rows ?? []).filter(
    (r) => r.value.trim() || r.reason.trim() || r.type === 'houkatsu' || r.type === 'ward_office',
  )
  const at = listPath(concern, ward)
  const problems: FileProblem[] = []
  kept.forEach((r, i) => {
    if ((r.type === 'agency' || r.type === 'ward_section' || r.type === 'kind') && !r.value.trim())
      problems.push({
        file: ROUTING_FILE,
        path: `${at}[${i}]`,
        message: `「${candidateTypeLabels[r.type]}」には id・課・種類を書いてください`,
        severity: 'error',
      })
  })
  const seen = new Map<string, number>()
  kept.forEach((r, i) => {
    const key = JSON.stringify(candidateOf({ ...r, reason: '', ages: '' }))
    const first = seen.get(key)
    if (first === undefined) seen.set(key, i)
    else
      problems.push({
        file: ROUTING_FILE,
        path: `${at}[${i}]`,
        message: `${first + 1}行目と同じ窓口です。どちらかを削除してください（同じ窓口は2回ご案内されません）`,
        severity: 'error',
      })
  })
  if (rows !== null && kept.length === 0)
    problems.push({
      file: ROUTING_FILE,
      path: at,
      message: ward
        ? 'この区だけの並びに窓口が1つもありません。窓口を書くか、「この区だけの並びをやめる」を選んでください'
        : '窓口を1つ以上書いてください',
      severity: 'error',
    })
  if (problems.length > 0) return { files, problems }
  const next = editFile(files, ROUTING_FILE, (doc) => {
    const path = ['concerns', concern, ...(ward ? ['by_ward', ward] : ['candidates'])]
    if (rows === null) {
      doc.deleteIn(path)
      const rest = doc.getIn(['concerns', concern, 'by_ward']) as { items?: unknown[] } | undefined
      if (rest && Array.isArray(rest.items) && rest.items.length === 0)
        doc.deleteIn(['concerns', concern, 'by_ward'])
    } else setListKeeping(doc, path, kept.map(candidateOf))
  })
  return { files: next, problems: [] }
}

/** The row a problem's path names (`concerns.dementia.by_ward.nakahara[2].agency` → 2), if any. */
export const problemRow = (p: FileProblem, concern: Concern, ward: WardId | null): number | null => {
  if (p.file !== ROUTING_FILE) return null
  const m = new RegExp(`^${listPath(concern, ward).replaceAll('.', '\\.')}\\[(\\d+)\\]`).exec(p.path)
  return m ? Number(m[1]) : null
}
