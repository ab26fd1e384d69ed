import { projectFiles } from 'soudan-router:project-files'
import type { ExecutionContext } from 'hono'
import { buildWorkerApp, type WorkerApp } from './build-worker-app.ts'
import type { WorkerEnv } from './env.ts'

// The Cloudflare Workers entry (wrangler.toml main). Only wiring: the app is built once per isolate
// on its first request and reused; a failed build is not kept, so the next request tries again.

let built: Promise<WorkerApp> | null = null

const startFailed = () =>
  new Response(
    JSON.stringify({
      error: 'starting',
      message: 'ただいま準備中です。少し時間をおいて、もう一度お試しください。',
    }),
    { status: 503, headers: { 'content-type': 'application/json; charset=utf-8', 'retry-after': '5' } },
  )

export default {
  async fetch(request: Request, env: WorkerEnv, ctx: ExecutionContext): Promise<Response> {
    if (!built) {
      built = buildWorkerApp(env, projectFiles)
      built.catch((err: unknown) => {
        built = null
        // The message names files and variables only (never values or resident text).
        console.error(JSON.stringify({ level: 'error', event: 'start_failed', error: String(err) }))
      })
    }
    let worker: WorkerApp
    try {
      worker = await built
    } catch {
      return startFailed()
    }
    // executionCtx goes through so the LINE webhook's deferred work runs under waitUntil.
    return worker.app.fetch(request, env, ctx)
  },
}
