import { choiceValue } from '../core/choice-value.ts'
import { LANGUAGE_NAMES } from '../core/language-names.ts'
import type { Choice } from '../core/messages.ts'
import {
  CRISIS_KINDS,
  type CrisisKind,
  type CrisisSignal,
  isContextCue,
  type NluResult,
} from '../core/nlu.ts'
import { type Concern, isConcern } from '../core/taxonomy.ts'
import {
  answersToo,
  askWith,
  type Ctx,
  cards,
  END,
  fill,
  isConcernRead,
  type Next,
  namesWard,
  say,
  showMenu,
  slotConcern,
  slotWard,
  topConcernExcept,
  WAIT,
} from './context.ts'
import { crisisMessages, emergencyCards as linesOfKind } from './crisis-answer.ts'
import { bestGuess, chooseConcern, offerConcerns } from './nodes/classify.ts'
import { handoffTo } from './nodes/route.ts'
import { type FlowState, initialState, MAX_RISK_CUES } from './state.ts'

// Global handlers, tried before the current node sees the input. Crisis is always first: the lines
// come at once, before any question.

const reset = (ctx: Ctx) => {
  ctx.state = { ...initialState(), turns: ctx.state.turns }
}

/** Suggestive evidence adds up to this before the safety question is asked (one strong cue is enough). */
export const RISK_ASK = 1

type Risk = NonNullable<FlowState['risk']>

/** The turn's crisis: the crisis layer's, or the classifier's alone (a false alarm costs less than a miss). */
const crisisSignal = (ctx: Ctx): Pick<CrisisSignal, 'kind' | 'lang'> | null => {
  const ev = ctx.input.event
  if (ev.type !== 'text') return null
  if (ev.nlu.crisis) return ev.nlu.crisis
  return ev.nlu.intent === 'crisis' ? { kind: 'suicide', lang: ev.nlu.risk.lang } : null
}

const answerCrisis = (ctx: Ctx, signal: Pick<CrisisSignal, 'kind' | 'lang'>): Next => {
  ctx.trace.handler = 'crisis'
  ctx.trace.concern = 'crisis'
  for (const m of crisisMessages(ctx.input.directory, signal, ctx.input.now, ctx.flow.handlers.crisis)) {
    ctx.outputs.push(m)
    if (m.type === 'agency') ctx.trace.agencies.push(m.agency.id)
  }
  ctx.state.node = null
  ctx.state.misses = 0
  ctx.state.candidates = []
  ctx.state.offering = false
  // The danger has been answered: what was added up so far must not ask again at once.
  delete ctx.state.risk
  delete ctx.state.context
  ctx.state.crisis = { kind: signal.kind, ...(signal.lang ? { lang: signal.lang } : {}) }
  return END
}

// Cue families (the prefix of a cue id, see src/nlu/crisis-rules.ts). Despair in one turn and the
// means, a place or a goodbye in another is a plan told in two messages.
const DESPAIR = /^(?:hopeless|burden)\./
const PLAN = /^(?:means|place|farewell|preparation)\./
// A goodbye said bare (bye.said) or to everyone (sign.suicide.bye_all) completes despair like a plan.
const BYE = /^(?:bye\.|sign\.suicide\.bye_all)/
const completes = (c: string) => PLAN.test(c) || BYE.test(c)
const isPlan = (cues: string[]) => cues.some((c) => DESPAIR.test(c)) && cues.some(completes)
// Low mood said mildly (low.said, a context cue of weight 0: 「最近しんどい」「너무 힘들어」) in any turn, and in
// this one a goodbye, a means or a place: the situation told in parts is asked about (crisis11; a teen's
// 「病んでる」 then 「ばいばい 今までありがと」).
const LOW = /^(?:low|hopeless|burden)\./
const completesLow = (cues: string[], now: string[]) => cues.some((c) => LOW.test(c)) && now.some(completes)
// Things given away in one turn and "won't need them" in another, in either order (crisis14: each alone is a
// household message): asked about, unless a move said in any turn explains them (given.moving).
const GIVEN_PAIR = ['given.away', 'given.unneeded']
const completesGiven = (cues: string[], now: string[]) =>
  !cues.includes('given.moving') &&
  GIVEN_PAIR.every((id) => cues.includes(id)) &&
  GIVEN_PAIR.some((id) => now.includes(id)) &&
  !GIVEN_PAIR.every((id) => now.includes(id))

