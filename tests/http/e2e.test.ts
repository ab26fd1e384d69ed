import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { type ServerType, serve } from '@hono/node-server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Logger } from '../../src/core/log.ts'
import type { OutboundMessage } from '../../src/core/messages.ts'
import { buildNodeApp, type NodeApp } from '../../src/runtime/node/build-node-app.ts'
import { repoRoot } from '../../src/runtime/node/load-project.ts'
import { closedPortUrl } from '../support/closed-port.ts'

// The real stack (real NLU and tokenizer, real directory data, real flows, memory store) served by
// @hono/node-server on a random loopback port and driven with real fetch.

type ChatReply = { sessionId: string; messages: OutboundMessage[]; error?: string }

const start = async (built: NodeApp) => {
  let server: ServerType | undefined
  const port = await new Promise<number>((resolve) => {
    server = serve({ fetch: built.app.fetch, port: 0, hostname: '127.0.0.1' }, (info) => resolve(info.port))
  })
  return {
    base: `http://127.0.0.1:${port}`,
    stop: () => new Promise<void>((resolve) => server!.close(() => resolve())),
  }
}

const capture = () => {
  const lines: string[] = []
  const logger: Logger = {
    log: (level, event, fields) => lines.push(JSON.stringify({ level, event, ...fields })),
  }
  return { lines, logger }
}

describe('end to end through the real stack', () => {
  const log = capture()
  let built: NodeApp
  let http: Awaited<ReturnType<typeof start>>
  const chat = async (body: unknown): Promise<{ status: number; json: ChatReply }> => {
    const res = await fetch(`${http.base}/api/chat`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    })
    return { status: res.status, json: (await res.json()) as ChatReply }
  }

  beforeAll(async () => {
    built = await buildNodeApp({ SESSION_STORE: 'memory', LOG_LEVEL: 'debug' }, { logger: log.logger })
    http = await start(built)
  })
  afterAll(async () => {
    await http?.stop()
    await built?.close()
  })

  it('routes 「母の物忘れ」 + 「中原区です」 to the 中原区 office with a tel: phone', async () => {
    const first = await chat({ text: '母の物忘れがひどくて心配です' })
    expect(first.status).toBe(200)
    expect(first.json.sessionId).toMatch(/^[0-9a-f-]{36}$/)
    const second = await chat({ sessionId: first.json.sessionId, text: '中原区です' })
    expect(second.status).toBe(200)
    expect(second.json.sessionId).toBe(first.json.sessionId)
    const agencies = second.json.messages.filter((m) => m.type === 'agency')
    const nakahara = agencies.find((m) => m.agency.name.includes('中原区') && m.reason.includes('中原区'))
    expect(nakahara, JSON.stringify(second.json.messages, null, 1)).toBeDefined()
    expect(nakahara!.agency.tel).toMatch(/^tel:[0-9#]/)
    expect(nakahara!.agency.phone).not.toBeNull()
  })

  it('never logs what the resident wrote', () => {
    const all = log.lines.join('\n')
    expect(all).not.toContain('物忘れ')
    expect(all).not.toContain('中原区です')
  })

  it('answers over-long text politely instead of with a 400', async () => {
    const res = await chat({ text: 'あ'.repeat(1200) })
    expect(res.status).toBe(200)
    const texts = res.json.messages.filter((m) => 'text' in m).map((m) => (m as { text: string }).text)
    expect(texts.join('')).toMatch(/短く|文字/)
  })

  it('starts over for an unknown session id and ends one with DELETE', async () => {
    const sessionId = crypto.randomUUID()
    const res = await chat({ sessionId })
    expect(res.status).toBe(200)
    expect(res.json.sessionId).toBe(sessionId)
    expect(res.json.messages.length).toBeGreaterThan(0)
    const del = await fetch(`${http.base}/api/chat/${sessionId}`, { method: 'DELETE' })
    expect(del.status).toBe(204)
    expect(await built.store.get(sessionId)).toBeNull()
  })

  it('refuses a body over 16 KB with 413 and a non-JSON body with 415', async () => {
    const big = await fetch(`${http.base}/api/chat`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text: 'x'.repeat(20_000) }),
    })
    expect(big.status).toBe(413)
    const form = await fetch(`${http.base}/api/chat`, {
      method: 'POST',
      body: new URLSearchParams({ text: 'a' }),
    })
    expect(form.status).toBe(415)
  })

  it('serves /healthz and JSON 404s under /api', async () => {
    expect(await (await fetch(`${http.base}/healthz`)).json()).toEqual({ ok: true, store: 'memory' })
    const missing = await fetch(`${http.base}/api/missing`)
    expect(missing.status).toBe(404)
    expect((await missing.json()).error).toBe('not_found')
  })
})

describe('end to end with Redis down', () => {
  let built: NodeApp
  let http: Awaited<ReturnType<typeof start>>
  beforeAll(async () => {
    built = await buildNodeApp(
      { SESSION_STORE: 'redis', REDIS_URL: await closedPortUrl(), LOG_LEVEL: 'error' },
      { logger: capture().logger },
    )
    http = await start(built)
  })
  afterAll(async () => {
    await http?.stop()
    await built?.close()
  })

  it('gives the resident 503 with a kind message and the city line from the data, not a stack trace', async () => {
    const res = await fetch(`${http.base}/api/chat`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text: '母の物忘れがひどくて心配です' }),
    })
    expect(res.status).toBe(503)
    const body = (await res.json()) as ChatReply
    expect(body.error).toBe('store_unavailable')
    expect(body.messages[0]).toMatchObject({ type: 'text' })
    const lines = body.messages.filter((m) => m.type === 'agency')
    expect(lines.length).toBeGreaterThan(0)
    const hotlines = await readFile(join(repoRoot, 'data/kawasaki/hotlines.yaml'), 'utf8')
    for (const line of lines) {
      expect(line.agency.tel).toMatch(/^tel:/)
      // The number is one the city's data holds, not one written in code.
      expect(hotlines).toContain(line.agency.phone!)
    }
    expect(JSON.stringify(body)).not.toMatch(/ECONNREFUSED|\.ts:\d+|Error:/)
  })

  it('still gives emergency lines first to a resident in crisis', async () => {
    const res = await fetch(`${http.base}/api/chat`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text: 'もう死にたいです' }),
    })
    expect(res.status).toBe(503)
    const body = (await res.json()) as ChatReply
    const first = body.messages.find((m) => m.type === 'agency')
    expect(first?.type === 'agency' && first.urgent).toBe(true)
    expect(first?.type === 'agency' && first.agency.tel).toMatch(/^tel:/)
  })
})
