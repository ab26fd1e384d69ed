import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { Hono } from 'hono'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { BotDeps } from '../../src/channels/botframework/deps.ts'
import { botFrameworkRoutes } from '../../src/channels/botframework/routes.ts'
import { configSchema } from '../../src/core/config.ts'
import { errorResponse } from '../../src/http/on-error.ts'
import { createMemoryStore } from '../../src/sessions/memory-store.ts'
import { messageActivity, scriptedConversation } from './helpers.ts'

// Issue 10, defect 6's last part: "outbound calls have timeouts". A Bot Connector that takes the reply's
// POST and never answers must not hold /api/messages: the request gives up within its bound and ends
// with our own error body (no library text, no host). The request bound (BOT_REQUEST_TIMEOUT_MS, 15 s) is
// shortened through the channel's deps so this runs in well under 2 s. adapter.ts's 10 s per-call policy
// never fires (botbuilder replaces it): the request bound is what this test holds to.

const LEAK = /\bat |node:internal|ECONN|ETIMEDOUT|timeout of|127\.0\.0\.1|stack|request aborted/i

/** A loopback connector that reads each POST whole and never answers it. */
let silent: Server
let silentUrl: string
const posted: string[] = []
beforeAll(async () => {
  silent = createServer((req) => {
    req.on('data', () => {})
    req.on('end', () => posted.push(`${req.method} ${req.url}`))
  })
  await new Promise<void>((r) => silent.listen(0, '127.0.0.1', r))
  silentUrl = `http://127.0.0.1:${(silent.address() as AddressInfo).port}/`
})
afterAll(async () => {
  silent.closeAllConnections()
  await new Promise<void>((r) => silent.close(() => r()))
})

/** /api/messages mounted as src/http/app.ts mounts it, with its error mapping. */
const botApp = (timeouts: Pick<BotDeps, 'requestTimeoutMs'>) => {
  const scripted = scriptedConversation()
  const logs: { level: string; event: string; fields: unknown }[] = []
  const deps: BotDeps = {
    config: configSchema.parse({
      BOTFRAMEWORK_ALLOW_UNAUTHENTICATED: 'true',
      BOTFRAMEWORK_SERVICE_URLS: silentUrl,
    }),
    conversation: scripted.conversation,
    store: createMemoryStore(),
    logger: { log: (level, event, fields) => logs.push({ level, event, fields }) },
    now: () => new Date('2026-11-24T10:00:00+09:00'),
    ...timeouts,
  }
  const app = new Hono().route('/api/messages', botFrameworkRoutes(deps))
  app.onError(errorResponse(deps))
  return { app, logs, ...scripted }
}

const send = async (app: Hono) => {
  const started = performance.now()
  const res = await app.request('/api/messages', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(messageActivity(silentUrl, '相談したい')),
  })
  return { res, text: await res.text(), ms: performance.now() - started }
}

describe('Bot Framework: a connector that never answers', () => {
  it('gives the request up at its bound with our own 502 body, never a library message', async () => {
    // botbuilder loads on the first request (~1 s on Node): load it outside the timed request.
    const warm = botApp({ requestTimeoutMs: 300 })
    await send(warm.app)

    const { app, turns } = botApp({ requestTimeoutMs: 400 })
    const before = posted.length
    const { res, text, ms } = await send(app)
    expect(turns).toHaveLength(1) // the turn ran; only its reply hung
    expect(posted.length).toBeGreaterThan(before) // the reply did reach the connector
    expect(ms).toBeGreaterThanOrEqual(380)
    expect(ms).toBeLessThan(1500)
    expect(res.status).toBe(502)
    expect(JSON.parse(text)).toEqual({ error: 'bot_connector_failed', message: 'Internal error.' })
    expect(text).not.toMatch(LEAK)
  }, 10_000)
})
