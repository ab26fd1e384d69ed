import { choiceValue } from '../../core/choice-value.ts'
import { END, fill, say } from '../context.ts'
import type { Executor } from './types.ts'

// The two answers' values never change: encoded once here, not through the codec on every routed turn.
const FEEDBACK_VALUES = {
  yes: choiceValue.encode({ kind: 'feedback', answer: 'yes' }),
  no: choiceValue.encode({ kind: 'feedback', answer: 'no' }),
}

export const messageExecutor: Executor<'message'> = {
  enter(node, _id, ctx) {
    say(ctx, node.text)
    return { goto: node.next }
  },
}

export const switchExecutor: Executor<'switch'> = {
  enter(node, _id, ctx) {
    const slots = ctx.state.slots
    const holds = (slot: string, cond: unknown) => {
      const v = slots[slot]
      if (cond === '$missing') return v === undefined
      if (cond === '$present') return v !== undefined
      if (Array.isArray(cond)) return v !== undefined && (cond as unknown[]).includes(v)
      return v === cond
    }
    const hit = node.cases.find((c) => Object.entries(c.when).every(([slot, cond]) => holds(slot, cond)))
    return { goto: hit ? hit.next : node.default }
  },
}

export const endExecutor: Executor<'end'> = {
  enter(node, _id, ctx) {
    say(ctx, node.text)
    const next = ctx.state.pending[0]
    if (next) {
      // The resident named a second worry: offer it now that the first is answered.
      const name = ctx.flow.concernNames[next] ?? next
      ctx.outputs.push({
        type: 'choices',
        text: fill(ctx.flow.handlers.also_offer, { concern: name }),
        choices: [
          { value: `concern:${next}`, label: name.slice(0, 20) },
          { value: 'no', label: ctx.flow.handlers.no_thanks },
        ],
      })
      ctx.state.offering = true
      ctx.state.node = ctx.flow.resume
      return { wait: true }
    }
    // The conversation is over: one tap on 「お役に立ちましたか？」 (counted, never stored with anything else).
    const f = ctx.flow.handlers.feedback
    ctx.outputs.push({
      type: 'choices',
      text: f.question,
      choices: (['yes', 'no'] as const).map((answer) => ({
        value: FEEDBACK_VALUES[answer],
        label: f[answer],
      })),
    })
    ctx.state.node = null
    return END
  },
}
