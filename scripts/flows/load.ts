import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import type { SourceFile } from '../../src/core/source-file.ts'
import type { FlowSet } from '../../src/flow/flow-set.ts'
import { parseFlows } from '../../src/flow/parse.ts'
import { parseLocales } from '../../src/locale/locale-book.ts'

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

/** The flows with their translations, as the service runs them (a chosen language gets its texts). */
export const readFlowSet = (dir?: string): FlowSet => {
  const flows = parseFlows(readFlowFiles(dir))
  const locales = readLocaleFiles(dir)
  if (locales.length > 0) flows.locales = parseLocales(locales)
  return flows
}
