import { NEUTRAL_ALT_TEXT } from './flex.ts'
import { charLength, MAX_CAROUSEL_BUBBLES, MAX_MESSAGES_PER_REQUEST, MAX_TEXT_CHARS } from './limits.ts'
import type { FlexBubble, LineMessage, QuickReply } from './line-types.ts'
import { carriesDvNote } from './render.ts'

// A reply carries at most 5 messages. Order of preference: merge neighbouring texts; then, with push
// on, reply with the first 5 and push the rest; with push off, fold every agency card into
// carousels (order of texts around them may change, no card is lost); only then drop, and say so.

export interface Batches {
  reply: LineMessage[]
  push: LineMessage[][]
  /** Messages that could not be sent at all (logged by the caller; should stay 0). */
  dropped: number
}

const mergeTexts = (list: LineMessage[]): LineMessage[] => {
  const out: LineMessage[] = []
  for (const m of list) {
    const prev = out[out.length - 1]
    if (
      m.type === 'text' &&
      prev?.type === 'text' &&
      charLength(prev.text) + 2 + charLength(m.text) <= MAX_TEXT_CHARS
    ) {
      out[out.length - 1] = { type: 'text', text: `${prev.text}\n\n${m.text}` }
    } else out.push(m)
  }
  return out
}

const bubblesOf = (m: LineMessage): FlexBubble[] =>
  m.type !== 'flex' ? [] : m.contents.type === 'carousel' ? m.contents.contents : [m.contents]

const foldFlex = (list: LineMessage[]): LineMessage[] => {
  const flexes = list.filter((m) => m.type === 'flex')
  if (flexes.length < 2) return list
  // The cards' own neutral notice, already in the resident's language.
  const altText = flexes[0]?.type === 'flex' ? flexes[0].altText : NEUTRAL_ALT_TEXT
  const bubbles = flexes.flatMap(bubblesOf)

  const folded: LineMessage[] = []
  for (let i = 0; i < bubbles.length; i += MAX_CAROUSEL_BUBBLES) {
    const contents = bubbles.slice(i, i + MAX_CAROUSEL_BUBBLES)
    folded.push({
      type: 'flex',
      altText,
      contents: { type: 'carousel', contents },
    })
  }
  const first = list.findIndex((m) => m.type === 'flex')
  const rest = list.filter((m) => m.type !== 'flex')
  return [...rest.slice(0, first), ...folded, ...rest.slice(first)]
}

const chunks = <T>(list: T[], size: number): T[][] => {
  const out: T[][] = []
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size))
  return out
}

const withQuickReply = (m: LineMessage, quickReply: QuickReply | null): LineMessage =>
  quickReply ? { ...m, quickReply } : m

export const fitMessages = (
  messages: LineMessage[],
  quickReply: QuickReply | null,
  pushEnabled: boolean,
  dvAnswer = carriesDvNote(messages),
): Batches => {
  // Nothing arrives unprompted in a DV conversation: a later push may light up the screen in front of
  // the person the resident fears, so a DV answer always fits in the one reply.
  const mayPush = pushEnabled && !dvAnswer
  let list = messages.length > MAX_MESSAGES_PER_REQUEST ? mergeTexts(messages) : messages
  if (list.length > MAX_MESSAGES_PER_REQUEST && !mayPush) list = mergeTexts(foldFlex(list))
  let dropped = 0
  if (list.length > MAX_MESSAGES_PER_REQUEST && !mayPush) {
    dropped = list.length - MAX_MESSAGES_PER_REQUEST
    list = list.slice(0, MAX_MESSAGES_PER_REQUEST)
  }
  if (list.length > 0) list = [...list.slice(0, -1), withQuickReply(list[list.length - 1]!, quickReply)]
  const [reply = [], ...push] = chunks(list, MAX_MESSAGES_PER_REQUEST)
  return { reply, push, dropped }
}
