import { AppError } from '../core/errors.ts'
import type { OutboundMessage } from '../core/messages.ts'

// HTTP-only failures. They live beside on-error.ts rather than in the core contract because only the
// HTTP layer can produce them.

/** The request body is over the size limit. */
export class PayloadTooLargeError extends AppError {
  readonly status = 413
  readonly code = 'payload_too_large'
}

/** The request body is not JSON (Content-Type). */
export class UnsupportedMediaTypeError extends AppError {
  readonly status = 415
  readonly code = 'unsupported_media_type'
}

/** One client sent more requests than a person could type. */
export class RateLimitedError extends AppError {
  readonly status = 429
  readonly code = 'rate_limited'
  /** What the resident reads (the busy answer, crisis lines first for a crisis); set by the route. */
  messages: OutboundMessage[] = []
  constructor(readonly retryAfterSeconds: number) {
    super(`Too many messages. Please wait ${retryAfterSeconds} seconds and try again.`)
  }
}
