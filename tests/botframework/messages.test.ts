import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { sessionIdFor } from '../../src/channels/botframework/session-id.ts'
import { type FakeBotConnector, startFakeBotConnector } from '../support/fake-bot-connector.ts'
import { botApp, messageActivity } from './helpers.ts'

type Card = { contentType: string; content: { title: string; buttons?: { type: string; value: string }[] } }

let connector: FakeBotConnector
beforeAll(async () => {
  connector = await startFakeBotConnector()
})
afterAll(async () => {
  await connector.close()
})

const post = (app: ReturnType<typeof botApp>['app'], body: unknown, headers: Record<string, string> = {}) =>
  app.request('/api/messages', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  })

describe('POST /api/messages without an app id (local use)', () => {
  it('says at start-up that it runs unauthenticated', () => {
    const { logs } = botApp({ BOTFRAMEWORK_SERVICE_URLS: connector.serviceUrl })
    expect(logs).toContainEqual({ level: 'warn', event: 'botframework_unauthenticated' })
  })

  it('posts replies to the Bot Connector at serviceUrl, choices as postBack suggested actions', async () => {
    const { app, turns } = botApp({ BOTFRAMEWORK_SERVICE_URLS: connector.serviceUrl })
    const before = connector.posted.length
    const act = messageActivity(connector.serviceUrl, '母の物忘れがひどくて心配です')
    const res = await post(app, act)
    expect(res.status).toBe(200)
    const replies = connector.posted.slice(before)
    expect(replies).toHaveLength(1)
    expect(replies[0]!.conversationId).toBe('conv-1')
    expect(replies[0]!.replyToId).toBe(act.id)
    expect(replies[0]!.activity.text).toBe('お住まいの区を選んでください。')
    expect(replies[0]!.activity.suggestedActions).toMatchObject({
      actions: [
        { type: 'postBack', title: '中原区', value: 'ward:nakahara' },
        { type: 'postBack', title: '多摩区', value: 'ward:tama' },
      ],
    })
    // The core got the text and a hashed session id, never the raw conversation id.
    expect(turns[0]!.message).toEqual({ type: 'text', text: '母の物忘れがひどくて心配です' })
    expect(turns[0]!.channel).toBe('botframework')
    expect(turns[0]!.sessionId).toBe(await sessionIdFor('webchat', 'conv-1'))
    expect(turns[0]!.sessionId).not.toContain('conv-1')
  })

  it("gives the turn the runtime's keepAlive (Workers: waitUntil), so its counters finish after the reply", async () => {
    const kept: Promise<unknown>[] = []
    const { app, turns } = botApp(
      { BOTFRAMEWORK_SERVICE_URLS: connector.serviceUrl },
      { keepAlive: () => (task) => kept.push(task) },
    )
    expect((await post(app, messageActivity(connector.serviceUrl, '母の物忘れが心配です'))).status).toBe(200)
    const task = Promise.resolve('counted')
    turns[0]!.keepAlive?.(task)
    expect(kept).toEqual([task])
    // Without a runtime that offers one (Node), the turn has none.
    const node = botApp({ BOTFRAMEWORK_SERVICE_URLS: connector.serviceUrl })
    await post(node.app, messageActivity(connector.serviceUrl, '母の物忘れが心配です'))
    expect(node.turns[0]!.keepAlive).toBeUndefined()
  })

  it('reads a tapped postBack (its value) or the typed label as the choice, and sends hero cards with tel:', async () => {
    const { app, turns } = botApp({ BOTFRAMEWORK_SERVICE_URLS: connector.serviceUrl })
    await post(app, messageActivity(connector.serviceUrl, '母の物忘れがひどくて心配です'))
    const before = connector.posted.length
    await post(app, messageActivity(connector.serviceUrl, 'ward:nakahara'))
    expect(turns[1]!.message).toEqual({ type: 'choice', value: 'ward:nakahara' })

    const replies = connector.posted.slice(before)
    expect(replies).toHaveLength(1)
    const cards = replies[0]!.activity.attachments as Card[]
    expect(cards.map((c) => c.contentType)).toEqual([
      'application/vnd.microsoft.card.hero',
      'application/vnd.microsoft.card.hero',
    ])
    expect(cards[0]!.content.title).toBe('テスト地域包括支援センター')
    expect(cards[0]!.content.buttons).toContainEqual({
      type: 'call',
      title: '電話する 044-000-0000',
      value: 'tel:0440000000',
    })
    // No verified phone, no call button.
    expect(cards[1]!.content.buttons?.some((b) => b.type === 'call')).toBe(false)

    // A resident typing the label of an offered choice (Teams imBack) is a choice too.
    await post(app, messageActivity(connector.serviceUrl, '多摩区'))
    expect(turns[2]!.message.type).toBe('text') // the last reply offered no choices
    await post(app, messageActivity(connector.serviceUrl, 'また相談です'))
    await post(app, messageActivity(connector.serviceUrl, '多摩区'))
    expect(turns[4]!.message).toEqual({ type: 'choice', value: 'ward:tama' })
  })

  it('greets a resident who joins (conversationUpdate) but not the bot joining', async () => {
    const { app, turns } = botApp({ BOTFRAMEWORK_SERVICE_URLS: connector.serviceUrl })
    const base = messageActivity(connector.serviceUrl, '')
    await post(app, { ...base, type: 'conversationUpdate', text: undefined, membersAdded: [{ id: 'bot-1' }] })
    expect(turns).toHaveLength(0)
    await post(app, {
      ...base,
      type: 'conversationUpdate',
      text: undefined,
      membersAdded: [{ id: 'user-1' }],
    })
    expect(turns.map((t) => t.message)).toEqual([{ type: 'start' }])
  })

  it('forgets the conversation on endOfConversation', async () => {
    const { app, ended } = botApp({ BOTFRAMEWORK_SERVICE_URLS: connector.serviceUrl })
    const base = messageActivity(connector.serviceUrl, '')
    const res = await post(app, { ...base, type: 'endOfConversation', text: undefined })
    expect(res.status).toBe(200)
    expect(ended).toEqual([await sessionIdFor('webchat', 'conv-1')])
  })

  it('returns the replies in the body for deliveryMode expectReplies, posting nothing', async () => {
    const { app } = botApp({ BOTFRAMEWORK_SERVICE_URLS: connector.serviceUrl })
    const before = connector.posted.length
    const res = await post(app, {
      ...messageActivity(connector.serviceUrl, '相談したい'),
      deliveryMode: 'expectReplies',
    })
    expect(res.status).toBe(200)
    const body = (await res.json()) as { activities: { text?: string; suggestedActions?: unknown }[] }
    expect(body.activities).toHaveLength(1)
    expect(body.activities[0]!.text).toBe('お住まいの区を選んでください。')
    expect(body.activities[0]!.suggestedActions).toBeDefined()
    expect(connector.posted.length).toBe(before)
  })

  it('answers 400 to a body that is not an activity', async () => {
    const { app } = botApp({ BOTFRAMEWORK_SERVICE_URLS: connector.serviceUrl })
    const res = await app.request('/api/messages', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: 'not json',
    })
    expect(res.status).toBe(400)
    expect((await res.json()) as object).toMatchObject({ error: 'invalid_request' })
  })
})

describe('POST /api/messages with MicrosoftAppId set', () => {
  const env = { MicrosoftAppId: '00000000-0000-0000-0000-000000000001', MicrosoftAppPassword: 'test-secret' }

  it('refuses a request without Authorization (401) and never reaches the core', async () => {
    const { app, turns, logs } = botApp({ ...env, BOTFRAMEWORK_SERVICE_URLS: connector.serviceUrl })
    expect(logs.some((l) => l.event === 'botframework_unauthenticated')).toBe(false)
    const before = connector.posted.length
    const res = await post(app, messageActivity(connector.serviceUrl, 'こんにちは'))
    expect(res.status).toBe(401)
    expect((await res.json()) as object).toMatchObject({ error: 'unauthorized' })
    expect(turns).toHaveLength(0)
    expect(connector.posted.length).toBe(before)
  })
})
