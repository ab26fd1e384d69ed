import { readdir, readFile } from 'node:fs/promises'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { DataFileError } from '../../core/errors.ts'
import type { SourceFile } from '../../core/source-file.ts'
import { parseDirectory } from '../../directory/parse.ts'
import type { DirectoryData } from '../../directory/types.ts'
import type { FlowSet } from '../../flow/flow-set.ts'
import { parseFlows } from '../../flow/parse.ts'

// Reads the staff-maintained files from disk and hands their text to the pure parsers (the Workers
// runtime bundles the same files as text). Both parsers run even when one fails, so one start-up shows
// every file that needs fixing.

export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url))

export interface ProjectPaths {
  root?: string
  /** The city's directory data, relative to root. */
  dataDir?: string
  flowsDir?: string
}

export interface Project {
  flows: FlowSet
  directory: DirectoryData
  /** Repo-relative paths that were read, for the start-up line and for tests. */
  files: { data: string[]; flows: string[]; routing: string }
}

/** Every problem in the project's files, one `file › path: message` line each. */
export class ProjectFilesError extends Error {
  constructor(readonly lines: string[]) {
    super(`The bot cannot start: fix these files first.\n${lines.join('\n')}`)
    this.name = 'ProjectFilesError'
  }
}

const readYamlDir = async (root: string, dir: string, skip: string[] = []): Promise<SourceFile[]> => {
  const names = (await readdir(join(root, dir))).filter((n) => /\.ya?ml$/.test(n) && !skip.includes(n)).sort()
  return Promise.all(
    names.map(async (n) => ({ path: `${dir}/${n}`, text: await readFile(join(root, dir, n), 'utf8') })),
  )
}

const collect = <T>(run: () => T, lines: string[]): T | null => {
  try {
    return run()
  } catch (err) {
    if (err instanceof DataFileError) {
      lines.push(...err.message.split('\n'))
      return null
    }
    throw err
  }
}

export const loadProject = async (paths: ProjectPaths = {}): Promise<Project> => {
  const root = paths.root ?? repoRoot
  const dataDir = paths.dataDir ?? 'data/kawasaki'
  const flowsDir = paths.flowsDir ?? 'flows'
  const lines: string[] = []
  const read = async <T>(what: string, run: () => Promise<T>): Promise<T | null> => {
    try {
      return await run()
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code
      if (code !== 'ENOENT' && code !== 'EACCES') throw err
      lines.push(
        `${what} › (file): cannot be read (${code}); check that it exists under ${relative(process.cwd(), root) || '.'}`,
      )
      return null
    }
  }
  const data = await read(`${dataDir}/`, () => readYamlDir(root, dataDir))
  const flowFiles = await read(`${flowsDir}/`, () => readYamlDir(root, flowsDir, ['routing.yaml']))
  const routingPath = `${flowsDir}/routing.yaml`
  const routing = await read(routingPath, async () => ({
    path: routingPath,
    text: await readFile(join(root, routingPath), 'utf8'),
  }))

  const directory = data && routing ? collect(() => parseDirectory({ data, routing }), lines) : null
  const flows = flowFiles ? collect(() => parseFlows(flowFiles), lines) : null
  if (!directory || !flows || lines.length > 0) throw new ProjectFilesError(lines)
  return {
    flows,
    directory,
    files: { data: data!.map((f) => f.path), flows: flowFiles!.map((f) => f.path), routing: routingPath },
  }
}
