import { isJapanese } from '../core/language.ts'
import { type Concern, isConcern } from '../core/taxonomy.ts'
import { flowsIn, localizeOutputs, turnLanguage, uiText } from '../locale/localize-turn.ts'
import {
  type Ctx,
  concernName,
  END,
  type Next,
  namesWard,
  say,
  showMenu,
  slotConcern,
  slotWard,
} from './context.ts'
import type { FlowSet } from './flow-set.ts'
import { controlHandler, crisisHandler, feedbackHandler, outOfAreaHandler } from './handlers.ts'
import { harvest, keepAfterUrgent } from './harvest.ts'
import type { StepInput, StepResult } from './input.ts'
import { miss } from './miss.ts'
import { askExecutor } from './nodes/ask.ts'
import { bestGuess, chooseConcern, classifyExecutor } from './nodes/classify.ts'
import { handoffExecutor, routeExecutor } from './nodes/route.ts'
import { endExecutor, messageExecutor, switchExecutor } from './nodes/simple.ts'
import type { Executor } from './nodes/types.ts'
import { readAs, rereadTurn } from './readings.ts'
import type { FlowNode } from './schema.ts'
import { type FlowState, initialState } from './state.ts'

const executors: { [T in FlowNode['type']]: Executor<T> } = {
  message: messageExecutor,
  ask: askExecutor,
  classify: classifyExecutor,
  switch: switchExecutor,
  route: routeExecutor,
  handoff: handoffExecutor,
  end: endExecutor,
}

/** A flow that loops without waiting must not hang a turn: lint reports such loops, this stops them. */
const MAX_HOPS = 40

/**
 * Arrive at a node. A message nobody has answered yet (`unread`) is read by a node that reads on
 * arrival (classify); every other node is entered and leaves the message unread for the next one.
 */
const enter = (ctx: Ctx, id: string, unread: boolean): { next: Next; read: boolean } => {
  const node = ctx.flow.nodes[id]
  if (!node) throw new Error(`flow node "${id}" does not exist`)
  ctx.trace.path.push(id)
  const ex = executors[node.type] as Executor<FlowNode['type']>
  if (unread && ex.readsArrival && ex.answer) return { next: ex.answer(node, id, ctx), read: true }
  return { next: ex.enter(node, id, ctx), read: false }
}

/** The node waiting for an answer reads the message; one that takes no answers gives it to resume. */
const answer = (ctx: Ctx, id: string): Next => {
  const node = ctx.flow.nodes[id]
  const ex = node && (executors[node.type] as Executor<FlowNode['type']>)
  if (!node || !ex?.answer) return { goto: ctx.flow.resume, reread: true }
  ctx.trace.path.push(id)
  return ex.answer(node, id, ctx)
}

/**
 * The turn's event → the first move, and whether the message is still unread (not answered by a
 * node or a handler): the resume node then reads it as a new message.
 */
const dispatch = (ctx: Ctx): { next: Next; unread: boolean } => {
  const ev = ctx.input.event
  if (ev.type === 'start') {
    ctx.state = { ...initialState(), turns: ctx.state.turns, lang: ctx.state.lang }
    return { next: { goto: ctx.flow.start }, unread: false }
  }
  if (ev.type === 'unsupported') {
    say(ctx, ctx.flow.handlers.unsupported)
    return { next: ctx.state.node === null ? END : { wait: true }, unread: false }
  }
  const crisis = crisisHandler(ctx)
  if (crisis) {
    keepAfterUrgent(ctx)
    return { next: crisis, unread: true }
  }
  harvest(ctx)
  const handled = feedbackHandler(ctx) ?? outOfAreaHandler(ctx) ?? controlHandler(ctx)
  if (handled) return { next: handled, unread: false }
  if (ev.type === 'location' && ev.ward === null) {
    // We could not place the location: treat it like an answer we could not read.
    const next = miss(ctx, () => (ctx.state.node ? { goto: ctx.state.node } : showMenu(ctx)))
    return { next, unread: true }
  }
  if (ctx.state.node === null) return { next: { goto: ctx.flow.resume }, unread: true }
  return { next: answer(ctx, ctx.state.node), unread: false }
}

