import {
  ActionTypes,
  type Activity,
  type Attachment,
  type CardAction,
  CardFactory,
  MessageFactory,
} from 'botbuilder'
import type { AgencyMessage, Choice, OutboundMessage } from '../../core/messages.ts'
import { withoutTabNote } from '../../locale/localize-turn.ts'

// OutboundMessage[] → Bot Framework activities. Agencies become hero cards with a call button (only
// for a verified number: AgencyView.tel is null otherwise) and their other contacts (FAX, LINE, forms);
// choices become suggestedActions that post back the choice value.

/** The card's own words in Japanese; a conversation in another language brings its own (`m.labels`). */
const JAPANESE = {
  openNow: 'いま受付中',
  closedNow: 'いまは時間外',
  phone: '電話',
  hours: '受付',
  address: '所在地',
  call: '電話する',
  map: '地図を見る',
  urgent: '急ぎ',
}

const wordsOf = (m: AgencyMessage) =>
  m.labels
    ? {
        ...m.labels,
        phone: m.labels.call,
        // Teams and Web Chat open links in a new window anyway: 「(new tab)」 says nothing there.
        map: withoutTabNote(m.labels.map),
      }
    : JAPANESE

const agencyCard = (m: AgencyMessage): Attachment => {
  const a = m.agency
  const w = wordsOf(m)
  const open = m.openNow === null ? null : m.openNow ? w.openNow : w.closedNow
  const lines = [
    // The name stays Japanese (what to say on the phone); the gloss says what the office is.
    m.gloss ?? null,
    m.labels?.nameHint ?? null,
    m.reason,
    a.phone ? `${w.phone}: ${a.phone}` : null,
    a.hours ? `${w.hours}: ${a.hours}` : null,
    a.address ? `${w.address}: ${a.address}` : null,
    a.note,
    ...(a.contacts ?? []).map((c) => [`${c.label}:`, c.value, c.note].filter(Boolean).join(' ')),
  ].filter((l): l is string => Boolean(l))
  const buttons: CardAction[] = []
  if (a.tel && a.phone) buttons.push({ type: ActionTypes.Call, title: `${w.call} ${a.phone}`, value: a.tel })
  for (const c of a.contacts ?? [])
    if (c.href?.startsWith('https:'))
      buttons.push({ type: ActionTypes.OpenUrl, title: c.label, value: c.href })
  if (a.mapUrl) buttons.push({ type: ActionTypes.OpenUrl, title: w.map, value: a.mapUrl })
  return CardFactory.heroCard(
    m.urgent ? `【${w.urgent}】${a.name}` : a.name,
    lines.join('\n\n'),
    undefined,
    buttons,
    { subtitle: [a.hoursToday, open].filter(Boolean).join(' ') || undefined },
  )
}

export const choiceActions = (choices: Choice[]): CardAction[] =>
  choices.map((c) => ({ type: ActionTypes.PostBack, title: c.label, value: c.value }))

export const renderActivities = (messages: OutboundMessage[]): Partial<Activity>[] => {
  const out: Partial<Activity>[] = []
  let cards: Attachment[] = []
  let cardsLang: string | undefined
  // The activity's locale tells the client (and a screen reader) which language it is in.
  const inLang = (a: Partial<Activity>, lang: string | undefined) => (lang ? { ...a, locale: lang } : a)
  const flushCards = () => {
    if (cards.length === 0) return
    out.push(inLang(MessageFactory.list(cards), cardsLang))
    cards = []
  }
  for (const m of messages) {
    if (m.type === 'agency') {
      cards.push(agencyCard(m))
      cardsLang = m.lang
      continue
    }
    flushCards()
    if (m.type === 'choices') {
      const a = MessageFactory.text(m.text)
      a.suggestedActions = { actions: choiceActions(m.choices), to: [] }
      out.push(inLang(a, m.lang))
    } else {
      out.push(inLang(MessageFactory.text(m.text), m.lang))
    }
  }
  flushCards()
  return out
}

/** Choices offered in this turn, remembered so a tapped or typed answer comes back as a choice. */
export const offeredChoices = (messages: OutboundMessage[]): Choice[] =>
  messages.flatMap((m) => (m.type === 'choices' ? m.choices : []))
