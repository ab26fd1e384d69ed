import type { Choice } from '../../core/messages.ts'
import type { NluResult } from '../../core/nlu.ts'
import { type Concern, isConcern, wardIds } from '../../core/taxonomy.ts'
import {
  answersToo,
  areRelated,
  asksHowOnly,
  askWith,
  briefAnswer,
  type Ctx,
  concernName,
  correctsTopic,
  END,
  errandAsked,
  fill,
  HARMS,
  harmDenied,
  harmUnsaid,
  isConcernRead,
  type Next,
  namesWard,
  say,
  showMenu,
  slotConcern,
  switchBar,
  topConcernExcept,
  WAIT,
  writtenInJapanese,
} from '../context.ts'
import { forgetTopic } from '../harvest.ts'
import { miss } from '../miss.ts'
import type { NodeOf } from '../schema.ts'
import type { Executor } from './types.ts'

type Classify = NodeOf<'classify'>

/** Worries about an old person's life at home: one told after another is mostly about the same person. */
const ELDERS_AT_HOME = new Set<Concern>([
  'elderly_care',
  'dementia',
  'home_medical',
  'elder_abuse',
  'isolation_community',
])

/**
 * An old person's worry taken up after another (the 孤立・見守り offered after a mother's dementia, then 「見守りの機械とか
 * あるのか」 or its button), the message naming no one and no age: the same person, whose facts stay (forgetTopic made
 * her the writer, and the 孤立・見守り route for oneself put the 社協 before her 地域包括支援センター: dd10-d073).
 */
const samePerson = (ctx: Ctx, from: Concern, to: Concern): boolean => {
  const ev = ctx.input.event
  const nlu = ev.type === 'text' ? ev.nlu : null
  return (
    from !== 'isolation_community' &&
    ELDERS_AT_HOME.has(from) &&
    ELDERS_AT_HOME.has(to) &&
    ctx.state.slots.subject !== undefined &&
    ctx.state.slots.subject !== 'self' &&
    (nlu === null || (nlu.answer?.subject == null && nlu.answer?.ages == null && nlu.age === null))
  )
}

/** Settle on a concern and follow its branch. A new topic forgets the last one's person. */
const pick = (node: Classify, ctx: Ctx, concern: Concern, also: Concern[]): Next => {
  const from = slotConcern(ctx)
  if (from !== null && from !== concern && !samePerson(ctx, from, concern)) forgetTopic(ctx)
  const s = ctx.state
  s.slots.concern = concern
  const excluded = s.excluded ?? []
  s.pending = [...new Set([...also, ...s.pending])].filter(
    (c) => c !== concern && c !== 'crisis' && !excluded.includes(c),
  )
  s.candidates = []
  s.misses = 0
  s.offering = false
  delete s.confirm
  delete s.leaning
  ctx.trace.concern = concern
  // A sub-menu lists a few branches; any other concern follows the main classify node's branch.
  const main = ctx.flow.nodes[ctx.flow.resume]
  const mainBranch = main?.type === 'classify' ? main.branches[concern] : undefined
  return { goto: node.branches[concern] ?? mainBranch ?? node.default }
}

/** Follow a concern's branch from the main classify node (a confirmed switch, a tapped choice). */
export const chooseConcern = (ctx: Ctx, concern: Concern, also: Concern[] = []): Next => {
  const main = ctx.flow.nodes[ctx.flow.resume]
  if (main?.type !== 'classify') return showMenu(ctx)
  return pick(main, ctx, concern, also)
}

/**
 * The more pressing concern first, by settings.priority; unlisted ones keep the classifier's order.
 * `mainLeads`: the first (a concern read clearly) stays first and only the others are ordered.
 * `lead_pairs` come before the priority: a parent worn out by a toddler is helped with child-rearing
 * first (and offered the mental-health line after), so the cards never say 「こころの健康のため」.
 */
const byPriority = (ctx: Ctx, concerns: Concern[], mainLeads = false): Concern[] => {
  const rank = (c: Concern) => {
    const i = ctx.flow.settings.priority.indexOf(c)
    return i === -1 ? Number.MAX_SAFE_INTEGER : i
  }
  const [main, ...rest] = [...new Set(concerns)]
  const sorted = (mainLeads ? rest : [main!, ...rest])
    .map((c, i) => ({ c, i }))
    .sort((a, b) => rank(a.c) - rank(b.c) || a.i - b.i)
    .map((x) => x.c)
  const order = mainLeads ? [main!, ...sorted] : sorted
  for (const { lead, over } of ctx.flow.settings.lead_pairs) {
    const l = order.indexOf(lead)
    const o = order.indexOf(over)
    if (l > o && o !== -1) order.splice(o, 0, ...order.splice(l, 1))
  }
  // A young person under 18 who stays home (「16 tuổi…thi cấp 3 không đậu…ở nhà suốt」, then 「lớp 10」 youth 0.88) is
  // the young's worry first: the children's line and the ward's 児童家庭課, ひきこもり after it.
  const s = ctx.state.slots
  const minor = (typeof s.age_max === 'number' && s.age_max < 18) || s.age_group === 'child'
  const y = order.indexOf('youth_support')
  const h = order.indexOf('hikikomori')
  if (minor && h !== -1 && y > h) order.splice(h, 0, ...order.splice(y, 1))
  return order
}

