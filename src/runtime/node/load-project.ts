import { readdir, readFile } from 'node:fs/promises'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { SourceFile } from '../../core/source-file.ts'
import {
  DEFAULT_DIRS,
  type Project,
  type ProjectDirs,
  parseProject,
  ROUTING_FILE,
} from '../../project/project.ts'

export { ProjectFilesError } from '../../project/project.ts'

// Node side of src/project/project.ts: read the city's staff files from disk and hand them to the same
// parser the Worker runs on its bundle. scripts/worker/build-worker.ts reads them through here too.

export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url))

export interface ProjectPaths {
  root?: string
  /** The city's directory data, relative to root. */
  dataDir?: string
  flowsDir?: string
}

const yamlIn = async (root: string, dir: string): Promise<SourceFile[]> => {
  const names = (await readdir(join(root, dir))).filter((n) => /\.ya?ml$/.test(n)).sort()
  return Promise.all(
    names.map(async (n) => ({ path: `${dir}/${n}`, text: await readFile(join(root, dir, n), 'utf8') })),
  )
}

/** Every staff file, or `file › (file): …` lines for the folders that cannot be read. */
export const readProjectFiles = async (root: string, dirs: ProjectDirs = DEFAULT_DIRS) => {
  const files: SourceFile[] = []
  const problems: string[] = []
  for (const dir of [dirs.data, dirs.flows, `${dirs.flows}/locales`]) {
    try {
      files.push(...(await yamlIn(root, dir)))
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code
      if (code !== 'ENOENT' && code !== 'EACCES') throw err
      problems.push(
        `${dir}/ › (file): cannot be read (${code}); check that it exists under ${relative(process.cwd(), root) || '.'}`,
      )
    }
  }
  return { files, problems }
}

export const loadProject = async (
  paths: ProjectPaths = {},
): Promise<Project & { files: { data: string[]; flows: string[]; routing: string } }> => {
  const root = paths.root ?? repoRoot
  const dirs = { data: paths.dataDir ?? DEFAULT_DIRS.data, flows: paths.flowsDir ?? DEFAULT_DIRS.flows }
  const { files, problems } = await readProjectFiles(root, dirs)
  const project = parseProject(files, dirs, problems)
  const routing = `${dirs.flows}/${ROUTING_FILE}`
  const paths_ = files.map((f) => f.path)
  return {
    ...project,
    files: {
      data: paths_.filter((p) => p.startsWith(`${dirs.data}/`)),
      flows: paths_.filter((p) => p.startsWith(`${dirs.flows}/`) && p !== routing),
      routing,
    },
  }
}
