import { z } from 'zod'
import { CRISIS_KINDS, PREFERENCES, PURPOSES } from '../core/nlu.ts'
import {
  ageGroupSchema,
  agencyKindSchema,
  concernSchema,
  subjectSchema,
  wardSchema,
} from '../core/taxonomy.ts'

// flows/routing.yaml: staff-edited. Every candidate is one short line a non-programmer can read:
//   - houkatsu: by_town            the 地域包括支援センター for the resident's 町名
//   - ward_section: korei-shogai   a section of the ward's 地域みまもり支援センター
//   - ward_office: true            the ward office (総合案内)
//   - kind: child_guidance         every agency of a kind that serves the resident's ward
//   - agency: dai-job-center       one agency or hotline by id
//   - dai-job-center               the same, short form
// Each may carry `reason:` with {ward} {concern} {town} placeholders.

/** 「15-39」: the ages a line serves, in years, both ends included. */
const agesSchema = z
  .string()
  .regex(/^\d{1,3}-\d{1,3}$/, { message: '年齢は 15-39 のように「下限-上限」で書いてください' })
  .transform((v) => {
    const [min, max] = v.split('-').map(Number) as [number, number]
    return { min, max }
  })
  .refine((r) => r.min <= r.max, { message: '年齢の下限は上限以下にしてください' })
export type AgeRange = z.output<typeof agesSchema>

// Every line may say why it is shown, and for which ages (a line for 15〜39歳 is skipped for a 45-year-old).
const reasonField = { reason: z.string().min(1).optional(), ages: agesSchema.optional() }

export const candidateSchema = z.union(
  [
    z
      .string()
      .min(1)
      .transform((agency) => ({ agency }) as { agency: string; reason?: string; ages?: AgeRange }),
    z.strictObject({ agency: z.string().min(1), ...reasonField }),
    z.strictObject({ houkatsu: z.literal('by_town'), ...reasonField }),
    z.strictObject({ ward_section: z.string().min(1), ...reasonField }),
    z.strictObject({ ward_office: z.literal(true), ...reasonField }),
    z.strictObject({ kind: agencyKindSchema, ...reasonField }),
  ],
  {
    error:
      '窓口の書き方が違います。agency: <id> / houkatsu: by_town / ward_section: <課> / ward_office: true / kind: <種類> のどれか1つで書いてください',
  },
)
export type Candidate = z.output<typeof candidateSchema>

// A `when` key takes one value or a list (`subject: parent` or `subject: [parent, spouse]`); `error` is the
// staff-facing message when neither reads.
const oneOrMany = <T extends z.ZodType>(s: T, error?: string) =>
  z.union([s, z.array(s).min(1)], error ? { error } : undefined)

/** A `when` key's value as a list, whichever way it was written (route.ts and lint.ts read it so). */
export const listOf = <T>(v: T | readonly T[] | undefined): readonly T[] =>
  v === undefined ? [] : Array.isArray(v) ? v : [v as T]

const candidatesSchema = z.array(candidateSchema)

export const variantSchema = z.strictObject({
  /** Which residents this variant is for; every key given must match. */
  when: z
    .strictObject({
      age_group: oneOrMany(ageGroupSchema).optional(),
      subject: oneOrMany(subjectSchema).optional(),
      /** The person's known age lies within these years (「0-5」: a preschool child). */
      age: agesSchema.optional(),
      /** The resident asked for this: phone advice, or not giving their name or address. */
      prefers: oneOrMany(z.enum(PREFERENCES)).optional(),
      /** What the resident wants to do (volunteer: help or start an activity in the community). */
      purpose: oneOrMany(
        z.enum(PURPOSES),
        `purpose に書けるのは ${PURPOSES.join('・')} です（例: when: { purpose: volunteer }）`,
      ).optional(),
    })
    .refine((w) => Object.values(w).some((v) => v !== undefined), {
      message: 'when には age_group・subject・age・prefers・purpose のどれかを書いてください',
    }),
  candidates: candidatesSchema.min(1),
})

export type Variant = z.output<typeof variantSchema>
export const concernRuleSchema = z.strictObject({
  /** Used in reasons: 「{ward}にお住まいで、{label}のご相談のため」. */
  label: z.string().min(1),
  /** Shown first on every route for this concern (189 for child abuse). */
  first: candidatesSchema.optional(),
  /** Shown first when the resident says there is danger now (110). */
  urgent_first: candidatesSchema.optional(),
  candidates: candidatesSchema.min(1),
  variants: z.array(variantSchema).optional(),
  /**
   * This ward only: residents of the ward get this list instead of `candidates` (a variant that
   * matches the resident still comes first: it says who the person is, this says where they live).
   */
  by_ward: z.partialRecord(wardSchema, candidatesSchema.min(1)).optional(),
  /** Added when the first office is closed now or its hours are unknown: lines open at night. */
  when_closed: candidatesSchema.optional(),
})
export type ConcernRule = z.output<typeof concernRuleSchema>

const crisisKindSchema = z.enum(CRISIS_KINDS)

export const routingFileSchema = z.strictObject({
  city: z.string().min(1),
  /** How many cards at most before the closed-now lines and the fallback are added. */
  max_cards: z.number().int().min(1).max(8),
  /** Always reachable city lines, added when no card above carries a verified phone. */
  fallback: candidatesSchema.min(1),
  /** Lines for someone outside the city when no national line fits the concern. */
  out_of_area: candidatesSchema.min(1),
  crisis: z.partialRecord(crisisKindSchema, candidatesSchema.min(1)).superRefine((c, ctx) => {
    for (const k of crisisKindSchema.options)
      if (!(k in c)) ctx.addIssue({ code: 'custom', path: [k], message: `${k} の窓口が書かれていません` })
  }),
  concerns: z.partialRecord(concernSchema, concernRuleSchema).superRefine((c, ctx) => {
    for (const k of concernSchema.options)
      if (!(k in c)) ctx.addIssue({ code: 'custom', path: [k], message: `${k} のルールが書かれていません` })
  }),
})
export type RoutingFile = z.output<typeof routingFileSchema>
