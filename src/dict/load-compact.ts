import { type CompactDictionary, parseCompactDictionary } from './compact-format.ts'
import { type CompactTokenizer, createCompactTokenizer } from './compact-tokenizer.ts'

// The dictionary ships uncompressed, split into parts under the 25 MiB Workers asset limit:
// decompressing 30 MB costs ~340 ms with DecompressionStream, more than the whole build budget,
// while Cloudflare already compresses assets on the wire. The parts are cut between sections, so
// loading is a fetch per part and nothing more (an older build's parts are joined first).

export const DICT_MANIFEST = 'ipadic.kdc.json'
export const PART_BYTES = 16 * 1024 * 1024

export interface DictManifest {
  format: 'KDC1'
  bytes: number
  parts: string[]
  /** Each part's offset in the file; parts cut between sections (build:dict since 2026-12-06) have them. */
  starts?: number[]
}

/** Fetches one file of the dictionary by name (node:fs on Node, the ASSETS binding on Workers). */
export type FetchDictFile = (name: string) => Promise<ArrayBuffer>

export const concatParts = (parts: ArrayBuffer[], bytes: number): ArrayBuffer => {
  const out = new Uint8Array(bytes)
  let at = 0
  for (const part of parts) {
    out.set(new Uint8Array(part), at)
    at += part.byteLength
  }
  if (at !== bytes) throw new Error(`compact dictionary parts hold ${at} bytes, the manifest says ${bytes}`)
  return out.buffer
}

export const loadCompactDictionary = async (fetchFile: FetchDictFile): Promise<CompactDictionary> => {
  const manifest = JSON.parse(new TextDecoder().decode(await fetchFile(DICT_MANIFEST))) as DictManifest
  const parts = await Promise.all(manifest.parts.map(fetchFile))
  if (!manifest.starts) return parseCompactDictionary(concatParts(parts, manifest.bytes))
  const held = parts.reduce((sum, p) => sum + p.byteLength, 0)
  if (held !== manifest.bytes)
    throw new Error(`compact dictionary parts hold ${held} bytes, the manifest says ${manifest.bytes}`)
  return parseCompactDictionary({ parts, starts: manifest.starts })
}

export const loadCompactTokenizer = async (fetchFile: FetchDictFile): Promise<CompactTokenizer> =>
  createCompactTokenizer(await loadCompactDictionary(fetchFile))
