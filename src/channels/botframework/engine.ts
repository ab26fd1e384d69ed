import type { AppDeps } from '../../http/app.ts'
import { createBotAdapter } from './adapter.ts'
import { SoudanBot } from './bot.ts'
import { type Captured, stubRequest, stubResponse } from './http-stubs.ts'

// Everything that needs botbuilder, loaded on the first /api/messages request (routes.ts): importing
// the SDK takes over a second on Node and would count against a Worker's start-up time.

export interface BotEngine {
  process(headers: Headers, body: Record<string, unknown>): Promise<Captured>
}

export const createEngine = (deps: AppDeps): BotEngine => {
  const adapter = createBotAdapter(deps.config, deps.logger)
  const bot = new SoudanBot(deps)
  return {
    async process(headers, body) {
      const captured: Captured = { status: 200, body: undefined, headers: {} }
      await adapter.process(stubRequest(headers, body), stubResponse(captured), (ctx) => bot.run(ctx))
      return captured
    },
  }
}
