import type { Config } from '../core/config.ts'
import { ConfigError } from '../core/errors.ts'
import type { Logger } from '../core/log.ts'
import type { SessionStore } from '../core/session-store.ts'
import { createMemoryStore } from './memory-store.ts'
import { createUpstashStore } from './upstash-store.ts'

const required = (
  config: Config,
  name: 'REDIS_URL' | 'UPSTASH_REDIS_REST_URL' | 'UPSTASH_REDIS_REST_TOKEN',
) => {
  const value = config[name]
  if (!value) {
    throw new ConfigError(
      `SESSION_STORE=${config.SESSION_STORE} needs ${name}; set it or use SESSION_STORE=memory`,
      {
        variable: name,
      },
    )
  }
  return value
}

/**
 * Picks the store from SESSION_STORE (memory by default). ioredis is Node-only, so it is imported
 * only when chosen; a Workers build never loads it.
 */
export const createSessionStore = async (config: Config, logger?: Logger): Promise<SessionStore> => {
  switch (config.SESSION_STORE) {
    case 'memory':
      return createMemoryStore({ maxEntries: config.MEMORY_STORE_MAX_SESSIONS })
    case 'redis': {
      const url = required(config, 'REDIS_URL')
      const { createRedisStore } = await import('./redis-store.ts')
      return createRedisStore(logger ? { url, logger } : { url })
    }
    case 'upstash':
      return createUpstashStore({
        url: required(config, 'UPSTASH_REDIS_REST_URL'),
        token: required(config, 'UPSTASH_REDIS_REST_TOKEN'),
      })
  }
}
