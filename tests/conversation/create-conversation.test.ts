import { afterEach, describe, expect, it } from 'vitest'
import { createConversation } from '../../src/conversation/create-conversation.ts'
import { InvalidRequestError } from '../../src/core/errors.ts'
import type { LogFields, Logger } from '../../src/core/log.ts'
import type { InboundMessage } from '../../src/core/messages.ts'
import type { Nlu, NluResult } from '../../src/core/nlu.ts'
import type { SessionStore } from '../../src/core/session-store.ts'
import { createMemoryStore } from '../../src/sessions/memory-store.ts'
import { fakeDirectory, nlu, realFlows } from '../flow/fakes.ts'

const flows = realFlows()
const NOW = new Date('2026-11-25T01:00:00Z')

/** A fake NLU keyed by the exact text, counting calls. */
const fakeNlu = (table: Record<string, Partial<NluResult>>): Nlu & { calls: number } => {
  const n = {
    calls: 0,
    analyze(text: string) {
      n.calls++
      return nlu(table[text] ?? { confidence: 0.1 })
    },
  }
  return n
}

const table: Record<string, Partial<NluResult>> = {
  母の物忘れがひどくて心配です: { intent: 'dementia', subject: 'parent' },
  中原区です: {
    intent: 'other',
    confidence: 0.2,
    ward: { value: 'nakahara', candidates: [], via: 'ward_name', place: '中原区' },
  },
  死にたい: { intent: 'crisis', crisis: { kind: 'suicide', matched: ['shinitai'] } },
}

const recordingLogger = () => {
  const lines: { event: string; fields: LogFields }[] = []
  const logger: Logger = { log: (_l, event, fields = {}) => lines.push({ event, fields }) }
  return { logger, lines }
}

let clock = Date.parse('2026-11-25T01:00:00Z')
const stores: SessionStore[] = []
const setup = (store: SessionStore = createMemoryStore({ now: () => clock })) => {
  stores.push(store)
  const { logger, lines } = recordingLogger()
  const n = fakeNlu(table)
  const conversation = createConversation({
    flows,
    directory: fakeDirectory(),
    nlu: n,
    store,
    ttlSeconds: 1800,
    logger,
  })
  const say = (sessionId: string, message: InboundMessage) =>
    conversation.handle({ channel: 'api', sessionId, message, now: NOW })
  return { conversation, store, lines, nlu: n, say }
}

afterEach(async () => {
  for (const s of stores.splice(0)) await s.close?.()
})

