import { describe, expect, it } from 'vitest'
import { fitMessages } from '../../src/channels/line/fit.ts'
import { agencyBubble, agencyFlex } from '../../src/channels/line/flex.ts'
import {
  jsonBytes,
  MAX_ACTION_LABEL_CHARS,
  MAX_ALT_TEXT_CHARS,
  MAX_CAROUSEL_BUBBLES,
  MAX_FLEX_BUBBLE_BYTES,
  MAX_MESSAGES_PER_REQUEST,
  MAX_QUICK_REPLY_ITEMS,
  MAX_TEXT_CHARS,
} from '../../src/channels/line/limits.ts'
import type { FlexBubble, LineMessage } from '../../src/channels/line/line-types.ts'
import { quickReplyFor, shortenLabel } from '../../src/channels/line/quick-reply.ts'
import { renderOutbound, splitText } from '../../src/channels/line/render.ts'
import { validateLineMessages } from '../../src/channels/line/validate.ts'
import type { OutboundMessage } from '../../src/core/messages.ts'
import { agency } from './helpers.ts'

const flexText = (m: LineMessage) => JSON.stringify(m)

describe('agency card', () => {
  it('shows name, open now with today’s hours, the number, a call button, a map link and the reason', () => {
    const json = JSON.stringify(agencyBubble(agency()))
    for (const part of [
      '中原区役所地域みまもり支援センター',
      '● 受付中・本日 8:30〜17:00',
      '044-744-3113',
      '地図を見る',
      '介護のご相談のため',
    ]) {
      expect(json).toContain(part)
    }
    expect(json).toContain('"uri":"tel:0447443113"')
    expect(json).toContain('"label":"電話する 044-744-3113"')
  })

  it('has no call button and no number without a verified phone', () => {
    const b = agencyBubble(agency({ phone: null, tel: null }))
    const json = JSON.stringify(b)
    expect(json).not.toContain('tel:')
    expect(json).not.toContain('電話する')
  })

  it('says 受付時間外 when closed, and nothing about hours when unknown', () => {
    expect(JSON.stringify(agencyBubble(agency({}, { openNow: false })))).toContain('受付時間外')
    const unknown = JSON.stringify(agencyBubble(agency({ hoursToday: null }, { openNow: null })))
    expect(unknown).not.toMatch(/受付中|受付時間外/)
  })

  it('urgent lines are marked, drawn in red, and come first in a carousel', () => {
    const normal = agency({ id: 'n', name: '普通の窓口' })
    const urgent = agency(
      { id: 'u', name: 'いのちの電話', phone: '044-733-4343', tel: 'tel:0447334343' },
      { urgent: true },
    )
    const { messages } = renderOutbound([normal, urgent])
    expect(messages).toHaveLength(1)
    const m = messages[0]!
    if (m.type !== 'flex' || m.contents.type !== 'carousel') throw new Error('expected a carousel')
    expect(JSON.stringify(m.contents.contents[0])).toContain('いのちの電話')
    expect(JSON.stringify(m.contents.contents[0])).toContain('緊急・いますぐ')
    expect(JSON.stringify(m.contents.contents[0])).toContain('#C62828')
    expect(JSON.stringify(m.contents.contents[1])).not.toContain('緊急')
  })

  it('a long number does not fit the label: the button says 電話する, the number stays whole above', () => {
    const b = agencyBubble(agency({ phone: '0120-123-456-7890-12', tel: 'tel:0120123456789012' }))
    const json = JSON.stringify(b)
    expect(json).toContain('"label":"電話する"')
    expect(json).toContain('0120-123-456-7890-12')
  })

  it(`a real-size card is far below ${MAX_FLEX_BUBBLE_BYTES} bytes and valid`, () => {
    const bytes = jsonBytes(agencyBubble(agency({ note: '無料・24時間・年中無休' })))
    expect(bytes).toBeLessThan(MAX_FLEX_BUBBLE_BYTES / 5)
    expect(validateLineMessages([agencyFlex([agency()])])).toEqual([])
  })

  it('altText is the same neutral line for every card, never a name, a number or a concern', () => {
    const dv = agency({ id: 'dv', kind: 'dv_center', name: 'DV相談＋（プラス）', phone: '0120-279-889' })
    for (const ms of [[agency()], [dv], [dv, agency({ id: 'b' })]]) {
      const m = agencyFlex(ms)
      if (m.type !== 'flex') throw new Error('flex expected')
      expect(m.altText).toBe('ご案内があります')
      expect(m.altText.length).toBeLessThanOrEqual(MAX_ALT_TEXT_CHARS)
    }
  })
})

