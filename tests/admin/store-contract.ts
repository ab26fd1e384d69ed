import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type {
  CheckReport,
  ConsoleStore,
  StaffUser,
  Version,
  VersionCheck,
  VersionModel,
} from '../../src/core/console-store.ts'
import { newVersionMeta, versionStatus } from '../../src/core/console-store.ts'

// The behaviour every ConsoleStore must have (src/core/console-store.ts). Each store's test file calls
// consoleStoreContract with a fresh, empty store (a new directory, a random Redis prefix).

export interface ConsoleStoreHarness {
  store: ConsoleStore
  /** Let `ms` pass: a clock advance for the file store, a real wait for Redis (TTLs are whole seconds). */
  advance(ms: number): Promise<void>
  teardown?(): Promise<void>
}

export const staffUser = (name: string, role: StaffUser['role'] = 'editor'): StaffUser => ({
  name,
  role,
  passwordHash: 'pbkdf2-sha256$1$AA==$AA==',
  createdAt: '2026-12-01T00:00:00.000Z',
  disabled: false,
})

export const versionDraft = (
  over: Partial<Omit<Version, 'id'>> = {},
  files = [{ path: 'flows/main.yaml', text: 'a: 1\n' }],
): Omit<Version, 'id'> => ({
  ...newVersionMeta({ parent: null, author: 'sato', message: 'テスト', at: '2026-12-01T00:00:00.000Z' }),
  files,
  ...over,
})

