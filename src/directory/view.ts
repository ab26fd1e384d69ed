import type { AgencyView } from '../core/messages.ts'
import { hoursTodayText, isOpenAt } from './hours.ts'
import type { DirAgency, DirectoryData } from './types.ts'

// What a resident sees of an agency. The one rule that matters most: a number is on the card only
// when the data marks it verified (or it is 119/110). A 地域みまもり支援センター section whose own line is
// unverified is reached through its ward office's verified 総合案内, and the card says so.

/** tel:0447443113, tel:%238008, tel:189. */
export const telUri = (phone: string): string => `tel:${phone.replace(/-/g, '').replace(/#/g, '%23')}`

/** Parenthesised remarks (「（川崎区役所）」「（2021年4月時点…）」) do not help a map search. */
export const mapUrl = (address: string): string => {
  const query = address
    .replace(/（[^）]*）|\([^)]*\)/g, '')
    .replace(/^〒\d{3}-\d{4}\s*/, '')
    .trim()
  return `https://www.google.com/maps/search/?api=1&query=${encodeURIComponent(query)}`
}

interface Dialled {
  phone: string | null
  note: string | null
}

const dialled = (data: DirectoryData, a: DirAgency): Dialled => {
  if (a.phoneShown && a.phone) return { phone: a.phone, note: null }
  if (a.section) {
    const office = data.wards[a.section.ward]?.officePhone ?? null
    if (office)
      return {
        phone: office,
        note: `区役所の総合案内におかけいただき、『${a.section.sectionName}』とお伝えください`,
      }
  }
  return { phone: null, note: null }
}

const costNote = (a: DirAgency): string | null => {
  const free = a.cost?.startsWith('無料') === true
  if (a.nationalEmergency) return `全国共通の緊急通報番号です${free ? '（通話無料）' : ''}`
  return free ? '通話料は無料です' : null
}

/** Whether this agency can be shown at all: a number to call, another verified contact, or a place to go. */
export const isReachable = (data: DirectoryData, a: DirAgency): boolean =>
  dialled(data, a).phone !== null || a.address !== null || a.contacts.length > 0

export const hasShownPhone = (data: DirectoryData, a: DirAgency): boolean => dialled(data, a).phone !== null

/** The part of a card that does not change with the time: built once per agency (the data is immutable). */
const staticViews = new WeakMap<DirAgency, Omit<AgencyView, 'hoursToday'>>()

const staticView = (data: DirectoryData, a: DirAgency): Omit<AgencyView, 'hoursToday'> => {
  let view = staticViews.get(a)
  if (!view) {
    const { phone, note } = dialled(data, a)
    view = {
      id: a.id,
      kind: a.kind,
      name: a.name,
      phone,
      tel: phone ? telUri(phone) : null,
      hours: a.hours,
      address: a.address,
      mapUrl: a.address ? mapUrl(a.address) : null,
      note: [note, a.noteForResidents, costNote(a)].filter(Boolean).join('\n') || null,
      contacts: a.contacts,
    }
    staticViews.set(a, view)
  }
  return view
}

/** `now` null (a lookup by id, no moment given): today's hours and open-now are left unknown. */
export const toView = (
  data: DirectoryData,
  a: DirAgency,
  now: Date | null,
): { view: AgencyView; openNow: boolean | null } => {
  const s = staticView(data, a)
  // Field by field, in the order residents' JSON has always had.
  const view: AgencyView = {
    id: s.id,
    kind: s.kind,
    name: s.name,
    phone: s.phone,
    tel: s.tel,
    hours: s.hours,
    hoursToday: now ? hoursTodayText(a.hoursSpec, now) : null,
    address: s.address,
    mapUrl: s.mapUrl,
    note: s.note,
    contacts: s.contacts,
  }
  return { view, openNow: now ? isOpenAt(a.hoursSpec, now) : null }
}
