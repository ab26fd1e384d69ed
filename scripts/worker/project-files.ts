import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { SourceFile } from '../../src/core/source-file.ts'

// The staff-maintained files the Worker bundles, read exactly as the Node runtime reads them
// (src/runtime/node/load-project.ts): every *.yaml under data/<city>/ and flows/, sorted by name.

export const PROJECT_DIRS = { data: 'data/kawasaki', flows: 'flows' } as const

const yamlIn = async (root: string, dir: string): Promise<SourceFile[]> => {
  const names = (await readdir(join(root, dir))).filter((n) => /\.ya?ml$/.test(n)).sort()
  return Promise.all(
    names.map(async (n) => ({ path: `${dir}/${n}`, text: await readFile(join(root, dir, n), 'utf8') })),
  )
}

export const readProjectFiles = async (root: string): Promise<SourceFile[]> => [
  ...(await yamlIn(root, PROJECT_DIRS.data)),
  ...(await yamlIn(root, PROJECT_DIRS.flows)),
]
