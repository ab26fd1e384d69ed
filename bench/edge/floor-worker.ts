// bench:edge only: the floor for the cold-start table, a bare Hono Worker that reads the chat body the
// way the app does and answers a fixed message. What wrangler dev and workerd cost with no app at all.
import { Hono } from 'hono'

const app = new Hono()
app.post('/api/chat', async (c) => {
  const body = (await c.req.json()) as { sessionId?: string }
  return c.json({ sessionId: body.sessionId ?? 'floor', messages: [{ type: 'text', text: 'こんにちは' }] })
})
export default app
