import { beforeAll, describe, expect, it } from 'vitest'
import { createConversation } from '../../src/conversation/create-conversation.ts'
import type { ChannelId, ConversationService } from '../../src/core/conversation.ts'
import type { CounterCell, InsightsCounter } from '../../src/core/insights.ts'
import { silentLogger } from '../../src/core/log.ts'
import type { InboundMessage, OutboundMessage } from '../../src/core/messages.ts'
import type { Nlu } from '../../src/core/nlu.ts'
import { createDirectory } from '../../src/directory/create-directory.ts'
import { timeBand } from '../../src/insights/time-band.ts'
import { createNlu } from '../../src/nlu/create-nlu.ts'
import type { Project } from '../../src/project/project.ts'
import { bundledModels } from '../../src/runtime/node/bundled-models.ts'
import { nodeDictionaryLoader } from '../../src/runtime/node/dictionary-loader.ts'
import { loadProject } from '../../src/runtime/node/load-project.ts'
import { createMemoryStore } from '../../src/sessions/memory-store.ts'

// Counting through the REAL conversation core (the project's flows, directory and NLU): which cells a
// finished turn adds, in Japan's time bands (21:00, a Sunday, 1 January), the one-tap feedback, unmet
// demand where a route ends at a general line, and that a failing counter never fails a turn.

let project: Project
let nlu: Nlu
beforeAll(async () => {
  project = await loadProject()
  nlu = await createNlu({ loader: nodeDictionaryLoader(), models: bundledModels })
}, 120_000)

const recorder = () => {
  const cells: CounterCell[] = []
  const counter: InsightsCounter = {
    add: async (c) => {
      cells.push(...c)
    },
  }
  return { cells, counter }
}

const core = (insights?: InsightsCounter, logger = silentLogger): ConversationService =>
  createConversation({
    flows: project.flows,
    directory: createDirectory(project.directory),
    nlu,
    store: createMemoryStore(),
    ttlSeconds: 1800,
    logger,
    ...(insights ? { insights } : {}),
  })

const talk = (c: ConversationService, now: Date, channel: ChannelId = 'line') => {
  const sessionId = crypto.randomUUID()
  return async (message: InboundMessage): Promise<OutboundMessage[]> =>
    (await c.handle({ channel, sessionId, message, now })).messages
}

const has = (cells: CounterCell[], table: string, a: string, b: string) =>
  cells.some((c) => c.table === table && c.a === a && c.b === b)

// Wednesday 25 November 2026, 10:00 in Japan.
const WEEKDAY = new Date('2026-11-25T01:00:00Z')

describe('time bands in Japan (the injected clock, never the process time zone)', () => {
  it.each([
    ['2026-11-25T12:00:00Z', 'evening', '2026-11-25'], // Wed 21:00 JST
    ['2026-11-25T13:00:00Z', 'night', '2026-11-25'], // Wed 22:00 JST
    ['2026-11-24T23:29:00Z', 'night', '2026-11-25'], // Wed 08:29 JST
    ['2026-11-24T23:30:00Z', 'weekday_day', '2026-11-25'], // Wed 08:30 JST
    ['2026-11-25T07:59:00Z', 'weekday_day', '2026-11-25'], // Wed 16:59 JST
    ['2026-11-29T01:00:00Z', 'holiday', '2026-11-29'], // Sunday 10:00
    ['2026-12-31T15:30:00Z', 'holiday', '2027-01-01'], // 1 January 00:30 JST (a Friday)
    ['2026-11-23T01:00:00Z', 'holiday', '2026-11-23'], // 勤労感謝の日 (Monday)
    ['2026-12-29T01:00:00Z', 'holiday', '2026-12-29'], // 年末年始 (Tuesday)
  ])('%s → %s', (iso, band, day) => {
    expect(timeBand(new Date(iso))).toEqual({ band, day })
  })
})

