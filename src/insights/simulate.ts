import { createConversation } from '../conversation/create-conversation.ts'
import { choiceValue } from '../core/choice-value.ts'
import type { ChannelId, ConversationService } from '../core/conversation.ts'
import type { InsightsCounter } from '../core/insights.ts'
import type { Logger } from '../core/log.ts'
import type { InboundMessage, OutboundMessage } from '../core/messages.ts'
import type { Nlu } from '../core/nlu.ts'
import { type Concern, type WardId, wardNames } from '../core/taxonomy.ts'
import { createDirectory } from '../directory/create-directory.ts'
import type { Project } from '../project/project.ts'
import { createMemoryStore } from '../sessions/memory-store.ts'

// Demo data (`npm run insights -- simulate`): synthetic conversations through the REAL conversation core
// (the project's flows, directory and NLU), so a new user sees a populated dashboard. The texts come
// from the templates below; they are demo material, not an evaluation set. Nothing of them is kept:
// only the counters the core adds, as for any resident.

const phrases: Partial<Record<Concern, string[]>> = {
  elderly_care: [
    '父の介護のことで相談したいです',
    '母が要介護になりそうで不安です',
    '介護保険の申請の仕方を知りたい',
  ],
  dementia: [
    '母の物忘れがひどくなってきました',
    '父が認知症かもしれません',
    '祖母が同じことを何度も聞きます',
  ],
  home_medical: [
    '父が退院したあとの生活が心配です',
    '在宅で療養したいのですが',
    '母が退院後に訪問診療を受けたい',
  ],
  disability: ['息子に知的障害があります', '私は聴覚障害があります', '障害者手帳のことを聞きたい'],
  mental_health: [
    '最近眠れなくて気分が落ち込みます',
    '気持ちが不安定でつらいです',
    'うつかもしれないと思っています',
  ],
  child_rearing: ['子育てに疲れてしまいました', '赤ちゃんの夜泣きで困っています', '妊娠中で不安があります'],
  child_abuse: ['隣の家から子どもの泣き声と怒鳴り声が毎晩聞こえます', '子どもをたたいてしまいそうです'],
  elder_abuse: ['近所のおばあさんが家族に怒鳴られているようです', '施設で父が乱暴に扱われている気がします'],
  domestic_violence: ['夫から暴力を受けています', 'パートナーに怒鳴られて怖いです'],
  livelihood: ['仕事を失って生活費が足りません', '家賃が払えなくて困っています', 'お金のことで相談したい'],
  hikikomori: ['息子が何年も部屋から出てきません', '30代の娘がひきこもっています'],
  youth_support: ['中学生の息子が学校に行きたがりません', '高校をやめた娘の進路が心配です'],
  isolation_community: ['85歳の父が一人暮らしで心配です', '近所の一人暮らしの方を見かけなくなりました'],
  health_prevention: ['介護予防の体操教室を探しています', '健康診断について知りたい'],
  housing: ['高齢で部屋を借りられません', '住むところがなくなりそうです'],
  other: ['粗大ごみの出し方を教えてください', 'マイナンバーカードのことを聞きたい'],
}

const crisisPhrases = ['もう消えたい', '父が倒れて意識がありません']
const outsidePhrases = [
  '横浜市に住んでいます。母の介護の相談をしたい',
  '東京都に住んでいますが、父の物忘れが心配です',
]

