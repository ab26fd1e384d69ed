import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import type { VersionFile } from '../core/console-store.ts'
import { VERSION_DIRS } from './version-dirs.ts'

// A version as the same YAML tree as the repo (data/kawasaki/*.yaml, flows/*.yaml,
// flows/locales/*.yaml, intents/*.yaml), so a city can keep it in git, and such a tree read back.

export { VERSION_DIRS }

export const writeVersionTree = async (files: VersionFile[], outDir: string) => {
  for (const f of files) {
    const path = join(outDir, f.path)
    await mkdir(dirname(path), { recursive: true })
    await writeFile(path, f.text)
  }
}

/** The tree's staff files, sorted by path; `missing` names the folders it lacks. */
export const readVersionTree = async (dir: string): Promise<{ files: VersionFile[]; missing: string[] }> => {
  const files: VersionFile[] = []
  const missing: string[] = []
  for (const sub of VERSION_DIRS) {
    let names: string[]
    try {
      names = (await readdir(join(dir, sub))).filter((n) => /\.ya?ml$/.test(n))
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err
      missing.push(sub)
      continue
    }
    for (const n of names)
      files.push({ path: `${sub}/${n}`, text: await readFile(join(dir, sub, n), 'utf8') })
  }
  return { files: files.sort((a, b) => (a.path < b.path ? -1 : 1)), missing }
}
