import { z } from 'zod'
import { residentLanguageSchema } from '../core/language.ts'
import { CRISIS_KINDS, CRISIS_LANGUAGES } from '../core/nlu.ts'
import { concernSchema, wardSchema } from '../core/taxonomy.ts'

// What a session keeps between turns: position and derived slot values. Never the resident's text:
// free-text answers are stored as the topic label they were read as.

const slotValue = z.union([z.string().max(100), z.number(), z.boolean()])

/** The most cue ids a session keeps for the danger suggested across turns (handlers.ts keeps the newest). */
export const MAX_RISK_CUES = 12

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
        cues: z.array(z.string().max(60)).max(MAX_RISK_CUES),
        /** The safety question is on screen. */
        asked: z.boolean(),
        kind: z.enum(CRISIS_KINDS),
        lang: z.enum(CRISIS_LANGUAGES).optional(),
        /**
         * The worry the asked message carried besides the danger (a label, never words): the answer 'no' goes on
         * with it rather than to the menu. Optional, so sessions stored before it still read.
         */
        concern: concernSchema.optional(),
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
