import { z } from 'zod'
import type { InboundMessage } from '../../core/messages.ts'

// The part of LINE's webhook we read. Events we do not know pass through `unknownEventSchema` and are
// ignored, so a new LINE event type never breaks the webhook.

const sourceSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('user'), userId: z.string().min(1) }),
  z.object({ type: z.literal('group'), groupId: z.string().min(1), userId: z.string().optional() }),
  z.object({ type: z.literal('room'), roomId: z.string().min(1), userId: z.string().optional() }),
])
export type LineSource = z.infer<typeof sourceSchema>

const base = {
  webhookEventId: z.string().min(1),
  timestamp: z.number(),
  deliveryContext: z.object({ isRedelivery: z.boolean() }).optional(),
  source: sourceSchema.optional(),
  mode: z.enum(['active', 'standby']).optional(),
}

const messageContentSchema = z.looseObject({
  type: z.string(),
  id: z.string().optional(),
  text: z.string().optional(),
  latitude: z.number().optional(),
  longitude: z.number().optional(),
})

export const lineEventSchema = z.union([
  z.object({ ...base, type: z.literal('message'), replyToken: z.string(), message: messageContentSchema }),
  z.object({
    ...base,
    type: z.literal('postback'),
    replyToken: z.string(),
    postback: z.object({ data: z.string() }),
  }),
  z.object({ ...base, type: z.enum(['follow', 'join']), replyToken: z.string() }),
  z.object({ ...base, type: z.enum(['unfollow', 'leave']) }),
])
export type LineEvent = z.infer<typeof lineEventSchema>

export const webhookBodySchema = z.object({
  destination: z.string().optional(),
  events: z.array(z.looseObject({ type: z.string() })),
})

/** What to do with one event. */
export type EventAction =
  | { kind: 'turn'; message: InboundMessage }
  | { kind: 'end' }
  | { kind: 'ignore'; reason: string }

/** Postback data of the rich menu's 使い方 area (see rich-menu.ts). */
export const RICH_MENU_HELP_DATA = 'help'

const UNSUPPORTED_MESSAGES = new Set(['sticker', 'image', 'video', 'audio', 'file'])

export const actionFor = (event: LineEvent): EventAction => {
  switch (event.type) {
    case 'message': {
      const m = event.message
      if (m.type === 'text' && typeof m.text === 'string')
        return { kind: 'turn', message: { type: 'text', text: m.text } }
      if (m.type === 'location') {
        const { latitude, longitude } = m
        // Only a place on Earth is a location; anything else is answered as a message we cannot read.
        if (
          typeof latitude === 'number' &&
          typeof longitude === 'number' &&
          Math.abs(latitude) <= 90 &&
          Math.abs(longitude) <= 180
        )
          return { kind: 'turn', message: { type: 'location', latitude, longitude } }
        return { kind: 'turn', message: { type: 'unsupported', kind: 'location' } }
      }
      if (UNSUPPORTED_MESSAGES.has(m.type))
        return { kind: 'turn', message: { type: 'unsupported', kind: m.type } }
      return { kind: 'turn', message: { type: 'unsupported', kind: m.type.slice(0, 40) } }
    }
    case 'postback': {
      const value = event.postback.data
      // The rich menu's 使い方: the same greeting and two-line explanation as a new friend gets.
      if (value === RICH_MENU_HELP_DATA) return { kind: 'turn', message: { type: 'start' } }
      if (value.length < 1 || value.length > 300) return { kind: 'ignore', reason: 'postback_data_length' }
      return { kind: 'turn', message: { type: 'choice', value } }
    }
    case 'follow':
    case 'join':
      return { kind: 'turn', message: { type: 'start' } }
    case 'unfollow':
    case 'leave':
      return { kind: 'end' }
  }
}

/** The id a conversation is keyed on: the group or room when there is one, else the user. */
export const conversationKey = (source: LineSource): string =>
  source.type === 'user'
    ? `user:${source.userId}`
    : source.type === 'group'
      ? `group:${source.groupId}`
      : `room:${source.roomId}`

/** Where a push goes (the raw id, held in memory only for the request). */
export const pushTarget = (source: LineSource): string =>
  source.type === 'user' ? source.userId : source.type === 'group' ? source.groupId : source.roomId
