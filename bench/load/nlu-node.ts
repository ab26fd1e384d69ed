import { serve } from '@hono/node-server'
import { Hono } from 'hono'
import { createNlu } from '../../src/nlu/create-nlu.ts'
import { bundledModels } from '../../src/runtime/node/bundled-models.ts'
import { nodeDictionaryLoader } from '../../src/runtime/node/dictionary-loader.ts'
import { createTurnScheduler } from '../../src/runtime/node/turn-scheduler.ts'

// The NLU-only ceiling for bench:load: the same HTTP layer and the same NLU as the service (tokenizer,
// classifier, crisis layer, entities) and the same turn scheduler as the service's Node runtime, but no
// flows, no directory, no session store and no middleware. The service's turns/s divided by this is what
// the conversation around the NLU costs.
const nlu = await createNlu({ loader: nodeDictionaryLoader(), models: bundledModels })
const { admit } = createTurnScheduler()
const app = new Hono()
app.post('/api/chat', async (c) => {
  const body = (await c.req.json()) as { sessionId?: string; text?: string }
  if (!(await admit())) return c.json({ error: 'busy' }, 503)
  const r = nlu.analyze(body.text ?? '')
  return c.json({
    sessionId: body.sessionId ?? crypto.randomUUID(),
    intent: r.intent,
    ward: r.ward?.value ?? null,
  })
})
serve({ fetch: app.fetch, port: Number(process.env.PORT), hostname: '127.0.0.1' })
