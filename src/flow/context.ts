import { choiceValue } from '../core/choice-value.ts'
import type { RouteQuery } from '../core/directory.ts'
import { isJapanese } from '../core/language.ts'
import type { AgencyMessage, Choice, OutboundMessage } from '../core/messages.ts'
import type { NluResult, Preference, Purpose } from '../core/nlu.ts'
import {
  ageGroupIds,
  type Concern,
  isConcern,
  subjectIds,
  type WardId,
  wardIds,
  wardNames,
} from '../core/taxonomy.ts'
import { fill } from '../text/fill.ts'
import type { FlowSet } from './flow-set.ts'
import type { StepInput, StepTrace } from './input.ts'
import type { FlowState } from './state.ts'

/** The working copy of one step. Executors change `state` and append to `outputs`; nothing else. */
export interface Ctx {
  flow: FlowSet
  input: StepInput
  state: FlowState
  outputs: OutboundMessage[]
  trace: StepTrace
  /**
   * The concern whose question the resident just left for a clearly stated new one: the classify node
   * does not let it lead again (「介護というより借金のことで」 names care only as what it is not).
   */
  leftConcern?: Concern
  /** Whom the conversation was about before this message (harvest may name someone new). */
  priorSubject?: unknown
  /**
   * The resident is leaving (thanks or goodbye) before any place was given: the questions still ahead
   * are not asked, and the worry is routed with what is known (see the ask node).
   */
  leaving?: true
  /** Concerns this message (in another language) read under the foreign floor: see FlowState.leaning. */
  faint?: Concern[]
}

/**
 * What a node does next. `reread`: the turn's message was not an answer to this node (a new worry, a
 * correction, a menu tap at a question); the node gone to reads it again as if it had just arrived.
 */
export type Next = { goto: string; reread?: true } | { wait: true } | { end: true }
export const WAIT: Next = { wait: true }
export const END: Next = { end: true }

export { fill }

export const say = (ctx: Ctx, text: string) => {
  ctx.outputs.push({ type: 'text', text: fill(text, templateVars(ctx)) })
}

export const askWith = (ctx: Ctx, text: string, choices: Choice[]) => {
  const filled = fill(text, templateVars(ctx))
  ctx.outputs.push(
    choices.length > 0 ? { type: 'choices', text: filled, choices } : { type: 'text', text: filled },
  )
}

export const cards = (ctx: Ctx, messages: AgencyMessage[]) => {
  for (const m of messages) {
    ctx.outputs.push(m)
    ctx.trace.agencies.push(m.agency.id)
  }
}

export const concernName = (flow: FlowSet, c: Concern): string => flow.concernNames[c] ?? c

export const slotConcern = (ctx: Ctx): Concern | null => {
  const c = ctx.state.slots.concern
  return typeof c === 'string' && isConcern(c) ? c : null
}

export const slotWard = (ctx: Ctx): WardId | null => {
  const w = ctx.state.slots.ward
  return typeof w === 'string' && (wardIds as readonly string[]).includes(w) ? (w as WardId) : null
}

/**
 * A few words that give an age or school year, or how someone lives (「me. 38」 read DV 0.99, 「year 3」
 * child-rearing 0.55): an answer, whatever the classifier leans to; its lean tells no worry.
 */
export const briefAnswer = (nlu: NluResult): boolean =>
  nlu.answer?.brief === true && (nlu.answer.ages !== null || nlu.answer.living !== null)

/** The message names one of the city's wards (not 'outside' nor 'ambiguous'). */
export const namesWard = (nlu: NluResult): boolean =>
  nlu.ward !== null && (wardIds as readonly string[]).includes(nlu.ward.value)

const templateVars = (ctx: Ctx): Record<string, string> => {
  const ward = slotWard(ctx)
  const concern = slotConcern(ctx)
  return {
    city: ctx.input.directory.cityName,
    ward: ward ? (ctx.flow.wardNames ?? wardNames)[ward] : '',
    concern: concern ? concernName(ctx.flow, concern) : '',
  }
}

/** The message tells whom it is about, an age or how someone lives, whatever concern it leans to. */
export const answersToo = (nlu: NluResult): boolean =>
  !!nlu.answer && (nlu.answer.ages !== null || nlu.answer.living !== null || nlu.answer.subject !== null)

