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
  readonly status = 503
  readonly code = 'store_unavailable'
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