/** A small seeded generator, so a run can be repeated (mulberry32). */
export const seeded = (seed: number) => {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const pickWeighted = <T>(rand: () => number, items: [T, number][]): T => {
  const total = items.reduce((n, [, w]) => n + w, 0)
  let r = rand() * total
  for (const [item, w] of items) {
    r -= w
    if (r <= 0) return item
  }
  return items[items.length - 1]![0]
}

const concernWeights: [Concern, number][] = [
  ['elderly_care', 14],
  ['dementia', 12],
  ['home_medical', 5],
  ['disability', 6],
  ['mental_health', 10],
  ['child_rearing', 9],
  ['child_abuse', 3],
  ['elder_abuse', 2],
  ['domestic_violence', 3],
  ['livelihood', 9],
  ['hikikomori', 4],
  ['youth_support', 4],
  ['isolation_community', 5],
  ['health_prevention', 3],
  ['housing', 4],
  ['other', 3],
]
const wardWeights: [WardId, number][] = [
  ['kawasaki', 14],
  ['saiwai', 11],
  ['nakahara', 18],
  ['takatsu', 15],
  ['miyamae', 14],
  ['tama', 14],
  ['asao', 12],
]
// Hours in Japan, weighted: most in office hours, a real share in the evening and at night.
const hourWeights: [number, number][] = Array.from({ length: 24 }, (_, h) => [
  h,
  h >= 9 && h < 17 ? 8 : h >= 17 && h < 22 ? 5 : h >= 22 || h < 2 ? 3 : h >= 7 ? 3 : 1,
])

export interface SimulateOptions {
  project: Project
  nlu: Nlu
  insights: InsightsCounter
  conversations: number
  /** Spread over this many weeks up to `end`. */
  weeks: number
  end: Date
  seed?: number
}

export interface SimulateReport {
  conversations: number
  turns: number
  ms: number
  /** Turns whose counters could not be written (logged by the core as insights.count_failed). */
  countFailures: number
}

/** What kind of choice a value offered to the resident is (src/core/choice-value.ts reads the format). */
const kindOf = (value: string) => choiceValue.safeDecode(value).data?.kind

const choicesOf = (messages: OutboundMessage[]) =>
  messages.flatMap((m) => (m.type === 'choices' ? m.choices.map((c) => c.value) : []))

/** Drives one synthetic conversation; returns its turns. */
const converse = async (core: ConversationService, rand: () => number, now: Date): Promise<number> => {
  const sessionId = crypto.randomUUID()
  const channel = pickWeighted<ChannelId>(rand, [
    ['line', 55],
    ['web', 40],
    ['botframework', 5],
  ])
  const ward = pickWeighted(rand, wardWeights)
  let turns = 0
  const send = async (message: InboundMessage) => {
    turns++
    // A server yields to I/O between requests; so does the simulation (the counters' writes go out).
    await new Promise((r) => setImmediate(r))
    return (await core.handle({ channel, sessionId, message, now })).messages
  }
  if (channel !== 'line' || rand() < 0.6) await send({ type: 'start' })
  const kind = rand()
  let concern: Concern | null = null
  let out: OutboundMessage[]
  if (kind < 0.015)
    out = await send({ type: 'text', text: crisisPhrases[Math.floor(rand() * crisisPhrases.length)]! })
  else if (kind < 0.035)
    out = await send({ type: 'text', text: outsidePhrases[Math.floor(rand() * outsidePhrases.length)]! })
  else if (kind < 0.06) out = await send({ type: 'choice', value: 'human' })
  else if (kind < 0.1) {
    await send({ type: 'choice', value: 'lang:en' })
    concern = pickWeighted(rand, concernWeights)
    out = await send({ type: 'choice', value: choiceValue.encode({ kind: 'concern', concern }) })
  } else {
    concern = pickWeighted(rand, concernWeights)
    const list = phrases[concern] ?? ['相談したいことがあります']
    const text = list[Math.floor(rand() * list.length)]!
    // Some residents say their ward in the first message.
    out = await send({
      type: 'text',
      text: rand() < 0.25 ? `${wardNames[ward]}に住んでいます。${text}` : text,
    })
  }
  for (let i = 0; i < 6; i++) {
    const offered = choicesOf(out)
    if (offered.length === 0) break
    // Some leave before the answer, some never answer the one-tap question.
    if (rand() < 0.06) break
    const feedback = offered.filter((v) => kindOf(v) === 'feedback')
    if (feedback.length > 0) {
      if (rand() < 0.65)
        await send({
          type: 'choice',
          value: choiceValue.encode({ kind: 'feedback', answer: rand() < 0.8 ? 'yes' : 'no' }),
        })
      break
    }
    const wardValue = choiceValue.encode({ kind: 'ward', ward })
    const wardChoice = offered.find((v) => v === wardValue)
    const concernValue = concern ? choiceValue.encode({ kind: 'concern', concern }) : undefined
    const concernChoice = concernValue ? offered.find((v) => v === concernValue) : undefined
    const next =
      wardChoice ??
      concernChoice ??
      offered.find((v) => kindOf(v) === 'concern') ??
      offered[Math.floor(rand() * offered.length)]!
    out = await send({ type: 'choice', value: next })
  }
  return turns
}

export const simulate = async (options: SimulateOptions): Promise<SimulateReport> => {
  const rand = seeded(options.seed ?? 15)
  let countFailures = 0
  const logger: Logger = {
    log(_level, event) {
      if (event === 'insights.count_failed') countFailures++
    },
  }
  const core = createConversation({
    flows: options.project.flows,
    directory: createDirectory(options.project.directory),
    nlu: options.nlu,
    store: createMemoryStore({ maxEntries: options.conversations + 10 }),
    ttlSeconds: 1800,
    logger,
    locateWard: options.project.locateWard,
    insights: options.insights,
  })
  const started = performance.now()
  const span = options.weeks * 7
  let turns = 0
  for (let n = 0; n < options.conversations; n++) {
    const daysAgo = Math.floor(rand() * span)
    const hour = pickWeighted(rand, hourWeights)
    const day = new Date(options.end.getTime() - daysAgo * 86_400_000)
    const jstMidnight = Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate()) - 9 * 3_600_000
    const now = new Date(
      Math.min(options.end.getTime(), jstMidnight + hour * 3_600_000 + Math.floor(rand() * 3_600_000)),
    )
    turns += await converse(core, rand, now)
  }
  return {
    conversations: options.conversations,
    turns,
    ms: Math.round(performance.now() - started),
    countFailures,
  }
}
