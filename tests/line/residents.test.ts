import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { fitMessages } from '../../src/channels/line/fit.ts'
import type { LineMessage } from '../../src/channels/line/line-types.ts'
import { DV_CHAT_NOTE, renderOutbound } from '../../src/channels/line/render.ts'
import type { FakeLineApi } from '../support/fake-line-api.ts'
import { agency, baseEvent, textEvent } from './helpers.ts'
import { bubbles, startLineStack } from './stack.ts'

// LINE as a resident at risk meets it, through the real stack and the fake LINE API, with push turned
// on: at 21:00 on a weekday, so offices are closed and the answers must carry a line open now.
const NOW = new Date('2026-11-25T12:00:00Z') // Wed 21:00 JST

let stack: Awaited<ReturnType<typeof startLineStack>>
let fake: FakeLineApi

beforeAll(async () => {
  stack = await startLineStack({ now: NOW, env: { LINE_PUSH_ENABLED: 'true' } })
  fake = stack.fake
})
afterAll(() => stack?.close())
beforeEach(() => fake.reset())

let seq = 0
const newUser = () => `Uresi${String(++seq).padStart(28, '0')}`

const say = (userId: string, event: Record<string, unknown>) => stack.say(userId, event)
const tap = (userId: string, data: string) => say(userId, baseEvent({ type: 'postback', postback: { data } }))
const texts = (messages: LineMessage[]) => messages.flatMap((m) => (m.type === 'text' ? [m.text] : []))

describe('DV-safe LINE', () => {
  it('a DV answer: neutral altText, the chat note once, #8008 as text with a copy button, nothing pushed', async () => {
    const user = newUser()
    const answer = await say(user, textEvent('夫から暴力を受けています。川崎区に住んでいます'))
    const flex = answer.filter((m) => m.type === 'flex')
    expect(flex.length).toBeGreaterThan(0)
    for (const m of flex) expect(m.type === 'flex' && m.altText).toBe('ご案内があります')
    expect(texts(answer).filter((t) => t.includes(DV_CHAT_NOTE))).toHaveLength(1)
    expect(DV_CHAT_NOTE).toContain('「削除」')

    const json = JSON.stringify(bubbles(answer))
    expect(json).toContain('#8008')
    expect(json).not.toContain('tel:%238008')
    expect(json).toContain('"type":"clipboard"')
    expect(json).toContain('"clipboardText":"#8008"')
    // 0120-279-889 (DV相談＋, 24 hours) is still a call button, and open now at 21:00.
    expect(json).toContain('"uri":"tel:0120279889"')
    expect(json).toContain('● 受付中')
    expect(fake.callsTo('/v2/bot/message/push')).toHaveLength(0)
  })

  it('a DV answer too long for one reply is folded, never pushed, even with push on', () => {
    const card = (i: number, kind: 'dv_center' | 'houkatsu') =>
      agency({ id: `${kind}${i}`, kind, phone: `0120-000-00${i}` }, { urgent: kind === 'dv_center' })
    // Text, card, text, card …: eight messages that no merging brings under five.
    const answer = (kind: 'dv_center' | 'houkatsu') =>
      [1, 2, 3, 4].flatMap((i) => [{ type: 'text' as const, text: `t${i}` }, card(i, kind)])
    const out = answer('dv_center')
    const rendered = renderOutbound(out)
    expect(rendered.messages.length).toBeGreaterThan(5)
    const batches = fitMessages(rendered.messages, rendered.quickReply, true)
    expect(batches.push).toEqual([])
    expect(batches.dropped).toBe(0)
    // The same length without a DV line is still pushed when push is on.
    const plain = renderOutbound(answer('houkatsu'))
    expect(fitMessages(plain.messages, plain.quickReply, true).push.length).toBeGreaterThan(0)
  })
})

describe('LINE cards at 21:00', () => {
  it('the elderly-care answer names the section in a readable size, shows hours, and a line open now', async () => {
    const user = newUser()
    await say(user, textEvent('父の介護のことで相談したい'))
    const answer = await tap(user, 'ward:nakahara')
    const cards = bubbles(answer)
    const office = JSON.stringify(cards[0])
    expect(office).toMatch(
      /"text":"区役所の総合案内におかけいただき、『高齢・障害課』とお伝えください","wrap":true,"size":"md"/,
    )
    // Unknown hours: neither open nor closed is claimed for the ward office.
    expect(office).not.toContain('受付中')
    expect(office).not.toContain('受付時間外')
    const open = cards.filter((b) => JSON.stringify(b).includes('● 受付中'))
    expect(open.length).toBeGreaterThan(0)
    expect(JSON.stringify(open)).toContain('受付時間: 24時間')
  })

  it('「人と話したい」 at night says people are unlikely to answer now, with a line open now', async () => {
    const user = newUser()
    await say(user, textEvent('母の物忘れがひどくて心配です'))
    await tap(user, 'ward:tama')
    const answer = await say(user, textEvent('人と話したい'))
    expect(texts(answer).join('\n')).toContain('電話がつながらないことが多い時間')
    expect(texts(answer).join('\n')).not.toContain('お電話で、担当の方に直接ご相談いただけます')
    expect(JSON.stringify(bubbles(answer))).toContain('● 受付中')
  })
})

describe('rich menu buttons through the webhook', () => {
  it('緊急のとき → 110, 119 and the 24-hour lines', async () => {
    const answer = await tap(newUser(), 'emergency')
    const json = JSON.stringify(bubbles(answer))
    for (const tel of ['tel:110', 'tel:119', 'tel:0447334343']) expect(json).toContain(tel)
  })

  it('窓口を探す → asks what about, with the menu (not only the city call centre)', async () => {
    const answer = await tap(newUser(), 'find')
    expect(bubbles(answer)).toEqual([])
    expect(texts(answer).join('')).toContain('どのようなことの相談窓口をお探しですか')
    expect(answer.at(-1)?.quickReply?.items.length).toBeGreaterThan(3)
  })

  it('Language → every language in its own name, each a lang: postback', async () => {
    const answer = await tap(newUser(), 'language')
    expect(texts(answer).join('')).toContain('Choose your language')
    const items = answer.at(-1)?.quickReply?.items ?? []
    const data = items.map((i) => (i.action.type === 'postback' ? i.action.data : null))
    expect(data).toEqual(expect.arrayContaining(['lang:ja-easy', 'lang:en', 'lang:zh-Hans', 'lang:ne']))
  })
})
