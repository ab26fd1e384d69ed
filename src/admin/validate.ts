import type { VersionFile } from '../core/console-store.ts'
import { DataFileError } from '../core/errors.ts'
import { createDirectory } from '../directory/create-directory.ts'
import { lintDirectory } from '../directory/lint.ts'
import { lintGraph } from '../flow/lint.ts'
import { lintRoutes } from '../flow/lint-routes.ts'
import { placeholderProblems } from '../locale/missing-keys.ts'
import { parseIntentFiles } from '../nlu/intents.ts'
import { DEFAULT_DIRS, ProjectFilesError, parseProject } from '../project/project.ts'

// The project's own checks on a version's files, the same the service runs at start and `flows check`
// runs: schemas, references, the flow graph, every concern × ward routed (lintRoutes, at the same
// weekday morning as `flows check`), and the staff intents files through their schema. Nothing here is
// new validation; the console only shows the existing `file › path: message` lines next to the field.

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

/** The staff intents files (intents/<label>.yaml, not intents/corpus/) through their schema. */
export const checkIntentFiles = (files: VersionFile[]): FileProblem[] => {
  try {
    parseIntentFiles(files.filter((f) => /^intents\/[^/]+\.ya?ml$/.test(f.path)))
    return []
  } catch (err) {
    if (err instanceof DataFileError)
      return err.issues.map((i) => ({ file: err.file, path: i.path, message: i.message, severity: 'error' }))
    throw err
  }
}

const ROUTE_PROBE = new Date('2026-11-25T01:00:00Z')

export const checkVersionFiles = (files: VersionFile[]): FileProblem[] => {
  const intents = checkIntentFiles(files)
  try {
    const project = parseProject(files, DEFAULT_DIRS)
    return [
      ...lintGraph(project.flows, [...project.directory.agencies.keys()]),
      ...lintDirectory(project.directory),
      ...lintRoutes(project.flows, createDirectory(project.directory), ROUTE_PROBE),
      ...placeholderProblems(project.flows).map((p) => ({
        file: p.file,
        path: p.key,
        message: p.message,
        severity: 'error' as const,
      })),
      ...intents,
    ].filter((p) => p.severity === 'error')
  } catch (err) {
    if (err instanceof ProjectFilesError) return [...err.lines.map(splitProblemLine), ...intents]
    throw err
  }
}

export const formatFileProblem = (p: FileProblem) => `${p.file} › ${p.path}: ${p.message}`
