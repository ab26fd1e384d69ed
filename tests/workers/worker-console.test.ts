import { unzipSync } from 'fflate'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import {
  chat,
  type DevWorker,
  devFetch,
  postJson,
  requireWrangler,
  startDevWorker,
} from '../../scripts/worker/dev-process.ts'
import { createChecks } from '../../src/admin/check.ts'
import { createConsole } from '../../src/admin/console.ts'
import { repoVersionFiles } from '../../src/admin/node.ts'
import { createRedisConsoleStore } from '../../src/admin/store/redis-store.ts'
import type { VersionFile } from '../../src/core/console-store.ts'
import { bundledModel } from '../../src/runtime/node/bundled-models.ts'
import { dropConsoleKeys, PASSWORD } from '../admin/harness.ts'
import { tinyChecker, tinyIntents, withIntents } from '../admin/tiny-model.ts'
import { requireRedis } from '../support/services.ts'
import { startUpstashShim, type UpstashShim } from '../support/upstash-shim.ts'

// The console on Workers, in workerd: the Worker (ADMIN_STORE=upstash, through the local Upstash REST
// stand-in on the real Redis) shares its versions with a Node console on the same Redis, as a city
// would run it (Node seeds v1 and runs 「チェック」; see src/admin/workers.ts). Staff sign in on the
// Worker and list the versions; a version published on Node changes what the Worker's /api/chat
// answers within its watch interval: a phone number, and a classifier trained for changed intents
// (the tiny set of tests/fixtures/tiny-intents, so the check trains in seconds).

const cli = requireWrangler()
const redisUrl = cli ? await requireRedis() : null

const AGENCY = 'kids-support-nakahara'
const QUESTION = '中原区 子育て' // routes to AGENCY (tests/dialogs/fit.yaml checks the same)
const NEW_PHONE = '044-789-0000'
const editor = { name: 'sato', role: 'editor' as const }
const approver = { name: 'tanaka', role: 'approver' as const }

describe.skipIf(!cli || !redisUrl)('the staff console on the Worker in workerd', () => {
  const prefix = `wconsole-${crypto.randomUUID()}:`
  let worker: DevWorker
  let shim: UpstashShim
  let store: ReturnType<typeof createRedisConsoleStore>
  let staff: ReturnType<typeof createConsole>
  let checks: ReturnType<typeof createChecks>
  let repoFiles: VersionFile[]

  beforeAll(async () => {
    shim = await startUpstashShim(redisUrl!)
    store = createRedisConsoleStore({ url: redisUrl!, keyPrefix: prefix })
    repoFiles = await repoVersionFiles()
    staff = createConsole({ store, committedSourceHash: bundledModel.sourceHash, seedFiles: () => repoFiles })
    await staff.ensureSeeded()
    await staff.addUser('cli', editor.name, editor.role, PASSWORD)
    await staff.addUser('cli', approver.name, approver.role, PASSWORD)
    checks = createChecks({ store, checker: await tinyChecker() })
    worker = await startDevWorker(
      cli!,
      {
        SESSION_STORE: 'memory',
        ADMIN_STORE: 'upstash',
        UPSTASH_REDIS_REST_URL: shim.url,
        UPSTASH_REDIS_REST_TOKEN: shim.token,
        ADMIN_REDIS_PREFIX: prefix,
        ADMIN_WATCH_SECONDS: '1',
        LOG_LEVEL: 'warn',
      },
      { config: inject('workerConfig') },
    )
  }, 100_000)

  afterAll(async () => {
    await worker?.stop()
    await shim?.close()
    await store?.close?.()
    if (redisUrl) await dropConsoleKeys(redisUrl, prefix)
  })

  const publish = async (files: VersionFile[], message: string) => {
    const draft = await staff.importDraft(editor, files, message)
    expect(draft.problems).toEqual([])
    await checks.start(editor, draft.id!)
    await checks.settled()
    expect((await checks.state(draft.id!)).check?.status).toBe('passed')
    await staff.approve(approver, draft.id!)
    await staff.publish(approver, draft.id!)
    return draft.id!
  }
  /** The Worker's first answer to `text` in a new conversation (its messages as JSON). */
  const answer = async (text: string) => {
    const r = await chat(worker.url, { text })
    expect(r.status, worker.output()).toBe(200)
    return JSON.stringify(r.messages)
  }
  /** Asks until the answer differs from `before` (≤ 30 s: the watch interval is 1 s). */
  const changedFrom = async (text: string, before: string) => {
    for (let i = 0; i < 60; i++) {
      const now = await answer(text)
      if (now !== before) return now
      await new Promise((r) => setTimeout(r, 500))
    }
    return before
  }

  it('signs in, lists versions, and serves a version published on Node', { timeout: 180_000 }, async () => {
    // postJson/devFetch: wrangler's proxy can lose its connection to the Worker and fail a request the
    // Worker never saw (scripts/worker/dev-process.ts, RELOADED); those are sent again, our Worker's answers are not.
    const { res: signIn, text: signInBody } = await postJson(
      `${worker.url}/admin/api/session`,
      { user: editor.name, password: PASSWORD },
      30_000,
    )
    expect(signIn.status, `${signInBody}\n${worker.output()}`).toBe(200)
    const cookie = signIn.headers.get('set-cookie')!.split(';')[0]!
    const list = async () => {
      const { res, text } = await devFetch(`${worker.url}/admin/api/versions`, { headers: { cookie } })
      expect(res.status).toBe(200)
      return (JSON.parse(text) as { versions: { id: number; status: string }[] }).versions
    }
    expect(await list()).toContainEqual(expect.objectContaining({ id: 1, status: 'live' }))
    expect((await devFetch(`${worker.url}/admin/api/versions`)).res.status).toBe(401)

    // The live version as a .zip on the Worker too (fflate, no node: modules): the repo's YAML tree.
    const zip = await devFetch(`${worker.url}/admin/versions/1/zip`, { headers: { cookie } }, 30_000)
    expect(zip.res.status, worker.output()).toBe(200)
    expect(zip.res.headers.get('content-type')).toContain('application/zip')
    const entries = unzipSync(zip.bytes)
    expect(Object.keys(entries).sort()).toEqual(repoFiles.map((f) => f.path).sort())

    // A new phone number, published on Node: the Worker answers with it on its next look at the store.
    const before = await answer(QUESTION)
    expect(before).not.toContain(NEW_PHONE)
    const draftId = await staff.createDraft(editor, '番号の変更')
    const fields = {
      phone: NEW_PHONE,
      hours: '',
      sourceUrl: 'https://www.city.kawasaki.jp/',
      asOf: '2026-12-01',
    }
    expect(await staff.editAgency(editor, draftId, AGENCY, fields, 0)).toEqual([])
    const draft = (await staff.version(draftId)).files
    const v2 = await publish(draft, '番号の変更（ワーカー）')
    expect(await changedFrom(QUESTION, before)).toContain(NEW_PHONE)
    expect(await list()).toContainEqual(expect.objectContaining({ id: v2, status: 'live' }))

    // Changed intents: the Worker classifies with the model the check stored.
    const M = '夜泣きで眠れない毎日です'
    const onV2 = await answer(M)
    await publish(withIntents(draft, tinyIntents()), '小さな例文集')
    const onV3 = await changedFrom(M, onV2)
    expect(onV3, worker.output()).not.toBe(onV2)
    expect(JSON.parse(onV3)[0].choices[0].value).toBe('concern:dementia')

    // Rollback to v2: its number and the committed classifier again.
    await staff.rollback(approver, v2)
    expect(await changedFrom(M, onV3)).toBe(onV2)
  })
})
