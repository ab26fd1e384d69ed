import { silentLogger } from '../../src/core/log.ts'
import { buildNodeApp } from '../../src/runtime/node/build-node-app.ts'
import { serveOnLoopback } from '../support/browser.ts'

/** The real service (flows, NLU, directory, in-memory sessions) on a random loopback port; `now` sets its clock. */
export const startStack = async (options: { now?: () => Date; env?: Record<string, string> } = {}) => {
  const { env, ...rest } = options
  const built = await buildNodeApp({ SESSION_STORE: 'memory', ...env }, { logger: silentLogger, ...rest })
  const server = await serveOnLoopback(built.app.fetch)
  return {
    url: server.url,
    sessionExists: async (id: string) => (await built.store.get(id)) !== null,
    close: async () => {
      await server.close()
      await built.close()
    },
  }
}
