import { sign } from 'hono/jwt'
import type { HonoJsonWebKey } from 'hono/utils/jwt/jws'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { AccessConfigError, type AccessOptions, accessFromEnv } from '../../src/admin/access.ts'
import { startConsole } from './harness.ts'

// Cloudflare Access in front of /admin (optional): a JWT signed by the team's key, for this
// application, naming an enabled account's email, lets that account in with its role; anything
// else is no identity (401 / the sign-in page). Keys are generated here; nothing touches the network.

const ISSUER = 'https://kawasaki-city.cloudflareaccess.com'
const AUD = 'aud-tag-of-the-console-application'

const keyPair = async (kid: string) => {
  const pair = (await crypto.subtle.generateKey(
    {
      name: 'RSASSA-PKCS1-v1_5',
      modulusLength: 2048,
      publicExponent: new Uint8Array([1, 0, 1]),
      hash: 'SHA-256',
    },
    true,
    ['sign', 'verify'],
  )) as CryptoKeyPair
  const pub = (await crypto.subtle.exportKey('jwk', pair.publicKey)) as HonoJsonWebKey
  const priv = (await crypto.subtle.exportKey('jwk', pair.privateKey)) as HonoJsonWebKey
  return { pub: { ...pub, kid, alg: 'RS256' }, priv: { ...priv, kid, alg: 'RS256' } }
}

let team: Awaited<ReturnType<typeof keyPair>>
let stranger: Awaited<ReturnType<typeof keyPair>>
let s: Awaited<ReturnType<typeof startConsole>>
let access: AccessOptions

beforeAll(async () => {
  team = await keyPair('team-key-1')
  stranger = await keyPair('team-key-1') // same kid, another key: a forgery
  access = accessFromEnv({
    ADMIN_ACCESS_ISSUER: `${ISSUER}/`,
    ADMIN_ACCESS_AUD: AUD,
    ADMIN_ACCESS_JWKS: JSON.stringify({ keys: [team.pub] }),
  })!
  s = await startConsole({ access })
  await s.staff.addUser('cli', 'yamada@city.kawasaki.jp', 'approver', 'a long enough password 1')
})
afterAll(async () => {
  await s.close()
})

const token = (claims: Record<string, unknown>, key = team.priv) => {
  const now = Math.floor(Date.now() / 1000)
  return sign(
    { iss: ISSUER, aud: [AUD], email: 'yamada@city.kawasaki.jp', iat: now, exp: now + 600, ...claims },
    key,
    'RS256',
  )
}
const versions = async (jwt?: string) =>
  s.app.request('/admin/api/versions', { headers: jwt ? { 'cf-access-jwt-assertion': jwt } : {} })

describe('Cloudflare Access', () => {
  it('lets an enabled account in by its verified email, with its role', async () => {
    const res = await versions(await token({}))
    expect(res.status).toBe(200)
    expect(((await res.json()) as { versions: unknown[] }).versions.length).toBeGreaterThan(0)
    // The approver's role applies: the users page is for admins only.
    const users = await s.app.request('/admin/users', {
      headers: { 'cf-access-jwt-assertion': await token({}) },
    })
    expect(users.status).toBe(403)
  })

  it('refuses a forged, expired, foreign or unknown token as no identity', async () => {
    const now = Math.floor(Date.now() / 1000)
    const refused = [
      await token({}, stranger.priv),
      await token({ exp: now - 60, iat: now - 700 }),
      await token({ aud: ['another-application'] }),
      await token({ iss: 'https://another-team.cloudflareaccess.com' }),
      await token({ email: 'nobody@city.kawasaki.jp' }),
      'not-a-jwt',
    ]
    for (const jwt of refused) expect((await versions(jwt)).status).toBe(401)
    expect((await versions()).status).toBe(401)
    const page = await s.app.request('/admin', {
      headers: { 'cf-access-jwt-assertion': await token({}, stranger.priv) },
    })
    expect(page.status).toBe(401)
    expect(await page.text()).toContain('サインイン')
  })

  it('stops trusting an account once it is disabled', async () => {
    const admin = { name: 'kimura', role: 'admin' as const }
    await s.staff.changeUser(admin, 'yamada@city.kawasaki.jp', { disabled: true })
    expect((await versions(await token({}))).status).toBe(401)
  })

  it('is off without settings and refuses half of them, in Japanese', () => {
    expect(accessFromEnv({})).toBeNull()
    expect(() => accessFromEnv({ ADMIN_ACCESS_AUD: AUD })).toThrow(AccessConfigError)
    expect(() =>
      accessFromEnv({ ADMIN_ACCESS_ISSUER: ISSUER, ADMIN_ACCESS_AUD: AUD, ADMIN_ACCESS_JWKS: '{' }),
    ).toThrow(/ADMIN_ACCESS_JWKS が JSON として読めません/)
  })
})
