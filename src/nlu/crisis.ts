import type { CrisisKind, CrisisSignal } from '../core/nlu.ts'
import { type CrisisEntry, crisisLexicon } from './crisis-lexicon.ts'
import { foldKana } from './normalize.ts'
import type { Token } from './tokenizer.ts'

// The crisis layer: runs on every message before the classifier, and no flow can turn it off.

interface Compiled {
  e: CrisisEntry
  text: RegExp | null
  bases: RegExp | null
  requires: RegExp | null
  unless: RegExp | null
}

const compile = (entries: CrisisEntry[]): Compiled[] =>
  entries.map((e) => ({
    e,
    // Sources are folded like the text, so an entry may be written in katakana (ナイフ) and still match.
    text: e.text ? new RegExp(foldKana(e.text)) : null,
    bases: e.bases ? new RegExp(`(?:^| )${foldKana(e.bases)}(?: |$)`) : null,
    requires: e.requires ? new RegExp(foldKana(e.requires)) : null,
    unless: e.unless ? new RegExp(foldKana(e.unless)) : null,
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
  const spaced = foldKana(normalized)
  // Without spaces for Japanese (「しにたい　たすけて」, 「死に たい」); with them for English phrases.
  const folded = spaced.replace(/\s+/g, '')
  const bases = tokens.map((t) => foldKana(t.base)).join(' ')
  const hits: CrisisEntry[] = []
  let casual = false
  for (const c of compiled) {
    const fired =
      (c.text ? c.text.test(folded) || c.text.test(spaced) : false) || (c.bases?.test(bases) ?? false)
    if (!fired) continue
    if (c.requires && !c.requires.test(folded)) continue
    if (c.unless?.test(folded)) {
      casual = true
      continue
    }
    hits.push(c.e)
  }
  if (hits.length === 0) return { signal: null, casual }
  const kind = KIND_ORDER.find((k) => hits.some((h) => h.kind === k))!
  return { signal: { kind, matched: hits.map((h) => h.id) }, casual }
}
