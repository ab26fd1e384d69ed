import { afterEach, describe, expect, it, vi } from 'vitest'
import { closedPortUrl } from '../support/closed-port.ts'
import { requireRedis } from '../support/services.ts'

describe('requireRedis', () => {
  afterEach(() => {
    vi.unstubAllEnvs()
    vi.restoreAllMocks()
  })

  it('skips with a message on a laptop when Redis is absent', async () => {
    vi.stubEnv('CI', '')
    vi.stubEnv('REDIS_URL', await closedPortUrl())
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    expect(await requireRedis()).toBeNull()
    expect(warn.mock.calls[0]?.[0]).toMatch(/\[skip\] Redis at redis:\/\/127\.0\.0\.1:\d+ is not available/)
  })

  it('fails under CI=true when Redis is absent', async () => {
    vi.stubEnv('CI', 'true')
    vi.stubEnv('REDIS_URL', await closedPortUrl())
    await expect(requireRedis()).rejects.toThrow(/CI=true: required services must be running/)
  })
})
