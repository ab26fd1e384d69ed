import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { drainDeferred } from '../../src/channels/line/defer.ts'
import type { LineMessage } from '../../src/channels/line/line-types.ts'
import { validateLineMessages } from '../../src/channels/line/validate.ts'
import type { Turn } from '../../src/core/conversation.ts'
import type { OutboundMessage } from '../../src/core/messages.ts'
import { createApp } from '../../src/http/app.ts'
import { type FakeLineApi, startFakeLineApi } from '../support/fake-line-api.ts'
import {
  agency,
  baseEvent,
  fakeConversation,
  lineConfig,
  recordingLogger,
  SECRET,
  signedHeaders,
  TOKEN,
  textEvent,
  tinyStore,
  USER_ID,
  webhookBody,
} from './helpers.ts'

let fake: FakeLineApi
beforeAll(async () => {
  fake = await startFakeLineApi({ accessToken: TOKEN })
})
afterAll(() => fake.close())
beforeEach(() => fake.reset())

const defaultAnswer = (turn: Turn): OutboundMessage[] => {
  const m = turn.message
  if (m.type === 'text') return [{ type: 'text', text: 'ご相談の窓口です。' }, agency()]
  if (m.type === 'start')
    return [{ type: 'choices', text: 'こんにちは。', choices: [{ value: 'menu', label: '相談する' }] }]
  return [{ type: 'text', text: `受け取りました: ${m.type}` }]
}

type Answer = (turn: Turn) => OutboundMessage[] | Promise<OutboundMessage[]>

const setup = (opts: { env?: Record<string, string>; answer?: Answer } = {}) => {
  const conv = fakeConversation(opts.answer ?? defaultAnswer)
  const log = recordingLogger()
  const app = createApp({
    config: lineConfig({ LINE_API_BASE_URL: fake.url, ...opts.env }),
    conversation: conv.service,
    store: tinyStore(),
    logger: log.logger,
    now: () => new Date('2026-11-24T01:00:00Z'),
  })
  const post = async (body: string, headers: Record<string, string>) => {
    const res = await app.request('/webhooks/line', { method: 'POST', body, headers })
    return res
  }
  const postSigned = async (events: unknown[]) => {
    const body = webhookBody(events)
    return post(body, await signedHeaders(body))
  }
  return { app, conv, log, post, postSigned }
}

const replies = () => fake.callsTo('/v2/bot/message/reply')
const replyMessages = (i = 0) => (replies()[i]!.body as { messages: LineMessage[] }).messages

describe('background work on Workers', () => {
  it("hands the event's work and the turn's counters to the runtime's keepAlive (waitUntil)", async () => {
    const conv = fakeConversation(defaultAnswer)
    const kept: Promise<unknown>[] = []
    const app = createApp({
      config: lineConfig({ LINE_API_BASE_URL: fake.url }),
      conversation: conv.service,
      store: tinyStore(),
      logger: recordingLogger().logger,
      now: () => new Date('2026-11-24T01:00:00Z'),
      keepAlive: () => (task) => kept.push(task),
    })
    const body = webhookBody([textEvent('父の介護のことで')])
    expect(
      (await app.request('/webhooks/line', { method: 'POST', body, headers: await signedHeaders(body) }))
        .status,
    ).toBe(200)
    await drainDeferred()
    expect(kept).toHaveLength(1) // the event's work
    const counters = Promise.resolve('counted')
    conv.turns[0]!.keepAlive?.(counters)
    expect(kept).toEqual([expect.any(Promise), counters])
  })
})

