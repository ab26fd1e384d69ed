import type { Config } from '../core/config.ts'
import { ConfigError } from '../core/errors.ts'
import type { InsightsStore } from '../core/insights.ts'
import { createMemoryInsightsStore } from './store/memory-store.ts'
import { createUpstashInsightsStore } from './store/upstash-store.ts'

// The counters live in the same store family as the sessions (SESSION_STORE): memory (persisted to a
// file on Node when given one), Redis, Upstash. ioredis and node:fs load only when chosen, so a
// Workers build never pulls them in.

export interface InsightsStoreOptions {
  /** Node + memory: persist here (the runtime passes a path beside the console's data). */
  file?: string
}

export const createInsightsStore = async (
  config: Config,
  options: InsightsStoreOptions = {},
): Promise<InsightsStore | null> => {
  if (!config.INSIGHTS_ENABLED) return null
  const common = {
    retentionMonths: config.INSIGHTS_RETENTION_MONTHS,
    ...(config.INSIGHTS_KEY_PREFIX ? { keyPrefix: config.INSIGHTS_KEY_PREFIX } : {}),
  }
  switch (config.SESSION_STORE) {
    case 'memory': {
      if (!options.file) return createMemoryInsightsStore(common)
      const { openFileInsightsStore } = await import('./store/file.ts')
      return openFileInsightsStore({ ...common, file: options.file })
    }
    case 'redis': {
      if (!config.REDIS_URL)
        throw new ConfigError('SESSION_STORE=redis needs REDIS_URL', { variable: 'REDIS_URL' })
      const { createRedisInsightsStore } = await import('./store/redis-store.ts')
      return createRedisInsightsStore({ ...common, url: config.REDIS_URL })
    }
    case 'upstash': {
      const url = config.UPSTASH_REDIS_REST_URL
      const token = config.UPSTASH_REDIS_REST_TOKEN
      if (!url || !token)
        throw new ConfigError('SESSION_STORE=upstash needs UPSTASH_REDIS_REST_URL and _TOKEN', {
          variable: 'UPSTASH_REDIS_REST_URL',
        })
      return createUpstashInsightsStore({ ...common, url, token })
    }
  }
}
