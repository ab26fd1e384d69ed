import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterEach, describe, expect, it } from 'vitest'
import { devFetch } from '../../scripts/worker/dev-process.ts'

// devFetch sends a request again only where wrangler dev's proxy, not the Worker, failed it: its 503
// "restarted mid-request", a GET it left hanging, a lost connection. A slow POST is never sent twice.

const RELOADED = 'Your worker restarted mid-request. Please try sending the request again.'
let server: Server | undefined
afterEach(async () => {
  server?.closeAllConnections()
  await new Promise<void>((r) => (server ? server.close(() => r()) : r()))
})

/** A loopback server whose nth request (1-based) is handled by `plan(n)`. */
const serve = async (plan: (n: number, res: import('node:http').ServerResponse) => void) => {
  let n = 0
  server = createServer((req, res) => {
    req.resume()
    req.on('end', () => plan(++n, res))
  })
  await new Promise<void>((r) => server!.listen(0, '127.0.0.1', r))
  return { url: `http://127.0.0.1:${(server!.address() as AddressInfo).port}`, count: () => n }
}

describe('devFetch (tests/workers against wrangler dev)', () => {
  it("sends a POST again after the proxy's 503 and returns the Worker's answer", async () => {
    const s = await serve((n, res) => (n === 1 ? res.writeHead(503).end(RELOADED) : res.end('{"ok":true}')))
    const { res, text } = await devFetch(`${s.url}/api/chat`, { method: 'POST', body: '{}' })
    expect([res.status, text, s.count()]).toEqual([200, '{"ok":true}', 2])
  })

  it('gives up on a GET the proxy left hanging and asks again', async () => {
    const s = await serve((n, res) => {
      if (n > 1) res.end('fine')
    })
    const { text } = await devFetch(`${s.url}/healthz`, {}, 300)
    expect([text, s.count()]).toEqual(['fine', 2])
  })

  it('sends again when the connection is lost before an answer', async () => {
    const s = await serve((n, res) => (n === 1 ? res.socket?.destroy() : res.end('back')))
    const { text } = await devFetch(`${s.url}/webhooks/line`, { method: 'POST', body: 'x' })
    expect([text, s.count()]).toEqual(['back', 2])
  })

  it('never sends a slow POST twice: it may have reached the Worker', async () => {
    const s = await serve(() => {})
    await expect(devFetch(`${s.url}/api/chat`, { method: 'POST', body: '{}' }, 300)).rejects.toThrow(
      'POST /api/chat gave no answer within 300 ms',
    )
    expect(s.count()).toBe(1)
  })

  it("returns the Worker's own 503 as it is, and names the proxy after three failures", async () => {
    const own = await serve((_, res) => res.writeHead(503).end('{"error":"store"}'))
    expect((await devFetch(`${own.url}/api/chat`, { method: 'POST', body: '{}' })).res.status).toBe(503)
    expect(own.count()).toBe(1)
    server!.closeAllConnections()
    server!.close()
    const always = await serve((_, res) => res.writeHead(503).end(RELOADED))
    await expect(devFetch(`${always.url}/api/chat`, { method: 'POST', body: '{}' })).rejects.toThrow(
      /POST \/api\/chat failed 3 times in wrangler dev's proxy/,
    )
    expect(always.count()).toBe(3)
  })
})
