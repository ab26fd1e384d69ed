// Stores keep `data` as JSON text, so what comes back from Redis equals what the memory store returns.
// Values that JSON would silently change (a Date, a Map, NaN, a class instance) are refused here with the
// path to the bad value, instead of surfacing later as a conversation that lost a slot.

export class SessionDataError extends Error {
  constructor(
    readonly path: string,
    reason: string,
  ) {
    super(`session data is not plain JSON at ${path || '(root)'}: ${reason}`)
    this.name = 'SessionDataError'
  }
}

const check = (value: unknown, path: string, seen: Set<object>): void => {
  if (value === null) return
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return
    case 'number':
      if (!Number.isFinite(value)) throw new SessionDataError(path, `${value} is not a finite number`)
      return
    case 'object':
      break
    default:
      throw new SessionDataError(path, `a ${typeof value} cannot be stored`)
  }
  const obj = value as object
  if (seen.has(obj)) throw new SessionDataError(path, 'circular reference')
  seen.add(obj)
  if (Array.isArray(obj)) {
    obj.forEach((item, i) => {
      if (item === undefined) throw new SessionDataError(`${path}[${i}]`, 'undefined in an array')
      check(item, `${path}[${i}]`, seen)
    })
  } else {
    const proto = Object.getPrototypeOf(obj)
    if (proto !== Object.prototype && proto !== null) {
      throw new SessionDataError(path, `a ${obj.constructor?.name ?? 'class'} instance is not plain JSON`)
    }
    for (const [key, item] of Object.entries(obj)) {
      // An optional field left undefined is dropped, exactly as JSON.stringify does.
      if (item === undefined) continue
      check(item, path ? `${path}.${key}` : key, seen)
    }
  }
  seen.delete(obj)
}

/** Refuses session data that would not read back the same from JSON (SessionDataError with its path). */
export const assertPlainJson = (value: unknown): void => check(value, '', new Set())
