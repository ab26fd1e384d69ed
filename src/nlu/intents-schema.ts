import { z } from 'zod'
import { residentLanguageSchema } from '../core/language.ts'
import { labelSchema } from '../core/taxonomy.ts'

// One file per label in intents/<label>.yaml, edited by staff. Loaded and validated by the model build
// and by `npm run eval`; errors print as `intents/dementia.yaml › examples.3: message`.

const phraseSchema = z.object({
  /** A word or phrase that strongly signals this label (matched on normalized text). */
  text: z.string().min(1),
  /** How strongly, 0.5 (a hint) to 3 (near-certain). */
  weight: z.number().min(0.1).max(5).default(1),
  /** Set on the other languages' phrases (intents/phrases/<lang>.yaml) when they are merged; Japanese has none. */
  lang: residentLanguageSchema.optional(),
})

const counterExampleSchema = z.object({
  text: z.string().min(1),
  /** What it should be instead, when it is something (`other`, `elderly_care`...); null if just "not this". */
  expected: labelSchema.nullable().default(null),
  /** Why it must not match, for the next staff member. */
  why: z.string().optional(),
})

export const intentFileSchema = z
  .object({
    label: labelSchema,
    /** For staff: what belongs here and what does not. */
    description: z.string().min(1),
    examples: z.array(z.string().min(1)).min(1),
    phrases: z.array(phraseSchema).default([]),
    counter_examples: z.array(counterExampleSchema).default([]),
  })
  .strict()
export type IntentFile = z.infer<typeof intentFileSchema>

const corpusExampleSchema = z.object({ text: z.string().min(1), lang: residentLanguageSchema }).strict()

/**
 * A large set of examples for one label written by one author (intents/corpus/<label>/<author>.yaml),
 * kept apart from the staff file so the staff file stays readable. Trained on like `examples`.
 */
export const intentCorpusFileSchema = z
  .object({
    label: labelSchema,
    /** Who wrote it, and as whom: independent authors, each writing without seeing the others. */
    author: z.string().min(1),
    persona: z.string().min(1),
    /**
     * A plain string, or `{ text, lang }` when the file mixes languages (the foreign residents' sets):
     * the language is kept so that evaluation can report each language on its own.
     */
    examples: z.array(z.union([z.string().min(1), corpusExampleSchema])).min(1),
    /** Examples that share words with another label but belong here (documentation for staff). */
    traps: z.array(z.object({ text: z.string().min(1), looks_like: labelSchema }).strict()).default([]),
  })
  .strict()
export type IntentCorpusFile = z.infer<typeof intentCorpusFileSchema>

/** The head of a file of words in one language: its language and how strongly one word counts. */
const wordFileHead = (weight: number) => ({
  lang: residentLanguageSchema,
  /** How strongly one word counts (as `phrases[].weight` in a label file). */
  weight: z.number().min(0.1).max(5).default(weight),
})

/**
 * intents/phrases/<lang>.yaml: words that signal a label in another language (「demencia」「치매」「家暴」),
 * added to that label's phrases. Latin-script phrases match whole words, without diacritics; Chinese is
 * written in Simplified characters (Traditional text is folded to Simplified before matching).
 */
export const intentPhrasesFileSchema = z
  .object({ ...wordFileHead(2), phrases: z.partialRecord(labelSchema, z.array(z.string().min(1))) })
  .strict()
export type IntentPhrasesFile = z.infer<typeof intentPhrasesFileSchema>

/**
 * intents/concepts/<lang>.yaml: the words of a concept in one language — who the worry is about (a
 * child, an old person, a partner), money or a place to live, a disability or old age. Unlike a
 * phrase, a concept belongs to no label: each word found adds the concept's one feature (`p:@child`),
 * shared by every language, and the classifier learns what the concept says next to the other words
 * (「kid」 and 「子ども」 meet where Japanese data taught the model about children). The concept names
 * are those of ja.yaml; Latin words match whole words without diacritics, Chinese is written
 * Simplified, and Japanese kanji words also match their reading in kana (「子供」 → こども).
 */
export const conceptIdSchema = z.string().regex(/^[a-z][a-z_]*$/, '概念の名前は英小文字と _ で書きます')
export const conceptsFileSchema = z
  .object({ ...wordFileHead(1), concepts: z.record(conceptIdSchema, z.array(z.string().min(1))) })
  .strict()
export type ConceptsFile = z.infer<typeof conceptsFileSchema>