/** Concerns worth offering as choices: not excluded, not crisis/other, and close enough to the best. */
const plausible = (ctx: Ctx, nlu: NluResult): Concern[] => {
  const excluded = ctx.state.excluded ?? []
  const scored = nlu.ranked.filter(
    (r): r is { label: Concern; score: number } =>
      isConcern(r.label) && r.label !== 'crisis' && r.label !== 'other' && !excluded.includes(r.label),
  )
  const best = scored[0]?.score ?? 0
  const floor = Math.max(ctx.flow.settings.candidate_floor, best * 0.4)
  return scored
    .filter((r) => r.score >= floor)
    .slice(0, ctx.flow.settings.max_candidates)
    .map((r) => r.label)
}

/**
 * 「そうじゃなくて」「違います、お金のことです」: the concern we settled on (or the choices on screen) was
 * wrong. Read the message again without them: a clear other concern is followed, else the two most
 * likely ones with 「それ以外」, else the menu.
 */
const correct = (node: Classify, id: string, ctx: Ctx, nlu: NluResult): Next => {
  const rejected = [...(slotConcern(ctx) ? [slotConcern(ctx)!] : []), ...ctx.state.candidates]
  // 「違います、夫から暴力を受けているんです」: the same concern said clearly is a restatement, not a rejection.
  const restated = rejected.find((c) => c === nlu.intent)
  if (restated && nlu.confidence >= ctx.flow.settings.switch_confidence) return pick(node, ctx, restated, [])
  ctx.state.excluded = [...new Set([...(ctx.state.excluded ?? []), ...rejected])]
  say(ctx, ctx.flow.handlers.corrected)
  const left = plausible(ctx, nlu)
  const top = nlu.ranked.find((r) => r.label === left[0])
  const threshold = node.threshold ?? ctx.flow.settings.confidence_threshold
  if (left[0] && top && top.score >= threshold) return pick(node, ctx, left[0], [])
  if (left.length > 0) return offerConcerns(id, ctx, left)
  return showMenu(ctx)
}

const closing = (ctx: Ctx): Next => {
  say(ctx, ctx.flow.handlers.closing)
  ctx.state.pending = []
  delete ctx.state.excluded
  ctx.state.offering = false
  ctx.state.node = null
  return END
}

/**
 * The resident wrote again instead of tapping one of the choices. When the message tells something (a
 * place, a fact, a worry read unsurely) the choices are shown again, with what it adds; otherwise, and
 * the next time, the bot goes with the likeliest concern of the messages so far (a candidate this
 * message agrees with, else the first message's best), says so, and answers: a resident who does not
 * tap is not asked a third time, nor a second time for nothing.
 */
const notTapped = (id: string, ctx: Ctx, nlu: NluResult, givesWard: boolean): Next => {
  const shown = ctx.state.candidates
  // A ward in passing (「Miyamae. Saginuma」) adds no worry: what its words lean to (a place reads as
  // community, 孤立・見守り) is not offered beside the choices the resident has not tapped yet.
  // Nor does an age or school year alone (「year 3」 child-rearing 0.55): it answers, it adds no worry.
  const now = (givesWard && !isConcernRead(ctx, nlu)) || briefAnswer(nlu) ? [] : plausible(ctx, nlu)
  // A message that adds nothing (no place, no fact, no reading: 「what's the right office to report this
  // to?」) is a second turn without progress: the likeliest choice is answered now, never asked again.
  const nothingNew = now.length === 0 && !givesWard && !answersToo(nlu)
  // Nor is a resident who has written three times with no worry settled yet asked once more.
  const long = ctx.state.turns >= 3 && slotConcern(ctx) === null
  if (ctx.state.misses >= 1 || nothingNew || long) {
    // A choice this message reads too (or a kin of it) is borne out; else the choices on screen, in order.
    const agreed = shown.find((c) => now.includes(c)) ?? kinOnScreen(ctx, now)
    // The young's worry this message agrees with, beside a child's harm on screen (harmGoesOn): the harm
    // leads and the young's worry comes after (bestGuess).
    const harm = agreed && shown.find((s) => harmGoesOn(s, agreed))
    return bestGuess(ctx, harm && agreed ? [harm, agreed] : agreed ? [agreed] : shown)
  }
  ctx.state.misses += 1
  if (givesWard) say(ctx, ctx.flow.handlers.ward_noted)
  // What this message adds comes first; the earlier candidates stay (best first) for the guess.
  const merged = [...new Set([...now.filter((c) => shown.includes(c)), ...shown, ...now])]
  return offerConcerns(id, ctx, merged)
}

