import { type Document, isMap, isNode, isSeq, parse, parseDocument, Scalar, YAMLSeq } from 'yaml'
import type { VersionFile } from '../core/console-store.ts'
import { type Weekday, weekdayIds } from '../directory/schema.ts'
import { editFile, setListKeeping } from './edit/yaml-text.ts'
import type { FileProblem } from './validate.ts'

// The agency and hotline forms ↔ one row of data/kawasaki/agencies.yaml or hotlines.yaml. Every field
// the form shows is written with the yaml library's document model (through editFile, which patches
// the file's own text), so staff comments, key order and every field the form does not show (facts
// seen in a source, gaps, sections…) stay as they were. A field the form did not send is left alone.

export const AGENCIES_FILE = 'data/kawasaki/agencies.yaml'
export const HOTLINES_FILE = 'data/kawasaki/hotlines.yaml'

export const rowFiles = {
  agencies: { path: AGENCIES_FILE, key: 'agencies', phone: 'phone', label: '相談窓口' },
  hotlines: { path: HOTLINES_FILE, key: 'hotlines', phone: 'number', label: '電話相談' },
} as const
export type RowFile = keyof typeof rowFiles

/** One weekday of the hours table: up to two windows (a lunch break splits a day); empty = closed. */
export interface DayRow {
  day: Weekday
  open1: string
  close1: string
  open2: string
  close2: string
}

export interface ContactFormRow {
  type: string
  value: string
  url: string
  label: string
  source: string
  source_kind: string
  as_of: string
  verified: boolean
}

export interface SourceFormRow {
  url: string
  kind: string
  title: string
  as_of: string
}

/** Closed on holidays / over the New Year: stated either way, or not stated (open-now unknown then). */
export type Stated = '' | 'closed' | 'open'

export interface AgencyFields {
  phone: string
  hours: string
  /** Where a new number was read (required when the phone changes: no number reaches residents unsourced). */
  sourceUrl: string
  /** The day it was read there (YYYY-MM-DD). */
  asOf: string
  name?: string
  kind?: string
  /** '' = hours_spec not written (the source does not state the hours in a form a computer can judge). */
  hoursMode?: '' | 'always' | 'weekly'
  days?: DayRow[]
  holidays?: Stated
  newYear?: Stated
  serves?: string[]
  /** agencies: city | ward | wards | prefecture; hotlines: national | kanagawa | kawasaki. */
  scope?: string
  ward?: string
  wards?: string[]
  /** 町名, one per line. */
  towns?: string
  urgent?: boolean
  note?: string
  verified?: boolean
  contacts?: ContactFormRow[]
  sources?: SourceFormRow[]
}

export interface AgencySummary {
  id: string
  name: string
  phone: string | null
  hours: string | null
  index: number
}

type Raw = Record<string, unknown>
const isRecord = (v: unknown): v is Raw => typeof v === 'object' && v !== null && !Array.isArray(v)
const str = (v: unknown) => (typeof v === 'string' ? v : v === null || v === undefined ? '' : String(v))

const rowsOf = (files: VersionFile[], file: RowFile): Raw[] => {
  const text = files.find((f) => f.path === rowFiles[file].path)?.text
  try {
    const list = text ? (parse(text) as Raw)?.[rowFiles[file].key] : []
    return Array.isArray(list) ? list.map((r) => (isRecord(r) ? r : {})) : []
  } catch {
    return []
  }
}

export const listRows = (files: VersionFile[], file: RowFile): AgencySummary[] =>
  rowsOf(files, file).flatMap((row, index) => {
    const id = typeof row.id === 'string' ? row.id : null
    const phone = row[rowFiles[file].phone]
    return id
      ? [
          {
            id,
            name: typeof row.name === 'string' ? row.name : id,
            phone: typeof phone === 'string' ? phone : null,
            hours: typeof row.hours === 'string' ? row.hours : null,
            index,
          },
        ]
      : []
  })

export const listAgencies = (files: VersionFile[]) => listRows(files, 'agencies')

/** The hours_spec's windows as one row per weekday. */
export const dayRowsOf = (spec: unknown): DayRow[] => {
  const weekly = isRecord(spec) && Array.isArray(spec.weekly) ? spec.weekly : []
  return weekdayIds.map((day) => {
    const windows = weekly
      .filter((w): w is Raw => isRecord(w) && Array.isArray(w.days) && w.days.includes(day))
      .map((w) => [str(w.open), str(w.close)] as const)
      .sort((a, b) => (a[0] < b[0] ? -1 : 1))
    return {
      day,
      open1: windows[0]?.[0] ?? '',
      close1: windows[0]?.[1] ?? '',
      open2: windows[1]?.[0] ?? '',
      close2: windows[1]?.[1] ?? '',
    }
  })
}

