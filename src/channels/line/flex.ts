import type { AgencyMessage, CardLabels, ContactView } from '../../core/messages.ts'
import { withoutTabNote } from '../../locale/localize-turn.ts'
import { charLength, cutTo, MAX_ACTION_LABEL_CHARS, MAX_ALT_TEXT_CHARS, MAX_URI_CHARS } from './limits.ts'
import type { FlexBubble, FlexNode, LineAction, LineMessage } from './line-types.ts'

// An agency as a Flex bubble: large name and number for residents reading on a small phone, open-now
// in words (not only colour), what to ask for at the number, the week's hours, other ways to reach
// the office, and a call button only for a verified number (a copy button for #8008-style numbers).

const COLOR = {
  urgent: '#C62828',
  primary: '#1565C0',
  open: '#2E7D32',
  closed: '#6D6D6D',
  muted: '#555555',
  text: '#1B1B1B',
} as const

const text = (value: string, extra: Record<string, unknown> = {}): FlexNode => ({
  type: 'text',
  text: value,
  wrap: true,
  ...extra,
})

const isHttpUrl = (url: string) => /^https?:\/\//.test(url) && url.length <= MAX_URI_CHARS

/**
 * The card's own words: Japanese, or the resident's language when the conversation has one
 * (`m.labels`, flows/locales/<lang>.yaml). The agency's name, number and address stay Japanese.
 */
interface Words {
  open: string
  closed: string
  call: string
  copy: string
  copyHint: string
  hours: string
  urgent: string
  map: string
}

const JAPANESE: Words = {
  open: '受付中',
  closed: '受付時間外',
  call: '電話する',
  copy: '番号をコピー',
  copyHint: 'コピーして、電話のアプリに貼り付けてからおかけください',
  hours: '受付時間',
  urgent: '緊急・いますぐ',
  map: '地図を見る',
}

const wordsOf = (l: CardLabels | undefined): Words =>
  l
    ? {
        open: l.openNow,
        closed: l.closedNow,
        call: l.call,
        copy: l.copy ?? JAPANESE.copy,
        copyHint: l.copyHint ?? JAPANESE.copyHint,
        hours: l.hours,
        urgent: l.urgent,
        // 「(new tab)」 means nothing in LINE, which opens links in its own browser.
        map: withoutTabNote(l.map),
      }
    : JAPANESE

const openLine = (m: AgencyMessage, w: Words): FlexNode | null => {
  const parts: string[] = []
  if (m.openNow === true) parts.push(`● ${w.open}`)
  else if (m.openNow === false) parts.push(w.closed)
  if (m.agency.hoursToday) parts.push(m.agency.hoursToday)
  if (parts.length === 0) return null
  const color = m.openNow === true ? COLOR.open : COLOR.closed
  return text(parts.join('・'), { size: 'sm', color, weight: m.openNow === true ? 'bold' : 'regular' })
}

const callLabel = (phone: string, w: Words) => {
  const full = `${w.call} ${phone}`
  // Never cut a number: when it does not fit, the button says 電話する and the number stands above it.
  return charLength(full) <= MAX_ACTION_LABEL_CHARS ? full : cutTo(w.call, MAX_ACTION_LABEL_CHARS)
}

/**
 * #8008-style numbers: iPhones do not dial a `tel:` link with `#`, so the number is shown as text and
 * the button copies it for the phone app.
 */
export const isHashNumber = (phone: string) => phone.startsWith('#')

const phoneAction = (phone: string, tel: string, w: Words): LineAction =>
  isHashNumber(phone)
    ? {
        type: 'clipboard',
        label: cutTo(`${w.copy} ${phone}`, MAX_ACTION_LABEL_CHARS),
        clipboardText: phone,
      }
    : { type: 'uri', label: callLabel(phone, w), uri: tel }

/** FAX, e-mail, web form, LINE, 電話リレーサービス: a line each; links become buttons in the footer. */
const contactNodes = (contacts: ContactView[]): { body: FlexNode[]; footer: FlexNode[] } => {
  const body: FlexNode[] = []
  const footer: FlexNode[] = []
  for (const c of contacts) {
    body.push(text([c.label, c.value].filter(Boolean).join(' '), { size: 'md', color: COLOR.text }))
    if (c.note) body.push(text(c.note, { size: 'sm', color: COLOR.muted }))
    if (c.href && isHttpUrl(c.href))
      footer.push({
        type: 'button',
        style: 'link',
        height: 'sm',
        action: { type: 'uri', label: cutTo(c.label, MAX_ACTION_LABEL_CHARS), uri: c.href },
      })
  }
  return { body, footer }
}

