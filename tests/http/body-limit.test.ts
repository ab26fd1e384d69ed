import { request } from 'node:http'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { configSchema } from '../../src/core/config.ts'
import { createApp } from '../../src/http/app.ts'
import { BODY_LIMITS } from '../../src/http/body-limits.ts'
import { createMemoryStore } from '../../src/sessions/memory-store.ts'
import { serveOnLoopback } from '../support/browser.ts'
import { testDeps } from './fakes.ts'

// Issue 10, defect 2: the LINE webhook read a chunked body whole before its 1 MB check (no signature
// needed), so four 256 MB bodies took the process from 0.95 GB to 2.09 GB. Now one streaming limit
// stands in front of every route: a 256 MB chunked body is refused after the first megabyte.

const MB = 1024 * 1024

/** Streams `total` bytes of zeros as a chunked body until the server answers; peak RSS while it ran. */
const streamChunked = (url: string, total: number, headers: Record<string, string>) =>
  new Promise<{ status: number; body: string; sent: number; peakRss: number }>((resolve, reject) => {
    const chunk = Buffer.alloc(64 * 1024)
    let sent = 0
    let answered = false
    let peakRss = process.memoryUsage.rss()
    const sampler = setInterval(() => {
      peakRss = Math.max(peakRss, process.memoryUsage.rss())
    }, 5)
    const req = request(
      url,
      { method: 'POST', headers: { ...headers, 'transfer-encoding': 'chunked' } },
      (res) => {
        answered = true
        let body = ''
        res.on('data', (d) => {
          body += d
        })
        res.on('end', () => {
          clearInterval(sampler)
          peakRss = Math.max(peakRss, process.memoryUsage.rss())
          req.destroy()
          resolve({ status: res.statusCode ?? 0, body, sent, peakRss })
        })
      },
    )
    req.on('error', (err) => {
      // The server may close the connection once it has answered; that is the refusal working.
      if (!answered) {
        clearInterval(sampler)
        reject(err)
      }
    })
    const pump = () => {
      while (!answered && sent < total) {
        sent += chunk.length
        if (!req.write(chunk)) {
          req.once('drain', pump)
          return
        }
      }
      if (!answered) req.end()
    }
    pump()
  })

let server: Awaited<ReturnType<typeof serveOnLoopback>>
beforeAll(async () => {
  const store = createMemoryStore()
  const app = createApp({
    ...testDeps(store),
    config: configSchema.parse({
      LINE_CHANNEL_SECRET: 'secret-0123456789',
      LINE_CHANNEL_ACCESS_TOKEN: 'token',
    }),
  })
  server = await serveOnLoopback(app.fetch)
})
afterAll(() => server.close())

describe('streaming body limit', () => {
  it('refuses a 256 MB chunked body to /webhooks/line with 413, RSS growing by at most 10 MB', async () => {
    const before = process.memoryUsage.rss()
    const res = await streamChunked(`${server.url}/webhooks/line`, 256 * MB, {
      'content-type': 'application/json',
      'x-line-signature': 'A',
    })
    expect(res.status).toBe(413)
    expect(JSON.parse(res.body)).toMatchObject({ error: 'payload_too_large' })
    // Refused after the limit, long before the 256 MB were sent.
    expect(res.sent).toBeLessThan(BODY_LIMITS['/webhooks/line'] + 8 * MB)
    const growth = (res.peakRss - before) / MB
    console.log(
      `256 MB chunked body: refused after ${(res.sent / MB).toFixed(1)} MB sent, RSS growth ${growth.toFixed(1)} MB`,
    )
    expect(growth).toBeLessThanOrEqual(10)
  })

  it.each([
    ['/api/chat', BODY_LIMITS['/api/chat']],
    ['/api/messages', BODY_LIMITS['/api/messages']],
    ['/nowhere', 16 * 1024],
  ])('limits %s to its size while streaming, whatever the route does', async (path, limit) => {
    const res = await streamChunked(`${server.url}${path}`, 64 * MB, { 'content-type': 'application/json' })
    expect(res.status).toBe(413)
    expect(res.sent).toBeLessThan(limit + 8 * MB)
  })

  it('refuses a declared Content-Length over the limit before reading the body, and reads one under it', async () => {
    const post = (body: string) =>
      new Promise<{ status: number; body: string }>((resolve, reject) => {
        const req = request(
          `${server.url}/api/chat`,
          {
            method: 'POST',
            headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
          },
          (res) => {
            let text = ''
            res.on('data', (d) => {
              text += d
            })
            res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }))
          },
        )
        req.on('error', reject)
        req.end(body)
      })
    const over = await post(JSON.stringify({ text: 'あ'.repeat(6 * 1024) }))
    expect(over.status).toBe(413)
    expect(JSON.parse(over.body)).toMatchObject({ error: 'payload_too_large' })
    const under = await post(JSON.stringify({ text: '中原区です' }))
    expect(under.status).toBe(200)
    expect(JSON.parse(under.body).messages[0].text).toBe('text:中原区です #1')
  })
})
