import { z } from 'zod'
import { concernSchema } from '../core/taxonomy.ts'

// The staff-edited flow files (flows/*.yaml). Every field carries a description: it becomes the hover
// text staff see in their editor through flows/schema.json.

const nodeId = z
  .string()
  .regex(/^[a-z][a-z0-9_]*$/, 'use lower-case letters, digits and _ (e.g. ask_ward)')
  .describe('The id of another node in flows/*.yaml')

/** Slots the engine knows. Custom slots are declared under `slots:` in main.yaml. */
export const builtinSlots = [
  'concern',
  'ward',
  'town',
  'subject',
  'subject_named',
  'age_group',
  'age',
] as const

export const parserIds = ['ward', 'yes_no', 'age', 'subject', 'free_text', 'choice'] as const
export const parserSchema = z
  .enum(parserIds)
  .describe('How the answer is read: ward, yes_no, age, subject, free_text (keeps only the topic), choice')

const text = z.string().min(1).describe('What the resident reads (です・ます, short and kind)')

const choiceOption = z
  .object({
    label: z.string().min(1).max(20).describe('Button text (LINE cuts labels at 20 characters)'),
    value: z.string().regex(/^[a-z0-9_]+$/, 'use lower-case ascii, digits and _'),
  })
  .strict()

export const messageNodeSchema = z
  .object({ type: z.literal('message'), text, next: nodeId })
  .strict()
  .describe('Say something, then go on')

export const askNodeSchema = z
  .object({
    type: z.literal('ask'),
    text,
    slot: z.string().describe('Where the answer goes (a built-in slot or one declared under slots:)'),
    parser: parserSchema,
    choices: z.array(choiceOption).optional().describe('Buttons; required for parser: choice'),
    skip_if_filled: z.boolean().default(true).describe('Do not ask when the slot is already known'),
    next: nodeId,
  })
  .strict()
  .describe('Ask one question and store the answer in a slot')

export const classifyNodeSchema = z
  .object({
    type: z.literal('classify'),
    text: text.describe('The question shown with the menu when the concern is not known yet'),
    threshold: z.number().min(0).max(1).optional().describe('Below this confidence, ask with candidates'),
    choices: z
      .array(z.object({ label: z.string().min(1).max(20), concern: concernSchema }).strict())
      .optional()
      .describe('Buttons shown with text (a sub-menu); without them the main menu is shown'),
    branches: z.partialRecord(concernSchema, nodeId).describe('concern id → node'),
    default: nodeId.describe('Where concerns without a branch go'),
  })
  .strict()
  .describe('Work out the concern and branch on it')

const conditionValue = z.union([
  z.string(),
  z.number(),
  z.boolean(),
  z.array(z.union([z.string(), z.number()])),
])

export const switchNodeSchema = z
  .object({
    type: z.literal('switch'),
    cases: z
      .array(
        z
          .object({
            when: z
              .record(z.string(), conditionValue)
              .describe('slot → value or list of values; "$missing" / "$present" test whether it is known'),
            next: nodeId,
          })
          .strict(),
      )
      .min(1),
    default: nodeId,
  })
  .strict()
  .describe('Branch on slots: the first case whose conditions all hold wins')

export const routeNodeSchema = z
  .object({
    type: z.literal('route'),
    text: text.optional().describe('A line before the agency cards; {ward} and {concern} are filled in'),
    concern: concernSchema.optional().describe('Route as this concern instead of the concern slot'),
    add: z
      .array(z.object({ id: z.string(), reason: z.string().min(1) }).strict())
      .optional()
      .describe('Extra agencies (directory ids) shown after the routed ones'),
    next: nodeId,
  })
  .strict()
  .describe('Look up the right places in the directory and show them as cards')

export const handoffNodeSchema = z
  .object({
    type: z.literal('handoff'),
    text,
    concern: concernSchema.optional(),
    next: nodeId.optional(),
  })
  .strict()
  .describe('Offer a person to talk to: the right phone and hours (24-hour lines after hours)')

export const endNodeSchema = z
  .object({ type: z.literal('end'), text })
  .strict()
  .describe('Close this topic; a new message starts again at resume')

export const flowNodeSchema = z.discriminatedUnion('type', [
  messageNodeSchema,
  askNodeSchema,
  classifyNodeSchema,
  switchNodeSchema,
  routeNodeSchema,
  handoffNodeSchema,
  endNodeSchema,
])
export type FlowNode = z.infer<typeof flowNodeSchema>
export type NodeOf<T extends FlowNode['type']> = Extract<FlowNode, { type: T }>