// A sign names its kind (`sign.missing_person.unreachable`, `danger.medical`, `vetoed.violence`), so
// the question comes with that kind's first line: 110 for a person missing, 119 for the body.
const KIND_CUE = /^(?:sign|danger|vetoed)\.([a-z_]+)/

const kindOfCues = (cues: string[]): CrisisKind => {
  for (const c of cues) {
    const k = KIND_CUE.exec(c)?.[1]
    if (k && (CRISIS_KINDS as readonly string[]).includes(k)) return k as CrisisKind
  }
  return cues.some((c) => c.startsWith('symptom.')) ? 'medical' : 'suicide'
}

/**
 * Right after the crisis lines, a message that only adds when, where or who (「今です。家の台所で」「right now, at
 * home」「지금요. 집이에요」), or only the ward when no other worry is in hand: the emergency told more, not a new
 * worry. The classifier read such words as what they resemble (「家」 housing 0.3) and the conversation ended at
 * the housing desk after 119 (dd-070). So is only 'what do I do now?' or 'should I call an ambulance?' (asksWhatNow:
 * 「どうすれば」 read as home medical care put that desk's ward question after 119).
 */
const toldMore = (ctx: Ctx): boolean => {
  const ev = ctx.input.event
  if (ev.type !== 'text') return false
  const a = ev.nlu.answer
  return (
    a?.addsWhenWhere === true ||
    a?.asksWhatNow === true ||
    // Only a person or a number to call asked for (「電話番号だけください」 human 0.99): the lines are that.
    (ev.nlu.intent === 'human' && ev.nlu.confidence >= ctx.flow.settings.confidence_threshold) ||
    (a?.placeOnly === true && slotConcern(ctx) === null) ||
    // Where, with more words than a place alone but no worry read as surely as a reply that also answers must be
    // (answer_switch_confidence: 「中原区の木月です。その方はいまお一人で家にいます」 isolation 0.80 after 'a neighbour
    // wants to die'; alone at home is who and where), no other worry in hand: where the emergency is.
    (namesWard(ev.nlu) &&
      slotConcern(ctx) === null &&
      ev.nlu.confidence < ctx.flow.settings.answer_switch_confidence &&
      a?.refusesPlace !== true)
  )
}

/** The same lines again, first, with a short kind word; nothing else is routed on the message. */
const answerAgain = (ctx: Ctx, told: Pick<CrisisSignal, 'kind' | 'lang'>): Next => {
  ctx.trace.handler = 'crisis'
  ctx.trace.concern = 'crisis'
  const texts = ctx.flow.handlers.crisis
  say(ctx, texts.again ?? texts[told.kind])
  cards(ctx, linesOfKind(ctx.input.directory, told, ctx.input.now))
  ctx.state.crisis = { ...told }
  return END
}

type SafetyAnswer = 'yes' | 'no' | 'unsure' | null

const answersElse = (nlu: NluResult): boolean =>
  nlu.ward !== null || nlu.answer?.ages != null || nlu.answer?.refusesPlace === true

const safetyAnswer = (ctx: Ctx): SafetyAnswer => {
  const ev = ctx.input.event
  if (ev.type === 'choice') {
    const v = choiceValue.safeDecode(ev.value).data
    return v?.kind === 'safety' ? v.answer : null
  }
  if (ev.type !== 'text') return null
  if (ev.nlu.yesNo !== null) return ev.nlu.yesNo ? 'yes' : 'no'
  // An answer to another question (where they live, how old, that they will not say where: 「Takatsu kami」
  // 「我跟我太太都75歲了」「不想說住哪裡」) is not 「わからない」: the line shown with the question stays on
  // screen and the worry goes on (the crisis lines came here in its place, and the worry was lost).
  if (answersElse(ev.nlu)) return null
  // A new worry clearly stated is not an answer; anything else unclear is taken as 「わからない」.
  const confident = ev.nlu.confidence >= ctx.flow.settings.confidence_threshold
  return confident && ev.nlu.intent !== 'other' ? null : 'unsure'
}

