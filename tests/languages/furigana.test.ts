import { describe, expect, it } from 'vitest'
import type { OutboundMessage } from '../../src/core/messages.ts'
import { addFurigana } from '../../src/locale/with-furigana.ts'
import { alignReading } from '../../src/nlu/furigana.ts'

describe('furigana from kuromoji readings', () => {
  it('keeps okurigana and kana prefixes out of the ruby', () => {
    expect(alignReading('話します', 'ハナシマス')).toEqual([
      ['話', 'はな'],
      ['します', ''],
    ])
    expect(alignReading('お金', 'オカネ')).toEqual([
      ['お', ''],
      ['金', 'かね'],
    ])
    expect(alignReading('日本語', 'ニホンゴ')).toEqual([['日本語', 'にほんご']])
  })

  it('leaves kana, Latin and unread words without ruby', () => {
    expect(alignReading('ください', 'クダサイ')).toEqual([['ください', '']])
    expect(alignReading('LINE', 'LINE')).toEqual([['LINE', '']])
    expect(alignReading('川崎', '')).toEqual([['川崎', '']])
  })

  it('adds ruby only to やさしい日本語 messages (lang "ja"), never to plain Japanese or other languages', () => {
    const read = (text: string): [string, string][] => [[text, 'よみ']]
    const out = addFurigana(
      [
        { type: 'text', text: '相談', lang: 'ja' },
        { type: 'text', text: '相談' },
        { type: 'text', text: 'Hello', lang: 'en' },
      ] satisfies OutboundMessage[],
      read,
    )
    expect(out.map((m) => ('ruby' in m ? m.ruby : undefined))).toEqual([
      [['相談', 'よみ']],
      undefined,
      undefined,
    ])
  })

  it('a failing tokenizer costs the ruby, never the message', () => {
    const m: OutboundMessage = { type: 'text', text: '相談', lang: 'ja' }
    expect(
      addFurigana([m], () => {
        throw new Error('tokenizer down')
      }),
    ).toEqual([m])
  })
})
