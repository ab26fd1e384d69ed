import type { Directory, RouteQuery } from '../core/directory.ts'
import type { AgencyMessage } from '../core/messages.ts'
import type { CrisisKind } from '../core/nlu.ts'
import { type Concern, wardNames } from '../core/taxonomy.ts'
import { isOpenAt } from './hours.ts'
import { CardList, resolve, ruleFor } from './route.ts'
import type { Candidate } from './routing-schema.ts'
import type { DirectoryData } from './types.ts'
import { hasShownPhone, toView } from './view.ts'

// The Directory contract (src/core/directory.ts) over parsed data. Pure: `now` comes in, nothing is read.
// Guarantees, whatever routing.yaml says: a route always carries a verified number (the fallback line is
// added otherwise), and when the first office is not known to be open, the concern's night lines follow.

type Query = Omit<RouteQuery, 'concern'>
const noQuery: Query = { ward: null, town: null, ageGroup: null, subject: null, urgent: false }

export const createDirectory = (data: DirectoryData): Directory => {
  const { routing } = data
  let generalLines: Set<string> | null = null
  const labelOf = (concern: Concern | null) => (concern ? (routing.concerns[concern]?.label ?? concern) : '')

  const addAll = (
    cards: CardList,
    list: Candidate[] | undefined,
    query: Query,
    label: string,
    urgent: boolean,
    max = Infinity,
  ) => {
    let added = 0
    for (const c of list ?? []) {
      for (const p of resolve({ data, query, label }, c, urgent)) {
        if (added >= max) return
        if (cards.add(p)) added++
      }
    }
  }

  const ensurePhone = (cards: CardList, query: Query, label: string) => {
    if (!cards.hasPhone()) addAll(cards, routing.fallback, query, label, false)
  }

  const route = (query: RouteQuery, now: Date): AgencyMessage[] => {
    const rule = routing.concerns[query.concern]
    const label = labelOf(query.concern)
    const cards = new CardList(data)
    if (!rule) {
      addAll(cards, routing.fallback, query, label, false)
      return cards.messages(now)
    }
    if (query.urgent) addAll(cards, rule.urgent_first, query, label, true)
    for (const c of rule.first ?? [])
      for (const p of resolve({ data, query, label }, c, false)) cards.add({ ...p, urgent: p.agency.urgent })
    addAll(cards, ruleFor(rule, query), query, label, false, routing.max_cards)
    // The city's own line before the night lines: a national hotline is no substitute in the daytime.
    ensurePhone(cards, query, label)
    const firstCard = cards.picks[0]
    if (!firstCard || isOpenAt(firstCard.agency.hoursSpec, now) !== true) {
      for (const c of rule.when_closed ?? [])
        for (const p of resolve({ data, query, label }, c, false))
          if (isOpenAt(p.agency.hoursSpec, now) !== false) cards.add(p)
    }
    return cards.messages(now)
  }

  const fallback = (now: Date): AgencyMessage[] => {
    const cards = new CardList(data)
    addAll(cards, routing.fallback, noQuery, labelOf(null), false)
    return cards.messages(now)
  }

  return {
    cityName: data.cityName,
    route,
    handoff(query, now) {
      if (query.concern) {
        const withPhone = route({ ...query, concern: query.concern }, now).filter(
          (m) => m.agency.phone !== null,
        )
        const shown = withPhone.slice(0, 2)
        // At night the two most local offices are rarely answering: keep the concern's open line too.
        const open = withPhone.find((m) => m.openNow === true)
        if (open && !shown.some((m) => m.openNow === true)) shown.push(open)
        return shown
      }
      const cards = new CardList(data)
      if (query.ward)
        addAll(
          cards,
          [{ ward_office: true, reason: `${wardNames[query.ward]}にお住まいの方の区役所の総合案内です` }],
          query,
          labelOf(null),
          false,
        )
      addAll(cards, routing.fallback, query, labelOf(null), false)
      return cards.messages(now).filter((m) => m.agency.phone !== null)
    },
    crisisLines(kind: CrisisKind, now) {
      const cards = new CardList(data)
      addAll(cards, routing.crisis[kind], noQuery, labelOf('crisis'), true)
      return cards.messages(now)
    },
    outOfArea(concern, now) {
      const cards = new CardList(data)
      const label = labelOf(concern)
      if (concern === 'crisis') {
        // 119 and 110 work anywhere in Japan; the city's own 24-hour lines do not belong here.
        const { medical = [], violence = [], suicide = [] } = routing.crisis
        for (const p of [...medical, ...violence, ...suicide].flatMap((c) =>
          resolve({ data, query: noQuery, label }, c, true),
        ))
          if (p.agency.scope === 'national') cards.add(p)
        return cards.messages(now)
      }
      const national = [...data.agencies.values()].filter(
        (a) =>
          a.scope === 'national' &&
          !a.nationalEmergency &&
          hasShownPhone(data, a) &&
          concern !== null &&
          a.serves.includes(concern),
      )
      for (const a of national.slice(0, routing.max_cards))
        cards.add({
          agency: a,
          reason: `${label}のご相談を全国どこからでも受け付ける窓口です`,
          urgent: false,
        })
      addAll(cards, routing.out_of_area, noQuery, label, false)
      return cards.messages(now)
    },
    fallback,
    agency(id) {
      const a = data.agencies.get(id)
      return a ? toView(data, a, null).view : null
    },
    agencyIds: () => [...data.agencies.keys()],
    isGeneralLine(phone) {
      // The ward offices' 総合案内 and whatever the fallback shows (サンキューコールかわさき), once.
      generalLines ??= new Set([
        ...Object.values(data.wards).flatMap((w) => (w?.officePhone ? [w.officePhone] : [])),
        ...fallback(new Date(0)).flatMap((m) => (m.agency.phone ? [m.agency.phone] : [])),
      ])
      return generalLines.has(phone)
    },
  }
}
