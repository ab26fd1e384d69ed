import { describe, expect, it } from 'vitest'
import { configSchema } from '../../src/core/config.ts'
import type { Logger } from '../../src/core/log.ts'
import { createApp } from '../../src/http/app.ts'
import { clientAddress } from '../../src/runtime/node/client-address.ts'
import { createMemoryStore } from '../../src/sessions/memory-store.ts'
import { testDeps } from './fakes.ts'

const setup = (extra: Parameters<typeof testDeps>[1] = {}) => {
  const deps = testDeps(createMemoryStore(), extra)
  const app = createApp(deps)
  const post = (body: unknown, headers: Record<string, string> = {}) =>
    app.request('/api/chat', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    })
  return { app, deps, post }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/

describe('POST /api/chat', () => {
  it("gives the turn the runtime's keepAlive for its background work (Workers: waitUntil)", async () => {
    const kept: Promise<unknown>[] = []
    const { post, deps } = setup({ keepAlive: () => (task) => kept.push(task) })
    expect((await post({})).status).toBe(200)
    const task = Promise.resolve('counted')
    deps.conversation.turns[0]!.keepAlive?.(task)
    expect(kept).toEqual([task])
  })

  it('starts a conversation with a new random session id when the body is empty', async () => {
    const { post, deps } = setup()
    const res = await post({})
    expect(res.status).toBe(200)
    const body = await res.json()
    expect(body.sessionId).toMatch(UUID)
    expect(body.messages).toEqual([{ type: 'text', text: 'start #1' }])
    expect(deps.conversation.turns[0]).toMatchObject({ channel: 'web', message: { type: 'start' } })
    const second = await (await post({})).json()
    expect(second.sessionId).not.toBe(body.sessionId)
  })

  it('continues a session with text and with a choice', async () => {
    const { post } = setup()
    const { sessionId } = await (await post({})).json()
    const a = await (await post({ sessionId, text: '  中原区です ' })).json()
    expect(a).toMatchObject({ sessionId, messages: [{ text: 'text:中原区です #2' }], newSession: false })
    const b = await (await post({ sessionId, choice: 'ward:nakahara' })).json()
    expect(b.messages[0].text).toBe('choice:ward:nakahara #3')
  })

  it('starts over under the same id when the session is unknown or expired', async () => {
    const { post } = setup()
    const sessionId = 'f3b2c1d0-0000-4000-8000-000000000000'
    const res = await post({ sessionId, text: 'こんにちは' })
    expect(res.status).toBe(200)
    expect(await res.json()).toMatchObject({
      sessionId,
      newSession: true,
      messages: [{ text: 'text:こんにちは #1' }],
    })
  })

  it('passes over-long text to the conversation, which asks politely for a shorter message', async () => {
    const { post } = setup()
    const res = await post({ text: 'あ'.repeat(1500) })
    expect(res.status).toBe(200)
    expect((await res.json()).messages[0].text).toContain('短く')
  })

  it.each([
    [{ text: 'a', choice: 'b' }, 'send either text or choice, not both'],
    [{ text: '   ' }, 'text: must not be empty'],
    [{ choice: '' }, 'choice: must not be empty'],
    [{ choice: 'x'.repeat(301) }, 'choice: must be at most 300 characters'],
    [{ sessionId: 'short' }, 'sessionId: must be 8–64 letters'],
    [{ sessionId: '../../etc/passwd' }, 'sessionId: must be 8–64 letters'],
    [{ sessionId: 'a'.repeat(65) }, 'sessionId: must be 8–64 letters'],
    [{ text: 42 }, 'text: '],
    [{ message: 'hello' }, 'message'],
    [[], 'expected object'],
    ['null', 'expected object'],
  ])('rejects %j with 400 naming the field', async (body, expected) => {
    const { post, deps } = setup()
    const res = await post(body)
    expect(res.status).toBe(400)
    const json = await res.json()
    expect(json.error).toBe('invalid_request')
    expect(json.message).toContain(expected)
    expect(deps.conversation.turns).toHaveLength(0)
  })

  it('rejects malformed JSON with 400', async () => {
    const { post } = setup()
    const res = await post('{"text": "途中で')
    expect(res.status).toBe(400)
    expect(await res.json()).toEqual({ error: 'invalid_request', message: 'Request body is not valid JSON.' })
  })

  it('rejects a body that is not JSON with 415', async () => {
    const { app } = setup()
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', '']) {
      const res = await app.request('/api/chat', {
        method: 'POST',
        headers: type ? { 'content-type': type } : {},
        body: 'text=hello',
      })
      expect(res.status).toBe(415)
      expect((await res.json()).error).toBe('unsupported_media_type')
    }
  })

  it('accepts application/json with a charset', async () => {
    const { post } = setup()
    expect((await post({}, { 'content-type': 'application/json; charset=utf-8' })).status).toBe(200)
  })

  it('rejects a body over 16 KB with 413 before parsing it', async () => {
    const { post, deps } = setup()
    const res = await post({ text: 'x'.repeat(17 * 1024) })
    expect(res.status).toBe(413)
    expect((await res.json()).error).toBe('payload_too_large')
    expect(deps.conversation.turns).toHaveLength(0)
  })

  it('limits one client to 60 turns a minute with 429, Retry-After and a phone to call', async () => {
    const { post } = setup({ clientKey: () => '192.0.2.1' })
    for (let i = 0; i < 60; i++) expect((await post({})).status).toBe(200)
    const res = await post({})
    expect(res.status).toBe(429)
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0)
    const body = await res.json()
    expect(body.error).toBe('rate_limited')
    // What the resident reads is the conversation's busy answer (crisis lines first for a crisis:
    // tests/conversation); the route only carries it.
    expect(body.messages).toEqual([{ type: 'text', text: 'declined: busy' }])
    // Another address is not affected.
    const other = setup({ clientKey: () => '192.0.2.2' })
    expect((await other.post({})).status).toBe(200)
  })

  it('answers 503 busy with Retry-After and a phone to call when the runtime is too busy to run the turn', async () => {
    let admitted = 0
    const { post, deps } = setup({
      admit: async () => {
        admitted++
        return false
      },
    })
    const res = await post({ text: '家賃が払えません' })
    expect(admitted).toBe(1)
    expect(res.status).toBe(503)
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0)
    const body = await res.json()
    expect(body.error).toBe('busy')
    // The conversation's busy answer (crisis lines first for a crisis: tests/conversation), never the turn.
    expect(body.messages).toEqual([{ type: 'text', text: 'declined: busy' }])
    expect(deps.conversation.turns).toHaveLength(0)
    // A malformed request is refused as before, without waiting for a turn's place.
    expect((await post({ text: '' })).status).toBe(400)
    expect(admitted).toBe(1)
  })

  it('CHAT_RATE_LIMIT_PER_MINUTE sets the limit, and 0 turns it off (load tests from one address)', async () => {
    const strict = setup({
      clientKey: () => '192.0.2.3',
      config: configSchema.parse({ CHAT_RATE_LIMIT_PER_MINUTE: '2' }),
    })
    expect((await strict.post({})).status).toBe(200)
    expect((await strict.post({})).status).toBe(200)
    expect((await strict.post({})).status).toBe(429)
    const off = setup({
      clientKey: () => '192.0.2.4',
      config: configSchema.parse({ CHAT_RATE_LIMIT_PER_MINUTE: '0' }),
    })
    for (let i = 0; i < 100; i++) expect((await off.post({})).status).toBe(200)
  })

  it('answers an allowed origin with its CORS header and Vary: Origin, another origin without', async () => {
    const city = 'https://www.city.kawasaki.jp'
    const { post } = setup({ config: configSchema.parse({ CHAT_ALLOWED_ORIGINS: city }) })
    const allowed = await post({}, { origin: city })
    expect(allowed.status).toBe(200)
    expect(allowed.headers.get('access-control-allow-origin')).toBe(city)
    expect(allowed.headers.get('vary')).toBe('Origin')
    const other = await post({}, { origin: 'https://evil.example' })
    expect(other.headers.get('access-control-allow-origin')).toBeNull()
    expect(other.headers.get('vary')).toBe('Origin')
    // An error answer carries them too, so the widget can read why.
    const bad = await post({ text: '' }, { origin: city })
    expect(bad.status).toBe(400)
    expect(bad.headers.get('access-control-allow-origin')).toBe(city)
    const any = setup({ config: configSchema.parse({ CHAT_ALLOWED_ORIGINS: '*' }) })
    const star = await any.post({}, { origin: 'https://elsewhere.example' })
    expect(star.headers.get('access-control-allow-origin')).toBe('*')
    expect(star.headers.get('vary')).toBeNull()
  })

  it('sets security headers and no-store', async () => {
    const { post } = setup()
    const res = await post({})
    expect(res.headers.get('x-content-type-options')).toBe('nosniff')
    expect(res.headers.get('cache-control')).toBe('no-store')
  })
})

