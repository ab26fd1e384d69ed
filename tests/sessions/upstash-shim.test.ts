import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { requireRedis } from '../support/services.ts'
import { startUpstashShim, type UpstashShim } from '../support/upstash-shim.ts'

// The shim is a test fixture, so it gets its own check against the protocol as Upstash documents it.
const redisUrl = await requireRedis()

describe.skipIf(!redisUrl)('upstash REST shim', () => {
  let shim: UpstashShim
  const key = `soudan:shim-test:${crypto.randomUUID()}`
  const call = (path: string, body: unknown, headers: Record<string, string> = {}) =>
    fetch(`${shim.url}${path}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${shim.token}`, 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    })
  beforeAll(async () => {
    shim = await startUpstashShim(redisUrl!)
  })
  afterAll(async () => {
    await call('/', ['DEL', key])
    await shim?.close()
  })

  it('runs one command and returns { result }', async () => {
    expect(await (await call('/', ['SET', key, '中原区', 'EX', 30])).json()).toEqual({ result: 'OK' })
    expect(await (await call('/', ['GET', key])).json()).toEqual({ result: '中原区' })
  })

  it('base64-encodes strings except OK when asked', async () => {
    const b64 = { 'Upstash-Encoding': 'base64' }
    expect(await (await call('/', ['SET', key, '中原区', 'EX', 30], b64)).json()).toEqual({ result: 'OK' })
    const { result } = await (await call('/', ['GET', key], b64)).json()
    expect(Buffer.from(result, 'base64').toString('utf8')).toBe('中原区')
    expect(await (await call('/', ['TTL', key], b64)).json()).toEqual({ result: expect.any(Number) })
  })

  it('answers pipelines and transactions with one result per command', async () => {
    const cmds = [
      ['SET', key, '1', 'EX', 30],
      ['INCR', key],
      ['HGET', key, 'x'],
    ]
    for (const path of ['/pipeline', '/multi-exec']) {
      const out = await (await call(path, cmds)).json()
      expect(out).toHaveLength(3)
      expect(out[0]).toEqual({ result: 'OK' })
      expect(out[1]).toEqual({ result: 2 })
      expect(out[2].error).toMatch(/WRONGTYPE/)
    }
  })

  it('rejects a wrong token with 401 and a failed command with 400 { error }', async () => {
    const res = await fetch(shim.url, {
      method: 'POST',
      headers: { authorization: 'Bearer nope' },
      body: JSON.stringify(['GET', key]),
    })
    expect(res.status).toBe(401)
    const bad = await call('/', ['NOSUCHCOMMAND'])
    expect(bad.status).toBe(400)
    expect((await bad.json()).error).toMatch(/unknown command/i)
  })
})
