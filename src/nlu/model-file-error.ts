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

/** What a field must be: a JSON type, or (a format or version number) exactly this number. */
export type FieldRule = 'number' | 'string' | 'array' | 'object' | number

/** The fields a loader needs, checked by shape only: a full schema over 50,000 weights costs a cold start. */
export const requireFields = (
  file: string,
  value: Record<string, unknown>,
  fields: Record<string, FieldRule>,
) => {
  for (const [field, rule] of Object.entries(fields)) {
    const v = value[field]
    if (typeof rule === 'number') {
      if (v !== rule) throw new ModelFileError(file, `${field} ${String(v)} is not ${rule}`)
      continue
    }
    const actual = Array.isArray(v) ? 'array' : v === null ? 'null' : typeof v
    if (actual !== rule) throw new ModelFileError(file, `${field} should be ${rule}, is ${actual}`)
  }
}

/** JSON.parse and the shape check, a parse failure or a wrong shape reported as a ModelFileError naming the file. */
export const parseArtifact = (
  file: string,
  text: string,
  fields: Record<string, FieldRule>,
): Record<string, unknown> => {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (err) {
    throw new ModelFileError(file, `not JSON (${err instanceof SyntaxError ? err.message : 'unreadable'})`)
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new ModelFileError(file, 'not a JSON object')
  requireFields(file, value as Record<string, unknown>, fields)
  return value as Record<string, unknown>
}
