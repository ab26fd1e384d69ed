import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import type { LineMessage } from '../../src/channels/line/line-types.ts'
import { baseEvent, textEvent } from '../line/helpers.ts'
import { bubbles, startLineStack } from '../line/stack.ts'

// A conversation in English and in やさしい日本語 through LINE: signed webhooks into the real stack,
// replies caught by the fake LINE API and checked against LINE's limits (stack.say). The office's
// name stays Japanese with a gloss; every label, button and the notification text are in the
// resident's language, and the notification never names an office or a concern.

const NOW = new Date('2026-11-25T01:00:00Z') // Wed 10:00 JST: offices open

let stack: Awaited<ReturnType<typeof startLineStack>>
beforeAll(async () => {
  // Push on, so that "never pushed" below is a real check.
  stack = await startLineStack({ now: NOW, env: { LINE_PUSH_ENABLED: 'true' } })
})
afterAll(() => stack?.close())
beforeEach(() => stack.fake.reset())

let seq = 0
const newUser = () => `Ulang${String(++seq).padStart(28, '0')}`
const tap = (user: string, data: string) =>
  stack.say(user, baseEvent({ type: 'postback', postback: { data } }))
const texts = (ms: LineMessage[]) => ms.flatMap((m) => (m.type === 'text' ? [m.text] : []))
const quick = (ms: LineMessage[]) =>
  (ms.at(-1)?.quickReply?.items ?? []).map((i) => ({
    label: i.action.label ?? '',
    data: i.action.type === 'postback' ? i.action.data : i.action.type,
  }))
const flexAlt = (ms: LineMessage[]) => ms.flatMap((m) => (m.type === 'flex' ? [m.altText] : []))

describe('LINE in the resident’s language (signed webhook, fake LINE API)', () => {
  it('English: typed, then buttons; an English ward question, a card with the Japanese name and an English call button', async () => {
    const user = newUser()
    const first = await stack.say(user, textEvent('Hello, I need help with money and work'))
    expect(texts(first).join('\n')).toMatch(/[A-Za-z]{4}/)
    // A greeting that also tells the worry is the worry (crisis14): it is offered, with "Something else".
    expect(quick(first).map((q) => q.label)).toEqual(
      expect.arrayContaining(['Money, work', 'Something else']),
    )

    const ward = await tap(user, 'concern:livelihood')
    expect(texts(ward).join('\n')).toContain('Which ward do you live in?')
    const wardButtons = quick(ward)
    expect(wardButtons.map((q) => q.label)).toEqual(
      expect.arrayContaining(['Nakahara Ward (中原区)', "I don't know", 'Send my location']),
    )

    const answer = await tap(user, 'ward:nakahara')
    const cards = bubbles(answer)
    expect(cards.length).toBeGreaterThan(0)
    const json = JSON.stringify(cards[0])
    // The name is Japanese (what to say on the phone); what it is, and the buttons, are English.
    expect(json).toMatch(/"text":"[^"]*[\u4e00-\u9fff][^"]*","wrap":true,"size":"lg"/)
    expect(json).toContain('Help with living costs and work')
    expect(json).toContain('On the phone, say this name in Japanese')
    expect(json).toMatch(/"label":"Call [0-9-]+"/)
    expect(json).not.toContain('電話する')
    // The notification and chat list show a neutral line in English, never an office or a concern.
    expect(flexAlt(answer)).toEqual(flexAlt(answer).map(() => 'You have a message'))
  })

  it('やさしい日本語 from the rich menu: easy words, the same Japanese office name, easy labels', async () => {
    const user = newUser()
    const set = await tap(user, 'lang:ja-easy')
    expect(texts(set).join('\n')).toContain('やさしい 日本語で 話します')
    expect(quick(set).map((q) => q.label)).toContain('お金・仕事・家')

    await tap(user, 'goto:menu_money')
    const ward = await tap(user, 'concern:livelihood')
    expect(texts(ward).join('\n')).toContain('区に 住んで いますか')
    expect(quick(ward).map((q) => q.label)).toEqual(expect.arrayContaining(['中原区', 'いる 場所を 送る']))

    const answer = await tap(user, 'ward:nakahara')
    const json = JSON.stringify(bubbles(answer)[0])
    expect(json).toContain('お金や 仕事の 相談の ところ')
    expect(json).toMatch(/"label":"電話する [0-9-]+"/)
    expect(flexAlt(answer)).toEqual(flexAlt(answer).map(() => 'お知らせが あります'))
  })

  it('a DV answer in English: the note on deleting the chat is in English, and nothing is pushed later', async () => {
    const user = newUser()
    await tap(user, 'lang:en')
    await tap(user, 'goto:menu_violence')
    const answer = await tap(user, 'concern:domestic_violence')
    const all = texts(answer).join('\n')
    expect(all).toContain('This chat stays in LINE on this phone')
    expect(all).not.toContain('このトークは')
    expect(stack.fake.callsTo('/v2/bot/message/push')).toHaveLength(0)
  })
})
