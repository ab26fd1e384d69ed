import { StoreFullError } from '../core/errors.ts'
import type { Session, SessionStore } from '../core/session-store.ts'
import { assertTtl, nextSession, parseSession } from './session-record.ts'

export interface MemoryStoreOptions {
  /** Clock in epoch milliseconds, injectable so tests can expire sessions without waiting. */
  now?: () => number
  /**
   * Upper bound on live sessions. A live session is never dropped to make room: when full (after
   * sweeping the expired), a new session is refused with StoreFullError, which the conversation core
   * answers as an outage (503, the city's number). Existing sessions go on being updated.
   */
  maxEntries?: number
  /**
   * Upper bound on LINE redelivery claims, kept apart from sessions so that conversations can never
   * push a claim out. Claims are tiny; when even these are full the oldest claim goes (LINE redelivers
   * within minutes, so the oldest is the one least likely to be asked about again).
   */
  maxClaims?: number
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
  const maxClaims = options.maxClaims ?? 100_000
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

  /** True when a new session fits (sweeping the expired first when the store looks full). */
  const roomForSession = () => {
    if (sessions.size < maxEntries) return true
    sweep()
    return sessions.size < maxEntries
  }

  const makeRoomForClaim = () => {
    if (claims.size < maxClaims) return
    sweep()
    // Map keeps insertion order, so the first key is the oldest claim.
    while (claims.size >= maxClaims) {
      const oldest = claims.keys().next().value
      if (oldest === undefined) break
      claims.delete(oldest)
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
      if (!entry && !roomForSession()) {
        throw new StoreFullError('session store full', { store: 'memory', maxEntries })
      }
      const { json } = nextSession(current, next, new Date(now()))
      sessions.set(id, { json, expiresAt: now() + ttlSeconds * 1000 })
      return result
    },
    async delete(id) {
      sessions.delete(id)
    },
    async claim(key, ttlSeconds) {
      assertTtl(ttlSeconds)
      if (live(claims, key) !== undefined) return false
      makeRoomForClaim()
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
