// One class per failure. Each carries what a client may be told (`expose`) and context for the log;
// src/http/on-error.ts maps them to responses in one place. Never put resident text in `context`.

export abstract class AppError extends Error {
  abstract readonly status: number
  abstract readonly code: string
  constructor(
    message: string,
    readonly context: Record<string, unknown> = {},
    options?: { cause?: unknown },
  ) {
    super(message, options)
    this.name = new.target.name
  }
}

/** The request body or query did not match its schema. `message` is safe to return. */
export class InvalidRequestError extends AppError {
  readonly status = 400
  readonly code = 'invalid_request'
}

/** A webhook signature (LINE x-line-signature) is missing or wrong. */
export class SignatureError extends AppError {
  readonly status = 401
  readonly code = 'invalid_signature'
}

/** A Bot Framework request without valid authentication while an app id is configured. */
export class UnauthorizedError extends AppError {
  readonly status = 401
  readonly code = 'unauthorized'
}

/** The session store (Redis, Upstash) cannot be reached. Residents get a kind message with a phone. */
export class StoreUnavailableError extends AppError {
  readonly status: number = 503
  readonly code: string = 'store_unavailable'
}

/**
 * The store has no room for a new conversation (the memory store's cap). Live conversations are never
 * dropped to make room; a new one is refused, and the core answers it as an outage (503, a number to call).
 */
export class StoreFullError extends StoreUnavailableError {
  override readonly code = 'store_full'
}

/** A channel's settings are missing (LINE secret and token, Bot Framework app id): 503 until they are set. */
export class ChannelNotConfiguredError extends AppError {
  readonly status = 503
  readonly code = 'channel_not_configured'
}

/** The request is well-formed but not allowed (a Bot Framework serviceUrl outside the allowlist). */
export class ForbiddenError extends AppError {
  readonly status = 403
  readonly code = 'forbidden'
}

/** A staff-maintained file (flows, intents, directory) is invalid: `file › path: message`. */
export class DataFileError extends AppError {
  readonly status = 500
  readonly code = 'data_file_invalid'
  constructor(
    readonly file: string,
    readonly issues: { path: string; message: string }[],
  ) {
    super(issues.map((i) => `${file} › ${i.path || '(root)'}: ${i.message}`).join('\n'), { file })
  }
}

/** A required setting is missing or malformed at start-up. */
export class ConfigError extends AppError {
  readonly status = 500
  readonly code = 'config_invalid'
}
