import { z } from 'zod'
import { agencyKindSchema, concernSchema, wardSchema } from '../core/taxonomy.ts'

// Schemas for data/<city>/*.yaml as the collection script wrote them. Objects are loose: the files carry
// many fields routing never reads (sources, facts_seen, gaps…) and staff may add more. What routing
// relies on is checked strictly: ids, kinds, serves, phone format, verified flags, hours_spec.

/** 044-744-3113, 0120-0-78310, #8008, 189 … as residents dial them. */
export const phoneSchema = z
  .string()
  .regex(
    /^(0\d{1,4}-\d{1,4}-\d{3,5}|#\d{4}|1\d{2})$/,
    '電話番号は 044-744-3113 のようにハイフン付きで、または #8008・189 の形で書いてください',
  )

const hhmmSchema = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, '時刻は 08:30 のように2桁:2桁で書いてください')
export const weekdayIds = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const
export const weekdaySchema = z.enum(weekdayIds)
export type Weekday = z.infer<typeof weekdaySchema>

const hoursWindowSchema = z
  .object({ days: z.array(weekdaySchema).min(1), open: hhmmSchema, close: hhmmSchema })
  .refine((w) => w.open < w.close, { message: 'open は close より前の時刻にしてください' })

/**
 * Opening hours a computer can judge, written only where the `hours` text states them.
 * A missing `closed_on_holidays` / `closed_new_year` means the source did not say: open-now is then
 * unknown (null) on such days rather than guessed.
 */
export const hoursSpecSchema = z.union([
  z.strictObject({ always: z.literal(true) }),
  z.strictObject({
    weekly: z.array(hoursWindowSchema).min(1),
    closed_on_holidays: z.boolean().optional(),
    closed_new_year: z.boolean().optional(),
  }),
])
export type HoursSpec = z.infer<typeof hoursSpecSchema>

/**
 * Another way to reach the same office: FAX, e-mail, a web form, a LINE account, or 電話リレーサービス
 * (for deaf and hard-of-hearing residents). Like a phone, it reaches residents only when `verified`
 * and its source is not another project's code; `label` is what residents read and must not be a
 * staff note.
 */
export const contactTypes = ['fax', 'email', 'web_form', 'line', 'relay'] as const
export const contactSchema = z
  .looseObject({
    type: z.enum(contactTypes),
    /** FAX number (044-200-3900) or e-mail address; null for a form or LINE reached by `url`. */
    value: z.string().min(1).nullable().optional(),
    /** The form, the LINE friend link, or the page that shows how to add the LINE account. */
    url: z
      .url({ protocol: /^https?$/ })
      .nullable()
      .optional(),
    /** What residents read next to it, e.g. 「友だち追加は市のページの二次元コードから」. */
    label: z.string().min(1).nullable().optional(),
    source: z.string().min(1),
    source_kind: z.string().min(1),
    as_of: z.union([z.string(), z.null()]).optional(),
    verified: z.boolean(),
  })
  .superRefine((c, ctx) => {
    if (c.type === 'fax' && !(c.value && phoneSchema.safeParse(c.value).success))
      ctx.addIssue({
        code: 'custom',
        path: ['value'],
        message: 'FAX は 044-200-3900 の形で value に書いてください',
      })
    if (c.type === 'email' && !(c.value && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(c.value)))
      ctx.addIssue({ code: 'custom', path: ['value'], message: 'メールアドレスを value に書いてください' })
    if ((c.type === 'web_form' || c.type === 'line') && !c.url)
      ctx.addIssue({ code: 'custom', path: ['url'], message: `${c.type} には url を書いてください` })
    if (c.type === 'relay' && !c.value && !c.url)
      ctx.addIssue({
        code: 'custom',
        path: ['value'],
        message: '電話リレーサービスには value（番号）か url を書いてください',
      })
  })
export type ContactRow = z.infer<typeof contactSchema>

/** Resident-facing fields next to the staff's provenance (`notes`, `hours_note`, `as_of`, `sources`). */
const residentFields = {
  /** Hours as residents read them. Provenance (「2016年開設時」) goes in `hours_note`, never here. */
  hours: z.string().nullable(),
  hours_note: z.string().nullable().optional(),
  /** One short, kind line for residents (「メールやチャットでも相談できます」). */
  note_for_residents: z.string().min(1).nullable().optional(),
  contacts: z.array(contactSchema).optional(),
}

const areaSchema = z.looseObject({
  scope: z.enum(['city', 'ward', 'wards', 'prefecture']),
  ward: wardSchema.optional(),
  wards: z.array(wardSchema).optional(),
  towns: z.array(z.string()).optional(),
})

export const sectionSchema = z.looseObject({
  id: z.string().min(1),
  name: z.string().min(1),
  phone: phoneSchema.nullable(),
  serves: z.array(concernSchema),
  verified: z.boolean(),
  source_kind: z.string().nullable().optional(),
  note_for_residents: residentFields.note_for_residents,
  contacts: residentFields.contacts,
})

