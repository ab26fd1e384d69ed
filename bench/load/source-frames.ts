import { findSourceMap } from 'node:module'

/**
 * Puts a profile's frame back where it is in the source (tsx hands V8 its code minified to one line), for
 * the profiles turn-ab.ts and serve-profile.ts write; profile-top.ts then reads files and lines.
 */
export const toSource = (f: { url: string; lineNumber: number; columnNumber: number }) => {
  const entry = (f.url ? findSourceMap(f.url)?.findEntry(f.lineNumber, f.columnNumber) : undefined) as
    | { originalSource?: string; originalLine: number; originalColumn: number }
    | undefined
  if (!entry?.originalSource) return
  f.url = entry.originalSource
  f.lineNumber = entry.originalLine
  f.columnNumber = entry.originalColumn
}
