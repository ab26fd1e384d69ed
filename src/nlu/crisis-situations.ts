import type { CrisisKind, CrisisLanguage } from '../core/nlu.ts'
import { concepts as allConcepts, type Concept, type FormLanguage } from './crisis-concepts.ts'
import { nepaliSkeleton, neskForm } from './crisis-nepali.ts'
import { type CrisisRule, crisisRules } from './crisis-rules.ts'
import { toSimplified } from './hanzi-fold.ts'
import { LATIN_SCRIPT_LANGUAGES } from './language.ts'
import { foldKana } from './normalize.ts'

// The situation layer of the crisis check: which concepts a message holds (in any language), then
// which rules they complete. Pure and synchronous; every regex is compiled once at module load.

/** The forms of one message each language's concept forms are matched on. */
export interface CrisisViews {
  /** Normalized, kana folded to hiragana, spaces removed (Japanese). */
  folded: string
  /** Base forms joined by single spaces, padded with a space at each end. */
  bases: string
  /** Lower case, diacritics removed, single spaces (Latin-script languages). */
  latin: string
  /** Spaces removed (Chinese, Korean). */
  packed: string
  /** `folded`, with traditional Chinese folded to simplified when there is no kana (Chinese forms). */
  han: string
  /** Single spaces kept (Nepali). */
  spaced: string
  /** Nepali in either script as a consonant skeleton (crisis-nepali.ts); '' when the text is not Nepali. */
  nesk: string
}

type Script = 'kana' | 'han' | 'hangul' | 'deva' | 'latin'

const LATIN_LANGS = ['en', 'es', 'pt', 'tl', 'vi'] as const
type LatinLang = (typeof LATIN_LANGS)[number]

interface CompiledConcept {
  id: string
  tests: {
    lang: FormLanguage
    view: keyof CrisisViews
    script: Script | null
    re: RegExp
    /** The pre-check this test is one of (PRECHECK), or -1 when it cannot be joined (isJoinable). */
    group: number
  }[]
}

const VIEW: Record<FormLanguage, { view: keyof CrisisViews; script: Script | null }> = {
  ja: { view: 'folded', script: null },
  base: { view: 'bases', script: null },
  en: { view: 'latin', script: 'latin' },
  es: { view: 'latin', script: 'latin' },
  pt: { view: 'latin', script: 'latin' },
  tl: { view: 'latin', script: 'latin' },
  vi: { view: 'latin', script: 'latin' },
  zh: { view: 'han', script: 'han' },
  ko: { view: 'packed', script: 'hangul' },
  ne: { view: 'spaced', script: null },
  romaji: { view: 'latin', script: 'latin' },
  nesk: { view: 'nesk', script: null },
}

const wrap = (lang: FormLanguage, source: string): string => {
  if (VIEW[lang].view === 'latin') return `(?<![a-z0-9])(?:${source})(?![a-z0-9])`
  if (lang === 'base') return `(?:^| )(?:${source})(?: |$)`
  // From the start of a word only: Nepali adds its postpositions to the word (हातमा, haat ma).
  if (lang === 'nesk') return `(?<![a-z0-9])(?:${source})`
  if (lang === 'ja') return foldKana(source)
  // Chinese forms are read on the simplified view, so each is written once for both scripts.
  if (lang === 'zh') return toSimplified(source)
  return source
}

const compileConcept = (concept: Concept): CompiledConcept => ({
  id: concept.id,
  // A language with no forms has no test: an empty alternation would match every message.
  tests: Object.entries(concept.forms)
    .filter(([, forms]) => (forms ?? []).length > 0)
    .map(([lang, forms]) => {
      const l = lang as FormLanguage
      const source = (forms ?? []).map((f) => `(?:${l === 'nesk' ? neskForm(f) : f})`).join('|')
      return { lang: l, ...VIEW[l], re: new RegExp(wrap(l, source), 'u'), group: 0 }
    }),
})

// A concept may be written in more than one place (its main entry, then more forms found in review):
// the forms of every entry with the same id are one concept.
const mergeById = (list: Concept[]): Concept[] => {
  const byId = new Map<string, Concept>()
  for (const concept of list) {
    const seen = byId.get(concept.id)
    if (!seen) {
      byId.set(concept.id, { id: concept.id, forms: { ...concept.forms } })
      continue
    }
    for (const [lang, forms] of Object.entries(concept.forms) as [FormLanguage, string[]][])
      seen.forms[lang] = [...(seen.forms[lang] ?? []), ...forms]
  }
  return [...byId.values()]
}

const compiled = mergeById(allConcepts).map(compileConcept)

