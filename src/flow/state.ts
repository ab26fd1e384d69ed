import { z } from 'zod'
import { residentLanguageSchema } from '../core/language.ts'
import { CRISIS_KINDS, CRISIS_LANGUAGES } from '../core/nlu.ts'
import { concernSchema, wardSchema } from '../core/taxonomy.ts'

// What a session keeps between turns: position and derived slot values. Never the resident's text:
// free-text answers are stored as the topic label they were read as.

const slotValue = z.union([z.string().max(100), z.number(), z.boolean()])

export const flowStateSchema = z
  .object({
    v: z.literal(1),
    /** The node waiting for an answer, or null when nothing is being asked. */
    node: z.string().nullable(),
    slots: z.record(z.string(), slotValue),
    /** Misses in a row at the current question. */
    misses: z.number().int().min(0),
    /** Concerns the resident also mentioned, offered after the current one. */
    pending: z.array(concernSchema),
    /** Concern candidates offered after a low-confidence reading. */
    candidates: z.array(concernSchema),
    /** The wards an ambiguous town (梶ケ谷) could be in, until the resident says which. */
    wards: z.array(wardSchema),
    /** True while the classify node is offering the pending concern. */
    offering: z.boolean(),
    /** Concerns the resident said were wrong (「そうじゃなくて」): not offered or chosen again this topic. */
    excluded: z.array(concernSchema).optional(),
    /**
     * Concerns read in another language too faintly to offer (under the foreign floor) while no worry
     * is settled yet: kept so that a later message giving only a place, or nothing new, gets them as
     * choices or as the best guess instead of the whole menu again. Labels only, likeliest first.
     */
    leaning: z.array(concernSchema).max(3).optional(),
    /**
     * The crisis lines were the last answer (their kind and language): a next message that only adds when,
     * where or who gets them again (src/flow/handlers.ts). Cleared by any other turn.
     */
    crisis: z
      .object({ kind: z.enum(CRISIS_KINDS), lang: z.enum(CRISIS_LANGUAGES).optional() })
      .strict()
      .optional(),
    /** A new concern read while a question was open, waiting for the resident to confirm it. */
    confirm: concernSchema.optional(),
    turns: z.number().int().min(0),
    /**
     * The conversation has had an answer (numbers to call, the crisis lines). Set by the conversation
     * core for the insights' 「回答前に離脱」 (opened minus answered); a flag, never what was answered.
     */
    answered: z.boolean().optional(),
    /** The language the resident is answered in; absent means Japanese (sessions from before it). */
    lang: residentLanguageSchema.optional(),
    /**
     * Context cue ids of weight 0 (low mood, a bare goodbye: crisis11), never words, kept apart from `risk`
     * so that they suggest no danger to the flow (classify.ts reads any `risk` as danger suggested) until a
     * later turn completes them. Optional, so sessions stored before it still read.
     */
    context: z.array(z.string().max(60)).max(6).optional(),
    /**
     * Danger suggested but not said, added up across turns: cue ids and a score, never words. Optional,
     * so sessions stored before it existed still read.
     */
    risk: z
      .object({
        score: z.number().min(0).max(100),
        cues: z.array(z.string().max(60)).max(12),
        /** The safety question is on screen. */
        asked: z.boolean(),
        kind: z.enum(CRISIS_KINDS),
        lang: z.enum(CRISIS_LANGUAGES).optional(),
      })
      .strict()
      .optional(),
  })
  .strict()
export type FlowState = z.infer<typeof flowStateSchema>

export const initialState = (): FlowState => ({
  v: 1,
  node: null,
  slots: {},
  misses: 0,
  pending: [],
  candidates: [],
  wards: [],
  offering: false,
  turns: 0,
})

// Reading a stored state every turn: zod's parse allocated ~5 KB a turn (a fifth of what the conversation
// core allocates, measured with turn-ab's AB_HEAP_PROFILE) to copy a state this service wrote itself. The
// check below reads the same rules by hand and keeps the object JSON.parse made, rebuilt only when its keys
// are not in the schema's order; whatever it does not accept for certain (an unknown key, a wrong type, a
// value past a bound, an object not plain) goes to zod, which decides and says why. So it never accepts what
// zod refuses, and what it accepts is what zod would return, key for key in the same order
// (tests/flow/state-read.test.ts checks both against zod).

const concerns = new Set<string>(concernSchema.options)
const wards = new Set<string>(wardSchema.options)
const residentLanguages = new Set<string>(residentLanguageSchema.options)
const crisisKinds = new Set<string>(CRISIS_KINDS)
const crisisLanguages = new Set<string>(CRISIS_LANGUAGES)

/** The keys as zod returns them: the schema's order. */
export const FLOW_STATE_KEYS = Object.keys(flowStateSchema.shape) as (keyof FlowState)[]
const REQUIRED = new Set(
  FLOW_STATE_KEYS.filter((k) => !flowStateSchema.shape[k].safeParse(undefined).success),
)
const CRISIS_KEYS = ['kind', 'lang'] as const
const RISK_KEYS = ['score', 'cues', 'asked', 'kind', 'lang'] as const
const position = new Map<string, number>(FLOW_STATE_KEYS.map((k, i) => [k, i]))