/** Weekday rows back into windows: days with the same times share one window, in weekday order. */
export const windowsOf = (days: DayRow[]) => {
  const windows: { days: Weekday[]; open: string; close: string }[] = []
  for (const d of [...days].sort((a, b) => weekdayIds.indexOf(a.day) - weekdayIds.indexOf(b.day)))
    for (const [open, close] of [
      [d.open1, d.close1],
      [d.open2, d.close2],
    ] as const) {
      if (!open && !close) continue
      const same = windows.find((w) => w.open === open && w.close === close)
      if (same) same.days.push(d.day)
      else windows.push({ days: [d.day], open, close })
    }
  return windows
}

const statedOf = (v: unknown): Stated => (v === true ? 'closed' : v === false ? 'open' : '')

/** The form's values for one row (everything the form shows). */
export const formOf = (files: VersionFile[], file: RowFile, id: string): AgencyFields | null => {
  const row = rowsOf(files, file).find((r) => r.id === id)
  if (!row) return null
  const spec = isRecord(row.hours_spec) ? row.hours_spec : null
  const area = isRecord(row.area) ? row.area : {}
  return {
    phone: str(row[rowFiles[file].phone]),
    hours: str(row.hours),
    sourceUrl: '',
    asOf: '',
    name: str(row.name),
    kind: str(row.kind),
    hoursMode: !spec ? '' : spec.always === true ? 'always' : 'weekly',
    days: dayRowsOf(spec),
    holidays: statedOf(spec?.closed_on_holidays),
    newYear: statedOf(spec?.closed_new_year),
    serves: Array.isArray(row.serves) ? row.serves.map(str) : [],
    scope: file === 'agencies' ? str(area.scope) : str(row.scope),
    ward: str(area.ward),
    wards: Array.isArray(area.wards) ? area.wards.map(str) : [],
    towns: Array.isArray(area.towns) ? area.towns.map(str).join('\n') : '',
    urgent: row.urgent === true,
    note: str(row.note_for_residents),
    verified: row.verified === true,
    contacts: (Array.isArray(row.contacts) ? row.contacts : []).map((c: unknown) => {
      const r = isRecord(c) ? c : {}
      return {
        type: str(r.type),
        value: str(r.value),
        url: str(r.url),
        label: str(r.label),
        source: str(r.source),
        source_kind: str(r.source_kind),
        as_of: str(r.as_of),
        verified: r.verified === true,
      }
    }),
    sources: (Array.isArray(row.sources) ? row.sources : []).map((s: unknown) => {
      const r = isRecord(s) ? s : {}
      return { url: str(r.url), kind: str(r.kind), title: str(r.title), as_of: str(r.as_of) }
    }),
  }
}

const problem = (file: RowFile, path: string, message: string): FileProblem => ({
  file: rowFiles[file].path,
  path,
  message,
  severity: 'error',
})

const specOf = (f: AgencyFields): Raw | null => {
  if (f.hoursMode === 'always') return { always: true }
  if (f.hoursMode !== 'weekly') return null
  return {
    weekly: windowsOf(f.days ?? []),
    ...(f.holidays ? { closed_on_holidays: f.holidays === 'closed' } : {}),
    ...(f.newYear ? { closed_new_year: f.newYear === 'closed' } : {}),
  }
}

/** A window as the files write it: `days: [mon, tue]`, times quoted ('08:30'). */
const windowNode = (doc: Document, w: Raw) => {
  const node = doc.createNode(w)
  const days = node.get('days', true)
  if (isSeq(days)) days.flow = true
  for (const key of ['open', 'close']) {
    const t = node.get(key, true)
    if (t instanceof Scalar) t.type = Scalar.QUOTE_SINGLE
  }
  return node
}

const specNode = (doc: Document, spec: Raw) => {
  if (!('weekly' in spec)) return doc.createNode(spec)
  const node = doc.createNode({ ...spec, weekly: [] })
  const weekly = node.get('weekly', true)
  if (isSeq(weekly)) for (const w of spec.weekly as Raw[]) weekly.items.push(windowNode(doc, w))
  return node
}

