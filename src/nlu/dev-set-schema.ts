import { z } from 'zod'
import { ageGroupSchema, labelSchema, subjectSchema, wardIds } from '../core/taxonomy.ts'

// The held-out dev set in tests/fixtures/dev-set/*.yaml: written separately from intents/, never
// trained on. Each case names what a correct reading of the message is.

const wardExpectation = z.enum([...wardIds, 'outside', 'ambiguous'])

export const devCaseSchema = z
  .object({
    text: z.string().min(1),
    /** The expected top label (`crisis` for crisis messages). */
    label: labelSchema,
    /** A second concern the message also carries, when it does. */
    also: labelSchema.optional(),
    ward: wardExpectation.nullable().optional(),
    subject: subjectSchema.nullable().optional(),
    age_group: ageGroupSchema.nullable().optional(),
    urgent: z.boolean().optional(),
    /** Must the crisis layer fire? Defaults to label === 'crisis'. */
    crisis: z.boolean().optional(),
    note: z.string().optional(),
  })
  .strict()
export type DevCase = z.infer<typeof devCaseSchema>

export const devSetFileSchema = z
  .object({ description: z.string().optional(), cases: z.array(devCaseSchema).min(1) })
  .strict()