describe('signature', () => {
  it('accepts a correctly signed body and replies once with a Flex agency card', async () => {
    const { postSigned, conv } = setup()
    const event = textEvent('父の介護のことで')
    const res = await postSigned([event])
    expect(res.status).toBe(200)
    await drainDeferred()
    expect(conv.turns).toHaveLength(1)
    expect(replies()).toHaveLength(1)
    const call = replies()[0]!
    expect(call.headers.authorization).toBe(`Bearer ${TOKEN}`)
    expect((call.body as { replyToken: string }).replyToken).toBe(event.replyToken)
    const messages = replyMessages()
    expect(messages.map((m) => m.type)).toEqual(['text', 'flex'])
    expect(validateLineMessages(messages)).toEqual([])
    expect(JSON.stringify(messages[1])).toContain('tel:0447443113')
  })

  it('rejects a missing signature with 401 and processes nothing', async () => {
    const { post, conv } = setup()
    const res = await post(webhookBody([textEvent('こんにちは')]), { 'content-type': 'application/json' })
    expect(res.status).toBe(401)
    expect(await res.json()).toMatchObject({ error: 'invalid_signature' })
    await drainDeferred()
    expect(conv.turns).toHaveLength(0)
    expect(fake.calls).toHaveLength(0)
  })

  it('rejects a signature made with another secret', async () => {
    const { post, conv } = setup()
    const body = webhookBody([textEvent('こんにちは')])
    const res = await post(body, await signedHeaders(body, `${SECRET}x`))
    expect(res.status).toBe(401)
    await drainDeferred()
    expect(conv.turns).toHaveLength(0)
    expect(fake.calls).toHaveLength(0)
  })

  it('rejects a body changed after signing (one byte)', async () => {
    const { post, conv } = setup()
    const body = webhookBody([textEvent('こんにちは')])
    const headers = await signedHeaders(body)
    const res = await post(body.replace('こんにちは', 'こんばんは'), headers)
    expect(res.status).toBe(401)
    const garbage = await post(body, { ...headers, 'x-line-signature': 'not base64!!' })
    expect(garbage.status).toBe(401)
    await drainDeferred()
    expect(conv.turns).toHaveLength(0)
    expect(fake.calls).toHaveLength(0)
  })

  it('answers 503 with a clear message when no channel secret is configured', async () => {
    const { post, log } = setup({ env: { LINE_CHANNEL_SECRET: '' } })
    const res = await post(webhookBody([]), { 'x-line-signature': 'x' })
    expect(res.status).toBe(503)
    expect((await res.json()) as { message: string }).toMatchObject({ error: 'channel_not_configured' })
    expect(log.lines.some((l) => l.event === 'line.disabled' && l.level === 'warn')).toBe(true)
  })

  it('answers 400 to a signed body that is not a webhook', async () => {
    const { post } = setup()
    const body = JSON.stringify({ hello: 1 })
    expect((await post(body, await signedHeaders(body))).status).toBe(400)
  })

  it('acknowledges before the turn finishes (work is deferred)', async () => {
    let release!: () => void
    const gate = new Promise<void>((r) => {
      release = r
    })
    const { postSigned, conv } = setup({
      answer: async () => {
        await gate
        return [{ type: 'text', text: 'おまたせしました。' }]
      },
    })
    try {
      const res = await postSigned([textEvent('相談です')])
      expect(res.status).toBe(200)
      // LINE already has its 200; the turn starts afterwards and cannot finish until released.
      while (conv.turns.length === 0) await new Promise((r) => setTimeout(r, 5))
      expect(replies()).toHaveLength(0)
    } finally {
      release()
    }
    await drainDeferred()
    expect(replies()).toHaveLength(1)
  })
})

