// The ceiling for bench:load on workerd: a bare Hono app as a Worker, nothing else.
import { Hono } from 'hono'

const app = new Hono()
app.post('/api/chat', (c) => c.json({ sessionId: 'x', messages: [{ type: 'text', text: 'こんにちは' }] }))
export default app
