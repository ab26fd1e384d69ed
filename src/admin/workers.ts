import { z } from 'zod'
import type { InsightsStore } from '../core/insights.ts'
import type { Nlu } from '../core/nlu.ts'
import { accessFromEnv } from './access.ts'
import { createConsole } from './console.ts'
import { WrongStateError } from './errors.ts'
import { adminRoutes } from './routes.tsx'
import { createUpstashConsoleStore } from './store/upstash-store.ts'
import { createVersionNlus, type VersionNluOptions } from './version-nlu.ts'

// The console on Workers: its store is Upstash (the same keys as the Redis store, so a Node console and
// a Worker can share one city's versions), its pages and API the same routes. What a Worker cannot do:
// read the repo's YAML (its bundle holds the files already parsed), so version 1 is seeded by a Node
// process (`npm start` or `npm run staff`) on the same store; and run 「チェック」, which trains the
// classifier in a child process, so drafts are checked on a Node console.

export const workerAdminConfigSchema = z.object({
  ADMIN_STORE: z.enum(['upstash', 'off']).default('off'),
  UPSTASH_REDIS_REST_URL: z.string().url().optional(),
  UPSTASH_REDIS_REST_TOKEN: z.string().min(1).optional(),
  ADMIN_REDIS_PREFIX: z
    .string()
    .regex(/^[\w.-]*:?$/)
    .default(''),
  ADMIN_ORIGIN: z.string().url().optional(),
  /** How long one reading of the live pointer is trusted (each isolate reads it at most this often). */
  ADMIN_WATCH_SECONDS: z.coerce.number().int().min(1).max(45).default(10),
})

/** The console for a Worker, or null when ADMIN_STORE is not upstash. */
export const createWorkerAdmin = (
  vars: Record<string, string>,
  options: {
    nlu: Nlu
    insights?: InsightsStore | null
    analyzerFor?: VersionNluOptions['build']
    /** See ConsoleOptions.committedSourceHash. */
    committedSourceHash?: string
  },
) => {
  const config = workerAdminConfigSchema.parse(vars)
  if (config.ADMIN_STORE !== 'upstash') return null
  if (!config.UPSTASH_REDIS_REST_URL || !config.UPSTASH_REDIS_REST_TOKEN)
    throw new Error('ADMIN_STORE=upstash needs UPSTASH_REDIS_REST_URL and UPSTASH_REDIS_REST_TOKEN')
  const store = createUpstashConsoleStore({
    url: config.UPSTASH_REDIS_REST_URL,
    token: config.UPSTASH_REDIS_REST_TOKEN,
    keyPrefix: config.ADMIN_REDIS_PREFIX,
  })
  const staff = createConsole({
    store,
    ...(options.committedSourceHash ? { committedSourceHash: options.committedSourceHash } : {}),
    seedFiles: () => {
      throw new WrongStateError(
        '版がまだありません。Node のサーバーを同じ保存先（ADMIN_STORE=redis、同じ Redis）で一度起動すると、リポジトリの YAML が v1 になります',
      )
    },
  })
  const versionNlus = options.analyzerFor
    ? createVersionNlus({ store, committed: options.nlu, build: options.analyzerFor })
    : null
  const routes = adminRoutes({
    console: staff,
    access: accessFromEnv(vars),
    simulator: { nlu: options.nlu, ...(versionNlus ? { nluFor: versionNlus.resolve } : {}) },
    origin: config.ADMIN_ORIGIN,
    // The dashboard reads the counters the Worker's conversation core adds to (Upstash).
    ...(options.insights ? { insights: options.insights } : {}),
  })
  return { config, store, console: staff, routes, versionNlus }
}
