import { AppError } from '../src/core/errors.ts'

// What the staff-facing command lines (npm run staff, npm run insights) share.

/** The value after `name` (「--role」) in the arguments, if any. */
export const option = (args: string[], name: string) => {
  const at = args.indexOf(name)
  return at >= 0 ? args[at + 1] : undefined
}

/**
 * Runs a command against a store and closes the store afterwards. An AppError is a refusal the staff
 * member can act on (its message is Japanese and names the fix): printed, exit code 1. Anything else is
 * a bug and is thrown.
 */
export const runOnStore = async (
  store: { close?: () => Promise<void> },
  run: () => Promise<number>,
): Promise<number> => {
  try {
    return await run()
  } catch (err) {
    if (err instanceof AppError) {
      console.error(err.message)
      return 1
    }
    throw err
  } finally {
    await store.close?.()
  }
}
