import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import type { SourceFile } from '../../src/core/source-file.ts'

export const repoRoot = join(import.meta.dirname, '..', '..')

/** flows/routing.yaml belongs to the directory (where a concern goes), not to the flow graph. */
export const isFlowFile = (name: string) => name.endsWith('.yaml') && name !== 'routing.yaml'

export const readDir = (dir: string, accept: (name: string) => boolean): SourceFile[] =>
  readdirSync(dir)
    .filter(accept)
    .sort()
    .map((name) => {
      const path = join(dir, name)
      return { path: relative(repoRoot, path), text: readFileSync(path, 'utf8') }
    })

/** FLOWS_DIR lets a test (or a staff member trying a copy) check another folder of flow files. */
export const readFlowFiles = (dir = process.env.FLOWS_DIR || join(repoRoot, 'flows')): SourceFile[] =>
  readDir(dir, isFlowFile)

/** flows/locales/<lang>.yaml beside the flow files; none when the folder does not exist. */
export const readLocaleFiles = (dir = process.env.FLOWS_DIR || join(repoRoot, 'flows')): SourceFile[] =>
  existsSync(join(dir, 'locales')) ? readDir(join(dir, 'locales'), (n) => n.endsWith('.yaml')) : []
