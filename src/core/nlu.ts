import type { CrisisLanguage, LanguageReading } from './language.ts'
import type { AgeGroup, Concern, Label, Subject, WardId } from './taxonomy.ts'

// The contract between the NLU (src/nlu) and the conversation core. The flow engine only reads this;
// it never tokenizes or classifies by itself.

export const CRISIS_KINDS = [
  'suicide', // 死にたい, 消えたい, passive wishes to die, plans and preparation
  'self_harm', // cutting, hurting oneself
  'medical', // a medical emergency, named or told by its symptoms (119)
  'overdose', // too many pills, a child who swallowed a battery or detergent, poisoning (119)
  'violence', // a weapon, being attacked now, hiding from an attacker (110)
  'missing_person', // a person with dementia, or a child, missing now (110)
  'third_party', // someone else in danger: a neighbour calling for help, not seen for days (119/110)
  'disaster', // a fire, a flood, trapped after an earthquake, a gas smell (119)
] as const
export type CrisisKind = (typeof CRISIS_KINDS)[number]

export { CRISIS_LANGUAGES, type CrisisLanguage } from './language.ts'

export interface CrisisSignal {
  kind: CrisisKind
  /** Rule and lexicon entry ids that fired, for staff review; never the resident's text. */
  matched: string[]
  /** The language the crisis was told in, so the answer can add a line in it. */
  lang?: CrisisLanguage
}

/**
 * Evidence short of a crisis (hopelessness, exhaustion, a means named without intent): the flow asks a
 * gentle safety question instead of guessing, and the session adds it up across turns.
 */
export interface RiskCues {
  /** 0 when nothing suggests danger; 1 alone is enough to ask; cues add up across turns. */
  score: number
  /** Cue ids, for staff review and the session (labels only). */
  cues: string[]
  lang?: CrisisLanguage
}

/**
 * A context cue (`low.*` low mood said mildly, `bye.*` a bare goodbye, `given.*` things given away, no
 * longer needed, or a move; `safe.*` the present said as safe, crisis16) weighs 0: it asks nothing alone, and
 * the session keeps its id so that a later turn can complete the situation (src/flow/handlers.ts; `safe.said`
 * is read in its own turn only, as the answer 'no' after the safety question).
 */
export const isContextCue = (id: string): boolean => /^(?:low|bye|given|safe)\./.test(id)

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

/** How the resident would like to be helped, when they say so (「電話で相談したい」「匿名で」). */
export const PREFERENCES = ['phone', 'anonymous'] as const
export type Preference = (typeof PREFERENCES)[number]

/**
 * What the resident wants to do, when it is not a worry of their own (「ボランティアをしたい」): routing.yaml's
 * `when: { purpose: … }` variants put the desk for it first (the 社協's ボランティアセンター).
 */
export const PURPOSES = ['volunteer'] as const
export type Purpose = (typeof PURPOSES)[number]

/** How the resident lives (「一人暮らしです」), an answer the flow may be waiting for. */
export type Living = 'alone' | 'family' | 'facility'

/**
 * What a message says as an answer to a question, whatever concern the classifier reads in it. The flow
 * reads this first while a question is open, so 「小3です」 is an age, not a new worry.
 */