const menuItem = z.union([
  z.object({ label: z.string().min(1).max(20), concern: concernSchema }).strict(),
  z.object({ label: z.string().min(1).max(20), goto: nodeId }).strict(),
])

export const settingsSchema = z
  .object({
    confidence_threshold: z.number().min(0).max(1).default(0.5),
    max_candidates: z.number().int().min(1).max(5).default(3),
    misses_before_menu: z.number().int().min(1).max(5).default(2),
    priority: z
      .array(concernSchema)
      .describe('Most pressing first: with two concerns, the earlier is handled'),
    switch_confidence: z
      .number()
      .min(0)
      .max(1)
      .default(0.8)
      .describe(
        'While a question is open, a new concern this sure is followed at once; a less sure one is asked about first',
      ),
    answer_switch_confidence: z
      .number()
      .min(0)
      .max(1)
      .default(0.95)
      .describe(
        'A message that also answers (whom it is about, an age, how someone lives) leaves an open question for a new concern only this sure; at least switch_confidence',
      ),
    candidate_floor: z
      .number()
      .min(0)
      .max(1)
      .default(0.12)
      .describe('A guess below this score (or below 40% of the best) is never offered as a choice'),
    lead_pairs: z
      .array(z.object({ lead: concernSchema, over: concernSchema }).strict())
      .default([])
      .describe(
        'When both are read, `lead` is handled first whatever the priority (a parent worn out by a toddler: 子育て before こころ)',
      ),
    related: z
      .array(z.tuple([concernSchema, concernSchema]))
      .default([])
      .describe(
        'Concerns close to each other (ひきこもり and 不登校・若者): one read while a question about the other is open does not leave it; it is offered after',
      ),
  })
  .strict()
  // An answer needs a clearer new worry than a plain message to leave a question, never a vaguer one.
  .superRefine((s, ctx) => {
    if (s.answer_switch_confidence < s.switch_confidence)
      ctx.addIssue({
        code: 'custom',
        path: ['answer_switch_confidence'],
        message: `switch_confidence（${s.switch_confidence}）以上の値にしてください。答えを含むメッセージは、ふつうの切り替えよりはっきりしているときだけ別の相談に移ります`,
      })
  })

