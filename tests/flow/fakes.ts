import { readFlowFiles } from '../../scripts/flows/load.ts'
import type { Directory, RouteQuery } from '../../src/core/directory.ts'
import type { AgencyMessage, AgencyView } from '../../src/core/messages.ts'
import type { NluResult } from '../../src/core/nlu.ts'
import type { AgencyKind } from '../../src/core/taxonomy.ts'
import { parseFlows } from '../../src/flow/parse.ts'

/** A hand-made NluResult: everything empty unless given. */
export const nlu = (over: Partial<NluResult> = {}): NluResult => ({
  intent: 'other',
  confidence: 0.9,
  ranked: [],
  also: [],
  ward: null,
  subject: null,
  ageGroup: null,
  age: null,
  urgent: false,
  crisis: null,
  risk: { score: 0, cues: [] },
  yesNo: null,
  explain: [],
  ...over,
})

const view = (id: string, kind: AgencyKind, phone: string | null): AgencyView => ({
  id,
  kind,
  name: `${id} の窓口`,
  phone,
  tel: phone ? `tel:${phone.replace(/-/g, '')}` : null,
  hours: '平日 8:30〜17:00',
  hoursToday: null,
  address: null,
  mapUrl: null,
  note: null,
})

const card = (
  id: string,
  kind: AgencyKind,
  phone: string | null = '044-000-0000',
  openNow: boolean | null = true,
): AgencyMessage => ({
  type: 'agency',
  agency: view(id, kind, phone),
  reason: 'テストのため',
  openNow,
  urgent: kind === 'emergency',
})

export interface FakeDirectoryCalls {
  route: RouteQuery[]
}

/** Routes by concern and ward into predictable ids (`houkatsu-<ward>`), recording every query. */
export const fakeDirectory = (opts: { closed?: boolean } = {}): Directory & { calls: FakeDirectoryCalls } => {
  const calls: FakeDirectoryCalls = { route: [] }
  const open = !opts.closed
  return {
    calls,
    cityName: '川崎市',
    route(q) {
      calls.route.push(q)
      const ward = q.ward ?? 'city'
      if (q.concern === 'dementia' || q.concern === 'elderly_care')
        return [card(`houkatsu-${ward}`, 'houkatsu', undefined, open)]
      if (q.concern === 'domestic_violence') return [card('dv-8008', 'dv_center', '#8008', open)]
      if (q.concern === 'child_abuse') return [card('jiso-189', 'child_guidance', '189', true)]
      return [card(`mimamori-${ward}`, 'ward_mimamori', undefined, open)]
    },
    handoff(q) {
      const c = card(`handoff-${q.concern ?? 'any'}-${q.ward ?? 'city'}`, 'city_callcenter', undefined, open)
      return [c]
    },
    crisisLines(kind) {
      return [card(`emergency-${kind}`, 'emergency', '119'), card('inochi-24h', 'emergency', '044-733-4343')]
    },
    outOfArea() {
      return [card('national-line', 'emergency', '0120-279-338')]
    },
    fallback() {
      return [card('thankyou-call', 'city_callcenter', '044-200-3939')]
    },
    agency(id) {
      return id === 'ninchisho-call-center-support-hot' ? view(id, 'dementia_line', '044-000-1111') : null
    },
    agencyIds: () => ['ninchisho-call-center-support-hot'],
  }
}

export const realFlows = () => parseFlows(readFlowFiles())