const isPlain = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && Object.getPrototypeOf(v) === Object.prototype
const count = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 0
const listOf = (v: unknown, ok: (x: unknown) => boolean, max = Infinity): boolean => {
  if (!Array.isArray(v) || Object.getPrototypeOf(v) !== Array.prototype || v.length > max) return false
  for (let i = 0; i < v.length; i++) if (!(i in v) || !ok(v[i])) return false
  return true
}
const inSet = (set: Set<string>) => (x: unknown) => typeof x === 'string' && set.has(x)
const isConcernId = inSet(concerns)
const shortText = (max: number) => (x: unknown) => typeof x === 'string' && x.length <= max
const cueText = shortText(60)

const slotsOk = (v: unknown): boolean => {
  if (!isPlain(v)) return false
  for (const key in v) {
    if (key === '__proto__' || !Object.hasOwn(v, key)) return false
    const x = v[key]
    const ok =
      typeof x === 'string'
        ? x.length <= 100
        : typeof x === 'number'
          ? Number.isFinite(x)
          : typeof x === 'boolean'
    if (!ok) return false
  }
  return true
}

/**
 * A strict nested object whose keys are all known and valid; `inOrder` false when its keys are not in
 * `keys`' order (then a copy in that order is what zod returns). null: not certainly valid.
 */
const nested = (
  v: unknown,
  keys: readonly string[],
  required: readonly string[],
  ok: (key: string, x: unknown) => boolean,
): { inOrder: boolean } | null => {
  if (!isPlain(v)) return null
  let last = -1
  let inOrder = true
  for (const key in v) {
    const at = keys.indexOf(key)
    if (at < 0 || !Object.hasOwn(v, key) || !ok(key, v[key])) return null
    if (at < last) inOrder = false
    last = at
  }
  for (const key of required) if (!Object.hasOwn(v, key)) return null
  return { inOrder }
}

const ordered = (v: Record<string, unknown>, keys: readonly string[]) => {
  const out: Record<string, unknown> = {}
  for (const k of keys) if (k in v) out[k] = v[k]
  return out
}

const crisisOk = (key: string, x: unknown) =>
  key === 'kind' ? crisisKinds.has(x as string) : crisisLanguages.has(x as string)
const riskOk = (key: string, x: unknown) => {
  switch (key) {
    case 'score':
      return typeof x === 'number' && x >= 0 && x <= 100
    case 'cues':
      return listOf(x, cueText, 12)
    case 'asked':
      return typeof x === 'boolean'
    default:
      return crisisOk(key, x)
  }
}

const fieldOk = (key: string, x: unknown): boolean => {
  switch (key) {
    case 'v':
      return x === 1
    case 'node':
      return x === null || typeof x === 'string'
    case 'slots':
      return slotsOk(x)
    case 'misses':
    case 'turns':
      return count(x)
    case 'pending':
    case 'candidates':
    case 'excluded':
      return listOf(x, isConcernId)
    case 'wards':
      return listOf(x, inSet(wards))
    case 'leaning':
      return listOf(x, isConcernId, 3)
    case 'offering':
    case 'answered':
      return typeof x === 'boolean'
    case 'confirm':
      return isConcernId(x)
    case 'lang':
      return residentLanguages.has(x as string)
    case 'context':
      return listOf(x, cueText, 6)
    default:
      return false
  }
}

/**
 * The state as the schema reads it, without zod when the stored value is certainly valid: the same
 * object zod's parse returns (keys in the schema's order, nothing dropped or added), or null when zod
 * refuses it. `crisis` and `risk` are checked as their strict schemas are.
 */
export const readFlowState = (data: unknown): FlowState | null => {
  const fast = trusted(data)
  if (fast) return fast
  const parsed = flowStateSchema.safeParse(data)
  return parsed.success ? parsed.data : null
}

const trusted = (data: unknown): FlowState | null => {
  if (!isPlain(data)) return null
  let last = -1
  let inOrder = true
  let required = 0
  let crisisInOrder = true
  let riskInOrder = true
  for (const key in data) {
    const at = position.get(key)
    if (at === undefined || !Object.hasOwn(data, key)) return null
    const x = data[key]
    if (key === 'crisis' || key === 'risk') {
      const check =
        key === 'crisis'
          ? nested(x, CRISIS_KEYS, ['kind'], crisisOk)
          : nested(x, RISK_KEYS, ['score', 'cues', 'asked', 'kind'], riskOk)
      if (!check) return null
      if (key === 'crisis') crisisInOrder = check.inOrder
      else riskInOrder = check.inOrder
    } else if (!fieldOk(key, x)) return null
    if (at < last) inOrder = false
    last = at
    if (REQUIRED.has(key as keyof FlowState)) required++
  }
  if (required !== REQUIRED.size) return null
  if (inOrder && crisisInOrder && riskInOrder) return data as FlowState
  const out = ordered(data, FLOW_STATE_KEYS)
  if (!crisisInOrder) out.crisis = ordered(data.crisis as Record<string, unknown>, CRISIS_KEYS)
  if (!riskInOrder) out.risk = ordered(data.risk as Record<string, unknown>, RISK_KEYS)
  return out as FlowState
}
