import { configSchema } from '../../src/core/config.ts'
import type { ConversationService, Turn } from '../../src/core/conversation.ts'
import type { Directory } from '../../src/core/directory.ts'
import { silentLogger } from '../../src/core/log.ts'
import type { AgencyMessage } from '../../src/core/messages.ts'
import { MAX_TEXT_LENGTH } from '../../src/core/messages.ts'
import type { SessionStore } from '../../src/core/session-store.ts'
import type { AppDeps } from '../../src/http/app.ts'

// A small ConversationService over a real SessionStore: it counts turns per session and echoes what
// kind of message arrived, so HTTP tests can see exactly what the route handed to the core.

export const fakeConversation = (store: SessionStore): ConversationService & { turns: Turn[] } => {
  const turns: Turn[] = []
  return {
    turns,
    async handle(turn) {
      turns.push(turn)
      const { count, fresh } = await store.update(
        turn.sessionId,
        (current) => {
          const count = ((current?.data as { count?: number } | undefined)?.count ?? 0) + 1
          return {
            next: { data: { count }, version: 0, createdAt: '', updatedAt: '' },
            result: { count, fresh: current === null },
          }
        },
        60,
      )
      const m = turn.message
      if (m.type === 'text' && m.text.length > MAX_TEXT_LENGTH) {
        return { newSession: fresh, messages: [{ type: 'text', text: 'もう少し短く教えていただけますか。' }] }
      }
      const echo = m.type === 'text' ? `text:${m.text}` : m.type === 'choice' ? `choice:${m.value}` : m.type
      return { newSession: fresh, messages: [{ type: 'text', text: `${echo} #${count}` }] }
    },
    decline: (_turn, why) => ({
      messages: [{ type: 'text', text: `declined: ${why}` }],
      newSession: false,
      failure: why,
    }),
    async end(sessionId) {
      await store.delete(sessionId)
    },
  }
}

export const fallbackLine: AgencyMessage = {
  type: 'agency',
  agency: {
    id: 'test-callcenter',
    kind: 'city_callcenter',
    name: 'テスト市コールセンター',
    phone: '012-345-6789',
    tel: 'tel:012-345-6789',
    hours: '8:00〜21:00',
    hoursToday: null,
    address: null,
    mapUrl: null,
    note: null,
  },
  reason: 'どなたでもご相談いただけます',
  openNow: true,
  urgent: false,
}

export const crisisLine: AgencyMessage = {
  ...fallbackLine,
  agency: {
    ...fallbackLine.agency,
    id: 'test-lifeline',
    name: 'テストいのちの電話',
    phone: '0120-000-000',
    tel: 'tel:0120000000',
  },
  urgent: true,
}

const unverified: AgencyMessage = {
  ...fallbackLine,
  agency: { ...fallbackLine.agency, id: 'unverified', phone: null, tel: null },
}

export const fakeDirectory = (): Directory => ({
  route: () => [],
  handoff: () => [],
  crisisLines: () => [crisisLine, unverified],
  outOfArea: () => [],
  fallback: () => [fallbackLine, unverified],
  agency: () => null,
  agencyIds: () => [fallbackLine.agency.id],
  cityName: 'テスト市',
})

export const testDeps = (
  store: SessionStore,
  extra: Partial<Omit<AppDeps, 'conversation'>> = {},
): AppDeps & {
  conversation: ReturnType<typeof fakeConversation>
} => ({
  config: configSchema.parse({}),
  store,
  conversation: fakeConversation(store),
  logger: silentLogger,
  now: () => new Date('2026-04-01T10:00:00+09:00'),
  ...extra,
})
