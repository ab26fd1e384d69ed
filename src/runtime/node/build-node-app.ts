import { isAbsolute, join } from 'node:path'
import { getConnInfo } from '@hono/node-server/conninfo'
import { filesHash } from '../../admin/check.ts'
import { startLiveService } from '../../admin/live-service.ts'
import { createNodeAdmin, repoVersionFiles } from '../../admin/node.ts'
import type { Config } from '../../core/config.ts'
import type { VersionFile } from '../../core/console-store.ts'
import type { InsightsStore } from '../../core/insights.ts'
import type { Logger } from '../../core/log.ts'
import type { Nlu } from '../../core/nlu.ts'
import type { SessionStore } from '../../core/session-store.ts'
import type { createApp } from '../../http/app.ts'
import { createService } from '../../http/create-service.ts'
import { createInsightsStore } from '../../insights/create-insights-store.ts'
import { createAnalyzer } from '../../nlu/analyze.ts'
import { createNlu } from '../../nlu/create-nlu.ts'
import { buildTokenizer } from '../../nlu/tokenizer.ts'
import { type Project, splitProjectFiles } from '../../project/project.ts'
import { createSessionStore } from '../../sessions/create-session-store.ts'
import { consoleLogger } from '../console-logger.ts'
import { bundledCrisisModel, bundledGazetteer, bundledModel, bundledModels } from './bundled-models.ts'
import { clientAddress } from './client-address.ts'
import { nodeDictionaryLoader } from './dictionary-loader.ts'
import { parseConfig } from './env.ts'
import { loadProject, type ProjectPaths, repoRoot } from './load-project.ts'
import { cachedExampleIndex } from './neighbour-cache.ts'
import { createTurnScheduler } from './turn-scheduler.ts'

export interface NodeAppOptions {
  logger?: Logger
  now?: () => Date
  paths?: ProjectPaths
  /**
   * Serve the staff console at /admin and run on its live version (seeded from the repo's YAML),
   * swapped without a restart when staff publish. Off: the repo's YAML, read once (tests, a copy).
   */
  console?: boolean
}

/**
 * Where the embedded default keeps its counters: INSIGHTS_FILE, else insights.json beside the console's
 * data (ADMIN_DATA_DIR, default var/console), relative to the repo.
 */
export const insightsFile = (env: Record<string, string | undefined>, root = repoRoot) => {
  const file = env.INSIGHTS_FILE || join(env.ADMIN_DATA_DIR || 'var/console', 'insights.json')
  return isAbsolute(file) ? file : join(root, file)
}

export interface NodeApp {
  app: ReturnType<typeof createApp>
  config: Config
  store: SessionStore
  /** The counters (null when INSIGHTS_ENABLED=false): the console's dashboard reads the same store. */
  insights: InsightsStore | null
  logger: Logger
  stats: {
    flowFiles: number
    flowNodes: number
    agencies: number
    tokenizerMs: number
    /** The console's live version in service (null without the console or on the repo's files). */
    version: number | null
    /**
     * Whether that version's files are the repo's YAML as it is on disk (null without the console): a
     * developer who edits the YAML sees here that the console's version, not the edit, is served.
     */
    sameAsRepo: boolean | null
  }
  close(): Promise<void>
}

/**
 * The whole service from an environment: config, the project's files, the tokenizer, the session
 * store, the core and the HTTP app. main.ts serves it; tests build it with their own env.
 */
export const buildNodeApp = async (
  env: Record<string, string | undefined>,
  options: NodeAppOptions = {},
): Promise<NodeApp> => {
  const config = parseConfig(env)
  const logger = options.logger ?? consoleLogger(config.LOG_LEVEL)
  const started = performance.now()
  const tokenizer = await buildTokenizer(nodeDictionaryLoader())
  const neighbourIndex = await cachedExampleIndex({
    tokenizer,
    model: bundledModel,
    gazetteer: bundledGazetteer,
  })
  const nlu: Nlu = await createNlu({ tokenizer, neighbourIndex, models: bundledModels })
  const tokenizerMs = Math.round(performance.now() - started)
  const store = await createSessionStore(config, logger)
  const insights = await createInsightsStore(config, { file: insightsFile(env) })
  const admin = options.console
    ? await createNodeAdmin(env, {
        root: options.paths?.root,
        nlu,
        insights,
        committedSourceHash: bundledModel.sourceHash,
        // A version whose intents changed answers with the classifier its 「チェック」 trained.
        analyzerFor: async ({ model, gazetteer }) =>
          createAnalyzer(tokenizer, model, gazetteer, {
            crisisModel: bundledCrisisModel,
            neighbourIndex: await cachedExampleIndex({ tokenizer, model, gazetteer }),
          }),
      })
    : null
  const scheduler = createTurnScheduler()
  const serviceFor = async (project: Project, version = 0, files: VersionFile[] = []) => ({
    project,
    ...createService({
      config,
      logger,
      project,
      nlu: admin?.versionNlus && version > 0 ? await admin.versionNlus.forVersion(version, files) : nlu,
      store,
      now: options.now ?? (() => new Date()),
      // getConnInfo needs the Node socket, absent when a test calls app.request() directly.
      clientKey: (c) =>
        clientAddress(
          c.req.header('x-forwarded-for'),
          c.env?.incoming ? getConnInfo(c).remote.address : undefined,
          config.TRUST_PROXY,
        ),
      // Turns take their turn, so new connections are accepted under load (turn-scheduler.ts); one
      // scheduler for every version the console swaps in.
      admit: scheduler.admit,
      compress: true,
      insights,
      ...(admin ? { adminRoutes: admin.routes } : {}),
    }),
  })
  // The repo's own files, when they are what starts: without the console, or as the console's fallback
  // when its live version cannot be read (kept for the start line's count, not loaded a second time).
  const repo: { project?: Awaited<ReturnType<typeof loadProject>> } = {}
  const loadRepo = async () => {
    repo.project = await loadProject(options.paths)
    return repo.project
  }
  const live = admin
    ? await startLiveService({
        store: admin.store,
        ensureSeeded: admin.console.ensureSeeded,
        build: serviceFor,
        fallback: loadRepo,
        logger,
        intervalMs: admin.config.ADMIN_WATCH_SECONDS * 1000,
      })
    : null
  const service = live ? live.current().service : await serviceFor(await loadRepo())
  const app = live ? live.app : service.app
  const flowFiles = repo.project
    ? repo.project.files.flows.length
    : splitProjectFiles(live!.current().files).flows.length
  return {
    app,
    config,
    store,
    insights,
    logger,
    stats: {
      flowFiles,
      flowNodes: Object.keys(service.project.flows.nodes).length,
      agencies: service.directory.agencyIds().length,
      tokenizerMs,
      version: live?.current().version ?? null,
      sameAsRepo: live
        ? (await filesHash(live.current().files)) ===
          (await filesHash(await repoVersionFiles(options.paths?.root)))
        : null,
    },
    close: async () => {
      live?.stop()
      await admin?.store.close?.()
      await store.close?.()
      await insights?.close?.()
    },
  }
}
