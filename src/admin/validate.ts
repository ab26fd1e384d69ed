import type { VersionFile } from '../core/console-store.ts'
import { lintDirectory } from '../directory/lint.ts'
import { lintGraph } from '../flow/lint.ts'
import { DEFAULT_DIRS, ProjectFilesError, parseProject } from '../project/project.ts'

// The project's own checks on a version's files, the same the service runs at start and `flows check`
// runs on the graph: schemas, references, the flow graph. Nothing here is new validation; the console
// only shows the existing `file › path: message` lines next to the field they name.

export interface FileProblem {
  file: string
  path: string
  message: string
  severity: 'error' | 'warning'
}

const LINE = /^(.+?) › (.*?): ([\s\S]*)$/

/** `file › path: message` back into its parts; a line in another shape keeps its text as the message. */
export const splitProblemLine = (line: string): FileProblem => {
  const m = LINE.exec(line)
  return m
    ? { file: m[1]!, path: m[2]!, message: m[3]!, severity: 'error' }
    : { file: '', path: '', message: line, severity: 'error' }
}

export const checkVersionFiles = (files: VersionFile[]): FileProblem[] => {
  try {
    const project = parseProject(files, DEFAULT_DIRS)
    return [
      ...lintGraph(project.flows, [...project.directory.agencies.keys()]),
      ...lintDirectory(project.directory),
    ].filter((p) => p.severity === 'error')
  } catch (err) {
    if (err instanceof ProjectFilesError) return err.lines.map(splitProblemLine)
    throw err
  }
}

export const formatFileProblem = (p: FileProblem) => `${p.file} › ${p.path}: ${p.message}`