/**
 * A worry close to a choice on screen (settings.related: 「房租下禮拜要付」 after 「お金・仕事」 was offered, 「仕事
 * が減って」 after 「住まい」): both messages tell one worry, and the more pressing of the pair by
 * settings.priority is the one answered (お金・仕事 before 住まい: the rent help is the livelihood centre's).
 */
const kinOnScreen = (ctx: Ctx, read: Concern[]): Concern | undefined => {
  for (const c of read) {
    const kin = ctx.state.candidates.find((s) => areRelated(ctx, s, c) || harmGoesOn(s, c))
    if (kin) return byPriority(ctx, [kin, c])[0]
  }
  return undefined
}

/**
 * The two likeliest concerns are a related pair (settings.related: 「あし が わるい。くるまいす。しごと したい」
 * reads disability 0.47 and livelihood beside it; a disabled person's job search is the disability
 * window's): the message tells one worry split between the pair. When the pair together reads at the bar,
 * the more pressing of the two by settings.priority is answered and the other offered after, instead of
 * asking the resident to choose between two halves of one worry.
 */
const oneWorryPair = (
  ctx: Ctx,
  nlu: NluResult,
  candidates: Concern[],
  threshold: number,
): [Concern, Concern] | null => {
  const [a, b] = candidates
  if (candidates.length !== 2 || !a || !b || nlu.intent !== a || !areRelated(ctx, a, b)) return null
  const read = (c: Concern) => nlu.ranked.find((r) => r.label === c)?.score ?? 0
  if (read(a) + read(b) < threshold) return null
  const [lead, after] = byPriority(ctx, [a, b])
  return [lead!, after!]
}

/**
 * Which of these worries it is, or another (the menu), asked at node `id`: the unsure classify step, and a
 * greeting that also tells a worry (handlers.ts). Concern names are written to stand inside a sentence
 * ("money, work"); on a button they start with a capital where the script has one.
 */
export const offerConcerns = (id: string, ctx: Ctx, candidates: Concern[]): Next => {
  const choices: Choice[] = candidates.slice(0, ctx.flow.settings.max_candidates).map((c) => {
    const name = concernName(ctx.flow, c)
    return { value: `concern:${c}`, label: (name.charAt(0).toLocaleUpperCase() + name.slice(1)).slice(0, 20) }
  })
  choices.push({ value: 'menu', label: ctx.flow.handlers.other_choice })
  askWith(ctx, ctx.flow.handlers.low_confidence, choices)
  ctx.state.candidates = candidates
  ctx.state.node = id
  return WAIT
}

/**
 * 「我妈妈一个人住在川崎，最近老是忘事」 reads isolation 0.81 and dementia 0.16: living alone is isolation's own
 * words, so a worry read beside it (at candidate_floor) is the one told, and leads; isolation comes after.
 */
const besideLivingAlone = (ctx: Ctx, nlu: NluResult): Concern | null => {
  if (nlu.answer?.living !== 'alone' || nlu.intent !== 'isolation_community') return null
  const r = topConcernExcept(nlu, ['isolation_community', 'other', 'crisis'])
  return r && r.score >= ctx.flow.settings.candidate_floor ? r.label : null
}

const ELDERS = new Set<Concern>(['elderly_care', 'dementia', 'elder_abuse'])
const YOUNG = new Set<Concern>(['child_rearing', 'child_abuse', 'youth_support'])

/**
 * A child's harm (in hand, or a choice on screen) and a later message read as the young's worry for its
 * school words (「多摩区の学校です」「the school knows, but…」 youth 0.98 / 0.82 after a teacher's report of a
 * hungry, bruised pupil; 「学校としては…どこに連絡するのが適切か」 youth 0.69): the school is where a teacher
 * sees the same child, not a new worry that replaces the harm. The harm goes on and the young's worry is
 * offered after it. Not child-rearing: a parent's strain or a baby's crying read as abuse on screen
 * (「我太太生完小孩以後一直哭」 0.77, then 「寶寶兩個月」 child-rearing 0.99) is the misreading to leave.
 */
