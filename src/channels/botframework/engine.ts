import { createBotAdapter } from './adapter.ts'
import { KEEP_ALIVE, type KeepAlive, SoudanBot } from './bot.ts'
import type { BotDeps } from './deps.ts'
import { type Captured, stubRequest, stubResponse } from './http-stubs.ts'

// Everything that needs botbuilder, loaded on the first /api/messages request (routes.ts): importing
// the SDK takes over a second on Node and would count against a Worker's start-up time.

export interface BotEngine {
  /** `keepAlive`: the runtime's way to finish work after the response (Workers: waitUntil), for the turn. */
  process(
    headers: Headers,
    body: Record<string, unknown>,
    keepAlive?: KeepAlive,
  ): Promise<Captured & { turnRan: boolean }>
}

export const createEngine = (deps: BotDeps): BotEngine => {
  const adapter = createBotAdapter(deps.config, deps.logger)
  const bot = new SoudanBot(deps)
  return {
    async process(headers, body, keepAlive) {
      const captured = { status: 200, body: undefined as unknown, headers: {}, turnRan: false }
      await adapter.process(stubRequest(headers, body), stubResponse(captured), (ctx) => {
        // Reached only once botbuilder has authenticated the request.
        captured.turnRan = true
        if (keepAlive) ctx.turnState.set(KEEP_ALIVE, keepAlive)
        return bot.run(ctx)
      })
      return captured
    },
  }
}