const contactOf = (c: ContactFormRow): Raw => ({
  type: c.type,
  ...(c.value.trim() ? { value: c.value.trim() } : {}),
  ...(c.url.trim() ? { url: c.url.trim() } : {}),
  ...(c.label.trim() ? { label: c.label.trim() } : {}),
  source: c.source.trim(),
  source_kind: c.source_kind.trim(),
  ...(c.as_of.trim() ? { as_of: c.as_of.trim() } : {}),
  verified: c.verified,
})

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b)

/** Problems the form itself can see before the project's checks (a day with one time of two, …). */
const formProblems = (file: RowFile, at: string, f: AgencyFields): FileProblem[] => {
  const out: FileProblem[] = []
  if (f.hoursMode === 'weekly') {
    const names: Record<Weekday, string> = {
      mon: '月',
      tue: '火',
      wed: '水',
      thu: '木',
      fri: '金',
      sat: '土',
      sun: '日',
    }
    for (const d of f.days ?? [])
      for (const [open, close] of [
        [d.open1, d.close1],
        [d.open2, d.close2],
      ] as const)
        if (!open !== !close)
          out.push(
            problem(
              file,
              `${at}.hours_spec`,
              `${names[d.day]}曜日: 開始と終了の両方の時刻を書くか、両方を空（休み）にしてください`,
            ),
          )
    if (windowsOf(f.days ?? []).length === 0)
      out.push(
        problem(
          file,
          `${at}.hours_spec`,
          '曜日ごとの時刻が1つもありません。時刻を書くか、「受付時間の判定」を「書かない」にしてください',
        ),
      )
  }
  if (f.name !== undefined && !f.name.trim()) out.push(problem(file, `${at}.name`, '名前を書いてください'))
  for (const [i, c] of (f.contacts ?? []).entries())
    if (!c.type) out.push(problem(file, `${at}.contacts[${i}]`, '連絡方法の種類を選んでください'))
  return out
}

/**
 * The files with the row's fields replaced, or the problems that stop it (before the project's own
 * checks run on the result). Empty text is written as null (phone, hours) or removed (note, towns).
 */
