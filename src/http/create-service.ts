import type { Context } from 'hono'
import { createConversation } from '../conversation/create-conversation.ts'
import type { Config } from '../core/config.ts'
import type { InsightsCounter } from '../core/insights.ts'
import type { Logger } from '../core/log.ts'
import type { Nlu } from '../core/nlu.ts'
import type { SessionStore } from '../core/session-store.ts'
import { createDirectory } from '../directory/create-directory.ts'
import { withFurigana } from '../locale/with-furigana.ts'
import type { Project } from '../project/project.ts'
import { type AppDeps, createApp } from './app.ts'

// The service from its parts, the same on every runtime: each runtime entry only builds the parts
// (config, files, tokenizer, store, how to name a client) its own way and hands them here.

export interface ServiceParts {
  config: Config
  logger: Logger
  project: Project
  nlu: Nlu
  store: SessionStore
  now: () => Date
  /** Who a request comes from, for the rate limit (a socket address, Cloudflare's cf-connecting-ip). */
  clientKey: (c: Context) => string | null
  /** How a turn waits for the runtime's go-ahead (Node: a few turns per event-loop iteration). */
  admit?: AppDeps['admit']
  /** How the runtime keeps work alive after a response (Workers: waitUntil); Node needs none. */
  keepAlive?: AppDeps['keepAlive']
  /** Compress here (Node) or leave it to the platform (Workers compresses itself). */
  compress: boolean
  /** Anonymous counters per finished turn (src/insights); none: nothing is counted. */
  insights?: InsightsCounter | null
  /** The staff console (src/admin), mounted at /admin when the runtime builds one. */
  adminRoutes?: AppDeps['adminRoutes']
}

export const createService = (parts: ServiceParts) => {
  const { config, logger, project, nlu, store, now, clientKey, admit, keepAlive, compress, adminRoutes } =
    parts
  const directory = createDirectory(project.directory)
  const core = createConversation({
    flows: project.flows,
    directory,
    nlu,
    store,
    ttlSeconds: config.SESSION_TTL_SECONDS,
    logger,
    locateWard: project.locateWard,
    ...(parts.insights ? { insights: parts.insights } : {}),
  })
  const conversation = withFurigana(core, nlu)
  const app = createApp({
    config,
    conversation,
    store,
    logger,
    now,
    clientKey,
    compress,
    ...(admit ? { admit } : {}),
    ...(keepAlive ? { keepAlive } : {}),
    ...(adminRoutes ? { adminRoutes } : {}),
    locales: project.flows.locales,
  })
  return { app, conversation, directory }
}
