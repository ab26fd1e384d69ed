import type { FetchDictFile } from '../../dict/load-compact.ts'
import type { ReadModelFile } from '../../nlu/models.ts'
import type { AssetsBinding } from './env.ts'

// The compact dictionary's files come from the static assets (dist/assets/dict/, built by
// `npm run build:dict`) through the binding, never over the public internet: the host is ignored.

const ASSET_ORIGIN = 'https://assets.local'

export const assetsDictFetcher =
  (assets: AssetsBinding): FetchDictFile =>
  async (name) => {
    if (!/^[\w.-]+$/.test(name)) throw new Error(`unexpected dictionary file name: ${name}`)
    const res = await assets.fetch(`${ASSET_ORIGIN}/dict/${name}`)
    if (!res.ok) {
      throw new Error(
        `dictionary asset dict/${name}: HTTP ${res.status}; run npm run build:dict before deploying`,
      )
    }
    return res.arrayBuffer()
  }

/** The NLU's nearest-example index, built by `npm run build:worker` (under dist/assets/). */
export const NEIGHBOUR_INDEX_FILE = 'nlu/neighbours.bin'

/** The prebuilt index, or null (logged by the caller) when it is missing: the isolate then builds it. */
export const fetchNeighbourIndex = async (assets: AssetsBinding): Promise<ArrayBuffer | null> => {
  const res = await assets.fetch(`${ASSET_ORIGIN}/${NEIGHBOUR_INDEX_FILE}`)
  return res.ok ? res.arrayBuffer() : null
}

/**
 * The NLU's models under dist/assets/nlu/ (`npm run build:worker`: the binary forms of the committed
 * models, and the gazetteer), read as bytes: bundled into the script they were JavaScript literals that
 * kept an isolate over 128 MB, and JSON cost the cold start ~0.85 s of parsing (src/nlu/model-binary.ts).
 */
export const assetsModelReader =
  (assets: AssetsBinding): ReadModelFile =>
  async (name) => {
    const res = await assets.fetch(`${ASSET_ORIGIN}/nlu/${name}`)
    if (!res.ok) throw new Error(`model asset nlu/${name}: HTTP ${res.status}; run npm run build:worker`)
    return res.arrayBuffer()
  }
