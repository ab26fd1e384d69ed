import type { Choice } from '../../core/messages.ts'
import type { NluResult } from '../../core/nlu.ts'
import { type Concern, isConcern, subjectIds, type WardId, wardIds, wardNames } from '../../core/taxonomy.ts'
import {
  answersToo,
  areRelated,
  asksHowOnly,
  askWith,
  briefAnswer,
  type Ctx,
  concernName,
  correctsTopic,
  errandAsked,
  fill,
  harmDenied,
  harmUnsaid,
  type Next,
  say,
  slotConcern,
  switchBar,
  WAIT,
  WARD_REFUSED,
} from '../context.ts'
import { ageGroupOf } from '../harvest.ts'
import { miss } from '../miss.ts'
import type { NodeOf } from '../schema.ts'
import { chooseConcern } from './classify.ts'
import type { Executor } from './types.ts'

type Ask = NodeOf<'ask'>

/**
 * The parsers' own buttons, in Japanese. Their translations are locale keys `parsers.<key>`
 * (flows/locales/<lang>.yaml), read through the translated FlowSet.
 */
export const PARSER_LABELS = {
  'ward.unknown': 'わからない',
  'yes_no.yes': 'はい',
  'yes_no.no': 'いいえ',
  'subject.self': 'ご自身',
  'subject.parent': '親',
  'subject.spouse': '配偶者',
  'subject.child': 'お子さん',
  'subject.family': 'ほかの家族',
  'subject.neighbour': '近所の方',
  'age.child': '18歳未満',
  'age.adult': '18〜64歳',
  'age.elderly': '65歳以上',
} as const

const label = (ctx: Ctx, key: keyof typeof PARSER_LABELS) =>
  ctx.flow.parserLabels?.[key] ?? PARSER_LABELS[key]

const wardChoices = (ctx: Ctx, wards: readonly WardId[]): Choice[] => [
  ...wards.map((w) => ({ value: `ward:${w}`, label: ctx.flow.wardNames?.[w] ?? wardNames[w] })),
  { value: 'ward:unknown', label: label(ctx, 'ward.unknown') },
]

/** Buttons for a question: the node's own, or the parser's usual ones. Values say what they answer. */
export const askChoices = (node: Ask, ctx: Ctx): Choice[] => {
  if (node.choices) return node.choices.map((c) => ({ value: `${node.slot}:${c.value}`, label: c.label }))
  switch (node.parser) {
    case 'ward':
      return wardChoices(ctx, ctx.state.wards.length > 0 ? ctx.state.wards : wardIds)
    case 'yes_no':
      return [
        { value: 'yes', label: label(ctx, 'yes_no.yes') },
        { value: 'no', label: label(ctx, 'yes_no.no') },
      ]
    case 'subject':
      return subjectIds.map((s) => ({ value: `subject:${s}`, label: label(ctx, `subject.${s}`) }))
    case 'age':
      return (['child', 'adult', 'elderly'] as const).map((g) => ({
        value: `age_group:${g}`,
        label: label(ctx, `age.${g}`),
      }))
    default:
      return []
  }
}

const prompt = (node: Ask, id: string, ctx: Ctx): Next => {
  const ambiguous = node.parser === 'ward' && ctx.state.wards.length > 0
  const text = ambiguous
    ? fill(ctx.flow.handlers.ambiguous_ward, {
        place: String(ctx.state.slots.town ?? ''),
        wards: ctx.state.wards.map((w) => wardNames[w]).join('と'),
      })
    : node.text
  askWith(ctx, text, askChoices(node, ctx))
  ctx.state.node = id
  return WAIT
}

/** A tapped value → the slot's new value, or undefined when the tap is not an answer to this question. */
const fromChoice = (node: Ask, value: string): string | boolean | undefined => {
  if (node.parser === 'yes_no' && (value === 'yes' || value === 'no')) return value === 'yes'
  const [key, v] = value.split(':', 2)
  if (v === undefined) return undefined
  if (node.parser === 'ward' && key === 'ward') return [...wardIds, 'unknown'].includes(v) ? v : undefined
  if (node.parser === 'subject' && key === 'subject')
    return (subjectIds as readonly string[]).includes(v) ? v : undefined
  if (node.parser === 'age' && key === 'age_group')
    return ['child', 'adult', 'elderly'].includes(v) ? v : undefined
  if (key === node.slot && node.choices?.some((c) => c.value === v)) return v
  return undefined
}

