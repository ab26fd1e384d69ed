import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { silentLogger } from '../../src/core/log.ts'
import { buildNodeApp, type NodeApp } from '../../src/runtime/node/build-node-app.ts'
import { serveOnLoopback } from '../support/browser.ts'

// Issue 10, defects 1 and 3, against the real service over a real socket.

let built: NodeApp
let server: Awaited<ReturnType<typeof serveOnLoopback>>
beforeAll(async () => {
  built = await buildNodeApp(
    { SESSION_STORE: 'memory', CHAT_RATE_LIMIT_PER_MINUTE: '5' },
    { logger: silentLogger },
  )
  server = await serveOnLoopback(built.app.fetch)
})
afterAll(async () => {
  await server.close()
  await built.close()
})

const chat = (body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${server.url}/api/chat`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  })

describe('defect 3: the rate limit cannot be escaped', () => {
  it('by rotating X-Forwarded-For or the session id (TRUST_PROXY is off by default)', async () => {
    const statuses: number[] = []
    for (let i = 0; i < 8; i++) {
      const res = await chat(
        { sessionId: `rotating-${i}-abcdef`, choice: 'menu' },
        { 'x-forwarded-for': `198.51.100.${i + 1}` },
      )
      statuses.push(res.status)
      await res.arrayBuffer()
    }
    expect(statuses.slice(0, 5)).toEqual([200, 200, 200, 200, 200])
    expect(statuses.slice(5)).toEqual([429, 429, 429])
  })
})

describe('defect 1: text the tokenizer choked on', () => {
  // Each answered on its own address budget: a fresh server per case would be slow, so the limit
  // above is spent; these go through the app directly (no socket, so no rate-limit key).
  it.each([
    ['NUL', '母の\u0000物忘れ'],
    ['a lone high surrogate', '相談\uD800です'],
    ['a lone low surrogate', '\uDC00介護のこと'],
    ['controls and bidi', '\u202E\u0007認知症\u200B\uFEFF'],
    ['only a surrogate', '\uD83D'],
  ])('%s gets an answer, never a 500', async (_name, text) => {
    const res = await built.app.request('/api/chat', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text }),
    })
    expect(res.status).toBeLessThan(500)
    const body = (await res.json()) as { messages?: unknown[] }
    expect(body.messages?.length ?? 0).toBeGreaterThan(0)
  })
})
