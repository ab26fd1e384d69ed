import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { drainDeferred } from '../../src/channels/line/defer.ts'
import type { FlexBubble, LineMessage } from '../../src/channels/line/line-types.ts'
import { validateLineMessages } from '../../src/channels/line/validate.ts'
import { silentLogger } from '../../src/core/log.ts'
import { buildNodeApp } from '../../src/runtime/node/build-node-app.ts'
import { closedPortUrl } from '../support/closed-port.ts'
import type { FakeLineApi } from '../support/fake-line-api.ts'
import { baseEvent, SECRET, signedHeaders, TOKEN, textEvent, webhookBody } from './helpers.ts'
import { bubbles, startLineStack } from './stack.ts'

// The real service (flows, NLU, directory, memory sessions, ward locator) over HTTP on loopback,
// talking to the fake LINE API. A weekday morning in Japan, so offices are open.
const NOW = new Date('2026-11-25T01:30:00Z') // Wed 10:30 JST

let stack: Awaited<ReturnType<typeof startLineStack>>
let fake: FakeLineApi

beforeAll(async () => {
  stack = await startLineStack({ now: NOW })
  fake = stack.fake
})
afterAll(() => stack?.close())
beforeEach(() => fake.reset())

let userSeq = 0
const newUser = () => `Ureal${String(++userSeq).padStart(28, '0')}`

const post = (events: unknown[], opts: { sign?: boolean } = {}) => stack.post(events, opts)
const say = (userId: string, event: Record<string, unknown>) => stack.say(userId, event)

const bubbleText = (b: FlexBubble) => JSON.stringify(b)

