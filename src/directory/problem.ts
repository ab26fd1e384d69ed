/** A staff-facing finding in a directory or routing file, printed as `file › path: message`. */
export interface Problem {
  file: string
  path: string
  message: string
  severity: 'error' | 'warning'
}
