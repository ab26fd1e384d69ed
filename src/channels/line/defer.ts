import type { Context } from 'hono'
import type { Logger } from '../../core/log.ts'

// Work that runs after the response: LINE wants its 200 quickly and redelivers otherwise. On Workers
// the isolate may stop after the response unless the promise is handed to waitUntil; on Node a
// detached promise keeps running, so it only needs its errors caught and logged.

const inflight = new Set<Promise<unknown>>()

export const defer = (
  c: Context,
  task: Promise<unknown>,
  logger: Logger,
  event = 'deferred_failed',
): void => {
  const guarded = task.catch((err: unknown) => {
    logger.log('error', event, { error: err instanceof Error ? err.name : typeof err })
  })
  inflight.add(guarded)
  void guarded.finally(() => inflight.delete(guarded))
  let waitUntil: ((p: Promise<unknown>) => void) | undefined
  try {
    // Hono's getter throws when there is no execution context (Node).
    const ctx = c.executionCtx
    waitUntil = ctx.waitUntil.bind(ctx)
  } catch {
    waitUntil = undefined
  }
  waitUntil?.(guarded)
}

/** Resolves when every deferred task started in this process so far has finished (tests, shutdown). */
export const drainDeferred = async (): Promise<void> => {
  while (inflight.size > 0) await Promise.allSettled([...inflight])
}