/** Read a typed answer from the NluResult; true when the slot got a value. */
const fromText = (node: Ask, ctx: Ctx): boolean => {
  const ev = ctx.input.event
  if (ev.type !== 'text') return false
  const { nlu } = ev
  const s = ctx.state.slots
  switch (node.parser) {
    case 'ward':
      if (!nlu.ward || !(wardIds as readonly string[]).includes(nlu.ward.value)) return false
      s[node.slot] = nlu.ward.value
      return true
    case 'yes_no':
      if (nlu.yesNo === null) return false
      s[node.slot] = nlu.yesNo
      return true
    case 'subject':
      if (!nlu.subject) return false
      s[node.slot] = nlu.subject
      return true
    case 'age':
      if (nlu.age !== null) s.age_group = ageGroupOf(nlu.age)
      else if (nlu.ageGroup) s.age_group = nlu.ageGroup
      // An age said roughly or as a decade (「80ちょい」「70代後半」: AnswerReading.ages) answers too.
      else if (nlu.answer?.ages) s.age_group = ageGroupOf(nlu.answer.ages.min)
      else return false
      if (node.slot !== 'age_group') s[node.slot] = s.age_group
      return true
    case 'free_text':
      // Only the topic label is kept, never the words.
      s[node.slot] = nlu.intent
      return true
    case 'choice':
      return false
  }
}

/** A confident concern other than the one being handled (`other` is the catch-all, not a topic). */
const isNewTopic = (ctx: Ctx, nlu: NluResult): Concern | null =>
  isConcern(nlu.intent) &&
  nlu.intent !== 'other' &&
  nlu.intent !== 'crisis' &&
  nlu.confidence >= ctx.flow.settings.confidence_threshold &&
  nlu.intent !== slotConcern(ctx) &&
  !(ctx.state.excluded ?? []).includes(nlu.intent) &&
  !harmDenied(nlu)
    ? nlu.intent
    : null

/**
 * How help is given, asked at a question (asksHowOnly: 「夜でも電話できる？」「家に来てくれるのか」 at the ward question),
 * and the classifier's crisis label not read beside it: noted, and the question asked again; never a new worry nor a
 * switch to confirm (the places shown after it answer the how: their hours, a phone).
 */
const asksHowHere = (nlu: NluResult): boolean => asksHowOnly(nlu) && nlu.intent !== 'crisis'

/** An either/or question (AnswerReading.asksWhich) whose two likeliest readings include the worry in hand. */
const weighsBoth = (ctx: Ctx, nlu: NluResult): boolean =>
  nlu.answer?.asksWhich === true &&
  nlu.ranked
    .slice(0, 2)
    .some((r) => r.label === slotConcern(ctx) && r.score >= ctx.flow.settings.candidate_floor)

const isNavigation = (value: string) => value === 'menu' || /^(concern|goto):/.test(value)

/** The choice that declines a new-concern confirmation and goes back to the open question. */
const KEEP = 'keep'

/**
 * The resident will not say (「区は教えたくない」「匿名で」): never the same question again. For the ward, say
 * what they get instead (the concern's city-wide and national lines) and why we asked.
 */
const refuse = (node: Ask, ctx: Ctx): Next => {
  ctx.state.misses = 0
  if (node.parser === 'ward') {
    ctx.state.slots[node.slot] = WARD_REFUSED
    delete ctx.state.slots.town
    ctx.state.wards = []
    say(ctx, ctx.flow.handlers.ward_refused)
  } else ctx.state.slots[node.slot] = 'refused'
  return { goto: node.next }
}

/**
 * A ward question is refused in the message that brought us here (「母が認知症で…住所は言いたくない」). Not when
 * the ward is known already: a later 「名前は言わなきゃだめですか？」 or 「…まだ言いたくない」, read again as a new
 * worry, dropped the ward given two turns before and sent the route city-wide (to the young people's lines
 * for an elderly mother's care). What was told is kept; only an unanswered question is declined.
 */
const refusedNow = (node: Ask, ctx: Ctx): boolean => {
  const ev = ctx.input.event
  const known = ctx.state.slots[node.slot]
  return (
    node.parser === 'ward' &&
    ev.type === 'text' &&
    ev.nlu.answer?.refusal === true &&
    ev.nlu.ward === null &&
    (known === undefined || known === WARD_REFUSED || known === 'unknown')
  )
}

/** 「〜のご相談でしょうか？」 with yes (the new concern) and no (back to the question). */
const confirmSwitch = (ctx: Ctx, id: string, concern: Concern): Next => {
  const h = ctx.flow.handlers
  askWith(ctx, fill(h.confirm_switch, { concern: concernName(ctx.flow, concern) }), [
    { value: `concern:${concern}`, label: h.confirm_yes },
    { value: KEEP, label: h.confirm_no },
  ])
  ctx.state.confirm = concern
  ctx.state.node = id
  return WAIT
}

