import type { CrisisKind } from '../core/nlu.ts'
import { type Ctx, cards, END, fill, type Next, say, showMenu, slotConcern } from './context.ts'
import { handoffTo } from './nodes/route.ts'
import { initialState } from './state.ts'

// Global handlers, tried before the current node sees the input. Crisis is always first: the lines
// come at once, before any question.

const reset = (ctx: Ctx) => {
  ctx.state = { ...initialState(), turns: ctx.state.turns }
}

const crisisKind = (ctx: Ctx): CrisisKind | null => {
  const ev = ctx.input.event
  if (ev.type !== 'text') return null
  if (ev.nlu.crisis) return ev.nlu.crisis.kind
  // The classifier alone saying crisis is enough to show the lines: a false alarm costs less than a miss.
  return ev.nlu.intent === 'crisis' ? 'suicide' : null
}

export const crisisHandler = (ctx: Ctx): Next | null => {
  const kind = crisisKind(ctx)
  if (!kind) return null
  ctx.trace.handler = 'crisis'
  ctx.trace.concern = 'crisis'
  const h = ctx.flow.handlers.crisis
  say(ctx, h[kind])
  cards(ctx, ctx.input.directory.crisisLines(kind, ctx.input.now))
  say(ctx, h.after)
  ctx.state.node = null
  ctx.state.misses = 0
  ctx.state.candidates = []
  ctx.state.offering = false
  return END
}

export const outOfAreaHandler = (ctx: Ctx): Next | null => {
  const ev = ctx.input.event
  const place =
    ev.type === 'text' && ev.nlu.ward?.value === 'outside'
      ? ev.nlu.ward.place
      : ev.type === 'location' && ev.ward?.ward === 'outside'
        ? ev.ward.place
        : null
  if (place === null) return null
  ctx.trace.handler = 'out_of_area'
  ctx.outputs.push({
    type: 'text',
    text: fill(ctx.flow.handlers.out_of_area, { city: ctx.input.directory.cityName, place }),
  })
  cards(ctx, ctx.input.directory.outOfArea(slotConcern(ctx), ctx.input.now))
  ctx.state.node = null
  return END
}

/** Buttons (the LINE rich menu, the widget) that act whatever question is open. */
export const controlChoices = ['restart', 'human', 'emergency', 'find', 'language']

/** 119, 110 and the 24-hour lines, once each: what the 緊急のとき button shows. */
const emergencyCards = (ctx: Ctx) => {
  const { directory, now } = ctx.input
  const all = [...directory.crisisLines('violence', now), ...directory.crisisLines('suicide', now)]
  return [...new Map(all.map((m) => [m.agency.id, m])).values()]
}

/** Restart, human, thanks, greeting: by a confident label, or by their buttons. */
export const controlHandler = (ctx: Ctx): Next | null => {
  const ev = ctx.input.event
  let control: string | null = null
  if (ev.type === 'choice' && controlChoices.includes(ev.value)) control = ev.value
  if (ev.type === 'text' && ev.nlu.confidence >= ctx.flow.settings.confidence_threshold)
    control = ev.nlu.intent
  switch (control) {
    case 'restart':
      ctx.trace.handler = 'restart'
      reset(ctx)
      say(ctx, ctx.flow.handlers.restart)
      return showMenu(ctx)
    case 'human':
      ctx.trace.handler = 'human'
      handoffTo(ctx, ctx.flow.handlers.human)
      return keepWaiting(ctx)
    case 'emergency':
      ctx.trace.handler = 'emergency'
      say(ctx, ctx.flow.handlers.emergency)
      cards(ctx, emergencyCards(ctx))
      return keepWaiting(ctx)
    case 'find':
      ctx.trace.handler = 'find'
      return showMenu(ctx, ctx.flow.handlers.find_desk)
    case 'language':
      ctx.trace.handler = 'language'
      say(ctx, ctx.flow.handlers.language)
      return showMenu(ctx)
    case 'thanks':
      ctx.trace.handler = 'thanks'
      say(ctx, ctx.flow.handlers.thanks)
      return keepWaiting(ctx)
    case 'greeting':
      ctx.trace.handler = 'greeting'
      say(ctx, ctx.flow.handlers.greeting)
      if (ctx.state.node === null || ctx.state.node === ctx.flow.resume) return showMenu(ctx)
      // Mid-question: greet back and ask the same question again.
      return { goto: ctx.state.node }
    default:
      return null
  }
}

/** After a control reply the question in progress still stands; its buttons stay usable. */
const keepWaiting = (ctx: Ctx): Next => (ctx.state.node === null ? END : { wait: true })
