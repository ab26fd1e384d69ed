import type { ContactView } from '../core/messages.ts'
import type { AgencyKind, Concern, WardId } from '../core/taxonomy.ts'
import type { RoutingFile } from './routing-schema.ts'
import type { HoursSpec } from './schema.ts'

// The directory after parsing: one flat list of agencies (agencies.yaml rows, their sections, hotlines
// and additions), normalised so routing never has to know which file a row came from.

export interface DirAgency {
  id: string
  kind: AgencyKind
  name: string
  /** The number as written in the data, verified or not. Views decide what may be shown. */
  phone: string | null
  /** The number may be shown to residents: verified in a non-code source, or a national emergency line. */
  phoneShown: boolean
  /** 119/110: shown even while unverified (see the data row's note). */
  nationalEmergency: boolean
  address: string | null
  /** Resident-facing hours text; staff provenance stays in the file's `hours_note`. */
  hours: string | null
  hoursSpec: HoursSpec | null
  /** The row's `note_for_residents`: the one free-text line residents may read. */
  noteForResidents: string | null
  /** Verified FAX, e-mail, form, LINE and relay contacts, ready to show. */
  contacts: ContactView[]
  serves: Concern[]
  /** city / ward / wards / prefecture (agencies), national / kanagawa / kawasaki (hotlines). */
  scope: string
  /** The wards this agency serves, or null when it is not tied to wards (city-wide, national…). */
  wards: WardId[] | null
  urgent: boolean
  /** Hotline cost as written (無料, 通話料あり…). */
  cost: string | null
  /** Set for a 地域みまもり支援センター section: routed through its ward office. */
  section: { parentId: string; ward: WardId; key: string; sectionName: string } | null
  /** Where the row lives, for staff-facing problems. */
  origin: { file: string; path: string }
}

export interface WardInfo {
  id: WardId
  name: string
  officeName: string
  /** The 総合案内 number when verified, else null. */
  officePhone: string | null
  mimamoriId: string
}

/** One 町名 (optionally limited to some 丁目) served by a 地域包括支援センター. */
export interface HoukatsuArea {
  agencyId: string
  ward: WardId
  town: string
  chome: number[] | null
}

export interface DirectoryData {
  cityName: string
  agencies: Map<string, DirAgency>
  wards: Record<WardId, WardInfo>
  /** 町名 per ward as in wards.yaml. */
  towns: Record<WardId, string[]>
  houkatsuAreas: HoukatsuArea[]
  routing: RoutingFile
  files: { routing: string; agencies: string; hotlines: string; wards: string; houkatsu: string | null }
}
