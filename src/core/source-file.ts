/** A staff-maintained file's text and its repo-relative path, so errors can say `file › path: message`. */
export interface SourceFile {
  path: string
  text: string
}
