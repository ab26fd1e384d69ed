import type { NluResult } from '../core/nlu.ts'
import { type Concern, isConcern } from '../core/taxonomy.ts'
import { HARMS, writtenInJapanese } from './context.ts'
import type { FlowSet } from './flow-set.ts'
import type { StepEvent, StepInput } from './input.ts'

// What a message is read as, corrected before the flow sees it, where the classifier's reading is known to
// mislead and the message's own words say so. Each keeps the crisis layer's reading untouched.

/**
 * A typed message with no crisis, nothing urgent and no danger suggested (no risk cue), the only kind a harm's reading
 * below may correct: violence or danger read keeps any harm however faint. Else null.
 */
const calmText = (input: StepInput): Extract<StepEvent, { type: 'text' }> | null => {
  const ev = input.event
  return ev.type === 'text' && !ev.nlu.crisis && !ev.nlu.urgent && !(ev.nlu.risk.score > 0) ? ev : null
}

/**
 * A harm carried only by one clause that the whole message hardly reads (「義母が同じ話を何回も…夫は年のせいだ
 * って言うんですけど」 dementia 1.00, the clause about the husband DV, the message DV 0.00; 「夫が脳出血で…」 DV
 * 0.01): a person named, no harm told. It is not kept to be offered later (「パートナーからの暴力についてもお書
 * きくださっていましたね」 is untrue and the next reply, 「夫は58です」 DV 0.62, was taken as agreeing to it),
 * unless violence or danger was read (urgent, a risk cue), which keeps any harm however faint.
 */
export const harmNotTold = (input: StepInput, flow: FlowSet): StepInput => {
  const ev = calmText(input)
  if (!ev) return input
  const { nlu } = ev
  // A label the classifier did not score (a test double's short list) is not known to be faint.
  const read = (c: string) => nlu.ranked.find((r) => r.label === c)?.score ?? 1
  // In the residents' other languages any concern a clause alone reads is as untrue to offer (「trabalho sim mas o
  // salário não dá」 beside a debt put 「não ir à escola」 among the offers, and 「sim, prefiro ir pessoalmente」
  // took it up): the classifier reads their clauses from a few known words.
  const foreign = !writtenInJapanese(nlu)
  // A harm beside another worry in Japanese with no word of harm at all (AnswerReading.noHarmWords: 「老人会のおじいさんが詐欺
  // みたいなのに引っかかって借金こさえちゃって」 livelihood 0.63, elder abuse 0.34 beside it) is not told however it reads: by
  // priority it led, and the elder-abuse desks answered a scam's debt (the money desk was the worry).
  const unsaid = nlu.answer?.noHarmWords === true
  const untold = (c: string) =>
    (HARMS.has(c) && (unsaid || read(c) < flow.settings.candidate_floor)) ||
    (foreign && read(c) < flow.settings.candidate_floor)
  if (!nlu.also.some(untold)) return input
  return { ...input, event: { ...ev, nlu: { ...nlu, also: nlu.also.filter((c) => !untold(c)) } } }
}

/**
 * Only whom it is about (「me」「it's me」「夫です」「私です」: AnswerReading.whomOnly) tells no worry: the
 * classifier reads the person word as one (「me」 DV 0.98, 「夫です」 DV 0.95, 「myself」 crisis 0.85), and the
 * partner violence route followed a resident who had asked about feeling low. The person is kept (harvest
 * reads the subject); the worry stays the one in hand, or is asked for.
 */
export const whomNotWorry = (input: StepInput): StepInput => {
  const ev = input.event
  if (ev.type !== 'text' || ev.nlu.crisis || !ev.nlu.answer?.whomOnly) return input
  const { nlu } = ev
  const ranked = nlu.ranked.filter((r) => !isConcern(r.label) || r.label === 'other')
  return { ...input, event: { ...ev, nlu: { ...nlu, intent: 'other', confidence: 0, ranked, also: [] } } }
}

/**
 * Someone hurt by their partner (AnswerReading.partnerHarm: 「姉が旦那さんから叩かれてるみたいで」 child abuse 0.59,
 * 「언니가 형부한테 맞는 것 같아요」 elder abuse 0.69): the kin word (a sister, a friend) made the classifier read a
 * child's or an elder's harm; who is hurt is an adult, by her partner: partner violence. Not when the message
 * is about a child (「子どもが夫に叩かれる」 is the child's harm).
 */
export const partnerHarmIsDv = (input: StepInput): StepInput => {
  const ev = input.event
  if (ev.type !== 'text' || ev.nlu.crisis || !ev.nlu.answer?.partnerHarm) return input
  const { nlu } = ev
  // The top reading, not only the intent: in another language an unsure one is `other` with the ranking kept.
  const was = nlu.ranked[0]?.label
  // A partner's violence read as some other worry (「남편이 술 마시면 물건 던지고 소리 질러요」 mental health 0.77;
  // 「民生委員です。近所の若い奥さんが顔にあざを…」 孤立・見守り 0.76): the partner's harm is what is told, whatever the
  // other words lean to. Not the catch-all, a crisis, a control or DV itself.
  if (!was || !isConcern(was) || was === 'domestic_violence' || was === 'crisis' || was === 'other')
    return input
  // (Whom the message names, not its age group: 「…顔にあざがあって」 about a sister reads the child group.)
  if (nlu.subject === 'child') return input
  return readAs(input, nlu, was, 'domestic_violence', [])
}

