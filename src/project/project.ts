import { DataFileError } from '../core/errors.ts'
import type { ProjectFile } from '../core/source-file.ts'
import { parseDirectory } from '../directory/parse.ts'
import type { DirectoryData } from '../directory/types.ts'
import type { FlowSet } from '../flow/flow-set.ts'
import { parseFlows } from '../flow/parse.ts'
import { locateWardFromFiles } from '../geo/from-files.ts'
import { LOCALES_DIR, parseLocales } from '../locale/locale-book.ts'
import { missingUiKeys } from '../locale/missing-keys.ts'

// The staff files of one city (data/<city>/*.yaml, flows/*.yaml, flows/routing.yaml) → what the
// service runs on. Both runtimes call this: Node on files read from disk, Workers on the bundle.
// Every parser runs even when one fails, so one run lists every file to fix.

export const ROUTING_FILE = 'routing.yaml'

export interface ProjectDirs {
  /** The city's directory data, e.g. data/kawasaki. */
  data: string
  flows: string
}

export const DEFAULT_DIRS: ProjectDirs = { data: 'data/kawasaki', flows: 'flows' }

export interface Project {
  flows: FlowSet
  directory: DirectoryData
  /** Shared location → ward, when the city ships ward-centroids.yaml. */
  locateWard: ReturnType<typeof locateWardFromFiles>
}

/** Every problem in the project's files, one `file › path: message` line each. */
export class ProjectFilesError extends Error {
  constructor(
    readonly lines: string[],
    heading = 'The bot cannot start: fix these files first.',
  ) {
    super(`${heading}\n${lines.join('\n')}`)
    this.name = 'ProjectFilesError'
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

export const splitProjectFiles = (files: ProjectFile[], dirs: ProjectDirs = DEFAULT_DIRS) => {
  const routingPath = `${dirs.flows}/${ROUTING_FILE}`
  const localesDir = `${dirs.flows}/${LOCALES_DIR}/`
  return {
    routingPath,
    data: files.filter((f) => f.path.startsWith(`${dirs.data}/`)),
    flows: files.filter(
      (f) => f.path.startsWith(`${dirs.flows}/`) && f.path !== routingPath && !f.path.startsWith(localesDir),
    ),
    routing: files.find((f) => f.path === routingPath) ?? null,
    /** flows/locales/<lang>.yaml: translations beside the flows (optional). */
    locales: files.filter((f) => f.path.startsWith(localesDir)),
  }
}

/** `problems` are lines found before parsing (files that could not be read), reported with the rest. */
export const parseProject = (
  files: ProjectFile[],
  dirs: ProjectDirs = DEFAULT_DIRS,
  problems: string[] = [],
) => {
  const {
    data,
    flows: flowFiles,
    routing,
    routingPath,
    locales: localeFiles,
  } = splitProjectFiles(files, dirs)
  const lines = [...problems]
  if (!routing && !lines.some((l) => l.startsWith(routingPath)))
    lines.push(`${routingPath} › (file): missing; every city needs its routing rules`)
  if (flowFiles.length === 0 && !lines.some((l) => l.startsWith(`${dirs.flows}/`)))
    lines.push(`${dirs.flows}/ › (files): no flow files found`)
  const directory = routing ? collect(() => parseDirectory({ data, routing }), lines) : null
  const flows = flowFiles.length > 0 ? collect(() => parseFlows(flowFiles), lines) : null
  const locateWard = collect(() => locateWardFromFiles(data), lines)
  const locales = localeFiles.length > 0 ? collect(() => parseLocales(localeFiles), lines) : null
  if (locales) {
    const missing = missingUiKeys(locales)
    if (missing.length > 0)
      lines.push(
        `${dirs.flows}/${LOCALES_DIR}/ja.yaml › ${missing.join(', ')}: 画面の文言の元になる日本語がありません。追加してください`,
      )
  }
  if (!directory || !flows || lines.length > 0) throw new ProjectFilesError(lines)
  if (locales) flows.locales = locales
  return { flows, directory, locateWard: locateWard ?? undefined } satisfies Project
}
