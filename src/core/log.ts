// Structured logs without resident data: callers pass event names, ids they have hashed, counts and
// labels, never message text, names, phone numbers or raw LINE user ids.

export type LogLevel = 'debug' | 'info' | 'warn' | 'error'
export type LogFields = Record<string, string | number | boolean | null | undefined>

export interface Logger {
  log(level: LogLevel, event: string, fields?: LogFields): void
}

/** A logger that drops everything (tests, tools). The console logger is src/runtime/console-logger.ts. */
export const silentLogger: Logger = { log() {} }
