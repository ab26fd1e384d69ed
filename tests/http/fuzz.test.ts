import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { drainDeferred } from '../../src/channels/line/defer.ts'
import type { LogFields, Logger, LogLevel } from '../../src/core/log.ts'
import { buildNodeApp, type NodeApp } from '../../src/runtime/node/build-node-app.ts'
import { SECRET, signedHeaders, TOKEN, USER_ID } from '../line/helpers.ts'
import { type FakeBotConnector, startFakeBotConnector } from '../support/fake-bot-connector.ts'
import { type FakeLineApi, startFakeLineApi } from '../support/fake-line-api.ts'

// Issue 10, item 9: a seeded property test over the three endpoints of the real service (flows, NLU,
// directory, memory sessions; LINE and the Bot Connector as local fakes). Whatever arrives, no response
// is a 5xx and no body carries a stack, an internal host or a library's message. FUZZ_RUNS scales it
// (9 requests per run: the default 500 is 4,500 requests; FUZZ_RUNS=1112 is the 10,000 of issue 10);
// FUZZ_SEED replays a failure.

const SEED = Number(process.env.FUZZ_SEED ?? 20261206)
const RUNS = Number(process.env.FUZZ_RUNS ?? 500)

/** What a body must never say: a stack frame, an internal host, or an error a library wrote. */
const LEAK =
  /\bat [\w.<>]+ \(|node:internal|\/work\/|node_modules|ENOTFOUND|ECONNREFUSED|ETIMEDOUT|127\.0\.0\.1|localhost|TypeError|ReferenceError|SyntaxError|RangeError|Unexpected token|is not a function|Cannot read prop|botframework\.com|api\.line\.me/

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/

let built: NodeApp
let line: FakeLineApi
let connector: FakeBotConnector
const errors: { event: string; fields: LogFields }[] = []
const logger: Logger = {
  log: (level: LogLevel, event, fields = {}) => {
    if (level === 'error') errors.push({ event, fields })
  },
}

beforeAll(async () => {
  line = await startFakeLineApi({ accessToken: TOKEN })
  connector = await startFakeBotConnector()
  built = await buildNodeApp(
    {
      SESSION_STORE: 'memory',
      CHAT_RATE_LIMIT_PER_MINUTE: '0',
      LINE_CHANNEL_SECRET: SECRET,
      LINE_CHANNEL_ACCESS_TOKEN: TOKEN,
      LINE_API_BASE_URL: line.url,
      BOTFRAMEWORK_ALLOW_UNAUTHENTICATED: 'true',
      BOTFRAMEWORK_SERVICE_URLS: connector.serviceUrl,
    },
    { logger },
  )
}, 60_000)
afterAll(async () => {
  await drainDeferred(10_000)
  await built?.close()
  await line?.close()
  await connector?.close()
})

const seen = { requests: 0, fiveXX: 0, leaks: 0, byStatus: new Map<number, number>() }

const check = async (res: Response) => {
  const text = await res.text()
  seen.requests += 1
  seen.byStatus.set(res.status, (seen.byStatus.get(res.status) ?? 0) + 1)
  if (res.status >= 500) seen.fiveXX += 1
  if (LEAK.test(text)) seen.leaks += 1
  expect(res.status, text.slice(0, 300)).toBeLessThan(500)
  expect(text, 'leak').not.toMatch(LEAK)
}

// Text as residents and attackers send it: Japanese, controls, NUL, lone surrogates, emoji, long runs.
const nasty = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 80 }),
  fc.string({ unit: 'grapheme', maxLength: 80 }),
  fc.constantFrom(
    '母の物忘れがひどくて心配です',
    'もう死にたい',
    '中原区',
    'はい',
    '\u0000',
    '\uD800',
    '\uDC00\uD800',
    '\u202E\u200B',
    '😀'.repeat(300),
    'ア'.repeat(1000),
    'a'.repeat(1001),
    '',
    ' ',
  ),
  fc
    .tuple(fc.constantFrom('ア', 'ｱ', 'a', '漢', '\u0301', '\uD83D'), fc.integer({ min: 1, max: 1200 }))
    .map(([c, n]) => c.repeat(n)),
)

