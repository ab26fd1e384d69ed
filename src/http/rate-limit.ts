import { RateLimitedError } from './http-errors.ts'

/**
 * A small fixed-window limit per client, in memory (per process or isolate, so it is a brake on a
 * runaway script, not a security boundary). Old windows are dropped as the map grows.
 */
export const createRateLimiter = (options: { limit: number; windowMs: number; now?: () => number }) => {
  const now = options.now ?? Date.now
  const windows = new Map<string, { start: number; count: number }>()
  return {
    check(key: string) {
      const t = now()
      let w = windows.get(key)
      if (!w || t - w.start >= options.windowMs) {
        if (windows.size >= 10_000) {
          for (const [k, v] of windows) if (t - v.start >= options.windowMs) windows.delete(k)
        }
        w = { start: t, count: 0 }
        windows.set(key, w)
      }
      w.count += 1
      if (w.count > options.limit) {
        throw new RateLimitedError(Math.max(1, Math.ceil((w.start + options.windowMs - t) / 1000)))
      }
    },
  }
}
