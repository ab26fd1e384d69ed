import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { CounterCell, InsightsStore } from '../../src/core/insights.ts'
import { tokyoTime } from '../../src/directory/hours.ts'
import { monthsBack } from '../../src/insights/period.ts'

// The behaviour every InsightsStore must have (src/core/insights.ts): memory, memory+file, Redis and
// Upstash all run it. Each harness gives a fresh, empty store (its own key prefix or file).

export interface InsightsHarness {
  /** A fresh store with this retention (months). */
  open(retentionMonths?: number): Promise<InsightsStore>
  teardown?(): Promise<void>
}

const thisMonth = () => tokyoTime(new Date()).date.slice(0, 7)
const cell = (day: string, a = 'nakahara', b = 'dementia'): CounterCell => ({
  table: 'ward_concern',
  day,
  a,
  b,
})

export const insightsStoreContract = (name: string, harness: () => Promise<InsightsHarness>) => {
  describe(`InsightsStore contract: ${name}`, () => {
    let h: InsightsHarness
    const opened: InsightsStore[] = []
    const open = async (months?: number) => {
      const s = await h.open(months)
      opened.push(s)
      return s
    }
    beforeAll(async () => {
      h = await harness()
    })
    afterAll(async () => {
      for (const s of opened) await s.close?.()
      await h?.teardown?.()
    })

    it('adds 1 per cell and reads back the sums for a range of days', async () => {
      const s = await open()
      const day = `${thisMonth()}-01`
      await s.add([cell(day), cell(day), cell(day, 'tama', 'housing')])
      await s.add([cell(day)])
      const got = await s.read(day, day)
      expect(got.sort((x, y) => x.a.localeCompare(y.a))).toEqual([
        { table: 'ward_concern', day, a: 'nakahara', b: 'dementia', count: 3 },
        { table: 'ward_concern', day, a: 'tama', b: 'housing', count: 1 },
      ])
      expect(await s.read(`${monthsBack(thisMonth(), 2)}-01`, `${monthsBack(thisMonth(), 1)}-28`)).toEqual([])
    })

    it('counts every one of many increments sent at once (atomic)', async () => {
      const s = await open()
      const day = `${thisMonth()}-02`
      await Promise.all(Array.from({ length: 200 }, () => s.add([cell(day), cell(day, 'asao', 'other')])))
      const got = await s.read(day, day)
      expect(got.find((c) => c.a === 'nakahara')?.count).toBe(200)
      expect(got.find((c) => c.a === 'asao')?.count).toBe(200)
    })

    it('refuses a cell outside the closed lists and writes none of that turn', async () => {
      const s = await open()
      const day = `${thisMonth()}-03`
      const bad = { table: 'ward_concern', day, a: 'nakahara', b: '母の物忘れ' } as CounterCell
      await expect(s.add([cell(day), bad])).rejects.toThrow(/closed lists/)
      const text = { table: 'ward_concern', day, a: 'session-1234', b: 'dementia' } as CounterCell
      await expect(s.add([text])).rejects.toThrow()
      expect(await s.read(day, day)).toEqual([])
    })

    it('keeps 25 months by default: 24 months ago is there, 25 and 26 months ago are not', async () => {
      const s = await open()
      expect(s.retentionMonths).toBe(25)
      const kept = `${monthsBack(thisMonth(), 24)}-15`
      const gone = `${monthsBack(thisMonth(), 25)}-15`
      const older = `${monthsBack(thisMonth(), 26)}-15`
      await s.add([cell(kept), cell(gone), cell(older)])
      const got = await s.read(older, `${thisMonth()}-28`)
      expect(got.map((c) => c.day)).toEqual([kept])
    })

    it('retention is configurable (3 months)', async () => {
      const s = await open(3)
      expect(s.retentionMonths).toBe(3)
      const kept = `${monthsBack(thisMonth(), 2)}-10`
      const gone = `${monthsBack(thisMonth(), 3)}-10`
      await s.add([cell(kept), cell(gone)])
      expect((await s.read(gone, `${thisMonth()}-28`)).map((c) => c.day)).toEqual([kept])
    })

    it('reads across months and only the days asked for', async () => {
      const s = await open()
      const prev = monthsBack(thisMonth(), 1)
      await s.add([cell(`${prev}-28`), cell(`${thisMonth()}-01`), cell(`${thisMonth()}-02`)])
      const got = await s.read(`${prev}-28`, `${thisMonth()}-01`)
      expect(got.map((c) => c.day).sort()).toEqual([`${prev}-28`, `${thisMonth()}-01`])
    })
  })
}
