import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createChecks } from '../../src/admin/check.ts'
import { createConsole } from '../../src/admin/console.ts'
import { repoVersionFiles } from '../../src/admin/node.ts'
import { createRedisConsoleStore } from '../../src/admin/store/redis-store.ts'
import { packModel, StoredModelError, unpackModel } from '../../src/admin/version-model.ts'
import type { VersionFile } from '../../src/core/console-store.ts'
import { buildNodeApp, type NodeApp } from '../../src/runtime/node/build-node-app.ts'
import { bundledGazetteer, bundledModel } from '../../src/runtime/node/bundled-models.ts'
import { requireRedis } from '../support/services.ts'
import { dropConsoleKeys, PASSWORD, startConsole } from './harness.ts'
import { tinyChecker, tinyIntents, withIntents } from './tiny-model.ts'

// A published version whose intents changed answers with the classifier its 「チェック」 trained:
// the check stores the model with the draft, approval needs it, every instance loads it on publish,
// and a rollback brings the earlier one back. Training on the real intents takes minutes, so the
// versions here carry a tiny intents set (tests/fixtures/tiny-intents) that trains in seconds; the
// path (check → store → publish → running service) is the real one.

const editor = { name: 'sato', role: 'editor' as const }
const approver = { name: 'tanaka', role: 'approver' as const }

/** One more example for a label: what an editor's intents form writes. */
const addExample = (intents: VersionFile[], label: string, example: string) =>
  intents.map((f) =>
    f.path === `intents/${label}.yaml`
      ? { ...f, text: f.text.replace('examples:\n', `examples:\n  - ${example}\n`) }
      : f,
  )

describe('packModel / unpackModel', () => {
  it('round-trips the committed classifier, smaller than its JSON, and refuses damaged data', async () => {
    const packed = await packModel({ model: bundledModel, gazetteer: bundledGazetteer }, 'f'.repeat(64))
    expect(packed).toMatchObject({
      sourceHash: bundledModel.sourceHash,
      contentHash: bundledModel.contentHash,
    })
    const json = JSON.stringify({ model: bundledModel, gazetteer: bundledGazetteer }).length
    expect(packed.data.length).toBeLessThan(json * 0.7) // gzip, then base64's third back on
    const back = await unpackModel(packed)
    expect(back.model).toEqual(bundledModel)
    expect(back.gazetteer).toEqual(bundledGazetteer)

    await expect(unpackModel({ ...packed, data: packed.data.slice(0, 1000) })).rejects.toThrow(
      StoredModelError,
    )
    // A model whose weights were changed after training no longer matches its content hash.
    const tampered = { ...bundledModel, bias: bundledModel.bias.map((b) => b + 1) }
    const forged = await packModel({ model: tampered, gazetteer: bundledGazetteer }, 'f'.repeat(64))
    await expect(unpackModel(forged)).rejects.toThrow(StoredModelError)
  })
})

describe('approval of changed intents', () => {
  it('is refused until a check has stored a classifier for them', async () => {
    // lintOnlyChecker trains nothing: changed intents leave the draft without a classifier.
    const s = await startConsole()
    try {
      const files = await repoVersionFiles()
      const draft = await s.staff.importDraft(
        editor,
        withIntents(
          files,
          addExample(
            files.filter((f) => f.path.startsWith('intents/')),
            'dementia',
            '祖母の物忘れ',
          ),
        ),
        '例文の追加',
      )
      expect(draft.problems).toEqual([])
      const id = draft.id!
      expect((await s.check(id)).check?.status).toBe('passed')
      await expect(s.staff.approve(approver, id)).rejects.toThrow(/学習した分類器が保存されていません/)

      // The same intents as the committed model: nothing to store, approval goes through.
      const same = await s.staff.importDraft(editor, files, '同じ内容')
      expect((await s.check(same.id!)).check?.status).toBe('passed')
      await s.staff.approve(approver, same.id!)
      expect(await s.store.getModel(same.id!)).toBeNull()
    } finally {
      await s.close()
    }
  })
})

const redisUrl = await requireRedis()

