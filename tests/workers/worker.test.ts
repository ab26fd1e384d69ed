import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import {
  chat,
  type DevWorker,
  devFetch,
  requireWrangler,
  startDevWorker,
} from '../../scripts/worker/dev-process.ts'
import { signLineBody } from '../../src/channels/line/signature.ts'
import { bundledCrisisModel, bundledGazetteer, bundledModel } from '../../src/runtime/node/bundled-models.ts'
import { type FakeBotConnector, startFakeBotConnector } from '../support/fake-bot-connector.ts'
import { type FakeLineApi, startFakeLineApi } from '../support/fake-line-api.ts'

// The Worker build (wrangler.toml, src/runtime/workers) running in workerd, over real HTTP: the
// web chat end to end (which needs the compact dictionary from the assets), a signed LINE webhook
// against a fake LINE API on loopback, and the assets staying private.

const SECRET = 'workers-test-channel-secret-0123'
const TOKEN = 'workers-test-access-token'
const cli = requireWrangler()

describe.skipIf(!cli)('the Worker in workerd (wrangler dev, memory sessions)', () => {
  let worker: DevWorker
  let line: FakeLineApi
  let connector: FakeBotConnector

  beforeAll(async () => {
    line = await startFakeLineApi({ accessToken: TOKEN })
    connector = await startFakeBotConnector()
    worker = await startDevWorker(
      cli!,
      {
        SESSION_STORE: 'memory',
        LOG_LEVEL: 'info',
        LINE_CHANNEL_SECRET: SECRET,
        LINE_CHANNEL_ACCESS_TOKEN: TOKEN,
        LINE_API_BASE_URL: line.url,
        BOTFRAMEWORK_ALLOW_UNAUTHENTICATED: 'true',
        BOTFRAMEWORK_SERVICE_URLS: connector.serviceUrl,
      },
      { config: inject('workerConfig') },
    )
  }, 100_000)

  afterAll(async () => {
    await worker?.stop()
    await line?.close()
    await connector?.close()
  })

  it('routes a web chat about a forgetful mother in 中原区 to an agency with a tappable phone', async () => {
    const first = await chat(worker.url, { text: '母の物忘れがひどくて心配です' })
    expect(first.status, worker.output()).toBe(200)
    // The dementia intent was recognised (the tokenizer works), so the bot asks for the ward.
    const ask = first.messages.find((m) => m.type === 'choices')
    expect(ask?.text).toMatch(/区/)

    const second = await chat(worker.url, { sessionId: first.sessionId, text: '中原区です' })
    expect(second.status).toBe(200)
    expect(second.sessionId).toBe(first.sessionId)
    const agencies = second.messages.filter((m) => m.type === 'agency')
    expect(agencies.length).toBeGreaterThan(0)
    const tel = agencies.map((m) => m.agency?.tel).find((t) => t?.startsWith('tel:'))
    expect(tel).toMatch(/^tel:[0-9#]+$/)

    // The isolate logged how it started, and no resident text reached the log.
    const started = worker.events().find((e) => e.event === 'started')
    expect(started).toMatchObject({ runtime: 'workers', store: 'memory' })
    expect(worker.output()).not.toContain('物忘れ')
    // It used the nearest-example index build:worker made, instead of building one at start-up.
    const events = worker.events().map((e) => e.event)
    expect(events).not.toContain('neighbour_index_missing')
    expect(events).not.toContain('neighbour_index_stale')
  })

  it('answers a signed LINE webhook with 200 and exactly one reply through the LINE API', async () => {
    line.reset()
    const body = JSON.stringify({
      destination: 'Uxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      events: [
        {
          type: 'message',
          mode: 'active',
          timestamp: Date.now(),
          webhookEventId: `01WORKERS${Date.now()}`,
          deliveryContext: { isRedelivery: false },
          source: { type: 'user', userId: 'U0123456789abcdef0123456789abcdef' },
          replyToken: 'reply-token-workers-1',
          message: { type: 'text', id: '1', quoteToken: 'q', text: '母の物忘れがひどくて心配です' },
        },
      ],
    })
    const { res } = await devFetch(`${worker.url}/webhooks/line`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-line-signature': await signLineBody(SECRET, body) },
      body,
    })
    expect(res.status, worker.output()).toBe(200)
    // The reply is sent after the 200, under executionCtx.waitUntil.
    const [reply] = await line.waitFor('/v2/bot/message/reply', 1, 15_000)
    expect((reply!.body as { replyToken: string }).replyToken).toBe('reply-token-workers-1')
    expect(reply!.headers.authorization).toBe(`Bearer ${TOKEN}`)
    const messages = (reply!.body as { messages: { type: string }[] }).messages
    expect(messages.length).toBeGreaterThan(0)
    await new Promise((r) => setTimeout(r, 1000))
    expect(line.callsTo('/v2/bot/message/reply')).toHaveLength(1)
  })

  it('refuses a LINE webhook whose signature does not match the body', async () => {
    line.reset()
    const body = JSON.stringify({ destination: 'U1', events: [] })
    const { res } = await devFetch(`${worker.url}/webhooks/line`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-line-signature': await signLineBody('another-secret', body),
      },
      body,
    })
    expect(res.status).toBe(401)
    expect(line.calls).toHaveLength(0)
  })

  it('runs botbuilder: a Bot Framework message gets its reply posted to the Bot Connector', async () => {
    // No MicrosoftAppId here and BOTFRAMEWORK_ALLOW_UNAUTHENTICATED=true: local traffic, as the Emulator sends.
    const { res } = await devFetch(`${worker.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        type: 'message',
        id: 'act-workers-1',
        channelId: 'webchat',
        serviceUrl: connector.serviceUrl,
        timestamp: new Date().toISOString(),
        from: { id: 'user-workers', name: 'resident' },
        recipient: { id: 'bot-1', name: 'soudan' },
        conversation: { id: 'conv-workers-1' },
        text: '母の物忘れがひどくて心配です',
      }),
    })
    expect(res.status, worker.output()).toBe(200)
    const replies = connector.posted.filter((p) => p.conversationId === 'conv-workers-1')
    expect(replies.length).toBeGreaterThan(0)
    expect(replies.some((r) => JSON.stringify(r.activity).includes('区'))).toBe(true)
  })

  it('keeps the dictionary private: assets are read through the binding, never served', async () => {
    for (const path of [
      '/dict/ipadic.kdc.json',
      '/dict/ipadic.kdc.0',
      '/nlu/neighbours.bin',
      '/nlu/model.nlm',
      '/nlu/crisis-model.nlm',
      '/nlu/gazetteer.json',
    ]) {
      const { res, text } = await devFetch(`${worker.url}${path}`)
      expect(res.status).toBe(404)
      // The app's own 404 (its secure headers), not the asset server's.
      expect(res.headers.get('x-content-type-options')).toBe('nosniff')
      expect(text).toBe('Not Found')
    }
    const health = await devFetch(`${worker.url}/healthz`)
    expect(JSON.parse(health.text)).toEqual({ ok: true, store: 'memory' })
  })

  it('reads the NLU models from the assets: none of them is inside the script', () => {
    // Bundled, they became JavaScript literals that kept the isolate over 128 MB (src/nlu/models.ts).
    const dir = dirname(inject('workerConfig'))
    const script = readdirSync(dir).find((f) => f.endsWith('.js'))
    const text = readFileSync(join(dir, script!), 'utf8')
    for (const hash of [bundledModel.contentHash, bundledCrisisModel.sourceHash, bundledGazetteer.sourceHash])
      expect(text.includes(hash), hash).toBe(false)
    // ...but the same script does hold the staff files (the check can find what it looks for).
    expect(text.includes('\\u4E2D\\u539F\\u533A') || text.includes('中原区')).toBe(true)
  })
})
