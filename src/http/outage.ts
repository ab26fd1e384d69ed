import type { Directory } from '../core/directory.ts'
import type { AgencyMessage, OutboundMessage } from '../core/messages.ts'
import type { CrisisKind } from '../core/nlu.ts'

/**
 * What a resident reads when the session store is down: an apology and the city's general line to
 * talk to a person. Numbers come from the directory (verified phones only), never from a string in
 * code, so a changed number is fixed in one data file. When the message that could not be handled was
 * a cry for help (the crisis check needs no store), the emergency lines for it come first.
 */
const SORRY = {
  store: '申し訳ありません。ただいまシステムの不具合で、会話を続けられません。',
  busy: '申し訳ありません。ただいま混み合っています。少し時間をおいて、もう一度お送りください。',
}

export const outageMessages = (
  directory: Directory | undefined,
  now: Date,
  crisis: CrisisKind | null = null,
  why: keyof typeof SORRY = 'store',
): OutboundMessage[] => {
  const verified = (ms: AgencyMessage[]) => ms.filter((m) => m.agency.phone !== null)
  const urgent = crisis && directory ? verified(directory.crisisLines(crisis, now)) : []
  const seen = new Set(urgent.map((m) => m.agency.id))
  const general = verified(directory?.fallback(now) ?? []).filter((m) => !seen.has(m.agency.id))
  if (urgent.length > 0) {
    return [
      {
        type: 'text',
        text: `${SORRY[why]}つらいお気持ちのときは、今すぐこちらへお電話ください。`,
      },
      ...urgent,
      ...general,
    ]
  }
  const text =
    general.length > 0
      ? `${SORRY[why]}お急ぎの方は、こちらへお電話ください。`
      : `${SORRY[why]}${why === 'store' ? 'しばらくしてから、もう一度お試しください。' : ''}`
  return [{ type: 'text', text }, ...general]
}
