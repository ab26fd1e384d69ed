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

/**
 * The path of the value being checked, as the keys and indexes that lead to it. It is turned into text
 * (`a.b[2]`) only when a value is refused: every turn checks the whole state, and building a path string
 * for every value it holds was most of the check's cost.
 */
type Trail = (string | number)[]

const pathOf = (trail: Trail): string =>
  trail.reduce<string>(
    (path, key) => (typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${key}` : key),
    '',
  )

const check = (value: unknown, trail: Trail, seen: Set<object>): void => {
  if (value === null) return
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return
    case 'number':
      if (!Number.isFinite(value))
        throw new SessionDataError(pathOf(trail), `${value} is not a finite number`)
      return
    case 'object':
      break
    default:
      throw new SessionDataError(pathOf(trail), `a ${typeof value} cannot be stored`)
  }
  const obj = value as object
  if (seen.has(obj)) throw new SessionDataError(pathOf(trail), 'circular reference')
  seen.add(obj)
  if (Array.isArray(obj)) {
    for (let i = 0; i < obj.length; i++) {
      // A hole is skipped, as forEach did before this loop replaced it.
      if (!(i in obj)) continue
      const item: unknown = obj[i]
      trail.push(i)
      if (item === undefined) throw new SessionDataError(pathOf(trail), 'undefined in an array')
      check(item, trail, seen)
      trail.pop()
    }
  } else {
    const proto = Object.getPrototypeOf(obj)
    if (proto !== Object.prototype && proto !== null) {
      throw new SessionDataError(
        pathOf(trail),
        `a ${obj.constructor?.name ?? 'class'} instance is not plain JSON`,
      )
    }
    for (const key in obj) {
      if (!Object.hasOwn(obj, key)) continue
      const item: unknown = (obj as Record<string, unknown>)[key]
      // An optional field left undefined is dropped, exactly as JSON.stringify does.
      if (item === undefined) continue
      trail.push(key)
      check(item, trail, seen)
      trail.pop()
    }
  }
  seen.delete(obj)
}

/** Refuses session data that would not read back the same from JSON (SessionDataError with its path). */
export const assertPlainJson = (value: unknown): void => check(value, [], new Set())
