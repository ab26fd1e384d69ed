import type { OutboundMessage } from '../../src/core/messages.ts'
import type { StepResult } from '../../src/flow/input.ts'

const renderOne = (o: OutboundMessage): string => {
  if (o.type === 'text' || o.type === 'end') return `bot> ${o.text}`
  if (o.type === 'choices') {
    return `bot> ${o.text}\n${o.choices.map((c) => `       [${c.label}] → /tap ${c.value}`).join('\n')}`
  }
  if (o.type === 'handoff') return `bot> ${o.text}  (handoff: ${o.agencyIds.join(', ')})`
  const a = o.agency
  const open = o.openNow === null ? '受付時間不明' : o.openNow ? '受付中' : '受付時間外'
  return [
    `   ┌ ${o.urgent ? '[急] ' : ''}${a.name} (${a.kind}, ${a.id})`,
    `   │ ${a.phone ? `${a.phone}  ${a.tel}` : '電話番号未確認'}  ${open}`,
    a.hours ? `   │ ${a.hours}` : null,
    `   └ ${o.reason}`,
  ]
    .filter(Boolean)
    .join('\n')
}

/** Outbound messages as plain terminal text. */
export const renderOutputs = (outputs: OutboundMessage[]): string => outputs.map(renderOne).join('\n')

export const renderTrace = (r: StepResult): string => {
  const t = r.trace
  const conf = t.confidence === null ? '' : ` (${t.confidence.toFixed(2)})`
  const slots = Object.entries(r.state.slots)
    .map(([k, v]) => `${k}=${v}`)
    .join(' ')
  return [
    `  · label: ${t.label ?? '-'}${conf}  concern: ${t.concern ?? '-'}${t.handler ? `  handler: ${t.handler}` : ''}`,
    `  · slots: ${slots || '-'}  waiting at: ${r.state.node ?? '-'}  path: ${t.path.join(' → ') || '-'}`,
    t.agencies.length ? `  · route: ${t.agencies.join(', ')}` : null,
  ]
    .filter(Boolean)
    .join('\n')
}
