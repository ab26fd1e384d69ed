import { z } from 'zod'
import { DataFileError } from '../core/errors.ts'
import type { ProjectFile } from '../core/source-file.ts'
import { readYaml } from '../project/yaml-file.ts'
import { buildDirectory } from './build.ts'
import { checkReferences } from './references.ts'
import { routingFileSchema } from './routing-schema.ts'
import {
  additionsFileSchema,
  agenciesFileSchema,
  hotlinesFileSchema,
  houkatsuFileSchema,
  postalCodesFileSchema,
  wardsFileSchema,
} from './schema.ts'
import type { DirectoryData } from './types.ts'

// Text in, DirectoryData out: no file system, so the Node runtime and Workers (files bundled as text)
// share it. Every failure is a DataFileError `file › path: message` a member of staff can act on.

const dataSchemas = {
  'agencies.yaml': agenciesFileSchema,
  'hotlines.yaml': hotlinesFileSchema,
  'wards.yaml': wardsFileSchema,
  'houkatsu.yaml': houkatsuFileSchema,
  'additions.yaml': additionsFileSchema,
  'postal_codes.yaml': postalCodesFileSchema,
} as const
type DataFileName = keyof typeof dataSchemas
const required: DataFileName[] = ['agencies.yaml', 'hotlines.yaml', 'wards.yaml']

const baseName = (path: string) => path.slice(path.lastIndexOf('/') + 1)

/** `agencies[12] (dai-job-center).phone`: the row's id makes the spot findable in a long file. */
export const formatPath = (path: readonly PropertyKey[], root: unknown): string => {
  let out = ''
  let node: unknown = root
  for (const key of path) {
    if (typeof key === 'number') {
      out += `[${key}]`
      node = Array.isArray(node) ? node[key] : undefined
      const id = (node as { id?: unknown } | undefined)?.id
      if (typeof id === 'string') out += ` (${id})`
    } else {
      out += out ? `.${String(key)}` : String(key)
      node = node && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[key] : undefined
    }
  }
  return out
}

const validate = <S extends z.ZodType>(schema: S, file: ProjectFile): z.output<S> => {
  const raw = readYaml(file)
  const result = schema.safeParse(raw, { error: z.locales.ja().localeError })
  if (!result.success) {
    throw new DataFileError(
      file.path,
      result.error.issues.map((i) => ({
        path: formatPath(i.path, raw),
        message: i.code === 'unrecognized_keys' ? `${i.message}。綴りを確かめてください` : i.message,
      })),
    )
  }
  return result.data
}

export const parseDirectory = (input: { data: ProjectFile[]; routing: ProjectFile }): DirectoryData => {
  const byName = new Map<string, ProjectFile>()
  for (const f of input.data) if (baseName(f.path) in dataSchemas) byName.set(baseName(f.path), f)
  for (const name of required) {
    if (!byName.has(name)) {
      throw new DataFileError(name, [
        { path: '', message: `${name} が読み込まれていません。data/ の下に置いてください` },
      ])
    }
  }
  const get = (name: DataFileName) => byName.get(name)
  const agencies = get('agencies.yaml')!
  const hotlines = get('hotlines.yaml')!
  const wards = get('wards.yaml')!
  const houkatsu = get('houkatsu.yaml')
  const additions = get('additions.yaml')
  const postal = get('postal_codes.yaml')
  if (postal) validate(postalCodesFileSchema, postal)

  const { data, problems } = buildDirectory({
    agencies: { path: agencies.path, rows: validate(agenciesFileSchema, agencies).agencies },
    hotlines: { path: hotlines.path, rows: validate(hotlinesFileSchema, hotlines).hotlines },
    wards: { path: wards.path, rows: validate(wardsFileSchema, wards).wards },
    houkatsu: houkatsu ? { path: houkatsu.path, rows: validate(houkatsuFileSchema, houkatsu).centers } : null,
    additions: additions
      ? { path: additions.path, rows: validate(additionsFileSchema, additions).additions }
      : null,
    routing: { path: input.routing.path, file: validate(routingFileSchema, input.routing) },
  })

  // Dangling ids and unknown sections are errors: a route to nowhere must not reach residents.
  const errors = checkReferences(data, problems).filter((p) => p.severity === 'error')
  const first = errors[0]
  if (first) {
    throw new DataFileError(
      first.file,
      errors.filter((p) => p.file === first.file).map(({ path, message }) => ({ path, message })),
    )
  }
  return data
}