export const agencyBubble = (m: AgencyMessage): FlexBubble => {
  const { agency } = m
  const w = wordsOf(m.labels)
  const body: FlexNode[] = []
  if (m.urgent) body.push(text(w.urgent, { size: 'sm', weight: 'bold', color: COLOR.urgent }))
  body.push(text(agency.name, { size: 'lg', weight: 'bold' }))
  // For a resident reading another language: what the office is, and that its Japanese name is what
  // to say on the phone.
  if (m.gloss) body.push(text(m.gloss, { size: 'sm', color: COLOR.text }))
  if (m.labels?.nameHint) body.push(text(m.labels.nameHint, { size: 'xs', color: COLOR.muted }))
  const open = openLine(m, w)
  if (open) body.push(open)
  const phone =
    agency.phone && agency.tel
      ? { number: agency.phone, action: phoneAction(agency.phone, agency.tel, w) }
      : null
  if (phone) {
    const hash = isHashNumber(phone.number)
    body.push(
      text(phone.number, {
        size: 'xl',
        weight: 'bold',
        color: m.urgent ? COLOR.urgent : COLOR.primary,
        // A # number is text to read and copy, never a link that iPhones cannot dial.
        ...(hash ? {} : { action: phone.action }),
      }),
    )
    if (hash) body.push(text(w.copyHint, { size: 'sm', color: COLOR.muted }))
  }
  // What to say when the call is answered matters as much as the number: never in the smallest size.
  if (agency.note) body.push(text(agency.note, { size: 'md', color: COLOR.text, weight: 'bold' }))
  if (m.reason) body.push(text(m.reason, { size: 'sm', color: COLOR.muted }))
  if (agency.hours) body.push(text(`${w.hours}: ${agency.hours}`, { size: 'sm', color: COLOR.muted }))
  const contacts = contactNodes(agency.contacts ?? [])
  body.push(...contacts.body)

  const footer: FlexNode[] = []
  if (phone) {
    footer.push({
      type: 'button',
      style: 'primary',
      color: m.urgent ? COLOR.urgent : COLOR.primary,
      height: 'sm',
      action: phone.action,
    })
  }
  footer.push(...contacts.footer)
  if (agency.mapUrl && isHttpUrl(agency.mapUrl)) {
    footer.push({
      type: 'button',
      style: 'link',
      height: 'sm',
      action: { type: 'uri', label: cutTo(w.map, MAX_ACTION_LABEL_CHARS), uri: agency.mapUrl },
    })
  }

  const bubble: FlexBubble = {
    type: 'bubble',
    size: 'mega',
    body: { type: 'box', layout: 'vertical', spacing: 'sm', contents: body },
  }
  if (m.urgent) bubble.styles = { body: { backgroundColor: '#FFF5F5' } }
  if (footer.length > 0) bubble.footer = { type: 'box', layout: 'vertical', spacing: 'sm', contents: footer }
  return bubble
}

/**
 * What the notification, the lock screen and the chat list show. Neutral on purpose: an agency's name
 * (「DV相談＋」) or a concern there can put a resident at risk when someone else sees the phone.
 */
export const NEUTRAL_ALT_TEXT = 'ご案内があります'

/** The neutral notice in the resident's language (its translation of 「ご案内があります」). */
export const altTextFor = (ms: AgencyMessage[]): string =>
  cutTo(ms.find((m) => m.labels?.notice)?.labels?.notice ?? NEUTRAL_ALT_TEXT, MAX_ALT_TEXT_CHARS)

/** One Flex message for a run of agencies: a bubble, or a carousel when there are several. */
export const agencyFlex = (ms: AgencyMessage[]): LineMessage => {
  const bubbles = ms.map(agencyBubble)
  const contents = bubbles.length === 1 ? bubbles[0]! : { type: 'carousel' as const, contents: bubbles }
  return { type: 'flex', altText: altTextFor(ms), contents }
}
