import { resolve } from 'node:path'
import { serve } from '@hono/node-server'
import { nluOnlyApp } from './nlu-app.ts'

// bench:load's NLU-only ceiling (nlu-app.ts), served from this checkout.
const app = await nluOnlyApp(resolve(import.meta.dirname, '../..'))
serve({ fetch: app.fetch, port: Number(process.env.PORT), hostname: '127.0.0.1' })
