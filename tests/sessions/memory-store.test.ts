import { describe, expect, it } from 'vitest'
import type { Session } from '../../src/core/session-store.ts'
import { createMemoryStore } from '../../src/sessions/memory-store.ts'
import { sessionStoreContract } from './contract.ts'

const fakeClock = () => {
  let t = Date.parse('2026-04-01T09:00:00Z')
  const advance = async (ms: number) => {
    t += ms
  }
  return { now: () => t, advance }
}

sessionStoreContract('memory', async () => {
  const clock = fakeClock()
  const store = createMemoryStore({ now: clock.now })
  return { store, advance: clock.advance, teardown: () => store.close!() }
})

const put = (data: unknown) => () => ({
  next: { data, version: 0, createdAt: '', updatedAt: '' } satisfies Session,
  result: null,
})

describe('memory store limits', () => {
  it('drops the least recently written session when full', async () => {
    const store = createMemoryStore({ maxEntries: 3 })
    for (const id of ['a', 'b', 'c']) await store.update(id, put(id), 60)
    await store.update('a', put('a2'), 60) // a is now the most recent
    await store.update('d', put('d'), 60)
    expect(store.size()).toBe(3)
    expect(await store.get('b')).toBeNull()
    expect((await store.get('a'))?.data).toBe('a2')
    expect((await store.get('d'))?.data).toBe('d')
    await store.close!()
  })

  it('sweeps expired sessions on its timer without being read', async () => {
    const clock = fakeClock()
    const store = createMemoryStore({ now: clock.now, sweepIntervalMs: 20 })
    await store.update('a', put(1), 1)
    await store.update('b', put(1), 60)
    await clock.advance(2000)
    await new Promise((r) => setTimeout(r, 60))
    expect(store.size()).toBe(1)
    await store.close!()
  })
})
