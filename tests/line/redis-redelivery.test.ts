import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { drainDeferred } from '../../src/channels/line/defer.ts'
import type { SessionStore } from '../../src/core/session-store.ts'
import { createApp } from '../../src/http/app.ts'
import { createRedisStore } from '../../src/sessions/redis-store.ts'
import { type FakeLineApi, startFakeLineApi } from '../support/fake-line-api.ts'
import { requireRedis } from '../support/services.ts'
import {
  fakeConversation,
  lineConfig,
  recordingLogger,
  signedHeaders,
  TOKEN,
  textEvent,
  webhookBody,
} from './helpers.ts'

const redisUrl = await requireRedis()

// Two service instances (two processes or isolates) on one Redis receive the same LINE event at the
// same moment (a redelivery racing the original): the claim in Redis lets exactly one answer.
describe.skipIf(!redisUrl)('LINE redelivery across instances on real Redis', () => {
  let fake: FakeLineApi
  const stores: SessionStore[] = []
  beforeAll(async () => {
    fake = await startFakeLineApi({ accessToken: TOKEN })
  })
  afterAll(async () => {
    for (const s of stores) await s.close?.()
    await fake?.close()
  })

  it('the same webhookEventId at two instances at once → one turn, one reply', async () => {
    const prefix = `test:line:${randomUUID()}:`
    const conv = fakeConversation(() => [{ type: 'text', text: 'ご相談ありがとうございます。' }])
    const apps = [0, 1].map(() => {
      const store = createRedisStore({ url: redisUrl!, keyPrefix: prefix })
      stores.push(store)
      return createApp({
        config: lineConfig({ LINE_API_BASE_URL: fake.url }),
        conversation: conv.service,
        store,
        logger: recordingLogger().logger,
        now: () => new Date(),
      })
    })
    const event = textEvent('相談したい')
    const body = webhookBody([event])
    const redelivered = webhookBody([{ ...event, deliveryContext: { isRedelivery: true } }])
    const [a, b] = await Promise.all([
      apps[0]!.request('/webhooks/line', { method: 'POST', body, headers: await signedHeaders(body) }),
      apps[1]!.request('/webhooks/line', {
        method: 'POST',
        body: redelivered,
        headers: await signedHeaders(redelivered),
      }),
    ])
    expect([a.status, b.status]).toEqual([200, 200])
    await drainDeferred()
    expect(conv.turns).toHaveLength(1)
    expect(fake.callsTo('/v2/bot/message/reply')).toHaveLength(1)
  })
})
