import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { allowedServiceUrl } from '../../src/channels/botframework/service-url.ts'
import { createConversation } from '../../src/conversation/create-conversation.ts'
import { configSchema } from '../../src/core/config.ts'
import { StoreUnavailableError } from '../../src/core/errors.ts'
import { silentLogger } from '../../src/core/log.ts'
import type { SessionStore } from '../../src/core/session-store.ts'
import { createApp } from '../../src/http/app.ts'
import { createMemoryStore } from '../../src/sessions/memory-store.ts'
import { realFlows } from '../flow/fakes.ts'
import { fakeDirectory } from '../http/fakes.ts'
import { type FakeBotConnector, startFakeBotConnector } from '../support/fake-bot-connector.ts'
import { botApp, messageActivity } from './helpers.ts'

// Issue 10, defects 5, 6 and 8: what /api/messages says to strangers, where it may send replies, and
// what Teams residents get when the store is down.

let connector: FakeBotConnector
beforeAll(async () => {
  connector = await startFakeBotConnector()
})
afterAll(() => connector.close())

const post = (app: ReturnType<typeof botApp>['app'], body: unknown, headers: Record<string, string> = {}) =>
  app.request('/api/messages', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  })

const LEAK = /\bat |node:internal|ENOTFOUND|ECONNREFUSED|botframework\.com|login\.microsoftonline|stack/i

describe('Bot Framework without MicrosoftAppId', () => {
  it('refuses every activity with 503 unless BOTFRAMEWORK_ALLOW_UNAUTHENTICATED=true', async () => {
    const { app, turns } = botApp({ BOTFRAMEWORK_ALLOW_UNAUTHENTICATED: 'false' })
    const before = connector.posted.length
    const res = await post(app, messageActivity(connector.serviceUrl, 'こんにちは'))
    expect(res.status).toBe(503)
    expect(await res.json()).toMatchObject({ error: 'channel_not_configured' })
    expect(turns).toHaveLength(0)
    expect(connector.posted.length).toBe(before)
  })

  it('never posts to a serviceUrl outside the allowlist (403), even when open', async () => {
    const hits: string[] = []
    const victim = createServer((req, res) => {
      hits.push(req.url ?? '')
      res.end('{}')
    })
    await new Promise<void>((r) => victim.listen(0, '127.0.0.1', r))
    const victimUrl = `http://127.0.0.1:${(victim.address() as AddressInfo).port}/`
    const { app, turns } = botApp({ BOTFRAMEWORK_SERVICE_URLS: connector.serviceUrl })
    const res = await post(app, messageActivity(victimUrl, '相談したい'))
    expect(res.status).toBe(403)
    expect(await res.json()).toMatchObject({ error: 'forbidden' })
    expect(turns).toHaveLength(0)
    expect(hits).toEqual([])
    await new Promise<void>((r) => victim.close(() => r()))
  })

  it('answers an activity without serviceUrl at once with 400 instead of holding the request', async () => {
    const { app } = botApp({ BOTFRAMEWORK_SERVICE_URLS: connector.serviceUrl })
    const { serviceUrl: _, ...noUrl } = messageActivity(connector.serviceUrl, '相談したい')
    const started = Date.now()
    const res = await post(app, noUrl)
    expect(res.status).toBe(400)
    expect(Date.now() - started).toBeLessThan(2000)
  })
})

describe('Bot Framework with MicrosoftAppId', () => {
  const env = {
    MicrosoftAppId: '00000000-0000-0000-0000-000000000001',
    MicrosoftAppPassword: 'test-secret',
    BOTFRAMEWORK_SERVICE_URLS: '',
  }

  it('answers a forged token with 401 and a body that carries no stack, host or library message', async () => {
    const { app, turns } = botApp(env)
    const forged = `${Buffer.from('{"alg":"RS256","kid":"x"}').toString('base64url')}.${Buffer.from('{"iss":"https://api.botframework.com","aud":"00000000-0000-0000-0000-000000000001"}').toString('base64url')}.c2ln`
    const res = await post(app, messageActivity('https://smba.trafficmanager.net/apac/', 'こんにちは'), {
      authorization: `Bearer ${forged}`,
    })
    const text = await res.text()
    expect(res.status).toBe(401)
    expect(JSON.parse(text)).toEqual({
      error: 'unauthorized',
      message: 'Bot Framework authentication failed.',
    })
    expect(text).not.toMatch(LEAK)
    expect(turns).toHaveLength(0)
  }, 30_000)
})

describe('allowedServiceUrl', () => {
  it('takes Bot Framework channel hosts and configured origins, and nothing else', () => {
    for (const ok of [
      'https://smba.trafficmanager.net/apac/',
      'https://webchat.botframework.com/',
      'https://directline.botframework.com/',
      'https://europe.webchat.botframework.com/',
      'https://smba.infra.gcc.teams.microsoft.com/',
    ])
      expect(allowedServiceUrl(ok, [])).toBe(true)
    for (const bad of [
      'http://webchat.botframework.com/',
      'https://botframework.com.evil.example/',
      'https://evil.example/?x=botframework.com',
      'https://webchat.botframework.com:8443/',
      'https://user:pw@webchat.botframework.com/',
      'http://127.0.0.1:3978/',
      'http://169.254.169.254/latest/',
      'not a url',
    ])
      expect(allowedServiceUrl(bad, [])).toBe(false)
    expect(allowedServiceUrl('http://127.0.0.1:3978/v3', ['http://127.0.0.1:3978'])).toBe(true)
  })
})

describe('defect 8: a store outage on Teams', () => {
  it('gives the same answer as the web: crisis lines first, then the city line, not a fixed 119/110 line', async () => {
    const base = createMemoryStore()
    const down: SessionStore = {
      ...base,
      name: 'down',
      get: () => Promise.reject(new StoreUnavailableError('down')),
      update: () => Promise.reject(new StoreUnavailableError('down')),
    }
    const directory = fakeDirectory()
    const conversation = createConversation({
      flows: realFlows(),
      directory,
      nlu: {
        analyze: () => {
          throw new Error('not reached')
        },
        screen: (text) => (text.includes('死にたい') ? { kind: 'suicide', matched: ['test'] } : null),
      },
      store: down,
      ttlSeconds: 60,
      logger: silentLogger,
    })
    const app = createApp({
      config: configSchema.parse({
        BOTFRAMEWORK_ALLOW_UNAUTHENTICATED: 'true',
        BOTFRAMEWORK_SERVICE_URLS: connector.serviceUrl,
      }),
      conversation,
      store: down,
      logger: silentLogger,
      now: () => new Date('2026-11-24T10:00:00+09:00'),
    })
    const before = connector.posted.length
    const res = await post(
      app,
      messageActivity(connector.serviceUrl, 'もう死にたい', { conversation: { id: 'outage-1' } }),
    )
    expect(res.status).toBe(200)
    const sent = JSON.stringify(connector.posted.slice(before).map((p) => p.activity))
    const crisisAt = sent.indexOf('0120-000-000')
    const cityAt = sent.indexOf('012-345-6789')
    expect(crisisAt).toBeGreaterThanOrEqual(0)
    expect(cityAt).toBeGreaterThan(crisisAt)
    await base.close?.()
  })
})
