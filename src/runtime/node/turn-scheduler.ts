// Node runs every turn on one thread, and since libuv 1.45 (Node 20) it accepts one new connection per
// event-loop iteration. Without this scheduler a turn's CPU work runs inside the iteration that read
// its request, so under load one iteration answers every waiting request (200 conversations: 0.3–0.6 s
// of work) and accepts a single new connection: a burst of new residents waited seconds in the kernel's
// accept queue, unanswered, until their client gave up (bench:load's "timeouts", 816 in one minute).
//
// Here each turn first takes a place in a queue that lets a few turns run per iteration, so new
// connections are accepted between them, in arrival order. A turn that has waited too long is not run:
// it gets the busy answer at once (503 with Retry-After, crisis lines first), which costs far less than
// the turn and is what a resident should see from a service that is full, rather than a spinner.

export interface TurnSchedulerOptions {
  /** Turns started per event-loop iteration (a turn is about 1 ms of CPU). */
  perTick?: number
  /** A turn that waited longer than this is answered busy instead of run. */
  maxWaitMs?: number
  now?: () => number
}

export interface TurnScheduler {
  /** Resolves when the turn may run: true to run it, false when the service is too busy to. */
  admit(): Promise<boolean>
  /** Turns waiting now. */
  waiting(): number
}

export const DEFAULT_PER_TICK = 8
export const DEFAULT_MAX_WAIT_MS = 5_000

export const createTurnScheduler = (options: TurnSchedulerOptions = {}): TurnScheduler => {
  const perTick = options.perTick ?? DEFAULT_PER_TICK
  const maxWaitMs = options.maxWaitMs ?? DEFAULT_MAX_WAIT_MS
  const now = options.now ?? (() => performance.now())
  const queue: { at: number; go: (run: boolean) => void }[] = []
  let head = 0
  let scheduled = false

  const pump = () => {
    scheduled = false
    const t = now()
    let started = 0
    // Turns that waited too long cost almost nothing to refuse, so they do not count against perTick.
    while (head < queue.length && started < perTick) {
      const next = queue[head]!
      queue[head++] = undefined as never
      const run = t - next.at <= maxWaitMs
      if (run) started++
      next.go(run)
    }
    if (head === queue.length) {
      queue.length = 0
      head = 0
    } else schedule()
  }
  // setImmediate runs after the poll phase, so each batch lets the loop accept and read first.
  const schedule = () => {
    if (scheduled) return
    scheduled = true
    setImmediate(pump)
  }

  return {
    admit: () =>
      new Promise<boolean>((go) => {
        queue.push({ at: now(), go })
        schedule()
      }),
    waiting: () => queue.length - head,
  }
}
