import { beforeAll, describe, expect, it } from 'vitest'
import { loadDirectory } from '../../scripts/flows/deps.ts'
import { createConversation } from '../../src/conversation/create-conversation.ts'
import type { ConversationService, TurnResult } from '../../src/core/conversation.ts'
import type { Directory } from '../../src/core/directory.ts'
import { StoreUnavailableError } from '../../src/core/errors.ts'
import type { OutboundMessage } from '../../src/core/messages.ts'
import type { Nlu } from '../../src/core/nlu.ts'
import type { SessionStore } from '../../src/core/session-store.ts'
import { createMemoryStore } from '../../src/sessions/memory-store.ts'
import { realFlows } from '../flow/fakes.ts'
import { sharedNlu } from '../nlu/helpers.ts'

// A crisis gets the crisis lines whatever else fails: the real NLU, flows and directory, with one
// part broken at a time. And the safety net: the question asked when danger is suggested, the plan
// told over two turns, the crisis told in another language.

const flows = realFlows()
const NOW = new Date('2026-11-25T12:00:00Z') // 21:00 in Kawasaki: after hours
let nlu: Nlu
let directory: Directory
beforeAll(async () => {
  nlu = await sharedNlu()
  directory = (await loadDirectory()).directory
})

const make = (over: { nlu?: Nlu; store?: SessionStore } = {}): ConversationService =>
  createConversation({
    flows,
    directory,
    nlu: over.nlu ?? nlu,
    store: over.store ?? createMemoryStore(),
    ttlSeconds: 600,
    logger: { log: () => {} },
  })

const say = (c: ConversationService, text: string, sessionId = 's1') =>
  c.handle({ channel: 'web', sessionId, message: { type: 'text', text }, now: NOW })

const agencyIds = (ms: OutboundMessage[]) => ms.flatMap((m) => (m.type === 'agency' ? [m.agency.id] : []))
const texts = (ms: OutboundMessage[]) => ms.flatMap((m) => ('text' in m ? [m.text] : []))
const isCrisisAnswer = (r: TurnResult, kind = 'suicide') =>
  texts(r.messages).includes(flows.handlers.crisis[kind as 'suicide']) &&
  r.messages.some((m) => m.type === 'agency' && m.urgent && m.agency.phone !== null)

const downStore: SessionStore = {
  name: 'down',
  get: async () => {
    throw new StoreUnavailableError('down')
  },
  update: async () => {
    throw new StoreUnavailableError('down')
  },
  delete: async () => {
    throw new StoreUnavailableError('down')
  },
  claim: async () => {
    throw new StoreUnavailableError('down')
  },
}

