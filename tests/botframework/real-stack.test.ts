import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { silentLogger } from '../../src/core/log.ts'
import { buildNodeApp, type NodeApp } from '../../src/runtime/node/build-node-app.ts'
import { type FakeBotConnector, startFakeBotConnector } from '../support/fake-bot-connector.ts'
import { messageActivity } from './helpers.ts'

// The whole service behind /api/messages: a resident in Web Chat writes a concern, taps the ward
// (a postBack of the choice value) and gets a hero card with a call button.

type Action = { type: string; title: string; value: string }
type Card = { contentType: string; content: { title: string; buttons?: Action[] } }

let built: NodeApp
let connector: FakeBotConnector
beforeAll(async () => {
  connector = await startFakeBotConnector()
  built = await buildNodeApp(
    {
      SESSION_STORE: 'memory',
      BOTFRAMEWORK_ALLOW_UNAUTHENTICATED: 'true',
      BOTFRAMEWORK_SERVICE_URLS: connector.serviceUrl,
    },
    { logger: silentLogger },
  )
})
afterAll(async () => {
  await connector?.close()
  await built?.close()
})

const send = async (text: string) => {
  const before = connector.posted.length
  const res = await built.app.request('/api/messages', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(messageActivity(connector.serviceUrl, text, { conversation: { id: 'real-conv' } })),
  })
  expect(res.status).toBe(200)
  return connector.posted.slice(before).map((p) => p.activity)
}

describe('/api/messages on the real stack', () => {
  it('routes a concern to an agency card with a tel: call button', async () => {
    const first = await send('母の物忘れがひどくて心配です')
    const actions = first.flatMap(
      (a) => (a.suggestedActions as { actions: Action[] } | undefined)?.actions ?? [],
    )
    const ward = actions.find((a) => a.title === '中原区')
    expect(ward).toMatchObject({ type: 'postBack' })

    const second = await send(ward!.value)
    const cards = second.flatMap((a) => (a.attachments as Card[] | undefined) ?? [])
    expect(cards.length).toBeGreaterThan(0)
    const calls = cards.flatMap((c) => c.content.buttons ?? []).filter((b) => b.type === 'call')
    expect(calls.length).toBeGreaterThan(0)
    for (const c of calls) expect(c.value).toMatch(/^tel:[0-9#*+]+$/)
    expect(cards.some((c) => c.content.title.includes('中原区'))).toBe(true)
  })
})