/** The resident chose a language: say so in it, then ask again what was being asked (or show the menu). */
const languageChosen = (ctx: Ctx): Next => {
  // Back to plain Japanese is confirmed too (「日本語でご案内します。」), so the switch is never silent.
  if (ctx.flow.locales) say(ctx, uiText(ctx.flow.locales, ctx.flow.lang ?? 'ja', 'ui.language_set'))
  const node = ctx.state.node
  if (node && node !== ctx.flow.resume) {
    // 「川崎区，我日语不太好，有中文的窗口吗」 at the ward question: the ward it gives is the answer, not asked
    // for again (the conversation ended there, with no place to call).
    const at = ctx.flow.nodes[node]
    const ev = ctx.input.event
    // What else it tells is kept too (「わたし 15さい。…にほんご まだ」: the age, lost, left a teenager's route
    // without its age variant).
    harvest(ctx)
    if (at?.type === 'ask' && at.parser === 'ward' && ev.type === 'text' && namesWard(ev.nlu))
      return answer(ctx, node)
    return { goto: node }
  }
  // A worry already answered (「可以用中文咨询吗」「한국어로 상담 가능한가요?」 after the DV lines): its places
  // again, in the language asked for, instead of the menu, which dropped the worry with no place to call.
  const known = slotConcern(ctx)
  if (known && (node === null || ctx.state.offering)) return chooseConcern(ctx, known)
  // Choices on screen, already shown twice and still not tapped (「phone ma kura garna milchha? nepali ma?」
  // after a DV reading and a ward in passing): the likeliest is answered in the language asked for, as when
  // she writes again without tapping (notTapped); the menu alone dropped what she had told. (A tap on a
  // language button is not writing again: it asks to read the bot in that language, and gets the menu.)
  const { candidates, offering, misses } = ctx.state
  const wrote = ctx.input.event.type === 'text'
  if (wrote && known === null && !offering && misses >= 1 && candidates.length > 0)
    return bestGuess(ctx, candidates)
  return showMenu(ctx)
}

/**
 * Text in another language than Japanese: the classifier reads some of it (its training data has
 * texts in the residents' languages), but less surely. A concern read clearly (at the confidence that
 * switches topics mid-question) is followed as in Japanese; below that, the reading is not acted on
 * alone: its likeliest concerns are offered as choices in their language (never far below the best,
 * see the classify node; the menu when none is likely), never a confident wrong answer.
 */
const FOREIGN_CANDIDATE_FLOOR = 0.25
/**
 * Readings under the foreign floor but not nothing (「a patient's kid … thin and dirty」 child abuse 0.18,
 * 「ma restaurant ma kaam garthe」 livelihood 0.22): not offered on their own, but remembered (see
 * FlowState.leaning) for when the next message adds only a place or nothing new.
 */
const FOREIGN_LEANING_FLOOR = 0.15

const faintConcerns = (input: StepInput): Concern[] => {
  const ev = input.event
  if (ev.type !== 'text' || ev.nlu.crisis) return []
  return ev.nlu.ranked
    .filter((r) => r.score >= FOREIGN_LEANING_FLOOR && r.score < FOREIGN_CANDIDATE_FLOOR)
    .flatMap((r) => (isConcern(r.label) && r.label !== 'other' && r.label !== 'crisis' ? [r.label] : []))
    .slice(0, 2)
}

