import type { Session, SessionStore } from '../core/session-store.ts'
import { assertTtl, nextSession, parseSession } from './session-record.ts'

export interface MemoryStoreOptions {
  /** Clock in epoch milliseconds, injectable so tests can expire sessions without waiting. */
  now?: () => number
  /** Upper bound on stored sessions; the least recently written go first. */
  maxEntries?: number
  /** How often expired entries are swept (ms). The timer never keeps the process alive. */
  sweepIntervalMs?: number
}

interface Entry {
  json: string
  expiresAt: number
}

/**
 * The embedded default: one process, no service needed. Sessions are kept as JSON text so a
 * caller mutating what it read cannot change the store, and so data behaves as it would in Redis.
 * `update` is atomic because the callback is synchronous and nothing awaits between read and write.
 */
export const createMemoryStore = (options: MemoryStoreOptions = {}): SessionStore & { size(): number } => {
  const now = options.now ?? Date.now
  const maxEntries = options.maxEntries ?? 10_000
  const sessions = new Map<string, Entry>()
  const claims = new Map<string, number>()

  const live = <V extends { expiresAt: number } | number>(
    map: Map<string, V>,
    key: string,
  ): V | undefined => {
    const value = map.get(key)
    if (value === undefined) return undefined
    const expiresAt = typeof value === 'number' ? value : value.expiresAt
    if (expiresAt <= now()) {
      map.delete(key)
      return undefined
    }
    return value
  }

  const sweep = () => {
    const t = now()
    for (const [id, entry] of sessions) if (entry.expiresAt <= t) sessions.delete(id)
    for (const [key, expiresAt] of claims) if (expiresAt <= t) claims.delete(key)
  }

  const makeRoom = <V>(map: Map<string, V>) => {
    if (map.size < maxEntries) return
    sweep()
    // Map keeps insertion order and writes re-insert, so the first key is the least recently written.
    while (map.size >= maxEntries) {
      const oldest = map.keys().next().value
      if (oldest === undefined) break
      map.delete(oldest)
    }
  }

  const timer = setInterval(sweep, options.sweepIntervalMs ?? 60_000)
  timer.unref?.()

  return {
    name: 'memory',
    size: () => sessions.size,
    async get(id) {
      const entry = live(sessions, id)
      return entry ? parseSession(entry.json) : null
    },
    async update(id, fn, ttlSeconds) {
      assertTtl(ttlSeconds)
      const entry = live(sessions, id)
      const current: Session | null = entry ? parseSession(entry.json) : null
      const { next, result } = fn(current)
      if (next === null) {
        sessions.delete(id)
        return result
      }
      const { json } = nextSession(current, next, new Date(now()))
      sessions.delete(id)
      makeRoom(sessions)
      sessions.set(id, { json, expiresAt: now() + ttlSeconds * 1000 })
      return result
    },
    async delete(id) {
      sessions.delete(id)
    },
    async claim(key, ttlSeconds) {
      assertTtl(ttlSeconds)
      if (live(claims, key) !== undefined) return false
      makeRoom(claims)
      claims.set(key, now() + ttlSeconds * 1000)
      return true
    },
    async close() {
      clearInterval(timer)
      sessions.clear()
      claims.clear()
    },
  }
}
