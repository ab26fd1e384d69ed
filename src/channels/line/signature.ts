// x-line-signature is base64(HMAC-SHA256(channel secret, raw body)). Web Crypto runs on Node and on
// Workers alike; `subtle.verify` compares in constant time, so no hand-written compare is needed.

const encoder = new TextEncoder()

const hmacKey = (secret: string, usage: 'sign' | 'verify') =>
  crypto.subtle.importKey('raw', encoder.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, [usage])

const decodeBase64 = (text: string): Uint8Array | null => {
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(text)) return null
  try {
    return Uint8Array.from(atob(text), (c) => c.charCodeAt(0))
  } catch {
    return null
  }
}

/** True only when `signature` is the HMAC of exactly these bytes under `secret`. */
export const verifyLineSignature = async (
  secret: string,
  rawBody: Uint8Array,
  signature: string | undefined | null,
): Promise<boolean> => {
  if (!signature) return false
  const given = decodeBase64(signature.trim())
  // A SHA-256 MAC is 32 bytes; anything else cannot match and is not worth a verify call.
  if (given?.length !== 32) return false
  const key = await hmacKey(secret, 'verify')
  return crypto.subtle.verify('HMAC', key, given as unknown as BufferSource, rawBody as BufferSource)
}

/** The signature LINE would send for this body (tests and the local try-out script sign with it). */
export const signLineBody = async (secret: string, body: string | Uint8Array): Promise<string> => {
  const key = await hmacKey(secret, 'sign')
  const bytes = typeof body === 'string' ? encoder.encode(body) : body
  const mac = new Uint8Array(await crypto.subtle.sign('HMAC', key, bytes as BufferSource))
  return btoa(String.fromCharCode(...mac))
}

/**
 * A stable, non-reversible session id for a LINE user, group or room: HMAC(secret, source id), so no
 * raw LINE id is stored or logged, and ids from another channel secret never collide with ours.
 */
export const lineSessionId = async (secret: string, sourceId: string): Promise<string> => {
  const key = await hmacKey(secret, 'sign')
  const mac = new Uint8Array(
    await crypto.subtle.sign('HMAC', key, encoder.encode(`line-session:${sourceId}`)),
  )
  const hex = Array.from(mac, (b) => b.toString(16).padStart(2, '0')).join('')
  return `line:${hex.slice(0, 40)}`
}
