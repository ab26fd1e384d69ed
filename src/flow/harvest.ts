import type { NluResult } from '../core/nlu.ts'
import type { AgeGroup } from '../core/taxonomy.ts'
import { isConcern } from '../core/taxonomy.ts'
import { type Ctx, say, slotConcern, slotWard, WARD_REFUSED } from './context.ts'

export const ageGroupOf = (age: number): AgeGroup => (age < 18 ? 'child' : age >= 65 ? 'elderly' : 'adult')

/**
 * Take what the resident already told us (ward, town, whom it is about, age, danger now) into slots,
 * so no question is asked twice. Only derived values: ids and numbers, never words.
 */
export const harvest = (ctx: Ctx) => {
  const ev = ctx.input.event
  const s = ctx.state.slots
  if (ev.type === 'location' && ev.ward && ev.ward.ward !== 'outside') {
    s.ward = ev.ward.ward
    delete s.town
    ctx.state.wards = []
    // The ward comes from the nearest ward office, which can be wrong near a border: say which ward
    // we took, so the resident can correct it.
    say(ctx, ctx.flow.handlers.located_ward)
    return
  }
  if (ev.type !== 'text') return
  harvestNlu(ctx, ev.nlu)
}

const harvestNlu = (ctx: Ctx, nlu: NluResult) => {
  const s = ctx.state.slots
  ctx.priorSubject = s.subject
  const w = nlu.ward
  if (w && w.value !== 'outside' && w.value !== 'ambiguous') {
    s.ward = w.value
    if (w.via === 'town' || w.via === 'postal_code') s.town = w.place
    else delete s.town
    ctx.state.wards = []
  } else if (w?.value === 'ambiguous' && w.candidates.length > 0) {
    // 梶ケ谷 lies in two wards: keep the town, ask which ward (the ward question reads state.wards).
    delete s.ward
    s.town = w.place
    ctx.state.wards = [...w.candidates]
  }
  // Whom it is about: a person named wins; the classifier's default (「自分」 when no one is named) never
  // replaces someone already named (「小3です」 after 「息子が…」 is still about the son).
  const named = nlu.answer ? nlu.answer.subject : nlu.subject
  // 「ちゅうがくせい です」 after a grandfather's care: a child's age said of no one named, with an elder's worry in hand, is the
  // writer's own (a young carer), not the elder's; the elder's route stays (it became a child's, and the 社協 came first).
  const childAge =
    (nlu.age !== null && nlu.age < 18) || (nlu.answer?.ages != null && nlu.answer.ages.max < 18)
  const writersAge =
    childAge &&
    s.age_group === 'elderly' &&
    s.subject !== undefined &&
    s.subject !== 'self' &&
    !nlu.answer?.subject
  // 「わたしは ちかくに すんでない」 after a grandmother's worry tells the writer's own circumstances: the worry
  // is still hers (a new topic forgets the person first, see forgetTopic, so 「私も眠れなくて」 is the writer's).
  const aboutOther = s.subject !== undefined && s.subject !== 'self' && s.subject_named !== undefined
  if (named && !(named === 'self' && aboutOther)) s.subject = named
  else if (nlu.subject && s.subject === undefined) s.subject = nlu.subject
  // Said, not assumed (「本人です」「自分のです」): a flow may skip a question the default 'self' could not.
  if (nlu.answer?.subject) s.subject_named = nlu.answer.subject
  if (!writersAge && nlu.age !== null) {
    s.age = nlu.age
    s.age_group = ageGroupOf(nlu.age)
  } else if (!writersAge && nlu.ageGroup) s.age_group = nlu.ageGroup
  if (nlu.urgent) s.urgent = true
  const a = nlu.answer
  if (!a) return
  if (a.ages && !writersAge) {
    s.age_min = a.ages.min
    s.age_max = a.ages.max
    // A number said (「知的障害のある息子さんがいてもう四十すぎ」) tells the group better than a word beside it in the same
    // message (老人会 read the elderly group, and a man in his forties was routed as one of 65 or more).
    const byWords = nlu.age === null && nlu.ageGroup !== null
    if (s.age_group === undefined || s.age_group === 'unknown' || byWords)
      s.age_group = ageGroupOf(a.ages.min)
  }
  if (a.living) s.living = a.living
  // 「住所は言いたくない」 in any message: the ward question is not asked (see the ask node).
  if (a.refusesPlace && !w && s.ward === undefined) s.ward = WARD_REFUSED
  if (a.prefers.includes('phone')) s.prefers_phone = true
  if (a.prefers.includes('anonymous')) s.prefers_anonymous = true
  if (a.purposes?.includes('volunteer')) s.purpose_volunteer = true
}

