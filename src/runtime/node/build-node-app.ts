import { getConnInfo } from '@hono/node-server/conninfo'
import type { Config } from '../../core/config.ts'
import type { Logger } from '../../core/log.ts'
import type { SessionStore } from '../../core/session-store.ts'
import type { createApp } from '../../http/app.ts'
import { createService } from '../../http/create-service.ts'
import { createNlu } from '../../nlu/create-nlu.ts'
import { createSessionStore } from '../../sessions/create-session-store.ts'
import { consoleLogger } from '../console-logger.ts'
import { clientAddress } from './client-address.ts'
import { nodeDictionaryLoader } from './dictionary-loader.ts'
import { parseConfig } from './env.ts'
import { loadProject, type ProjectPaths } from './load-project.ts'
import { createTurnScheduler } from './turn-scheduler.ts'

export interface NodeAppOptions {
  logger?: Logger
  now?: () => Date
  paths?: ProjectPaths
}

export interface NodeApp {
  app: ReturnType<typeof createApp>
  config: Config
  store: SessionStore
  logger: Logger
  stats: { flowFiles: number; flowNodes: number; agencies: number; tokenizerMs: number }
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
  const project = await loadProject(options.paths)
  const started = performance.now()
  const nlu = await createNlu({ loader: nodeDictionaryLoader() })
  const tokenizerMs = Math.round(performance.now() - started)
  const store = await createSessionStore(config, logger)
  const { app, directory } = createService({
    config,
    logger,
    project,
    nlu,
    store,
    now: options.now ?? (() => new Date()),
    // getConnInfo needs the Node socket, absent when a test calls app.request() directly.
    clientKey: (c) =>
      clientAddress(
        c.req.header('x-forwarded-for'),
        c.env?.incoming ? getConnInfo(c).remote.address : undefined,
        config.TRUST_PROXY,
      ),
    // Turns take their turn, so new connections are accepted under load (turn-scheduler.ts).
    admit: createTurnScheduler().admit,
    compress: true,
  })
  return {
    app,
    config,
    store,
    logger,
    stats: {
      flowFiles: project.files.flows.length,
      flowNodes: Object.keys(project.flows.nodes).length,
      agencies: directory.agencyIds().length,
      tokenizerMs,
    },
    close: async () => {
      await store.close?.()
    },
  }
}
