import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Redis } from 'ioredis'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { InsightsStore } from '../../src/core/insights.ts'
import type { Nlu } from '../../src/core/nlu.ts'
import { simulate } from '../../src/insights/simulate.ts'
import { INSIGHTS_PREFIX, parseField } from '../../src/insights/store/cells.ts'
import { openFileInsightsStore } from '../../src/insights/store/file.ts'
import { createRedisInsightsStore } from '../../src/insights/store/redis-store.ts'
import { createNlu } from '../../src/nlu/create-nlu.ts'
import type { Project } from '../../src/project/project.ts'
import { bundledModels } from '../../src/runtime/node/bundled-models.ts'
import { nodeDictionaryLoader } from '../../src/runtime/node/dictionary-loader.ts'
import { loadProject } from '../../src/runtime/node/load-project.ts'
import { requireRedis } from '../support/services.ts'

// "0 resident text or ids in the store": a simulated run through the real core, then every key, field
// and value of the file store and of Redis is read back. Only closed-list labels, days and counts may
// be there: no Japanese (the synthetic texts are Japanese), no UUID (the session ids), no LINE-like id.

const redisUrl = await requireRedis()
let project: Project
let nlu: Nlu
beforeAll(async () => {
  project = await loadProject()
  nlu = await createNlu({ loader: nodeDictionaryLoader(), models: bundledModels })
}, 120_000)

const FORBIDDEN = [
  /[\u3040-\u30ff\u3400-\u9fff]/, // any Japanese: the synthetic residents write only Japanese
  /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-/i, // session ids
  /U[0-9a-f]{32}/, // a LINE user id
  /user:|sess|session/i,
]

const checkField = (field: string, value: string | number) => {
  for (const f of FORBIDDEN) expect(field).not.toMatch(f)
  expect(String(value)).toMatch(/^\d+$/)
  expect(parseField(field, Number(value)), field).not.toBeNull()
}

const run = (insights: InsightsStore) =>
  simulate({ project, nlu, insights, conversations: 150, weeks: 3, end: new Date(), seed: 7 })

describe('nothing but counters is stored after a simulated run', () => {
  it('the file store (the embedded default)', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'soudan-scan-'))
    const store = await openFileInsightsStore({ file: join(dir, 'insights.json') })
    const report = await run(store)
    expect(report.turns).toBeGreaterThan(300)
    expect(report.countFailures).toBe(0)
    await store.close?.()
    expect(await readdir(dir)).toEqual(['insights.json'])
    const text = await readFile(join(dir, 'insights.json'), 'utf8')
    for (const f of FORBIDDEN.slice(0, 3)) expect(text).not.toMatch(f)
    const data = JSON.parse(text) as { v: number; months: Record<string, Record<string, number>> }
    expect(Object.keys(data)).toEqual(['v', 'months'])
    let fields = 0
    for (const [month, cells] of Object.entries(data.months)) {
      expect(month).toMatch(/^\d{4}-\d{2}$/)
      for (const [field, value] of Object.entries(cells)) {
        fields++
        checkField(field, value)
      }
    }
    expect(fields).toBeGreaterThan(100)
    await rm(dir, { recursive: true, force: true })
  }, 120_000)

  describe.skipIf(!redisUrl)('Redis', () => {
    const prefix = `test-${crypto.randomUUID()}:`
    afterAll(async () => {
      const admin = new Redis(redisUrl!)
      const keys = await admin.keys(`${INSIGHTS_PREFIX}${prefix}*`)
      if (keys.length) await admin.del(...keys)
      await admin.quit()
    })
    it('every key, field and value under the prefix', async () => {
      const store = createRedisInsightsStore({ url: redisUrl!, keyPrefix: prefix })
      const report = await run(store)
      await store.close?.()
      expect(report.countFailures).toBe(0)
      const admin = new Redis(redisUrl!)
      const keys = await admin.keys(`${INSIGHTS_PREFIX}${prefix}*`)
      expect(keys.length).toBeGreaterThan(0)
      let fields = 0
      for (const key of keys) {
        expect(key).toMatch(new RegExp(`^${INSIGHTS_PREFIX}${prefix}m:\\d{4}-\\d{2}$`))
        expect(await admin.ttl(key)).toBeGreaterThan(0)
        for (const [field, value] of Object.entries(await admin.hgetall(key))) {
          fields++
          checkField(field, value)
        }
      }
      expect(fields).toBeGreaterThan(100)
      await admin.quit()
    }, 120_000)
  })
})
