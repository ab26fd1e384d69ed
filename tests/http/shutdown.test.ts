import { describe, expect, it } from 'vitest'
import { defer, drainDeferred } from '../../src/channels/line/defer.ts'
import { silentLogger } from '../../src/core/log.ts'
import { shutdown } from '../../src/runtime/node/shutdown.ts'

describe('graceful shutdown', () => {
  it('stops accepting, drains deferred work, then closes the store, in that order', async () => {
    const order: string[] = []
    let finish!: () => void
    defer(
      new Promise<void>((r) => {
        finish = r
      }).then(() => order.push('deferred done')),
      silentLogger,
    )
    await shutdown({
      closeServer: async () => {
        order.push('server closed')
        setTimeout(finish, 20)
      },
      drain: drainDeferred,
      closeStore: async () => {
        order.push('store closed')
      },
      logger: silentLogger,
    })
    expect(order).toEqual(['server closed', 'deferred done', 'store closed'])
  })

  it('gives up on deferred work after the bound (a LINE API that stopped answering)', async () => {
    const lines: string[] = []
    defer(new Promise(() => {}), silentLogger)
    const started = Date.now()
    let closed = false
    await shutdown({
      closeServer: async () => {},
      drain: drainDeferred,
      drainTimeoutMs: 100,
      closeStore: async () => {
        closed = true
      },
      logger: { log: (_l, event) => lines.push(event) },
    })
    expect(Date.now() - started).toBeLessThan(2000)
    expect(closed).toBe(true)
    expect(lines).toContain('deferred_abandoned')
  })
})
