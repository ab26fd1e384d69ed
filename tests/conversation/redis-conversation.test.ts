import { randomUUID } from 'node:crypto'
import { afterAll, describe, expect, it } from 'vitest'
import { createConversation } from '../../src/conversation/create-conversation.ts'
import { silentLogger } from '../../src/core/log.ts'
import type { InboundMessage } from '../../src/core/messages.ts'
import type { Nlu } from '../../src/core/nlu.ts'
import type { SessionStore } from '../../src/core/session-store.ts'
import { createRedisStore } from '../../src/sessions/redis-store.ts'
import { fakeDirectory, nlu, realFlows } from '../flow/fakes.ts'
import { requireRedis } from '../support/services.ts'

const redisUrl = await requireRedis()
const flows = realFlows()
const fakeNlu: Nlu = {
  analyze: (t) =>
    t === '中原区です'
      ? nlu({
          confidence: 0.1,
          ward: { value: 'nakahara', candidates: [], via: 'ward_name', place: '中原区' },
        })
      : nlu({ intent: 'dementia', subject: 'parent' }),
}

// Two service instances (two processes or isolates) on one Redis: turns of one resident that arrive
// together are serialized by the store's compare-and-set, re-running the pure callback on conflict.
describe.skipIf(!redisUrl)('conversation on real Redis', () => {
  const stores: SessionStore[] = []
  afterAll(async () => {
    for (const s of stores) await s.close?.()
  })
  it('concurrent turns across instances lose no turn and no slot', async () => {
    const prefix = `test:${randomUUID()}:`
    const mk = () => {
      const store = createRedisStore({ url: redisUrl!, keyPrefix: prefix })
      stores.push(store)
      return {
        store,
        conv: createConversation({
          flows,
          directory: fakeDirectory(),
          nlu: fakeNlu,
          store,
          ttlSeconds: 60,
          logger: silentLogger,
        }),
      }
    }
    const a = mk()
    const b = mk()
    const id = `s-${randomUUID()}`
    const msg = (text: string): InboundMessage => ({ type: 'text', text })
    const now = new Date('2026-11-25T01:00:00Z')
    const turns = [
      '母の物忘れがひどくて心配です',
      '中原区です',
      '母の物忘れがひどくて心配です',
      '中原区です',
      '母の物忘れがひどくて心配です',
      '中原区です',
    ]
    const results = await Promise.all(
      turns.map((t, i) =>
        (i % 2 ? a : b).conv.handle({ channel: 'api', sessionId: id, message: msg(t), now }),
      ),
    )
    expect(results.filter((r) => r.newSession)).toHaveLength(1)
    const saved = await a.store.get(id)
    expect(saved?.version).toBe(6)
    expect(saved?.data).toMatchObject({ turns: 6, slots: { ward: 'nakahara', concern: 'dementia' } })
  })

  it('a session survives between instances and end() removes it for both', async () => {
    const id = `s-${randomUUID()}`
    const prefix = `test:${randomUUID()}:`
    const s1 = createRedisStore({ url: redisUrl!, keyPrefix: prefix })
    const s2 = createRedisStore({ url: redisUrl!, keyPrefix: prefix })
    stores.push(s1, s2)
    const c1 = createConversation({
      flows,
      directory: fakeDirectory(),
      nlu: fakeNlu,
      store: s1,
      ttlSeconds: 60,
      logger: silentLogger,
    })
    const c2 = createConversation({
      flows,
      directory: fakeDirectory(),
      nlu: fakeNlu,
      store: s2,
      ttlSeconds: 60,
      logger: silentLogger,
    })
    const now = new Date('2026-11-25T01:00:00Z')
    await c1.handle({
      channel: 'api',
      sessionId: id,
      message: { type: 'text', text: '母の物忘れがひどくて心配です' },
      now,
    })
    const r = await c2.handle({
      channel: 'api',
      sessionId: id,
      message: { type: 'text', text: '中原区です' },
      now,
    })
    expect(r.newSession).toBe(false)
    expect(r.messages.some((m) => m.type === 'agency')).toBe(true)
    await c2.end(id)
    expect(await s1.get(id)).toBeNull()
  })
})