export interface AnswerReading {
  /** 「言いたくない」「教えたくない」「それは言えません」: the resident will not say. */
  refusal: boolean
  /** The refusal is about where they live (「住所は言いたくない」「匿名で」), wherever it is said. */
  refusesPlace: boolean
  /** 「わからない」「知りません」. */
  unsure: boolean
  /** 「そうじゃなくて」「違います、〜のことです」: the bot's reading was wrong. */
  correction: boolean
  /** Only thanks or goodbye (「ありがとうございました」「助かりました、電話してみます」). */
  closing: boolean
  /**
   * Thanks ending with what the writer will now do, and no other worry word (「ありがとう、明日包括に電話して
   * みます」), or "I'll call them": a goodbye even when the plan's own words read as another concern.
   * Optional so older analyzers and test doubles need not say it.
   */
  closingPlan?: boolean
  prefers: Preference[]
  /** Optional so older analyzers and test doubles need not say it. */
  purposes?: Purpose[]
  living: Living | null
  /** Years, when an age, a decade (「40代」) or a school year (「小3」) is said. */
  ages: { min: number; max: number } | null
  /** Whom it is about, only when named (never the default 'self'). */
  subject: Subject | null
  /** The message names a place and little else (「Tama-ku」「미야마에구예요」): its other readings are the place's words. */
  placeOnly?: boolean
  /**
   * The message is a few words only (「我是永住者」「わたし と こども」「Sozinho, 38 anos」): too short to tell a
   * new worry surely, whatever the classifier leans to, so a follow-up keeps the worry in hand.
   */
  brief?: boolean
  /**
   * A city errand is named (garbage, a tax notice, registering an address, a residence card): the city's
   * call centre answers it unless a welfare worry is read clearly too (src/nlu/entities-errands.ts).
   */
  errand?: boolean
  /** The errand is registering an address after a move (「転入届」「전입신고」): housing's words, not a housing worry. */
  registersAddress?: boolean
  /** Violence is said not to happen (「폭력은 없어요」「他没打我」「暴力とかはないです」). */
  deniesViolence?: boolean
  /** An either/or question (「介護保険って使えるんですか？それとも障害のほう？」): which of two places fits. */
  asksWhich?: boolean
  /** A parent's own strain with a child, no harm said (「子どもを育てる自信がありません」「育児に疲れて限界」). */
  parentStrain?: boolean
  /** Only whom it is about (「me」「it's me」「夫です」「私です」): a person, no worry told (src/flow/readings.ts). */
  whomOnly?: boolean
  /** Someone hurt by their partner (「姉が旦那さんから叩かれてる」「형부한테 맞는」): partner violence (src/flow/readings.ts). */
  partnerHarm?: boolean
  /**
   * Only when, where or who (「今です。家の台所で」「right now, at home」「刚才，在家里」): right after the crisis
   * lines, the emergency told more (src/nlu/entities-circumstance.ts, src/flow/handlers.ts).
   */
  addsWhenWhere?: boolean
  /**
   * The reply asks how help is given rather than telling a worry (a home visit, an interpreter or a Japanese class,
   * at night or at the weekend, by phone or mail, free of charge, whether the family may ask, what to bring):
   * after an answer the worry in hand goes on (src/nlu/entities-how.ts, src/flow/nodes/classify.ts).
   */
  asksHow?: boolean
  /**
   * Only 'what do I do now?' or 'should I call an ambulance?' (「どうすれば」「what should I do」「o que eu faço」「怎么办」): right
   * after the crisis lines, the same lines again, not a worry guessed from the words (src/nlu/entities-how.ts,
   * src/flow/handlers.ts toldMore).
   */
  asksWhatNow?: boolean
  /**
   * Japanese with no word of harm in it (「夫は80、私は77。誰にも頼れない」): a harm the classifier reads from a kin word
   * alone is not told, so it never replaces a worry in hand nor the choices on screen (src/flow/nodes/classify.ts).
   */
  noHarmWords?: boolean
  /**
   * The writer's own money for food or living has run short (「今月の食費がもうない」「no money for food」): a want of means,
   * not a child's harm (src/nlu/entities-how.ts, src/flow/readings.ts).
   */
  shortOfMoney?: boolean
  /**
   * A letter about a premium or a tax, asked about (「介護保険料のお手紙が来たんだけど字が小さくて」): the city's errand, not the
   * worry the premium's name reads as; never when it cannot be paid (src/nlu/entities-errands.ts, src/flow/readings.ts).
   */
  feeLetter?: boolean
  /**
   * The message opens by announcing another matter (「それともうひとつ、あたしのことなんだけど」「別の話なんですけど」「otra cosa」
   * 「isa pa po」): what it tells next is a new worry, not more about the one in hand (src/nlu/entities.ts, classify.ts).
   */
  anotherMatter?: boolean
  /**
   * 「どうも」「どーも。」 alone: thanks after an answer, hello before one (src/nlu/entities.ts; handlers.ts isClosing decides by
   * where the conversation is). Optional so older analyzers and test doubles need not say it.
   */
  thanksOrHello?: boolean
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
  /** Suggestive evidence when `crisis` is null (and when it is not, what else was seen). */
  risk: RiskCues
  /** Parsed yes/no for answers to yes/no questions (「はい」「いいえ」「違います」). */
  yesNo: boolean | null
  /** The message read as an answer (optional: test doubles may leave it out). */
  answer?: AnswerReading
  explain: ExplainItem[]
  /** The language the message is written in and any language it asks for (src/nlu/language.ts). */
  language?: LanguageReading
}

/** A ready analyzer. `analyze` is synchronous once the tokenizer is built. */
export interface Nlu {
  analyze(text: string): NluResult
  /**
   * The crisis layer alone, with no tokenizer and no model: what the core falls back on when
   * `analyze` or anything after it fails, and for messages too long or too many to analyze. Never
   * throws. Optional only so that small test doubles need not implement it.
   */
  screen?(text: string): CrisisSignal | null
  /**
   * やさしい日本語 with furigana: the text in [base, reading] pieces from the tokenizer's readings
   * (src/nlu/furigana.ts). Optional: without it, messages go out without ruby.
   */
  furigana?(text: string): [string, string][]
}
