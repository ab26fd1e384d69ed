import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import type { DictionaryLoader } from '../../nlu/dictionary-loader.ts'

// Reads kuromoji's IPADIC files from the installed `kuromoji` package (node_modules/kuromoji/dict).
// Resolved through the module system so it works from any working directory.
const defaultDictDir = (): string => {
  const require = createRequire(import.meta.url)
  return join(dirname(require.resolve('kuromoji/package.json')), 'dict')
}

export const nodeDictionaryLoader = (dictDir: string = defaultDictDir()): DictionaryLoader => ({
  async load(name) {
    // Names come from kuromoji itself; refuse anything that could leave the directory.
    if (!/^[a-z_]+\.dat(\.gz)?$/.test(name)) throw new Error(`unexpected dictionary file name: ${name}`)
    const buf = await readFile(join(dictDir, name))
    return new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength)
  },
})
