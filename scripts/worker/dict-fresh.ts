import { existsSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { DICT_MANIFEST, type DictManifest } from '../../src/dict/load-compact.ts'
import { COMPACT_DICT_DIR } from '../dict/build-dict.ts'

// `wrangler dev` runs the [build] command on every start; rebuilding the compact dictionary costs
// ~13 s, so build:worker rebuilds it only when it is missing, incomplete or older than its inputs.

const INPUTS = [
  'scripts/dict/build-dict.ts',
  'src/dict/compact-format.ts',
  'src/dict/compact-tokenizer.ts',
  'src/dict/load-compact.ts',
  'src/dict/stock-tables.ts',
  'node_modules/kuromoji/package.json',
]

/** Why the dictionary in `dir` must be rebuilt, or null when it is fresh. */
export const dictStaleReason = (root: string, dir = COMPACT_DICT_DIR): string | null => {
  const manifestPath = join(dir, DICT_MANIFEST)
  if (!existsSync(manifestPath)) return 'missing'
  let manifest: DictManifest
  try {
    manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as DictManifest
  } catch {
    return 'unreadable manifest'
  }
  let bytes = 0
  for (const part of manifest.parts) {
    if (!existsSync(join(dir, part))) return `missing part ${part}`
    bytes += statSync(join(dir, part)).size
  }
  if (bytes !== manifest.bytes) return 'incomplete parts'
  const builtAt = statSync(manifestPath).mtimeMs
  const newer = INPUTS.find((f) => existsSync(join(root, f)) && statSync(join(root, f)).mtimeMs > builtAt)
  return newer ? `${newer} changed` : null
}
