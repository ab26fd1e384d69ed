import type { AgencyMessage, AgencyView } from './messages.ts'
import type { CrisisKind, Preference, Purpose } from './nlu.ts'
import type { AgeGroup, Concern, Subject, WardId } from './taxonomy.ts'

// The directory as the flow engine sees it: pure lookups over data already in memory, no I/O.
// Implemented by src/directory (the bundled YAML in data/<city>/ plus flows/routing.yaml).

export interface RouteQuery {
  concern: Concern
  ward: WardId | null
  /** 町名 as in data/<city>/wards.yaml, when the resident named one (picks the 地域包括支援センター). */
  town: string | null
  ageGroup: AgeGroup | null
  subject: Subject | null
  urgent: boolean
  /** The years the person may be (an age, a decade, a school year), to skip lines for other ages. */
  ages?: { min: number; max: number } | null
  /** 「電話で相談したい」「匿名で」: routing variants for these come first where an agency offers them. */
  prefers?: Preference[]
  /** 「ボランティアをしたい」: routing variants for this purpose come first (whatever the age). */
  purposes?: Purpose[]
}

export interface Directory {
  /**
   * Agencies for a concern, most specific first, each with its reason and open-now judged at `now`.
   * Never only agencies without a verified phone; when the first choice is closed, the 24-hour line
   * that fits the concern is added.
   */
  route(query: RouteQuery, now: Date): AgencyMessage[]
  /** Whom to call to talk to a person about this (or anything, when concern is null). */
  handoff(query: Omit<RouteQuery, 'concern'> & { concern: Concern | null }, now: Date): AgencyMessage[]
  /** Emergency lines for a crisis, most immediate first (119/110, then 24-hour lines). */
  crisisLines(kind: CrisisKind, now: Date): AgencyMessage[]
  /** Lines that serve a resident outside the city (national lines), for the out-of-area handler. */
  outOfArea(concern: Concern | null, now: Date): AgencyMessage[]
  /** The city's general line (サンキューコールかわさき) for anything else. */
  fallback(now: Date): AgencyMessage[]
  agency(id: string): AgencyView | null
  /**
   * The number is the city's general line or a ward office's 総合案内: a route that ends there found
   * no desk with a number of its own for that concern and area (the insights' unmet demand). Optional
   * so small test doubles need not implement it; without it only the kind city_callcenter counts.
   */
  isGeneralLine?(phone: string): boolean
  /** Every agency id the directory knows (flows check uses it for dangling ids). */
  agencyIds(): string[]
  /** The city's name as residents read it (川崎市). */
  readonly cityName: string
}
