import { mkdir, readFile, rename, writeFile } from 'node:fs/promises'
import { dirname } from 'node:path'
import { createMemoryInsightsStore, type MemoryInsightsOptions, type Persistence } from './memory-store.ts'

// Node only: the memory store's snapshot in a JSON file, written through a temporary file and a rename
// so a crash never leaves half a file; readable only by the service's user (0600).

export const filePersistence = (file: string): Persistence => ({
  where: file,
  async load() {
    try {
      return await readFile(file, 'utf8')
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null
      throw err
    }
  },
  async save(text) {
    await mkdir(dirname(file), { recursive: true })
    const tmp = `${file}.${process.pid}.${crypto.randomUUID()}.tmp`
    await writeFile(tmp, text, { mode: 0o600 })
    await rename(tmp, file)
  },
})

/** A memory store persisted to `file`, with what was there loaded. */
export const openFileInsightsStore = async (
  options: Omit<MemoryInsightsOptions, 'persist'> & { file: string },
) => {
  const store = createMemoryInsightsStore({ ...options, persist: filePersistence(options.file) })
  await store.load()
  return store
}
