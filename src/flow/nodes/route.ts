import type { AgencyMessage } from '../../core/messages.ts'
import { isOfficeDaytime } from '../../directory/hours.ts'
import { type Ctx, cards, END, fallbackCards, type Next, routeQuery, say, slotConcern } from '../context.ts'
import type { Executor } from './types.ts'

export const routeExecutor: Executor<'route'> = {
  enter(node, _id, ctx) {
    const concern = node.concern ?? slotConcern(ctx) ?? 'other'
    const routed = ctx.input.directory.route(routeQuery(ctx, concern), ctx.input.now)
    if (node.text) say(ctx, node.text)
    if (routed.length === 0) fallbackCards(ctx)
    else cards(ctx, routed)
    const extra: AgencyMessage[] = []
    for (const a of node.add ?? []) {
      const agency = ctx.input.directory.agency(a.id)
      // Hours of an added agency are not judged here; openNow stays unknown rather than guessed.
      if (agency && !ctx.trace.agencies.includes(a.id)) {
        extra.push({ type: 'agency', agency, reason: a.reason, openNow: null, urgent: false })
      }
    }
    cards(ctx, extra)
    return { goto: node.next }
  },
}

/**
 * Talk to a person: the right agency's phone and hours. Outside weekday daytime, or when the lines are
 * known to be closed, the text says honestly that people are unlikely to answer now and what to do
 * instead, and lines open now (the concern's 24-hour lines) are added when none is among the cards.
 */
export const handoffTo = (ctx: Ctx, text: string, concern = slotConcern(ctx)): AgencyMessage[] => {
  const { directory, now } = ctx.input
  const q = routeQuery(ctx, concern ?? 'other')
  const found = directory.handoff({ ...q, concern }, now)
  const shown = found.length > 0 ? [...found] : directory.fallback(now)
  const closed = !shown.some((m) => m.openNow === true) && shown.some((m) => m.openNow === false)
  const unlikely = shown[0]?.openNow !== true && !isOfficeDaytime(now)
  const lines = closed || unlikely ? [ctx.flow.handlers.after_hours] : [text]
  if (!shown.some((m) => m.openNow === true)) {
    const ids = new Set(shown.map((m) => m.agency.id))
    // 119/110 are for emergencies, not for talking: only lines a person can talk to at this hour.
    const open = [...directory.outOfArea(concern, now), ...directory.crisisLines('suicide', now)].filter(
      (m) =>
        m.openNow === true &&
        m.agency.phone !== null &&
        !['119', '110'].includes(m.agency.phone) &&
        !ids.has(m.agency.id),
    )
    shown.push(...[...new Map(open.map((m) => [m.agency.id, m])).values()].slice(0, 2))
  }
  // The words first, then the numbers: 「お電話で、担当の方に直接…」 introduces the cards below it.
  ctx.outputs.push({ type: 'handoff', text: lines.join('\n'), agencyIds: shown.map((m) => m.agency.id) })
  cards(ctx, shown)
  return shown
}

export const handoffExecutor: Executor<'handoff'> = {
  enter(node, _id, ctx): Next {
    handoffTo(ctx, node.text, node.concern ?? slotConcern(ctx))
    if (node.next) return { goto: node.next }
    ctx.state.node = null
    return END
  },
}
