import type { AgencyMessage, ContactView } from '../../core/messages.ts'
import { charLength, cutTo, MAX_ACTION_LABEL_CHARS, MAX_URI_CHARS } from './limits.ts'
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

const openLine = (m: AgencyMessage): FlexNode | null => {
  const parts: string[] = []
  if (m.openNow === true) parts.push('● 受付中')
  else if (m.openNow === false) parts.push('受付時間外')
  if (m.agency.hoursToday) parts.push(m.agency.hoursToday)
  if (parts.length === 0) return null
  const color = m.openNow === true ? COLOR.open : COLOR.closed
  return text(parts.join('・'), { size: 'sm', color, weight: m.openNow === true ? 'bold' : 'regular' })
}

const callLabel = (phone: string) => {
  const full = `電話する ${phone}`
  // Never cut a number: when it does not fit, the button says 電話する and the number stands above it.
  return charLength(full) <= MAX_ACTION_LABEL_CHARS ? full : '電話する'
}

/**
 * #8008-style numbers: iPhones do not dial a `tel:` link with `#`, so the number is shown as text and
 * the button copies it for the phone app.
 */
export const isHashNumber = (phone: string) => phone.startsWith('#')

const phoneAction = (phone: string, tel: string): LineAction =>
  isHashNumber(phone)
    ? {
        type: 'clipboard',
        label: cutTo(`番号をコピー ${phone}`, MAX_ACTION_LABEL_CHARS),
        clipboardText: phone,
      }
    : { type: 'uri', label: callLabel(phone), uri: tel }

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
  const body: FlexNode[] = []
  if (m.urgent) body.push(text('緊急・いますぐ', { size: 'sm', weight: 'bold', color: COLOR.urgent }))
  body.push(text(agency.name, { size: 'lg', weight: 'bold' }))
  const open = openLine(m)
  if (open) body.push(open)
  const phone =
    agency.phone && agency.tel
      ? { number: agency.phone, action: phoneAction(agency.phone, agency.tel) }
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
    if (hash)
      body.push(
        text('コピーして、電話のアプリに貼り付けてからおかけください', { size: 'sm', color: COLOR.muted }),
      )
  }
  // What to say when the call is answered matters as much as the number: never in the smallest size.
  if (agency.note) body.push(text(agency.note, { size: 'md', color: COLOR.text, weight: 'bold' }))
  if (m.reason) body.push(text(m.reason, { size: 'sm', color: COLOR.muted }))
  if (agency.hours) body.push(text(`受付時間: ${agency.hours}`, { size: 'sm', color: COLOR.muted }))
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
      action: { type: 'uri', label: '地図を見る', uri: agency.mapUrl },
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

/** One Flex message for a run of agencies: a bubble, or a carousel when there are several. */
export const agencyFlex = (ms: AgencyMessage[]): LineMessage => {
  const bubbles = ms.map(agencyBubble)
  const contents = bubbles.length === 1 ? bubbles[0]! : { type: 'carousel' as const, contents: bubbles }
  return { type: 'flex', altText: NEUTRAL_ALT_TEXT, contents }
}