export const handlersSchema = z
  .object({
    crisis: z
      .object({
        suicide: text,
        self_harm: text,
        medical: text,
        overdose: text,
        violence: text,
        missing_person: text,
        third_party: text,
        disaster: text,
        after: text.describe('After the lines: that we are still here'),
        // Optional: it came after staff had published versions, and a key every stored version lacks would
        // make all of them invalid on deploy (served from the repo instead: the staff's edits gone).
        again: text
          .optional()
          .describe(
            'Said again before the same lines when the next message only adds when, where or who (「今です。家の台所で」); without it, the kind’s own text is said again',
          ),
      })
      .strict(),
    safety: z
      .object({
        question: text.describe(
          'Asked when a message suggests danger but does not say it; a 24-hour line is shown with it',
        ),
        yes: z.string().min(1).max(20),
        no: z.string().min(1).max(20),
        unsure: z.string().min(1).max(20),
        after_no: text.describe('Said when the resident answers that they are not in danger now'),
        after_story: text
          .describe(
            'Said when the resident tells, after the crisis lines or the safety question, that it was a story or a joke; without it, after_no is said',
          )
          .optional(),
      })
      .strict(),
    restart: text,
    human: text,
    after_hours: text.describe(
      'Said instead of `human` outside weekday daytime or when the lines are closed: who is unlikely to answer, and what to do instead',
    ),
    emergency: text
      .describe('The 緊急のとき button: said before 119, 110 and the 24-hour lines')
      .default(
        '命にかかわるとき、いま危険なときは、すぐに電話してください。つらい気持ちは24時間いつでも聞いてもらえます。',
      ),
    find_desk: text
      .describe('The 窓口を探す button: asks what the resident needs a desk for, with the menu')
      .default('どのようなことの相談窓口をお探しですか？近いものを選ぶか、そのままお書きください。'),
    language: text
      .describe('The やさしい日本語/Language button: how to write to the bot, in easy Japanese and English')
      .default(
        'やさしい にほんご で だいじょうぶ です。みじかい ぶん で かいて ください。\nThis service answers in Japanese. Please write short, simple sentences, or choose from the menu below.',
      ),
    thanks: text,
    greeting: text,
    out_of_area: text.describe('{city} and {place} are filled in'),
    no_match: text,
    retry: text.describe('Said before asking the same question again'),
    low_confidence: text.describe('Asked with the top candidates as choices'),
    other_choice: z.string().min(1).max(20).describe('The 「それ以外」 choice'),
    ambiguous_ward: text.describe('{place} and {wards} are filled in'),
    located_ward: text
      .describe(
        'Said when a shared location sets the ward (nearest ward office, so it can be off near a border); {ward} is filled in',
      )
      .default('位置情報から{ward}とみられます。違う場合は、お住まいの区をお書きください。'),
    also_offer: text.describe('Offer the second concern; {concern} is filled in'),
    ward_refused: text
      .describe('Said when the resident will not give their ward: what they get instead, and why we asked')
      .default(
        'わかりました。区を伺わなくても相談できる、市全体と全国の窓口をご案内します（区をおたずねしたのは、お住まいの地域の担当窓口をご案内するためでした）。',
      ),
    noted: text
      .describe('Said when the resident told something else than the question asked; the question follows')
      .default('教えてくださってありがとうございます。'),
    ward_noted: text
      .describe(
        'Said when a ward is given while choices are on screen; {ward} is filled in, the choices follow',
      )
      .default('{ward}ですね。ありがとうございます。'),
    confirm_switch: text
      .describe('While a question is open, asks whether a new worry was meant; {concern} is filled in')
      .default('{concern}についてのご相談でしょうか？'),
    confirm_yes: z.string().min(1).max(20).default('はい、そのことです'),
    confirm_no: z.string().min(1).max(20).default('いいえ、質問に答えます'),
    best_guess: text
      .describe(
        'Said when the resident wrote twice instead of tapping a choice: the bot goes on with the likeliest concern; {concern} is filled in',
      )
      .default('{concern}のご相談として、ご案内します。違うときは「違います」とお書きください。'),
    corrected: text
      .describe('Said when the resident says the bot misread them, before the corrected route or choices')
      .default('失礼しました。'),
    goodbye: text
      .describe('Said to thanks or goodbye after an answer: kind, and never a new concern')
      .default(
        'こちらこそ、ありがとうございました。どうぞお大事になさってください。またいつでもお書きください。',
      ),
    after_urgent: text
      .describe(
        'After an urgent answer, how the conversation goes on with the underlying concern; {concern} is filled in',
      )
      .default('落ち着いたら、{concern}の相談先もご案内します。お住まいの区を教えていただけますか？'),
    no_thanks: z.string().min(1).max(20),
    feedback: z
      .object({
        question: text.describe(
          'Asked once at the end of a conversation, after the numbers (one tap; only the counts are kept)',
        ),
        yes: z.string().min(1).max(20),
        no: z.string().min(1).max(20),
        thanks: text.describe('Said after the resident taps an answer'),
      })
      .strict()
      .default({
        question: 'このご案内は、お役に立ちましたか？',
        yes: 'はい',
        no: 'いいえ',
        thanks: 'お答えくださって、ありがとうございました。',
      }),
    closing: text,
    unsupported: text,
    too_long: text,
  })
  .strict()

export const flowFileSchema = z
  .object({
    description: z.string().optional(),
    start: nodeId.optional().describe('Where a new conversation (or 「最初から」) begins'),
    resume: nodeId.optional().describe('Where a message goes when nothing is being asked (a classify node)'),
    settings: settingsSchema.optional(),
    handlers: handlersSchema.optional(),
    menu: z.array(menuItem).min(1).max(13).optional().describe('The concern menu, in plain words'),
    concern_names: z.partialRecord(concernSchema, z.string()).optional().describe('How {concern} reads'),
    slots: z
      .record(z.string().regex(/^[a-z][a-z0-9_]*$/), z.enum(['yes_no', 'free_text', 'choice']))
      .optional()
      .describe('Custom slots: name → kind'),
    nodes: z.record(z.string().regex(/^[a-z][a-z0-9_]*$/), flowNodeSchema).default({}),
  })
  .strict()
export type FlowFile = z.infer<typeof flowFileSchema>
export type FlowSettings = z.infer<typeof settingsSchema>
export type FlowHandlers = z.infer<typeof handlersSchema>
export type MenuItem = z.infer<typeof menuItem>
