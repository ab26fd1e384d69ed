import type { HonoJsonWebKey } from 'hono/utils/jwt/jws'
import { verifyWithJwks } from 'hono/utils/jwt/jwt'
import { z } from 'zod'

// Optional: trust Cloudflare Access in front of /admin. Access signs in the staff member with the
// city's identity provider and adds a JWT (header Cf-Access-Jwt-Assertion) to every request; the
// console verifies it with Hono's own JWT code against the team's public keys, which are given in
// the environment (ADMIN_ACCESS_JWKS, the JSON of https://<team>.cloudflareaccess.com/cdn-cgi/access/certs),
// so nothing is fetched at run time (closed government networks; no network in tests). The token's
// email must be the name of an enabled console account, whose role applies; everyone else still signs in
// with a password. Unset, nothing changes.

export const ACCESS_HEADER = 'cf-access-jwt-assertion'

const jwksSchema = z.object({
  keys: z.array(z.object({ kty: z.string(), kid: z.string().min(1) }).passthrough()).min(1),
})

export const accessConfigSchema = z.object({
  /** https://<team>.cloudflareaccess.com */
  ADMIN_ACCESS_ISSUER: z.string().url().optional(),
  /** The Access application's audience (AUD) tag. */
  ADMIN_ACCESS_AUD: z.string().min(1).optional(),
  /** The team's public keys as JSON ({ "keys": [...] }). */
  ADMIN_ACCESS_JWKS: z.string().min(1).optional(),
})

export interface AccessOptions {
  issuer: string
  audience: string
  keys: HonoJsonWebKey[]
}

/** A setting that is half there or whose keys do not parse: the console refuses to start, in Japanese. */
export class AccessConfigError extends Error {
  override readonly name = 'AccessConfigError'
}

/** The Access settings from the environment, or null when none is set. */
export const accessFromEnv = (vars: Record<string, string | undefined>): AccessOptions | null => {
  const c = accessConfigSchema.parse(vars)
  const given = [c.ADMIN_ACCESS_ISSUER, c.ADMIN_ACCESS_AUD, c.ADMIN_ACCESS_JWKS].filter(Boolean).length
  if (given === 0) return null
  if (given < 3)
    throw new AccessConfigError(
      'Cloudflare Access を使うには ADMIN_ACCESS_ISSUER・ADMIN_ACCESS_AUD・ADMIN_ACCESS_JWKS の3つすべてが必要です',
    )
  let parsed: unknown
  try {
    parsed = JSON.parse(c.ADMIN_ACCESS_JWKS!)
  } catch {
    throw new AccessConfigError(
      'ADMIN_ACCESS_JWKS が JSON として読めません（certs の中身をそのまま入れてください）',
    )
  }
  const jwks = jwksSchema.safeParse(parsed)
  if (!jwks.success) throw new AccessConfigError('ADMIN_ACCESS_JWKS に keys（kid のある公開鍵）がありません')
  return {
    issuer: c.ADMIN_ACCESS_ISSUER!.replace(/\/$/, ''),
    audience: c.ADMIN_ACCESS_AUD!,
    keys: jwks.data.keys as HonoJsonWebKey[],
  }
}

/**
 * The verified email of an Access token, or null when the token is missing, forged, expired, for another
 * application or another team. Never throws: a bad token is simply no identity.
 */
export const accessIdentity = async (token: string | undefined, access: AccessOptions) => {
  if (!token) return null
  try {
    const payload = await verifyWithJwks(token, {
      keys: access.keys,
      allowedAlgorithms: ['RS256'],
      verification: { iss: access.issuer, aud: access.audience },
    })
    return typeof payload.email === 'string' && payload.email.length > 0 ? payload.email : null
  } catch {
    return null
  }
}