describe('nothing can suppress the crisis answer', () => {
  it('the store is down: the crisis answer first, then the apology and the city line', async () => {
    const r = await say(make({ store: downStore }), 'もう死にたい')
    expect(r.failure).toBe('store')
    expect(isCrisisAnswer(r)).toBe(true)
    expect(r.messages[0]).toEqual({ type: 'text', text: flows.handlers.crisis.suicide })
  })

  it('the tokenizer or model throws: the crisis screen still answers', async () => {
    const broken: Nlu = {
      analyze: () => {
        throw new Error('tokenizer exploded')
      },
      screen: (text) => nlu.screen!(text),
    }
    const r = await say(make({ nlu: broken }), '死にたい')
    expect(r.failure).toBe('internal')
    expect(isCrisisAnswer(r)).toBe(true)
    const calm = await say(make({ nlu: broken }), '母の介護のことで相談したい')
    expect(calm.failure).toBe('internal')
    expect(texts(calm.messages).join('')).toContain('申し訳ありません')
    expect(calm.messages.some((m) => m.type === 'agency' && m.agency.phone !== null)).toBe(true)
  })

  it('a flow that throws mid-turn: the crisis the NLU read is still answered', async () => {
    const throwing: SessionStore = {
      ...createMemoryStore(),
      update: async (_id, fn) => {
        fn(null)
        throw new Error('flow bug')
      },
    }
    const r = await say(make({ store: throwing }), '父が倒れて息をしていない')
    expect(r.failure).toBe('internal')
    expect(agencyIds(r.messages)).toContain('emergency-119')
  })

  it('a NUL byte, a lone surrogate or a soft hyphen inside the words hides nothing', async () => {
    const c = make()
    for (const text of [
      '死\u0000にたい',
      '死に\uD800たい',
      '死\u00ADに\u200Bたい',
      '\u202E死にたい\u202C',
      'し\u0301にたい',
    ])
      expect(isCrisisAnswer(await say(c, text, text)), JSON.stringify(text)).toBe(true)
  })

  it('a message too long to read as a concern is never too long for a cry for help', async () => {
    const r = await say(make(), `${'あ'.repeat(1200)}もう死にたい`)
    expect(isCrisisAnswer(r)).toBe(true)
    const calm = await say(make(), 'あ'.repeat(1200))
    expect(texts(calm.messages)).toEqual([flows.handlers.too_long])
  })

  it('a turn the channel will not run (rate limited) still gets the crisis lines for a crisis', () => {
    const c = make()
    const turn = { channel: 'web' as const, sessionId: 'x', now: NOW }
    const busy = c.decline({ ...turn, message: { type: 'text', text: '死にたい' } }, 'busy')
    expect(isCrisisAnswer(busy)).toBe(true)
    const calm = c.decline({ ...turn, message: { type: 'text', text: 'ごみの日を知りたい' } }, 'busy')
    expect(texts(calm.messages).join('')).toContain('混み合って')
  })
})

describe('a crisis in another language', () => {
  it.each([
    ['I want to die', 'en'],
    ['我不想活了', 'zh-Hans'],
    ['我不想活了，沒有意義', 'zh-Hant'],
    ['죽고 싶어요', 'ko'],
    ['tôi muốn chết', 'vi'],
    ['gusto ko nang mamatay', 'tl'],
    ['quero morrer', 'pt'],
    ['quiero morirme', 'es'],
    ['मलाई मर्न मन छ', 'ne'],
  ])('%s → a line in the same language first, 119 and 110 among the cards', async (text, lang) => {
    const r = await say(make(), text)
    expect(r.messages[0]).toMatchObject({ type: 'text', lang })
    expect(agencyIds(r.messages)).toEqual(expect.arrayContaining(['emergency-119', 'police-110']))
    expect(isCrisisAnswer(r)).toBe(true)
  })
})

