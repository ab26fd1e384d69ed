import type { CrisisKind, CrisisSignal, RiskCues } from '../core/nlu.ts'
import { type CrisisEntry, crisisLexicon } from './crisis-lexicon.ts'
import { type CrisisModelArtifact, crisisFeatures, scoreCrisis } from './crisis-model.ts'
import { checkSituations, crisisViews } from './crisis-situations.ts'
import crisisModelJson from './generated/crisis-model.json' with { type: 'json' }
import { foldKana, normalizeText } from './normalize.ts'
import type { Token } from './tokenizer.ts'

// The crisis layer: runs on every message before the classifier, and no flow can turn it off.
// Every regex is compiled once at module load; a message costs one pass over ~50 entries.

interface Compiled {
  e: CrisisEntry
  text: RegExp | null
  en: RegExp | null
  bases: RegExp | null
  /** Read on the same form of the text the entry fired on. */
  requires: RegExp | null
  unless: RegExp | null
}

// Sources are folded like the text, so an entry may be written in katakana (ナイフ) and still match.
const re = (source: string | undefined, wrap = (s: string) => s): RegExp | null =>
  source ? new RegExp(wrap(foldKana(source))) : null

const compile = (entries: CrisisEntry[]): Compiled[] =>
  entries.map((e) => ({
    e,
    text: re(e.text),
    en: re(e.en),
    bases: re(e.bases, (s) => `(?:^| )${s}(?: |$)`),
    requires: re(e.requires),
    unless: re(e.unless),
  }))

const compiled = compile(crisisLexicon)

/** The committed crisis model (`npm run build:crisis-model`). */
export const bundledCrisisModel = crisisModelJson as unknown as CrisisModelArtifact

// When several kinds fire, the one that needs the most immediate help leads.
const KIND_ORDER: CrisisKind[] = [
  'medical',
  'overdose',
  'disaster',
  'violence',
  'self_harm',
  'suicide',
  'third_party',
  'missing_person',
]

/** Concepts that say how someone feels or when, but name nothing that is happening. */
const DESPAIR_ONLY = new Set([
  'hopeless',
  'burden',
  'farewell',
  'fear_now',
  'tonight',
  'still_now',
  'past_marker',
  'resolved',
  'neighbour',
  'vulnerable_person',
  'attacker',
  'infant',
  'chest',
  'fiction',
  'hypothetical',
  'hyperbole',
  'past_safe',
  'habit_or_worry',
])

export interface CrisisCheck {
  signal: CrisisSignal | null
  /** An entry's words were there but in a known casual use (「蚊に刺された」): not a crisis. */
  casual: boolean
  /** Suggestive evidence (hopelessness, a means named): asked about, never answered as a crisis. */
  risk: RiskCues
}

/**
 * The crisis check on the raw text alone, without the tokenizer: what the conversation falls back on
 * when anything else fails. Base-form entries are skipped (no tokens), the rest is the same check.
 */
export const screenCrisis = (
  text: string,
  model: CrisisModelArtifact | null = bundledCrisisModel,
): CrisisSignal | null => {
  try {
    return checkCrisis(normalizeText(text), [], model).signal
  } catch {
    // Unreachable by design (normalizeText and the regexes cannot throw on a string); kept so that
    // the last line of defence can never be the thing that fails.
    return null
  }
}

export const checkCrisis = (
  normalized: string,
  tokens: Token[],
  model: CrisisModelArtifact | null = bundledCrisisModel,
): CrisisCheck => {
  const views = crisisViews(
    normalized,
    tokens.map((t) => t.base),
  )
  // Spaces kept for English and romaji, where they separate words ("want to die").
  const spaced = foldKana(normalized)
  // Spaces removed for Japanese: residents on phones space out words (「もう いきるのが つらい」).
  const folded = views.folded
  const bases = tokens.map((t) => foldKana(t.base)).join(' ')
  const hits: CrisisEntry[] = []
  let casual = false
  for (const c of compiled) {
    // The form the entry fired on is the one its requires/unless read.
    const form = c.text?.test(folded) || c.bases?.test(bases) ? folded : c.en?.test(spaced) ? spaced : null
    if (form === null) continue
    if (c.requires && !c.requires.test(form)) continue
    if (c.unless?.test(form)) {
      casual = true
      continue
    }
    hits.push(c.e)
  }
  const situations = checkSituations(views)
  const has = (id: string) => situations.present.has(id)
  // A message about the past, said as resolved, with nothing of now (「2年前に自殺未遂をしたが、今は安定
  // しています。障害年金について」), and a story or the news about others, are not a crisis now.
  const resolved = has('past_marker') && has('resolved') && !has('still_now')
  const story = has('fiction') && !has('still_now')
  // A story vetoes the danger it tells of; a wish to die only when a character says it
  // (「ドラマを見ていたら死にたくなった」 is the resident's own).
  const stands = (kind: CrisisKind) =>
    !resolved && !(story && ((kind !== 'suicide' && kind !== 'self_harm') || has('story_person')))
  const found = [...hits.map((h) => ({ id: h.id, kind: h.kind })), ...situations.fired].filter((h) =>
    stands(h.kind),
  )
  const cues = [...situations.cues]
  // The model adds what no rule names; it never removes what one found.
  if (model && found.length === 0 && !resolved) {
    const score = scoreCrisis(model, crisisFeatures(views, situations.present))
    // The model answers a crisis only when the message also names something concrete (a means, a body
    // in danger, a place, an act) and no reviewed exception spoke (「蚊に刺された」). Despair alone
    // (「もう限界です」) scoring high is asked about; a middling score is asked about only with a
    // concept of danger, so short plain messages (「教えたくない」) are not questioned.
    const concrete = [...situations.present].some((id) => !DESPAIR_ONLY.has(id))
    // A word of despair at least: a message with no crisis concept at all (「借金のことで困っています」)
    // is never questioned on the model's word alone.
    const despair = ['hopeless', 'burden', 'farewell'].some(has)
    const cue = {
      id: `${score.kind === 'suicide' || score.kind === 'self_harm' ? 'hopeless' : 'symptom'}.model`,
      weight: 1,
    }
    if (score.crisis >= model.fireAt && concrete && !casual && stands(score.kind))
      found.push({ id: `model.${score.kind}`, kind: score.kind })
    else if (
      (score.crisis >= model.fireAt && (concrete || despair)) ||
      (score.crisis >= model.askAt && concrete)
    )
      cues.push(cue)
  }
  const lang = situations.lang
  const risk: RiskCues = {
    score: cues.reduce((sum, c) => sum + c.weight, 0),
    cues: cues.map((c) => c.id),
    ...(lang !== 'ja' ? { lang } : {}),
  }
  if (found.length === 0) return { signal: null, casual, risk }
  const kind = KIND_ORDER.find((k) => found.some((h) => h.kind === k)) ?? found[0]!.kind
  return {
    signal: { kind, matched: found.map((h) => h.id), ...(lang !== 'ja' ? { lang } : {}) },
    casual,
    risk,
  }
}
