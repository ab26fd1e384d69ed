// The ceiling for bench:load on Node: a bare Hono app on @hono/node-server, nothing else.
import { serve } from '@hono/node-server'
import { Hono } from 'hono'

const app = new Hono()
app.post('/api/chat', (c) => c.json({ sessionId: 'x', messages: [{ type: 'text', text: 'こんにちは' }] }))
serve({ fetch: app.fetch, port: Number(process.env.PORT), hostname: '127.0.0.1' })