describe('DELETE /api/chat/:sessionId', () => {
  it('ends the conversation; the next message starts a new one', async () => {
    const { app, post } = setup()
    const { sessionId } = await (await post({})).json()
    await post({ sessionId, text: 'はい' })
    const res = await app.request(`/api/chat/${sessionId}`, { method: 'DELETE' })
    expect(res.status).toBe(204)
    const after = await (await post({ sessionId, text: 'もしもし' })).json()
    expect(after).toMatchObject({ newSession: true, messages: [{ text: 'text:もしもし #1' }] })
  })

  it('is idempotent for an unknown session and rejects a malformed id', async () => {
    const { app } = setup()
    expect((await app.request('/api/chat/0123456789abcdef', { method: 'DELETE' })).status).toBe(204)
    const bad = await app.request('/api/chat/bad%20id', { method: 'DELETE' })
    expect(bad.status).toBe(400)
    expect((await bad.json()).message).toMatch(/^sessionId: /)
  })
})

describe('errors and routing', () => {
  it('answers unknown /api paths with JSON 404', async () => {
    const { app } = setup()
    const res = await app.request('/api/nothing')
    expect(res.status).toBe(404)
    expect(await res.json()).toEqual({ error: 'not_found', message: 'No API endpoint GET /api/nothing.' })
  })

  it('turns an unexpected error into a generic 500 without the stack, and logs it without the body', async () => {
    const lines: string[] = []
    const logger: Logger = {
      log: (level, event, fields) => lines.push(JSON.stringify({ level, event, ...fields })),
    }
    const { post, deps } = setup({ logger })
    deps.conversation.handle = async () => {
      throw new TypeError('boom at internal detail')
    }
    const res = await post({ text: '秘密の相談内容' })
    expect(res.status).toBe(500)
    const text = await res.text()
    expect(JSON.parse(text)).toEqual({ error: 'internal_error', message: 'Internal error.' })
    expect(text).not.toContain('boom')
    expect(lines.join('\n')).toContain('boom at internal detail')
    expect(lines.join('\n')).not.toContain('秘密の相談内容')
  })

  it('reports the store on /healthz', async () => {
    const { app } = setup()
    const res = await app.request('/healthz')
    expect(await res.json()).toEqual({ ok: true, store: 'memory' })
  })
})

