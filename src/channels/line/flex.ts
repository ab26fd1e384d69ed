import type { AgencyMessage } from '../../core/messages.ts'
import { charLength, cutTo, MAX_ACTION_LABEL_CHARS, MAX_ALT_TEXT_CHARS, MAX_URI_CHARS } from './limits.ts'
import type { FlexBubble, FlexNode, LineMessage } from './line-types.ts'

// An agency as a Flex bubble: large name and number for residents reading on a small phone, open-now
// in words (not only colour), the reason in one line, a call button only for a verified number.

const COLOR = {
  urgent: '#C62828',
  primary: '#1565C0',
  open: '#2E7D32',
  closed: '#6D6D6D',
  muted: '#555555',
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

export const agencyBubble = (m: AgencyMessage): FlexBubble => {
  const { agency } = m
  const body: FlexNode[] = []
  if (m.urgent) body.push(text('緊急・いますぐ', { size: 'sm', weight: 'bold', color: COLOR.urgent }))
  body.push(text(agency.name, { size: 'lg', weight: 'bold' }))
  const open = openLine(m)
  if (open) body.push(open)
  if (agency.phone && agency.tel) {
    body.push(
      text(agency.phone, {
        size: 'xl',
        weight: 'bold',
        color: m.urgent ? COLOR.urgent : COLOR.primary,
        action: { type: 'uri', label: callLabel(agency.phone), uri: agency.tel },
      }),
    )
  }
  if (m.reason) body.push(text(m.reason, { size: 'sm', color: COLOR.muted }))
  if (agency.note) body.push(text(agency.note, { size: 'xs', color: COLOR.muted }))

  const footer: FlexNode[] = []
  if (agency.phone && agency.tel) {
    footer.push({
      type: 'button',
      style: 'primary',
      color: m.urgent ? COLOR.urgent : COLOR.primary,
      height: 'sm',
      action: { type: 'uri', label: callLabel(agency.phone), uri: agency.tel },
    })
  }
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

/** What the notification and old clients show: names and numbers, so the essentials survive. */
export const agencyAltText = (ms: AgencyMessage[]): string => {
  const lines = ms.map((m) => [m.agency.name, m.agency.phone].filter(Boolean).join(' '))
  const joined = lines.join(' / ')
  if (charLength(joined) <= MAX_ALT_TEXT_CHARS) return joined
  // Drop whole entries rather than cutting a number in half.
  let out = ''
  for (const line of lines) {
    const next = out ? `${out} / ${line}` : line
    if (charLength(next) + 2 > MAX_ALT_TEXT_CHARS) break
    out = next
  }
  return out ? `${out} …` : `${cutTo(lines[0] ?? '窓口のご案内', MAX_ALT_TEXT_CHARS - 1)}…`
}

/** One Flex message for a run of agencies: a bubble, or a carousel when there are several. */
export const agencyFlex = (ms: AgencyMessage[]): LineMessage => {
  const bubbles = ms.map(agencyBubble)
  const contents = bubbles.length === 1 ? bubbles[0]! : { type: 'carousel' as const, contents: bubbles }
  return { type: 'flex', altText: agencyAltText(ms), contents }
}
