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
  /**
   * A staff member's .zip upload (src/admin/zip-routes.tsx): the console refuses over 10 MB itself, in
   * Japanese on its own page, so this is that and some room.
   */
  '/admin/versions/import': 12 * 1024 * 1024,
} as const

export const DEFAULT_BODY_LIMIT = 16 * 1024

const tooLarge = (maxSize: number) =>
  new PayloadTooLargeError(`Request body is over ${Math.round(maxSize / 1024)} KB.`, { maxSize })

const limiter = (maxSize: number) =>
  bodyLimit({
    maxSize,
    onError: () => {
      throw tooLarge(maxSize)
    },
  })

const routes = Object.entries(BODY_LIMITS).map(([prefix, size]) => ({ prefix, size, limit: limiter(size) }))
const fallback = { size: DEFAULT_BODY_LIMIT, limit: limiter(DEFAULT_BODY_LIMIT) }

export const limitBodies: MiddlewareHandler = (c, next) => {
  const path = c.req.path
  const route = routes.find((r) => path === r.prefix || path.startsWith(`${r.prefix}/`)) ?? fallback
  // A declared length (the usual case) is checked from the header alone, as Hono's bodyLimit does, but
  // without touching c.req.raw.body: on Node that would build a web ReadableStream and a full Request
  // for every turn (about a tenth of its time under load) instead of @hono/node-server reading the
  // body straight from the socket. The HTTP parser never reads past a declared length.
  const declared = c.req.header('content-length')
  if (declared !== undefined && c.req.header('transfer-encoding') === undefined) {
    if (Number(declared) > route.size) throw tooLarge(route.size)
    return next()
  }
  return route.limit(c, next)
}
