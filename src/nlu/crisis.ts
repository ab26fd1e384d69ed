import type { CrisisKind, CrisisSignal } from '../core/nlu.ts'
import { type CrisisEntry, crisisLexicon } from './crisis-lexicon.ts'
import { foldKana } from './normalize.ts'
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

// When several kinds fire, the one that needs the most immediate help leads.
const KIND_ORDER: CrisisKind[] = ['medical', 'violence', 'self_harm', 'suicide', 'missing_person']

export interface CrisisCheck {
  signal: CrisisSignal | null
  /** An entry's words were there but in a known casual use (「蚊に刺された」): not a crisis. */
  casual: boolean
}

/** `normalized` is normalizeText output; tokens are its tokens. */
export const detectCrisis = (normalized: string, tokens: Token[]): CrisisSignal | null =>
  checkCrisis(normalized, tokens).signal

export const checkCrisis = (normalized: string, tokens: Token[]): CrisisCheck => {
  // Spaces kept for English and romaji, where they separate words ("want to die").
  const spaced = foldKana(normalized)
  // Spaces removed for Japanese: residents on phones space out words (「もう いきるのが つらい」).
  const folded = spaced.replace(/\s+/g, '')
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
  if (hits.length === 0) return { signal: null, casual }
  const kind = KIND_ORDER.find((k) => hits.some((h) => h.kind === k)) ?? hits[0]!.kind
  return { signal: { kind, matched: hits.map((h) => h.id) }, casual }
}
