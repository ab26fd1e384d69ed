import type { ContactView } from '../core/messages.ts'
import { type WardId, wardIds } from '../core/taxonomy.ts'
import type { Problem } from './problem.ts'
import type { RoutingFile } from './routing-schema.ts'
import type { AdditionRow, AgencyRow, ContactRow, HotlineRow, HoukatsuCenter, WardRow } from './schema.ts'
import type { DirAgency, DirectoryData, HoukatsuArea, WardInfo } from './types.ts'

// Validated rows → one normalised DirectoryData. Problems that only show across rows (duplicate ids,
// an addition for an unknown id) are collected, not thrown, so the staff tool can list them all.

interface Rows<T> {
  path: string
  rows: T[]
}
export interface BuildInput {
  agencies: Rows<AgencyRow>
  hotlines: Rows<HotlineRow>
  wards: Rows<WardRow>
  houkatsu: Rows<HoukatsuCenter> | null
  additions: Rows<AdditionRow> | null
  routing: { path: string; file: RoutingFile }
}

const CODE = 'third_party_code'

export const wardOfficeId = (ward: WardId) => `ward-office-${ward}`

/** A number is shown only when a non-code source showed it (SOURCES.md, "What verified means"). */
const agencyPhoneShown = (r: AgencyRow): boolean =>
  r.phone !== null &&
  r.verified &&
  (r.verified_fields ? r.verified_fields.includes('phone') : true) &&
  r.phone_source_kind !== CODE

/** `verified` speaks for the address when there is no phone (SOURCES.md); verified_fields is exact. */
const addressShown = (r: AgencyRow): boolean =>
  r.address !== null &&
  (r.verified_fields ? r.verified_fields.includes('address') : r.verified && r.phone === null)

const contactLabels: Record<ContactRow['type'], string> = {
  fax: 'FAX',
  email: 'メール',
  web_form: '相談フォーム',
  line: 'LINEで相談',
  relay: '電話リレーサービス',
}

/** Contacts residents may see: verified, and not only seen in another project's code. */
export const shownContacts = (rows: ContactRow[] | undefined): ContactView[] =>
  (rows ?? [])
    .filter((c) => c.verified && c.source_kind !== CODE)
    .map((c) => ({
      type: c.type,
      label: contactLabels[c.type],
      value: c.value ?? null,
      href: c.url ?? (c.type === 'email' && c.value ? `mailto:${c.value}` : null),
      note: c.label ?? null,
    }))

const isEmpty = (v: unknown) => v === null || v === undefined || (Array.isArray(v) && v.length === 0)

/** What `verified` covers when a row has no `verified_fields`: its phone, or its address without one. */
const coveredFields = (r: AgencyRow): string[] =>
  r.verified_fields ?? (r.verified ? [r.phone !== null ? 'phone' : 'address'] : [])

/**
 * `fill_nulls`: the addition fills what the row lacks and its sources add up. What is verified is kept
 * per field, so an unverified number filled in never rides on the row's verified address.
 */
const fillNulls = (base: AgencyRow, add: AdditionRow): AgencyRow => {
  const out: Record<string, unknown> = { ...base }
  for (const [k, v] of Object.entries(add)) {
    if (k === 'adds_to' || k === 'add_mode' || k === 'verified' || k === 'verified_fields') continue
    if (k === 'sources' && Array.isArray(v)) out.sources = [...((base.sources as unknown[]) ?? []), ...v]
    else if (isEmpty(out[k])) out[k] = v
  }
  out.verified = base.verified || add.verified
  out.verified_fields = [...new Set([...coveredFields(base), ...coveredFields(add)])]
  return out as AgencyRow
}

const areaWards = (r: AgencyRow): WardId[] | null =>
  r.area.scope === 'ward' && r.area.ward
    ? [r.area.ward]
    : r.area.scope === 'wards' && r.area.wards
      ? r.area.wards
      : null

/** 「栗平1丁目」 → 栗平 [1]: the agencies.yaml spelling, used when houkatsu.yaml is absent. */
const splitChome = (town: string): { town: string; chome: number[] | null } => {
  const m = /^(.+?)([0-9０-９]+)丁目$/.exec(town)
  if (!m) return { town, chome: null }
  const digits = m[2]!.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
  return { town: m[1]!, chome: [Number(digits)] }
}

