import { mkdir, readFile, rename, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { buildExampleIndex } from '../../nlu/analyze.ts'
import type { Gazetteer } from '../../nlu/gazetteer.ts'
import type { ModelArtifact } from '../../nlu/model.ts'
import { type NeighbourIndex, parseNeighbourIndex, serializeNeighbourIndex } from '../../nlu/neighbours.ts'
import type { JaTokenizer } from '../../nlu/tokenizer.ts'
import { repoRoot } from './load-project.ts'

// The NLU's nearest-example index on local disk, keyed by the model's content hash (as the Worker's
// prebuilt index is): building it tokenizes every training text, seconds of CPU that each process
// start and each 「チェック」 would otherwise repeat. A file that is missing, for another model or
// unreadable is rebuilt; one that cannot be written costs only time.

export const NEIGHBOUR_CACHE_DIR = join(repoRoot, 'var', 'cache')

export const cachedExampleIndex = async (options: {
  tokenizer: JaTokenizer
  model: ModelArtifact
  gazetteer: Gazetteer
  dir?: string
}): Promise<NeighbourIndex> => {
  const dir = options.dir ?? NEIGHBOUR_CACHE_DIR
  const path = join(dir, `neighbours-${options.model.contentHash}.bin`)
  try {
    const buf = await readFile(path)
    return parseNeighbourIndex(
      buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength) as ArrayBuffer,
      options.model.contentHash,
    )
  } catch {
    // Missing, stale or damaged: built below.
  }
  const index = buildExampleIndex(options.tokenizer, options.model, options.gazetteer)
  try {
    await mkdir(dir, { recursive: true })
    const tmp = `${path}.${process.pid}.tmp`
    await writeFile(tmp, serializeNeighbourIndex(index, options.model.contentHash))
    await rename(tmp, path)
  } catch {
    // A read-only disk: every start builds the index, as before the cache.
  }
  return index
}
