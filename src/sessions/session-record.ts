import type { Session, UpdateResult } from '../core/session-store.ts'
import { assertPlainJson } from './json-data.ts'

export const SESSION_PREFIX = 'soudan:sess:'
export const CLAIM_PREFIX = 'soudan:claim:'

/**
 * The stored form of a session. Stores own the bookkeeping: whatever the callback puts in
 * version/createdAt/updatedAt, the stored session gets version + 1, the first createdAt, and now.
 */
export const nextSession = (
  current: Session | null,
  next: Session,
  now: Date,
): { session: Session; json: string } => {
  const stamp = now.toISOString()
  const session: Session = {
    data: next.data,
    version: (current?.version ?? 0) + 1,
    createdAt: current?.createdAt ?? stamp,
    updatedAt: stamp,
  }
  // Validate data first so the error names the path inside data, not the wrapper; serialized once, below.
  assertPlainJson(next.data)
  return { session, json: JSON.stringify(session) }
}

export const parseSession = (json: string): Session => JSON.parse(json) as Session

/**
 * A session as read from a Redis hash (`v` version, `s` JSON). The hash's `v` is what the
 * compare-and-set checks, so it wins; an unreadable `s` (a hand-edited key) reads as empty data, which
 * the conversation treats as a fresh start, and the next write replaces it.
 */
export const fromHash = (version: unknown, json: unknown): Session | null => {
  if (version === null || version === undefined) return null
  const v = Number(version)
  try {
    const parsed = parseSession(String(json))
    return { ...parsed, version: v }
  } catch {
    const epoch = new Date(0).toISOString()
    return { data: null, version: v, createdAt: epoch, updatedAt: epoch }
  }
}

export const assertTtl = (ttlSeconds: number): number => {
  if (!Number.isInteger(ttlSeconds) || ttlSeconds < 1) {
    throw new RangeError(`ttlSeconds must be a positive integer, got ${ttlSeconds}`)
  }
  return ttlSeconds
}

export interface CasBackend {
  read(id: string): Promise<Session | null>
  /** Write `next` (or delete when null) only if the stored version is still `expected` (0 = absent). */
  compareAndSet(
    id: string,
    expected: number,
    next: { json: string; version: number } | null,
    ttlSeconds: number,
  ): Promise<boolean>
}

const MAX_ATTEMPTS = 200

export class SessionConflictError extends Error {
  constructor(attempts: number) {
    super(`session update still conflicting after ${attempts} attempts`)
    this.name = 'SessionConflictError'
  }
}

/** Optimistic concurrency: read, run the pure callback, write if nobody wrote in between, else retry. */
export const casUpdate = async <T>(
  backend: CasBackend,
  id: string,
  fn: (current: Session | null) => UpdateResult<T>,
  ttlSeconds: number,
  now: () => Date,
): Promise<T> => {
  assertTtl(ttlSeconds)
  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
    const current = await backend.read(id)
    const { next, result } = fn(current)
    if (next === null && current === null) return result
    const written = next === null ? null : nextSession(current, next, now())
    const payload = written && { json: written.json, version: written.session.version }
    if (await backend.compareAndSet(id, current?.version ?? 0, payload, ttlSeconds)) return result
    // Back off a little with jitter so twenty writers to one id do not retry in lockstep.
    await new Promise((r) => setTimeout(r, Math.random() * Math.min(attempt, 10) * 2))
  }
  throw new SessionConflictError(MAX_ATTEMPTS)
}
