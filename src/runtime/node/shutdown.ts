import type { Logger } from '../../core/log.ts'

// SIGTERM on Node: stop accepting, let requests in flight finish, drain the work deferred past the
// response (LINE replies) up to a bound, then close the store. A deploy never waits forever and never
// drops a resident's answer that was about to go out.

/** How long deferred LINE work may take to finish after SIGTERM (LINE's reply token lives ~1 minute). */
export const DRAIN_TIMEOUT_MS = 8_000

export interface ShutdownParts {
  /** Stops accepting connections; resolves when the requests in flight have been answered. */
  closeServer: () => Promise<void>
  /** Waits for deferred work up to `timeoutMs`; resolves to the number of tasks still running. */
  drain: (timeoutMs: number) => Promise<number>
  closeStore: () => Promise<void>
  logger: Logger
  drainTimeoutMs?: number
}

export const shutdown = async (parts: ShutdownParts): Promise<void> => {
  const started = Date.now()
  await parts.closeServer()
  const left = await parts.drain(parts.drainTimeoutMs ?? DRAIN_TIMEOUT_MS)
  if (left > 0) parts.logger.log('warn', 'deferred_abandoned', { tasks: left })
  await parts.closeStore().catch((err: unknown) => {
    parts.logger.log('warn', 'store_close_failed', { error: err instanceof Error ? err.name : typeof err })
  })
  parts.logger.log('info', 'stopped', { ms: Date.now() - started, abandoned: left })
}
