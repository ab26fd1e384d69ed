import { describe, expect, it } from 'vitest'
import { configSchema } from '../../src/core/config.ts'
import { ConfigError } from '../../src/core/errors.ts'
import { createSessionStore } from '../../src/sessions/create-session-store.ts'

const config = (env: Record<string, string>) => configSchema.parse(env)

describe('createSessionStore', () => {
  it('uses memory by default', async () => {
    const store = await createSessionStore(config({}))
    expect(store.name).toBe('memory')
    await store.close?.()
  })

  it.each([
    [{ SESSION_STORE: 'redis' }, 'REDIS_URL'],
    [{ SESSION_STORE: 'upstash', UPSTASH_REDIS_REST_TOKEN: 't' }, 'UPSTASH_REDIS_REST_URL'],
    [
      { SESSION_STORE: 'upstash', UPSTASH_REDIS_REST_URL: 'https://x.upstash.io' },
      'UPSTASH_REDIS_REST_TOKEN',
    ],
    [{ SESSION_STORE: 'redis', REDIS_URL: '' }, 'REDIS_URL'],
  ])('refuses %j with a ConfigError naming %s', async (env, variable) => {
    const err = await createSessionStore(config(env)).catch((e) => e)
    expect(err).toBeInstanceOf(ConfigError)
    expect(err.message).toContain(`needs ${variable}`)
  })

  it('builds the redis and upstash stores when configured', async () => {
    const redis = await createSessionStore(
      config({ SESSION_STORE: 'redis', REDIS_URL: 'redis://127.0.0.1:6379' }),
    )
    expect(redis.name).toBe('redis')
    await redis.close?.()
    const upstash = await createSessionStore(
      config({
        SESSION_STORE: 'upstash',
        UPSTASH_REDIS_REST_URL: 'https://x.upstash.io',
        UPSTASH_REDIS_REST_TOKEN: 't',
      }),
    )
    expect(upstash.name).toBe('upstash')
  })
})
