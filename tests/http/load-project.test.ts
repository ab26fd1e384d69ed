import { execFile } from 'node:child_process'
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadProject, ProjectFilesError, repoRoot } from '../../src/runtime/node/load-project.ts'

// A copy of the project's staff files in a temp dir, broken on purpose.
describe('loadProject', () => {
  let dir: string
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'soudan-project-'))
    await cp(join(repoRoot, 'data/kawasaki'), join(dir, 'data/kawasaki'), { recursive: true })
    await cp(join(repoRoot, 'flows'), join(dir, 'flows'), { recursive: true })
  })
  afterAll(() => rm(dir, { recursive: true, force: true }))

  it('reads the real project', async () => {
    const project = await loadProject()
    expect(project.files.routing).toBe('flows/routing.yaml')
    expect(project.files.flows).toContain('flows/main.yaml')
    expect(project.files.flows).not.toContain('flows/routing.yaml')
    expect(project.files.data).toContain('data/kawasaki/agencies.yaml')
    expect(Object.keys(project.flows.nodes).length).toBeGreaterThan(5)
  })

  it('names every broken file as `file › path: message`, flows and directory together', async () => {
    await writeFile(join(dir, 'flows/main.yaml'), 'start: [unclosed\n')
    const wards = await readFile(join(dir, 'data/kawasaki/wards.yaml'), 'utf8')
    await writeFile(join(dir, 'data/kawasaki/wards.yaml'), wards.replace(/^wards:/m, 'ward_list:'))
    const err = await loadProject({ root: dir }).catch((e) => e)
    expect(err).toBeInstanceOf(ProjectFilesError)
    const lines = (err as ProjectFilesError).lines
    expect(lines.some((l) => l.startsWith('flows/main.yaml › '))).toBe(true)
    expect(lines.some((l) => l.startsWith('data/kawasaki/wards.yaml › '))).toBe(true)
  })

  it('stops `npm start` with those lines and exit code 1', async () => {
    const result = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
      const child = execFile(
        process.execPath,
        ['--import', 'tsx', join(repoRoot, 'src/runtime/node/main.ts'), dir],
        { env: { ...process.env, SESSION_STORE: 'memory' }, timeout: 60_000 },
        (error, _stdout, stderr) => resolve({ code: error ? (error.code as number) : 0, stderr }),
      )
      child.stdin?.end()
    })
    expect(result.code).toBe(1)
    expect(result.stderr).toContain('flows/main.yaml › ')
    expect(result.stderr).not.toMatch(/\n\s+at .*\.ts:\d+/)
  })
})
