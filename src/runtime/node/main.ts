import { serve } from '@hono/node-server'
import { drainDeferred } from '../../channels/line/defer.ts'
import { AppError } from '../../core/errors.ts'
import { buildNodeApp, type NodeApp } from './build-node-app.ts'
import { ProjectFilesError } from './load-project.ts'
import { DRAIN_TIMEOUT_MS, shutdown } from './shutdown.ts'

// `npm start`: build the app from process.env and serve it. Only wiring lives here.
// The staff console (/admin) is on unless ADMIN_STORE=off; the service then runs on its live version.
// `tsx src/runtime/node/main.ts <dir>` serves (or, with broken files, checks) a copy of the project in
// <dir>, without the console unless ADMIN_STORE is set (the store's live version would hide <dir>).

const fail = (err: unknown): never => {
  if (err instanceof ProjectFilesError || err instanceof AppError) console.error(err.message)
  else console.error(err)
  process.exit(1)
}

const root = process.argv[2]
const withConsole = root ? Boolean(process.env.ADMIN_STORE) : process.env.ADMIN_STORE !== 'off'
const built: NodeApp = await buildNodeApp(process.env, {
  console: withConsole,
  ...(root ? { paths: { root } } : {}),
}).catch(fail)
const { app, config, logger, stats } = built

const server = serve({ fetch: app.fetch, port: config.PORT }, (info) => {
  logger.log('info', 'started', {
    port: info.port,
    store: built.store.name,
    flow_files: stats.flowFiles,
    flow_nodes: stats.flowNodes,
    agencies: stats.agencies,
    version: stats.version,
    same_as_repo: stats.sameAsRepo,
    tokenizer_ms: stats.tokenizerMs,
  })
})

let stopping = false
const stop = (signal: string) => {
  if (stopping) return
  stopping = true
  logger.log('info', 'stopping', { signal })
  // Give up after the drain bound and a little more, rather than hang a deploy.
  setTimeout(() => process.exit(1), DRAIN_TIMEOUT_MS + 5_000).unref()
  void shutdown({
    closeServer: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve())
        ;(server as { closeIdleConnections?: () => void }).closeIdleConnections?.()
      }),
    drain: drainDeferred,
    closeStore: built.close,
    logger,
  }).then(() => process.exit(0))
}
process.on('SIGTERM', () => stop('SIGTERM'))
process.on('SIGINT', () => stop('SIGINT'))
