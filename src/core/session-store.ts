// A conversation's stored state. Stores treat `data` as opaque JSON; the conversation validates it on
// read and starts over when it does not parse. Never put the resident's raw text in it.
export interface Session {
  data: unknown
  /** Incremented by every successful update; used for optimistic concurrency. */
  version: number
  createdAt: string
  updatedAt: string
}

export interface UpdateResult<T> {
  /** The new session, or null to delete it. */
  next: Session | null
  result: T
}

/**
 * Where conversations live between turns. Every implementation passes tests/sessions/contract.ts.
 *
 * `update` is atomic per id: two turns of one resident arriving together must not lose a slot. The
 * callback may run more than once (on a conflict), so it must be pure.
 */
export interface SessionStore {
  readonly name: string
  get(id: string): Promise<Session | null>
  update<T>(id: string, fn: (current: Session | null) => UpdateResult<T>, ttlSeconds: number): Promise<T>
  delete(id: string): Promise<void>
  /**
   * Set-if-absent marker with a TTL (LINE redelivery, one reply per event across isolates).
   * Resolves true when this call claimed the key, false when someone had already.
   */
  claim(key: string, ttlSeconds: number): Promise<boolean>
  close?(): Promise<void>
}