const untrustedConcern = (input: StepInput, flow: FlowSet): StepInput => {
  const ev = input.event
  if (ev.type !== 'text' || ev.nlu.crisis) return input
  // A concern, a greeting or thanks read clearly is followed: 「hello」 was answered 「Sorry, could you
  // tell me again?」. Asking for a person stays untrusted: in another language it is mostly about an
  // interpreter (「can someone interpret?」), and the worry on screen must go on, not the city's line.
  const followed = isConcern(ev.nlu.intent) || ev.nlu.intent === 'greeting' || ev.nlu.intent === 'thanks'
  if (followed && ev.nlu.confidence >= flow.settings.switch_confidence) return input
  // Concerns the classifier scores this low in a language it hardly knows are noise from words it has
  // not seen (Korean it cannot read scores 0.23 for 子どもへの虐待 whatever it says): not offered.
  const ranked = ev.nlu.ranked.filter((r) => r.score >= FOREIGN_CANDIDATE_FLOOR)
  return { ...input, event: { ...ev, nlu: { ...ev.nlu, intent: 'other', confidence: 0, ranked, also: [] } } }
}

/**
 * 「不想说住哪」「住所って言わないとだめですか？」 read as housing (0.88, or beside `other`): the words for where one
 * lives are the refusal's, not a worry about housing. Unless housing is read all but surely (「住むところがな
 * くて…住所は言いたくない」 1.00), the message is read without it: a refusal is never routed to the housing desk,
 * nor is registering an address after a move (AnswerReading.registersAddress), the city's errand.
 */
const placeWordsNotHousing = (input: StepInput, flow: FlowSet): StepInput => {
  const ev = input.event
  // 「전입신고도 아직 안 했어요」 (housing 0.83): moving and an address are the errand's words too.
  const placeWords = ev.type === 'text' && (ev.nlu.answer?.refusesPlace || ev.nlu.answer?.registersAddress)
  if (ev.type !== 'text' || !placeWords) return input
  const { nlu } = ev
  if (nlu.intent === 'housing' && nlu.confidence >= flow.settings.answer_switch_confidence) return input
  const ranked = nlu.ranked.filter((r) => r.label !== 'housing')
  const also = nlu.also.filter((c) => c !== 'housing')
  const reread =
    nlu.intent === 'housing' ? { intent: 'other' as const, confidence: 0, ranked, also } : { ranked, also }
  return { ...input, event: { ...ev, nlu: { ...nlu, ...reread } } }
}

/**
 * A parent's own strain with a child, no harm said (AnswerReading.parentStrain: 「正直、子どもを育てる自信があ
 * りません」 read child abuse 0.71): read as child-rearing, whose route lists the child guidance centre's
 * 24-hour line with a reason that fits, instead of 189 with a card about worrying over abuse.
 */
const strainNotAbuse = (input: StepInput): StepInput => {
  const ev = input.event
  if (ev.type !== 'text' || ev.nlu.crisis || !ev.nlu.answer?.parentStrain) return input
  const { nlu } = ev
  if (nlu.intent !== 'child_abuse') return input
  return readAs(input, nlu, 'child_abuse', 'child_rearing', [])
}

/** Japanese named in a message written in another language (「unlai nihongo aaudaina」). */
const namesJapanese = (input: StepInput): boolean => {
  const ev = input.event
  if (ev.type !== 'text' || !ev.nlu.language) return false
  const { requested, detected } = ev.nlu.language
  return isJapanese(requested) && detected !== null && !isJapanese(detected)
}

/**
 * The language already spoken (or Japanese, in another language) named in a message that tells more
 * (「두 살 반이에요. 집에서는 한국어만 써서 그런 걸까요?」: only Korean at home, read as asking for Korean): not a
 * request to confirm with the menu, which dropped the worry and the choices on screen. The message is
 * read as any other.
 */
