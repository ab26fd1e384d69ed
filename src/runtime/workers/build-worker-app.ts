import { type ExecutionContext, Hono } from 'hono'
import { createLiveResolver } from '../../admin/live-service.ts'
import { createWorkerAdmin } from '../../admin/workers.ts'
import type { Config } from '../../core/config.ts'
import type { VersionFile } from '../../core/console-store.ts'
import type { Logger } from '../../core/log.ts'
import type { ProjectFile } from '../../core/source-file.ts'
import { compactJaTokenizer } from '../../dict/ja-tokenizer.ts'
import { loadCompactTokenizer } from '../../dict/load-compact.ts'
import { createService } from '../../http/create-service.ts'
import { createInsightsStore } from '../../insights/create-insights-store.ts'
import { createAnalyzer } from '../../nlu/analyze.ts'
import { createNlu } from '../../nlu/create-nlu.ts'
import { BINARY_MODEL_FILES, loadNluModels } from '../../nlu/models.ts'
import { parseNeighbourIndex, StaleNeighbourIndexError } from '../../nlu/neighbours.ts'
import type { JaTokenizer } from '../../nlu/tokenizer.ts'
import { type Project, parseProject } from '../../project/project.ts'
import { createSessionStore } from '../../sessions/create-session-store.ts'
import { consoleLogger } from '../console-logger.ts'
import { assetsDictFetcher, assetsModelReader, fetchNeighbourIndex } from './assets-dict.ts'
import { configFromEnv, type WorkerEnv } from './env.ts'

export interface WorkerApp {
  app: Hono
  config: Config
  logger: Logger
}

/**
 * The whole service inside one isolate, built once on its first request: config from bindings, the
 * bundled staff files through the same parsers as Node, the compact dictionary from the assets, the
 * store (Upstash by default; memory only for local development: it lives and dies with the isolate).
 */
export interface WorkerAppOptions {
  /** Another tokenizer (bench/edge: stock kuromoji, to compare); default: the compact dictionary. */
  tokenizer?: (env: WorkerEnv) => Promise<JaTokenizer>
}

const compactFromAssets = async (env: WorkerEnv): Promise<JaTokenizer> =>
  compactJaTokenizer(await loadCompactTokenizer(assetsDictFetcher(env.ASSETS)))

/** The index build:worker made for this model, or undefined (logged) so the isolate builds its own. */
const prebuiltIndex = (buffer: ArrayBuffer | null, modelHash: string, logger: Logger) => {
  if (!buffer) {
    logger.log('warn', 'neighbour_index_missing', { fix: 'npm run build:worker' })
    return undefined
  }
  try {
    return parseNeighbourIndex(buffer, modelHash)
  } catch (err) {
    if (!(err instanceof StaleNeighbourIndexError)) throw err
    logger.log('warn', 'neighbour_index_stale', { fix: 'npm run build:worker' })
    return undefined
  }
}

export const buildWorkerApp = async (
  env: WorkerEnv,
  files: ProjectFile[],
  options: WorkerAppOptions = {},
): Promise<WorkerApp> => {
  const started = Date.now()
  const config = configFromEnv(env)
  const logger = consoleLogger(config.LOG_LEVEL)
  // The dictionary's asset reads start first, so they are in flight while the YAML is parsed.
  const tokenizing = (options.tokenizer ?? compactFromAssets)(env)
  tokenizing.catch(() => {}) // awaited below; a failure is reported there, not as an unhandled rejection
  const project = parseProject(files)
  const [tokenizer, models, store, neighbours, insights] = await Promise.all([
    tokenizing,
    loadNluModels(assetsModelReader(env.ASSETS), BINARY_MODEL_FILES),
    createSessionStore(config, logger),
    fetchNeighbourIndex(env.ASSETS),
    // Upstash beside the sessions; memory (local development) lives and dies with the isolate.
    createInsightsStore(config),
  ])
  const neighbourIndex = prebuiltIndex(neighbours, models.model.contentHash, logger)
  const nlu = await createNlu(neighbourIndex ? { tokenizer, models, neighbourIndex } : { tokenizer, models })
  const vars = Object.fromEntries(
    Object.entries(env).filter((e): e is [string, string] => typeof e[1] === 'string'),
  )
  const admin = createWorkerAdmin(vars, {
    nlu,
    insights,
    // A version whose intents changed answers with the classifier its 「チェック」 trained; its
    // nearest-example index is built once per isolate and model (src/admin/version-nlu.ts).
    analyzerFor: ({ model, gazetteer }) =>
      createAnalyzer(tokenizer, model, gazetteer, { crisisModel: models.crisisModel }),
    committedSourceHash: models.model.sourceHash,
  })
  const serviceFor = async (project: Project, version = 0, files: VersionFile[] = []) =>
    createService({
      config,
      logger,
      project,
      nlu: admin?.versionNlus && version > 0 ? await admin.versionNlus.forVersion(version, files) : nlu,
      store,
      now: () => new Date(),
      // Set by Cloudflare's edge, which overwrites any value a client sends; absent in plain wrangler dev.
      clientKey: (c) => c.req.header('cf-connecting-ip') ?? null,
      // The isolate may stop after the response unless deferred work (LINE replies) is handed to waitUntil.
      // Hono throws when a request came without one (the app fetched in-process, as bench/edge's heap
      // probe does): then nothing is kept alive, as on Node.
      keepAlive: (c) => {
        let ctx: ExecutionContext
        try {
          ctx = c.executionCtx
        } catch {
          return undefined
        }
        return ctx.waitUntil.bind(ctx)
      },
      // workerd compresses responses itself.
      compress: false,
      insights,
      ...(admin ? { adminRoutes: admin.routes } : {}),
    })
  const bundled = await serviceFor(project)
  const { directory } = bundled
  // With the console on Upstash, each request runs on the version live now (read at most every
  // ADMIN_WATCH_SECONDS per isolate); without it, on the bundle.
  const live = admin
    ? createLiveResolver({
        store: admin.store,
        initial: bundled,
        build: serviceFor,
        logger,
        ttlMs: admin.config.ADMIN_WATCH_SECONDS * 1000,
      })
    : null
  const app = live
    ? new Hono().all('*', async (c) => (await live.current()).app.fetch(c.req.raw, c.env, c.executionCtx))
    : bundled.app
  logger.log('info', 'started', {
    runtime: 'workers',
    store: store.name,
    flow_nodes: Object.keys(project.flows.nodes).length,
    agencies: directory.agencyIds().length,
    // Workers clocks advance only across I/O, so this is coarse there; bench/edge/cold-start.ts times it outside.
    build_ms: Date.now() - started,
  })
  return { app, config, logger }
}
