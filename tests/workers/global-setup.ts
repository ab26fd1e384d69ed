import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { TestProject } from 'vitest/node'
import { prebundleWorker, requireWrangler } from '../../scripts/worker/dev-process.ts'

declare module 'vitest' {
  export interface ProvidedContext {
    /** A no-bundle copy of wrangler.toml serving the bundle `wrangler deploy` would upload ('' = skip). */
    workerConfig: string
  }
}

// Once before the workerd suites: wrangler bundles the real wrangler.toml (its [build] runs
// build:worker, so the dictionary and staff files are fresh) and the test files serve that bundle, so
// saving a file in the tree during a run cannot reload the Worker under a test.
export default function setup(project: TestProject) {
  const cli = requireWrangler()
  if (!cli) {
    project.provide('workerConfig', '')
    return
  }
  const dir = mkdtempSync(join(tmpdir(), 'soudan-worker-bundle-'))
  const { toml } = prebundleWorker(cli, 'wrangler.toml', dir)
  project.provide('workerConfig', toml)
  return () => rmSync(dir, { recursive: true, force: true })
}
