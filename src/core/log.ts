// Structured logs without resident data: callers pass event names, ids they have hashed, counts and
// labels, never message text, names, phone numbers or raw LINE user ids.

export type LogLevel = 'debug' | 'info' | 'warn' | 'error'
export type LogFields = Record<string, string | number | boolean | null | undefined>

export interface Logger {
  log(level: LogLevel, event: string, fields?: LogFields): void
}

export const consoleLogger = (minLevel: LogLevel = 'info'): Logger => {
  const order: LogLevel[] = ['debug', 'info', 'warn', 'error']
  return {
    log(level, event, fields = {}) {
      if (order.indexOf(level) < order.indexOf(minLevel)) return
      const line = JSON.stringify({ t: new Date().toISOString(), level, event, ...fields })
      if (level === 'error' || level === 'warn') console.error(line)
      else console.log(line)
    },
  }
}

export const silentLogger: Logger = { log() {} }
