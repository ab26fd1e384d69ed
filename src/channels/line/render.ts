import type { AgencyMessage, OutboundMessage } from '../../core/messages.ts'
import { agencyFlex } from './flex.ts'
import { charLength, MAX_CAROUSEL_BUBBLES, MAX_TEXT_CHARS } from './limits.ts'
import type { LineMessage, QuickReply } from './line-types.ts'
import { quickReplyFor } from './quick-reply.ts'

// OutboundMessage[] → LINE message objects, before fitting them into requests (fit.ts).

/** Split a long text at paragraph, then line, then hard boundaries, each piece ≤ 5000. */
export const splitText = (value: string, max = MAX_TEXT_CHARS): string[] => {
  if (charLength(value) <= max) return [value]
  const pieces: string[] = []
  let rest = value
  while (charLength(rest) > max) {
    const window = rest.slice(0, max)
    let at = window.lastIndexOf('\n\n')
    if (at < max / 2) at = window.lastIndexOf('\n')
    if (at < max / 2) at = window.lastIndexOf('。') + 1
    if (at < max / 2) at = max
    // Keep surrogate pairs whole.
    if (/[\uD800-\uDBFF]/.test(rest[at - 1] ?? '')) at -= 1
    pieces.push(rest.slice(0, at).trimEnd())
    rest = rest.slice(at).replace(/^\n+/, '')
  }
  if (rest) pieces.push(rest)
  return pieces
}

/**
 * Said on LINE with a DV answer: the chat stays on the phone, and how to delete it. The web widget has
 * its quick exit instead; LINE has none, so the resident is told how to remove the trace.
 */
export const DV_CHAT_NOTE =
  'このトークは、このスマートフォンのLINEに残ります。ほかの人に見られると心配なときは、トーク一覧でこのトークを長押し（iPhoneは左にスワイプ）して「削除」を選ぶと消せます。'

/** An answer with a DV line: shown with DV_CHAT_NOTE and never pushed later (fit.ts). */
export const isDvAnswer = (out: OutboundMessage[]) =>
  out.some((m) => m.type === 'agency' && m.agency.kind === 'dv_center')

/** The DV note in the conversation's language (its translation travels on the DV card's labels). */
const dvNoteFor = (out: OutboundMessage[]) => {
  const dv = out.find((m): m is AgencyMessage => m.type === 'agency' && m.agency.kind === 'dv_center')
  return dv?.labels?.chatNote ?? DV_CHAT_NOTE
}

/** Rendered LINE messages of a DV answer in Japanese, recognised by their note. */
export const carriesDvNote = (messages: LineMessage[]) =>
  messages.some((m) => m.type === 'text' && m.text.includes(DV_CHAT_NOTE))

/** Stable: urgent lines first, otherwise in the order the core chose. */
const urgentFirst = (ms: AgencyMessage[]) => [...ms.filter((m) => m.urgent), ...ms.filter((m) => !m.urgent)]

export interface Rendered {
  messages: LineMessage[]
  /** The quick reply to show; LINE shows it only on the last message, so fit.ts places it there. */
  quickReply: QuickReply | null
  droppedChoices: number
  /** A DV answer (in any language): fit.ts then never pushes part of it later. */
  dvAnswer: boolean
}

export const renderOutbound = (out: OutboundMessage[]): Rendered => {
  const messages: LineMessage[] = []
  let quickReply: QuickReply | null = null
  let droppedChoices = 0
  let run: AgencyMessage[] = []
  const flush = () => {
    const ordered = urgentFirst(run)
    for (let i = 0; i < ordered.length; i += MAX_CAROUSEL_BUBBLES) {
      messages.push(agencyFlex(ordered.slice(i, i + MAX_CAROUSEL_BUBBLES)))
    }
    run = []
  }
  const pushText = (value: string) => {
    for (const piece of splitText(value)) if (piece.trim()) messages.push({ type: 'text', text: piece })
  }
  for (const m of out) {
    if (m.type === 'agency') {
      run.push(m)
      continue
    }
    flush()
    if (m.type === 'choices') {
      pushText(m.text.trim() ? m.text : 'お選びください。')
      const qr = quickReplyFor(m.choices, m.sendLocation)
      quickReply = qr.quickReply
      droppedChoices += qr.dropped
    } else {
      pushText(m.text)
    }
  }
  flush()
  const dvAnswer = isDvAnswer(out)
  if (dvAnswer) messages.push({ type: 'text', text: dvNoteFor(out) })
  return { messages, quickReply, droppedChoices, dvAnswer }
}
