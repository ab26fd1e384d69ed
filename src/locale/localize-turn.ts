import { choiceValue } from '../core/choice-value.ts'
import { bcp47, isJapanese, isResidentLanguage, type ResidentLanguage } from '../core/language.ts'
import type { CardLabels, OutboundMessage } from '../core/messages.ts'
import { isConcern } from '../core/taxonomy.ts'
import type { FlowSet } from '../flow/flow-set.ts'
import type { StepEvent } from '../flow/input.ts'
import { nextLanguage } from '../nlu/language.ts'
import { translateFlowSet } from './flow-texts.ts'
import { type LocaleBook, lookup } from './locale-book.ts'
import { CARD_KEYS } from './ui-keys.ts'

// The language side of one flow step: which language this turn is answered in, the flows in it, and
// the outputs stamped with it (cards get their labels, a gloss for the Japanese name, a reason and
// today's hours in the resident's language). Pure, like the engine.

/** The choice value of a language button (widget header, LINE rich menu): `lang:en`, `lang:ja-easy`. */
export const LANGUAGE_CHOICE = /^lang:(.+)$/

export interface TurnLanguage {
  lang: ResidentLanguage
  /** The resident asked for a language (a button, 「English please」): confirm it and ask again. */
  switched: boolean
  /** The text is in a language the Japanese classifier cannot read: its concern is not trusted. */
  foreignText: boolean
}

export const turnLanguage = (current: ResidentLanguage, event: StepEvent): TurnLanguage => {
  if (event.type === 'choice') {
    const m = LANGUAGE_CHOICE.exec(event.value)
    if (m && isResidentLanguage(m[1])) return { lang: m[1], switched: true, foreignText: false }
    return { lang: current, switched: false, foreignText: false }
  }
  if (event.type !== 'text' || !event.nlu.language)
    return { lang: current, switched: false, foreignText: false }
  const reading = event.nlu.language
  const lang = nextLanguage(current, reading)
  const d = reading.detected
  // 「is there any counseling in english?」 from someone already answered in English asks about a
  // service, not for the language: a worry read in it is followed, not answered with 「I will answer
  // in English」 and the menu.
  const aboutAService =
    reading.requested === current &&
    isConcern(event.nlu.intent) &&
    event.nlu.intent !== 'other' &&
    event.nlu.confidence >= 0.5
  return {
    lang,
    switched: reading.requested !== null && !aboutAService,
    foreignText: d !== null && !isJapanese(d),
  }
}

const cache = new WeakMap<FlowSet, Map<ResidentLanguage, FlowSet>>()

/** The flows in `lang`, translated once per FlowSet and language. */
export const flowsIn = (flow: FlowSet, lang: ResidentLanguage): FlowSet => {
  if (lang === 'ja' || !flow.locales) return flow
  const byLang = cache.get(flow) ?? new Map<ResidentLanguage, FlowSet>()
  cache.set(flow, byLang)
  const done = byLang.get(lang)
  if (done) return done
  const translated = translateFlowSet(flow, flow.locales, lang)
  byLang.set(lang, translated)
  return translated
}

export const uiText = (
  book: LocaleBook,
  lang: ResidentLanguage,
  key: string,
  vars: Record<string, string> = {},
) => lookup(book, lang, key, book.ja?.[key] ?? '').replace(/\{(\w+)\}/g, (m, k: string) => vars[k] ?? m)

export const cardLabels = (book: LocaleBook, lang: ResidentLanguage): CardLabels =>
  Object.fromEntries(Object.entries(CARD_KEYS).map(([k, key]) => [k, uiText(book, lang, key)])) as CardLabels

/** 「本日 8:30〜17:00」「本日はお休みです」「24時間受付」 (src/directory/hours.ts) in the resident's language. */
const hoursToday = (book: LocaleBook, lang: ResidentLanguage, text: string | null): string | null => {
  if (text === null) return null
  if (text === '24時間受付') return uiText(book, lang, 'ui.hours_always')
  if (text === '本日はお休みです') return uiText(book, lang, 'ui.hours_closed_today')
  const m = /^本日 (.+)$/.exec(text)
  return m ? uiText(book, lang, 'ui.hours_today', { hours: m[1]!.replace(/〜/g, '–') }) : text
}

export interface TurnFacts {
  /** How the concern and ward read in `lang` (for the card's reason). */
  concern: string | null
  ward: string | null
}

/**
 * Outputs in `lang`: every message carries its language; cards keep the Japanese name, number and
 * address (what the resident says and dials) and get everything else in the resident's language.
 * Japanese and the flows' own texts pass through unchanged.
 */
export const localizeOutputs = (
  outputs: OutboundMessage[],
  flow: FlowSet,
  lang: ResidentLanguage,
  facts: TurnFacts,
): OutboundMessage[] => {
  const book = flow.locales
  if (lang === 'ja' || !book) return outputs
  const tag = bcp47(lang)
  const labels = cardLabels(book, lang)
  const reason = () =>
    facts.concern === null
      ? null
      : facts.ward
        ? uiText(book, lang, 'ui.reason_ward', { concern: facts.concern, ward: facts.ward })
        : uiText(book, lang, 'ui.reason', { concern: facts.concern })
  return outputs.map((m): OutboundMessage => {
    // A crisis line already in the resident's language keeps its own tag.
    if (m.type === 'text' && m.lang) return m
    if (m.type === 'choices' && m.choices.some((c) => choiceValue.safeDecode(c.value).data?.kind === 'ward'))
      return { ...m, lang: tag, sendLocation: uiText(book, lang, 'ui.send_location') }
    if (m.type !== 'agency') return { ...m, lang: tag }
    return {
      ...m,
      lang: tag,
      labels,
      gloss: uiText(book, lang, `ui.gloss.${m.agency.kind}`),
      // The routing reasons are Japanese prose (flows/routing.yaml); a resident reading another
      // language (or やさしい日本語) gets the concern and ward they asked about instead.
      reason: reason() ?? m.reason,
      agency: { ...m.agency, hoursToday: hoursToday(book, lang, m.agency.hoursToday) },
    }
  })
}

/** A link label without its 「（新しいタブ）」 note, for LINE and Bot Framework, which open links their own way. */
export const withoutTabNote = (label: string): string => label.replace(/\s*[（(][^）)]*[）)]\s*$/, '')