describe('LINE through the real stack', () => {
  it('a signed text event → exactly one reply call with a Flex card for the right office', async () => {
    const res = await post([
      { ...textEvent('中原区に住む父の介護のことで相談したい'), source: { type: 'user', userId: newUser() } },
    ])
    expect(res.status).toBe(200)
    await drainDeferred()
    const replies = fake.callsTo('/v2/bot/message/reply')
    expect(replies).toHaveLength(1)
    const messages = (replies[0]!.body as { messages: LineMessage[] }).messages
    const cards = bubbles(messages)
    expect(cards.length).toBeGreaterThan(0)
    expect(bubbleText(cards[0]!)).toContain('中原区役所')
    expect(bubbleText(cards[0]!)).toContain('tel:')
    expect(fake.callsTo('/v2/bot/message/push')).toHaveLength(0)
  })

  it('an unsigned event → 401 and no call to LINE', async () => {
    const res = await post([textEvent('中原区に住む父の介護のことで相談したい')], { sign: false })
    expect(res.status).toBe(401)
    await drainDeferred()
    expect(fake.calls).toHaveLength(0)
  })

  it('a full conversation: follow → 「父の介護のことで」 → ward by quick reply → agency card', async () => {
    const user = newUser()
    const greeting = await say(user, baseEvent({ type: 'follow', follow: { isUnblocked: false } }))
    expect(greeting.at(-1)!.quickReply!.items.length).toBeGreaterThan(1)

    const asked = await say(user, textEvent('父の介護のことで'))
    const wardItems = asked.at(-1)!.quickReply!.items
    const nakahara = wardItems.find((i) => i.action.label === '中原区')
    expect(nakahara?.action.type).toBe('postback')
    expect(wardItems.at(-1)!.action).toEqual({ type: 'location', label: '位置情報を送る' })

    // The resident taps 中原区: LINE sends the postback data, not the words.
    const data = nakahara!.action.type === 'postback' ? nakahara!.action.data : ''
    const answer = await say(user, baseEvent({ type: 'postback', postback: { data } }))
    const cards = bubbles(answer)
    expect(cards.length).toBeGreaterThan(0)
    const first = bubbleText(cards[0]!)
    expect(first).toContain('中原区')
    expect(first).toMatch(/"uri":"tel:\d+"/)
    expect(first).toMatch(/"text":"\d{2,4}-\d{2,4}-\d{4}"/)
  })

  it('crisis: 「死にたい」 as the first words → emergency lines at once, urgent, with call buttons', async () => {
    const user = newUser()
    const messages = await say(user, textEvent('もう死にたい'))
    const firstFlex = messages.findIndex((m) => m.type === 'flex')
    // At most one short sentence before the lines; no question is asked first.
    expect(firstFlex).toBeGreaterThanOrEqual(0)
    expect(firstFlex).toBeLessThanOrEqual(1)
    const cards = bubbles(messages)
    expect(cards.length).toBeGreaterThanOrEqual(2)
    expect(bubbleText(cards[0]!)).toContain('緊急・いますぐ')
    for (const c of cards) expect(bubbleText(c)).toMatch(/"uri":"tel:/)
    const alt =
      messages[firstFlex]!.type === 'flex' ? (messages[firstFlex] as { altText: string }).altText : ''
    // The lock screen shows only a neutral line, never a line's name or a concern.
    expect(alt).toBe('ご案内があります')
  })

  it('location: a point in 中原区 sets the ward, so the next concern is routed without asking', async () => {
    const user = newUser()
    await say(
      user,
      baseEvent({
        type: 'message',
        message: { type: 'location', id: 'l1', latitude: 35.5764, longitude: 139.6595 },
      }),
    )
    const answer = await say(user, textEvent('父の介護のことで'))
    expect(bubbleText(bubbles(answer)[0]!)).toContain('中原区役所')
  })

  it('location outside the city → the out-of-area answer', async () => {
    const messages = await say(
      newUser(),
      baseEvent({
        type: 'message',
        message: { type: 'location', id: 'l2', latitude: 35.4658, longitude: 139.6223 },
      }),
    )
    expect(JSON.stringify(messages)).toContain('川崎市外')
  })

  it('a sticker gets a kind answer, not an error', async () => {
    const messages = await say(
      newUser(),
      baseEvent({ type: 'message', message: { type: 'sticker', id: 's', packageId: '1', stickerId: '1' } }),
    )
    expect(messages[0]!.type).toBe('text')
  })

  it('redelivery of the same webhookEventId → one reply', async () => {
    const user = newUser()
    const event = { ...textEvent('麻生区の母が物忘れがひどい'), source: { type: 'user', userId: user } }
    await post([event])
    await post([{ ...event, deliveryContext: { isRedelivery: true } }])
    await drainDeferred()
    expect(fake.callsTo('/v2/bot/message/reply')).toHaveLength(1)
  })

  it('unfollow forgets the conversation', async () => {
    const user = newUser()
    await say(user, textEvent('父の介護のことで'))
    const ev = { ...baseEvent({ type: 'unfollow' }), source: { type: 'user', userId: user } } as Record<
      string,
      unknown
    >
    delete ev.replyToken
    const before = fake.calls.length
    expect((await post([ev])).status).toBe(200)
    await drainDeferred()
    expect(fake.calls.length).toBe(before)
    // Asked again about the ward: the earlier answer was forgotten with the session.
    const again = await say(user, textEvent('中原区です'))
    expect(bubbles(again)).toHaveLength(0)
  })
})

describe('LINE when the session store is down (Redis on a closed port)', () => {
  it('「死にたい」 still gets the emergency lines first, with verified numbers', async () => {
    const down = await buildNodeApp(
      {
        SESSION_STORE: 'redis',
        REDIS_URL: await closedPortUrl(),
        LINE_CHANNEL_SECRET: SECRET,
        LINE_CHANNEL_ACCESS_TOKEN: TOKEN,
        LINE_API_BASE_URL: fake.url,
      },
      { logger: silentLogger, now: () => NOW },
    )
    try {
      const body = webhookBody([
        { ...textEvent('もう死にたい'), source: { type: 'user', userId: newUser() } },
      ])
      const res = await down.app.request('/webhooks/line', {
        method: 'POST',
        body,
        headers: await signedHeaders(body),
      })
      expect(res.status).toBe(200)
      await drainDeferred()
      const replies = fake.callsTo('/v2/bot/message/reply')
      expect(replies).toHaveLength(1)
      const messages = (replies[0]!.body as { messages: LineMessage[] }).messages
      expect(validateLineMessages(messages)).toEqual([])
      expect(messages[0]!.type).toBe('text')
      const cards = bubbles(messages)
      expect(cards.length).toBeGreaterThan(0)
      expect(bubbleText(cards[0]!)).toContain('緊急・いますぐ')
      for (const c of cards) expect(bubbleText(c)).toMatch(/"uri":"tel:/)
    } finally {
      await down.close()
    }
  })
})