/** The facts harvest keeps about the person a topic is about (forgotten on a new topic). */
const PERSON_SLOTS = [
  'subject',
  'subject_named',
  'age',
  'age_group',
  'age_min',
  'age_max',
  'living',
  'urgent',
]

/** On a new topic, facts about the last one's person go; where the resident lives stays. */
export const forgetTopic = (ctx: Ctx) => {
  const s = ctx.state.slots
  for (const k of PERSON_SLOTS) delete s[k]
  for (const k of Object.keys(ctx.flow.slots)) delete s[k]
  harvest(ctx)
}

/**
 * After an urgent answer (the crisis lines), keep what the message said besides the danger: the
 * underlying concern (「昔の暴力」→ DV, 「介護に疲れて」→ care) and the facts, so that the next message
 * (「今は中原区に住んでいます」) goes on to that concern's route instead of the main menu.
 */
export const keepAfterUrgent = (ctx: Ctx) => {
  const ev = ctx.input.event
  // The safety question just asked (「いま、命にかかわる…？」) about a first message: its worry is kept too,
  // so that an answer to something else next (「Kawasaki-ku」) goes on with it, not to the menu.
  const asked = ctx.trace.handler === 'safety' && ctx.state.risk?.asked === true && slotConcern(ctx) === null
  if (ev.type !== 'text' || (ctx.trace.handler !== 'crisis' && !asked)) return
  const { nlu } = ev
  const { candidate_floor, confidence_threshold, switch_confidence } = ctx.flow.settings
  // A faint guess (「I locked myself in」: child abuse 0.13) never replaces a worry an earlier message
  // told clearly (his violence): only a concern read in this message's clauses, or read surely, does.
  // A body's emergency (119, medical or overdose: 「となりのひとが たおれてる」「he fell and isn't answering」) says no
  // worry of its own: its words read faintly as anything (a neighbour not answering read as the young's worry or
  // mental health, 0.2–0.6), and the place said next routed that guess after 119. Only a worry read surely
  // (switch_confidence) goes on after the lines.
  const body = ctx.state.crisis?.kind === 'medical' || ctx.state.crisis?.kind === 'overdose'
  const floor = body ? switch_confidence : slotConcern(ctx) === null ? candidate_floor : confidence_threshold
  // (At the safety question the message's own reading leads: only a crisis answer puts it among `also`.)
  // When, where or who alone (the emergency told more, see handlers.ts toldMore) carries no worry: 「家」 is
  // not housing.
  const more = nlu.answer?.addsWhenWhere === true || nlu.answer?.placeOnly === true
  const read = (c: string) => nlu.ranked.find((r) => r.label === c)?.score ?? 1
  // A partner who is the danger (「おっとが ほうちょう もってる」: crisis 0.92, DV 0.05): the partner's violence is the
  // worry the route goes on with (the elder-abuse lines followed 「へやに かぎかけて かくれてる」 instead).
  const partner = nlu.answer?.partnerHarm === true ? 'domestic_violence' : undefined
  // A clause's concern counts only as surely as the whole message reads it, once a worry is in hand.
  const clause = asked ? undefined : nlu.also.find((c) => c !== 'crisis' && c !== 'other' && read(c) >= floor)
  const underlying = more
    ? undefined
    : (partner ??
      clause ??
      nlu.ranked.find(
        (r) => isConcern(r.label) && r.label !== 'crisis' && r.label !== 'other' && r.score >= floor,
      )?.label)
  // The danger lines were just given: the route that follows is for when they are calmer (the
  // after_urgent text says so), so this message's danger does not put 110 first again on it.
  const wasUrgent = ctx.state.slots.urgent
  harvestNlu(ctx, nlu)
  if (wasUrgent === undefined) delete ctx.state.slots.urgent
  if (!underlying || !isConcern(underlying)) return
  ctx.state.slots.concern = underlying
  if (asked) return
  const main = ctx.flow.nodes[ctx.flow.resume]
  const branch = main?.type === 'classify' ? ctx.flow.nodes[main.branches[underlying] ?? ''] : undefined
  // Only when the concern's next step is to ask where they live: say that we will go on from there.
  if (branch?.type === 'ask' && branch.parser === 'ward' && slotWard(ctx) === null)
    say(ctx, ctx.flow.handlers.after_urgent)
}
