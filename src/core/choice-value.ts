import { z } from 'zod'
import { concernSchema, wardSchema } from './taxonomy.ts'

// The value a choice button carries (a LINE postback's data, a widget button, a Bot Framework
// postBack) and comes back as InboundMessage { type: 'choice', value }. One codec writes and reads it,
// so the string format lives here only:
//   menu · restart|human|emergency|find|language · yes|no · concern:<concern> · goto:<node>
//   ward:<ward>|ward:unknown · safety:yes|no|unsure · feedback:yes|no (「お役に立ちましたか？」)
//   <slot>:<value> (an ask node's own choices)

export const CONTROL_CHOICES = ['restart', 'human', 'emergency', 'find', 'language'] as const

const token = z.string().regex(/^[a-z0-9_]+$/)

export const choiceValueSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('menu') }),
  z.object({ kind: z.literal('control'), control: z.enum(CONTROL_CHOICES) }),
  z.object({ kind: z.literal('yes_no'), yes: z.boolean() }),
  z.object({ kind: z.literal('concern'), concern: concernSchema }),
  z.object({ kind: z.literal('goto'), node: z.string().regex(/^[A-Za-z0-9_.-]{1,100}$/) }),
  z.object({ kind: z.literal('ward'), ward: z.union([wardSchema, z.literal('unknown')]) }),
  z.object({ kind: z.literal('safety'), answer: z.enum(['yes', 'no', 'unsure']) }),
  z.object({ kind: z.literal('feedback'), answer: z.enum(['yes', 'no']) }),
  z.object({ kind: z.literal('slot'), slot: token, value: token }),
])
export type ChoiceValue = z.infer<typeof choiceValueSchema>

const PREFIXED = new Set(['concern', 'goto', 'ward', 'safety', 'feedback'])

/** The parts of a value string, before the schema checks them. */
const split = (s: string): unknown => {
  if (s === 'menu') return { kind: 'menu' }
  if (s === 'yes' || s === 'no') return { kind: 'yes_no', yes: s === 'yes' }
  if ((CONTROL_CHOICES as readonly string[]).includes(s)) return { kind: 'control', control: s }
  const at = s.indexOf(':')
  if (at <= 0) return { kind: 'unknown' }
  const [head, rest] = [s.slice(0, at), s.slice(at + 1)]
  if (!PREFIXED.has(head)) return { kind: 'slot', slot: head, value: rest }
  const field = { concern: 'concern', goto: 'node', ward: 'ward', safety: 'answer', feedback: 'answer' }[
    head
  ]!
  return { kind: head, [field]: rest }
}

/** string ⇄ ChoiceValue. `choiceValue.safeDecode(s)` reads a value that came back; `encode` writes one. */
export const choiceValue = z.codec(z.string().min(1).max(300), choiceValueSchema, {
  decode: (s, ctx) => {
    const parsed = choiceValueSchema.safeParse(split(s))
    if (parsed.success) return parsed.data
    ctx.issues.push({ code: 'custom', message: 'not a choice value this service sends', input: s })
    return z.NEVER
  },
  encode: (v) => {
    switch (v.kind) {
      case 'menu':
        return 'menu'
      case 'control':
        return v.control
      case 'yes_no':
        return v.yes ? 'yes' : 'no'
      case 'concern':
        return `concern:${v.concern}`
      case 'goto':
        return `goto:${v.node}`
      case 'ward':
        return `ward:${v.ward}`
      case 'safety':
        return `safety:${v.answer}`
      case 'feedback':
        return `feedback:${v.answer}`
      case 'slot':
        return `${v.slot}:${v.value}`
    }
  },
})
