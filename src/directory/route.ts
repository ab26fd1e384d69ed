import type { RouteQuery } from '../core/directory.ts'
import type { AgencyMessage } from '../core/messages.ts'
import { wardNames } from '../core/taxonomy.ts'
import { fill } from '../text/fill.ts'
import { wardOfficeId } from './build.ts'
import { type Candidate, type ConcernRule, listOf, type Variant } from './routing-schema.ts'
import type { DirAgency, DirectoryData } from './types.ts'
import { hasShownPhone, isReachable, toView } from './view.ts'

// routing.yaml → ordered cards. Each candidate resolves to zero or more agencies for this resident;
// unreachable ones (no number to show, no verified address) are skipped, duplicates dropped.

export interface RoutedAgency {
  agency: DirAgency
  reason: string
  urgent: boolean
}

/** 「栗平2丁目」「栗平２丁目」 → 栗平, 2. */
export const splitTown = (town: string): { name: string; chome: number | null } => {
  const m = /^(.+?)([0-9０-９]+|[一二三四五六七八九十]+)丁目?$/.exec(town.trim())
  if (!m) return { name: town.trim(), chome: null }
  const kanji = ' 一二三四五六七八九'
  const raw = m[2]!.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
  // 一〜十九丁目 is as far as Kawasaki's 町名 go.
  const n = /^\d+$/.test(raw)
    ? Number(raw)
    : raw.startsWith('十')
      ? 10 + Math.max(0, kanji.indexOf(raw[1] ?? ' '))
      : raw.length === 1
        ? kanji.indexOf(raw)
        : Number.NaN
  if (!(n > 0)) return { name: town.trim(), chome: null }
  return { name: m[1]!, chome: n }
}

interface Ctx {
  data: DirectoryData
  query: Omit<RouteQuery, 'concern'>
  label: string
}

const defaultReason = (ctx: Ctx, a: DirAgency): string => {
  const ward = ctx.query.ward ? wardNames[ctx.query.ward] : null
  // No concern (a handoff or the fallback): say where the line is, not what it is for.
  const topic = ctx.label ? `${ctx.label}のご相談を` : ''
  if (a.wards && ward)
    return ctx.label ? `${ward}にお住まいで、${ctx.label}のご相談のため` : `${ward}にお住まいの方の窓口です`
  if (a.scope === 'national')
    return topic ? `${topic}全国どこからでも受け付ける窓口です` : '全国どこからでもつながる窓口です'
  const where = a.scope === 'prefecture' || a.scope === 'kanagawa' ? '神奈川県' : ctx.data.cityName
  return topic ? `${topic}受け付ける${where}の窓口です` : `${where}の相談窓口です`
}

/** Lookups by ward section and by kind, built once per directory (its agencies never change after the build). */
interface AgencyIndex {
  /** `ward␟key` → the first agency with that section, in agencies.yaml order. */
  sections: Map<string, DirAgency>
  /** kind → the agencies of that kind that are not a section and name their wards, in agencies.yaml order. */
  byKind: Map<string, DirAgency[]>
}

const indexes = new WeakMap<DirectoryData, AgencyIndex>()

const indexOf = (data: DirectoryData): AgencyIndex => {
  let index = indexes.get(data)
  if (index) return index
  index = { sections: new Map(), byKind: new Map() }
  for (const a of data.agencies.values()) {
    if (a.section) {
      const key = `${a.section.ward}\u241f${a.section.key}`
      if (!index.sections.has(key)) index.sections.set(key, a)
    } else if (a.wards) {
      const list = index.byKind.get(a.kind) ?? []
      list.push(a)
      index.byKind.set(a.kind, list)
    }
  }
  indexes.set(data, index)
  return index
}

const servesWard = (a: DirAgency, ward: RouteQuery['ward']) =>
  a.wards === null || (ward !== null && a.wards.includes(ward))

/**
 * The agency as this candidate's card for this resident, when it serves their ward. Module-level, as are
 * ruleFor's tests below: the Node service runs under tsx, whose esbuild keeps function names by defining
 * `name` on every named closure as it is made, and the ~15 closures a route made cost more than the rest
 * of resolve (turn-ab's AB_PROFILE).
 */
const pick = (
  ctx: Ctx,
  c: Candidate,
  urgent: boolean,
  a: DirAgency | undefined,
  fallbackReason?: string,
): RoutedAgency[] => {
  if (!a || !servesWard(a, ctx.query.ward)) return []
  const { query } = ctx
  const reason = c.reason
    ? fill(c.reason, {
        ward: query.ward ? wardNames[query.ward] : '',
        concern: ctx.label,
        town: query.town ?? '',
      })
    : (fallbackReason ?? defaultReason(ctx, a))
  return [{ agency: a, reason, urgent }]
}