const harmGoesOn = (harm: Concern, read: Concern): boolean =>
  harm === 'child_abuse' && read === 'youth_support'

/**
 * A guess that fits the person told about comes first: a child (「a patient's kid」) is not an elder's
 * worry, someone of 60 or more (「She's 81」) not a parent's or a young person's, and one who lives alone
 * is told of by how they live (「lives alone … keeps forgetting his meds」 leans to dementia, not isolation). Only the order of
 * guesses made from faint readings changes; nothing read clearly is ever set aside by it.
 */
const byFit = (ctx: Ctx, concerns: Concern[]): Concern[] => {
  const s = ctx.state.slots
  const fits = (c: Concern) =>
    !(s.subject === 'child' && ELDERS.has(c)) &&
    !(typeof s.age_min === 'number' && s.age_min >= 60 && YOUNG.has(c)) &&
    // Living alone is how they live, and 孤立・見守り's own words: a worry read beside it is the one told.
    !(s.living === 'alone' && c === 'isolation_community')
  return [...concerns.filter(fits), ...concerns.filter((c) => !fits(c))]
}

/**
 * Who is hurt, told later: a harm read as a child's (「よめが ごはんを くれない」 child abuse 0.89) about the
 * resident, who then says they are 60 or more (「わたし です。87さい」), is an elder's. Only about the resident
 * all along (subject self): a neighbour of 70 telling of a child next door keeps the child's harm.
 */
const harmToElder = (ctx: Ctx, known: Concern): Concern | null => {
  const s = ctx.state.slots
  const elder = typeof s.age_min === 'number' && s.age_min >= 60
  // The resident was the one told about before too: after 「隣の子が…」 a 「私です。70歳です」 introduces the reporter.
  const aboutSelf = s.subject === 'self' && (ctx.priorSubject === undefined || ctx.priorSubject === 'self')
  return known === 'child_abuse' && aboutSelf && elder ? 'elder_abuse' : null
}

/** The menu again with no worry settled: what this message read faintly is remembered beside the rest. */
const menuRemembering = (ctx: Ctx, next: () => Next): Next => {
  const leaning = byFit(ctx, [...new Set([...(ctx.faint ?? []), ...(ctx.state.leaning ?? [])])]).slice(0, 3)
  const out = next()
  if (leaning.length > 0 && slotConcern(ctx) === null) ctx.state.leaning = leaning
  return out
}

/**
 * Go with the likeliest concern now, saying so (the resident may correct it). `guesses`, likeliest first,
 * are what earlier messages were read as unsurely and nothing since has borne out. A harm guessed that
 * way (「아이가 말이 좀 늦은 것 같아요」 child abuse 0.64 beside child-rearing, then only the ward and the age)
 * does not lead: the cards would say 「if you worry about abuse」 to a parent asking about speech. The
 * likeliest worry without harm is answered and the harm offered right after, unless danger was suggested.
 */
export const bestGuess = (ctx: Ctx, given: readonly Concern[]): Next => {
  const danger = ctx.state.slots.urgent === true || ctx.state.risk !== undefined
  // Two related choices tell one worry (「no job, can't pay the rent」 housing 0.59 beside money): the more
  // pressing of the pair by settings.priority goes first, as when the pair is read together (oneWorryPair).
  const [a, b] = given
  const guesses = a && b && areRelated(ctx, a, b) ? [...byPriority(ctx, [a, b]), ...given.slice(2)] : given
  const first = guesses[0]!
  // The young's worry read from school words after a child's harm (harmGoesOn) is no calm guess instead
  // of the harm: the harm leads and the young's worry comes after.
  const calm =
    danger || !HARMS.has(first) ? undefined : guesses.find((c) => !HARMS.has(c) && !harmGoesOn(first, c))
  const guess = calm ?? first
  say(ctx, fill(ctx.flow.handlers.best_guess, { concern: concernName(ctx.flow, guess) }))
  return chooseConcern(ctx, guess, calm ? [first] : guesses.filter((c) => harmGoesOn(first, c)))
}

/** A child's and an elder's harm: the same words (left alone, not fed) read as either, by the person they are of. */
const YOUNG_OLD_HARMS: ReadonlySet<string> = new Set(['child_abuse', 'elder_abuse'])

/** Money and a place to live: what a harmed person needs to get away or to live, told after the harm. */
const MEANS: ReadonlySet<string> = new Set(['livelihood', 'housing'])

