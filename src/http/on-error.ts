import type { Context } from 'hono'
import { HTTPException } from 'hono/http-exception'
import { AppError, StoreUnavailableError } from '../core/errors.ts'
import type { Logger } from '../core/log.ts'
import { DeclinedTurnError } from './http-errors.ts'

// The one place errors become responses, for every route and channel. An AppError's status and code
// come from its class, and its message is written for the client; anything else is a bug and gets a
// fixed 500. A body never carries a stack, a host name or a library's own message: those go to the log
// (as the error's class, code and context), and the log never carries the request body.

type Body = { error: string; message: string; [extra: string]: unknown }

/** What a client reads for a status whose error is not ours to word (Hono's own, or a bug). */
const GENERIC: Record<number, string> = {
  400: 'Bad request.',
  401: 'Unauthorized.',
  403: 'Forbidden.',
  404: 'Not found.',
  405: 'Method not allowed.',
  413: 'Request body is too large.',
  415: 'Unsupported media type.',
  429: 'Too many requests.',
  500: 'Internal error.',
  503: 'The service is temporarily unavailable.',
}

const OUTAGE = 'The conversation service is temporarily unavailable.'

export const errorResponse = (deps: { logger: Logger }) => (err: Error, c: Context) => {
  const path = routeLabel(c.req.path)
  if (err instanceof AppError) {
    deps.logger.log(err.status >= 500 ? 'error' : 'warn', 'request_failed', {
      status: err.status,
      code: err.code,
      method: c.req.method,
      path,
      ...flatContext(err.context),
    })
    const body: Body = { error: err.code, message: err.message }
    if (err instanceof StoreUnavailableError) {
      // A store failure outside a turn (the quick exit's delete): a turn's own failure never throws.
      body.message = OUTAGE
      c.header('Retry-After', '30')
    } else if (err.status >= 500 && err.status !== 503) body.message = GENERIC[500]!
    if (err instanceof DeclinedTurnError) {
      c.header('Retry-After', String(err.retryAfterSeconds))
      // Many residents can share one address (a carrier's NAT), and a full service turns everyone
      // away: whoever is stopped still gets a phone, and a cry for help its crisis lines (the
      // conversation built them).
      body.messages = err.messages
    }
    return c.json(body, err.status as 400)
  }
  if (err instanceof HTTPException) {
    // Hono's own refusals (a malformed request it rejected itself): keep the status, word it ourselves.
    deps.logger.log('warn', 'request_refused', { status: err.status, method: c.req.method, path })
    return c.json(
      { error: 'http_error', message: GENERIC[err.status] ?? 'Request failed.' } satisfies Body,
      err.status,
    )
  }
  deps.logger.log('error', 'unhandled_error', {
    name: err.name,
    message: err.message,
    stack: err.stack ?? null,
    method: c.req.method,
    path,
  })
  return c.json({ error: 'internal_error', message: GENERIC[500]! } satisfies Body, 500)
}

export const notFound = (c: Context) => {
  const path = c.req.path
  if (path.startsWith('/api/') || path === '/api') {
    return c.json(
      { error: 'not_found', message: `No API endpoint ${c.req.method} ${routeLabel(path)}.` },
      404,
    )
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
