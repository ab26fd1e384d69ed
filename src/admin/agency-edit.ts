import { isMap, isSeq, parseDocument } from 'yaml'
import type { VersionFile } from '../core/console-store.ts'
import type { FileProblem } from './validate.ts'

// The agency form's fields written into data/<city>/agencies.yaml with the yaml library's document
// model, so staff comments, key order and every field the form does not show stay exactly as they were.

export const AGENCIES_FILE = 'data/kawasaki/agencies.yaml'

export interface AgencyFields {
  phone: string
  hours: string
  /** Where the new number was read (required when the phone changes: no number reaches residents unsourced). */
  sourceUrl: string
  /** The day it was read there (YYYY-MM-DD). */
  asOf: string
}

export interface AgencySummary {
  id: string
  name: string
  phone: string | null
  hours: string | null
  index: number
}

const agenciesOf = (text: string) => {
  const doc = parseDocument(text)
  const list = doc.get('agencies')
  return { doc, rows: isSeq(list) ? list.items : [] }
}

export const listAgencies = (files: VersionFile[]): AgencySummary[] => {
  const file = files.find((f) => f.path === AGENCIES_FILE)
  if (!file) return []
  return agenciesOf(file.text).rows.flatMap((row, index) => {
    if (!isMap(row)) return []
    const get = (k: string) => {
      const v = row.get(k)
      return typeof v === 'string' ? v : null
    }
    const id = get('id')
    return id ? [{ id, name: get('name') ?? id, phone: get('phone'), hours: get('hours'), index }] : []
  })
}

const problem = (path: string, message: string): FileProblem => ({
  file: AGENCIES_FILE,
  path,
  message,
  severity: 'error',
})

/**
 * The files with the agency's phone and hours replaced, or the problems that stop it (before the
 * project's own checks run on the result). An empty phone or hours is written as null, as in the file.
 */
export const applyAgencyEdit = (
  files: VersionFile[],
  agencyId: string,
  fields: AgencyFields,
): { files: VersionFile[]; problems: FileProblem[] } => {
  const file = files.find((f) => f.path === AGENCIES_FILE)
  const target = file && listAgencies(files).find((a) => a.id === agencyId)
  if (!file || !target)
    return { files, problems: [problem('agencies', `${agencyId} という機関がありません`)] }
  const at = `agencies[${target.index}] (${agencyId})`
  const phone = fields.phone.trim() || null
  const hours = fields.hours.trim() || null
  const problems: FileProblem[] = []
  const { doc } = agenciesOf(file.text)
  if (phone !== target.phone) {
    const url = fields.sourceUrl.trim()
    if (!/^https?:\/\/\S+$/.test(url))
      problems.push(
        problem(
          `${at}.sources`,
          '電話番号を変えるときは、その番号が載っている公式ページの URL（https://…）を「出典URL」に書いてください',
        ),
      )
    if (!/^\d{4}-\d{2}-\d{2}$/.test(fields.asOf.trim()))
      problems.push(
        problem(`${at}.sources`, '出典を確認した日を 2026-12-01 の形で「確認日」に書いてください'),
      )
    if (problems.length > 0) return { files, problems }
    doc.setIn(['agencies', target.index, 'phone'], phone)
    const sources = doc.getIn(['agencies', target.index, 'sources'])
    const source = doc.createNode({
      url: url,
      kind: 'official',
      title: 'スタッフコンソールで更新',
      as_of: fields.asOf.trim(),
      facts_seen: [`電話番号 ${phone ?? '（なし）'}`],
    })
    if (isSeq(sources)) sources.add(source)
    else doc.setIn(['agencies', target.index, 'sources'], doc.createNode([source]))
  }
  if (hours !== target.hours) doc.setIn(['agencies', target.index, 'hours'], hours)
  // The repo's own YAML style (sequences not indented, [a, b] without padding), so the diff is the edit only.
  const text = doc.toString({ lineWidth: 0, indentSeq: false, flowCollectionPadding: false })
  return { files: files.map((f) => (f === file ? { path: f.path, text } : f)), problems }
}