const classifyText = (node: Classify, id: string, ctx: Ctx): Next => {
  const ev = ctx.input.event
  if (ev.type !== 'text') return showMenu(ctx)
  const { nlu } = ev
  const threshold = node.threshold ?? ctx.flow.settings.confidence_threshold
  const known = slotConcern(ctx)
  const givesWard = namesWard(nlu)
  const wardAnswer = givesWard && known !== null
  // `other` is the catch-all: a bare answer (「はい」「麻生区です」) often lands there, so it never
  // overrides the answer this state is waiting for, nor passes for a concern when only a place was said.
  const answers = (ctx.state.offering && nlu.yesNo !== null) || givesWard
  const onScreen = ctx.state.candidates.length > 0
  if (correctsTopic(ctx, nlu) && (known !== null || onScreen) && !ctx.state.offering)
    return correct(node, id, ctx, nlu)
  // 「住所って言わないとだめですか？」 and no worry yet: no, it need not be said (harvest noted the refusal, so
  // no ward question follows); what is it about? Not the city's call centre for the catch-all reading.
  if (nlu.answer?.refusesPlace && nlu.intent === 'other' && known === null && !onScreen) {
    say(ctx, ctx.flow.handlers.ward_refused)
    return showMenu(ctx)
  }
  // 「住所はちょっと言いたくないです」 with choices on screen (other 0.51): where they live is declined (harvest noted it), no
  // errand asked; the city's call centre answered a forgetful widow living alone. The choices were not tapped (notTapped).
  if (nlu.answer?.refusesPlace && nlu.intent === 'other' && onScreen && !ctx.state.offering)
    return notTapped(id, ctx, nlu, false)
  // A city errand (「주민세 고지서가 왔는데…」, 「How do I sort the garbage?」): the city's call centre, not choices.
  if (errandAsked(ctx, nlu)) return pick(node, ctx, 'other', [])
  // Nor is an age or how they live, said alone with the choices on screen (「はちじゅう すぎ です」 read as other), the choice
  // 「それ以外」: it answers who, and the city's call centre answered a neighbour out of work (notTapped guesses by fit).
  const answersWho = onScreen && !ctx.state.offering && briefAnswer(nlu)
  const confident =
    isConcern(nlu.intent) &&
    nlu.intent !== 'crisis' &&
    !(nlu.intent === 'other' && (answers || answersWho)) &&
    !(ctx.state.excluded ?? []).includes(nlu.intent) &&
    nlu.confidence >= threshold
  const clear = confident && nlu.confidence >= ctx.flow.settings.switch_confidence
  // 「はい」「いいえ」 to the offer of the second worry answer it, unless a worry is stated clearly.
  if (ctx.state.offering && nlu.yesNo !== null && !(clear && nlu.intent !== 'other')) {
    const pending = ctx.state.pending[0]
    return nlu.yesNo && pending ? pick(node, ctx, pending, []) : closing(ctx)
  }
  // After an answer, what the resident writes next is mostly more about the same worry (「夫は82です。シ
  // ョートステイは使えますか」「はい、お願いします」): the topic goes on with what was added. Only a
  // different worry stated clearly (and not as a reply, 「はい、…」), or one an earlier message raised
  // too, starts a new topic; a likely one is offered after this topic, never jumped to, never lost.
  const followUp =
    known !== null &&
    (ctx.state.node === null || ctx.state.offering) &&
    !(ctx.state.excluded ?? []).includes(known) &&
    ctx.leftConcern === undefined
  const other = confident && nlu.intent !== known && nlu.intent !== 'other' && !(known && harmDenied(nlu))
  // A worry an earlier message raised (waiting in pending) read again here: two messages agree on it.
  // Not a few words or a place (「多摩区の学校です」 youth 0.97 replaced child abuse): the worry in hand wins.
  const agreed =
    other &&
    ctx.state.pending.includes(nlu.intent as Concern) &&
    !nlu.answer?.brief &&
    !givesWard &&
    // 「両方相談できるところは」「それとも…？」 asks which place, or one for both: not a yes to the other worry.
    !nlu.answer?.asksWhich &&
    !(known && harmGoesOn(known, nlu.intent as Concern))
  // A harm read from a kin word alone, with no word of harm (harmUnsaid): not told.
  const unsaid = harmUnsaid(nlu)
  // A reply that also answers (an age, whom, how they live) needs the surer bar to be a new topic.
  const clearAnew = confident && !unsaid && nlu.confidence >= switchBar(ctx, nlu)
  // A few words only (「我是永住者」「わたし と こども」 read housing 0.83, child abuse 0.96) cannot tell a new
  // worry surely: the worry in hand goes on, and what they lean to is offered after it.
  // 「それともうひとつ、あたしのことなんだけど、息子が借金…」 (livelihood 0.78): another matter announced, and a worry read at the
  // bar, is a new topic told, not more about the one in hand (AnswerReading.anotherMatter). Not a harm read from a kin word
  // alone (unsaid), nor one said not to happen.
  const announced = confident && !unsaid && nlu.answer?.anotherMatter === true && !(known && harmDenied(nlu))
  const anew = (clearAnew || announced) && nlu.yesNo === null && !nlu.answer?.brief
  // Which place, or one place for both (AnswerReading.asksWhich), after an answer: the worry in hand goes on
  // and the other is offered after it, as at a question (see the ask node's weighsBoth).
  // A harm answered (an elder's, a partner's violence), then money or a place to live told plainly (「母からお金が
  // ないって電話が来る」 livelihood 0.99 after her pension was taken; 「お金がなくて家を出られない」 after his
  // violence): the means to get away or to live, part of the harm's story. The harm goes on first, the money or
  // housing desk is offered after it; another harm, the harm denied, or danger now leaves it.
  const harmGoesFirst =
    known !== null && HARMS.has(known) && other && MEANS.has(nlu.intent) && !harmDenied(nlu) && !nlu.urgent
  // A worry close to the one answered (settings.related: 「しごと も さがしたい」 after a disability answer, livelihood
  // 0.88) tells more about it, as at a question (the ask node): a disabled person's job search is the disability
  // window's. The worry in hand goes on and the other is offered after it, unless an earlier message raised it too.
  // (Another matter announced is no more about it: see `announced`.)
  const relatedGoesOn = other && !agreed && !announced && areRelated(ctx, known, nlu.intent as Concern)
  // How help is given, asked after the answer (AnswerReading.asksHow: 「だれか いえ に きて くれますか」 home medical care
  // 0.80 after a son's withdrawal, 「일본어 지원 교실 같은 것도 있나요?」 health 0.89 after school refusal): the question is
  // about the worry in hand, whose places are shown again; its words' lean is no worry told, nor offered after.
  // Harm or danger told beside it still leads (asksHowOnly).
  const asksHow = asksHowOnly(nlu)
  // The young's worry read from an age or a school year told after a child's harm (「小学校の高学年くらい」 youth 1.00 after
  // a neighbour's child's neglect): how old the child is, not a new worry; the harm goes on (harmGoesOn, as on screen).
  const childsAge =
    other &&
    known !== null &&
    harmGoesOn(known, nlu.intent as Concern) &&
    nlu.answer?.ages != null &&
    !nlu.urgent
  // More told of the harm answered, naming no one (「食事もさせてもらってないみたい」 child abuse 0.86 after a neighbour's old man
  // left alone by his family): the same person's harm, read as the other age's by its words (neglect, hunger, being left). An
  // elder's harm went to the child guidance centre. A person or an age named, or danger now, is told anew.
  const samePersonsHarm =
    other &&
    known !== null &&
    YOUNG_OLD_HARMS.has(known) &&
    YOUNG_OLD_HARMS.has(nlu.intent) &&
    nlu.answer?.subject == null &&
    nlu.answer?.ages == null &&
    nlu.age === null &&
    !nlu.urgent
  // Lonely, or wanting someone to talk to, told after a harm or a young person's worry was answered, naming no one new
  // (「毎晩こわくて、話し相手もいないんです」 isolation 1.00 after his violence; a son with no friends at school after his
  // school refusal): the state of the person in that worry, not a new topic; 孤立・見守り is offered after it.
  const lonelyToo =
    other &&
    known !== null &&
    (HARMS.has(known) || YOUNG.has(known)) &&
    nlu.intent === 'isolation_community' &&
    nlu.answer?.subject == null &&
    nlu.answer?.anotherMatter !== true &&
    !nlu.urgent
  if (
    followUp &&
    (!((anew || agreed) && other) ||
      lonelyToo ||
      nlu.answer?.asksWhich === true ||
      harmGoesFirst ||
      relatedGoesOn ||
      asksHow ||
      childsAge ||
      samePersonsHarm)
  ) {
    // A few words that give an age or a school year (「小学校低学年」 youth 1.00 after a neighbour's child's neglect) answer:
    // their lean is no worry told, nor offered after (briefAnswer, as at a question).
    const more =
      asksHow || childsAge || samePersonsHarm || briefAnswer(nlu)
        ? []
        : [...(other && !unsaid ? [nlu.intent as Concern] : []), ...nlu.also]
    if (!wardAnswer) say(ctx, ctx.flow.handlers.noted)
    const harmed = harmToElder(ctx, known)
    return harmed ? pick(node, ctx, harmed, []) : pick(node, ctx, known, more)
  }
  // Choices on screen, and an answer to them (「6歳と2歳です。シングルで…」) leaning to a concern not
  // among them: the choices were not tapped; it is not a new worry unless read very surely.
  // A few words that give an age (「me. 38」 DV 0.99) are never read very surely.
  const briefAge = nlu.answer?.brief === true && nlu.answer.ages !== null
  // Harm told clearly in such an answer (「May bata po sa kabila, laging umiiyak at sinisigawan ng tatay…」 child
  // abuse 0.91 after a neighbour's 孤立・見守り choice) is the worry: it was put after the choices on screen,
  // and the next message, a ward, answered the first of them without the harm.
  const harmTold =
    HARMS.has(nlu.intent) &&
    !unsaid &&
    nlu.confidence >= ctx.flow.settings.switch_confidence &&
    !nlu.answer?.brief &&
    !nlu.answer?.deniesViolence
  // Choices on screen, not being offered, and this message reads a worry other than them.
  const untapped =
    onScreen && !ctx.state.offering && other && !ctx.state.candidates.includes(nlu.intent as Concern)
  if (untapped && answersToo(nlu) && (!clearAnew || briefAge) && !harmTold)
    return notTapped(id, ctx, nlu, givesWard)
  // The young's worry read clearly from school words (「the teachers say they will keep an eye on him」 youth
  // 0.86) beside a child's harm on screen: the harm goes on, the young's worry after (harmGoesOn), even when
  // an earlier message had put the young's worry among the choices too.
  const harmOnScreen =
    onScreen && other && ctx.state.candidates.find((c) => harmGoesOn(c, nlu.intent as Concern))
  if (harmOnScreen && !ctx.state.offering) return pick(node, ctx, harmOnScreen, [nlu.intent as Concern])
  // (A child's harm beside the young's worry returned just above: only settings.related pairs are left here.)
  if (untapped) {
    const read = nlu.intent as Concern
    const kin = ctx.state.candidates.find((c) => areRelated(ctx, c, read))
    const [lead] = kin ? byPriority(ctx, [kin, read]) : []
    if (lead && kin) return pick(node, ctx, lead, [lead === read ? kin : read])
  }
  if (confident) {
    // The concern just left for this one comes after it (it waits in pending), never first by priority.
    const also = nlu.also.filter((c) => c !== ctx.leftConcern)
    // Priority is for danger: when the message tells of violence or danger now, the more pressing
    // concern comes first. Otherwise a concern stated clearly leads and priority orders only what was
    // read less surely (a clause, a runner-up), so 「夫は82、私は79です。ショートステイは」 stays about
    // care and is not re-labelled as DV by a stray clause.
    // Nor does a clause's concern the whole message hardly reads (below candidate_floor: 「わたしの あし
    // が わるい。くるまいす。しごと したい」 read DV 0.04 in one clause) lead a reading above the bar.
    const read = (c: Concern) => nlu.ranked.find((r) => r.label === c)?.score ?? 0
    const faint = nlu.urgent ? [] : also.filter((c) => read(c) < ctx.flow.settings.candidate_floor)
    const ordered = byPriority(
      ctx,
      [nlu.intent as Concern, ...also.filter((c) => !faint.includes(c))],
      clear && !nlu.urgent,
    )
    const [first, ...rest] = [...ordered, ...faint]
    const beside = besideLivingAlone(ctx, nlu)
    if (first === 'isolation_community' && beside) return pick(node, ctx, beside, [first, ...rest])
    return pick(node, ctx, first!, rest)
  }
  // The choices on screen were not tapped (a ward in passing, more words): see notTapped.
  if (onScreen && !ctx.state.offering) return notTapped(id, ctx, nlu, givesWard)
  // A ward given in passing at a sub-menu: keep it (harvest did), thank, and show the same choices again,
  // never the main menu in their place.
  if (givesWard && node.choices) {
    say(ctx, ctx.flow.handlers.ward_noted)
    return prompt(node, id, ctx)
  }
  // A ward alone (「中原区です」) after a finished topic: route that topic again for the new ward.
  if (wardAnswer) return pick(node, ctx, known, [])
  // Only a place (「中原区です」) and no worry yet: the ward is kept (harvest), ask what it is about. A
  // worry told beside the place (「I'm a teacher in Tama ward. One of my students…」, in a language the
  // classifier reads less surely) is offered instead of the whole menu when it reads above the catch-all
  // and at least half as surely as the bar; a place alone (「Tama-ku」) leans to `other`, its runners-up
  // (孤立・見守り) are the place's words, never offered.
  if (givesWard && nlu.intent === 'other') {
    say(ctx, ctx.flow.handlers.ward_noted)
    const top = nlu.ranked[0]
    const half = (node.threshold ?? ctx.flow.settings.confidence_threshold) / 2
    const told =
      !nlu.answer?.placeOnly && top && isConcern(top.label) && top.label !== 'other' && top.score >= half
    const likely = told ? plausible(ctx, nlu) : []
    if (likely.length > 0) return offerConcerns(id, ctx, likely)
    // What an earlier message leaned to (FlowState.leaning) is offered, not the whole menu again.
    const leaning = ctx.state.leaning ?? []
    return leaning.length > 0 ? offerConcerns(id, ctx, leaning) : menuRemembering(ctx, () => showMenu(ctx))
  }
  // Unsure: the two most likely concerns with 「それ以外」, or the menu; never guesses far below the best.
  const candidates = plausible(ctx, nlu)
  // A partner's violence said in Japanese words (AnswerReading.partnerHarm: 「お友達がね八十にもなって旦那さんにぶたれてるの
  // よ」, read as DV 0.25 by readings.ts partnerHarmIsDv) is told, not a guess to choose: its desks first, the rest offered
  // after. The choices stayed on screen through the safety question and a ward, and the conversation ended with no place.
  // (In the other languages the pattern is read from fewer words: their choices stay, round6.yaml.)
  if (
    nlu.answer?.partnerHarm &&
    candidates[0] === 'domestic_violence' &&
    !nlu.urgent &&
    writtenInJapanese(nlu)
  )
    return pick(node, ctx, 'domestic_violence', candidates.slice(1))
  const pair = oneWorryPair(ctx, nlu, candidates, threshold)
  if (pair) return pick(node, ctx, pair[0], [pair[1]])
  if (candidates.length > 0) {
    // The third message and still no worry settled nor any place given to call: the likeliest now.
    if (ctx.state.turns >= 3 && known === null) return bestGuess(ctx, byFit(ctx, candidates).slice(0, 1))
    ctx.state.misses = 0
    return offerConcerns(id, ctx, candidates)
  }
  // The menu was shown for a message read only faintly, and this one adds nothing (no place, no fact,
  // no reading: 「where should I report something like this?」): a second turn without progress is not
  // answered with the menu again, but with the likeliest of what the earlier message leaned to.
  const leaning = ctx.state.leaning ?? []
  if (leaning.length > 0 && !givesWard && !answersToo(nlu)) {
    // (What this message reads faintly is not taken as agreeing: it says nothing, its readings are noise.)
    return bestGuess(ctx, byFit(ctx, leaning))
  }
  return menuRemembering(ctx, () => miss(ctx, () => showMenu(ctx)))
}