/**
 * How sure a different concern must be read to leave the topic in hand (an open question, a finished
 * topic, choices on screen): surer when the message also answers (「孩子1岁，我和丈夫都在上班」).
 */
export const switchBar = (ctx: Ctx, nlu: NluResult): number =>
  tellsOnlyHowTheyLive(nlu, ctx.priorSubject)
    ? Number.POSITIVE_INFINITY
    : answersToo(nlu)
      ? ctx.flow.settings.answer_switch_confidence
      : ctx.flow.settings.switch_confidence

/**
 * 「她一个人住」「혼자 사세요」 read as isolation (0.98): living alone is what that concern's words are, so
 * said of the person already talked about (no one named: she, he) it is how they live, never a new
 * worry by itself. 「一人暮らしの母が寂しそうです」 names someone new: it may be a new worry.
 */
const tellsOnlyHowTheyLive = (nlu: NluResult, about: unknown): boolean =>
  nlu.answer?.living === 'alone' &&
  nlu.intent === 'isolation_community' &&
  // …or named as the one already talked about (「娘は22歳で、中原区で一人暮らしです」 after her DV).
  (nlu.answer.subject === null || nlu.answer.subject === about)

/** `settings.related`: two concerns close to each other (either order). */
export const areRelated = (ctx: Ctx, a: Concern | null, b: Concern): boolean =>
  a !== null && ctx.flow.settings.related.some(([x, y]) => (x === a && y === b) || (y === a && x === b))

/** The worries that are harm done to someone: never guessed first, never offered unless told. */
export const HARMS = new Set<string>(['child_abuse', 'domestic_violence', 'elder_abuse'])
const HARM = new Set<string>([...HARMS, 'crisis'])

/** The message was written in Japanese (or easy Japanese); a language not detected counts as Japanese. */
export const writtenInJapanese = (nlu: NluResult): boolean => {
  const detected = nlu.language?.detected
  return detected == null || isJapanese(detected)
}

/**
 * A harm read from a kin word alone, in Japanese with no word of harm (AnswerReading.noHarmWords: 「夫は80、私は77。誰
 * にも頼れない」 DV 0.98 after a carer's answer, 「しょうがくせい です。おかあさん に…」 child abuse 0.97 at a grandmother's
 * ward question): not told, so it neither starts a new topic nor is offered after as a worry told. Neglect told in
 * plain words (the same clothes every day, always hungry) is harm said (entities-how.ts HARM_WORDS).
 */
export const harmUnsaid = (nlu: NluResult): boolean =>
  HARMS.has(nlu.intent) && nlu.answer?.noHarmWords === true

/**
 * How help is given, asked (AnswerReading.asksHow: 「だれか いえ に きて くれますか」 home medical care 0.80 after a son's
 * withdrawal, 「夜でも電話できる？」 at the ward question): about the worry in hand, never a new one. Harm or danger now
 * told beside it still leads.
 */
export const asksHowOnly = (nlu: NluResult): boolean =>
  nlu.answer?.asksHow === true && !HARMS.has(nlu.intent) && !nlu.urgent

/**
 * A city errand named (a tax notice, garbage, registering an address: AnswerReading.errand) and no welfare
 * worry read clearly: the city's call centre and the ward office answer it (the `other` route), at the
 * first turn or later, never the concern menu. In the residents' other languages the classifier reads
 * these weakly (「주민세 고지서가 왔는데」 other 0.44, 「đăng ký địa chỉ mới」 housing 0.71), so the words decide.
 */
export const errandAsked = (ctx: Ctx, nlu: NluResult): boolean =>
  nlu.answer?.errand === true &&
  slotConcern(ctx) !== 'other' &&
  // Read as a worry, even unsurely, in a language the classifier reads well (「ゴミの日がわからなくなってる」
  // dementia 0.64) it is that worry; another language read below the bar comes here as `other`.
  (nlu.intent === 'other' || nlu.confidence < ctx.flow.settings.confidence_threshold) &&
  // Harm told beside the errand (「夫に在留カードを取り上げられた」) is never sent to the call centre.
  !nlu.urgent &&
  !nlu.ranked.some((r) => HARM.has(r.label) && r.score >= ctx.flow.settings.candidate_floor)