// The safety question's three values never change: encoded once, not through the codec per question.
const SAFETY_VALUES = {
  yes: choiceValue.encode({ kind: 'safety', answer: 'yes' }),
  no: choiceValue.encode({ kind: 'safety', answer: 'no' }),
  unsure: choiceValue.encode({ kind: 'safety', answer: 'unsure' }),
}

/**
 * 「没有打我，但是我每天都很害怕他回家」「때리진 않는데 소리 지르고 물건을 던져요」 with the partner's violence already the
 * worry in hand: violence said not to happen (AnswerReading.deniesViolence), and only cues of violence
 * read. Fear of him and threats are what the DV lines on screen are for; asking whether life is in danger
 * now put 110 after them and ended the conversation there. Any other danger still asks.
 */
const fearWithoutViolence = (ctx: Ctx, nlu: NluResult): boolean =>
  nlu.answer?.deniesViolence === true &&
  slotConcern(ctx) === 'domestic_violence' &&
  nlu.risk.cues.every((c) => c.includes('violence'))

/** The cues that say the present is safe or the danger was a story (crisis16, crisis18). */
const SAFE_CUES = ['safe.said', 'safe.story']
const STORY_CUES = ['safe.story']

/**
 * After the safety question, a message that says the present is safe (「今は元気です」"he's fine now": the
 * crisis layer's `safe.said`) and names no danger of its own is the answer 'no', not 「わからない」 (crisis16).
 * So is a story or a joke revealed (「…って小説の話です」"jk it's from a game": `safe.story`, crisis18), which
 * also follows the crisis answer (`storyAfterCrisis`).
 */
const saysSafe = (ctx: Ctx, ids: readonly string[] = SAFE_CUES): boolean => {
  const ev = ctx.input.event
  return (
    ev.type === 'text' &&
    ev.nlu.crisis === null &&
    ev.nlu.intent !== 'crisis' &&
    ev.nlu.risk.score === 0 &&
    ev.nlu.risk.cues.some((c) => ids.includes(c))
  )
}
/** The answer 'no' thanked: glad it was a story when it was one (handlers.safety.after_story, optional), else after_no. */
const afterNo = (ctx: Ctx): string => {
  const { after_no, after_story } = ctx.flow.handlers.safety
  return after_story && saysSafe(ctx, STORY_CUES) ? after_story : after_no
}
/**
 * Right after the crisis answer, a story or a joke revealed and no danger named: thanked as the answer 'no' to the
 * safety question is (afterNo, with one line of that kind still on screen), and the conversation goes on where it
 * was (crisis18).
 */
const storyAfterCrisis = (ctx: Ctx, told: Pick<CrisisSignal, 'kind' | 'lang'>): Next => {
  ctx.trace.handler = 'safety'
  say(ctx, afterNo(ctx))
  cards(ctx, ctx.input.directory.crisisLines(told.kind, ctx.input.now).slice(0, 1))
  return ctx.state.node ? { goto: ctx.state.node } : showMenu(ctx)
}

/**
 * Crisis first, then the safety net: a crisis is answered at once; danger suggested but not said
 * (this turn, or added up over the conversation) is asked about, gently, with a 24-hour line already
 * on screen. A possible crisis is never answered with a menu of unrelated concerns.
 */
