import { signLineBody } from '../../src/channels/line/signature.ts'
import { type Config, configSchema } from '../../src/core/config.ts'
import type { ConversationService, Turn, TurnResult } from '../../src/core/conversation.ts'
import type { LogFields, Logger, LogLevel } from '../../src/core/log.ts'
import type { AgencyMessage, OutboundMessage } from '../../src/core/messages.ts'
import type { Session, SessionStore } from '../../src/core/session-store.ts'

export const SECRET = 'test-channel-secret-0123456789ab'
export const TOKEN = 'test-access-token'

export const lineConfig = (over: Record<string, string> = {}): Config =>
  configSchema.parse({
    LINE_CHANNEL_SECRET: SECRET,
    LINE_CHANNEL_ACCESS_TOKEN: TOKEN,
    ...over,
  })

/** Records log lines so tests can check that no text or LINE id is logged. */
export const recordingLogger = () => {
  const lines: { level: LogLevel; event: string; fields: LogFields }[] = []
  const logger: Logger = { log: (level, event, fields = {}) => void lines.push({ level, event, fields }) }
  return { logger, lines }
}

/** A minimal store for channel unit tests (claim is what the webhook uses). */
export const tinyStore = (): SessionStore => {
  const claims = new Map<string, number>()
  const sessions = new Map<string, Session>()
  return {
    name: 'tiny',
    async get(id) {
      return sessions.get(id) ?? null
    },
    async update(id, fn) {
      const { next, result } = fn(sessions.get(id) ?? null)
      if (next) sessions.set(id, next)
      else sessions.delete(id)
      return result
    },
    async delete(id) {
      sessions.delete(id)
    },
    async claim(key, ttl) {
      const until = claims.get(key)
      if (until && until > Date.now()) return false
      claims.set(key, Date.now() + ttl * 1000)
      return true
    },
  }
}

export const agency = (
  over: Partial<AgencyMessage['agency']> = {},
  msg: Partial<AgencyMessage> = {},
): AgencyMessage => ({
  type: 'agency',
  agency: {
    id: 'nakahara-houkatsu',
    kind: 'houkatsu',
    name: '中原区役所地域みまもり支援センター',
    phone: '044-744-3113',
    tel: 'tel:0447443113',
    hours: '平日 8:30〜17:00',
    hoursToday: '本日 8:30〜17:00',
    address: '川崎市中原区小杉町3-245',
    mapUrl:
      'https://www.google.com/maps/search/?api=1&query=%E5%B7%9D%E5%B4%8E%E5%B8%82%E4%B8%AD%E5%8E%9F%E5%8C%BA',
    note: null,
    ...over,
  },
  reason: '中原区にお住まいで、介護のご相談のため',
  openNow: true,
  urgent: false,
  ...msg,
})

/** A ConversationService that records turns and answers from a script. */
export const fakeConversation = (answer: (turn: Turn) => OutboundMessage[] | Promise<OutboundMessage[]>) => {
  const turns: Turn[] = []
  const ended: string[] = []
  const service: ConversationService = {
    async handle(turn): Promise<TurnResult> {
      turns.push(turn)
      return { messages: await answer(turn), newSession: turns.length === 1 }
    },
    decline: (_turn, why) => ({
      messages: [{ type: 'text', text: `declined: ${why}` }],
      newSession: false,
      failure: why,
    }),
    async end(sessionId) {
      ended.push(sessionId)
    },
  }
  return { service, turns, ended }
}

let seq = 0
const nextId = () => `01HZZZTEST${String(++seq).padStart(16, '0')}`

export const USER_ID = 'U0123456789abcdef0123456789abcdef'

export const baseEvent = (over: Record<string, unknown> = {}) => ({
  webhookEventId: nextId(),
  timestamp: Date.now(),
  mode: 'active',
  deliveryContext: { isRedelivery: false },
  source: { type: 'user', userId: USER_ID },
  replyToken: `reply-${nextId()}`,
  ...over,
})

export const textEvent = (text: string, over: Record<string, unknown> = {}) =>
  baseEvent({ type: 'message', message: { type: 'text', id: '1', quoteToken: 'q', text }, ...over })

export const webhookBody = (events: unknown[]) =>
  JSON.stringify({ destination: 'Uxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', events })

export const signedHeaders = async (body: string, secret = SECRET) => ({
  'content-type': 'application/json',
  'x-line-signature': await signLineBody(secret, body),
})
