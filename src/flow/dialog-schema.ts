import { z } from 'zod'
import { agencyKindSchema, labelSchema, wardSchema } from '../core/taxonomy.ts'

// Golden conversations (tests/dialogs/*.yaml): what a resident says or taps, and what must follow.

const expectSchema = z
  .object({
    concern: labelSchema.nullable().optional().describe('The concern this turn was about (crisis included)'),
    not_concern: labelSchema.optional(),
    label: labelSchema.optional().describe('What the NLU read'),
    ward: z
      .union([wardSchema, z.literal('unknown')])
      .nullable()
      .optional(),
    asks: z
      .string()
      .optional()
      .describe('The slot being asked now, "concern" at a menu, "nothing" when done'),
    kind: agencyKindSchema.optional().describe('An agency of this kind is shown this turn'),
    kinds: z.array(agencyKindSchema).optional(),
    any_kind: z.array(agencyKindSchema).optional().describe('The first agency shown is one of these kinds'),
    not_kind: agencyKindSchema.optional().describe('No agency of this kind is shown'),
    first_kind: agencyKindSchema.optional().describe('The first agency shown is of this kind'),
    agency: z.string().optional().describe('This agency id is shown this turn'),
    not_agency: z.string().optional().describe('This agency id is not shown this turn'),
    first_agency: z.string().optional().describe('The first agency shown this turn has this id'),
    reason: z.string().optional().describe("Some card's reason contains this text"),
    not_reason: z.string().optional().describe("No card's reason contains this text"),
    tel: z.boolean().optional().describe('At least one agency with a tappable phone is shown'),
    no_agency: z.boolean().optional(),
    handler: z
      .enum([
        'crisis',
        'safety',
        'restart',
        'human',
        'emergency',
        'find',
        'language',
        'thanks',
        'greeting',
        'out_of_area',
        'no_match',
        'feedback',
      ])
      .nullable()
      .optional(),
    choices: z.array(z.string()).optional().describe('These choice values are offered'),
    says: z.string().optional().describe('Some message this turn contains this text'),
    handoff: z.boolean().optional().describe('A talk-to-a-person message is shown'),
  })
  .strict()
export type DialogExpect = z.infer<typeof expectSchema>

const turnSchema = z.union([
  z.object({ say: z.string().min(1), expect: expectSchema.default({}) }).strict(),
  z.object({ tap: z.string().min(1), expect: expectSchema.default({}) }).strict(),
  z.object({ start: z.literal(true), expect: expectSchema.default({}) }).strict(),
  z.object({ location: z.tuple([z.number(), z.number()]), expect: expectSchema.default({}) }).strict(),
  z.object({ sticker: z.literal(true), expect: expectSchema.default({}) }).strict(),
])
export type DialogTurn = z.infer<typeof turnSchema>

export const dialogSchema = z
  .object({
    name: z.string().min(1),
    /** When the conversation happens (opening hours); default a weekday morning in Japan. */
    now: z.iso.datetime({ offset: true }).optional(),
    turns: z.array(turnSchema).min(1),
  })
  .strict()
export type Dialog = z.infer<typeof dialogSchema>

export const dialogFileSchema = z.object({ dialogs: z.array(dialogSchema).min(1) }).strict()
