import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Session, SessionStore, UpdateResult } from '../../src/core/session-store.ts'
import { SessionDataError } from '../../src/sessions/json-data.ts'

// The behaviour every SessionStore must have (src/core/session-store.ts). Each store's test file calls
// sessionStoreContract with a harness; ids are random per test so suites can share one Redis.

export interface StoreHarness {
  store: SessionStore
  /** Let `ms` pass: a clock advance for the memory store, a real wait for Redis (TTL is whole seconds). */
  advance(ms: number): Promise<void>
  teardown?(): Promise<void>
}

const id = () => `t-${crypto.randomUUID()}`
const TTL = 60

type Counter = { count: number; note?: string }
const write =
  (data: unknown) =>
  (current: Session | null): UpdateResult<number> => ({
    next: { data, version: 0, createdAt: '', updatedAt: '' },
    result: (current?.version ?? 0) + 1,
  })
const increment = (current: Session | null): UpdateResult<number> => {
  const count = ((current?.data as Counter | undefined)?.count ?? 0) + 1
  return { next: { data: { count }, version: 0, createdAt: '', updatedAt: '' }, result: count }
}

export const sessionStoreContract = (name: string, setup: () => Promise<StoreHarness>) => {
  describe(`SessionStore contract: ${name}`, () => {
    let h: StoreHarness
    beforeAll(async () => {
      h = await setup()
    })
    afterAll(async () => {
      await h?.teardown?.()
    })

    it('returns null for an id it has never seen', async () => {
      expect(await h.store.get(id())).toBeNull()
    })

    it('creates a session on first update with version 1 and ISO timestamps', async () => {
      const key = id()
      const result = await h.store.update(key, write({ step: 'ward', labels: ['dementia'] }), TTL)
      expect(result).toBe(1)
      const s = await h.store.get(key)
      expect(s?.data).toEqual({ step: 'ward', labels: ['dementia'] })
      expect(s?.version).toBe(1)
      expect(new Date(s!.createdAt).toISOString()).toBe(s!.createdAt)
      expect(s!.updatedAt >= s!.createdAt).toBe(true)
    })

    it('increments the version on every update and keeps createdAt, whatever the callback says', async () => {
      const key = id()
      await h.store.update(key, write({ a: 1 }), TTL)
      const first = await h.store.get(key)
      await h.store.update(key, write({ a: 2 }), TTL)
      await h.store.update(key, write({ a: 3 }), TTL)
      const third = await h.store.get(key)
      expect(third?.version).toBe(3)
      expect(third?.data).toEqual({ a: 3 })
      expect(third?.createdAt).toBe(first?.createdAt)
    })

    it('passes the current session to the callback and returns its result', async () => {
      const key = id()
      await h.store.update(key, write({ step: 'concern' }), TTL)
      const seen = await h.store.update(key, (current) => ({ next: current, result: current?.data }), TTL)
      expect(seen).toEqual({ step: 'concern' })
    })

    it('deletes when the callback returns next: null, and on delete()', async () => {
      const a = id()
      const b = id()
      await h.store.update(a, write({ x: 1 }), TTL)
      await h.store.update(b, write({ x: 1 }), TTL)
      expect(await h.store.update(a, () => ({ next: null, result: 'gone' }), TTL)).toBe('gone')
      expect(await h.store.get(a)).toBeNull()
      await h.store.delete(b)
      expect(await h.store.get(b)).toBeNull()
      await expect(h.store.delete(id())).resolves.toBeUndefined()
    })

    it('keeps ids independent', async () => {
      const a = id()
      const b = id()
      await h.store.update(a, write({ who: 'a' }), TTL)
      await h.store.update(b, write({ who: 'b' }), TTL)
      await h.store.update(b, write({ who: 'b2' }), TTL)
      expect((await h.store.get(a))?.data).toEqual({ who: 'a' })
      expect((await h.store.get(a))?.version).toBe(1)
      expect((await h.store.get(b))?.data).toEqual({ who: 'b2' })
    })

    it('stores Japanese text and nested data unchanged', async () => {
      const key = id()
      const data = {
        ward: 'nakahara',
        place: '中原区',
        slots: { age: 85, yes: true, none: null },
        list: [1, 'あ'],
      }
      await h.store.update(key, write(data), TTL)
      expect((await h.store.get(key))?.data).toEqual(data)
    })

    it('returns copies: mutating what was read does not change the store', async () => {
      const key = id()
      await h.store.update(key, write({ list: [1] }), TTL)
      const s = await h.store.get(key)
      ;(s!.data as { list: number[] }).list.push(2)
      expect((await h.store.get(key))?.data).toEqual({ list: [1] })
    })

    it('loses nothing when 20 updates to one id run at once', async () => {
      const key = id()
      const results = await Promise.all(Array.from({ length: 20 }, () => h.store.update(key, increment, TTL)))
      const s = await h.store.get(key)
      expect(s?.data).toEqual({ count: 20 })
      expect(s?.version).toBe(20)
      // Each update saw a distinct count: no two callbacks won from the same state.
      expect([...results].sort((x, y) => x - y)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1))
    })

    it('rejects data that is not plain JSON, naming the path, and keeps the old session', async () => {
      const key = id()
      await h.store.update(key, write({ ok: true }), TTL)
      const bad: unknown[] = [
        { when: new Date() },
        { n: 10n },
        { f: () => 1 },
        { x: Number.NaN },
        { m: new Map() },
        { list: [undefined] },
      ]
      for (const data of bad) {
        await expect(h.store.update(key, write(data), TTL)).rejects.toBeInstanceOf(SessionDataError)
      }
      const cyclic: Record<string, unknown> = {}
      cyclic.self = cyclic
      await expect(h.store.update(key, write({ nested: cyclic }), TTL)).rejects.toThrow(
        /nested\.self.*circular/,
      )
      await expect(h.store.update(key, write({ when: new Date() }), TTL)).rejects.toThrow(/when: a Date/)
      expect(await h.store.get(key)).toMatchObject({ data: { ok: true }, version: 1 })
    })

    it('rejects a TTL that is not a positive whole number of seconds', async () => {
      await expect(h.store.update(id(), write({}), 0)).rejects.toThrow(/ttlSeconds/)
      await expect(h.store.claim(id(), 1.5)).rejects.toThrow(/ttlSeconds/)
    })

    it('claims a key once, even when claims race', async () => {
      const key = id()
      expect(await h.store.claim(key, TTL)).toBe(true)
      expect(await h.store.claim(key, TTL)).toBe(false)
      const other = id()
      const raced = await Promise.all(Array.from({ length: 10 }, () => h.store.claim(other, TTL)))
      expect(raced.filter(Boolean)).toHaveLength(1)
    })

    it('keeps claims and sessions apart', async () => {
      const key = id()
      await h.store.claim(key, TTL)
      expect(await h.store.get(key)).toBeNull()
    })

    it('expires a session after its TTL', async () => {
      const key = id()
      await h.store.update(key, write({ x: 1 }), 1)
      expect(await h.store.get(key)).not.toBeNull()
      await h.advance(1150)
      expect(await h.store.get(key)).toBeNull()
      // An update after expiry starts from nothing.
      expect(await h.store.update(key, write({ x: 2 }), TTL)).toBe(1)
      expect((await h.store.get(key))?.version).toBe(1)
    })

    it('refreshes the TTL on every update', async () => {
      const key = id()
      await h.store.update(key, write({ turn: 1 }), 1)
      await h.advance(600)
      await h.store.update(key, write({ turn: 2 }), 1)
      await h.advance(600)
      // 1.2 s after the first write, 0.6 s after the second: alive only because the TTL was refreshed.
      expect((await h.store.get(key))?.data).toEqual({ turn: 2 })
      await h.advance(600)
      expect(await h.store.get(key)).toBeNull()
    })

    it('lets a key be claimed again after its TTL', async () => {
      const key = id()
      expect(await h.store.claim(key, 1)).toBe(true)
      expect(await h.store.claim(key, 1)).toBe(false)
      await h.advance(1150)
      expect(await h.store.claim(key, 1)).toBe(true)
    })
  })
}
