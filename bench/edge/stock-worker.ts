// bench:edge only: the Worker exactly as src/runtime/workers/index.ts builds it, but with stock
// kuromoji (its .dat.gz files served from the assets and gunzipped in the isolate) instead of the
// compact dictionary, to compare cold starts side by side. Not for deployment: stock kuromoji keeps
// ~166 MB, above the 128 MB a Workers isolate may use.

import { projectFiles } from 'soudan-router:project-files'
import type { ExecutionContext } from 'hono'
import { buildTokenizer } from '../../src/nlu/tokenizer.ts'
import { buildWorkerApp, type WorkerApp } from '../../src/runtime/workers/build-worker-app.ts'
import type { WorkerEnv } from '../../src/runtime/workers/env.ts'

let built: Promise<WorkerApp> | null = null

const stockFromAssets = (env: WorkerEnv) =>
  buildTokenizer({
    async load(name) {
      const res = await env.ASSETS.fetch(`https://assets.local/${name}`)
      if (!res.ok) throw new Error(`kuromoji asset ${name}: HTTP ${res.status}`)
      return res.arrayBuffer()
    },
  })

export default {
  async fetch(request: Request, env: WorkerEnv, ctx: ExecutionContext): Promise<Response> {
    built ??= buildWorkerApp(env, projectFiles, { tokenizer: stockFromAssets })
    return (await built).app.fetch(request, env, ctx)
  },
}
