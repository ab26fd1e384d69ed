import {
  ALLOWED_URI_SCHEMES,
  charLength,
  jsonBytes,
  MAX_ACTION_LABEL_CHARS,
  MAX_ALT_TEXT_CHARS,
  MAX_CAROUSEL_BUBBLES,
  MAX_CLIPBOARD_CHARS,
  MAX_DISPLAY_TEXT_CHARS,
  MAX_FLEX_BUBBLE_BYTES,
  MAX_FLEX_CAROUSEL_BYTES,
  MAX_MESSAGES_PER_REQUEST,
  MAX_POSTBACK_DATA_CHARS,
  MAX_QUICK_REPLY_ITEMS,
  MAX_TEXT_CHARS,
  MAX_URI_CHARS,
} from './limits.ts'
import type { FlexNode, LineAction, LineMessage } from './line-types.ts'

// Checks a request's messages against every limit in limits.ts. The webhook runs it before sending
// (a message LINE rejects is a resident left without an answer); tests run it on real cards.

const checkAction = (a: LineAction, where: string, problems: string[]) => {
  if (charLength(a.label) > MAX_ACTION_LABEL_CHARS)
    problems.push(`${where}: label over ${MAX_ACTION_LABEL_CHARS} chars`)
  if (a.type === 'postback') {
    if (a.data.length === 0 || charLength(a.data) > MAX_POSTBACK_DATA_CHARS)
      problems.push(`${where}: postback data must be 1..${MAX_POSTBACK_DATA_CHARS} chars`)
    if (a.displayText !== undefined && charLength(a.displayText) > MAX_DISPLAY_TEXT_CHARS)
      problems.push(`${where}: displayText over ${MAX_DISPLAY_TEXT_CHARS} chars`)
  }
  if (
    a.type === 'clipboard' &&
    (a.clipboardText.length === 0 || charLength(a.clipboardText) > MAX_CLIPBOARD_CHARS)
  )
    problems.push(`${where}: clipboardText must be 1..${MAX_CLIPBOARD_CHARS} chars`)
  if (a.type === 'uri') {
    if (charLength(a.uri) > MAX_URI_CHARS) problems.push(`${where}: uri over ${MAX_URI_CHARS} chars`)
    let scheme = ''
    try {
      scheme = new URL(a.uri).protocol
    } catch {
      problems.push(`${where}: uri is not a URL`)
    }
    if (scheme && !(ALLOWED_URI_SCHEMES as readonly string[]).includes(scheme))
      problems.push(`${where}: uri scheme ${scheme} not allowed`)
  }
}

const walk = (node: FlexNode, where: string, problems: string[]) => {
  if (node.action) checkAction(node.action, `${where}.action`, problems)
  if (node.action?.type === 'location')
    problems.push(`${where}.action: location action is for quick replies only`)
  for (const key of ['header', 'hero', 'body', 'footer'] as const) {
    const child = node[key]
    if (child && typeof child === 'object') walk(child as FlexNode, `${where}.${key}`, problems)
  }
  if (node.type === 'text' && typeof node.text === 'string' && node.text.length === 0)
    problems.push(`${where}: empty text component`)
  node.contents?.forEach((c, i) => {
    walk(c, `${where}.contents[${i}]`, problems)
  })
}

/** Every way these messages break LINE's limits, as `messages[i]…: problem`; empty when valid. */
export const validateLineMessages = (messages: LineMessage[]): string[] => {
  const problems: string[] = []
  if (messages.length === 0) problems.push('no messages')
  if (messages.length > MAX_MESSAGES_PER_REQUEST)
    problems.push(`${messages.length} messages, at most ${MAX_MESSAGES_PER_REQUEST} per request`)
  messages.forEach((m, i) => {
    const at = `messages[${i}]`
    if (m.type === 'text') {
      if (m.text.length === 0) problems.push(`${at}: empty text`)
      if (charLength(m.text) > MAX_TEXT_CHARS) problems.push(`${at}: text over ${MAX_TEXT_CHARS} chars`)
    } else {
      if (m.altText.length === 0 || charLength(m.altText) > MAX_ALT_TEXT_CHARS)
        problems.push(`${at}: altText must be 1..${MAX_ALT_TEXT_CHARS} chars`)
      const c = m.contents
      if (c.type === 'carousel') {
        if (c.contents.length === 0 || c.contents.length > MAX_CAROUSEL_BUBBLES)
          problems.push(`${at}: carousel must have 1..${MAX_CAROUSEL_BUBBLES} bubbles`)
        if (jsonBytes(c) > MAX_FLEX_CAROUSEL_BYTES)
          problems.push(`${at}: carousel JSON over ${MAX_FLEX_CAROUSEL_BYTES} bytes`)
        c.contents.forEach((b, j) => {
          if (jsonBytes(b) > MAX_FLEX_BUBBLE_BYTES)
            problems.push(`${at}.contents[${j}]: bubble JSON over ${MAX_FLEX_BUBBLE_BYTES} bytes`)
          walk(b, `${at}.contents[${j}]`, problems)
        })
      } else {
        if (jsonBytes(c) > MAX_FLEX_BUBBLE_BYTES)
          problems.push(`${at}: bubble JSON over ${MAX_FLEX_BUBBLE_BYTES} bytes`)
        walk(c, `${at}.contents`, problems)
      }
    }
    const qr = m.quickReply
    if (qr) {
      if (i !== messages.length - 1) problems.push(`${at}: quick reply on a message that is not the last`)
      if (qr.items.length === 0 || qr.items.length > MAX_QUICK_REPLY_ITEMS)
        problems.push(`${at}: quick reply must have 1..${MAX_QUICK_REPLY_ITEMS} items`)
      qr.items.forEach((item, j) => {
        checkAction(item.action, `${at}.quickReply.items[${j}]`, problems)
      })
    }
  })
  return problems
}
