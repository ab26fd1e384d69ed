import { AppError } from '../core/errors.ts'

/** A serialized NLU artifact (intent model, crisis model, gazetteer) is not one: `file: what is wrong`. */
export class ModelFileError extends AppError {
  readonly status = 500
  readonly code = 'model_invalid'
  constructor(
    readonly file: string,
    problem: string,
  ) {
    super(`${file}: ${problem}; rebuild it (npm run build:model, npm run build:crisis-model)`, { file })
  }
}

/** JSON.parse, with a parse failure or a non-object reported as a ModelFileError naming the file. */
export const parseArtifact = (file: string, text: string): Record<string, unknown> => {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (err) {
    throw new ModelFileError(file, `not JSON (${err instanceof SyntaxError ? err.message : 'unreadable'})`)
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new ModelFileError(file, 'not a JSON object')
  return value as Record<string, unknown>
}

/** The fields a loader needs, checked by shape only: a full schema over 50,000 weights costs a cold start. */
export const requireFields = (
  file: string,
  value: Record<string, unknown>,
  fields: Record<string, string>,
) => {
  for (const [field, type] of Object.entries(fields)) {
    const v = value[field]
    const actual = Array.isArray(v) ? 'array' : v === null ? 'null' : typeof v
    if (actual !== type) throw new ModelFileError(file, `${field} should be ${type}, is ${actual}`)
  }
}
