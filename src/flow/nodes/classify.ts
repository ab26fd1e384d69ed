import type { Choice } from '../../core/messages.ts'
import { type Concern, isConcern, wardIds } from '../../core/taxonomy.ts'
import {
  askWith,
  type Ctx,
  concernName,
  END,
  type Next,
  say,
  showMenu,
  slotConcern,
  WAIT,
} from '../context.ts'
import { forgetTopic } from '../harvest.ts'
import { miss } from '../miss.ts'
import type { NodeOf } from '../schema.ts'
import type { Executor } from './types.ts'

type Classify = NodeOf<'classify'>

/** Settle on a concern and follow its branch. A new topic forgets the last one's person. */
const pick = (node: Classify, ctx: Ctx, concern: Concern, also: Concern[]): Next => {
  if (slotConcern(ctx) !== null && slotConcern(ctx) !== concern) forgetTopic(ctx)
  const s = ctx.state
  s.slots.concern = concern
  s.pending = [...new Set([...also, ...s.pending])].filter((c) => c !== concern && c !== 'crisis')
  s.candidates = []
  s.misses = 0
  s.offering = false
  ctx.trace.concern = concern
  // A sub-menu lists a few branches; any other concern follows the main classify node's branch.
  const main = ctx.flow.nodes[ctx.flow.resume]
  const mainBranch = main?.type === 'classify' ? main.branches[concern] : undefined
  return { goto: node.branches[concern] ?? mainBranch ?? node.default }
}

/** The more pressing concern first, by settings.priority; unlisted ones keep the classifier's order. */
const byPriority = (ctx: Ctx, concerns: Concern[]): Concern[] => {
  const rank = (c: Concern) => {
    const i = ctx.flow.settings.priority.indexOf(c)
    return i === -1 ? Number.MAX_SAFE_INTEGER : i
  }
  return [...new Set(concerns)]
    .map((c, i) => ({ c, i }))
    .sort((a, b) => rank(a.c) - rank(b.c) || a.i - b.i)
    .map((x) => x.c)
}

const closing = (ctx: Ctx): Next => {
  say(ctx, ctx.flow.handlers.closing)
  ctx.state.pending = []
  ctx.state.offering = false
  ctx.state.node = null
  return END
}

const lowConfidence = (id: string, ctx: Ctx, candidates: Concern[]): Next => {
  const choices: Choice[] = candidates.map((c) => ({
    value: `concern:${c}`,
    label: concernName(ctx.flow, c).slice(0, 20),
  }))
  choices.push({ value: 'menu', label: ctx.flow.handlers.other_choice })
  askWith(ctx, ctx.flow.handlers.low_confidence, choices)
  ctx.state.candidates = candidates
  ctx.state.node = id
  return WAIT
}

const classifyText = (node: Classify, id: string, ctx: Ctx): Next => {
  const ev = ctx.input.event
  if (ev.type !== 'text') return showMenu(ctx)
  const { nlu } = ev
  const threshold = node.threshold ?? ctx.flow.settings.confidence_threshold
  const known = slotConcern(ctx)
  const givesWard = nlu.ward !== null && (wardIds as readonly string[]).includes(nlu.ward.value)
  const wardAnswer = givesWard && known !== null
  // `other` is the catch-all: a bare answer (「はい」「麻生区です」) often lands there, so it never
  // overrides the answer this state is waiting for, nor passes for a concern when only a place was said.
  const answers = (ctx.state.offering && nlu.yesNo !== null) || givesWard
  const confident =
    isConcern(nlu.intent) &&
    nlu.intent !== 'crisis' &&
    !(nlu.intent === 'other' && answers) &&
    nlu.confidence >= threshold
  if (ctx.state.offering && !confident && nlu.yesNo !== null) {
    const pending = ctx.state.pending[0]
    return nlu.yesNo && pending ? pick(node, ctx, pending, []) : closing(ctx)
  }
  if (confident) {
    const [first, ...rest] = byPriority(ctx, [nlu.intent as Concern, ...nlu.also])
    return pick(node, ctx, first!, rest)
  }
  // A ward alone (「中原区です」) after a finished topic: route that topic again for the new ward.
  if (wardAnswer) return pick(node, ctx, known, [])
  // Only a place (「中原区です」) and no worry yet: the ward is kept (harvest), ask what it is about.
  if (givesWard && nlu.intent === 'other') return showMenu(ctx)
  const candidates = nlu.ranked
    .filter((r) => isConcern(r.label) && r.label !== 'crisis' && r.score >= 0.05)
    .slice(0, ctx.flow.settings.max_candidates)
    .map((r) => r.label as Concern)
  if (candidates.length > 0) return lowConfidence(id, ctx, candidates)
  return miss(ctx, () => showMenu(ctx))
}

const classifyChoice = (node: Classify, ctx: Ctx, value: string): Next => {
  if (value === 'menu') return showMenu(ctx)
  if (value === 'no') return closing(ctx)
  if (value === 'yes' && ctx.state.offering && ctx.state.pending[0])
    return pick(node, ctx, ctx.state.pending[0], [])
  const [key, v = ''] = value.split(':', 2)
  if (key === 'concern' && isConcern(v)) return pick(node, ctx, v, [])
  if (key === 'goto' && ctx.flow.menu.some((m) => 'goto' in m && m.goto === v)) return { goto: v }
  const known = slotConcern(ctx)
  if (key === 'ward' && (wardIds as readonly string[]).includes(v)) {
    // A ward button tapped from an earlier question: keep it, and route the same concern for it.
    ctx.state.slots.ward = v
    return known ? pick(node, ctx, known, []) : showMenu(ctx)
  }
  return miss(ctx, () => showMenu(ctx))
}

/** A sub-menu shows its own buttons; the resume node shows the main menu. */
const prompt = (node: Classify, id: string, ctx: Ctx): Next => {
  if (!node.choices) return showMenu(ctx)
  const choices = node.choices.map((c) => ({ value: `concern:${c.concern}`, label: c.label }))
  choices.push({ value: 'menu', label: ctx.flow.handlers.other_choice })
  askWith(ctx, node.text, choices)
  ctx.state.node = id
  return WAIT
}

export const classifyExecutor: Executor<'classify'> = {
  enter(node, id, ctx) {
    if (!ctx.fresh) return prompt(node, id, ctx)
    return classifyExecutor.answer!(node, id, ctx)
  },
  answer(node, id, ctx) {
    ctx.fresh = false
    const ev = ctx.input.event
    if (ev.type === 'choice') return classifyChoice(node, ctx, ev.value)
    return classifyText(node, id, ctx)
  },
}