/**
 * The message read as `now` where the classifier read `was` first: the two trade places in the ranking (their
 * scores stay), and `now` and `drop` leave the second concerns.
 */
export const readAs = (
  input: StepInput,
  nlu: NluResult,
  was: Concern,
  now: Concern,
  drop: Concern[],
): StepInput => {
  const ranked = nlu.ranked.map((r) =>
    r.label === was ? { ...r, label: now } : r.label === now ? { ...r, label: was } : r,
  )
  const also = nlu.also.filter((c) => c !== now && !drop.includes(c))
  const intent = nlu.intent === was ? now : nlu.intent
  return { ...input, event: { ...input.event, type: 'text', nlu: { ...nlu, intent, ranked, also } } }
}

/**
 * The writer's own money for food has run short (AnswerReading.shortOfMoney: 「今月の食費がもうない。子どもにご飯食べさせ
 * られない」 child abuse 0.55): a child not fed for want of money is the livelihood desk's worry, not a child's harm; the
 * child guidance centre's card said 「if you worry a child is abused」 to a parent asking for food. The harm stays second.
 */
export const meansNotHarm = (input: StepInput): StepInput => {
  const ev = input.event
  if (ev.type !== 'text' || ev.nlu.crisis || ev.nlu.urgent || !ev.nlu.answer?.shortOfMoney) return input
  const { nlu } = ev
  const was = nlu.ranked[0]?.label
  if (was !== 'child_abuse') return input
  return readAs(input, nlu, was, 'livelihood', [was])
}

/**
 * A letter about a premium or a tax, asked about (AnswerReading.feeLetter: 「市役所から介護保険料のお手紙が来たんだけど字がちいさく
 * て何が書いてあるのかわからない」 care 0.93): what it says or whether to pay is the city's errand (its call centre, the ward
 * office), not the worry the premium's name reads as; the care route asked the ward and ended at the care desks. Not a harm
 * read beside it, nor danger.
 */
export const feeLetterIsErrand = (input: StepInput): StepInput => {
  const ev = input.event
  if (ev.type !== 'text' || ev.nlu.crisis || ev.nlu.urgent || !ev.nlu.answer?.feeLetter) return input
  const { nlu } = ev
  const was = nlu.ranked[0]?.label
  if (!was || !isConcern(was) || was === 'other' || was === 'crisis' || HARMS.has(was)) return input
  return readAs(input, nlu, was, 'other', [])
}

/**
 * A harm read first from a kin word alone, in Japanese with no word of harm (AnswerReading.noHarmWords: 「おっと の おかあさん が
 * すぐ わすれる」 DV 0.53, dementia 0.42 beside it), below switch_confidence: the worry read beside it is what is told, and
 * leads; the harm is not kept. The partner violence desk had answered a daughter-in-law's worry about forgetting, with
 * 「あなたは悪くありません」, and the dementia desks came only as an offer. A harm read clearly, or with nothing beside it,
 * stays (the flow's own rules for a harm unsaid apply).
 */
export const kinWordNotHarm = (input: StepInput, flow: FlowSet): StepInput => {
  const ev = calmText(input)
  if (!ev) return input
  const { nlu } = ev
  const was = nlu.ranked[0]?.label
  if (!was || !HARMS.has(was) || nlu.answer?.noHarmWords !== true || !writtenInJapanese(nlu)) return input
  if (nlu.confidence >= flow.settings.switch_confidence) return input
  const beside = nlu.also.find((c) => isConcern(c) && !HARMS.has(c) && c !== 'crisis' && c !== 'other')
  if (!beside || !isConcern(was)) return input
  return readAs(input, nlu, was, beside, [was])
}

/** Years said of the person (AnswerReading.ages, else the NLU's age): the youngest they can be. */
const ageFrom = (nlu: NluResult): number | null => nlu.answer?.ages?.min ?? nlu.age ?? null

/**
 * A child's harm read for someone said to be grown (「20歳の子が家に帰りたくないって」 child abuse 1.00 from 「子」), in Japanese
 * with no word of harm: an 18- to 39-year-old who will not go home is the young's worry (youth_support), not the child
 * guidance centre's; its card told a taxi driver 「if you worry a child is abused」 about a 19-year-old. Harm said keeps it.
 */
export const grownNotChild = (input: StepInput): StepInput => {
  const ev = calmText(input)
  if (!ev) return input
  const { nlu } = ev
  if (nlu.ranked[0]?.label !== 'child_abuse' || nlu.answer?.noHarmWords !== true) return input
  const age = ageFrom(nlu)
  if (age === null || age < 18 || age > 39) return input
  return readAs(input, nlu, 'child_abuse', 'youth_support', ['child_abuse'])
}

/** The readings above, in order, on what the earlier ones (foreign text, place words, strain) left. */
export const rereadTurn = (input: StepInput, flow: FlowSet): StepInput =>
  whomNotWorry(
    grownNotChild(
      kinWordNotHarm(feeLetterIsErrand(meansNotHarm(partnerHarmIsDv(harmNotTold(input, flow)))), flow),
    ),
  )