const agencyFields = {
  id: z.string().regex(/^[a-z0-9-]+$/, 'id は半角英小文字・数字・ハイフンだけで書いてください'),
  name: z.string().min(1),
  kind: agencyKindSchema,
  phone: phoneSchema.nullable(),
  address: z.string().nullable(),
  ...residentFields,
  hours_spec: hoursSpecSchema.optional(),
  serves: z.array(concernSchema),
  area: areaSchema,
  urgent: z.boolean(),
  verified: z.boolean(),
  verified_fields: z.array(z.string()).optional(),
  source_kind: z.string().nullable().optional(),
  as_of: z.union([z.string(), z.null()]).optional(),
}

/**
 * `verified: true` says a number was read in a source: a row needs one (a `sources` entry with a URL,
 * or `source`) that is not another project's code. Without it the flag is refused, naming the field.
 */
const CODE_SOURCE = 'third_party_code'
export const needsSourceWhenVerified = (
  row: { verified: boolean; source?: unknown; sources?: unknown },
  ctx: z.RefinementCtx,
) => {
  if (!row.verified) return
  const listed = Array.isArray(row.sources)
    ? row.sources.some(
        (s) =>
          s &&
          typeof s === 'object' &&
          typeof s.url === 'string' &&
          /^https?:\/\//.test(s.url) &&
          s.kind !== CODE_SOURCE,
      )
    : false
  const single = typeof row.source === 'string' && /^https?:\/\//.test(row.source)
  if (!listed && !single)
    ctx.addIssue({
      code: 'custom',
      path: ['verified'],
      message:
        'verified: true には出典が必要です。番号が載っている公式ページの URL を sources に書くか（kind は third_party_code 以外）、verified を false にしてください',
    })
}

export const agencyRowSchema = z
  .looseObject({
    ...agencyFields,
    sections: z.array(sectionSchema).optional(),
  })
  .superRefine(needsSourceWhenVerified)
export type AgencyRow = z.infer<typeof agencyRowSchema>

export const agenciesFileSchema = z.looseObject({ agencies: z.array(agencyRowSchema).min(1) })

export const hotlineRowSchema = z
  .looseObject({
    id: agencyFields.id,
    name: z.string().min(1),
    kind: agencyKindSchema,
    number: phoneSchema.nullable(),
    ...residentFields,
    hours_spec: hoursSpecSchema.optional(),
    cost: z.string().nullable().optional(),
    serves: z.array(concernSchema),
    urgent: z.boolean(),
    scope: z.enum(['national', 'kanagawa', 'kawasaki']),
    verified: z.boolean(),
    /** 119/110: shown in a crisis even while `verified` is false (see the row's note). */
    national_emergency: z.boolean().optional(),
    source_kind: z.string().nullable().optional(),
  })
  .superRefine(needsSourceWhenVerified)
export type HotlineRow = z.infer<typeof hotlineRowSchema>
export const hotlinesFileSchema = z.looseObject({ hotlines: z.array(hotlineRowSchema).min(1) })

const townSchema = z.looseObject({ name: z.string().min(1), postal_code: z.string(), has_chome: z.boolean() })

export const wardRowSchema = z.looseObject({
  id: wardSchema,
  name: z.string().min(1),
  ward_office: z.looseObject({
    name: z.string().min(1),
    postal_code: z.string().nullable(),
    address: z.string().nullable(),
    phone_general: phoneSchema.nullable(),
    verified_fields: z.array(z.string()),
    hours: z.string().nullable().optional(),
    hours_note: residentFields.hours_note,
    note_for_residents: residentFields.note_for_residents,
    hours_spec: hoursSpecSchema.optional(),
    contacts: residentFields.contacts,
  }),
  mimamori_center: z.looseObject({ agency_id: z.string().min(1) }),
  towns: z.array(townSchema),
})
export type WardRow = z.infer<typeof wardRowSchema>
export const wardsFileSchema = z.looseObject({ wards: z.array(wardRowSchema).length(7) })

export const houkatsuCenterSchema = z.looseObject({
  id: z.string().min(1),
  kind: z.literal('houkatsu'),
  ward: wardSchema,
  phone: phoneSchema.nullable(),
  towns: z.array(z.string()).nullable(),
  chome_limits: z.record(z.string(), z.array(z.number().int().positive())).nullable().optional(),
  verified: z.boolean(),
})
export type HoukatsuCenter = z.infer<typeof houkatsuCenterSchema>
export const houkatsuFileSchema = z.looseObject({ centers: z.array(houkatsuCenterSchema) })

export const additionRowSchema = agencyRowSchema.extend({ adds_to: z.string().nullable() })
export type AdditionRow = z.infer<typeof additionRowSchema>
export const additionsFileSchema = z.looseObject({ additions: z.array(additionRowSchema) })

export const postalCodesFileSchema = z.looseObject({
  codes: z.record(
    z.string().regex(/^\d{3}-\d{4}$/, '郵便番号は 210-0001 の形で書いてください'),
    z.looseObject({ ward: wardSchema, town: z.string().nullable() }),
  ),
})
