import type { ConversationService, TurnResult } from '../core/conversation.ts'
import type { OutboundMessage } from '../core/messages.ts'
import type { Nlu } from '../core/nlu.ts'

// やさしい日本語 with furigana, added around the conversation's output: the flow engine stays pure and
// tokenizer-free, and every channel gets the same readings (the widget draws them as <ruby>; LINE and
// Bot Framework cannot, and show the text).

/** Plain Japanese carries no `lang`; a やさしい日本語 conversation stamps `ja` (src/locale/localize-turn.ts). */
const isEasyJapanese = (m: OutboundMessage) => m.lang === 'ja'

export const addFurigana = (
  messages: OutboundMessage[],
  furigana: NonNullable<Nlu['furigana']>,
): OutboundMessage[] =>
  messages.map((m) => {
    if ((m.type !== 'text' && m.type !== 'choices') || !isEasyJapanese(m) || m.ruby) return m
    try {
      const ruby = furigana(m.text)
      // Only worth sending when something has a reading.
      return ruby.some(([, r]) => r) ? { ...m, ruby } : m
    } catch {
      // Furigana help; a message without them is still the answer.
      return m
    }
  })

export const withFurigana = (service: ConversationService, nlu: Nlu): ConversationService => {
  const { furigana } = nlu
  if (!furigana) return service
  const add = (r: TurnResult): TurnResult => ({ ...r, messages: addFurigana(r.messages, furigana) })
  return {
    handle: async (turn) => add(await service.handle(turn)),
    decline: (turn, why) => add(service.decline(turn, why)),
    end: (id) => service.end(id),
  }
}
