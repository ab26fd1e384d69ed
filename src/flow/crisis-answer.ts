import type { Directory } from '../core/directory.ts'
import type { AgencyMessage, OutboundMessage } from '../core/messages.ts'
import type { CrisisSignal } from '../core/nlu.ts'
import { EMERGENCY_LINE, LANG_TAG } from '../locale/emergency.ts'
import type { FlowHandlers } from './schema.ts'

/**
 * The crisis answer, the same whether the flow answers it or the conversation core answers it after a
 * failure: the kind's words, its lines (119/110 first where they belong), and, for a resident who wrote
 * in another language, a line in that language first and both 119 and 110 whatever the kind.
 */
export const crisisMessages = (
  directory: Directory,
  signal: Pick<CrisisSignal, 'kind' | 'lang'>,
  now: Date,
  texts: FlowHandlers['crisis'],
): OutboundMessage[] => {
  const out: OutboundMessage[] = []
  const foreign = signal.lang && signal.lang !== 'ja' ? signal.lang : null
  if (foreign) out.push({ type: 'text', text: EMERGENCY_LINE[foreign], lang: LANG_TAG[foreign] })
  out.push({ type: 'text', text: texts[signal.kind] })
  out.push(...emergencyCards(directory, signal, now))
  out.push({ type: 'text', text: texts.after })
  return out
}

/** The kind's lines; for another language, 119 and 110 lead (numbers anyone in Japan can dial). */
export const emergencyCards = (
  directory: Directory,
  signal: Pick<CrisisSignal, 'kind' | 'lang'>,
  now: Date,
): AgencyMessage[] => {
  const lines = directory.crisisLines(signal.kind, now)
  if (!signal.lang || signal.lang === 'ja') return lines
  const universal = [...directory.crisisLines('medical', now), ...directory.crisisLines('violence', now)]
  const seen = new Set<string>()
  return [...universal, ...lines].filter((m) => {
    if (seen.has(m.agency.id)) return false
    seen.add(m.agency.id)
    return true
  })
}