describe('renderer limits', () => {
  it(`splits agencies into carousels of at most ${MAX_CAROUSEL_BUBBLES}`, () => {
    const many = Array.from({ length: 14 }, (_, i) => agency({ id: `a${i}` }))
    const { messages } = renderOutbound(many)
    expect(messages).toHaveLength(2)
    const sizes = messages.map((m) =>
      m.type === 'flex' && m.contents.type === 'carousel' ? m.contents.contents.length : 1,
    )
    expect(sizes).toEqual([12, 2])
    expect(validateLineMessages(messages)).toEqual([])
  })

  it(`splits text over ${MAX_TEXT_CHARS} chars at a line break`, () => {
    const line = `${'あ'.repeat(99)}\n`
    const pieces = splitText(line.repeat(120))
    expect(pieces.length).toBe(3)
    for (const p of pieces) expect(p.length).toBeLessThanOrEqual(MAX_TEXT_CHARS)
    expect(pieces.join('\n').replace(/\n+/g, '')).toBe(line.repeat(120).replace(/\n+/g, ''))
  })

  it('does not split a surrogate pair', () => {
    const s = `${'あ'.repeat(MAX_TEXT_CHARS - 1)}😀${'い'.repeat(10)}`
    const pieces = splitText(s)
    expect(pieces.join('')).toBe(s)
    for (const p of pieces) expect(p.length).toBeLessThanOrEqual(MAX_TEXT_CHARS)
  })

  it(`quick reply: at most ${MAX_QUICK_REPLY_ITEMS} postback items, labels ≤ ${MAX_ACTION_LABEL_CHARS}`, () => {
    const choices = Array.from({ length: 15 }, (_, i) => ({
      value: `concern:c${i}`,
      label: `とても長い選択肢のラベルその${i}番目です`,
    }))
    const { quickReply, dropped } = quickReplyFor(choices)
    expect(quickReply!.items).toHaveLength(MAX_QUICK_REPLY_ITEMS)
    expect(dropped).toBe(2)
    for (const item of quickReply!.items) {
      expect(item.action.type).toBe('postback')
      expect(item.action.label.length).toBeLessThanOrEqual(MAX_ACTION_LABEL_CHARS)
    }
    expect(quickReply!.items[0]!.action).toMatchObject({
      data: 'concern:c0',
      displayText: 'とても長い選択肢のラベルその0番目です',
    })
  })

  it('asking for the ward also offers 位置情報を送る (LINE location picker), still ≤ 13 items', () => {
    const wards = ['kawasaki', 'saiwai', 'nakahara', 'takatsu', 'miyamae', 'tama', 'asao'].map((w) => ({
      value: `ward:${w}`,
      label: w,
    }))
    const many = [...wards, ...wards.map((w) => ({ ...w, value: `${w.value}2` }))]
    const { quickReply, dropped } = quickReplyFor(many)
    expect(quickReply!.items).toHaveLength(MAX_QUICK_REPLY_ITEMS)
    expect(quickReply!.items.at(-1)!.action).toEqual({ type: 'location', label: '位置情報を送る' })
    expect(dropped).toBe(2)
    expect(validateLineMessages([{ type: 'text', text: '区は？', quickReply: quickReply! }])).toEqual([])
    expect(
      quickReplyFor([{ value: 'yes', label: 'はい' }]).quickReply!.items.map((i) => i.action.type),
    ).toEqual(['postback'])
  })

  it.each([
    ['高齢の家族のこと', '高齢の家族のこと'],
    ['地域包括支援センター（中原区・小杉地区）に相談', '地域包括支援センター（中原区…'],
    ['いのちの電話に電話する 044-733-4343', 'いのちの電話… 044-733-4343'],
    ['児童相談所虐待対応ダイヤル 189', '児童相談所虐待対応ダイヤル 189'],
    ['児童相談所の虐待対応ダイヤルにすぐ電話 189', '児童相談所の虐待対応ダイヤルに… 189'],
  ])('shortens %s → %s', (label, expected) => {
    const out = shortenLabel(label)
    expect(out).toBe(expected)
    expect(out.length).toBeLessThanOrEqual(MAX_ACTION_LABEL_CHARS)
  })

  it('the quick reply goes on the last message of the reply', () => {
    const out: OutboundMessage[] = [
      { type: 'choices', text: 'どちらですか', choices: [{ value: 'yes', label: 'はい' }] },
      agency(),
    ]
    const r = renderOutbound(out)
    const { reply } = fitMessages(r.messages, r.quickReply, false)
    expect(reply.at(-1)!.quickReply).toBeDefined()
    expect(reply[0]!.quickReply).toBeUndefined()
    expect(validateLineMessages(reply)).toEqual([])
  })

  it(`never more than ${MAX_MESSAGES_PER_REQUEST} per request, push off: texts merged, cards folded, none lost`, () => {
    const out: OutboundMessage[] = []
    for (let i = 0; i < 7; i++)
      out.push({ type: 'text', text: `文${i}` }, agency({ id: `a${i}`, name: `窓口${i}` }))
    const r = renderOutbound(out)
    expect(r.messages).toHaveLength(14)
    const b = fitMessages(r.messages, r.quickReply, false)
    expect(b.reply.length).toBeLessThanOrEqual(MAX_MESSAGES_PER_REQUEST)
    expect(b.push).toEqual([])
    expect(b.dropped).toBe(0)
    for (let i = 0; i < 7; i++) {
      expect(b.reply.map(flexText).join()).toContain(`窓口${i}`)
      expect(b.reply.map(flexText).join()).toContain(`文${i}`)
    }
    expect(validateLineMessages(b.reply)).toEqual([])
  })

  it('push on: first 5 in the reply, the rest pushed in order', () => {
    const texts: LineMessage[] = Array.from({ length: 3 }, (_, i) => ({ type: 'text', text: `t${i}` }))
    const cards = Array.from({ length: 5 }, (_, i) => agencyFlex([agency({ id: `a${i}`, name: `窓口${i}` })]))
    const list = [texts[0]!, ...cards, texts[1]!, texts[2]!]
    const b = fitMessages(list, null, true)
    // Neighbouring texts merge first (t1+t2), then 5 go in the reply and the rest is pushed in order.
    expect(b.reply).toHaveLength(5)
    expect(b.reply.map(flexText).join()).toContain('窓口3')
    expect(b.push).toHaveLength(1)
    expect(b.push[0]!.map(flexText).join()).toContain('窓口4')
    expect(b.push[0]![1]).toEqual({ type: 'text', text: 't1\n\nt2' })
  })
})

