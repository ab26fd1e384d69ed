import { describe, expect, it } from 'vitest'
import { StoreFullError } from '../../src/core/errors.ts'
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
  it('never drops a live session when full: a new one is refused with StoreFullError (defect 4)', async () => {
    const store = createMemoryStore({ maxEntries: 3 })
    for (const id of ['a', 'b', 'c']) await store.update(id, put(id), 60)
    await expect(store.update('d', put('d'), 60)).rejects.toBeInstanceOf(StoreFullError)
    // Every conversation in progress is still there and can still be updated.
    expect((await store.get('a'))?.data).toBe('a')
    expect((await store.get('b'))?.data).toBe('b')
    await store.update('c', put('c2'), 60)
    expect((await store.get('c'))?.data).toBe('c2')
    expect(store.size()).toBe(3)
    await store.close!()
  })

  it('makes room from expired sessions before refusing', async () => {
    const clock = fakeClock()
    const store = createMemoryStore({ now: clock.now, maxEntries: 2, sweepIntervalMs: 3_600_000 })
    await store.update('old', put(1), 1)
    await store.update('live', put(1), 600)
    await clock.advance(2000)
    await store.update('new', put(1), 600)
    expect(await store.get('live')).not.toBeNull()
    expect(await store.get('new')).not.toBeNull()
    await store.close!()
  })

  it('keeps LINE claims apart: 10,050 new sessions never make a redelivered event look new', async () => {
    const store = createMemoryStore({ maxEntries: 10_000 })
    expect(await store.claim('line:event:E1', 3600)).toBe(true)
    let refused = 0
    for (let i = 0; i < 10_050; i++) {
      await store.update(`s${i}`, put(i), 600).catch((err) => {
        if (!(err instanceof StoreFullError)) throw err
        refused += 1
      })
    }
    expect(refused).toBe(50)
    expect(await store.get('s0')).not.toBeNull()
    expect(await store.claim('line:event:E1', 3600)).toBe(false)
    await store.close!()
  })

  it('bounds claims on their own, dropping the oldest claim first', async () => {
    const store = createMemoryStore({ maxClaims: 2 })
    for (const k of ['k1', 'k2', 'k3']) expect(await store.claim(k, 60)).toBe(true)
    expect(await store.claim('k3', 60)).toBe(false)
    expect(await store.claim('k2', 60)).toBe(false)
    expect(await store.claim('k1', 60)).toBe(true)
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