describe('clientAddress (rate-limit key on Node)', () => {
  it('with TRUST_PROXY, uses the address the nearest proxy saw, else the socket', () => {
    expect(clientAddress('203.0.113.9, 198.51.100.7', '10.0.0.1', true)).toBe('198.51.100.7')
    expect(clientAddress(undefined, '127.0.0.1', true)).toBe('127.0.0.1')
    expect(clientAddress(' ', undefined, true)).toBeNull()
  })

  it('without TRUST_PROXY (the default), ignores X-Forwarded-For: anyone can write it', () => {
    expect(configSchema.parse({}).TRUST_PROXY).toBe(false)
    expect(clientAddress('203.0.113.9', '10.0.0.1', false)).toBe('10.0.0.1')
    expect(clientAddress('203.0.113.9', undefined, false)).toBeNull()
  })

  it('keys IPv6 by its /64, so rotating addresses inside one network is one client', () => {
    expect(clientAddress(undefined, '2001:db8:1:2:aaaa::1', false)).toBe('2001:db8:1:2::/64')
    expect(clientAddress(undefined, '2001:db8:1:2:bbbb:cccc:dddd:eeee', false)).toBe('2001:db8:1:2::/64')
    expect(clientAddress(undefined, '2001:db8::1', false)).toBe('2001:db8:0:0::/64')
    expect(clientAddress(undefined, '::ffff:192.0.2.1', false)).toBe('192.0.2.1')
  })
})

describe('rate-limit key failures', () => {
  it('never stop a turn', async () => {
    const { post } = setup({
      clientKey: () => {
        throw new Error('no socket')
      },
    })
    expect((await post({})).status).toBe(200)
  })
})
