import {
  ActionTypes,
  type Activity,
  type Attachment,
  type CardAction,
  CardFactory,
  MessageFactory,
} from 'botbuilder'
import type { AgencyMessage, Choice, OutboundMessage } from '../../core/messages.ts'

// OutboundMessage[] → Bot Framework activities. Agencies become hero cards with a call button (only
// for a verified number: AgencyView.tel is null otherwise) and their other contacts (FAX, LINE, forms);
// choices become suggestedActions that post back the choice value.

const agencyCard = (m: AgencyMessage): Attachment => {
  const a = m.agency
  const open = m.openNow === null ? null : m.openNow ? 'いま受付中' : 'いまは時間外'
  const lines = [
    m.reason,
    a.phone ? `電話: ${a.phone}` : null,
    a.hours ? `受付: ${a.hours}` : null,
    a.address ? `所在地: ${a.address}` : null,
    a.note,
    ...(a.contacts ?? []).map((c) => [`${c.label}:`, c.value, c.note].filter(Boolean).join(' ')),
  ].filter((l): l is string => Boolean(l))
  const buttons: CardAction[] = []
  if (a.tel && a.phone) buttons.push({ type: ActionTypes.Call, title: `電話する ${a.phone}`, value: a.tel })
  for (const c of a.contacts ?? [])
    if (c.href?.startsWith('https:'))
      buttons.push({ type: ActionTypes.OpenUrl, title: c.label, value: c.href })
  if (a.mapUrl) buttons.push({ type: ActionTypes.OpenUrl, title: '地図を見る', value: a.mapUrl })
  return CardFactory.heroCard(
    m.urgent ? `【急ぎ】${a.name}` : a.name,
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
  const flushCards = () => {
    if (cards.length === 0) return
    out.push(MessageFactory.list(cards))
    cards = []
  }
  for (const m of messages) {
    if (m.type === 'agency') {
      cards.push(agencyCard(m))
      continue
    }
    flushCards()
    if (m.type === 'choices') {
      const a = MessageFactory.text(m.text)
      a.suggestedActions = { actions: choiceActions(m.choices), to: [] }
      out.push(a)
    } else {
      out.push(MessageFactory.text(m.text))
    }
  }
  flushCards()
  return out
}

/** Choices offered in this turn, remembered so a tapped or typed answer comes back as a choice. */
export const offeredChoices = (messages: OutboundMessage[]): Choice[] =>
  messages.flatMap((m) => (m.type === 'choices' ? m.choices : []))
