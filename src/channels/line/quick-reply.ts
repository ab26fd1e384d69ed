import { choiceValue } from '../../core/choice-value.ts'
import type { Choice } from '../../core/messages.ts'
import {
  charLength,
  cutTo,
  MAX_ACTION_LABEL_CHARS,
  MAX_DISPLAY_TEXT_CHARS,
  MAX_POSTBACK_DATA_CHARS,
  MAX_QUICK_REPLY_ITEMS,
} from './limits.ts'
import type { QuickReply } from './line-types.ts'

// Choices become quick-reply postbacks: a tap sends back the choice's `value`, never free text to be
// classified again, and `displayText` shows the full label in the chat.

const PHONE = /#?\d[\d-]{1,}\d/
const ELLIPSIS = '…'
const BREAKS = /[、・，,\s（(／/]/

/** A label of at most 20 characters: cut at a natural break, and never through a phone number. */
export const shortenLabel = (label: string, max = MAX_ACTION_LABEL_CHARS): string => {
  const clean = label.replace(/\s+/g, ' ').trim()
  if (charLength(clean) <= max) return clean
  const phone = clean.match(PHONE)?.[0]
  if (phone && charLength(phone) <= max) {
    const head = clean.slice(0, clean.indexOf(phone)).trim()
    const room = max - charLength(phone) - 1
    if (room <= 1) return phone
    const short = charLength(head) <= room ? head : `${cutTo(head, room - 1)}${ELLIPSIS}`
    return `${short} ${phone}`.trim()
  }
  const cut = cutTo(clean, max - 1)
  // Prefer ending at a word break in the last third, so 「地域包括支援センター（…」 does not end mid-word.
  let at = -1
  for (let i = cut.length - 1; i >= Math.floor(cut.length * 0.66); i--) {
    if (BREAKS.test(cut[i] ?? '')) {
      at = i
      break
    }
  }
  const base = at > 0 ? cut.slice(0, at) : cut
  return `${base.trimEnd()}${ELLIPSIS}`
}

export interface QuickReplyResult {
  quickReply: QuickReply | null
  /** Choices left out because LINE shows at most 13 (the caller logs how many). */
  dropped: number
}

/** Choices that ask for the ward. */
const asksForWard = (choices: Choice[]) =>
  choices.some((c) => choiceValue.safeDecode(c.value).data?.kind === 'ward')

/** LINE can send the resident's location in two taps: offered whenever we ask for the ward. */
export const SEND_LOCATION_LABEL = '位置情報を送る'

/** `locationLabel`: 「位置情報を送る」 in the resident's language (OutboundMessage `sendLocation`). */
export const quickReplyFor = (choices: Choice[], locationLabel = SEND_LOCATION_LABEL): QuickReplyResult => {
  const usable = choices.filter(
    (c) => c.value.length > 0 && charLength(c.value) <= MAX_POSTBACK_DATA_CHARS && c.label.trim().length > 0,
  )
  const withLocation = asksForWard(usable)
  const room = MAX_QUICK_REPLY_ITEMS - (withLocation ? 1 : 0)
  const items: QuickReply['items'] = usable.slice(0, room).map((c) => ({
    type: 'action' as const,
    action: {
      type: 'postback' as const,
      label: shortenLabel(c.label),
      data: c.value,
      displayText: cutTo(c.label, MAX_DISPLAY_TEXT_CHARS),
    },
  }))
  const dropped = choices.length - items.length
  if (withLocation)
    items.push({
      type: 'action',
      action: { type: 'location', label: cutTo(locationLabel, MAX_ACTION_LABEL_CHARS) },
    })
  return { quickReply: items.length > 0 ? { items } : null, dropped }
}
