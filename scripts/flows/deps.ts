import type { Directory } from '../../src/core/directory.ts'
import type { Nlu } from '../../src/core/nlu.ts'
import type { ProjectFile } from '../../src/core/source-file.ts'
import { createDirectory } from '../../src/directory/create-directory.ts'
import { lintDirectory } from '../../src/directory/lint.ts'
import { parseDirectory } from '../../src/directory/parse.ts'
import { locateWardFromFiles } from '../../src/geo/from-files.ts'
import { createNlu } from '../../src/nlu/create-nlu.ts'
import { splitProjectFiles } from '../../src/project/project.ts'
import { bundledModels } from '../../src/runtime/node/bundled-models.ts'
import { nodeDictionaryLoader } from '../../src/runtime/node/dictionary-loader.ts'
import { readProjectFiles } from '../../src/runtime/node/load-project.ts'
import { repoRoot } from './load.ts'

// The real NLU and directory, loaded the way the Node service loads them.

/** The city's directory data and routing rules, read by the same reader as the Node service. */
export const readDirectoryFiles = async (): Promise<{ data: ProjectFile[]; routing: ProjectFile }> => {
  const { files, problems } = await readProjectFiles(repoRoot)
  if (problems.length > 0) throw new Error(problems.join('\n'))
  const { data, routing, routingPath } = splitProjectFiles(files)
  if (!routing) throw new Error(`${routingPath} is missing`)
  return { data, routing }
}

export interface DirectoryModules {
  directory: Directory
  lint: () => { file: string; path: string; message: string; severity: 'error' | 'warning' }[]
}

/** The directory and its lint from the files themselves (a console version checks its own copy). */
export const directoryFromFiles = (files: {
  data: ProjectFile[]
  routing: ProjectFile
}): DirectoryModules => {
  const data = parseDirectory(files)
  return { directory: createDirectory(data), lint: () => lintDirectory(data) }
}

export const loadDirectory = async (): Promise<DirectoryModules> =>
  directoryFromFiles(await readDirectoryFiles())

export const loadNlu = (): Promise<Nlu> =>
  createNlu({ loader: nodeDictionaryLoader(), models: bundledModels })

/** Shared locations → ward, from the city's ward-centroids.yaml (as the Node service does). */
export const loadLocateWard = async () => {
  const locate = locateWardFromFiles((await readDirectoryFiles()).data)
  if (!locate) throw new Error('data/kawasaki/ward-centroids.yaml is missing')
  return locate
}
