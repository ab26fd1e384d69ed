import { join } from 'node:path'
import type { Directory } from '../../src/core/directory.ts'
import type { Nlu } from '../../src/core/nlu.ts'
import type { SourceFile } from '../../src/core/source-file.ts'
import type { WardId } from '../../src/core/taxonomy.ts'
import { createDirectory } from '../../src/directory/create-directory.ts'
import { lintDirectory } from '../../src/directory/lint.ts'
import { parseDirectory } from '../../src/directory/parse.ts'
import { loadLocateWard as loadGeo } from '../../src/geo/load-node.ts'
import { createNlu } from '../../src/nlu/create-nlu.ts'
import { nodeDictionaryLoader } from '../../src/runtime/node/dictionary-loader.ts'
import { readDir, repoRoot } from './load.ts'

// The real NLU and directory, loaded the way the Node service loads them.

export const readDirectoryFiles = (city = 'kawasaki'): { data: SourceFile[]; routing: SourceFile } => {
  const routing = readDir(join(repoRoot, 'flows'), (n) => n === 'routing.yaml')[0]
  if (!routing) throw new Error('flows/routing.yaml is missing')
  return { data: readDir(join(repoRoot, 'data', city), (n) => n.endsWith('.yaml')), routing }
}

export interface DirectoryModules {
  directory: Directory
  lint: () => { file: string; path: string; message: string; severity: 'error' | 'warning' }[]
}

export const loadDirectory = async (): Promise<DirectoryModules> => {
  const data = parseDirectory(readDirectoryFiles())
  return { directory: createDirectory(data), lint: () => lintDirectory(data) }
}

export const loadNlu = (): Promise<Nlu> => createNlu({ loader: nodeDictionaryLoader() })

type LocateWard = (lat: number, lng: number) => { ward: WardId | 'outside'; place: string } | null

/** Shared locations → ward, from data/kawasaki/ward-centroids.yaml (as the Node service does). */
export const loadLocateWard = (): Promise<LocateWard> => loadGeo(repoRoot)