describe.skipIf(!redisUrl)('a published intents change on a running Node service', () => {
  const prefix = `vmodel-${crypto.randomUUID()}:`
  let node: NodeApp
  let staff: ReturnType<typeof createConsole>
  let checks: ReturnType<typeof createChecks>
  let store: ReturnType<typeof createRedisConsoleStore>
  let repoFiles: VersionFile[]
  let trainings = 0

  beforeAll(async () => {
    const checker = await tinyChecker(() => trainings++)
    store = createRedisConsoleStore({ url: redisUrl!, keyPrefix: prefix })
    repoFiles = await repoVersionFiles()
    staff = createConsole({ store, committedSourceHash: bundledModel.sourceHash, seedFiles: () => repoFiles })
    for (const [name, role] of [
      ['sato', 'editor'],
      ['tanaka', 'approver'],
    ] as const)
      await staff.addUser('cli', name, role, PASSWORD)
    checks = createChecks({ store, checker })
    node = await buildNodeApp(
      {
        SESSION_STORE: 'memory',
        INSIGHTS_ENABLED: 'false',
        LOG_LEVEL: 'error',
        ADMIN_STORE: 'redis',
        ADMIN_REDIS_URL: redisUrl!,
        ADMIN_REDIS_PREFIX: prefix,
        ADMIN_WATCH_SECONDS: '1',
      },
      { console: true },
    )
  }, 120_000)

  afterAll(async () => {
    await node?.close()
    await store?.close?.()
    if (redisUrl) await dropConsoleKeys(redisUrl, prefix)
  })

  /** The bot's first answer to `text` in a new conversation (its texts, joined). */
  const answer = async (text: string) => {
    const res = await node.app.request('/api/chat', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ sessionId: `s-${crypto.randomUUID()}`, text }),
    })
    expect(res.status).toBe(200)
    return JSON.stringify(((await res.json()) as { messages: unknown }).messages)
  }
  /** Waits (≤ 20 s) for the service to answer `text` differently from `before`. */
  const answerChangedFrom = async (text: string, before: string) => {
    for (let i = 0; i < 80; i++) {
      const now = await answer(text)
      if (now !== before) return now
      await new Promise((r) => setTimeout(r, 250))
    }
    return before
  }
  /** A draft with these intents, checked (which trains and stores its classifier). */
  const checkedDraft = async (intents: VersionFile[], message: string) => {
    const draft = await staff.importDraft(editor, withIntents(repoFiles, intents), message)
    expect(draft.problems).toEqual([])
    const id = draft.id!
    await checks.start(editor, id)
    await checks.settled()
    const { check } = await checks.state(id)
    expect(check?.report?.reasons).toEqual([])
    expect(check?.status).toBe('passed')
    const stored = await store.getModel(id)
    expect(stored?.sourceHash).toBe(check?.report?.model.sourceHash)
    return id
  }
  const publish = async (id: number) => {
    await staff.approve(approver, id)
    await staff.publish(approver, id)
    return id
  }
  /** The simulator of the running service's console, one message to a version: the page's HTML. */
  const simulate = async (id: number, text: string) => {
    const signIn = await node.app.request('/admin/api/session', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ user: editor.name, password: PASSWORD }),
    })
    const cookie = signIn.headers.get('set-cookie')!.split(';')[0]!
    const res = await node.app.request(`/admin/versions/${id}/simulator`, {
      method: 'POST',
      headers: { cookie, origin: 'http://localhost', 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ text, at: 'weekday' }).toString(),
    })
    expect(res.status).toBe(200)
    return res.text()
  }

  it("answers with the version's own classifier after publish, and with the earlier one after rollback", async () => {
    const M = '夜泣きで眠れない毎日です'
    const CHILD = '子育てに疲れました'

    // v1 (the committed classifier) takes M for child rearing: the same answer as CHILD.
    const onV1 = await answer(M)
    expect(onV1).toBe(await answer(CHILD))

    // v2: the tiny intents, where M shares 夜 and 眠れない with dementia's examples only: the bot now
    // asks which concern it is, dementia first.
    const tiny = tinyIntents()
    const v2 = await checkedDraft(tiny, '小さな例文集')
    // Before it is published, the simulator already reads M with the draft's classifier (dementia
    // first), while residents still get v1's answer.
    const onDraft = await simulate(v2, M)
    expect(onDraft).toMatch(/<dt>分類（確からしさ）<\/dt><dd>dementia（\d+%）/)
    expect(onDraft).toContain('この版の「チェック」が意図の例文から学習した分類器')
    const onLive = await simulate(1, M)
    expect(onLive).toMatch(/<dt>分類（確からしさ）<\/dt><dd>child_rearing（\d+%）/)
    expect(onLive).toContain('リポジトリの学習済みの分類器')
    expect(await answer(M)).toBe(onV1)
    await publish(v2)
    const onV2 = await answerChangedFrom(M, onV1)
    expect(onV2).not.toBe(onV1)
    expect(JSON.parse(onV2)[0].choices[0].value).toBe('concern:dementia')

    // v3: one new child-rearing example flips M back to child rearing, now on v3's classifier.
    const v3 = await publish(await checkedDraft(addExample(tiny, 'child_rearing', M), '夜泣きの例文を追加'))
    expect(trainings).toBe(2)
    const onV3 = await answerChangedFrom(M, onV2)
    expect(onV3).toBe(await answer(CHILD))

    // Rollback to v2: M gets v2's answer again, from v2's stored classifier; to v1: the committed one.
    await staff.rollback(approver, v2)
    expect(await answerChangedFrom(M, onV3)).toBe(onV2)
    await staff.rollback(approver, 1)
    expect(await answerChangedFrom(M, onV2)).toBe(onV1)
    expect(await store.liveVersion()).toBe(1)
    expect(v3).toBe(v2 + 1)
  }, 240_000)
})
