import { execFile } from 'node:child_process'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, describe, expect, it } from 'vitest'
import { repoVersionFiles } from '../../src/admin/node.ts'
import { readVersionTree, writeVersionTree } from '../../src/admin/version-tree.ts'
import { startConsole } from './harness.ts'

// Export a version as the repo's YAML tree and import it again: the same files, byte for byte; a tree
// with a mistake is refused with `file › path: message` and no draft is made. Once through the CLI.

const run = promisify(execFile)
const temp: string[] = []
const tempDir = async () => {
  const d = await mkdtemp(join(tmpdir(), 'soudan-tree-'))
  temp.push(d)
  return d
}
afterAll(async () => {
  for (const d of temp) await rm(d, { recursive: true, force: true })
})

describe('version ↔ YAML tree', () => {
  it('exports v1 as the repo files and imports them as a draft with identical files', async () => {
    const s = await startConsole()
    try {
      const v1 = await s.staff.version(1)
      const out = await tempDir()
      await writeVersionTree(v1.files, out)
      const repo = await repoVersionFiles()
      for (const f of repo) expect(await readFile(join(out, f.path), 'utf8'), f.path).toBe(f.text)
      const tree = await readVersionTree(out)
      expect(tree.missing).toEqual([])
      expect(tree.files.map((f) => f.path)).toEqual(repo.map((f) => f.path).sort())
      const imported = await s.staff.importDraft('cli', tree.files, 'git から')
      expect(imported.problems).toEqual([])
      const draft = await s.staff.version(imported.id!)
      expect(draft.status).toBe('draft')
      expect(draft.parent).toBe(1)
      const byPath = (fs: { path: string; text: string }[]) =>
        Object.fromEntries(fs.map((f) => [f.path, f.text]))
      expect(byPath(draft.files)).toEqual(byPath(v1.files))
      expect(await s.staff.diff(draft.id)).toEqual([])
    } finally {
      await s.close()
    }
  })

  it('refuses a tree with a mistake, naming the file and field, and makes no draft', async () => {
    const s = await startConsole()
    try {
      const out = await tempDir()
      await writeVersionTree((await s.staff.version(1)).files, out)
      const path = join(out, 'flows/routing.yaml')
      await writeFile(path, (await readFile(path, 'utf8')).replace('max_cards: 3', 'max_cards: 30'))
      const result = await s.staff.importDraft('cli', (await readVersionTree(out)).files, '')
      expect(result.id).toBeNull()
      expect(result.problems[0]).toMatchObject({ file: 'flows/routing.yaml', path: 'max_cards' })
      expect((await s.staff.versions()).length).toBe(1)
    } finally {
      await s.close()
    }
  })
})

describe('npm run staff -- export / import', () => {
  it('round-trips v1 through the command line and says what it did in Japanese', async () => {
    const data = await tempDir()
    const out = await tempDir()
    const env = { ...process.env, ADMIN_STORE: 'file', ADMIN_DATA_DIR: data }
    const cli = (...args: string[]) =>
      run('npx', ['tsx', 'scripts/staff/main.ts', ...args], { env, cwd: join(import.meta.dirname, '../..') })
    const exported = await cli('export', '--version', '1', '--out', out)
    expect(exported.stdout).toMatch(/^v1 の \d+ ファイルを .* に書き出しました/)
    const imported = await cli('import', out, '--message', 'round trip')
    expect(imported.stdout).toMatch(/ファイルを v2（下書き）として取り込みました/)
    const again = await tempDir()
    await cli('export', '--version', '2', '--out', again)
    const a = await readVersionTree(out)
    const b = await readVersionTree(again)
    expect(b.files).toEqual(a.files)
    const missing = await cli('import', data).catch((e: { code: number; stderr: string }) => e)
    expect(missing).toMatchObject({ code: 1 })
    expect((missing as { stderr: string }).stderr).toContain(
      'がありません。export で書き出した形のフォルダを指定してください',
    )
  }, 60_000)
})
