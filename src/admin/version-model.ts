import type { VersionModel } from '../core/console-store.ts'
import type { Gazetteer } from '../nlu/gazetteer.ts'
import { artifactContentHash, type ModelArtifact } from '../nlu/model.ts'

// A version's classifier as the console store keeps it: the trained model and the gazetteer it was
// trained with (place names are masked the same way in training and in messages), as gzip'd JSON in
// base64. model.json is 2.7 MB; packed it is about a third of that. Web streams (CompressionStream)
// and btoa/atob exist on Node and Workers alike, so both runtimes pack and unpack with this module.

export interface TrainedClassifier {
  model: ModelArtifact
  gazetteer: Gazetteer
}

/** A stored model that does not unpack or whose content does not match its hash: never used. */
export class StoredModelError extends Error {
  override readonly name = 'StoredModelError'
}

const through = async (bytes: Uint8Array<ArrayBuffer>, stream: CompressionStream | DecompressionStream) =>
  new Uint8Array(await new Response(new Blob([bytes]).stream().pipeThrough(stream)).arrayBuffer())

const toBase64 = (bytes: Uint8Array) => {
  let binary = ''
  // In slices: String.fromCharCode with a MB of arguments overflows the stack.
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
  return btoa(binary)
}

const fromBase64 = (text: string): Uint8Array<ArrayBuffer> =>
  Uint8Array.from(atob(text), (c) => c.charCodeAt(0))

/** Packs a classifier for the store; `filesHash` names the version's files it was trained for. */
export const packModel = async (trained: TrainedClassifier, filesHash: string): Promise<VersionModel> => {
  const json = new TextEncoder().encode(JSON.stringify(trained))
  return {
    sourceHash: trained.model.sourceHash,
    contentHash: trained.model.contentHash,
    filesHash,
    data: toBase64(await through(json, new CompressionStream('gzip'))),
  }
}

export const unpackModel = async (
  stored: Pick<VersionModel, 'contentHash' | 'data'>,
): Promise<TrainedClassifier> => {
  let trained: TrainedClassifier
  try {
    const json = await through(fromBase64(stored.data), new DecompressionStream('gzip'))
    trained = JSON.parse(new TextDecoder().decode(json)) as TrainedClassifier
  } catch {
    throw new StoredModelError(`stored model ${stored.contentHash} does not unpack`)
  }
  const model = trained?.model
  if (
    !model ||
    !trained.gazetteer ||
    model.contentHash !== stored.contentHash ||
    artifactContentHash(model) !== model.contentHash
  )
    throw new StoredModelError(`stored model ${stored.contentHash} does not match its content hash`)
  return trained
}