const classifyChoice = (node: Classify, ctx: Ctx, value: string): Next => {
  if (value === 'menu') return showMenu(ctx)
  if (value === 'no') return closing(ctx)
  if (value === 'yes' && ctx.state.offering && ctx.state.pending[0])
    return pick(node, ctx, ctx.state.pending[0], [])
  const [key, v = ''] = value.split(':', 2)
  if (key === 'concern' && isConcern(v)) return pick(node, ctx, v, [])
  if (key === 'goto' && ctx.flow.menu.some((m) => 'goto' in m && m.goto === v)) return { goto: v }
  const known = slotConcern(ctx)
  if (key === 'ward' && (wardIds as readonly string[]).includes(v)) {
    // A ward button tapped from an earlier question: keep it, and route the same concern for it.
    ctx.state.slots.ward = v
    return known ? pick(node, ctx, known, []) : showMenu(ctx)
  }
  return miss(ctx, () => showMenu(ctx))
}

/** A sub-menu shows its own buttons; the resume node shows the main menu. */
const prompt = (node: Classify, id: string, ctx: Ctx): Next => {
  if (!node.choices) return showMenu(ctx)
  const choices = node.choices.map((c) => ({ value: `concern:${c.concern}`, label: c.label }))
  choices.push({ value: 'menu', label: ctx.flow.handlers.other_choice })
  askWith(ctx, node.text, choices)
  ctx.state.node = id
  return WAIT
}

/** Arriving with an unread message (a new one, or one a question gave back), it reads it. */
export const classifyExecutor: Executor<'classify'> = {
  readsArrival: true,
  enter: (node, id, ctx) => prompt(node, id, ctx),
  answer(node, id, ctx) {
    const ev = ctx.input.event
    if (ev.type === 'choice') return classifyChoice(node, ctx, ev.value)
    return classifyText(node, id, ctx)
  },
}
