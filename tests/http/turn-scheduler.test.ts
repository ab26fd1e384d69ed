import { describe, expect, it } from 'vitest'
import { createTurnScheduler } from '../../src/runtime/node/turn-scheduler.ts'

// The Node runtime's turn scheduler (src/runtime/node/turn-scheduler.ts): a few turns per event-loop
// iteration, so libuv (one accept per iteration) takes new connections between them; a turn that
// waited too long gets the busy answer instead of running. How much that helps under load is
// bench:load's to say; these tests pin down the order and the refusals.

/** Lets one event-loop iteration pass (the scheduler's batch runs in the check phase). */
const nextIteration = () => new Promise<void>((resolve) => setImmediate(resolve))

describe('turn scheduler', () => {
  it('starts at most perTick turns per event-loop iteration, in arrival order', async () => {
    const scheduler = createTurnScheduler({ perTick: 2 })
    const started: number[] = []
    const turns = [0, 1, 2, 3, 4].map((i) =>
      scheduler.admit().then((run) => {
        expect(run).toBe(true)
        started.push(i)
      }),
    )
    expect(scheduler.waiting()).toBe(5)
    await nextIteration()
    expect(started).toEqual([0, 1])
    await nextIteration()
    expect(started).toEqual([0, 1, 2, 3])
    await nextIteration()
    expect(started).toEqual([0, 1, 2, 3, 4])
    await Promise.all(turns)
    expect(scheduler.waiting()).toBe(0)
  })

  it('answers false for a turn that waited longer than maxWaitMs, without holding up the others', async () => {
    let clock = 0
    const scheduler = createTurnScheduler({ perTick: 1, maxWaitMs: 1000, now: () => clock })
    const stale = [scheduler.admit(), scheduler.admit()]
    clock = 1500
    const fresh = scheduler.admit()
    await nextIteration()
    // Both stale turns are refused and the fresh one runs, all in the same iteration.
    expect(scheduler.waiting()).toBe(0)
    expect(await Promise.all(stale)).toEqual([false, false])
    expect(await fresh).toBe(true)
  })

  it('serves turns that arrive after the queue emptied', async () => {
    const scheduler = createTurnScheduler({ perTick: 1 })
    expect(await scheduler.admit()).toBe(true)
    expect(await scheduler.admit()).toBe(true)
    expect(scheduler.waiting()).toBe(0)
  })
})
