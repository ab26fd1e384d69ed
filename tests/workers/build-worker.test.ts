import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { afterEach, describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { buildProjectModule, repoRoot } from '../../scripts/worker/build-worker.ts'
import { noBundleConfig } from '../../scripts/worker/dev-process.ts'
import { dictStaleReason } from '../../scripts/worker/dict-fresh.ts'
import { ProjectFilesError, parseProject } from '../../src/project/project.ts'

// npm run build:worker: what the Worker imports instead of reading the disk, and when it refuses.

const temps: string[] = []
const temp = () => {
  const dir = mkdtempSync(join(tmpdir(), 'soudan-build-worker-'))
  temps.push(dir)
  return dir
}
afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true })
})

const projectCopy = () => {
  const root = temp()
  cpSync(join(repoRoot, 'data'), join(root, 'data'), { recursive: true })
  cpSync(join(repoRoot, 'flows'), join(root, 'flows'), { recursive: true })
  return root
}
const yamlIn = (root: string, dir: string) =>
  readdirSync(join(root, dir))
    .filter((n) => n.endsWith('.yaml'))
    .map((n) => `${dir}/${n}`)
    .sort()

describe('build:worker project module', () => {
  it('bundles every data and flow YAML file, parsed, and the Worker validates them as Node does', async () => {
    const root = projectCopy()
    const out = join(temp(), 'project-files.js')
    await buildProjectModule(root, out)
    const { projectFiles } = (await import(pathToFileURL(out).href)) as {
      projectFiles: { path: string; data: unknown }[]
    }
    expect(projectFiles.map((f) => f.path)).toEqual([
      ...yamlIn(root, 'data/kawasaki'),
      ...yamlIn(root, 'flows'),
      ...yamlIn(root, 'flows/locales'),
    ])
    expect(projectFiles.find((f) => f.path === 'flows/routing.yaml')?.data).toEqual(
      parse(readFileSync(join(root, 'flows/routing.yaml'), 'utf8')),
    )
    const project = parseProject(projectFiles)
    expect(Object.keys(project.flows.nodes).length).toBeGreaterThan(5)
    expect(project.directory.agencies.size).toBeGreaterThan(10)
  })

  it('refuses a broken flow file with file › path lines and leaves the last good module in place', async () => {
    const root = projectCopy()
    const out = join(temp(), 'project-files.js')
    await buildProjectModule(root, out)
    const good = readFileSync(out, 'utf8')
    writeFileSync(join(root, 'flows/main.yaml'), 'start: [unclosed\n  nodes: {')
    const err = await buildProjectModule(root, out).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(ProjectFilesError)
    expect((err as ProjectFilesError).lines.some((l) => l.startsWith('flows/main.yaml › '))).toBe(true)
    expect(readFileSync(out, 'utf8')).toBe(good)
  })

  it('reports a missing routing file instead of starting without routes', () => {
    const err = (() => {
      try {
        parseProject([{ path: 'flows/main.yaml', text: 'start: x' }])
      } catch (e) {
        return e
      }
    })()
    expect(err).toBeInstanceOf(ProjectFilesError)
    expect((err as ProjectFilesError).lines[0]).toMatch(/^flows\/routing\.yaml › /)
  })
})

describe('dictionary freshness', () => {
  const dictDir = () => {
    const dir = temp()
    writeFileSync(join(dir, 'ipadic.kdc.0'), Buffer.alloc(10))
    writeFileSync(join(dir, 'ipadic.kdc.1'), Buffer.alloc(5))
    writeFileSync(
      join(dir, 'ipadic.kdc.json'),
      JSON.stringify({ format: 'KDC1', bytes: 15, parts: ['ipadic.kdc.0', 'ipadic.kdc.1'] }),
    )
    return dir
  }

  it('is fresh when every part is there and nothing it is built from changed since', () => {
    expect(dictStaleReason(repoRoot, dictDir())).toBeNull()
  })

  it('is stale when missing, incomplete, or older than the builder', () => {
    expect(dictStaleReason(repoRoot, temp())).toBe('missing')
    const truncated = dictDir()
    writeFileSync(join(truncated, 'ipadic.kdc.1'), Buffer.alloc(4))
    expect(dictStaleReason(repoRoot, truncated)).toBe('incomplete parts')
    const partless = dictDir()
    rmSync(join(partless, 'ipadic.kdc.0'))
    expect(dictStaleReason(repoRoot, partless)).toBe('missing part ipadic.kdc.0')
    const old = dictDir()
    utimesSync(join(old, 'ipadic.kdc.json'), new Date(2000, 0, 1), new Date(2000, 0, 1))
    expect(dictStaleReason(repoRoot, old)).toMatch(/changed$/)
  })
})

describe('the no-bundle config tests and benches serve the deploy bundle with', () => {
  it('keeps vars and assets of wrangler.toml, drops bundling, and points main at the bundle', () => {
    const text = noBundleConfig(readFileSync(join(repoRoot, 'wrangler.toml'), 'utf8'), repoRoot, 'index.js')
    expect(text).toMatch(/^main = "index\.js"\nno_bundle = true$/m)
    expect(text).not.toMatch(/^\[(build|alias)\]/m)
    expect(text).not.toContain('build:worker')
    expect(text).toContain(`directory = ${JSON.stringify(join(repoRoot, 'dist/assets'))}`)
    expect(text).toMatch(/^binding = "ASSETS"$/m)
    expect(text).toMatch(/^run_worker_first = true$/m)
    expect(text).toMatch(/^SESSION_STORE = "upstash"$/m)
    expect(text).toMatch(/^compatibility_flags = \["nodejs_compat"\]$/m)
  })
})