export const crisisHandler = (ctx: Ctx): Next | null => {
  // The crisis lines answered the last message only: any other turn forgets it.
  const told = ctx.state.crisis
  delete ctx.state.crisis
  const prev = ctx.state.risk
  if (prev?.asked) {
    const answer = saysSafe(ctx) ? 'no' : safetyAnswer(ctx)
    // Only a thanks, or a question of how, with no 「わからない」 and no sign of danger of its own: the question once more,
    // the line still on screen (crisis24), neither the crisis answer on a guess, nor a goodbye, nor a menu; the turn after
    // goes as before (unclear: 「わからない」). Any other statement stays 「わからない」: it may be 'yes' in words no concept
    // reads (「今夜またやろうと思ってる」).
    if (answer !== 'yes' && answer !== 'no' && unanswered(ctx) && !prev.cues.includes(ASKED_AGAIN))
      return askSafety(ctx, prev, true)
    if (answer === 'yes' || answer === 'unsure') {
      ctx.trace.handler = 'crisis'
      return answerCrisis(ctx, crisisSignal(ctx) ?? prev)
    }
    if (answer === 'no') {
      ctx.trace.handler = 'safety'
      say(ctx, afterNo(ctx))
      cards(ctx, ctx.input.directory.crisisLines(prev.kind, ctx.input.now).slice(0, 1))
      // Asked and answered: the score starts afresh (no question again at once), but the cues stay, so
      // that despair earlier and the means later still read as the plan they are.
      const { concern, ...kept } = prev
      ctx.state.risk = { ...kept, score: 0, asked: false }
      if (ctx.state.node) return { goto: ctx.state.node }
      // The worry told with the danger sign (「夫が酔うと殴る」) goes on to its own places (issue #11: after an urgent
      // answer, the conversation continues with the worry), not to the menu of every concern.
      return concern ? chooseConcern(ctx, concern) : showMenu(ctx)
    }
    ctx.state.risk = { ...prev, asked: false }
  }
  const signal = crisisSignal(ctx)
  if (signal) return answerCrisis(ctx, signal)
  if (told && toldMore(ctx)) return answerAgain(ctx, told)
  if (told && saysSafe(ctx, STORY_CUES)) return storyAfterCrisis(ctx, told)
  const ev = ctx.input.event
  if (ev.type !== 'text' || ev.nlu.risk.cues.length === 0 || fearWithoutViolence(ctx, ev.nlu)) return null
  const context = [...new Set([...(ctx.state.context ?? []), ...ev.nlu.risk.cues.filter(isContextCue)])]
  if (context.length > 0) ctx.state.context = context.slice(-6)
  const cues = [...new Set([...(ctx.state.risk?.cues ?? []), ...context, ...ev.nlu.risk.cues])].slice(-12)
  const lang = ev.nlu.risk.lang ?? ctx.state.risk?.lang
  const kind = kindOfCues(ev.nlu.risk.cues)
  if (isPlan(cues)) return answerCrisis(ctx, { kind: 'suicide', ...(lang ? { lang } : {}) })
  const completed =
    completesLow(cues, ev.nlu.risk.cues) || completesGiven(cues, ev.nlu.risk.cues) ? RISK_ASK : 0
  // Context alone (weight 0, nothing completed) is kept in `context` only: no danger suggested yet.
  if (ev.nlu.risk.score <= 0 && completed === 0) return null
  // the worry read with the danger, else one it carries beside it (a label kept for the answer 'no', never words)
  const worry = statedConcern(ctx, ev.nlu) ?? carriedConcern(ctx, ev.nlu) ?? ctx.state.risk?.concern
  const risk: Risk = {
    score: Math.min(100, (ctx.state.risk?.score ?? 0) + ev.nlu.risk.score + completed),
    cues,
    asked: false,
    kind,
    ...(lang ? { lang } : {}),
    ...(worry ? { concern: worry } : {}),
  }
  ctx.state.risk = risk
  if (risk.score < RISK_ASK) return null
  return askSafety(ctx, risk, false)
}

/** Kept in the asked risk's cues (an id, never words) when the safety question was asked once more (crisis24). */
const ASKED_AGAIN = 'safety.asked_again'

/**
 * A typed reply to the safety question that answers nothing and shows no danger of its own: only thanks
 * (AnswerReading.closing, closingPlan) or a question of how (asksHow: 「どうやって行くの」), not 「わからない」 (unsure), no
 * crisis, no cue at all (a sign, despair, a means, low mood, a goodbye): 「ありがとう」, which had closed the conversation with
 * the question unanswered, and a game's 「どうやって行くの」, which 'unsure' had answered with the crisis lines (crisis22's request).
 */
const unanswered = (ctx: Ctx): boolean => {
  const ev = ctx.input.event
  return (
    ev.type === 'text' &&
    (ev.nlu.answer?.closing === true ||
      ev.nlu.answer?.closingPlan === true ||
      ev.nlu.answer?.asksHow === true) &&
    ev.nlu.answer?.unsure !== true &&
    ev.nlu.crisis === null &&
    ev.nlu.intent !== 'crisis' &&
    // not even low mood or a bare goodbye (context cues of weight 0): said here they answer the question
    ev.nlu.risk.cues.length === 0
  )
}