describe('validator catches each limit', () => {
  const bubble = agencyBubble(agency())
  const flex = (
    contents: Extract<LineMessage, { type: 'flex' }>['contents'],
    altText = 'x',
  ): LineMessage => ({
    type: 'flex',
    altText,
    contents,
  })
  it.each<[string, LineMessage[], RegExp]>([
    [
      'too many messages',
      Array.from({ length: 6 }, () => ({ type: 'text' as const, text: 'a' })),
      /6 messages/,
    ],
    ['long text', [{ type: 'text', text: 'a'.repeat(MAX_TEXT_CHARS + 1) }], /text over 5000/],
    ['long altText', [flex(bubble, 'a'.repeat(401))], /altText/],
    [
      '13 bubbles',
      [flex({ type: 'carousel', contents: Array.from({ length: 13 }, () => bubble) })],
      /1\.\.12 bubbles/,
    ],
    [
      'big bubble',
      [
        flex({
          ...bubble,
          body: { type: 'box', layout: 'vertical', contents: [{ type: 'text', text: 'x'.repeat(31_000) }] },
        } as FlexBubble),
      ],
      /bubble JSON over/,
    ],
    [
      'bad uri scheme',
      [
        flex({
          type: 'bubble',
          body: {
            type: 'box',
            layout: 'vertical',
            contents: [{ type: 'button', action: { type: 'uri', label: 'x', uri: 'javascript:alert(1)' } }],
          },
        }),
      ],
      /scheme/,
    ],
    [
      'long label',
      [
        {
          type: 'text',
          text: 'a',
          quickReply: {
            items: [{ type: 'action', action: { type: 'postback', label: 'a'.repeat(21), data: 'x' } }],
          },
        },
      ],
      /label over 20/,
    ],
    [
      '14 quick replies',
      [
        {
          type: 'text',
          text: 'a',
          quickReply: {
            items: Array.from({ length: 14 }, () => ({
              type: 'action' as const,
              action: { type: 'postback' as const, label: 'a', data: 'x' },
            })),
          },
        },
      ],
      /1\.\.13 items/,
    ],
    [
      'long postback data',
      [
        {
          type: 'text',
          text: 'a',
          quickReply: {
            items: [{ type: 'action', action: { type: 'postback', label: 'a', data: 'x'.repeat(301) } }],
          },
        },
      ],
      /postback data/,
    ],
    [
      'quick reply not last',
      [
        {
          type: 'text',
          text: 'a',
          quickReply: { items: [{ type: 'action', action: { type: 'postback', label: 'a', data: 'x' } }] },
        },
        { type: 'text', text: 'b' },
      ],
      /not the last/,
    ],
  ])('%s', (_name, messages, problem) => {
    const problems = validateLineMessages(messages)
    expect(problems.join('\n')).toMatch(problem)
  })
})
