import type { Context } from 'hono'
import { HTTPException } from 'hono/http-exception'
import { AppError, StoreUnavailableError } from '../core/errors.ts'
import type { AppDeps } from './app.ts'
import { RateLimitedError } from './http-errors.ts'

// The one place errors become responses. AppErrors say what a client may be told; anything else is a
// bug and gets a generic 500 (the stack goes to the log, never to the client). Logs carry the error's
// class, code and context, never the request body.

type Body = { error: string; message: string; [extra: string]: unknown }

export const errorResponse = (deps: Pick<AppDeps, 'logger'>) => (err: Error, c: Context) => {
  const path = new URL(c.req.url).pathname
  if (err instanceof AppError) {
    const level = err.status >= 500 ? 'error' : 'warn'
    deps.logger.log(level, 'request_failed', {
      status: err.status,
      code: err.code,
      method: c.req.method,
      path: routeLabel(path),
      ...flatContext(err.context),
    })
    const body: Body = { error: err.code, message: err.message }
    if (err instanceof StoreUnavailableError) {
      // A store failure outside a turn (the quick exit's delete): the turn itself never throws it.
      body.message = 'The conversation service is temporarily unavailable.'
      c.header('Retry-After', '30')
    }
    if (err instanceof RateLimitedError) {
      c.header('Retry-After', String(err.retryAfterSeconds))
      // Many residents can share one address (a carrier's NAT): whoever is stopped still gets a
      // phone, and a cry for help its crisis lines (the conversation built them).
      body.messages = err.messages
    }
    if (err.status >= 500 && !(err instanceof StoreUnavailableError)) body.message = 'Internal error.'
    return c.json(body, err.status as 400)
  }
  if (err instanceof HTTPException) {
    // Hono's own (e.g. a malformed request it rejected itself): keep the status, not its internals.
    return c.json({ error: 'http_error', message: err.message || 'Request failed.' }, err.status)
  }
  deps.logger.log('error', 'unhandled_error', {
    name: err.name,
    message: err.message,
    stack: err.stack ?? null,
    method: c.req.method,
    path: routeLabel(path),
  })
  return c.json({ error: 'internal_error', message: 'Internal error.' } satisfies Body, 500)
}

export const notFound = (c: Context) => {
  const path = new URL(c.req.url).pathname
  if (path.startsWith('/api/') || path === '/api') {
    return c.json({ error: 'not_found', message: `No API endpoint ${c.req.method} ${path}.` }, 404)
  }
  return c.text('Not Found', 404)
}

// Session ids are in /api/chat/:id paths; they identify a conversation, so the log keeps the route only.
const routeLabel = (path: string) => path.replace(/^\/api\/chat\/.+$/, '/api/chat/:sessionId')

const flatContext = (context: Record<string, unknown>) => {
  const out: Record<string, string | number | boolean | null> = {}
  for (const [k, v] of Object.entries(context)) {
    if (v === null || ['string', 'number', 'boolean'].includes(typeof v)) out[`ctx_${k}`] = v as string
  }
  return out
}