/** The safety question with the line of its kind on screen; `again` marks it asked once more (ASKED_AGAIN). */
const askSafety = (ctx: Ctx, risk: Risk, again: boolean): Next => {
  ctx.trace.handler = 'safety'
  const h = ctx.flow.handlers.safety
  cards(ctx, ctx.input.directory.crisisLines(risk.kind, ctx.input.now).slice(0, 1))
  askWith(ctx, h.question, [
    { label: h.yes, value: SAFETY_VALUES.yes },
    { label: h.no, value: SAFETY_VALUES.no },
    { label: h.unsure, value: SAFETY_VALUES.unsure },
  ])
  const cues = risk.cues.filter((c) => c !== ASKED_AGAIN)
  // Asked again: the newest cues and the mark, within the session's bound (FlowState's risk.cues).
  ctx.state.risk = {
    ...risk,
    cues: again ? [...cues.slice(1 - MAX_RISK_CUES), ASKED_AGAIN] : cues,
    asked: true,
  }
  return WAIT
}

/**
 * A tap on 「お役に立ちましたか？」: thanks, and nothing else changes (the conversation core counts the
 * answer). Whatever was being asked stays asked.
 */
export const feedbackHandler = (ctx: Ctx): Next | null => {
  const ev = ctx.input.event
  if (ev.type !== 'choice') return null
  if (choiceValue.safeDecode(ev.value).data?.kind !== 'feedback') return null
  ctx.trace.handler = 'feedback'
  say(ctx, ctx.flow.handlers.feedback.thanks)
  return keepWaiting(ctx)
}

export const outOfAreaHandler = (ctx: Ctx): Next | null => {
  const ev = ctx.input.event
  const place =
    ev.type === 'text' && ev.nlu.ward?.value === 'outside'
      ? ev.nlu.ward.place
      : ev.type === 'location' && ev.ward?.ward === 'outside'
        ? ev.ward.place
        : null
  if (place === null) return null
  // 「兄は43です。私は結婚して横浜に住んでいます」: the person the worry is about is already placed in
  // a ward of the city; where the resident lives elsewhere does not change where to send them.
  const about = ctx.state.slots.subject
  const someoneElse = about !== undefined && about !== 'self'
  if (ev.type === 'text' && someoneElse && slotWard(ctx) !== null && slotConcern(ctx) !== null) return null
  ctx.trace.handler = 'out_of_area'
  const worry = ev.type === 'text' ? statedConcern(ctx, ev.nlu) : null
  // Kept, so that a ward in the city said next (「実家は幸区です」) routes this worry there.
  if (worry) ctx.state.slots.concern = worry
  ctx.outputs.push({
    type: 'text',
    text: fill(ctx.flow.handlers.out_of_area, { city: ctx.input.directory.cityName, place }),
  })
  cards(ctx, ctx.input.directory.outOfArea(slotConcern(ctx), ctx.input.now))
  // The resident lives outside, the worry is about someone else (「東京に住んでいます。川崎の父の介護で」):
  // that person may well live in the city, so the worry goes on (its ward question reads 「ご家族のことな
  // ら、ご家族がお住まいの区です」) rather than ending at the lines for where the resident lives.
  const named = ev.type === 'text' ? (ev.nlu.answer?.subject ?? ev.nlu.subject) : null
  // Said again at the ward question, which asked where that person lives (「父も横浜です」): they live outside too, and the
  // lines for that place are the answer; the ward question had been asked once more, with the same lines again.
  const waiting = ctx.state.node === null ? undefined : ctx.flow.nodes[ctx.state.node]
  const askedWhere = waiting?.type === 'ask' && waiting.slot === 'ward'
  if (worry && named !== null && named !== 'self' && !askedWhere) {
    delete ctx.state.slots.ward
    return chooseConcern(ctx, worry)
  }
  ctx.state.node = null
  return END
}

/** The worry a message states confidently (not the catch-all, not a control label), or the one known. */
const statedConcern = (ctx: Ctx, nlu: NluResult): Concern | null =>
  isConcernRead(ctx, nlu) && isConcern(nlu.intent) && nlu.intent !== 'crisis' ? nlu.intent : slotConcern(ctx)