describe('createConversation', () => {
  it('the newcomer path: worry, then ward → the right center with a tappable phone', async () => {
    const { say, nlu: n } = setup()
    const a = await say('s1', { type: 'text', text: '母の物忘れがひどくて心配です' })
    expect(a.newSession).toBe(true)
    expect(a.messages[0]).toMatchObject({ type: 'choices', text: expect.stringContaining('お住まいの区') })
    const b = await say('s1', { type: 'text', text: '中原区です' })
    expect(b.newSession).toBe(false)
    const card = b.messages.find((m) => m.type === 'agency')
    expect(card).toMatchObject({ agency: { id: 'houkatsu-nakahara', tel: 'tel:0440000000' } })
    expect(n.calls).toBe(2)
  })

  it('stores only derived values, never the text', async () => {
    const { say, store } = setup()
    await say('s2', { type: 'text', text: '母の物忘れがひどくて心配です' })
    const saved = JSON.stringify(await store.get('s2'))
    expect(saved).toContain('"concern":"dementia"')
    expect(saved).not.toContain('物忘れがひどく')
  })

  it('start greets and shows the menu; choices are read by value', async () => {
    const { say } = setup()
    const a = await say('s3', { type: 'start' })
    expect(a.messages.map((m) => m.type)).toEqual(['text', 'choices'])
    const b = await say('s3', { type: 'choice', value: 'concern:dementia' })
    expect(b.messages[0]).toMatchObject({ type: 'choices' })
    const c = await say('s3', { type: 'choice', value: 'ward:tama' })
    expect(c.messages.some((m) => m.type === 'agency' && m.agency.id === 'houkatsu-tama')).toBe(true)
  })

  it('text over 1000 characters gets a polite reply and leaves the state unchanged', async () => {
    const { say, store, nlu: n } = setup()
    await say('s4', { type: 'text', text: '母の物忘れがひどくて心配です' })
    const before = await store.get('s4')
    const r = await say('s4', { type: 'text', text: 'あ'.repeat(1001) })
    expect(r.messages).toEqual([{ type: 'text', text: flows.handlers.too_long }])
    expect(r.newSession).toBe(false)
    expect(await store.get('s4')).toEqual(before)
    expect(n.calls).toBe(1)
  })

  it('an empty message is asked again, without running the NLU or changing the state', async () => {
    const { say, store, nlu: n } = setup()
    await say('s12', { type: 'text', text: '母の物忘れがひどくて心配です' })
    const before = await store.get('s12')
    const r = await say('s12', { type: 'text', text: '  ' })
    expect(r.messages).toEqual([{ type: 'text', text: flows.handlers.retry }])
    expect(await store.get('s12')).toEqual(before)
    expect(n.calls).toBe(1)
  })

  it('an expired or unreadable session starts a new conversation', async () => {
    const { say, store } = setup()
    await say('s5', { type: 'text', text: '母の物忘れがひどくて心配です' })
    clock += 1801 * 1000
    const r = await say('s5', { type: 'text', text: '中原区です' })
    expect(r.newSession).toBe(true)
    await store.update(
      's6',
      () => ({ next: { data: { v: 99 }, version: 0, createdAt: '', updatedAt: '' }, result: null }),
      60,
    )
    const r2 = await say('s6', { type: 'text', text: '中原区です' })
    expect(r2.newSession).toBe(true)
  })

  it('stickers and invalid messages', async () => {
    const { say } = setup()
    const r = await say('s7', { type: 'unsupported', kind: 'sticker' })
    expect(r.messages).toEqual([{ type: 'text', text: flows.handlers.unsupported }])
    await expect(say('s7', { type: 'choice', value: '' } as InboundMessage)).rejects.toBeInstanceOf(
      InvalidRequestError,
    )
  })

  it('crisis: lines at once, logged without text', async () => {
    const { say, lines } = setup()
    const r = await say('s8', { type: 'text', text: '死にたい' })
    expect(r.messages[1]).toMatchObject({ type: 'agency', urgent: true })
    const logged = JSON.stringify(lines)
    expect(lines.at(-1)).toMatchObject({ event: 'turn', fields: { handler: 'crisis', label: 'crisis' } })
    expect(logged).not.toContain('死にたい')
  })

  it('end deletes the session', async () => {
    const { say, store, conversation } = setup()
    await say('s9', { type: 'start' })
    await conversation.end('s9')
    expect(await store.get('s9')).toBeNull()
  })

  it('concurrent turns of one resident lose nothing', async () => {
    const { say, store } = setup()
    await Promise.all([
      say('s10', { type: 'text', text: '母の物忘れがひどくて心配です' }),
      say('s10', { type: 'text', text: '中原区です' }),
    ])
    const s = await store.get('s10')
    expect(s?.version).toBe(2)
    expect(s?.data).toMatchObject({ turns: 2, slots: { ward: 'nakahara' } })
  })

  it('the update callback is pure: running it twice (a store conflict) gives the same turn', async () => {
    const inner = createMemoryStore()
    const results: unknown[] = []
    const retrying: SessionStore = {
      ...inner,
      name: 'retrying',
      async update(id, fn, ttl) {
        const current = await inner.get(id)
        results.push(fn(current).result)
        return inner.update(
          id,
          (c) => {
            const out = fn(c)
            results.push(out.result)
            return out
          },
          ttl,
        )
      },
    }
    const { say } = setup(retrying)
    await say('s11', { type: 'text', text: '母の物忘れがひどくて心配です' })
    expect(results).toHaveLength(2)
    expect(results[0]).toEqual(results[1])
  })
})
