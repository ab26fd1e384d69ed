import { describe, expect, it } from 'vitest'
import { createConversation } from '../../src/conversation/create-conversation.ts'
import { silentLogger } from '../../src/core/log.ts'
import type { Nlu } from '../../src/core/nlu.ts'
import { createApp } from '../../src/http/app.ts'
import { createMemoryStore } from '../../src/sessions/memory-store.ts'
import { nlu as fakeNluResult, realFlows } from '../flow/fakes.ts'
import { fakeDirectory, testDeps } from './fakes.ts'

// Issue 10, defect 4: a full memory store used to evict the least recently written session, so a
// flood of new sessions erased conversations in progress. Now it refuses the new one, and the core
// answers that as an outage: 503, a kind message and the city's number, crisis lines first.

const screen = (text: string) =>
  text.includes('死にたい') ? { kind: 'suicide' as const, matched: ['test'] } : null
const nlu: Nlu = {
  analyze: (text) => {
    const crisis = screen(text)
    return fakeNluResult(crisis ? { intent: 'crisis', confidence: 0.99, urgent: true, crisis } : {})
  },
  screen,
}

describe('a full memory store', () => {
  const store = createMemoryStore({ maxEntries: 2 })
  const conversation = createConversation({
    flows: realFlows(),
    directory: fakeDirectory(),
    nlu,
    store,
    ttlSeconds: 600,
    logger: silentLogger,
  })
  const app = createApp({ ...testDeps(store), conversation })
  const chat = (body: object) =>
    app.request('/api/chat', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    })

  it('keeps conversations in progress and refuses a new one with 503 and the city line', async () => {
    const a = await chat({ sessionId: 'session-a-0001' })
    const b = await chat({ sessionId: 'session-b-0001' })
    expect([a.status, b.status]).toEqual([200, 200])
    const refused = await chat({ sessionId: 'session-c-0001' })
    expect(refused.status).toBe(503)
    const body = JSON.stringify(await refused.json())
    expect(body).toContain('012-345-6789')
    expect(body).not.toMatch(/StoreFullError|store full|\bat /)
    // The conversations in progress go on.
    expect((await chat({ sessionId: 'session-a-0001', choice: 'menu' })).status).toBe(200)
    expect(await store.get('session-a-0001')).not.toBeNull()
    expect(await store.get('session-b-0001')).not.toBeNull()
  })

  it('still puts the crisis lines first for a refused message that is a cry for help', async () => {
    const res = await chat({ sessionId: 'session-d-0001', text: 'もう死にたい' })
    expect(res.status).toBe(503)
    const body = JSON.stringify(await res.json())
    expect(body.indexOf('0120-000-000')).toBeGreaterThanOrEqual(0)
    expect(body.indexOf('0120-000-000')).toBeLessThan(body.indexOf('012-345-6789'))
  })
})
