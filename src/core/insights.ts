import { z } from 'zod'
import type { ChannelId } from './conversation.ts'
import { RESIDENT_LANGUAGES } from './language.ts'
import { ageGroupIds, agencyKinds, concernIds, subjectIds, wardIds } from './taxonomy.ts'

// Demand insights (issue 15): anonymous counters, never logs. A finished turn adds 1 to a few cells of
// two-way tables (ward × concern, concern × time band …), each cell keyed by a day and two values from
// the closed lists below. Nothing else is stored: no text, no session or LINE id, no time finer than a
// day and a time band. One contract, a small implementation per runtime (src/insights/store/): memory
// (persisted beside the console's data on Node), Redis, Upstash. Every one passes
// tests/insights/store-contract.ts. The privacy note is docs/insights-privacy.md.

/** When a message was written, in Japan: office hours are weekdays 8:30–17:00. */
export const timeBands = ['weekday_day', 'evening', 'night', 'holiday'] as const
export type TimeBand = (typeof timeBands)[number]

/** What a turn came to. `left` is never counted per turn: it is conversations opened minus answered. */
export const outcomes = ['routed', 'urgent', 'crisis', 'clarify', 'no_match', 'out_of_area', 'human'] as const
export type Outcome = (typeof outcomes)[number]

/** Outcomes that answer a consultation (the resident got numbers to call or the crisis lines). */
export const answeringOutcomes: readonly Outcome[] = [
  'routed',
  'urgent',
  'crisis',
  'no_match',
  'out_of_area',
  'human',
]

export const feedbackAnswers = ['yes', 'no'] as const
export type FeedbackAnswer = (typeof feedbackAnswers)[number]

export const channelIds = [
  'web',
  'line',
  'botframework',
  'api',
  'cli',
] as const satisfies readonly ChannelId[]
export const conversationEvents = ['opened', 'answered'] as const

/** Every dimension and its closed list of values: a counter key can hold nothing else. */
export const dimensions = {
  ward: [...wardIds, 'unknown', 'outside'],
  concern: [...concernIds, 'none'],
  concern2: [...concernIds, 'none'],
  band: timeBands,
  subject: [...subjectIds, 'unknown'],
  age: [...ageGroupIds, 'unknown'],
  channel: channelIds,
  language: RESIDENT_LANGUAGES,
  outcome: outcomes,
  kind: [...agencyKinds, 'none'],
  feedback: feedbackAnswers,
  event: conversationEvents,
} as const satisfies Record<string, readonly string[]>
export type Dimension = keyof typeof dimensions

/**
 * The two-way tables kept, each with the turns it counts. Two dimensions per table (and the day), never
 * a full cross-product, so no cell is a description of one person.
 */
export const insightTables = {
  ward_concern: { dims: ['ward', 'concern'], counts: 'answers' },
  concern_band: { dims: ['concern', 'band'], counts: 'answers' },
  ward_band: { dims: ['ward', 'band'], counts: 'answers' },
  concern_concern2: { dims: ['concern', 'concern2'], counts: 'answers' },
  concern_subject: { dims: ['concern', 'subject'], counts: 'answers' },
  concern_age: { dims: ['concern', 'age'], counts: 'answers' },
  channel_language: { dims: ['channel', 'language'], counts: 'answers' },
  concern_outcome: { dims: ['concern', 'outcome'], counts: 'outcomes' },
  ward_outcome: { dims: ['ward', 'outcome'], counts: 'outcomes' },
  concern_kind: { dims: ['concern', 'kind'], counts: 'routes' },
  unmet: { dims: ['ward', 'concern'], counts: 'unmet routes' },
  concern_feedback: { dims: ['concern', 'feedback'], counts: 'feedback' },
  ward_feedback: { dims: ['ward', 'feedback'], counts: 'feedback' },
  conversations: { dims: ['channel', 'event'], counts: 'conversations' },
} as const satisfies Record<string, { dims: readonly [Dimension, Dimension]; counts: string }>
export type InsightTable = keyof typeof insightTables
export const insightTableIds = Object.keys(insightTables) as InsightTable[]

const day = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/)

/** One counter cell: a table, a day (Japan), and its two values. */
export const counterCellSchema = z
  .object({
    table: z.enum(insightTableIds as [InsightTable, ...InsightTable[]]),
    day,
    a: z.string().regex(/^[a-z_-]{1,40}$/i),
    b: z.string().regex(/^[a-z_-]{1,40}$/i),
  })
  .strict()
  .refine((c) => {
    const [da, db] = insightTables[c.table].dims
    return (
      (dimensions[da] as readonly string[]).includes(c.a) &&
      (dimensions[db] as readonly string[]).includes(c.b)
    )
  }, 'a value outside the dimension’s list')
export type CounterCell = z.infer<typeof counterCellSchema>

export interface CounterValue extends CounterCell {
  count: number
}

/** The facts of one finished turn that counters are made from: labels only, never words or ids. */
export interface TurnFacts {
  /** YYYY-MM-DD in Japan. */
  day: string
  band: TimeBand
  channel: ChannelId
  language: (typeof RESIDENT_LANGUAGES)[number]
  ward: (typeof dimensions.ward)[number]
  concern: (typeof dimensions.concern)[number]
  concern2: (typeof dimensions.concern2)[number]
  subject: (typeof dimensions.subject)[number]
  age: (typeof dimensions.age)[number]
  /** null: a turn that neither answered nor asked back (a greeting, the menu, a ward question). */
  outcome: Outcome | null
  /** The kind of the first agency shown by a route; 'none' otherwise. */
  kind: (typeof dimensions.kind)[number]
  /** A route that ended at the city's or a ward office's general line for want of a desk of its own. */
  unmet: boolean
  /** This turn opened a conversation (a new session or the widget's start). */
  opened: boolean
  /** This turn gave the conversation its first answer. */
  answered: boolean
  feedback: FeedbackAnswer | null
}

/** The port the conversation core counts through. The runtime injects an InsightsStore (or nothing). */
export interface InsightsCounter {
  /** Adds 1 to each cell, all or none (one transaction). */
  add(cells: CounterCell[]): Promise<void>
}

export interface InsightsStore extends InsightsCounter {
  readonly name: string
  /** Months kept (default 25: a year compared with the year before, and the current month). */
  readonly retentionMonths: number
  /** Every non-zero cell with a day in [from, to] (YYYY-MM-DD, inclusive) and within retention. */
  read(from: string, to: string): Promise<CounterValue[]>
  /** Writes pending data (the memory store's file) and lets go of connections. */
  close?(): Promise<void>
}

/** 25 months unless configured: INSIGHTS_RETENTION_MONTHS. */
export const DEFAULT_RETENTION_MONTHS = 25