export const applyAgencyEdit = (
  files: VersionFile[],
  id: string,
  fields: AgencyFields,
  file: RowFile = 'agencies',
): { files: VersionFile[]; problems: FileProblem[] } => {
  const spec = rowFiles[file]
  const target = listRows(files, file).find((a) => a.id === id)
  const old = formOf(files, file, id)
  if (!target || !old)
    return { files, problems: [problem(file, spec.key, `${id} という${spec.label}がありません`)] }
  const at = `${spec.key}[${target.index}] (${id})`
  const i = target.index
  const phone = fields.phone.trim() || null
  const problems: FileProblem[] = []
  if (phone !== target.phone) {
    if (!/^https?:\/\/\S+$/.test(fields.sourceUrl.trim()))
      problems.push(
        problem(
          file,
          `${at}.sources`,
          '電話番号を変えるときは、その番号が載っている公式ページの URL（https://…）を「出典URL」に書いてください',
        ),
      )
    if (!/^\d{4}-\d{2}-\d{2}$/.test(fields.asOf.trim()))
      problems.push(
        problem(file, `${at}.sources`, '出典を確認した日を 2026-12-01 の形で「確認日」に書いてください'),
      )
  }
  problems.push(...formProblems(file, at, fields))
  if (problems.length > 0) return { files, problems }

  const row = [spec.key, i]
  const edit = (doc: Document) => {
    const set = (key: string, value: unknown) => doc.setIn([...row, key], value)
    const drop = (key: string) => doc.deleteIn([...row, key])
    if (phone !== target.phone) {
      set(spec.phone, phone)
      const source = doc.createNode({
        url: fields.sourceUrl.trim(),
        kind: 'official',
        title: 'スタッフコンソールで更新',
        as_of: fields.asOf.trim(),
        facts_seen: [`電話番号 ${phone ?? '（なし）'}`],
      })
      const sources = doc.getIn([...row, 'sources'])
      if (isSeq(sources)) sources.add(source)
      else set('sources', doc.createNode([source]))
    }
    const hours = fields.hours.trim() || null
    if (hours !== (target.hours ?? null)) set('hours', hours)
    if (fields.name !== undefined && fields.name.trim() !== old.name) set('name', fields.name.trim())
    if (fields.kind !== undefined && fields.kind !== old.kind) set('kind', fields.kind)
    if (fields.hoursMode !== undefined) {
      const next = specOf(fields)
      const before = specOf(old)
      if (!same(next, before)) {
        if (!next) drop('hours_spec')
        else if (!('weekly' in next) || !isMap(doc.getIn([...row, 'hours_spec'])))
          set('hours_spec', specNode(doc, next))
        else {
          // Window by window, so unchanged windows keep their lines; the two flags one by one.
          const at = [...row, 'hours_spec']
          doc.deleteIn([...at, 'always'])
          const old = doc.getIn([...at, 'weekly'])
          const items = isSeq(old) ? [...old.items] : []
          const seq = new YAMLSeq<unknown>()
          for (const w of next.weekly as Raw[]) {
            const k = items.findIndex((n) => isNode(n) && same(n.toJSON(), w))
            seq.items.push(k >= 0 ? items.splice(k, 1)[0] : windowNode(doc, w))
          }
          doc.setIn([...at, 'weekly'], seq)
          for (const key of ['closed_on_holidays', 'closed_new_year'] as const)
            key in next ? doc.setIn([...at, key], next[key]) : doc.deleteIn([...at, key])
        }
      }
    }
    if (fields.serves !== undefined && !same(fields.serves, old.serves))
      setListKeeping(doc, [...row, 'serves'], fields.serves)
    if (fields.scope !== undefined && file === 'hotlines' && fields.scope !== old.scope)
      set('scope', fields.scope)
    if (fields.scope !== undefined && file === 'agencies') {
      const area = [...row, 'area']
      if (fields.scope !== old.scope) doc.setIn([...area, 'scope'], fields.scope)
      const ward = fields.scope === 'ward' ? (fields.ward ?? '') : ''
      if (ward !== old.ward) ward ? doc.setIn([...area, 'ward'], ward) : doc.deleteIn([...area, 'ward'])
      const wards = fields.scope === 'wards' ? (fields.wards ?? []) : []
      if (
        !same(wards, fields.scope === 'wards' ? old.wards : []) ||
        (fields.scope !== 'wards' && old.wards?.length)
      )
        wards.length > 0 ? setListKeeping(doc, [...area, 'wards'], wards) : doc.deleteIn([...area, 'wards'])
      const towns = (fields.towns ?? '')
        .split(/\r?\n/)
        .map((t) => t.trim())
        .filter(Boolean)
      if (towns.join('\n') !== old.towns)
        towns.length > 0 ? setListKeeping(doc, [...area, 'towns'], towns) : doc.deleteIn([...area, 'towns'])
    }
    if (fields.urgent !== undefined && fields.urgent !== old.urgent) set('urgent', fields.urgent)
    if (fields.verified !== undefined && fields.verified !== old.verified) set('verified', fields.verified)
    if (fields.note !== undefined && fields.note.trim() !== old.note)
      fields.note.trim() ? set('note_for_residents', fields.note.trim()) : drop('note_for_residents')
    if (fields.contacts !== undefined && !same(fields.contacts, old.contacts))
      fields.contacts.length > 0
        ? setListKeeping(doc, [...row, 'contacts'], fields.contacts.map(contactOf))
        : drop('contacts')
    if (fields.sources !== undefined && !same(fields.sources, old.sources)) {
      // Rows are edited in place, so what the collection recorded beside them (key, facts_seen) stays.
      const list = doc.getIn([...row, 'sources'])
      const items = isSeq(list) ? list.items : []
      const kept: unknown[] = []
      fields.sources.forEach((s, k) => {
        const node = items[k]
        if (!s.url.trim()) return
        const values = {
          url: s.url.trim(),
          kind: s.kind.trim(),
          title: s.title.trim(),
          as_of: s.as_of.trim(),
        }
        if (isMap(node) && k < (old.sources?.length ?? 0)) {
          for (const [key, v] of Object.entries(values))
            if (v !== str(node.get(key))) v ? node.set(key, v) : node.delete(key)
          kept.push(node)
        } else kept.push(doc.createNode(Object.fromEntries(Object.entries(values).filter(([, v]) => v))))
      })
      if (kept.length > 0) {
        const seq = doc.createNode([]) as unknown as { items: unknown[] }
        seq.items.push(...kept)
        set('sources', seq)
      } else drop('sources')
    }
  }
  // A document that does not parse cannot be edited field by field; the project's checks say why.
  if (parseDocument(files.find((f) => f.path === spec.path)!.text).errors.length > 0)
    return {
      files,
      problems: [problem(file, '(file)', 'YAML の書き方に誤りがあるため、フォームでは編集できません')],
    }
  return { files: editFile(files, spec.path, edit), problems: [] }
}
