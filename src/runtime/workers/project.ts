import { DataFileError } from '../../core/errors.ts'
import type { SourceFile } from '../../core/source-file.ts'
import { parseDirectory } from '../../directory/parse.ts'
import type { DirectoryData } from '../../directory/types.ts'
import type { FlowSet } from '../../flow/flow-set.ts'
import { parseFlows } from '../../flow/parse.ts'

// The bundled staff files (scripts/worker/build-worker.ts) → the same pure parsers the Node runtime
// runs on files from disk. Both parsers run even when one fails, so one error lists every file to fix.

export const ROUTING_PATH = 'flows/routing.yaml'

export interface WorkerProject {
  flows: FlowSet
  directory: DirectoryData
}

/** Every problem in the bundled files, one `file › path: message` line each. */
export class BundledFilesError extends Error {
  constructor(readonly lines: string[]) {
    super(`The bundled project files are invalid: fix them and rebuild.\n${lines.join('\n')}`)
    this.name = 'BundledFilesError'
  }
}

const collect = <T>(run: () => T, lines: string[]): T | null => {
  try {
    return run()
  } catch (err) {
    if (!(err instanceof DataFileError)) throw err
    lines.push(...err.message.split('\n'))
    return null
  }
}

export const splitProjectFiles = (files: SourceFile[]) => ({
  data: files.filter((f) => f.path.startsWith('data/')),
  flows: files.filter((f) => f.path.startsWith('flows/') && f.path !== ROUTING_PATH),
  routing: files.find((f) => f.path === ROUTING_PATH) ?? null,
})

export const parseProject = (files: SourceFile[]): WorkerProject => {
  const { data, flows: flowFiles, routing } = splitProjectFiles(files)
  const lines: string[] = []
  if (!routing) lines.push(`${ROUTING_PATH} › (file): missing from the bundle; run npm run build:worker`)
  const directory = routing ? collect(() => parseDirectory({ data, routing }), lines) : null
  const flows = collect(() => parseFlows(flowFiles), lines)
  if (!directory || !flows || lines.length > 0) throw new BundledFilesError(lines)
  return { flows, directory }
}
