import type { AgeGroup, Concern, Label, Subject, WardId } from './taxonomy.ts'

// The contract between the NLU (src/nlu) and the conversation core. The flow engine only reads this;
// it never tokenizes or classifies by itself.

export type CrisisKind =
  | 'suicide' // 死にたい, 消えたい, passive wishes to die included
  | 'self_harm' // self-harm with intent to die
  | 'medical' // someone collapsed, not breathing, bleeding; also a fire (the answer is 119 either way)
  | 'violence' // a weapon, being attacked now
  | 'missing_person' // a person with dementia, or a child, missing

export interface CrisisSignal {
  kind: CrisisKind
  /** Lexicon entry ids that fired, for staff review; never the resident's text. */
  matched: string[]
}

export interface ScoredLabel {
  label: Label
  /** Calibrated probability in [0, 1]; the ranked list sums to about 1. */
  score: number
}

export interface ExplainItem {
  /** A feature as staff read it: a base form (「物忘れ」) or a character n-gram (「にんち」). */
  feature: string
  label: Label
  weight: number
}

export interface WardEntity {
  /** A ward id, `outside` for a place beyond Kawasaki, or `ambiguous` for 梶ケ谷/野川-like names. */
  value: WardId | 'outside' | 'ambiguous'
  /** For `ambiguous`: the wards it could be. */
  candidates: WardId[]
  /** How it was found. */
  via: 'ward_name' | 'town' | 'station' | 'postal_code' | 'place_outside' | 'location'
  /** The matched place name as it stands in the data (a town, a ward, 横浜市...), safe to echo back. */
  place: string
}

export interface NluResult {
  /** Top label; `crisis` when the crisis layer fired, whatever the classifier says. */
  intent: Label
  confidence: number
  /** All labels the classifier scored, best first (excluding the crisis override). */
  ranked: ScoredLabel[]
  /** A second concern the message carries (「母の認知症のことと、自分の仕事のこと」). */
  also: Concern[]
  ward: WardEntity | null
  subject: Subject | null
  ageGroup: AgeGroup | null
  /** Age in years when stated (「85歳」). */
  age: number | null
  /** Violence or danger happening now. */
  urgent: boolean
  crisis: CrisisSignal | null
  /** Parsed yes/no for answers to yes/no questions (「はい」「いいえ」「違います」). */
  yesNo: boolean | null
  explain: ExplainItem[]
}

/** A ready analyzer. `analyze` is synchronous once the tokenizer is built. */
export interface Nlu {
  analyze(text: string): NluResult
}