const tellsMore = (state: FlowState | null, input: StepInput, aboutJapanese: boolean): boolean => {
  const ev = input.event
  if (ev.type !== 'text' || !ev.nlu.language) return false
  // Japanese named in a message in another language is mostly about not speaking it (「unlai nihongo
  // aaudaina, kaha lagne?」: she has no Japanese, where to go?), not a wish to be answered in it.
  if (ev.nlu.language.requested !== (state?.lang ?? 'ja') && !aboutJapanese) return false
  if (ev.nlu.answer?.brief) return false
  // With a worry already in hand, a sentence in her own language that names Japanese tells about the
  // person (her Japanese), however faintly the classifier reads it: the worry goes on.
  if (aboutJapanese && state?.slots.concern) return true
  return ev.nlu.ranked.some(
    (r) => isConcern(r.label) && r.label !== 'other' && r.score >= FOREIGN_CANDIDATE_FLOOR,
  )
}

/**
 * One turn of the flow. Pure: the same flow, state and input give the same result, and neither the
 * state nor the input is changed (the working copy is cloned). No I/O: the directory is in-memory.
 */
export const step = (flow: FlowSet, state: FlowState | null, input: StepInput): StepResult =>
  stepOwned(flow, state ? structuredClone(state) : null, input)

/**
 * `step` for a caller that hands the state over: one it made for this turn alone and reads no further
 * than its top-level fields (the conversation core's, parsed from the store's text this turn). The turn
 * works on it instead of on a copy: its nested values (slots, lists) may become the result's, its own
 * fields are left as they were (the result's state is a new object). A structuredClone of the state was
 * ~3.5 µs a turn, after the store's JSON.parse and zod's parse had each made it anew.
 */
export const stepOwned = (flow: FlowSet, state: FlowState | null, input: StepInput): StepResult => {
  const start = state ?? initialState()
  const heard = turnLanguage(start.lang ?? 'ja', input.event)
  const aboutJapanese = namesJapanese(input)
  const telling = heard.switched && tellsMore(start, input, aboutJapanese)
  // Telling more about her Japanese, she goes on being answered in her own language.
  const language =
    telling && aboutJapanese ? { ...heard, lang: start.lang ?? heard.lang, switched: false } : heard
  const ctx: Ctx = {
    flow: flowsIn(flow, language.lang),
    input: rereadTurn(
      strainNotAbuse(
        placeWordsNotHousing(language.foreignText ? untrustedConcern(input, flow) : input, flow),
      ),
      flow,
    ),
    state: { ...start, turns: start.turns + 1, lang: language.lang === 'ja' ? undefined : language.lang },
    outputs: [],
    trace: { label: null, confidence: null, handler: null, path: [], agencies: [], concern: null },
    faint: language.foreignText ? faintConcerns(input) : [],
  }
  if (input.event.type === 'text') {
    ctx.trace.label = input.event.nlu.intent
    ctx.trace.confidence = input.event.nlu.confidence
  }
  let { next, unread } =
    language.switched && !(input.event.type === 'text' && input.event.nlu.crisis) && !telling
      ? { next: languageChosen(ctx), unread: false }
      : dispatch(ctx)
  for (let hops = 0; 'goto' in next; hops++) {
    if (hops >= MAX_HOPS) throw new Error(`flow loops without asking anything (at "${next.goto}")`)
    const arrived = enter(ctx, next.goto, unread || next.reread === true)
    unread = (unread || next.reread === true) && !arrived.read
    next = arrived.next
  }
  if ('end' in next) ctx.state.node = null
  if (ctx.trace.concern === null) {
    const c = ctx.state.slots.concern
    ctx.trace.concern = typeof c === 'string' ? (c as StepResult['trace']['concern']) : null
  }
  const concern = slotConcern(ctx)
  const ward = slotWard(ctx)
  return {
    status: ctx.state.node === null ? 'ended' : 'waiting',
    state: ctx.state,
    outputs: localizeOutputs(ctx.outputs, ctx.flow, language.lang, {
      concern: concern ? concernName(ctx.flow, concern) : null,
      ward: ward ? (ctx.flow.wardNames?.[ward] ?? null) : null,
    }),
    trace: ctx.trace,
  }
}
