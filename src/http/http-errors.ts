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

/** A turn the service declined to run: the resident still reads the conversation's busy answer. */
export abstract class DeclinedTurnError extends AppError {
  /** What the resident reads (the busy answer, crisis lines first for a crisis); set by the route. */
  messages: OutboundMessage[] = []
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super(message)
  }
}

/** One client sent more requests than a person could type. */
export class RateLimitedError extends DeclinedTurnError {
  readonly status = 429
  readonly code = 'rate_limited'
  constructor(retryAfterSeconds: number) {
    super(`Too many messages. Please wait ${retryAfterSeconds} seconds and try again.`, retryAfterSeconds)
  }
}

/** The service has more turns waiting than it can answer in time (the runtime's admission said no). */
export class ServiceBusyError extends DeclinedTurnError {
  readonly status = 503
  readonly code = 'busy'
  constructor(retryAfterSeconds = 5) {
    super('The service is busy. Please try again in a few seconds.', retryAfterSeconds)
  }
}
