import { serve } from '@hono/node-server'
import { Hono } from 'hono'
import { createNlu } from '../../src/nlu/create-nlu.ts'
import { nodeDictionaryLoader } from '../../src/runtime/node/dictionary-loader.ts'

// The NLU-only ceiling for bench:load: the same HTTP layer and the same NLU as the service (tokenizer,
// classifier, crisis layer, entities), but no flows, no directory and no session store. The service's
// turns/s divided by this is what the conversation around the NLU costs.
const nlu = await createNlu({ loader: nodeDictionaryLoader() })
const app = new Hono()
app.post('/api/chat', async (c) => {
  const body = (await c.req.json()) as { sessionId?: string; text?: string }
  const r = nlu.analyze(body.text ?? '')
  return c.json({
    sessionId: body.sessionId ?? crypto.randomUUID(),
    intent: r.intent,
    ward: r.ward?.value ?? null,
  })
})
serve({ fetch: app.fetch, port: Number(process.env.PORT), hostname: '127.0.0.1' })