/**
 * How many concepts' tests of one language a pre-check joins. Each message ran every concept's test of
 * every language its scripts allow, one by one: ~1,000 regex calls for a Latin-script message (five
 * languages and romaji read the same view, and ja, ne and base run on every message), most of them
 * finding nothing. A pre-check is the alternation of up to PRECHECK tests' own patterns, each whole, so
 * it matches exactly when one of them does: when it fails, none of its tests is run; when it matches,
 * they run as before, in the same order, and the first language that matches is still the one kept.
 * Nothing the check answers changes, only how many calls find nothing. Japanese forms are pre-checked
 * only in a message without kana or Han: in a Japanese one some of each group match (今, もう), and their
 * alternations are the longest, so a pre-check there only adds a call (conceptsIn over the dev set, one
 * process a setting, perf16: Latin-script messages 230 -> 122 µs, Japanese 55 -> 44 µs; with Japanese
 * pre-checks in Japanese too, 61 µs).
 */
const PRECHECK = 16

/**
 * A form with a backreference (\1, \k<name>) or a named group cannot be joined: its numbers or names would
 * refer to another member's groups, and the pre-check would no longer match exactly when the test does. Such a
 * test keeps no pre-check (group -1) and is always run; none exists today.
 */
export const isJoinable = (re: RegExp) => !/\\[1-9]|\\k<|\(\?<[^=!]/.test(re.source)

const prechecks: RegExp[] = []
for (const lang of Object.keys(VIEW) as FormLanguage[]) {
  const tests = compiled.flatMap((c) => c.tests.filter((t) => t.lang === lang))
  for (const t of tests) if (!isJoinable(t.re)) t.group = -1
  const joinable = tests.filter((t) => t.group !== -1)
  for (let i = 0; i < joinable.length; i += PRECHECK) {
    const members = joinable.slice(i, i + PRECHECK)
    for (const t of members) t.group = prechecks.length
    prechecks.push(new RegExp(members.map((t) => `(?:${t.re.source})`).join('|'), 'u'))
  }
}

const conceptIds = new Set(compiled.map((c) => c.id))
for (const r of crisisRules)
  for (const id of [...r.all, ...(r.any ?? []), ...(r.unless ?? [])])
    if (!conceptIds.has(id)) throw new Error(`crisis rule ${r.id}: unknown concept "${id}"`)

const stripDiacritics = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/đ/g, 'd')
    .replace(/[’‘`´]/g, "'")

export const crisisViews = (normalized: string, bases: string[]): CrisisViews => {
  const spaced = foldKana(normalized)
  const folded = spaced.replace(/\s+/g, '')
  return {
    folded,
    han: /[\u3041-\u309f\u30a0-\u30ff]/.test(normalized) ? folded : toSimplified(folded),
    bases: ` ${bases.map(foldKana).join(' ')} `,
    latin: stripDiacritics(normalized.toLowerCase()).replace(/\s+/g, ' '),
    packed: normalized.replace(/\s+/g, ''),
    spaced: normalized,
    nesk: nepaliSkeleton(normalized),
  }
}

const scriptsOf = (s: string): Set<Script> => {
  const out = new Set<Script>()
  if (/[\u3041-\u309f\u30a0-\u30ff]/.test(s)) out.add('kana')
  if (/\p{Script=Han}/u.test(s)) out.add('han')
  if (/\p{Script=Hangul}/u.test(s)) out.add('hangul')
  if (/\p{Script=Devanagari}/u.test(s)) out.add('deva')
  if (/[a-z]/i.test(s)) out.add('latin')
  return out
}

// Characters written only in Traditional Chinese, to answer in the script the resident used.
const TRADITIONAL =
  /[們個這說話會來時對沒裡麼幫醫殺還媽爺兒東見點開關門電車後無與從當樣讓現過頭應該經樓聽氣動]/u

const scriptLanguageOf = (normalized: string, matchedLatin: LatinLang | null): CrisisLanguage => {
  const s = scriptsOf(normalized)
  if (s.has('hangul')) return 'ko'
  if (s.has('deva')) return 'ne'
  if (s.has('kana')) return 'ja'
  if (s.has('han')) return TRADITIONAL.test(normalized) ? 'zh-Hant' : 'zh-Hans'
  if (s.has('latin')) return matchedLatin ?? 'ja'
  return 'ja'
}

/**
 * The language the message is written in, as far as the crisis answer needs it: the script, else the language of
 * the first Latin concept form that matched (or romanised Nepali). 「sangrando」 is Spanish and Portuguese alike, so
 * where the language reader's verdict on the whole message (`read`: LanguageReading.detected, read once by the
 * caller) and this both say a Latin-script language, the reader's names the line's language (crisis26: the
 * fallback path, screenCrisis, named the first form's language where analyze() named the reader's).
 */
export const crisisLanguageOf = (
  normalized: string,
  matchedLatin: LatinLang | null,
  read: string | null = null,
  romanisedNe = false,
): CrisisLanguage => {
  const own = romanisedNe ? 'ne' : scriptLanguageOf(normalized, matchedLatin)
  if (read === null || read === own) return own
  return LATIN_SCRIPT_LANGUAGES.has(own) && LATIN_SCRIPT_LANGUAGES.has(read) ? (read as CrisisLanguage) : own
}

/**
 * Latin letters that read as Nepali. The skeleton is made only for text with Nepali's own words in it
 * (crisis-nepali.ts), so it wins over an English or Tagalog word a concept matched ("suicide garchu").
 */
const romanisedNepali = (views: CrisisViews): boolean =>
  views.nesk !== '' && /^[\p{Script=Latin}\P{L}]*$/u.test(views.spaced)

export interface SituationCheck {
  /** Concept ids present in the message. */
  present: Set<string>
  /** The language of the form that matched each present concept (crisis14: some forms are loose in theirs). */
  forms: Map<string, FormLanguage>
  /** Rules that fired a crisis, most immediate kind first. */
  fired: { id: string; kind: CrisisKind }[]
  /** Cue rules that matched, with their weights. */
  cues: { id: string; weight: number }[]
  /** Crisis rules whose situation is there but an exception spoke (the past, a story, hyperbole…). */
  vetoed: { id: string; kind: CrisisKind; by: string[] }[]
  lang: CrisisLanguage
}

/** Concepts present in the message, each with the language of the form that matched first. */
export const conceptsIn = (
  views: CrisisViews,
  /** For tests: run every test one by one, as before the pre-checks (the same answer, more calls). */
  precheck = true,
): Map<string, FormLanguage> => {
  const scripts = scriptsOf(views.spaced)
  const found = new Map<string, FormLanguage>()
  // Each pre-check is run when one of its tests is first reached: 0 not yet, 1 matched, 2 failed.
  const checked = new Uint8Array(prechecks.length)
  const japanese = scripts.has('kana') || scripts.has('han')
  for (const c of compiled) {
    for (const t of c.tests) {
      if (t.script && !scripts.has(t.script)) continue
      // Chinese forms read Han characters; in a message with kana those are Japanese (新聞 is a paper).
      if (t.lang === 'zh' && scripts.has('kana')) continue
      if (t.lang === 'nesk' && views.nesk === '') continue
      if (precheck && t.group >= 0 && !(japanese && t.lang === 'ja')) {
        if (checked[t.group] === 0) checked[t.group] = prechecks[t.group]!.test(views[t.view]) ? 1 : 2
        if (checked[t.group] === 2) continue
      }
      if (t.re.test(views[t.view])) {
        found.set(c.id, t.lang)
        break
      }
    }
  }
  return found
}

const situationOf = (rule: CrisisRule, present: Map<string, FormLanguage>) =>
  rule.all.every((id) => present.has(id)) && (!rule.any || rule.any.some((id) => present.has(id)))

export const checkSituations = (
  views: CrisisViews,
  /** The language reader's verdict on the message (LanguageReading.detected), when the caller has it. */
  read: string | null = null,
): SituationCheck => {
  const present = conceptsIn(views)
  const fired: SituationCheck['fired'] = []
  const cues: SituationCheck['cues'] = []
  const vetoed: SituationCheck['vetoed'] = []
  let latin: LatinLang | null = null
  for (const rule of crisisRules) {
    if (!situationOf(rule, present)) continue
    const by = (rule.unless ?? []).filter((id) => present.has(id))
    if (by.length > 0) {
      if (rule.kind) vetoed.push({ id: rule.id, kind: rule.kind, by })
      continue
    }
    for (const id of rule.all) {
      const l = present.get(id)
      if (!latin && l && (LATIN_LANGS as readonly string[]).includes(l)) latin = l as LatinLang
    }
    if (rule.kind) fired.push({ id: rule.id, kind: rule.kind })
    // A context cue (weight 0: low mood, a bare goodbye) asks nothing alone; the conversation keeps its id
    // so that a later turn can complete it (src/flow/handlers.ts).
    else if (rule.cue !== undefined) cues.push({ id: rule.id, weight: rule.cue })
  }
  if (!latin)
    for (const l of present.values())
      if ((LATIN_LANGS as readonly string[]).includes(l)) {
        latin = l as LatinLang
        break
      }
  return {
    present: new Set(present.keys()),
    forms: present,
    fired,
    cues,
    vetoed,
    lang: crisisLanguageOf(views.spaced, latin, read, romanisedNepali(views)),
  }
}
