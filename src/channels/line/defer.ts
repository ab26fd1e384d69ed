import type { Logger } from '../../core/log.ts'

// Work that runs after the response: LINE wants its 200 quickly and redelivers otherwise. Every task is
// tracked here, so shutdown (and tests) can wait for replies still in flight. How a runtime keeps the
// task alive past the response is the runtime's to say (Workers: executionCtx.waitUntil); it is
// injected as `keepAlive`, so this module never probes which runtime it is on.

const inflight = new Set<Promise<unknown>>()

export const defer = (
  task: Promise<unknown>,
  logger: Logger,
  event = 'deferred_failed',
  keepAlive?: (task: Promise<unknown>) => void,
): void => {
  const guarded = task.catch((err: unknown) => {
    logger.log('error', event, { error: err instanceof Error ? err.name : typeof err })
  })
  inflight.add(guarded)
  void guarded.finally(() => inflight.delete(guarded))
  keepAlive?.(guarded)
}

/**
 * Resolves when every deferred task started so far has finished, or after `timeoutMs` (shutdown must
 * not hang on a LINE API that stopped answering). Resolves to the number of tasks still running.
 */
export const drainDeferred = async (timeoutMs = Number.POSITIVE_INFINITY): Promise<number> => {
  const deadline = Date.now() + timeoutMs
  while (inflight.size > 0) {
    const left = deadline - Date.now()
    if (left <= 0) break
    let timer: ReturnType<typeof setTimeout> | undefined
    const timeout = Number.isFinite(left)
      ? new Promise<void>((resolve) => {
          timer = setTimeout(resolve, left)
        })
      : null
    await Promise.race([Promise.allSettled([...inflight]), ...(timeout ? [timeout] : [])])
    clearTimeout(timer)
  }
  return inflight.size
}