export const buildDirectory = (input: BuildInput): { data: DirectoryData; problems: Problem[] } => {
  const problems: Problem[] = []
  const agencies = new Map<string, DirAgency>()
  const add = (a: DirAgency) => {
    const prev = agencies.get(a.id)
    if (prev) {
      problems.push({
        ...a.origin,
        severity: 'error',
        message: `id「${a.id}」は ${prev.origin.file} › ${prev.origin.path} でも使われています。別の id にしてください`,
      })
      return
    }
    agencies.set(a.id, a)
  }

  const wardRows = new Map(input.wards.rows.map((w) => [w.id, w]))
  const rows = input.agencies.rows.map((r, i) => ({
    row: r,
    file: input.agencies.path,
    path: `agencies[${i}] (${r.id})`,
  }))
  input.additions?.rows.forEach((add, i) => {
    const path = `additions[${i}] (${add.id})`
    if (add.adds_to === null) {
      rows.push({ row: add, file: input.additions!.path, path })
      return
    }
    const target = rows.find((r) => r.row.id === add.adds_to)
    if (!target) {
      problems.push({
        file: input.additions!.path,
        path: `${path}.adds_to`,
        severity: 'error',
        message: `adds_to「${add.adds_to}」という id は agencies.yaml にありません。id を確かめるか null にしてください`,
      })
    } else target.row = fillNulls(target.row, add)
  })

  for (const { row: r, file, path } of rows) {
    const wards = areaWards(r)
    add({
      id: r.id,
      kind: r.kind,
      name: r.name,
      phone: r.phone,
      phoneShown: agencyPhoneShown(r),
      nationalEmergency: false,
      address: addressShown(r) ? r.address : null,
      hours: r.hours,
      hoursSpec: r.hours_spec ?? null,
      noteForResidents: r.note_for_residents ?? null,
      contacts: shownContacts(r.contacts),
      serves: r.serves,
      scope: r.area.scope,
      wards,
      urgent: r.urgent,
      cost: null,
      section: null,
      origin: { file, path },
    })
    const ward = wards?.length === 1 ? wards[0]! : null
    r.sections?.forEach((s, j) => {
      if (!ward) return
      const key = s.id.startsWith(`${r.id}-`) ? s.id.slice(r.id.length + 1) : s.id
      const officeName = wardRows.get(ward)?.ward_office.name ?? ''
      add({
        id: s.id,
        kind: r.kind,
        name: `${officeName} 地域みまもり支援センター ${s.name}`.trim(),
        phone: s.phone,
        phoneShown: s.phone !== null && s.verified && s.source_kind !== CODE,
        nationalEmergency: false,
        address: addressShown(r) ? r.address : null,
        hours: r.hours,
        // A section keeps the hours of the ward office it sits in.
        hoursSpec: r.hours_spec ?? null,
        noteForResidents: s.note_for_residents ?? null,
        contacts: shownContacts(s.contacts),
        serves: s.serves,
        scope: 'ward',
        wards: [ward],
        urgent: false,
        cost: null,
        section: { parentId: r.id, ward, key, sectionName: s.name },
        origin: { file, path: `${path}.sections[${j}] (${s.id})` },
      })
    })
  }

  for (const [i, h] of input.hotlines.rows.entries())
    add({
      id: h.id,
      kind: h.kind,
      name: h.name,
      phone: h.number,
      phoneShown: h.number !== null && (h.verified || h.national_emergency === true),
      nationalEmergency: h.national_emergency === true,
      address: null,
      hours: h.hours,
      hoursSpec: h.hours_spec ?? null,
      noteForResidents: h.note_for_residents ?? null,
      contacts: shownContacts(h.contacts),
      serves: h.serves,
      scope: h.scope,
      wards: null,
      urgent: h.urgent,
      cost: h.cost ?? null,
      section: null,
      origin: { file: input.hotlines.path, path: `hotlines[${i}] (${h.id})` },
    })

  const wards = {} as Record<WardId, WardInfo>
  const towns = {} as Record<WardId, string[]>
  for (const id of wardIds) {
    const w = wardRows.get(id)
    if (!w) {
      problems.push({
        file: input.wards.path,
        path: 'wards',
        severity: 'error',
        message: `区「${id}」がありません`,
      })
      continue
    }
    const o = w.ward_office
    wards[id] = {
      id,
      name: w.name,
      officeName: o.name,
      officePhone: o.phone_general && o.verified_fields.includes('phone_general') ? o.phone_general : null,
      mimamoriId: w.mimamori_center.agency_id,
    }
    towns[id] = w.towns.map((t) => t.name)
    // The ward office itself (総合案内) as a routable agency: `ward_office: true` in routing.yaml.
    add({
      id: wardOfficeId(id),
      kind: 'city_callcenter',
      name: `${o.name}（総合案内）`,
      phone: o.phone_general,
      phoneShown: wards[id].officePhone !== null,
      nationalEmergency: false,
      address: o.address && o.verified_fields.includes('address') ? `〒${o.postal_code} ${o.address}` : null,
      hours: o.hours ?? null,
      hoursSpec: o.hours_spec ?? null,
      noteForResidents: o.note_for_residents ?? null,
      contacts: shownContacts(o.contacts),
      serves: ['other'],
      scope: 'ward',
      wards: [id],
      urgent: false,
      cost: null,
      section: null,
      origin: { file: input.wards.path, path: `wards (${id}).ward_office` },
    })
  }

  const houkatsuAreas: HoukatsuArea[] = []
  if (input.houkatsu) {
    for (const c of input.houkatsu.rows)
      for (const town of c.towns ?? [])
        houkatsuAreas.push({ agencyId: c.id, ward: c.ward, town, chome: c.chome_limits?.[town] ?? null })
  } else {
    for (const a of input.agencies.rows)
      if (a.kind === 'houkatsu' && a.area.ward)
        for (const t of a.area.towns ?? [])
          houkatsuAreas.push({ agencyId: a.id, ward: a.area.ward, ...splitChome(t) })
  }

  return {
    data: {
      cityName: input.routing.file.city,
      agencies,
      wards,
      towns,
      houkatsuAreas,
      routing: input.routing.file,
      files: {
        routing: input.routing.path,
        agencies: input.agencies.path,
        hotlines: input.hotlines.path,
        wards: input.wards.path,
        houkatsu: input.houkatsu?.path ?? null,
      },
    },
    problems,
  }
}
