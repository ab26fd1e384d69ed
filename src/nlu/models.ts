import { CRISIS_MODEL_LABELS, type CrisisModelArtifact, PackedWeights } from './crisis-model.ts'
import type { Gazetteer } from './gazetteer.ts'
import { loadModel, type ModelArtifact } from './model.ts'
import { ModelFileError, parseArtifact, requireFields } from './model-file-error.ts'

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

export type ModelFileName = (typeof MODEL_FILES)[keyof NluModels]

/** The port: one artifact's serialized text, by file name. */
export type ReadModelFile = (name: ModelFileName) => Promise<string>

// The crisis model's loader lives here, not in crisis-model.ts: that file's text is part of the crisis
// model's source hash, so code added there would make the committed model read as stale.

/** The crisis model as text (what `npm run build:crisis-model` writes to generated/crisis-model.json). */
export const serializeCrisisModel = (m: CrisisModelArtifact): string =>
  JSON.stringify({ ...m, weights: m.weights.unpack() })

/** A serialized crisis model → the artifact, shape-checked (labels must be this code's labels). */
export const loadCrisisModel = (text: string, file = 'crisis-model.json'): CrisisModelArtifact => {
  const m = parseArtifact(file, text, {
    version: 1,
    labels: 'array',
    weights: 'object',
    bias: 'array',
    fireAt: 'number',
    askAt: 'number',
    danger: 'object',
  })
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
  const model = m as unknown as Omit<CrisisModelArtifact, 'weights'> & { weights: Record<string, number[]> }
  return { ...model, weights: PackedWeights.pack(model.weights, model.labels.length) }
}

/** A serialized gazetteer (generated/gazetteer.json) → the gazetteer, shape-checked. */
export const loadGazetteer = (text: string, file = 'gazetteer.json'): Gazetteer =>
  parseArtifact(file, text, {
    sourceHash: 'string',
    places: 'array',
    postal: 'object',
  }) as unknown as Gazetteer

/** Parses the three artifacts from their serialized text (what a runtime's reader returned). */
export const parseNluModels = (text: Record<keyof NluModels, string>): NluModels => ({
  model: loadModel(text.model),
  crisisModel: loadCrisisModel(text.crisisModel),
  gazetteer: loadGazetteer(text.gazetteer),
})

/** Reads and parses the three artifacts through a runtime's reader (the reads run in parallel). */
export const loadNluModels = async (read: ReadModelFile): Promise<NluModels> => {
  const [model, crisisModel, gazetteer] = await Promise.all([
    read(MODEL_FILES.model),
    read(MODEL_FILES.crisisModel),
    read(MODEL_FILES.gazetteer),
  ])
  return parseNluModels({ model, crisisModel, gazetteer })
}