describe('events', () => {
  it('text → text turn with an HMAC session id (no raw LINE id), loading shown first', async () => {
    const { postSigned, conv, log } = setup()
    await postSigned([textEvent('母が物忘れ')])
    await drainDeferred()
    const turn = conv.turns[0]!
    expect(turn.channel).toBe('line')
    expect(turn.message).toEqual({ type: 'text', text: '母が物忘れ' })
    expect(turn.sessionId).toMatch(/^line:[0-9a-f]{40}$/)
    expect(turn.sessionId).not.toContain(USER_ID)
    const loading = fake.callsTo('/v2/bot/chat/loading/start')
    expect(loading).toHaveLength(1)
    expect(loading[0]!.body).toEqual({ chatId: USER_ID, loadingSeconds: 20 })
    expect(fake.calls.findIndex((c) => c.path.includes('loading'))).toBeLessThan(
      fake.calls.findIndex((c) => c.path.includes('reply')),
    )
    const logged = JSON.stringify(log.lines)
    expect(logged).not.toContain(USER_ID)
    expect(logged).not.toContain('物忘れ')
  })

  it('the same user gets the same session id; another user another', async () => {
    const { postSigned, conv } = setup()
    await postSigned([
      textEvent('一'),
      textEvent('二'),
      textEvent('三', { source: { type: 'user', userId: 'Uother' } }),
    ])
    await drainDeferred()
    const [a, b, c] = conv.turns.map((t) => t.sessionId)
    expect(a).toBe(b)
    expect(c).not.toBe(a)
  })

  it('postback → choice turn with the data, not the label', async () => {
    const { postSigned, conv } = setup()
    await postSigned([baseEvent({ type: 'postback', postback: { data: 'concern:dementia' } })])
    await drainDeferred()
    expect(conv.turns[0]!.message).toEqual({ type: 'choice', value: 'concern:dementia' })
    expect(replies()).toHaveLength(1)
  })

  it('location → location turn', async () => {
    const { postSigned, conv } = setup()
    const message = {
      type: 'location',
      id: '2',
      title: '',
      address: '川崎市中原区',
      latitude: 35.5764,
      longitude: 139.6594,
    }
    await postSigned([baseEvent({ type: 'message', message })])
    await drainDeferred()
    expect(conv.turns[0]!.message).toEqual({ type: 'location', latitude: 35.5764, longitude: 139.6594 })
  })

  it.each(['sticker', 'image', 'audio', 'video', 'file'])(
    '%s → unsupported turn and a reply',
    async (kind) => {
      const { postSigned, conv } = setup()
      await postSigned([baseEvent({ type: 'message', message: { type: kind, id: '3' } })])
      await drainDeferred()
      expect(conv.turns[0]!.message).toEqual({ type: 'unsupported', kind })
      expect(replies()).toHaveLength(1)
    },
  )

  it('follow → start turn; the quick reply choices are postbacks', async () => {
    const { postSigned, conv } = setup()
    await postSigned([baseEvent({ type: 'follow', follow: { isUnblocked: false } })])
    await drainDeferred()
    expect(conv.turns[0]!.message).toEqual({ type: 'start' })
    const last = replyMessages().at(-1)!
    expect(last.quickReply?.items[0]?.action).toEqual({
      type: 'postback',
      label: '相談する',
      data: 'menu',
      displayText: '相談する',
    })
  })

  it('rich menu 使い方 (postback help) → the start turn a new friend gets', async () => {
    const { postSigned, conv } = setup()
    await postSigned([baseEvent({ type: 'postback', postback: { data: 'help' } })])
    await drainDeferred()
    expect(conv.turns[0]!.message).toEqual({ type: 'start' })
  })

  it('standby mode (another channel module is in charge) → nothing', async () => {
    const { postSigned, conv } = setup()
    await postSigned([textEvent('相談', { mode: 'standby' })])
    await drainDeferred()
    expect(conv.turns).toHaveLength(0)
    expect(fake.calls).toHaveLength(0)
  })

  it('unfollow → conversation.end, no reply and no loading', async () => {
    const { postSigned, conv } = setup()
    const ev = baseEvent({ type: 'unfollow' }) as Record<string, unknown>
    delete ev.replyToken
    await postSigned([ev])
    await drainDeferred()
    expect(conv.ended).toHaveLength(1)
    expect(conv.ended[0]).toMatch(/^line:/)
    expect(conv.turns).toHaveLength(0)
    expect(fake.calls).toHaveLength(0)
  })

  it('group chat: session keyed by the group, no loading animation (user chats only)', async () => {
    const { postSigned, conv } = setup()
    await postSigned([textEvent('相談', { source: { type: 'group', groupId: 'Cgroup1', userId: USER_ID } })])
    await drainDeferred()
    expect(conv.turns).toHaveLength(1)
    expect(fake.callsTo('/v2/bot/chat/loading/start')).toHaveLength(0)
    expect(replies()).toHaveLength(1)
  })

  it('unknown event types are ignored without error', async () => {
    const { postSigned, conv, log } = setup()
    const res = await postSigned([baseEvent({ type: 'beacon', beacon: { hwid: 'x', type: 'enter' } })])
    expect(res.status).toBe(200)
    await drainDeferred()
    expect(conv.turns).toHaveLength(0)
    expect(log.lines.filter((l) => l.level === 'error')).toEqual([])
  })
})

