import type { Logger, LogLevel } from '../core/log.ts'

// The runtimes' logger: one JSON line per event on stdout (info, debug) or stderr (warn, error), which
// both Node and Workers collect as they are. Callers pass no resident data (src/core/log.ts).

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
