import type { Directory } from '../core/directory.ts'
import type { OutboundMessage } from '../core/messages.ts'
import type { CrisisSignal } from '../core/nlu.ts'
import { crisisMessages } from '../flow/crisis-answer.ts'
import type { FlowHandlers } from '../flow/schema.ts'

/**
 * What a resident reads when a turn cannot run (the store is down, a part failed, too many messages):
 * an apology and the city's general line to talk to a person. Numbers come from the directory
 * (verified phones only), never from a string in code, so a changed number is fixed in one data file.
 * When the message that could not be handled was a crisis (the crisis screen needs neither the store
 * nor the tokenizer), the crisis answer comes first, the same one the flow gives.
 */
export const SORRY = {
  store: '申し訳ありません。ただいまシステムの不具合で、会話を続けられません。',
  internal: '申し訳ありません。ただいまシステムの不具合で、うまくお答えできません。',
  busy: '申し訳ありません。ただいま混み合っています。少し時間をおいて、もう一度お送りください。',
} as const
export type FailureReason = keyof typeof SORRY

export const fallbackMessages = (opts: {
  directory: Directory
  now: Date
  why: FailureReason
  crisis?: Pick<CrisisSignal, 'kind' | 'lang'> | null
  /** The flows' crisis texts (in memory since start-up: no I/O can fail here). */
  crisisTexts: FlowHandlers['crisis']
}): OutboundMessage[] => {
  const { directory, now, why, crisis } = opts
  // Only verified numbers are offered, in the crisis answer and in the city's lines alike.
  const callable = (m: OutboundMessage) => m.type !== 'agency' || m.agency.phone !== null
  const general = directory.fallback(now).filter(callable)
  if (crisis) {
    const answer = crisisMessages(directory, crisis, now, opts.crisisTexts).filter(callable)
    const seen = new Set(answer.flatMap((m) => (m.type === 'agency' ? [m.agency.id] : [])))
    const rest = general.filter((m) => !seen.has(m.agency.id))
    return [...answer, { type: 'text', text: SORRY[why] }, ...rest]
  }
  const text =
    general.length > 0
      ? `${SORRY[why]}お急ぎの方は、こちらへお電話ください。`
      : `${SORRY[why]}${why === 'store' ? 'しばらくしてから、もう一度お試しください。' : ''}`
  return [{ type: 'text', text }, ...general]
}
