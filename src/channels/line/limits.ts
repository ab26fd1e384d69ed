// LINE Messaging API limits the renderer enforces, in one place so tests can check each one.
// Sources: LINE Developers, Messaging API reference (message objects, Flex Message, quick reply,
// actions). Where LINE allows more than we need, we keep to the stricter number the issue asked for.

/** Message objects in one reply or push request. */
export const MAX_MESSAGES_PER_REQUEST = 5
/** Characters in a text message. */
export const MAX_TEXT_CHARS = 5000
/** Characters in a Flex Message altText (LINE now allows 1500; 400 keeps notifications short). */
export const MAX_ALT_TEXT_CHARS = 400
/** Bytes of the JSON of one Flex bubble (LINE: 30 KB for a bubble, 50 KB for a carousel). */
export const MAX_FLEX_BUBBLE_BYTES = 30 * 1000
/** Bytes of the JSON of one Flex carousel. */
export const MAX_FLEX_CAROUSEL_BYTES = 50 * 1000
/** Bubbles in one carousel. */
export const MAX_CAROUSEL_BUBBLES = 12
/** Items in a quick reply. */
export const MAX_QUICK_REPLY_ITEMS = 13
/** Characters in a quick reply (and Flex button) action label. */
export const MAX_ACTION_LABEL_CHARS = 20
/** Characters in postback data. */
export const MAX_POSTBACK_DATA_CHARS = 300
/** Characters in a postback displayText. */
export const MAX_DISPLAY_TEXT_CHARS = 300
/** Characters in a URI action's uri. */
export const MAX_URI_CHARS = 1000
/** Characters in a clipboard action's clipboardText. */
export const MAX_CLIPBOARD_CHARS = 1000
/** URI schemes LINE accepts in a URI action. */
export const ALLOWED_URI_SCHEMES = ['http:', 'https:', 'line:', 'tel:'] as const
/** Seconds the loading animation runs (5..60, a multiple of 5); a reply ends it earlier. */
export const LOADING_SECONDS = 20

/**
 * Length as we check it: UTF-16 units. That is never fewer than the characters LINE counts, so text
 * within our limit is within LINE's whichever way it counts an emoji or a rare kanji.
 */
export const charLength = (s: string): number => s.length

/** Cut to at most `max` UTF-16 units without splitting a surrogate pair. */
export const cutTo = (s: string, max: number): string => {
  if (s.length <= max) return s
  let out = ''
  for (const ch of s) {
    if (out.length + ch.length > max) break
    out += ch
  }
  return out
}

export const jsonBytes = (value: unknown): number => new TextEncoder().encode(JSON.stringify(value)).length