/**
 * Told something else than asked (an age, who lives with whom, whom it is about, more about the same
 * worry: 「娘です。この春、特別支援学校を卒業しました」): taken, thanked, and asked again.
 */
const toldOtherFact = (ctx: Ctx, nlu: NluResult): boolean =>
  (!!nlu.answer &&
    (nlu.answer.ages !== null ||
      nlu.answer.living !== null ||
      (nlu.answer.subject !== null &&
        (nlu.confidence < ctx.flow.settings.confidence_threshold || nlu.intent === slotConcern(ctx))))) ||
  (nlu.intent === slotConcern(ctx) && nlu.intent !== null)

/**
 * Asks the ward again, once: a resident is not asked the same thing a third time. With a worry known,
 * the flow then goes on without the answer (a ward not given routes city-wide, and says so); with
 * none, an unread answer goes to miss (the menu and the city's general line).
 */
const askAgain = (node: Ask, id: string, ctx: Ctx, text: string): Next => {
  if (slotConcern(ctx) !== null) {
    // Any other question (an age, whom) is asked once: a message that does not answer it (more about
    // the worry, a question of their own: 「外出の付き添いもありますか」 at the age question) means the
    // resident cannot or will not; asked again, conversations ended there unrouted. What is known routes.
    if (node.parser !== 'ward' && ctx.input.event.type === 'text') {
      if (text === ctx.flow.handlers.noted) say(ctx, text)
      return goOn(node, ctx)
    }
    if (ctx.state.misses >= 1) return goOn(node, ctx)
    ctx.state.misses += 1
  }
  say(ctx, text)
  return prompt(node, id, ctx)
}

/**
 * The flow goes on without this answer: a ward not given routes city-wide, and says so. The slot is
 * marked 'unknown' so that a follow-up which runs the concern's steps again does not ask it again.
 */
const goOn = (node: Ask, ctx: Ctx): Next => {
  ctx.state.misses = 0
  ctx.state.slots[node.slot] = 'unknown'
  if (node.parser === 'ward') say(ctx, ctx.flow.handlers.ward_refused)
  return { goto: node.next }
}

/**
 * A new worry stated clearly while a question is open: the classify node reads the message again, the
 * new worry leads, and the one being asked about is kept for afterwards (a second worry never drops
 * the first; a correction excludes it instead, see the classify node).
 */
const leaveFor = (ctx: Ctx): Next => {
  const old = slotConcern(ctx)
  if (old) {
    ctx.leftConcern = old
    if (!ctx.state.pending.includes(old)) ctx.state.pending.push(old)
  }
  return { goto: ctx.flow.resume, reread: true }
}

