import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { Redis } from 'ioredis'

// Test-only stand-in for Upstash's REST endpoint in front of a real Redis, so the Upstash store runs
// its real client and real Lua against real Redis semantics. Speaks the parts of the protocol the
// @upstash/redis client uses: POST / with a JSON command array, /pipeline and /multi-exec with an array
// of commands, `Authorization: Bearer <token>`, and `Upstash-Encoding: base64` (every string in a
// result base64-encoded except "OK"). Errors: 401 for a bad token, 400 with { error } for a failed
// single command, { error } items inside pipeline results.

export interface UpstashShim {
  url: string
  token: string
  /** Requests served, by endpoint (tests can check that transactions really went through). */
  counts: Record<string, number>
  close(): Promise<void>
}

type Result = { result: unknown } | { error: string }

const encode = (value: unknown, base64: boolean): unknown => {
  if (typeof value === 'string') {
    return base64 && value !== 'OK' ? Buffer.from(value, 'utf8').toString('base64') : value
  }
  if (Array.isArray(value)) return value.map((v) => encode(v, base64))
  // ioredis turns an HGETALL reply into an object; Upstash sends Redis's flat [field, value, …] array.
  if (value !== null && typeof value === 'object')
    return Object.entries(value as Record<string, unknown>)
      .flat()
      .map((v) => encode(v, base64))
  return value ?? null
}

const readBody = async (req: IncomingMessage): Promise<string> => {
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks).toString('utf8')
}

const isCommand = (v: unknown): v is (string | number)[] =>
  Array.isArray(v) && v.length > 0 && v.every((x) => typeof x === 'string' || typeof x === 'number')

export const startUpstashShim = async (redisUrl: string, token = `shim-${crypto.randomUUID()}`) => {
  const redis = new Redis(redisUrl, { maxRetriesPerRequest: 1 })
  const counts: Record<string, number> = {}

  const run = async (cmd: (string | number)[], base64: boolean): Promise<Result> => {
    const [name, ...args] = cmd.map(String)
    try {
      return { result: encode(await redis.call(name!, ...args), base64) }
    } catch (err) {
      return { error: (err as Error).message }
    }
  }

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((err: Error) => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' })
      res.end(JSON.stringify({ error: `shim: ${err.message}` }))
    })
  })

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const send = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' })
      res.end(JSON.stringify(body))
    }
    const path = new URL(req.url ?? '/', 'http://shim').pathname
    counts[path] = (counts[path] ?? 0) + 1
    if (req.method !== 'POST') return send(405, { error: 'only POST is supported by the shim' })
    if (req.headers.authorization !== `Bearer ${token}`) return send(401, { error: 'Unauthorized' })
    const base64 = String(req.headers['upstash-encoding'] ?? '').toLowerCase() === 'base64'
    let body: unknown
    try {
      body = JSON.parse(await readBody(req))
    } catch {
      return send(400, { error: 'ERR failed to parse command' })
    }
    if (path === '/') {
      if (!isCommand(body)) return send(400, { error: 'ERR failed to parse command' })
      const out = await run(body, base64)
      return send('error' in out ? 400 : 200, out)
    }
    if (path === '/pipeline' || path === '/multi-exec') {
      if (!Array.isArray(body) || !body.every(isCommand))
        return send(400, { error: 'ERR failed to parse commands' })
      if (path === '/pipeline') {
        const results: Result[] = []
        for (const cmd of body) results.push(await run(cmd, base64))
        return send(200, results)
      }
      const multi = redis.multi()
      for (const cmd of body) {
        const [name, ...args] = cmd.map(String)
        multi.call(name!, ...args)
      }
      const replies = await multi.exec()
      if (!replies) return send(400, { error: 'ERR transaction discarded' })
      return send(
        200,
        replies.map(([err, result]) => (err ? { error: err.message } : { result: encode(result, base64) })),
      )
    }
    return send(400, { error: `ERR unsupported endpoint ${path}` })
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  const shim: UpstashShim = {
    url: `http://127.0.0.1:${port}`,
    token,
    counts,
    async close() {
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
      await redis.quit()
    },
  }
  return shim
}