describe('redelivery and replies', () => {
  it('the same webhookEventId twice → one turn, one reply', async () => {
    const { postSigned, conv, log } = setup()
    const event = textEvent('相談したい')
    await postSigned([event])
    await postSigned([{ ...event, deliveryContext: { isRedelivery: true } }])
    await drainDeferred()
    expect(conv.turns).toHaveLength(1)
    expect(replies()).toHaveLength(1)
    expect(log.lines.some((l) => l.event === 'line.event_duplicate' && l.fields.redelivery === true)).toBe(
      true,
    )
  })

  it('expired reply token: pushes when LINE_PUSH_ENABLED=true', async () => {
    const { postSigned } = setup({ env: { LINE_PUSH_ENABLED: 'true' } })
    const event = textEvent('相談')
    fake.expiredTokens.add(event.replyToken)
    await postSigned([event])
    await drainDeferred()
    const pushes = fake.callsTo('/v2/bot/message/push')
    expect(pushes).toHaveLength(1)
    expect((pushes[0]!.body as { to: string }).to).toBe(USER_ID)
  })

  it('expired reply token: no push when push is off (the default), error logged', async () => {
    const { postSigned, log } = setup()
    const event = textEvent('相談')
    fake.expiredTokens.add(event.replyToken)
    await postSigned([event])
    await drainDeferred()
    expect(fake.callsTo('/v2/bot/message/push')).toHaveLength(0)
    expect(log.lines.some((l) => l.event === 'line.reply_failed' && l.fields.status === 400)).toBe(true)
  })

  it('more than 5 messages with push off: one reply of ≤5, every agency card kept', async () => {
    const many: OutboundMessage[] = []
    for (let i = 0; i < 4; i++) {
      many.push({ type: 'text', text: `説明${i}` }, agency({ id: `a${i}`, name: `窓口${i}` }))
    }
    const { postSigned } = setup({ answer: () => many })
    await postSigned([textEvent('相談')])
    await drainDeferred()
    expect(replies()).toHaveLength(1)
    const messages = replyMessages()
    expect(messages.length).toBeLessThanOrEqual(5)
    expect(validateLineMessages(messages)).toEqual([])
    const json = JSON.stringify(messages)
    for (let i = 0; i < 4; i++) expect(json).toContain(`窓口${i}`)
    expect(fake.callsTo('/v2/bot/message/push')).toHaveLength(0)
  })

  it('more than 5 messages with push on: reply 5, push the rest in order', async () => {
    const many: OutboundMessage[] = []
    for (let i = 0; i < 4; i++)
      many.push(agency({ id: `a${i}`, name: `窓口${i}` }), { type: 'text', text: `説明${i}` })
    many.push({ type: 'choices', text: 'ほかに', choices: [{ value: 'restart', label: '最初から' }] })
    const s = setup({ env: { LINE_PUSH_ENABLED: 'true' }, answer: () => many })
    await s.postSigned([textEvent('相談')])
    await drainDeferred()
    expect(replyMessages()).toHaveLength(5)
    const pushes = fake.callsTo('/v2/bot/message/push')
    expect(pushes).toHaveLength(1)
    const pushed = (pushes[0]!.body as { messages: LineMessage[] }).messages
    expect(pushed.at(-1)!.quickReply).toBeDefined()
    expect(replyMessages().some((m) => m.quickReply)).toBe(false)
  })

  it('a turn the core rejects still gets the core’s apology (no stack trace)', async () => {
    const { postSigned, log } = setup({
      answer: () => {
        throw new Error('store down')
      },
    })
    await postSigned([textEvent('相談')])
    await drainDeferred()
    const text = JSON.stringify(replyMessages())
    expect(text).toContain('declined: internal')
    expect(text).not.toContain('store down')
    expect(log.lines.some((l) => l.event === 'line.turn_rejected')).toBe(true)
  })
})