/** Buttons (the LINE rich menu, the widget) that act whatever question is open. */
export const controlChoices = ['restart', 'human', 'emergency', 'find', 'language']

/** 119, 110 and the 24-hour lines, once each: what the 緊急のとき button shows. */
const emergencyCards = (ctx: Ctx) => {
  const { directory, now } = ctx.input
  const all = [...directory.crisisLines('violence', now), ...directory.crisisLines('suicide', now)]
  return [...new Map(all.map((m) => [m.agency.id, m])).values()]
}

/** The concern a message carries besides its main label (「母が認知症で…電話で相談したい」 → dementia). */
const carriedConcern = (ctx: Ctx, nlu: NluResult): Concern | null => {
  const floor = ctx.flow.settings.candidate_floor
  const also = nlu.also.find((c) => c !== 'other' && c !== 'crisis')
  if (also) return also
  const r = topConcernExcept(nlu, ['other', 'crisis'])
  return r && r.score >= floor ? r.label : null
}

/**
 * Thanks or goodbye after an answer (「ありがとうございました」「助かりました、電話してみます」) is answered
 * kindly and never read as a new worry; a different worry stated clearly in the same message still is.
 */
const isClosing = (ctx: Ctx, nlu: NluResult): boolean => {
  // 「どうも。」 alone after an answer (nothing asked, or only the second worry offered) is thanks: read as a greeting it was
  // answered 「こんにちは」 with the menu of every concern, at the end of a conversation that had its places.
  if (nlu.answer?.thanksOrHello)
    return slotConcern(ctx) !== null && (ctx.state.node === null || ctx.state.offering)
  if (!nlu.answer?.closing) return false
  // The writer's own plan after thanks (「ありがとう、明日包括に電話してみます」) names a place or a worry only as
  // where they will go: the classifier read it as a new concern ≥ 0.8 and the goodbye became a new route.
  if (nlu.answer.closingPlan) return true
  const clear =
    isConcern(nlu.intent) &&
    nlu.intent !== 'other' &&
    nlu.intent !== slotConcern(ctx) &&
    nlu.confidence >= ctx.flow.settings.switch_confidence
  return !clear
}

const answersSomething = (nlu: NluResult): boolean =>
  answersToo(nlu) || (nlu.ward !== null && nlu.ward.value !== 'outside')

/** A greeting the classifier is not sure of, with a worry's weight beside it (concerns together 0.02 or more). */
const greetsAndTells = (nlu: NluResult): boolean =>
  nlu.confidence < 0.99 &&
  nlu.ranked.filter((r) => isConcern(r.label) && r.label !== 'other').reduce((sum, r) => sum + r.score, 0) >=
    0.02

/** The worries such a greeting leans to (the classifier reads them faintly beside it), likeliest first. */
const worryLeaning = (ctx: Ctx, nlu: NluResult): Concern[] =>
  nlu.ranked
    .flatMap((r) => (isConcern(r.label) && r.label !== 'other' && r.score >= 0.01 ? [r.label] : []))
    .slice(0, ctx.flow.settings.max_candidates)