const answerText = (node: Ask, id: string, ctx: Ctx, nlu: NluResult): Next | null => {
  const pending = ctx.state.confirm
  delete ctx.state.confirm
  if (pending && nlu.yesNo === true) return chooseConcern(ctx, pending)
  if (pending && nlu.yesNo === false) return prompt(node, id, ctx)
  if (node.parser === 'ward' && nlu.ward?.value === 'ambiguous') return prompt(node, id, ctx)
  // 「そうじゃなくて、お金のことです」: the topic was misread; the classify node reads it again.
  if (correctsTopic(ctx, nlu) && slotConcern(ctx) !== null) return { goto: ctx.flow.resume, reread: true }
  // The answer first: 「小3です」 to an age question is an age, whatever concern the classifier leans to.
  // A city errand asked here (「주소 변경은 어디서 하나요?」 at the ward question) is a topic of its own.
  const errand = errandAsked(ctx, nlu)
  // A few words that give an age or how they live (「me. 38」 read DV 0.99) answer, never tell a new worry,
  // however surely the classifier leans: the lean is not followed, nor offered after. (Whom alone may be a
  // new worry: 「私も眠れなくて」 is asked about.)
  const newTopic =
    briefAnswer(nlu) || asksHowHere(nlu) ? null : (isNewTopic(ctx, nlu) ?? (errand ? 'other' : null))
  if (fromText(node, ctx)) {
    ctx.state.misses = 0
    // 「中原区です。あと家賃のことも」: answer this question, and offer the new worry afterwards.
    if (newTopic && !ctx.state.pending.includes(newTopic)) ctx.state.pending.push(newTopic)
    return { goto: node.next }
  }
  if (nlu.answer?.refusal) return refuse(node, ctx)
  if (node.parser === 'ward' && nlu.answer?.unsure) {
    ctx.state.slots[node.slot] = 'unknown'
    ctx.state.misses = 0
    return { goto: node.next }
  }
  if (errand) return leaveFor(ctx)
  if (slotConcern(ctx) !== null && asksHowHere(nlu)) return askAgain(node, id, ctx, ctx.flow.handlers.noted)
  // A worry close to the one asked about (「中学で不登校になって、それからずっとです」 at the ひきこもり ward
  // question, youth 0.9) tells more about it: the question goes on, and that worry is offered after.
  // So does a question which of the two fits (「介護保険って使えるんですか？それとも障害のほう？」 at the
  // disability ward question, care 0.67, disability 0.32): asking it again ended conversations unrouted.
  if (newTopic && (areRelated(ctx, slotConcern(ctx), newTopic) || weighsBoth(ctx, nlu) || harmUnsaid(nlu))) {
    if (!ctx.state.pending.includes(newTopic)) ctx.state.pending.push(newTopic)
    return askAgain(node, id, ctx, ctx.flow.handlers.noted)
  }
  if (newTopic) {
    // Only a clearly stated new worry leaves the question; a likely one is asked about first.
    // (「私も眠れなくて」 names the writer, but as a new worry: it is asked about.)
    // A reply (「はい、本人です。通院して2年くらい」 hikikomori 0.70 at the disability ward question) tells more
    // about the worry in hand: noted, not asked about as a new one.
    if (
      nlu.confidence < ctx.flow.settings.switch_confidence &&
      !toldOtherFact(ctx, nlu) &&
      nlu.yesNo === null
    ) {
      // The question was asked twice already (「しょうがく5ねん」 then 「おかあさん に いえない」 child abuse 0.76
      // at the ward question): a third question (「〜のご相談でしょうか？」, then the ward again after
      // 「このまま」) ended conversations with no place to call. The worry in hand is routed with what is
      // known, and the likely one is offered after it.
      if (ctx.state.misses >= 1 && slotConcern(ctx) !== null) {
        if (!ctx.state.pending.includes(newTopic)) ctx.state.pending.push(newTopic)
        return goOn(node, ctx)
      }
      ctx.state.misses = 0
      return confirmSwitch(ctx, id, newTopic)
    }
    // A message that opens with an answer (「自分のことです。3か月の子がいます」「娘です。上にも3歳の子が…」)
    // is an answer even when its other words lean towards some concern; only a very clear one leaves.
    if (nlu.confidence >= switchBar(ctx, nlu)) {
      ctx.state.misses = 0
      return leaveFor(ctx)
    }
  }
  // (Noted and asked again below: a lean towards another worry does not buy the question another retry.)
  if (toldOtherFact(ctx, nlu) || answersToo(nlu) || (newTopic && nlu.yesNo !== null))
    return askAgain(node, id, ctx, ctx.flow.handlers.noted)
  return null
}

export const askExecutor: Executor<'ask'> = {
  enter(node, id, ctx) {
    if (refusedNow(node, ctx) || (node.parser === 'ward' && ctx.state.slots[node.slot] === WARD_REFUSED))
      return refuse(node, ctx)
    if (node.skip_if_filled && ctx.state.slots[node.slot] !== undefined) return { goto: node.next }
    if (ctx.leaving) return goOn(node, ctx)
    return prompt(node, id, ctx)
  },
  answer(node, id, ctx) {
    const ev = ctx.input.event
    if (ev.type === 'choice') {
      const v = fromChoice(node, ev.value)
      delete ctx.state.confirm
      if (v !== undefined) {
        ctx.state.slots[node.slot] = v
        if (node.parser === 'ward') ctx.state.wards = []
        ctx.state.misses = 0
        return { goto: node.next }
      }
      if (ev.value === KEEP) return prompt(node, id, ctx)
      if (isNavigation(ev.value)) return { goto: ctx.flow.resume, reread: true }
    }
    if (ev.type === 'location' && node.parser === 'ward' && ev.ward && ev.ward.ward !== 'outside') {
      ctx.state.misses = 0
      return { goto: node.next }
    }
    if (ev.type === 'text') {
      const next = answerText(node, id, ctx, ev.nlu)
      if (next) return next
    }
    if (slotConcern(ctx) === null) return miss(ctx, () => prompt(node, id, ctx))
    return askAgain(node, id, ctx, ctx.flow.handlers.retry)
  },
}