/**
 * Harm read in a message that says there is none (「폭력은 없어요。그런데 회사도…」 DV 0.87 after a worry about a
 * husband's drinking): not a new worry; the one in hand goes on. A clear message of harm says it happens.
 */
export const harmDenied = (nlu: NluResult): boolean =>
  nlu.answer?.deniesViolence === true && HARM.has(nlu.intent)

/**
 * 「浅尾、じゃなくて麻生区です」: a correction that gives a place and reads no worry corrects the writer's own
 * words about where, not the bot's reading of the worry (it excluded dementia and showed the menu).
 */
export const correctsTopic = (ctx: Ctx, nlu: NluResult): boolean =>
  nlu.answer?.correction === true && !(nlu.ward !== null && !isConcernRead(ctx, nlu))

/** The message reads as some concern at the confidence threshold (not the catch-all; a crisis counts). */
export const isConcernRead = (ctx: Ctx, nlu: NluResult): boolean =>
  isConcern(nlu.intent) && nlu.intent !== 'other' && nlu.confidence >= ctx.flow.settings.confidence_threshold

/** The likeliest concern in the message's ranking other than `except`, whatever its score. */
export const topConcernExcept = (
  nlu: NluResult,
  except: readonly string[],
): { label: Concern; score: number } | undefined => {
  const r = nlu.ranked.find((x) => isConcern(x.label) && !except.includes(x.label))
  return r && isConcern(r.label) ? { label: r.label, score: r.score } : undefined
}

/** The resident would not say where they live (「区は教えたくない」): routed city-wide, never asked again. */
export const WARD_REFUSED = 'refused'

export const routeQuery = (ctx: Ctx, concern: Concern): RouteQuery => {
  const s = ctx.state.slots
  const prefers: Preference[] = []
  if (s.prefers_phone === true) prefers.push('phone')
  if (s.prefers_anonymous === true || s.ward === WARD_REFUSED) prefers.push('anonymous')
  return {
    concern,
    ward: slotWard(ctx),
    town: typeof s.town === 'string' ? s.town : null,
    ageGroup: ageGroupIds.find((g) => g === s.age_group) ?? null,
    subject: subjectIds.find((x) => x === s.subject) ?? null,
    urgent: s.urgent === true,
    ages:
      typeof s.age_min === 'number' && typeof s.age_max === 'number'
        ? { min: s.age_min, max: s.age_max }
        : null,
    prefers,
    // To volunteer is the writer's own wish: a worry about someone else (「ボランティアをしている者ですが、
    // 近所の一人暮らしの方が心配」) is routed for that person, not to the ボランティアセンター.
    ...(s.purpose_volunteer === true && (s.subject === undefined || s.subject === 'self')
      ? { purposes: ['volunteer'] as Purpose[] }
      : {}),
  }
}

const menus = new WeakMap<FlowSet, readonly Choice[]>()

/** The menu's buttons, encoded once per FlowSet (and language): the menu is shown on most turns. */
export const menuChoices = (flow: FlowSet): Choice[] => {
  let menu = menus.get(flow)
  if (!menu) {
    menu = flow.menu.map((m) => ({
      label: m.label,
      value: choiceValue.encode(
        'concern' in m ? { kind: 'concern', concern: m.concern } : { kind: 'goto', node: m.goto },
      ),
    }))
    menus.set(flow, menu)
  }
  // A copy per turn, so no output ever shares its list with the next turn's.
  return menu.map((c) => ({ ...c }))
}

/** The resume (classify) node's question with the menu; the conversation waits there. */
export const showMenu = (ctx: Ctx, text?: string): Next => {
  const node = ctx.flow.nodes[ctx.flow.resume]
  const prompt = text ?? (node?.type === 'classify' ? node.text : '')
  askWith(ctx, prompt, menuChoices(ctx.flow))
  ctx.state.node = ctx.flow.resume
  ctx.state.candidates = []
  return WAIT
}

export const fallbackCards = (ctx: Ctx) => cards(ctx, ctx.input.directory.fallback(ctx.input.now))