describe('an uncertain band asks, never guesses', () => {
  const asked = (r: TurnResult) =>
    r.messages.some((m) => m.type === 'choices' && m.choices.some((c) => c.value === 'safety:yes'))

  it('a burden said: the safety question with a 24-hour line already on screen, no menu', async () => {
    const r = await say(make(), '家族に迷惑ばかりかけている', 'q1')
    expect(asked(r)).toBe(true)
    expect(isCrisisAnswer(r)).toBe(false)
    const question = r.messages.findIndex((m) => m.type === 'choices')
    expect(r.messages.slice(0, question).some((m) => m.type === 'agency' && m.agency.phone)).toBe(true)
    expect(r.messages.filter((m) => m.type === 'choices')).toHaveLength(1)
  })

  it('weak signs add up over turns before the question is asked', async () => {
    const weak = {
      ...nlu,
      analyze: (t: string) => ({
        ...nlu.analyze(t),
        crisis: null,
        risk: { score: 0.5, cues: ['hopeless.test'] },
      }),
    }
    const cw = make({ nlu: weak })
    expect(asked(await say(cw, 'つかれた', 'w'))).toBe(false)
    expect(asked(await say(cw, 'つかれた', 'w'))).toBe(true)
  })

  it.each([
    ['safety:yes', true],
    ['safety:unsure', true],
    ['safety:no', false],
  ])('tapping %s gives the crisis answer: %s', async (value, crisis) => {
    const c = make()
    expect(asked(await say(c, '家族に迷惑ばかりかけている', value))).toBe(true)
    const r = await c.handle({
      channel: 'web',
      sessionId: value,
      message: { type: 'choice', value },
      now: NOW,
    })
    expect(isCrisisAnswer(r)).toBe(crisis)
    if (!crisis) expect(texts(r.messages)).toContain(flows.handlers.safety.after_no)
  })

  // issue #11: after an urgent answer the conversation goes on with the worry. A worry told with a danger sign is asked
  // about first; the answer 'no' goes on to that worry's places, not to the menu of every concern.
  it.each([
    ['Chồng tôi hay đánh tôi khi say rượu', 'dv_center'],
    ['先生喝酒以後會打我', 'dv_center'],
  ])('a worry asked about, then safety:no, goes on with the worry (%s)', async (text, kind) => {
    const c = make()
    expect(asked(await say(c, text, `worry-${kind}-${text.length}`))).toBe(true)
    const r = await c.handle({
      channel: 'web',
      sessionId: `worry-${kind}-${text.length}`,
      message: { type: 'choice', value: 'safety:no' },
      now: NOW,
    })
    expect(isCrisisAnswer(r)).toBe(false)
    expect(texts(r.messages)).toContain(flows.handlers.safety.after_no)
    // its own places or the ward question on the way to them: never the menu of every concern
    const menu = r.messages.some(
      (m) => m.type === 'choices' && m.choices.some((x) => x.value.startsWith('goto:menu_')),
    )
    expect(menu).toBe(false)
    expect(
      r.messages.some((m) => (m.type === 'agency' && m.agency.kind === kind) || m.type === 'choices'),
    ).toBe(true)
  })

  it('typed はい answers the question as yes', async () => {
    const c = make()
    await say(c, '家族に迷惑ばかりかけている', 'typed')
    expect(isCrisisAnswer(await say(c, 'はい', 'typed'))).toBe(true)
  })

  it('despair, a “no”, then the means later: the whole conversation is read as a plan', async () => {
    const c = make()
    expect(asked(await say(c, '家族に迷惑ばかりかけている', 'plan'))).toBe(true)
    await c.handle({
      channel: 'web',
      sessionId: 'plan',
      message: { type: 'choice', value: 'safety:no' },
      now: NOW,
    })
    const r = await say(c, '屋上にいます', 'plan')
    expect(isCrisisAnswer(r)).toBe(true)
  })

  it.each([
    ['なんかもう疲れた', 'ロープを買ってきた'],
    ["i can't take it anymore", 'i bought a rope today'],
  ])('a vague first message (%s), then the means: the crisis answer at the second turn', async (a, b) => {
    const c = make()
    const id = `two-${a}`
    await say(c, a, id)
    expect(isCrisisAnswer(await say(c, b, id))).toBe(true)
  })

  it.each([
    ['हजुरआमा बिहानदेखि घर फर्किनुभएन', 'police-110'],
    ['赤ちゃんの唇が紫色になってきた', 'emergency-119'],
  ])('a sign of another kind (%s) is asked with that kind’s line (%s)', async (text, line) => {
    const r = await say(make(), text, `kind-${line}`)
    // Asked (or, if the layer is sure, answered): either way the kind's line is on screen at once.
    expect(asked(r) || r.messages.some((m) => m.type === 'agency' && m.urgent)).toBe(true)
    expect(agencyIds(r.messages)).toContain(line)
  })

  it('the session keeps cue ids and a score, never the words', async () => {
    const store = createMemoryStore()
    const c = make({ store })
    await say(c, '家族に迷惑ばかりかけている', 'kept')
    const raw = JSON.stringify(await store.get('kept'))
    expect(raw).toMatch(/"cues":\["(?:burden|hopeless)\./)
    expect(raw).not.toContain('迷惑')
  })
})

describe('urgent is not only crisis', () => {
  it('violence against a child now puts 110 first', async () => {
    const r = await say(make(), '今、夫が子どもを殴っています')
    expect(agencyIds(r.messages)[0]).toBe('police-110')
  })
})
