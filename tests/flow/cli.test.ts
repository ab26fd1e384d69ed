import { execFile } from 'node:child_process'
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'

const run = promisify(execFile)
const root = new URL('../..', import.meta.url).pathname
const flows = (...args: string[]) =>
  run(process.execPath, ['--import', 'tsx', 'scripts/flows/main.ts', ...args], { cwd: root })

// The staff commands as staff run them (npm run flows -- <command>), on the shipped files.
describe('flows CLI', () => {
  it('check passes on the shipped flows and prints a summary', async () => {
    const { stdout } = await flows('check')
    expect(stdout).toMatch(/\d+ flow files, \d+ nodes: 0 errors, \d+ warnings/)
  })

  it('check exits 1 and names file › path when a flow is broken', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'flows-'))
    try {
      cpSync(join(root, 'flows'), dir, { recursive: true })
      const main = join(dir, 'main.yaml')
      writeFileSync(
        main,
        readFileSync(main, 'utf8').replace('hikikomori: hikikomori_ward', 'hikikomori: closing'),
      )
      const env = { ...process.env, FLOWS_DIR: dir }
      const err = await run(process.execPath, ['--import', 'tsx', 'scripts/flows/main.ts', 'check'], {
        cwd: root,
        env,
      }).catch((e) => e)
      expect(err.code).toBe(1)
      expect(err.stdout).toContain(
        'main.yaml › nodes.triage.branches.hikikomori: 相談の種類「hikikomori」が、どの route ノードにもたどり着きません。この分岐から route ノードへつないでください',
      )
      expect(err.stdout).toContain(
        'wellbeing.yaml › nodes.hikikomori_route: どのノードからもたどり着けません。どこかの next か分岐からつなぐか、使わないなら削除してください',
      )
      expect(err.stdout).toMatch(/: 1 errors, \d+ warnings/)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('graph prints Mermaid', async () => {
    const { stdout } = await flows('graph', 'flows/safety.yaml')
    expect(stdout).toMatch(/^flowchart TD\n/)
    expect(stdout).toContain('dv_route --> closing')
  })

  it('an unknown command prints usage and exits 2', async () => {
    await expect(flows('chekc')).rejects.toMatchObject({
      code: 2,
      stdout: expect.stringContaining('usage: npm run flows'),
    })
  })
})