/** Restart, human, thanks, greeting: by a confident label, or by their buttons. */
export const controlHandler = (ctx: Ctx): Next | null => {
  const ev = ctx.input.event
  let control: string | null = null
  if (ev.type === 'choice' && controlChoices.includes(ev.value)) control = ev.value
  if (ev.type === 'text' && ev.nlu.confidence >= ctx.flow.settings.confidence_threshold)
    control = ev.nlu.intent
  // 「안녕하세요, 아이가 밥을 안 먹어서 걱정이에요」「Hello, my son will not eat」: a greeting and a worry in one message is
  // the worry (crisis14). A bare greeting reads 0.99 or more; one that also tells something leaves weight on concerns.
  if (control === 'greeting' && ev.type === 'text' && !ev.nlu.answer?.refusal && greetsAndTells(ev.nlu)) {
    const leaning = worryLeaning(ctx, ev.nlu)
    const fresh = slotConcern(ctx) === null && (ctx.state.node === null || ctx.state.node === ctx.flow.resume)
    if (fresh && leaning.length > 0) return offerConcerns(ctx.flow.resume, ctx, leaning)
    control = null
  }
  // 「grade 3」 read as thanks (0.97): a message that answers (a place, an age, whom) is that answer, not
  // thanks or a greeting, unless it says thanks (below) — it ended conversations with 「You are welcome」.
  if ((control === 'thanks' || control === 'greeting') && ev.type === 'text' && answersSomething(ev.nlu))
    control = null
  if (ev.type === 'text' && isClosing(ctx, ev.nlu)) control = 'thanks'
  // 「匿名でお願いします」 reads like a greeting to the classifier; it answers the question instead.
  if (ev.type === 'text' && ev.nlu.answer?.refusal && control === 'greeting') control = null
  // 「母が認知症で、電話で相談したい」 before any concern is known: follow the concern (its phone lines,
  // preference kept by harvest) rather than the city's general line.
  if (control === 'human' && ev.type === 'text' && slotConcern(ctx) === null) {
    const carried = carriedConcern(ctx, ev.nlu)
    if (carried) return chooseConcern(ctx, carried)
  }
  switch (control) {
    case 'restart':
      ctx.trace.handler = 'restart'
      reset(ctx)
      say(ctx, ctx.flow.handlers.restart)
      return showMenu(ctx)
    case 'human':
      ctx.trace.handler = 'human'
      handoffTo(ctx, ctx.flow.handlers.human)
      return keepWaiting(ctx)
    case 'emergency':
      ctx.trace.handler = 'emergency'
      say(ctx, ctx.flow.handlers.emergency)
      cards(ctx, emergencyCards(ctx))
      return keepWaiting(ctx)
    case 'find':
      ctx.trace.handler = 'find'
      return showMenu(ctx, ctx.flow.handlers.find_desk)
    case 'language':
      // Every language in its own name: a tap sends `lang:<code>` (src/locale/localize-turn.ts), which
      // answers in it and asks again what was being asked.
      ctx.trace.handler = 'language'
      askWith(ctx, ctx.flow.handlers.language, languageChoices)
      return keepWaiting(ctx)
    case 'thanks': {
      ctx.trace.handler = 'thanks'
      const routed = leavingMidway(ctx)
      if (routed) return routed
      // After an answer (nothing asked, or only the offer of a second worry) it is a goodbye.
      const done = (ctx.state.node === null || ctx.state.offering) && slotConcern(ctx) !== null
      say(ctx, done ? ctx.flow.handlers.goodbye : ctx.flow.handlers.thanks)
      if (done) {
        ctx.state.offering = false
        ctx.state.pending = []
        ctx.state.node = null
      }
      return keepWaiting(ctx)
    }
    case 'greeting':
      ctx.trace.handler = 'greeting'
      say(ctx, ctx.flow.handlers.greeting)
      if (ctx.state.node === null || ctx.state.node === ctx.flow.resume) return showMenu(ctx)
      // Mid-question: greet back and ask the same question again.
      return { goto: ctx.state.node }
    default:
      return null
  }
}

/**
 * Thanks or goodbye while a question is open (「ありがとうございます、行ってみます」 at the age question, 「obrigado!」
 * at the ward question, 「dạ cảm ơn ạ」 with choices on screen): the resident is leaving, and must not leave
 * with no place to call. A worry known is routed now with what is known (the questions ahead are not
 * asked: a ward not given routes city-wide, and says so); choices not tapped go with the likeliest. The
 * menu alone, with nothing read, has nothing to route: thanks only.
 */
const leavingMidway = (ctx: Ctx): Next | null => {
  const { node, offering, candidates } = ctx.state
  if (node === null || offering) return null
  const asking = ctx.flow.nodes[node]?.type === 'ask'
  if (asking && slotConcern(ctx) !== null) {
    ctx.leaving = true
    return { goto: node }
  }
  if (!asking && slotConcern(ctx) === null && candidates[0]) {
    ctx.leaving = true
    return bestGuess(ctx, candidates)
  }
  return null
}

/** After a control reply the question in progress still stands; its buttons stay usable. */
const languageChoices: Choice[] = Object.entries(LANGUAGE_NAMES).map(([code, name]) => ({
  value: `lang:${code}`,
  label: name,
}))

const keepWaiting = (ctx: Ctx): Next => (ctx.state.node === null ? END : { wait: true })
