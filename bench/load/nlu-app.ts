import { Hono } from 'hono'

// The NLU-only ceiling for bench:load: the same HTTP layer and the same NLU as the service (tokenizer,
// classifier, crisis layer, entities) and the same turn scheduler as the service's Node runtime, but no
// flows, no directory, no session store and no middleware. The service's turns/s divided by this is what
// the conversation around the NLU costs. Built from a checkout's src (nlu-node.ts serves this one's;
// serve-profile.ts any).
export const nluOnlyApp = async (dir: string) => {
  const { createNlu } = (await import(
    `${dir}/src/nlu/create-nlu.ts`
  )) as typeof import('../../src/nlu/create-nlu.ts')
  const { bundledModels } = (await import(
    `${dir}/src/runtime/node/bundled-models.ts`
  )) as typeof import('../../src/runtime/node/bundled-models.ts')
  const { nodeDictionaryLoader } = (await import(
    `${dir}/src/runtime/node/dictionary-loader.ts`
  )) as typeof import('../../src/runtime/node/dictionary-loader.ts')
  const { createTurnScheduler } = (await import(
    `${dir}/src/runtime/node/turn-scheduler.ts`
  )) as typeof import('../../src/runtime/node/turn-scheduler.ts')
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
  return app
}
