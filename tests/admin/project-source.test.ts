import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type LiveProject, watchLiveProject } from '../../src/admin/project-source.ts'
import { startConsole } from './harness.ts'

// What the runtime will poll: a publish and a rollback each hand over the newly live version, parsed
// by the same parseProject the service starts with; an unchanged pointer hands over nothing.

describe('watchLiveProject', () => {
  let s: Awaited<ReturnType<typeof startConsole>>
  beforeAll(async () => {
    s = await startConsole()
  })
  afterAll(async () => {
    await s.close()
  })

  it('reports each newly live version once, parsed, with the published phone number', async () => {
    await s.staff.ensureSeeded()
    const seen: LiveProject[] = []
    const source = watchLiveProject({
      store: s.store,
      intervalMs: 60_000,
      current: 1,
      onChange: (p) => void seen.push(p),
    })
    try {
      expect(await source.poll()).toBe(1)
      expect(seen).toEqual([])
      const editor = { name: 'sato', role: 'editor' as const }
      const approver = { name: 'tanaka', role: 'approver' as const }
      const id = await s.staff.createDraft(editor, 'x')
      const problems = await s.staff.editAgency(
        editor,
        id,
        'kawasaki-ward-nakahara-mimamori',
        { phone: '044-744-0000', hours: '', sourceUrl: 'https://www.city.kawasaki.jp/', asOf: '2026-12-01' },
        0,
      )
      expect(problems).toEqual([])
      expect((await s.check(id)).check?.status).toBe('passed')
      await s.staff.approve(approver, id)
      await s.staff.publish(approver, id)
      expect(await source.poll()).toBe(id)
      expect(await source.poll()).toBe(id)
      expect(seen.map((p) => p.version)).toEqual([id])
      expect(seen[0]!.project.directory.agencies.get('kawasaki-ward-nakahara-mimamori')?.phone).toBe(
        '044-744-0000',
      )
      await s.staff.rollback(approver, 1)
      expect(await source.poll()).toBe(1)
      expect(seen.map((p) => p.version)).toEqual([id, 1])
      expect(seen[1]!.project.directory.agencies.get('kawasaki-ward-nakahara-mimamori')?.phone).not.toBe(
        '044-744-0000',
      )
    } finally {
      source.stop()
    }
  })

  it('keeps the old project and reports once when a live version does not parse', async () => {
    const errors: (number | null)[] = []
    const v = (await s.store.getVersion(1))!
    const { id: _id, ...rest } = v
    const broken = await s.store.addVersion({
      ...rest,
      files: v.files.filter((f) => !f.path.endsWith('routing.yaml')),
    })
    await s.store.setLive(broken)
    const source = watchLiveProject({
      store: s.store,
      intervalMs: 60_000,
      current: 1,
      onChange: () => {},
      onError: (_e, n) => void errors.push(n),
    })
    try {
      expect(await source.poll()).toBe(1)
      expect(await source.poll()).toBe(1)
      expect(errors).toEqual([broken])
    } finally {
      source.stop()
      await s.store.setLive(1)
    }
  })
})
