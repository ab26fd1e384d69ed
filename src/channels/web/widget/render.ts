import type { OutboundMessage } from '../../../core/messages.ts'
import { h, safeHref } from './dom.ts'
import type { Entry } from './storage.ts'
import type { Strings } from './strings.ts'

type Agency = Extract<OutboundMessage, { type: 'agency' }>

/** A phone or FAX number that never breaks across lines, whatever the text size. */
const num = (n: string) => h('span', { class: 'num' }, n)

/** Words from the directory (names, hours, addresses, notes) are Japanese, inside a card in any language. */
const JA = { lang: 'ja' }

/** やさしい日本語 with furigana: the pieces as <ruby>, when they spell exactly the text. */
const withRuby = (text: string, ruby: [string, string][] | undefined): (Node | string)[] => {
  if (!ruby || ruby.map(([b]) => b).join('') !== text) return [text]
  return ruby.map(([base, reading]) => (reading ? h('ruby', {}, base, h('rt', {}, reading)) : base))
}

const agencyCard = (m: Agency, ja: Strings) => {
  // A card in the resident's language brings its own labels; a Japanese one uses the widget's.
  const t = m.labels ? { ...ja, ...m.labels } : ja
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
    h('h3', JA, a.name),
    m.gloss && h('p', { class: 'gloss' }, m.gloss),
    m.labels && h('p', { class: 'small' }, m.labels.nameHint),
    h('p', { class: 'reason' }, m.reason),
    // Only a verified number reaches the widget (AgencyView.phone); without one there is no call link.
    tel && a.phone && h('a', { class: 'call', href: tel }, `${t.call} `, num(a.phone)),
    // What to say at the shared number (『高齢・障害課』とお伝えください) right under it, not in small print.
    a.note && h('p', { class: 'note', ...JA }, a.note),
    (a.hoursToday || open) &&
      h(
        'p',
        { class: 'hours' },
        h('span', { class: 'label' }, `${t.today}: `),
        a.hoursToday ?? '',
        open && ' ',
        open,
      ),
    a.hours &&
      h('p', { class: 'small' }, h('span', { class: 'label' }, `${t.hours}: `), h('span', JA, a.hours)),
    ...(a.contacts ?? []).map((c) => {
      const href = safeHref(c.href, ['https:', 'mailto:'])
      return h(
        'p',
        { class: 'small' },
        h('span', { class: 'label', ...JA }, `${c.label}: `),
        c.value ? num(c.value) : '',
        href &&
          h('a', { href, target: '_blank', rel: 'noopener noreferrer' }, c.value ? ` ${t.link}` : t.link),
        c.note && h('span', JA, ` ${c.note}`),
      )
    }),
    a.address &&
      h('p', { class: 'small' }, h('span', { class: 'label' }, `${t.address}: `), h('span', JA, a.address)),
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
  // Each message in its own language (the resident's, or Japanese), whatever the frame's language.
  const li = h(
    'li',
    { class: `msg bot ${m.type}`, lang: m.lang ?? 'ja' },
    h('span', { class: 'sr' }, `${t.bot}: `),
  )
  const text = () =>
    h('p', {}, ...withRuby(m.type === 'agency' ? '' : m.text, 'ruby' in m ? m.ruby : undefined))
  switch (m.type) {
    case 'agency':
      li.append(agencyCard(m, t))
      break
    case 'choices': {
      li.append(text())
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
      li.append(text())
      if (live) {
        const b = h('button', { type: 'button', class: 'choice' }, t.restart)
        b.addEventListener('click', onRestart)
        li.append(h('div', { class: 'choice-group' }, b))
      }
      break
    }
    default:
      li.append(text())
  }
  return li
}

/** What a screen reader hears for a new bot message: the words, not the layout. */
export const spoken = (m: OutboundMessage, t: Strings): string => {
  if (m.type !== 'agency')
    return m.type === 'choices' ? `${m.text}（${m.choices.map((c) => c.label).join('、')}）` : m.text
  const a = m.agency
  const l = m.labels ?? t
  const open = m.openNow === null ? '' : m.openNow ? l.openNow : l.closedNow
  return [
    m.urgent ? l.urgent : '',
    a.name,
    m.gloss ?? '',
    m.reason,
    a.phone ? `${l.call} ${a.phone}` : '',
    a.note ?? '',
    a.hoursToday ?? a.hours ?? '',
    open,
  ]
    .filter(Boolean)
    .join('。')
}
