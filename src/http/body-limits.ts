import type { MiddlewareHandler } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { PayloadTooLargeError } from './http-errors.ts'

// One streaming body limit in front of every route. Hono's bodyLimit counts the bytes of a chunked body
// as they arrive and stops at the limit, so no handler (and no signature check) ever reads past it; a
// declared Content-Length over the limit is refused before a byte is read.

/** The largest body each endpoint accepts; anything else (there are no other POST routes) gets the least. */
export const BODY_LIMITS = {
  /** One resident's turn: a 1,000-character message is about 3 KB of JSON. */
  '/api/chat': 16 * 1024,
  /** LINE's webhook bodies are a few KB, with up to a few dozen events in a redelivery burst. */
  '/webhooks/line': 1024 * 1024,
  /** A Bot Framework activity with Teams' entities and attachments. */
  '/api/messages': 256 * 1024,
} as const

export const DEFAULT_BODY_LIMIT = 16 * 1024

const limiter = (maxSize: number) =>
  bodyLimit({
    maxSize,
    onError: () => {
      throw new PayloadTooLargeError(`Request body is over ${Math.round(maxSize / 1024)} KB.`, { maxSize })
    },
  })

const routes = Object.entries(BODY_LIMITS).map(([prefix, size]) => ({ prefix, limit: limiter(size) }))
const fallback = limiter(DEFAULT_BODY_LIMIT)

export const limitBodies: MiddlewareHandler = (c, next) => {
  const path = c.req.path
  const route = routes.find((r) => path === r.prefix || path.startsWith(`${r.prefix}/`))
  return (route?.limit ?? fallback)(c, next)
}
