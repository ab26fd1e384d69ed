import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { openFileStore } from '../../src/admin/store/file-store.ts'
import { consoleStoreContract, staffUser, versionDraft } from './store-contract.ts'

const dirs: string[] = []
const freshDir = async () => {
  const dir = await mkdtemp(join(tmpdir(), 'soudan-console-'))
  dirs.push(dir)
  return dir
}
afterAll(async () => {
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })))
})

consoleStoreContract('file', async () => {
  let clock = Date.now()
  const store = await openFileStore({ dir: await freshDir(), now: () => clock })
  return {
    store,
    advance: async (ms) => {
      clock += ms
    },
    teardown: () => store.close!(),
  }
})

describe('file store across a restart', () => {
  it('keeps users, versions, the live pointer, sessions and the audit log', async () => {
    const dir = await freshDir()
    const first = await openFileStore({ dir })
    await first.addUser(staffUser('sato'))
    await first.seed(versionDraft({ author: 'system' }))
    const draft = await first.addVersion(versionDraft({ parent: 1, message: '電話番号の変更' }))
    await first.setLive(draft)
    const expiresAt = new Date(Date.now() + 60_000).toISOString()
    await first.putSession({ id: 's1', user: 'sato', createdAt: new Date().toISOString(), expiresAt })
    await first.appendAudit({ at: 'x', actor: 'sato', action: 'publish', target: `v${draft}`, detail: '' })
    await first.close!()

    const again = await openFileStore({ dir })
    expect((await again.getUser('sato'))?.role).toBe('editor')
    expect(await again.liveVersion()).toBe(draft)
    expect((await again.getVersion(draft))?.message).toBe('電話番号の変更')
    expect((await again.getSession('s1', new Date()))?.user).toBe('sato')
    expect(await again.listAudit()).toEqual([
      { seq: 1, at: 'x', actor: 'sato', action: 'publish', target: `v${draft}`, detail: '' },
    ])
    expect(await again.appendAudit({ at: 'y', actor: 'sato', action: 'edit', target: '', detail: '' })).toBe(
      2,
    )
    expect(await again.addVersion(versionDraft())).toBe(draft + 1)
    // The audit log is a plain JSONL file a city can archive: one JSON object per line.
    const lines = (await readFile(join(dir, 'audit.jsonl'), 'utf8')).trim().split('\n')
    expect(lines.map((l) => JSON.parse(l).seq)).toEqual([1, 2])
  })
})
