import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { SourceFile } from '../../src/core/source-file.ts'

// Test helper: the repo's real directory files as SourceFile[], read the way the Node runtime does.

const root = fileURLToPath(new URL('../../', import.meta.url))
const read = (path: string): SourceFile => ({ path, text: readFileSync(join(root, path), 'utf8') })

export const realDataFiles = (): SourceFile[] =>
  readdirSync(join(root, 'data/kawasaki'))
    .filter((n) => n.endsWith('.yaml'))
    .sort()
    .map((n) => read(`data/kawasaki/${n}`))

export const realRouting = (): SourceFile => read('flows/routing.yaml')
