import { z } from 'zod'
import { agencyKindSchema } from './taxonomy.ts'

// The channel-neutral turn model. Channel adapters translate their events into an InboundMessage and
// render OutboundMessage[] back; nothing channel-specific crosses into the core.

export const MAX_TEXT_LENGTH = 1000

export const inboundMessageSchema = z.discriminatedUnion('type', [
  /** Free text the resident typed. Length is checked by the conversation, which answers politely. */
  z.object({ type: z.literal('text'), text: z.string() }),
  /** A tapped choice: the `value` of a Choice we sent (LINE postback data, a widget button). */
  z.object({ type: z.literal('choice'), value: z.string().min(1).max(300) }),
  /** A shared location (LINE location message). */
  z.object({
    type: z.literal('location'),
    latitude: z.number().min(-90).max(90),
    longitude: z.number().min(-180).max(180),
  }),
  /** The conversation opens: LINE follow, the widget opened, a Bot Framework conversationUpdate. */
  z.object({ type: z.literal('start') }),
  /** Something we cannot read (sticker, image, audio...): answered kindly, asking for words. */
  z.object({ type: z.literal('unsupported'), kind: z.string().max(40) }),
])
export type InboundMessage = z.infer<typeof inboundMessageSchema>

export const choiceSchema = z.object({
  /** What comes back as InboundMessage { type: 'choice', value }. */
  value: z.string(),
  /** What the resident reads on the button (LINE quick reply labels are cut at 20 characters). */
  label: z.string(),
})
export type Choice = z.infer<typeof choiceSchema>

/** Another way to reach an office than the phone, as residents read it. Only verified ones are sent. */
export const contactViewSchema = z.object({
  type: z.enum(['fax', 'email', 'web_form', 'line', 'relay']),
  /** 「FAX」「メール」「相談フォーム」「LINEで相談」「電話リレーサービス」. */
  label: z.string(),
  /** The FAX number or address as text (to copy or write down); null when there is only a link. */
  value: z.string().nullable(),
  /** An https: or mailto: link, or null (a FAX has none). */
  href: z.string().nullable(),
  /** A short line for residents, e.g. 「友だち追加は市のページの二次元コードから」. */
  note: z.string().nullable(),
})
export type ContactView = z.infer<typeof contactViewSchema>

/** What a resident sees of an agency. `phone` is set only when the number is verified in the data. */
export const agencyViewSchema = z.object({
  id: z.string(),
  kind: agencyKindSchema,
  name: z.string(),
  /** Verified phone number as written (e.g. 044-744-3113, #8008, 189), or null. Never an unverified one. */
  phone: z.string().nullable(),
  /** `tel:` URI for the phone, ready for a link or a LINE call button. */
  tel: z.string().nullable(),
  /** Opening hours as residents read them, e.g. 「平日 8:30〜17:00（祝日・年末年始を除く）」. */
  hours: z.string().nullable(),
  /** Today's hours in words, e.g. 「本日 8:30〜17:00」 or 「本日は休み」; null when unknown. */
  hoursToday: z.string().nullable(),
  address: z.string().nullable(),
  /** A map search link for the address, or null. */
  mapUrl: z.string().nullable(),
  /** Free, 24 hours, urgent-capable etc., shown as a short note. */
  note: z.string().nullable(),
  /** FAX, e-mail, web form, LINE, 電話リレーサービス: each verified with a source. */
  contacts: z.array(contactViewSchema).optional(),
  /**
   * Sections to ask for when several routed sections share this one number (the ward office's
   * 総合案内): the card stands for all of them, so a number is never shown twice.
   */
  askFor: z.array(z.string()).optional(),
})
export type AgencyView = z.infer<typeof agencyViewSchema>

/**
 * BCP 47 language of a message when it is not plain Japanese (the resident's language, for `lang`
 * attributes). Plain Japanese carries none; a やさしい日本語 conversation carries `ja`.
 */
const lang = z.string().max(20).optional()

/**
 * やさしい日本語 with furigana: `text` in pieces, each [base, reading]; the reading (hiragana) is empty
 * for a piece with no kanji. The pieces joined are exactly `text` (src/locale/furigana.ts).
 */
const ruby = z.array(z.tuple([z.string(), z.string()])).optional()

/** A card's own words in the resident's language (flows/locales/*.yaml `ui.*`); Japanese when absent. */
export const cardLabelsSchema = z.object({
  call: z.string(),
  hours: z.string(),
  today: z.string(),
  openNow: z.string(),
  closedNow: z.string(),
  urgent: z.string(),
  map: z.string(),
  address: z.string(),
  link: z.string(),
  /** What the name is for: 「窓口の名前（電話でこう伝えてください）」. */
  nameHint: z.string(),
  /** LINE: the button copying a #8008-style number, and what to do with it. */
  copy: z.string().optional(),
  copyHint: z.string().optional(),
  /** LINE altText: neutral on purpose (「ご案内があります」), never an agency or a concern. */
  notice: z.string().optional(),
  /** LINE, with a DV line: the chat stays on the phone, and how to delete it. */
  chatNote: z.string().optional(),
})
export type CardLabels = z.infer<typeof cardLabelsSchema>

export const outboundMessageSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('text'),
    text: z.string(),
    lang,
    ruby,
  }),
  z.object({
    type: z.literal('choices'),
    text: z.string(),
    choices: z.array(choiceSchema).min(1),
    lang,
    ruby,
    /** LINE's 「位置情報を送る」 button in the resident's language, when the choices ask for the ward. */
    sendLocation: z.string().optional(),
  }),
  z.object({
    type: z.literal('agency'),
    lang,
    /** The agency name stays Japanese (what to say on the phone); this says what it is, in `lang`. */
    gloss: z.string().optional(),
    labels: cardLabelsSchema.optional(),
    agency: agencyViewSchema,
    /** One line on why this office: 「中原区にお住まいで、認知症のご相談のため」. */
    reason: z.string(),
    /** true/false when the hours are known, null when they are not. */
    openNow: z.boolean().nullable(),
    /** Emergency lines come first and are drawn as urgent. */
    urgent: z.boolean(),
  }),
  /** Talk to a person: a short text introducing the agencies, which follow it as agency messages. */
  z.object({ type: z.literal('handoff'), text: z.string(), agencyIds: z.array(z.string()), lang }),
  z.object({ type: z.literal('end'), text: z.string(), lang }),
])
export type OutboundMessage = z.infer<typeof outboundMessageSchema>
export type AgencyMessage = Extract<OutboundMessage, { type: 'agency' }>