export const resolve = (ctx: Ctx, c: Candidate, urgent: boolean): RoutedAgency[] => {
  const { data, query } = ctx
  // A line for other ages (若者サポートステーション: 15〜39歳) is not offered to someone known to be outside them.
  if (c.ages && query.ages && (query.ages.max < c.ages.min || query.ages.min > c.ages.max)) return []
  if ('agency' in c) return pick(ctx, c, urgent, data.agencies.get(c.agency))
  if (!query.ward) return []
  const ward = query.ward
  if ('ward_office' in c) return pick(ctx, c, urgent, data.agencies.get(wardOfficeId(ward)))
  if ('ward_section' in c)
    return pick(ctx, c, urgent, indexOf(data).sections.get(`${ward}\u241f${c.ward_section}`))
  if ('kind' in c)
    return (indexOf(data).byKind.get(c.kind) ?? [])
      .filter((a) => a.wards?.includes(ward))
      .flatMap((a) => pick(ctx, c, urgent, a))
  // houkatsu: by_town
  if (!query.town) return []
  const { name, chome } = splitTown(query.town)
  return data.houkatsuAreas
    .filter(
      (h) => h.ward === ward && h.town === name && (!h.chome || chome === null || h.chome.includes(chome)),
    )
    .flatMap((h) => {
      const place = h.chome && chome === null ? `${name}${h.chome.join('・')}丁目` : query.town!
      return pick(
        ctx,
        c,
        urgent,
        data.agencies.get(h.agencyId),
        `お住まいの地区（${place}）を担当する地域包括支援センターです`,
      )
    })
}

// A key not written matches anyone; a key written matches when one of its values is the resident's.
const matches = <T>(v: T | T[] | undefined, theirs: readonly T[]) =>
  v === undefined || listOf(v).some((x) => theirs.includes(x))
const one = <T>(x: T | null): T[] => (x === null ? [] : [x])
const within = (r: Variant['when']['age'], query: Omit<RouteQuery, 'concern'>) =>
  r === undefined || (!!query.ages && query.ages.min >= r.min && query.ages.max <= r.max)

export const ruleFor = (rule: ConcernRule, query: Omit<RouteQuery, 'concern'>): Candidate[] => {
  const variant = rule.variants?.find(
    (v) =>
      matches(v.when.age_group, one(query.ageGroup)) &&
      matches(v.when.subject, one(query.subject)) &&
      within(v.when.age, query) &&
      matches(v.when.prefers, query.prefers ?? []) &&
      matches(v.when.purpose, query.purposes ?? []),
  )
  return variant?.candidates ?? (query.ward && rule.by_ward?.[query.ward]) ?? rule.candidates
}

/** Collects picks in order, skipping duplicates and agencies with nothing to show. */
export class CardList {
  readonly picks: RoutedAgency[] = []
  constructor(private readonly data: DirectoryData) {}
  add(p: RoutedAgency): boolean {
    if (this.picks.some((q) => q.agency.id === p.agency.id) || !isReachable(this.data, p.agency)) return false
    this.picks.push(p)
    return true
  }
  hasPhone(): boolean {
    return this.picks.some((p) => hasShownPhone(this.data, p.agency))
  }
  /**
   * One card per number. Routed sections often share the ward office's 総合案内 (their own lines are
   * unverified), and a resident who sees the same number twice wonders which to call: the first card
   * stays, says which sections to ask for, and the later ones are folded into it.
   */
  messages(now: Date): AgencyMessage[] {
    const out: { message: AgencyMessage; picks: RoutedAgency[] }[] = []
    for (const p of this.picks) {
      const { view, openNow } = toView(this.data, p.agency, now)
      const same = view.phone ? out.find((o) => o.message.agency.phone === view.phone) : undefined
      if (same) {
        same.picks.push(p)
        same.message = { ...same.message, urgent: same.message.urgent || p.urgent }
        continue
      }
      out.push({
        message: { type: 'agency', agency: view, reason: p.reason, openNow, urgent: p.urgent },
        picks: [p],
      })
    }
    return out.map(({ message, picks }) => (picks.length > 1 ? merged(this.data, message, picks) : message))
  }
}

/** What to ask for at the shared number: a section's name; nothing for the office itself. */
const askName = (a: DirAgency): string | null =>
  a.section ? a.section.sectionName : a.id.startsWith('ward-office-') ? null : a.name

const merged = (data: DirectoryData, first: AgencyMessage, picks: RoutedAgency[]): AgencyMessage => {
  const askFor = [...new Set(picks.map((p) => askName(p.agency)).filter((n): n is string => n !== null))]
  const ward = picks.map((p) => p.agency.section?.ward ?? null).find((w) => w !== null) ?? null
  const viaOffice =
    ward !== null &&
    picks.every((p) => p.agency.section || p.agency.id === wardOfficeId(ward)) &&
    first.agency.phone === data.wards[ward]?.officePhone
  const sections = askFor.map((n) => `『${n}』`).join('か')
  const note = viaOffice
    ? `区役所の総合案内におかけいただき、${sections}とお伝えください`
    : `この番号で、${askFor.join('・')}につながります`
  const kept = (first.agency.note ?? '').split('\n').filter((l) => l && !l.includes('とお伝えください'))
  return {
    ...first,
    agency: {
      ...first.agency,
      name: viaOffice ? `${data.wards[ward]!.officeName}（総合案内）` : first.agency.name,
      note: askFor.length > 0 ? [note, ...kept].join('\n') : first.agency.note,
      askFor,
    },
  }
}
