import { configSchema } from '../../src/core/config.ts'
import type { ConversationService, Turn } from '../../src/core/conversation.ts'
import type { AgencyMessage, OutboundMessage } from '../../src/core/messages.ts'
import { createApp } from '../../src/http/app.ts'
import { createMemoryStore } from '../../src/sessions/memory-store.ts'

// A scripted core for the channel tests: it records the turns it was given and answers with
// fixed messages, so the tests can check exactly what the adapter made of them.

export const agency: AgencyMessage = {
  type: 'agency',
  agency: {
    id: 'houkatsu-test',
    kind: 'houkatsu',
    name: 'テスト地域包括支援センター',
    phone: '044-000-0000',
    tel: 'tel:0440000000',
    hours: '平日 8:30〜17:00',
    hoursToday: '本日 8:30〜17:00',
    address: '川崎市中原区テスト町1-1',
    mapUrl: 'https://www.google.com/maps/search/?api=1&query=test',
    note: null,
  },
  reason: '中原区にお住まいで、認知症のご相談のため',
  openNow: true,
  urgent: false,
}

export const noPhone: AgencyMessage = {
  ...agency,
  agency: { ...agency.agency, id: 'no-phone', name: '電話のない窓口', phone: null, tel: null },
}

export const scriptedConversation = () => {
  const turns: Turn[] = []
  const ended: string[] = []
  const conversation: ConversationService = {
    async handle(turn) {
      turns.push(turn)
      let messages: OutboundMessage[]
      if (turn.message.type === 'start') messages = [{ type: 'text', text: 'こんにちは。' }]
      else if (turn.message.type === 'choice') messages = [agency, noPhone]
      else
        messages = [
          {
            type: 'choices',
            text: 'お住まいの区を選んでください。',
            choices: [
              { value: 'ward:nakahara', label: '中原区' },
              { value: 'ward:tama', label: '多摩区' },
            ],
          },
        ]
      return { messages, newSession: turn.message.type === 'start' }
    },
    decline: (_turn, why) => ({
      messages: [{ type: 'text', text: `declined: ${why}` }],
      newSession: false,
      failure: why,
    }),
    async end(id) {
      ended.push(id)
    },
  }
  return { conversation, turns, ended }
}

/** The endpoint as a laptop runs it: no app id, unauthenticated traffic allowed explicitly. */
export const botApp = (
  env: Record<string, string> = {},
  extra: Pick<Parameters<typeof createApp>[0], 'keepAlive'> = {},
) => {
  const scripted = scriptedConversation()
  const logs: { level: string; event: string }[] = []
  const app = createApp({
    config: configSchema.parse({ BOTFRAMEWORK_ALLOW_UNAUTHENTICATED: 'true', ...env }),
    conversation: scripted.conversation,
    store: createMemoryStore(),
    logger: { log: (level, event) => logs.push({ level, event }) },
    now: () => new Date('2026-11-24T10:00:00+09:00'),
    ...extra,
  })
  return { app, logs, ...scripted }
}

export const messageActivity = (serviceUrl: string, text: string, extra: Record<string, unknown> = {}) => ({
  type: 'message',
  id: `act-${Math.random().toString(36).slice(2)}`,
  channelId: 'webchat',
  serviceUrl,
  timestamp: new Date().toISOString(),
  from: { id: 'user-1', name: 'resident' },
  recipient: { id: 'bot-1', name: 'soudan' },
  conversation: { id: 'conv-1' },
  text,
  ...extra,
})
