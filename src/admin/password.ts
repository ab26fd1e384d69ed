// Staff passwords: PBKDF2-HMAC-SHA256 through Web Crypto, so the same code hashes on Node and checks
// on Workers. 100 000 iterations is the most Cloudflare Workers' PBKDF2 accepts (it refuses more);
// the count is stored in each hash, so a city on Node only can raise PASSWORD_ITERATIONS later and old
// hashes still verify.

export const PASSWORD_ITERATIONS = 100_000
const SALT_BYTES = 16
const HASH_BITS = 256
const PREFIX = 'pbkdf2-sha256'

const toBase64 = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes))
const fromBase64 = (text: string) => Uint8Array.from(atob(text), (c) => c.charCodeAt(0))

const derive = async (password: string, salt: Uint8Array<ArrayBuffer>, iterations: number) => {
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(password), 'PBKDF2', false, [
    'deriveBits',
  ])
  const bits = await crypto.subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    key,
    HASH_BITS,
  )
  return new Uint8Array(bits)
}

export const hashPassword = async (password: string, iterations = PASSWORD_ITERATIONS) => {
  const salt = crypto.getRandomValues(new Uint8Array(SALT_BYTES))
  const hash = await derive(password, salt, iterations)
  return `${PREFIX}$${iterations}$${toBase64(salt)}$${toBase64(hash)}`
}

/** True when `password` matches `stored`; false for a wrong password or a malformed hash. */
export const verifyPassword = async (password: string, stored: string) => {
  const [prefix, iterations, salt, hash] = stored.split('$')
  const count = Number(iterations)
  if (prefix !== PREFIX || !Number.isInteger(count) || count < 1 || !salt || !hash) return false
  const expected = fromBase64(hash)
  const actual = await derive(password, fromBase64(salt), count)
  // Every byte is compared, so the time taken says nothing about where a guess went wrong.
  let diff = expected.length ^ actual.length
  for (let i = 0; i < actual.length; i++) diff |= (actual[i] ?? 0) ^ (expected[i] ?? 0)
  return diff === 0
}

/** The rule a new password must meet; a message in Japanese, or null when it is fine. */
export const passwordProblem = (password: string): string | null =>
  password.length < 12
    ? 'パスワードは12文字以上にしてください'
    : password.length > 256
      ? 'パスワードは256文字以内にしてください'
      : null
