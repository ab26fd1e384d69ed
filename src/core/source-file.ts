/** A staff-maintained file's text and its repo-relative path, so errors can say `file › path: message`. */
export interface SourceFile {
  path: string
  text: string
}

/**
 * A staff file a build step has already read and checked (`npm run build:worker` ships the YAML as
 * parsed data, because parsing YAML at isolate start costs ~0.5 s on Workers). The parsers still
 * validate it with the same schemas.
 */
export interface ParsedFile {
  path: string
  data: unknown
}

export type ProjectFile = SourceFile | ParsedFile
