import { createServer, type IncomingMessage, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

// A local stand-in for api.line.me and api-data.line.me on 127.0.0.1 (random port). It records every
// call (method, path, headers, JSON body) and answers the way LINE does for the calls we make,
// including 400 "Invalid reply token" for tokens marked expired and for reused tokens.

export interface RecordedCall {
  method: string
  path: string
  headers: Record<string, string | string[] | undefined>
  /** Parsed JSON, or null for a binary upload. */
  body: unknown
  /** Raw body size in bytes (image uploads). */
  bytes: number
}

export interface FakeLineApi {
  url: string
  calls: RecordedCall[]
  /** Calls to one path (exact) or matching a pattern. */
  callsTo(path: string | RegExp): RecordedCall[]
  /** Reply tokens that answer 400 like an expired token. */
  expiredTokens: Set<string>
  /** Resolves once `count` calls matched, or rejects after `timeoutMs`. */
  waitFor(path: string | RegExp, count?: number, timeoutMs?: number): Promise<RecordedCall[]>
  reset(): void
  close(): Promise<void>
}

const readBody = (req: IncomingMessage) =>
  new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => resolve(Buffer.concat(chunks)))
    req.on('error', reject)
  })

export const startFakeLineApi = async (opts: { accessToken: string }): Promise<FakeLineApi> => {
  const calls: RecordedCall[] = []
  const usedTokens = new Set<string>()
  const expiredTokens = new Set<string>()
  let menuSeq = 0
  const menus = new Map<string, unknown>()

  const server: Server = createServer(async (req, res) => {
    const raw = await readBody(req)
    const path = (req.url ?? '/').split('?')[0] ?? '/'
    const isJson = String(req.headers['content-type'] ?? '').includes('application/json')
    let body: unknown = null
    if (isJson && raw.length > 0) {
      try {
        body = JSON.parse(raw.toString('utf8'))
      } catch {
        body = { unparsable: true }
      }
    }
    calls.push({ method: req.method ?? 'GET', path, headers: req.headers, body, bytes: raw.length })
    const send = (status: number, payload: unknown) => {
      res.writeHead(status, {
        'content-type': 'application/json',
        'x-line-request-id': `fake-${calls.length}`,
      })
      res.end(JSON.stringify(payload))
    }
    if (req.headers.authorization !== `Bearer ${opts.accessToken}`) {
      return send(401, {
        message: 'Authentication failed. Confirm that the access token in the authorization header is valid.',
      })
    }
    const b = (body ?? {}) as Record<string, unknown>
    const messagesOk = (m: unknown) => Array.isArray(m) && m.length >= 1 && m.length <= 5
    if (req.method === 'POST' && path === '/v2/bot/message/reply') {
      const token = String(b.replyToken ?? '')
      if (!messagesOk(b.messages))
        return send(400, { message: 'The request body has 1 error(s)', details: [{ property: 'messages' }] })
      if (expiredTokens.has(token) || usedTokens.has(token))
        return send(400, { message: 'Invalid reply token' })
      usedTokens.add(token)
      return send(200, {
        sentMessages: (b.messages as unknown[]).map((_, i) => ({
          id: `m${calls.length}-${i}`,
          quoteToken: 'q',
        })),
      })
    }
    if (req.method === 'POST' && path === '/v2/bot/message/push') {
      if (!messagesOk(b.messages) || typeof b.to !== 'string')
        return send(400, { message: 'The request body has 1 error(s)' })
      return send(200, { sentMessages: [] })
    }
    if (req.method === 'POST' && path === '/v2/bot/chat/loading/start') {
      const s = Number(b.loadingSeconds ?? 20)
      if (typeof b.chatId !== 'string' || s < 5 || s > 60 || s % 5 !== 0)
        return send(400, { message: 'Invalid request' })
      return send(202, {})
    }
    if (req.method === 'POST' && path === '/v2/bot/richmenu') {
      const size = b.size as { width?: number; height?: number } | undefined
      if (size?.width !== 2500 || !Array.isArray(b.areas) || b.areas.length > 20) {
        return send(400, { message: 'A rich menu object is invalid' })
      }
      const id = `richmenu-fake${++menuSeq}`
      menus.set(id, body)
      return send(200, { richMenuId: id })
    }
    const content = path.match(/^\/v2\/bot\/richmenu\/([^/]+)\/content$/)
    if (req.method === 'POST' && content) {
      if (!menus.has(content[1]!)) return send(404, { message: 'Not found' })
      const type = String(req.headers['content-type'] ?? '')
      const png = raw.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
      if (type !== 'image/png' || !png || raw.length > 1024 * 1024)
        return send(400, { message: 'Invalid image' })
      return send(200, {})
    }
    const setDefault = path.match(/^\/v2\/bot\/user\/all\/richmenu\/([^/]+)$/)
    if (req.method === 'POST' && setDefault) {
      return menus.has(setDefault[1]!) ? send(200, {}) : send(404, { message: 'Not found' })
    }
    if (req.method === 'GET' && path === '/v2/bot/richmenu/list') {
      return send(200, { richmenus: [...menus].map(([richMenuId, m]) => ({ richMenuId, ...(m as object) })) })
    }
    const del = path.match(/^\/v2\/bot\/richmenu\/([^/]+)$/)
    if (req.method === 'DELETE' && del) {
      return menus.delete(del[1]!) ? send(200, {}) : send(404, { message: 'Not found' })
    }
    send(404, { message: 'Not found' })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  const match = (p: string | RegExp, call: RecordedCall) =>
    typeof p === 'string' ? call.path === p : p.test(call.path)
  const callsTo = (p: string | RegExp) => calls.filter((c) => match(p, c))
  return {
    url: `http://127.0.0.1:${port}`,
    calls,
    callsTo,
    expiredTokens,
    async waitFor(p, count = 1, timeoutMs = 5000) {
      const start = Date.now()
      while (callsTo(p).length < count) {
        if (Date.now() - start > timeoutMs)
          throw new Error(`fake LINE API: waited ${timeoutMs} ms for ${count} call(s) to ${p}`)
        await new Promise((r) => setTimeout(r, 10))
      }
      return callsTo(p)
    },
    reset() {
      calls.length = 0
      usedTokens.clear()
      expiredTokens.clear()
    },
    close: () =>
      new Promise<void>((resolve, reject) => server.close((err) => (err ? reject(err) : resolve()))),
  }
}
