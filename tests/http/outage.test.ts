import { afterAll, describe, expect, it } from 'vitest'
import { createConversation } from '../../src/conversation/create-conversation.ts'
import type { Logger } from '../../src/core/log.ts'
import type { Nlu, NluResult } from '../../src/core/nlu.ts'
import { createApp } from '../../src/http/app.ts'
import { createRedisStore } from '../../src/sessions/redis-store.ts'
import { realFlows } from '../flow/fakes.ts'
import { closedPortUrl } from '../support/closed-port.ts'
import { crisisLine, fakeDirectory, fallbackLine, testDeps } from './fakes.ts'

// A stand-in NLU whose crisis layer fires on one word, to see that the outage path asks it.
const fakeNlu: Nlu = {
  analyze: (text) =>
    ({ crisis: text.includes('死にたい') ? { kind: 'suicide', matched: ['test'] } : null }) as NluResult,
}

// Redis down: the store is pointed at a loopback port nobody listens on.
describe('when the session store is down', async () => {
  const store = createRedisStore({ url: await closedPortUrl(), commandTimeoutMs: 500 })
  afterAll(() => store.close!())
  const lines: string[] = []
  const logger: Logger = {
    log: (level, event, fields) => lines.push(JSON.stringify({ level, event, ...fields })),
  }
  // The real conversation core over the failing store: it answers the failure, the route only renders.
  const directory = fakeDirectory()
  const conversation = createConversation({
    flows: realFlows(),
    directory,
    nlu: fakeNlu,
    store,
    ttlSeconds: 60,
    logger,
  })
  const app = createApp({ ...testDeps(store, { logger }), conversation })

  it('answers /api/chat with 503 and a kind message carrying the verified fallback phone', async () => {
    const res = await app.request('/api/chat', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text: '母のことで相談したいです' }),
    })
    expect(res.status).toBe(503)
    expect(res.headers.get('retry-after')).toBe('30')
    const body = await res.json()
    expect(body.error).toBe('store_unavailable')
    expect(body.messages[0]).toMatchObject({ type: 'text' })
    expect(body.messages[0].text).toContain('お電話ください')
    // The number comes from the directory, and only verified lines are offered.
    expect(body.messages.slice(1)).toEqual([fallbackLine])
    const raw = JSON.stringify(body)
    expect(raw).not.toMatch(/ECONNREFUSED|at .*\.ts|stack/i)
    expect(lines.join('\n')).toContain('"why":"store"')
    expect(lines.join('\n')).not.toContain('母のこと')
  })

  it('puts the emergency lines first when the message it could not handle was a crisis', async () => {
    const res = await app.request('/api/chat', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text: 'もう死にたい' }),
    })
    expect(res.status).toBe(503)
    const body = await res.json()
    // The crisis answer the flow would give (its words, its lines), then the apology and the city line.
    const flows = realFlows()
    expect(body.messages[0]).toEqual({ type: 'text', text: flows.handlers.crisis.suicide })
    expect(body.messages.filter((m: { type: string }) => m.type === 'agency')).toEqual([
      crisisLine,
      fallbackLine,
    ])
    expect(body.messages.findIndex((m: { type: string }) => m.type === 'agency')).toBe(1)
    expect(lines.join('\n')).toContain('"crisis":"suicide"')
    expect(lines.join('\n')).not.toContain('死にたい')
  })

  it('reports the outage on /healthz', async () => {
    const res = await app.request('/healthz')
    expect(res.status).toBe(503)
    expect(await res.json()).toEqual({ ok: false, store: 'redis' })
  })
})
