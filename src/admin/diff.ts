import { createTwoFilesPatch } from 'diff'
import { parse } from 'yaml'
import type { VersionFile } from '../core/console-store.ts'

// What changed between two versions, in a form staff can read: for the directory (data/**) one line
// per changed field, rows named by their id rather than their position; for flows and intents the
// text as a unified diff (jsdiff), since the wording and order are what staff edit there.

export interface FieldChange {
  /** `agencies (nakahara-mimamori).phone` */
  path: string
  before: string | null
  after: string | null
}

export type FileDiff =
  | { file: string; kind: 'fields'; changes: FieldChange[] }
  | { file: string; kind: 'text'; patch: string }
  | { file: string; kind: 'added' | 'removed' }

const show = (v: unknown): string | null =>
  v === undefined ? null : typeof v === 'string' ? v : JSON.stringify(v)

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v)

const idOf = (v: unknown) => (isRecord(v) && typeof v.id === 'string' ? v.id : null)

/** Rows with unique ids are matched by id (a row moved up is not 50 changes); other lists by index. */
const keyed = (list: unknown[]) => {
  const ids = list.map(idOf)
  if (ids.some((id) => id === null) || new Set(ids).size !== ids.length) return null
  return new Map(list.map((row, i) => [ids[i]!, row]))
}

const walk = (before: unknown, after: unknown, path: string, out: FieldChange[]) => {
  if (JSON.stringify(before) === JSON.stringify(after)) return
  if (Array.isArray(before) && Array.isArray(after)) {
    const a = keyed(before)
    const b = keyed(after)
    if (a && b) {
      for (const id of new Set([...a.keys(), ...b.keys()])) walk(a.get(id), b.get(id), `${path} (${id})`, out)
      return
    }
    if (before.every((x) => !isRecord(x)) && after.every((x) => !isRecord(x))) {
      out.push({ path, before: show(before), after: show(after) })
      return
    }
    for (let i = 0; i < Math.max(before.length, after.length); i++)
      walk(before[i], after[i], `${path}[${i}]`, out)
    return
  }
  if (isRecord(before) && isRecord(after)) {
    for (const key of new Set([...Object.keys(before), ...Object.keys(after)]))
      walk(before[key], after[key], path ? `${path}.${key}` : key, out)
    return
  }
  out.push({ path: path || '(root)', before: show(before), after: show(after) })
}

export const fieldChanges = (beforeText: string, afterText: string): FieldChange[] => {
  const out: FieldChange[] = []
  walk(parse(beforeText), parse(afterText), '', out)
  return out
}

const isDirectoryFile = (path: string) => path.startsWith('data/')

export const diffVersions = (before: VersionFile[], after: VersionFile[]): FileDiff[] => {
  const old = new Map(before.map((f) => [f.path, f.text]))
  const now = new Map(after.map((f) => [f.path, f.text]))
  const out: FileDiff[] = []
  for (const file of [...new Set([...old.keys(), ...now.keys()])].sort()) {
    const a = old.get(file)
    const b = now.get(file)
    if (a === b) continue
    if (a === undefined) out.push({ file, kind: 'added' })
    else if (b === undefined) out.push({ file, kind: 'removed' })
    else if (isDirectoryFile(file)) {
      try {
        out.push({ file, kind: 'fields', changes: fieldChanges(a, b) })
      } catch {
        // A draft whose YAML does not parse cannot be compared field by field: show the text instead.
        out.push({ file, kind: 'text', patch: createTwoFilesPatch(file, file, a, b, '', '', { context: 2 }) })
      }
    } else
      out.push({ file, kind: 'text', patch: createTwoFilesPatch(file, file, a, b, '', '', { context: 2 }) })
  }
  return out
}
