import { CRISIS_MODEL_LABELS, type CrisisModelArtifact, PackedWeights } from './crisis-model.ts'
import type { Gazetteer } from './gazetteer.ts'
import { loadModel, type ModelArtifact } from './model.ts'
import { decodeArtifact, encodeArtifact, isBinaryArtifact, NameIndex, withRecords } from './model-binary.ts'
import { type FieldRule, ModelFileError, parseArtifact, requireFields } from './model-file-error.ts'

// The three committed artifacts the NLU runs on (src/nlu/generated/, built by `npm run build:model`
// and `npm run build:crisis-model`), and the port through which a runtime hands them in.
//
// Why a port and not `import … with { type: 'json' }`: a bundler (wrangler's esbuild, tsx) turns an
// imported JSON file into a JavaScript object literal. For 7.7 MB of models that kept the script source
// (~17 MB as a V8 string) *and* V8's literal boilerplates alive beside the objects themselves, which put
// a Worker isolate over workerd's 128 MB. Read as text and JSON.parse'd, only the objects stay.
// Node reads the files from disk (src/runtime/node/bundled-models.ts); a Worker fetches them from its
// static assets (src/runtime/workers/assets-dict.ts, copied there by `npm run build:worker`).

export interface NluModels {
  model: ModelArtifact
  crisisModel: CrisisModelArtifact
  gazetteer: Gazetteer
}

/** The file of each artifact, under src/nlu/generated/ (and dist/assets/nlu/ in a Worker). */
export const MODEL_FILES = {
  model: 'model.json',
  crisisModel: 'crisis-model.json',
  gazetteer: 'gazetteer.json',
} as const satisfies Record<keyof NluModels, string>

/**
 * The binary form of the two models (model-binary.ts), which a Worker loads instead of the JSON:
 * `npm run build:worker` writes them beside the JSON files in dist/assets/nlu/.
 */
export const BINARY_MODEL_FILES = {
  model: 'model.nlm',
  crisisModel: 'crisis-model.nlm',
  gazetteer: 'gazetteer.json',
} as const satisfies Record<keyof NluModels, string>

export type ModelFileName =
  | (typeof MODEL_FILES)[keyof NluModels]
  | (typeof BINARY_MODEL_FILES)[keyof NluModels]

/** The port: one artifact's serialized form (JSON text, or the bytes of a JSON or binary file), by file name. */
export type ReadModelFile = (name: ModelFileName) => Promise<string | ArrayBuffer>

// The crisis model's loader lives here, not in crisis-model.ts: that file's text is part of the crisis
// model's source hash, so code added there would make the committed model read as stale.

/** The crisis model as text (what `npm run build:crisis-model` writes to generated/crisis-model.json). */
export const serializeCrisisModel = (m: CrisisModelArtifact): string =>
  JSON.stringify({ ...m, weights: m.weights.unpack() })

/** The crisis model in binary (model-binary.ts), what a Worker loads; made by `npm run build:worker`. */
export const encodeCrisisModel = (m: CrisisModelArtifact): Uint8Array => {
  const weights = m.weights.unpack()
  return encodeArtifact({ ...m, weights }, { weights, 'danger.weights': m.danger.weights }, [], ['weights'])
}

const CRISIS_FIELDS: Record<string, FieldRule> = {
  version: 1,
  labels: 'array',
  weights: 'object',
  bias: 'array',
  fireAt: 'number',
  askAt: 'number',
  danger: 'object',
}

/** The binary form → the artifact: weights found in place (NameIndex), the rows as stored (thousandths as Int16). */
const decodeCrisisModel = (file: string, buffer: ArrayBuffer): CrisisModelArtifact => {
  const { artifact, tables } = decodeArtifact(file, buffer)
  const m = withRecords(artifact, tables)
  checkCrisisShape(file, m)
  const table = tables.weights
  if (!table) throw new ModelFileError(file, 'has no weights table')
  const width = (m.labels as string[]).length
  // Viewed in place, as stored (thousandths as Int16, each divided as it is read: model-binary.ts).
  const rows = table.values
  if (rows.length !== table.names.size * width)
    throw new ModelFileError(file, `weights hold ${rows.length} values, not ${table.names.size} × ${width}`)
  return {
    ...(m as unknown as CrisisModelArtifact),
    weights: new PackedWeights(new NameIndex(table), rows, width, table.divisor),
  }
}

/** The shape every crisis model must have, whichever file it came from (labels must be this code's labels). */
const checkCrisisShape = (file: string, m: Record<string, unknown>) => {
  requireFields(file, m, CRISIS_FIELDS)
  requireFields(file, m.danger as Record<string, unknown>, {
    weights: 'object',
    bias: 'number',
    askAt: 'number',
  })
  if ((m.labels as string[]).join() !== CRISIS_MODEL_LABELS.join())
    throw new ModelFileError(
      file,
      `labels ${(m.labels as string[]).join()} are not ${CRISIS_MODEL_LABELS.join()}`,
    )
}

/**
 * A serialized crisis model → the artifact, shape-checked: JSON text (serializeCrisisModel, or
 * generated/crisis-model.json) or its binary form (encodeCrisisModel).
 */
export const loadCrisisModel = (
  input: string | ArrayBuffer,
  file = 'crisis-model.json',
): CrisisModelArtifact => {
  if (typeof input !== 'string' && isBinaryArtifact(input)) return decodeCrisisModel(file, input)
  const text = typeof input === 'string' ? input : new TextDecoder().decode(input)
  const m = parseArtifact(file, text, {})
  checkCrisisShape(file, m)
  const model = m as unknown as Omit<CrisisModelArtifact, 'weights'> & { weights: Record<string, number[]> }
  return { ...model, weights: PackedWeights.pack(model.weights, model.labels.length) }
}

/** A serialized gazetteer (generated/gazetteer.json) → the gazetteer, shape-checked. */
export const loadGazetteer = (input: string | ArrayBuffer, file = 'gazetteer.json'): Gazetteer =>
  parseArtifact(file, typeof input === 'string' ? input : new TextDecoder().decode(input), {
    sourceHash: 'string',
    places: 'array',
    postal: 'object',
  }) as unknown as Gazetteer

/** Parses the three artifacts from their serialized form (what a runtime's reader returned). */
export const parseNluModels = (
  data: Record<keyof NluModels, string | ArrayBuffer>,
  files: Record<keyof NluModels, string> = MODEL_FILES,
): NluModels => ({
  model: loadModel(data.model, files.model),
  crisisModel: loadCrisisModel(data.crisisModel, files.crisisModel),
  gazetteer: loadGazetteer(data.gazetteer, files.gazetteer),
})

/**
 * Reads and parses the three artifacts through a runtime's reader (the reads run in parallel), from the
 * JSON files or (a Worker) from BINARY_MODEL_FILES.
 */
export const loadNluModels = async (
  read: ReadModelFile,
  files: typeof MODEL_FILES | typeof BINARY_MODEL_FILES = MODEL_FILES,
): Promise<NluModels> => {
  const [model, crisisModel, gazetteer] = await Promise.all([
    read(files.model),
    read(files.crisisModel),
    read(files.gazetteer),
  ])
  return parseNluModels({ model, crisisModel, gazetteer }, files)
}