// Choice values: the grammar the flows use, and everything around it.
const choice = fc.oneof(
  fc
    .tuple(
      fc.constantFrom('ward:', 'concern:', 'goto:', 'safety:', 'menu', 'restart', ''),
      fc.oneof(fc.constantFrom('nakahara', 'kawasaki', 'dementia', 'yes', 'no', 'unsure', 'start'), nasty),
    )
    .map(([p, v]) => p + v),
  nasty,
)

const jsonish = fc.oneof(fc.jsonValue({ maxDepth: 3 }), fc.object({ maxDepth: 2 }))

const chatBody = fc.oneof(
  fc.record(
    {
      sessionId: fc.oneof(
        fc.constant('fuzz-session-0001'),
        fc.stringMatching(/^[A-Za-z0-9_-]{8,64}$/),
        nasty,
      ),
      text: nasty,
      choice,
    },
    { requiredKeys: [] },
  ),
  jsonish,
)

// Mostly well-formed turns (so the NLU, the flows and the store are what is fuzzed), some of anything.
const validTurn = fc.oneof(
  fc.record({ sessionId: fc.constantFrom('fuzz-session-0001', 'fuzz-session-0002'), text: nasty }),
  fc.record({ sessionId: fc.constantFrom('fuzz-session-0001', 'fuzz-session-0002'), choice }),
  fc.record({ text: nasty }),
)

const chatRequest = fc.record({
  method: fc.constantFrom('POST', 'POST', 'POST', 'POST', 'POST', 'DELETE', 'GET', 'OPTIONS', 'PUT'),
  contentType: fc.constantFrom(
    'application/json',
    'application/json',
    'application/json; charset=utf-8',
    'text/plain',
  ),
  body: fc.oneof(
    { weight: 4, arbitrary: validTurn.map((b) => JSON.stringify(b)) },
    { weight: 2, arbitrary: chatBody.map((b) => JSON.stringify(b)) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 200 }) },
  ),
  id: fc.oneof(fc.stringMatching(/^[A-Za-z0-9_-]{8,64}$/), nasty),
})

const source = fc.oneof(
  fc.constant({ type: 'user', userId: USER_ID }),
  fc.record({ type: fc.constantFrom('group', 'room', 'user', 'x'), groupId: nasty, userId: nasty }),
  jsonish,
)

const lineMessage = fc.oneof(
  fc.record({ type: fc.constant('text'), id: fc.string(), quoteToken: fc.string(), text: nasty }),
  fc.record({
    type: fc.constant('location'),
    id: fc.string(),
    latitude: fc.oneof(fc.double({ noNaN: true }), fc.double({ min: 35.5, max: 35.7, noNaN: true })),
    longitude: fc.oneof(fc.double({ noNaN: true }), fc.double({ min: 139.4, max: 139.8, noNaN: true })),
    address: fc.option(nasty),
  }),
  fc.record({ type: fc.constantFrom('sticker', 'image', 'audio', 'video', 'file', 'x'), id: fc.string() }),
  jsonish,
)

let eventSeq = 0
const lineEvent = fc.oneof(
  fc
    .record({
      type: fc.constantFrom('message', 'postback', 'follow', 'unfollow', 'join', 'leave', 'beacon', 'x'),
      message: lineMessage,
      postback: fc.record({ data: choice }, { requiredKeys: [] }),
      source,
      replyToken: fc.oneof(fc.constant('reply-token'), fc.constant('reply-token'), nasty),
      mode: fc.constantFrom('active', 'standby', 'x'),
      timestamp: fc.oneof(fc.integer(), fc.constant(Date.now())),
      deliveryContext: fc.record({ isRedelivery: fc.boolean() }),
    })
    .map((e) => {
      const n = (eventSeq++).toString(36)
      // A well-formed token is unique, as LINE's are (a reused one is rightly refused by the fake).
      return {
        ...e,
        webhookEventId: `01FUZZ${n}`,
        replyToken: e.replyToken === 'reply-token' ? `rt-${n}` : e.replyToken,
      }
    }),
  jsonish,
)

