import type { OutboundMessage } from '../../../core/messages.ts'
import { h, safeHref } from './dom.ts'
import type { Entry } from './storage.ts'
import type { Strings } from './strings.ts'

type Agency = Extract<OutboundMessage, { type: 'agency' }>

/** A phone or FAX number that never breaks across lines, whatever the text size. */
const num = (n: string) => h('span', { class: 'num' }, n)

const agencyCard = (m: Agency, t: Strings) => {
  const a = m.agency
  const tel = safeHref(a.tel, ['tel:'])
  const map = safeHref(a.mapUrl, ['https:', 'http:'])
  const open =
    m.openNow === null
      ? null
      : h('span', { class: m.openNow ? 'badge open' : 'badge closed' }, m.openNow ? t.openNow : t.closedNow)
  return h(
    'article',
    { class: m.urgent ? 'card urgent' : 'card' },
    m.urgent && h('p', { class: 'badge urgent-badge' }, t.urgent),
    h('h3', {}, a.name),
    h('p', { class: 'reason' }, m.reason),
    // Only a verified number reaches the widget (AgencyView.phone); without one there is no call link.
    tel && a.phone && h('a', { class: 'call', href: tel }, `${t.call} `, num(a.phone)),
    // What to say at the shared number (『高齢・障害課』とお伝えください) right under it, not in small print.
    a.note && h('p', { class: 'note' }, a.note),
    (a.hoursToday || open) &&
      h(
        'p',
        { class: 'hours' },
        h('span', { class: 'label' }, `${t.today}: `),
        a.hoursToday ?? '',
        open && ' ',
        open,
      ),
    a.hours && h('p', { class: 'small' }, h('span', { class: 'label' }, `${t.hours}: `), a.hours),
    ...(a.contacts ?? []).map((c) => {
      const href = safeHref(c.href, ['https:', 'mailto:'])
      return h(
        'p',
        { class: 'small' },
        h('span', { class: 'label' }, `${c.label}: `),
        c.value ? num(c.value) : '',
        href &&
          h('a', { href, target: '_blank', rel: 'noopener noreferrer' }, c.value ? ` ${t.link}` : t.link),
        c.note && ` ${c.note}`,
      )
    }),
    a.address && h('p', { class: 'small' }, h('span', { class: 'label' }, `${t.address}: `), a.address),
    map && h('a', { class: 'map', href: map, target: '_blank', rel: 'noopener noreferrer' }, t.map),
  )
}

/**
 * Draws one transcript entry; `live` choices get buttons, answered ones keep their question (the
 * answer follows as the resident's own bubble). Buttons sit in `.choice-group`, which is all that is
 * removed once answered: the message itself has class `choices` and must stay.
 */
export const renderEntry = (
  e: Entry,
  t: Strings,
  live: boolean,
  onChoice: (value: string, label: string) => void,
  onRestart: () => void,
): HTMLLIElement => {
  if (e.from === 'user')
    return h('li', { class: 'msg user' }, h('span', { class: 'sr' }, `${t.you}: `), e.text)
  const m = e.message
  // The bot always answers in Japanese, whatever language the widget's own labels use.
  const li = h('li', { class: `msg bot ${m.type}`, lang: 'ja' }, h('span', { class: 'sr' }, `${t.bot}: `))
  switch (m.type) {
    case 'agency':
      li.append(agencyCard(m, t))
      break
    case 'choices': {
      li.append(h('p', {}, m.text))
      if (live) {
        const group = h('div', { class: 'choice-group', role: 'group', 'aria-label': m.text })
        for (const c of m.choices) {
          const b = h('button', { type: 'button', class: 'choice' }, c.label)
          b.addEventListener('click', () => onChoice(c.value, c.label))
          group.append(b)
        }
        li.append(group)
      }
      break
    }
    case 'end': {
      li.append(h('p', {}, m.text))
      if (live) {
        const b = h('button', { type: 'button', class: 'choice' }, t.restart)
        b.addEventListener('click', onRestart)
        li.append(h('div', { class: 'choice-group' }, b))
      }
      break
    }
    default:
      li.append(h('p', {}, m.text))
  }
  return li
}

/** What a screen reader hears for a new bot message: the words, not the layout. */
export const spoken = (m: OutboundMessage, t: Strings): string => {
  if (m.type !== 'agency')
    return m.type === 'choices' ? `${m.text}（${m.choices.map((c) => c.label).join('、')}）` : m.text
  const a = m.agency
  const open = m.openNow === null ? '' : m.openNow ? t.openNow : t.closedNow
  return [
    m.urgent ? t.urgent : '',
    a.name,
    m.reason,
    a.phone ? `${t.call} ${a.phone}` : '',
    a.note ?? '',
    a.hoursToday ?? a.hours ?? '',
    open,
  ]
    .filter(Boolean)
    .join('。')
}
