import { createHmac } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { lineSessionId, signLineBody, verifyLineSignature } from '../../src/channels/line/signature.ts'

const enc = (s: string) => new TextEncoder().encode(s)

describe('x-line-signature (Web Crypto)', () => {
  const secret = 'abc123secret'
  const body =
    '{"destination":"U1","events":[{"type":"message","message":{"type":"text","text":"こんにちは"}}]}'
  // What LINE documents: base64(HMAC-SHA256(channel secret, body)); computed here with node:crypto.
  const expected = createHmac('sha256', secret).update(body).digest('base64')

  it('signs like LINE does', async () => {
    expect(await signLineBody(secret, body)).toBe(expected)
  })

  it('verifies the right signature over the exact bytes', async () => {
    expect(await verifyLineSignature(secret, enc(body), expected)).toBe(true)
  })

  it.each([
    ['missing', undefined],
    ['empty', ''],
    ['not base64', '%%%'],
    ['too short', expected.slice(0, 20)],
    ['one bit off', `${expected[0] === 'A' ? 'B' : 'A'}${expected.slice(1)}`],
  ])('rejects a %s signature', async (_name, sig) => {
    expect(await verifyLineSignature(secret, enc(body), sig)).toBe(false)
  })

  it('rejects the right signature over other bytes and under another secret', async () => {
    expect(await verifyLineSignature(secret, enc(`${body} `), expected)).toBe(false)
    expect(await verifyLineSignature(`${secret}x`, enc(body), expected)).toBe(false)
  })
})

describe('session id', () => {
  it('is stable per source, differs between sources and secrets, and hides the id', async () => {
    const a = await lineSessionId('s1', 'user:U123')
    expect(a).toBe(await lineSessionId('s1', 'user:U123'))
    expect(a).not.toBe(await lineSessionId('s1', 'user:U124'))
    expect(a).not.toBe(await lineSessionId('s2', 'user:U123'))
    expect(a).toMatch(/^line:[0-9a-f]{40}$/)
    expect(a).not.toContain('U123')
  })
})
