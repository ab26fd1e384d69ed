import { Hono } from 'hono'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createLiveResolver, startLiveService } from '../../src/admin/live-service.ts'
import type { LogFields } from '../../src/core/log.ts'
import type { Project } from '../../src/project/project.ts'
import { startConsole } from './harness.ts'

// The swap the runtime wires (src/runtime/node/build-node-app.ts): requests go to the service of the
// version live now; a publish swaps it on the next poll; a version that does not parse, or whose
// service does not build, is logged and refused while the running version keeps answering.

const AGENCY = 'kawasaki-ward-nakahara-mimamori'
const editor = { name: 'sato', role: 'editor' as const }
const approver = { name: 'tanaka', role: 'approver' as const }

describe('startLiveService', () => {
  let s: Awaited<ReturnType<typeof startConsole>>
  beforeAll(async () => {
    s = await startConsole()
  })
  afterAll(async () => {
    await s.close()
  })

  /** A copy of version `from` without routing.yaml (it cannot parse), made live behind the console's back. */
  const publishBroken = async (from: number) => {
    const { id: _id, ...rest } = (await s.store.getVersion(from))!
    const broken = await s.store.addVersion({
      ...rest,
      files: rest.files.filter((f) => !f.path.endsWith('routing.yaml')),
    })
    await s.store.setLive(broken)
    return broken
  }

  /** A draft with AGENCY's phone changed, checked, approved by another and published. */
  const publishPhone = async (phone: string) => {
    const id = await s.staff.createDraft(editor, '番号の変更')
    const fields = { phone, hours: '', sourceUrl: 'https://www.city.kawasaki.jp/', asOf: '2026-12-01' }
    expect(await s.staff.editAgency(editor, id, AGENCY, fields, 0)).toEqual([])
    expect((await s.check(id)).check?.status).toBe('passed')
    await s.staff.approve(approver, id)
    await s.staff.publish(approver, id)
    return id
  }

  it('serves the live version, swaps on publish and rollback, and refuses a broken version', async () => {
    const logs: [string, LogFields | undefined][] = []
    let refuseBuild = false
    // A service small enough to see which project it runs: the agency's phone.
    const build = (project: Project, version: number) => {
      if (refuseBuild) throw new Error('build failed')
      const phone = project.directory.agencies.get(AGENCY)?.phone ?? ''
      return { app: new Hono().get('/phone', (c) => c.text(`v${version} ${phone}`)) }
    }
    const live = await startLiveService({
      store: s.store,
      ensureSeeded: s.staff.ensureSeeded,
      build,
      fallback: () => Promise.reject(new Error('the live version should have been used')),
      logger: { log: (_level, event, fields) => void logs.push([event, fields]) },
      intervalMs: 60_000,
    })
    const phone = async () => (await live.app.request('/phone')).text()
    try {
      const before = await phone()
      expect(before).toMatch(/^v1 0\d{1,4}-\d{1,4}-\d{4}$/)

      const id = await publishPhone('044-744-0000')
      expect(await phone()).toBe(before) // not before the next poll
      expect(await live.poll()).toBe(id)
      expect(await phone()).toBe(`v${id} 044-744-0000`)
      expect(logs).toContainEqual(['console_version_live', { version: id }])

      // A version without routing.yaml cannot parse: refused, logged once, the running one stays.
      const broken = await publishBroken(id)
      expect(await live.poll()).toBe(id)
      expect(await phone()).toBe(`v${id} 044-744-0000`)
      const refused = logs.filter(([e]) => e === 'console_version_invalid')
      expect(refused).toHaveLength(1)
      expect(refused[0]![1]).toMatchObject({ version: broken, serving: id })
      expect(String(refused[0]![1]?.problems)).toContain('routing.yaml')

      // A version that parses but whose service throws while building is refused the same way.
      refuseBuild = true
      await s.staff.rollback(approver, 1)
      expect(await live.poll()).toBe(id)
      expect(await phone()).toBe(`v${id} 044-744-0000`)
      refuseBuild = false
      await s.staff.rollback(approver, id)
      expect(await live.poll()).toBe(id)
      await s.staff.rollback(approver, 1)
      expect(await live.poll()).toBe(1)
      expect(await phone()).toBe(before)
      expect(live.current().version).toBe(1)
    } finally {
      live.stop()
    }
  })

  it('resolves per request for Workers: one read of the live pointer per ttl, a swap when it moved', async () => {
    let clock = 0
    let reads = 0
    const store = {
      ...s.store,
      liveVersion: () => {
        reads++
        return s.store.liveVersion()
      },
    }
    const logs: string[] = []
    const build = (project: Project, version: number) => {
      const phone = project.directory.agencies.get(AGENCY)?.phone ?? ''
      return { app: new Hono().get('/phone', (c) => c.text(`v${version} ${phone}`)) }
    }
    const resolver = createLiveResolver({
      store,
      initial: { app: new Hono().get('/phone', (c) => c.text('bundle')) },
      build,
      logger: { log: (_l, event) => void logs.push(event) },
      ttlMs: 10_000,
      now: () => clock,
    })
    const phone = async () =>
      (await (await resolver.current()).app.fetch(new Request('http://x/phone'))).text()
    const live = (await s.store.liveVersion())!
    expect(await phone()).toMatch(new RegExp(`^v${live} `))
    const before = await phone()
    expect(reads).toBe(1) // the second request within the ttl read nothing

    const id = await publishPhone('044-744-2222')
    clock = 9_999
    expect(await phone()).toBe(before)
    clock = 10_000
    expect(await phone()).toBe(`v${id} 044-744-2222`)
    expect(resolver.version()).toBe(id)

    // Broken version: refused and logged once; the running one stays.
    await publishBroken(id)
    clock = 20_000
    expect(await phone()).toBe(`v${id} 044-744-2222`)
    clock = 30_000
    expect(await phone()).toBe(`v${id} 044-744-2222`)
    expect(logs.filter((e) => e === 'console_version_invalid')).toHaveLength(1)
    await s.store.setLive(live)
  })
})