export const consoleStoreContract = (name: string, setup: () => Promise<ConsoleStoreHarness>) => {
  describe(`ConsoleStore contract: ${name}`, () => {
    let h: ConsoleStoreHarness
    beforeAll(async () => {
      h = await setup()
    })
    afterAll(async () => {
      await h?.teardown?.()
    })

    it('adds a user once, replaces only an existing one, and lists them by name', async () => {
      expect(await h.store.getUser('tanaka')).toBeNull()
      expect(await h.store.addUser(staffUser('tanaka', 'approver'))).toBe(true)
      expect(await h.store.addUser(staffUser('tanaka', 'admin'))).toBe(false)
      expect((await h.store.getUser('tanaka'))?.role).toBe('approver')
      expect(await h.store.replaceUser({ ...staffUser('tanaka', 'admin'), disabled: true })).toBe(true)
      expect(await h.store.getUser('tanaka')).toMatchObject({ role: 'admin', disabled: true })
      expect(await h.store.replaceUser(staffUser('nobody'))).toBe(false)
      expect(await h.store.getUser('nobody')).toBeNull()
      await h.store.addUser(staffUser('abe'))
      expect((await h.store.listUsers()).map((u) => u.name)).toEqual(['abe', 'tanaka'])
    })

    it('counts failures atomically within a window, and clears them', async () => {
      const counts = await Promise.all(Array.from({ length: 5 }, () => h.store.countFailure('f1', 60)))
      expect(counts.sort()).toEqual([1, 2, 3, 4, 5])
      expect(await h.store.failures('f1')).toBe(5)
      expect(await h.store.failures('f2')).toBe(0)
      await h.store.clearFailures('f1')
      expect(await h.store.failures('f1')).toBe(0)
      expect(await h.store.countFailure('f1', 60)).toBe(1)
    })

    it('forgets failures once their window has passed', async () => {
      await h.store.countFailure('w1', 1)
      await h.store.countFailure('w1', 1)
      expect(await h.store.failures('w1')).toBe(2)
      await h.advance(2100)
      expect(await h.store.failures('w1')).toBe(0)
      expect(await h.store.countFailure('w1', 1)).toBe(1)
    })

    it('returns a session until it expires, and never after deleteSession', async () => {
      const now = new Date()
      const later = new Date(now.getTime() + 60_000)
      const session = {
        id: crypto.randomUUID(),
        user: 'tanaka',
        createdAt: now.toISOString(),
        expiresAt: later.toISOString(),
      }
      await h.store.putSession(session)
      expect(await h.store.getSession(session.id, now)).toEqual(session)
      expect(await h.store.getSession(session.id, new Date(later.getTime() + 1))).toBeNull()
      expect(await h.store.getSession('unknown', now)).toBeNull()
      await h.store.deleteSession(session.id)
      expect(await h.store.getSession(session.id, now)).toBeNull()
    })

    it('seeds version 1 as live exactly once, even when several callers race', async () => {
      expect(await h.store.liveVersion()).toBeNull()
      expect(await h.store.listVersions()).toEqual([])
      const results = await Promise.all([
        h.store.seed(versionDraft({ author: 'system' })),
        h.store.seed(versionDraft({ author: 'other' })),
      ])
      expect(results.filter(Boolean)).toHaveLength(1)
      expect(await h.store.liveVersion()).toBe(1)
      const v1 = await h.store.getVersion(1)
      expect(v1?.files).toEqual([{ path: 'flows/main.yaml', text: 'a: 1\n' }])
      expect(v1?.id).toBe(1)
    })

    it('numbers new versions, lists them newest first without files, and reads one back whole', async () => {
      const a = await h.store.addVersion(versionDraft({ parent: 1, message: 'A' }))
      const b = await h.store.addVersion(
        versionDraft({ parent: 1, message: 'B' }, [{ path: 'x', text: 'ü\n' }]),
      )
      expect(b).toBe(a + 1)
      const list = await h.store.listVersions()
      expect(list.map((v) => v.id)).toEqual([b, a, 1])
      expect(list[0]).not.toHaveProperty('files')
      expect(list[0]?.message).toBe('B')
      expect((await h.store.getVersion(b))?.files).toEqual([{ path: 'x', text: 'ü\n' }])
      expect(await h.store.getVersion(9999)).toBeNull()
    })

    it('saves a draft only on the revision it was read at, so no edit is silently lost', async () => {
      const id = await h.store.addVersion(versionDraft({ parent: 1 }))
      const read = (await h.store.getVersion(id))!
      expect(read.revision).toBe(0)
      const first = { ...read, message: 'first', files: [{ path: 'a', text: '1' }] }
      const second = { ...read, message: 'second', files: [{ path: 'a', text: '2' }] }
      expect(await h.store.putVersion(first)).toBe(true)
      expect(await h.store.putVersion(second)).toBe(false)
      const stored = (await h.store.getVersion(id))!
      expect(stored).toMatchObject({ message: 'first', revision: 1, files: [{ path: 'a', text: '1' }] })
      expect(await h.store.putVersion({ ...stored, message: 'third' })).toBe(true)
      expect(await h.store.putVersion({ ...stored, id: 9999 })).toBe(false)
    })

    it('moves the live pointer to any stored version and refuses an unknown one', async () => {
      const id = await h.store.addVersion(versionDraft({ parent: 1 }))
      await h.store.setLive(id)
      expect(await h.store.liveVersion()).toBe(id)
      await h.store.setLive(1)
      expect(await h.store.liveVersion()).toBe(1)
      await expect(h.store.setLive(9999)).rejects.toThrow()
      expect(await h.store.liveVersion()).toBe(1)
      const v1 = (await h.store.listVersions()).find((v) => v.id === 1)!
      expect(versionStatus(v1, 1)).toBe('live')
    })

    it('keeps the latest check of each version apart, and reads it back whole', async () => {
      expect(await h.store.getCheck(1)).toBeNull()
      const running: VersionCheck = {
        filesHash: 'a'.repeat(64),
        status: 'running',
        by: 'sato',
        startedAt: '2026-12-01T00:00:00.000Z',
        finishedAt: null,
        report: null,
      }
      await h.store.putCheck(1, running)
      await h.store.putCheck(2, { ...running, filesHash: 'b'.repeat(64) })
      const report: CheckReport = {
        passed: false,
        lint: [{ file: 'flows/main.yaml', path: 'nodes.start', message: '次の行き先がありません' }],
        dialogs: { total: 3, failed: [] },
        model: { retrained: true, examples: 10, cvAccuracy: 0.8, trainMs: 5 },
        evaluation: { accuracy: 0.9, crisisRecall: 1, live: { version: 1, accuracy: 0.92, crisisRecall: 1 } },
        reasons: ['形式とつながりのチェックで誤りが1件あります'],
        durationMs: 12,
      }
      const done = { ...running, status: 'failed' as const, finishedAt: '2026-12-01T00:01:00.000Z', report }
      await h.store.putCheck(1, done)
      expect(await h.store.getCheck(1)).toEqual(done)
      expect((await h.store.getCheck(2))?.filesHash).toBe('b'.repeat(64))
    })

    it("keeps each version's classifier apart, MBs of it whole, replaced and removed", async () => {
      expect(await h.store.getModel(1)).toBeNull()
      // The size of a real packed model (model.json gzip + base64 is about 1 MB), not a token string.
      const big = Array.from({ length: 40_000 }, (_, i) => `${i.toString(36)}QUJD`)
        .join('')
        .repeat(4)
      expect(big.length).toBeGreaterThan(1_000_000)
      const model: VersionModel = {
        sourceHash: 's1',
        contentHash: 'c1',
        filesHash: 'a'.repeat(64),
        data: big,
      }
      await h.store.putModel(1, model)
      await h.store.putModel(2, { ...model, sourceHash: 's2', data: 'QUJD' })
      expect(await h.store.getModel(1)).toEqual(model)
      expect((await h.store.getModel(2))?.sourceHash).toBe('s2')
      await h.store.putModel(1, { ...model, data: 'RUZH' })
      expect((await h.store.getModel(1))?.data).toBe('RUZH')
      await h.store.putModel(1, null)
      expect(await h.store.getModel(1)).toBeNull()
      expect((await h.store.getModel(2))?.data).toBe('QUJD')
    })

    it('appends audit entries in order with increasing seq and never changes them', async () => {
      const entries = ['sign_in', 'edit', 'approve'] as const
      const seqs: number[] = []
      for (const action of entries)
        seqs.push(
          await h.store.appendAudit({
            at: new Date().toISOString(),
            actor: 'tanaka',
            action,
            target: 'v2',
            detail: '',
          }),
        )
      expect(seqs[1]).toBe(seqs[0]! + 1)
      expect(seqs[2]).toBe(seqs[0]! + 2)
      const log = await h.store.listAudit()
      expect(log.slice(-3).map((e) => [e.seq, e.action])).toEqual(entries.map((a, i) => [seqs[i], a]))
      const parallel = await Promise.all(
        Array.from({ length: 10 }, (_, i) =>
          h.store.appendAudit({ at: '', actor: `p${i}`, action: 'edit', target: '', detail: '' }),
        ),
      )
      expect(new Set(parallel).size).toBe(10)
      expect((await h.store.listAudit()).map((e) => e.seq)).toEqual(
        Array.from({ length: log.length + 10 }, (_, i) => i + 1),
      )
    })
  })
}