const activity = fc
  .record(
    {
      type: fc.constantFrom('message', 'conversationUpdate', 'endOfConversation', 'invoke', 'event', 'x', ''),
      text: nasty,
      value: fc.oneof(fc.record({ choice }), jsonish),
      channelId: fc.constantFrom('webchat', 'msteams', 'directline', 'emulator', ''),
      serviceUrl: fc.oneof(
        fc.constant(''),
        fc.constant('CONNECTOR'),
        fc.constant('http://169.254.169.254/'),
        fc.webUrl(),
        nasty,
      ),
      conversation: fc.oneof(fc.record({ id: fc.oneof(fc.constant('fuzz-conv'), nasty) }), jsonish),
      from: fc.record({ id: fc.string(), name: fc.string() }),
      recipient: fc.record({ id: fc.constant('bot-1'), name: fc.string() }),
      membersAdded: fc.array(fc.record({ id: fc.string() }), { maxLength: 2 }),
      attachments: fc.array(jsonish, { maxLength: 2 }),
      id: fc.string(),
    },
    { requiredKeys: ['type'] },
  )
  .map((a) => ({ ...a, serviceUrl: a.serviceUrl === 'CONNECTOR' ? connector.serviceUrl : a.serviceUrl }))

describe('fuzzing the three endpoints (seeded)', () => {
  it('/api/chat: no 5xx, no leak', async () => {
    await fc.assert(
      fc.asyncProperty(chatRequest, async (r) => {
        // A lone surrogate cannot be percent-encoded as UTF-8: send its raw (invalid) bytes instead.
        const id = LONE_SURROGATE.test(r.id) ? '%ED%A0%80' : encodeURIComponent(r.id)
        const path = r.method === 'DELETE' ? `/api/chat/${id}` : '/api/chat'
        const init: RequestInit = {
          method: r.method,
          headers: r.contentType ? { 'content-type': r.contentType } : {},
        }
        if (r.method === 'POST' || r.method === 'PUT') init.body = r.body
        await check(await built.app.request(path, init))
      }),
      { seed: SEED, numRuns: RUNS * 4 },
    )
  }, 120_000)

  it('/webhooks/line signed: no 5xx, no leak, and no event fails after the 200', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc
            .array(lineEvent, { maxLength: 4 })
            .map((events) => JSON.stringify({ destination: 'U1', events })),
          jsonish.map((j) => JSON.stringify(j)),
        ),
        async (body) => {
          await check(
            await built.app.request('/webhooks/line', {
              method: 'POST',
              body,
              headers: await signedHeaders(body),
            }),
          )
        },
      ),
      { seed: SEED, numRuns: RUNS * 2 },
    )
    await drainDeferred(30_000)
    expect(errors.filter((e) => e.event.startsWith('line.')).map((e) => e.event)).toEqual([])
  }, 180_000)

  it('/webhooks/line unsigned or forged: no 5xx, no leak', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.string({ unit: 'binary', maxLength: 300 }),
        fc.option(fc.string({ maxLength: 60 })),
        async (body, signature) => {
          const headers: Record<string, string> = { 'content-type': 'application/json' }
          if (signature !== null) headers['x-line-signature'] = signature.replace(/[^\x20-\x7e]/g, '')
          await check(await built.app.request('/webhooks/line', { method: 'POST', body, headers }))
        },
      ),
      { seed: SEED, numRuns: RUNS },
    )
  }, 120_000)

  it('/api/messages: no 5xx, no leak', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          activity.map((a) => JSON.stringify(a)),
          fc.string({ maxLength: 100 }),
        ),
        async (body) => {
          await check(
            await built.app.request('/api/messages', {
              method: 'POST',
              body,
              headers: { 'content-type': 'application/json' },
            }),
          )
        },
      ),
      { seed: SEED, numRuns: RUNS * 2 },
    )
  }, 180_000)

  it('turns never fail inside the core, and the totals are reported', () => {
    const failed = errors.filter((e) => e.event === 'turn.failed' || e.event === 'unhandled_error')
    console.log(
      `fuzz (seed ${SEED}): ${seen.requests} requests, ${seen.fiveXX} × 5xx, ${seen.leaks} leaks; statuses ${JSON.stringify(Object.fromEntries(seen.byStatus))}`,
    )
    expect(seen.requests).toBe(RUNS * 9)
    expect(failed.map((e) => `${e.event} ${JSON.stringify(e.fields)}`)).toEqual([])
  })
})
