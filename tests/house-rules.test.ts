import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { repoRoot } from '../src/runtime/node/load-project.ts'

// The house rules are enforced by `biome check` (npm run lint, in npm test and CI): src/core imports
// only zod and its own contracts, and no import cycle (type-only ones included) passes. These tests run
// the project's own biome.json on small probe files, so a config change that silently turns either
// rule off fails here.

const biome = join(repoRoot, 'node_modules/.bin/biome')
const dir = mkdtempSync(join(tmpdir(), 'soudan-house-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const config = JSON.parse(readFileSync(join(repoRoot, 'biome.json'), 'utf8'))
// The probe directory is no git checkout; everything else is the project's configuration.
delete config.vcs
config.$schema = undefined
writeFileSync(join(dir, 'biome.json'), JSON.stringify(config))

const lint = (files: Record<string, string>) => {
  const root = mkdtempSync(join(dir, 'case-'))
  writeFileSync(join(root, 'biome.json'), JSON.stringify(config))
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true })
    writeFileSync(join(root, path), text)
  }
  try {
    execFileSync(biome, ['lint', '--max-diagnostics=50', '.'], { cwd: root, encoding: 'utf8', stdio: 'pipe' })
    return { failed: false, out: '' }
  } catch (err) {
    const e = err as { stdout?: string; stderr?: string }
    return { failed: true, out: `${e.stdout ?? ''}${e.stderr ?? ''}` }
  }
}

describe('biome enforces the house rules', () => {
  it('passes a core that imports zod and its own contracts', () => {
    const r = lint({
      'src/core/a.ts':
        "import { z } from 'zod'\nimport type { B } from './b.ts'\nexport const a = z.string() as unknown as B\n",
      'src/core/b.ts': 'export type B = string\n',
    })
    expect(r.out).toBe('')
    expect(r.failed).toBe(false)
  })

  it('fails on a core file that imports a concrete module or a library', () => {
    const r = lint({
      'src/core/a.ts': "import { step } from '../flow/engine.ts'\nexport const a = step\n",
      'src/core/b.ts': "import { parse } from 'yaml'\nexport const b = parse\n",
      'src/flow/engine.ts': 'export const step = 1\n',
    })
    expect(r.failed).toBe(true)
    expect(r.out.match(/noRestrictedImports/g)?.length).toBe(2)
  })

  it('fails on an import cycle, even a type-only one (the old AppDeps cycle)', () => {
    const r = lint({
      'src/http/app.ts':
        "import { lineRoutes } from '../channels/line/routes.ts'\nexport interface AppDeps { a: 1 }\nexport const app = lineRoutes\n",
      'src/channels/line/routes.ts':
        "import type { AppDeps } from '../../http/app.ts'\nexport const lineRoutes = (d: AppDeps) => d\n",
    })
    expect(r.failed).toBe(true)
    expect(r.out).toMatch(/noImportCycles/)
  })
})
