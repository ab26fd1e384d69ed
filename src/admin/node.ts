import { readdir, readFile } from 'node:fs/promises'
import { isAbsolute, join } from 'node:path'
import { z } from 'zod'
import type { ConsoleStore } from '../core/console-store.ts'
import type { InsightsStore } from '../core/insights.ts'
import type { Nlu } from '../core/nlu.ts'
import { readProjectFiles, repoRoot } from '../runtime/node/load-project.ts'
import { accessFromEnv } from './access.ts'
import { type Checker, createChecks } from './check.ts'
import { processChecker } from './check-process.ts'
import { type ConsoleOptions, createConsole } from './console.ts'
import { adminRoutes } from './routes.tsx'
import { openFileStore } from './store/file-store.ts'
import { createRedisConsoleStore } from './store/redis-store.ts'
import { createVersionNlus, type VersionNluOptions } from './version-nlu.ts'

// The console on Node: its settings from the environment, its store (a directory on disk by default,
// Redis when several processes serve one city), and version 1 read from the repo's YAML tree
// (data/kawasaki, flows, flows/locales, intents).

export const adminConfigSchema = z.object({
  /** file: JSON under ADMIN_DATA_DIR (one process). redis: shared by every process. off: no console (npm start). */
  ADMIN_STORE: z.enum(['file', 'redis', 'off']).default('file'),
  ADMIN_DATA_DIR: z.string().min(1).default('var/console'),
  /** Defaults to REDIS_URL, the sessions' Redis. */
  ADMIN_REDIS_URL: z.string().url().optional(),
  REDIS_URL: z.string().url().optional(),
  /** Keys live under soudan:admin:<prefix>; one Redis can then hold several cities (or test runs). */
  ADMIN_REDIS_PREFIX: z
    .string()
    .regex(/^[\w.-]*:?$/)
    .default(''),
  /** The console's public origin when a proxy terminates TLS, e.g. https://soudan.example.lg.jp */
  ADMIN_ORIGIN: z.string().url().optional(),
  /** How often each process looks for a newly published version; staff are promised 60 s. */
  ADMIN_WATCH_SECONDS: z.coerce.number().int().min(1).max(45).default(15),
})
export type AdminConfig = z.infer<typeof adminConfigSchema>

export const openConsoleStore = async (config: AdminConfig, root = repoRoot): Promise<ConsoleStore> => {
  if (config.ADMIN_STORE === 'redis') {
    const url = config.ADMIN_REDIS_URL ?? config.REDIS_URL
    if (!url) throw new Error('ADMIN_STORE=redis には ADMIN_REDIS_URL か REDIS_URL が必要です')
    return createRedisConsoleStore({ url, keyPrefix: config.ADMIN_REDIS_PREFIX })
  }
  const dir = isAbsolute(config.ADMIN_DATA_DIR) ? config.ADMIN_DATA_DIR : join(root, config.ADMIN_DATA_DIR)
  return openFileStore({ dir })
}

/** The repo's staff files as version 1: everything the service reads, plus intents/ for the classifier. */
export const repoVersionFiles = async (root = repoRoot) => {
  const { files, problems } = await readProjectFiles(root)
  if (problems.length > 0) throw new Error(problems.join('\n'))
  const names = (await readdir(join(root, 'intents'))).filter((n) => /\.ya?ml$/.test(n)).sort()
  const intents = await Promise.all(
    names.map(async (n) => ({
      path: `intents/${n}`,
      text: await readFile(join(root, 'intents', n), 'utf8'),
    })),
  )
  return [...files.map((f) => ({ path: f.path, text: f.text })), ...intents]
}

export const createNodeAdmin = async (
  env: Record<string, string | undefined>,
  options: Partial<Omit<ConsoleOptions, 'store'>> & {
    root?: string
    checker?: Checker
    nlu?: Nlu
    /** An analyzer for a classifier a check stored (with nlu: each version answers with its own). */
    analyzerFor?: VersionNluOptions['build']
    /** The service's counters (NodeApp.insights): /admin/insights reads the store the core adds to. */
    insights?: InsightsStore | null
  } = {},
) => {
  const config = adminConfigSchema.parse(env)
  const store = await openConsoleStore(config, options.root)
  const staff = createConsole({
    ...options,
    store,
    seedFiles: options.seedFiles ?? (() => repoVersionFiles(options.root)),
  })
  const checks = createChecks({
    store,
    checker:
      options.checker ??
      processChecker({ script: join(repoRoot, 'scripts/console/check-main.ts'), cwd: repoRoot }),
  })
  const versionNlus =
    options.nlu && options.analyzerFor
      ? createVersionNlus({ store, committed: options.nlu, build: options.analyzerFor })
      : null
  const routes = adminRoutes({
    console: staff,
    checks,
    access: accessFromEnv(env),
    ...(options.nlu
      ? { simulator: { nlu: options.nlu, ...(versionNlus ? { nluFor: versionNlus.resolve } : {}) } }
      : {}),
    origin: config.ADMIN_ORIGIN,
    sessionSeconds: options.sessionSeconds,
    ...(options.insights ? { insights: options.insights } : {}),
  })
  return { config, store, console: staff, checks, routes, versionNlus }
}