describe('counters per finished turn, through the real core', () => {
  it('a dementia consultation in 中原区, answered, with the one-tap feedback', async () => {
    const { cells, counter } = recorder()
    const say = talk(core(counter), WEEKDAY)
    await say({ type: 'start' })
    await say({ type: 'text', text: '母の物忘れがひどくなってきました' })
    const routed = await say({ type: 'choice', value: 'ward:nakahara' })
    const question = routed.find(
      (m) => m.type === 'choices' && m.choices.some((c) => c.value === 'feedback:yes'),
    )
    expect(question?.type === 'choices' && question.text).toBe('このご案内は、お役に立ちましたか？')
    const thanks = await say({ type: 'choice', value: 'feedback:yes' })
    expect(thanks.map((m) => ('text' in m ? m.text : ''))).toContain(
      'お答えくださって、ありがとうございました。',
    )

    const day = '2026-11-25'
    expect(cells.every((c) => c.day === day)).toBe(true)
    expect(has(cells, 'ward_concern', 'nakahara', 'dementia')).toBe(true)
    expect(has(cells, 'concern_band', 'dementia', 'weekday_day')).toBe(true)
    expect(has(cells, 'concern_subject', 'dementia', 'parent')).toBe(true)
    expect(has(cells, 'concern_outcome', 'dementia', 'routed')).toBe(true)
    expect(has(cells, 'channel_language', 'line', 'ja')).toBe(true)
    expect(has(cells, 'concern_kind', 'dementia', 'ward_mimamori')).toBe(true)
    // The first card is the ward office's 総合案内 number (the section has no verified line of its own).
    expect(has(cells, 'unmet', 'nakahara', 'dementia')).toBe(true)
    expect(has(cells, 'concern_feedback', 'dementia', 'yes')).toBe(true)
    expect(has(cells, 'ward_feedback', 'nakahara', 'yes')).toBe(true)
    expect(cells.filter((c) => c.table === 'conversations').map((c) => c.b)).toEqual(['opened', 'answered'])
    // The question that asked the ward counted nothing; the answer counted each table once.
    expect(cells.filter((c) => c.table === 'ward_concern')).toHaveLength(1)
  })

  it('the same consultation at 21:00, on a Sunday and on 1 January', async () => {
    for (const [iso, band] of [
      ['2026-11-25T12:00:00Z', 'evening'],
      ['2026-11-29T01:00:00Z', 'holiday'],
      ['2027-01-01T03:00:00Z', 'holiday'],
    ] as const) {
      const { cells, counter } = recorder()
      const say = talk(core(counter), new Date(iso))
      await say({ type: 'choice', value: 'concern:livelihood' })
      await say({ type: 'choice', value: 'ward:asao' })
      expect(has(cells, 'concern_band', 'livelihood', band)).toBe(true)
      expect(has(cells, 'ward_band', 'asao', band)).toBe(true)
      // Its own centre with its own number: not a gap in the directory.
      expect(cells.some((c) => c.table === 'unmet')).toBe(false)
    }
  })

  it('unmet demand: the same concern is met in one ward and a gap in another', async () => {
    const run = async (ward: string) => {
      const { cells, counter } = recorder()
      const say = talk(core(counter), WEEKDAY, 'web')
      await say({ type: 'choice', value: 'concern:child_rearing' })
      await say({ type: 'choice', value: `ward:${ward}` })
      return cells
    }
    expect(has(await run('nakahara'), 'unmet', 'nakahara', 'child_rearing')).toBe(false)
    expect(has(await run('asao'), 'unmet', 'asao', 'child_rearing')).toBe(true)
  })

  it('a crisis is counted as crisis; the question back and the answer are separate outcomes', async () => {
    const { cells, counter } = recorder()
    const say = talk(core(counter), WEEKDAY, 'web')
    await say({ type: 'text', text: 'もう消えたい' })
    expect(has(cells, 'concern_outcome', 'crisis', 'crisis')).toBe(true)
    expect(has(cells, 'conversations', 'web', 'answered')).toBe(true)
    const { cells: c2, counter: k2 } = recorder()
    const say2 = talk(core(k2), WEEKDAY, 'web')
    await say2({ type: 'text', text: 'ちょっと困ってて' })
    expect(c2.some((c) => c.table === 'concern_outcome' && c.b === 'clarify')).toBe(true)
    expect(c2.some((c) => c.table === 'ward_concern')).toBe(false)
    expect(c2.map((c) => c.b)).toContain('opened')
    expect(c2.map((c) => c.b)).not.toContain('answered')
  })

  it('out of the city and asking for a person are their own outcomes', async () => {
    const { cells, counter } = recorder()
    await talk(core(counter), WEEKDAY)({ type: 'text', text: '横浜市に住んでいます。母の介護の相談をしたい' })
    expect(cells.some((c) => c.table === 'ward_outcome' && c.a === 'outside' && c.b === 'out_of_area')).toBe(
      true,
    )
    const { cells: c2, counter: k2 } = recorder()
    await talk(core(k2), WEEKDAY)({ type: 'choice', value: 'human' })
    expect(c2.some((c) => c.table === 'concern_outcome' && c.b === 'human')).toBe(true)
  })

  it('a conversation is answered once, however many answers follow', async () => {
    const { cells, counter } = recorder()
    const say = talk(core(counter), WEEKDAY)
    await say({ type: 'choice', value: 'concern:housing' })
    await say({ type: 'choice', value: 'ward:tama' })
    // The ward is known now: the second concern is answered at once.
    await say({ type: 'choice', value: 'concern:livelihood' })
    expect(cells.filter((c) => c.table === 'conversations' && c.b === 'answered')).toHaveLength(1)
    expect(cells.filter((c) => c.table === 'ward_concern')).toHaveLength(2)
  })

  it("hands the counters' write to the turn's keepAlive (Workers: waitUntil), so an isolate cannot stop mid-write", async () => {
    const pending: (() => void)[] = []
    const written: CounterCell[] = []
    const slow: InsightsCounter = {
      add: (c) =>
        new Promise<void>((resolve) => {
          pending.push(() => {
            written.push(...c)
            resolve()
          })
        }),
    }
    const kept: Promise<unknown>[] = []
    const c = core(slow)
    const sessionId = crypto.randomUUID()
    const turn = (message: InboundMessage) =>
      c.handle({ channel: 'web', sessionId, message, now: WEEKDAY, keepAlive: (task) => kept.push(task) })
    await turn({ type: 'choice', value: 'concern:livelihood' })
    await turn({ type: 'choice', value: 'ward:asao' })
    // The answer went out before the counters were written; the write is what the runtime keeps alive.
    expect(kept.length).toBeGreaterThan(0)
    expect(written).toEqual([])
    for (const release of pending) release()
    await Promise.all(kept)
    expect(written.length).toBeGreaterThan(0)
  })

  it('a failing counter is logged and the resident still gets the answer', async () => {
    const events: string[] = []
    const failing: InsightsCounter = { add: () => Promise.reject(new Error('down')) }
    const say = talk(core(failing, { log: (_l, e) => events.push(e) }), WEEKDAY)
    const out = await say({ type: 'choice', value: 'concern:livelihood' })
    const routed = await say({ type: 'choice', value: 'ward:asao' })
    expect(out.length).toBeGreaterThan(0)
    expect(routed.some((m) => m.type === 'agency')).toBe(true)
    await new Promise((r) => setTimeout(r, 0))
    expect(events).toContain('insights.count_failed')
  })
})
