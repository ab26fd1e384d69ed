import { describe, expect, it } from 'vitest'
import { configSchema } from '../../src/core/config.ts'
import { createApp } from '../../src/http/app.ts'
import { createMemoryStore } from '../../src/sessions/memory-store.ts'
import { testDeps } from './fakes.ts'

// Defect 7 of issue #10 without a browser: the Content-Security-Policy on the demo page and on the chat
// API's JSON, and FRAME_ANCESTORS → frame-ancestors. The Chromium suite (tests/web/widget.browser.test.ts)
// proves the widget works under this policy; this file proves the policy is sent, on every machine.

const setup = (env: Record<string, string> = {}) =>
  createApp(testDeps(createMemoryStore(), { config: configSchema.parse(env) }))

/** The CSP header as directive → sources. */
const policy = (res: Response): Map<string, string[]> => {
  const header = res.headers.get('content-security-policy')
  expect(header, 'a Content-Security-Policy header').toBeTruthy()
  const directives = new Map<string, string[]>()
  for (const part of (header ?? '').split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/)
    if (name) directives.set(name.toLowerCase(), sources)
  }
  return directives
}

const chat = (app: ReturnType<typeof setup>, body: unknown) =>
  app.request('/api/chat', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  })

const responses = async (app: ReturnType<typeof setup>) => ({
  '/ (the demo page)': await app.request('/'),
  'POST /api/chat (200)': await chat(app, {}),
  'POST /api/chat (400)': await chat(app, { sessionId: 'not-a-uuid', text: 1 }),
})

describe('Content-Security-Policy (defect 7, no browser)', () => {
  it('/ and /api/chat allow scripts from this server only, never inline', async () => {
    const app = setup()
    for (const [what, res] of Object.entries(await responses(app))) {
      const csp = policy(res)
      // script-src is 'self' alone: no 'unsafe-inline', no 'unsafe-eval', no other host.
      expect(csp.get('script-src'), what).toEqual(["'self'"])
      // No fallback that could let inline script in either.
      expect(csp.get('default-src'), what).toEqual(["'none'"])
      for (const [name, sources] of csp) expect(sources, `${what}: ${name}`).not.toContain("'unsafe-inline'")
    }
    expect((await app.request('/')).status).toBe(200)
    expect((await app.request('/')).headers.get('content-type')).toMatch(/^text\/html/)
  })

  it("frames nothing by default: frame-ancestors 'none' and X-Frame-Options DENY", async () => {
    for (const [what, res] of Object.entries(await responses(setup()))) {
      expect(policy(res).get('frame-ancestors'), what).toEqual(["'none'"])
      expect(res.headers.get('x-frame-options'), what).toBe('DENY')
    }
  })

  it('FRAME_ANCESTORS becomes frame-ancestors, and X-Frame-Options then steps aside', async () => {
    const app = setup({ FRAME_ANCESTORS: "'self', https://www.city.kawasaki.jp" })
    for (const [what, res] of Object.entries(await responses(app))) {
      expect(policy(res).get('frame-ancestors'), what).toEqual(["'self'", 'https://www.city.kawasaki.jp'])
      // DENY would override the allowed ancestors in browsers that read both.
      expect(res.headers.get('x-frame-options'), what).toBeNull()
    }
  })

  it('refuses a FRAME_ANCESTORS entry that is neither a URL nor self', () => {
    expect(() => configSchema.parse({ FRAME_ANCESTORS: "'unsafe-inline'" })).toThrow()
    expect(() => configSchema.parse({ FRAME_ANCESTORS: 'javascript:alert(1)' })).toThrow()
  })
})
