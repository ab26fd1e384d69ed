import { createServer, type IncomingMessage } from 'node:http'
import type { AddressInfo } from 'node:net'

// A local stand-in for the Bot Connector service: the bot posts its replies to
// {serviceUrl}/v3/conversations/:conversationId/activities[/:replyToId]; this records them.

export interface RecordedActivity {
  conversationId: string
  replyToId: string | null
  authorization: string | null
  activity: Record<string, unknown>
}

export interface FakeBotConnector {
  serviceUrl: string
  posted: RecordedActivity[]
  close(): Promise<void>
}

const readBody = async (req: IncomingMessage) => {
  const chunks: Buffer[] = []
  for await (const c of req) chunks.push(c as Buffer)
  return Buffer.concat(chunks).toString('utf8')
}

export const startFakeBotConnector = async (): Promise<FakeBotConnector> => {
  const posted: RecordedActivity[] = []
  let n = 0
  const server = createServer(async (req, res) => {
    const m = /^\/v3\/conversations\/([^/]+)\/activities(?:\/([^/]+))?$/.exec(req.url ?? '')
    if (req.method !== 'POST' || !m) {
      res.writeHead(404).end()
      return
    }
    const body = await readBody(req)
    posted.push({
      conversationId: decodeURIComponent(m[1]!),
      replyToId: m[2] ? decodeURIComponent(m[2]) : null,
      authorization: req.headers.authorization ?? null,
      activity: JSON.parse(body) as Record<string, unknown>,
    })
    n += 1
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ id: `reply-${n}` }))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    serviceUrl: `http://127.0.0.1:${port}/`,
    posted,
    close: () => new Promise<void>((resolve, reject) => server.close((e) => (e ? reject(e) : resolve()))),
  }
}
