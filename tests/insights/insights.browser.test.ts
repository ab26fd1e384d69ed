import { execFile } from 'node:child_process'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import AxeBuilder from '@axe-core/playwright'
import { Hono } from 'hono'
import { Redis } from 'ioredis'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createConsole } from '../../src/admin/console.ts'
import { repoVersionFiles } from '../../src/admin/node.ts'
import { adminRoutes } from '../../src/admin/routes.tsx'
import { openFileStore } from '../../src/admin/store/file-store.ts'
import { adminSecureHeaders } from '../../src/http/app.ts'
import { INSIGHTS_PREFIX, parseField } from '../../src/insights/store/cells.ts'
import { createRedisInsightsStore } from '../../src/insights/store/redis-store.ts'
import { thresholdFor } from '../../src/insights/suppress.ts'
import { bundledModel } from '../../src/runtime/node/bundled-models.ts'
import { watchCsp } from '../admin/browser-harness.ts'
import { launchBrowser, serveOnLoopback } from '../support/browser.ts'
import { requireRedis } from '../support/services.ts'

// Issue 15's "done when", in real Chromium against real Redis: a new user runs the simulation
// (`npm run insights -- simulate`, the real conversation core), adds a viewer with `npm run staff`,
// signs in as the viewer, sees the heat map and the unmet-demand table for 中原区, opens and prints the
// monthly report (one A4 page), and downloads the CSV, whose cells are suppressed. Then every key and
// value the run left in Redis is scanned: counters only, no text, no session id.

const run = promisify(execFile)
const redisUrl = await requireRedis()
const browser: Browser | null = redisUrl ? await launchBrowser() : null
const PASSWORD = 'viewer password for the test'
const prefix = `test-${crypto.randomUUID()}:`

/** WCAG 2.1 A/AA findings of a page, as `rule (impact)`. */
const axe = async (page: Page) =>
  (
    await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()
  ).violations.map((v) => `${v.id} (${v.impact})`)

let dir: string
let server: Awaited<ReturnType<typeof serveOnLoopback>>
let closeAll: () => Promise<void> = async () => {}

beforeAll(async () => {
  if (!browser) return
  dir = await mkdtemp(join(tmpdir(), 'soudan-insights-e2e-'))
  const env = {
    ...process.env,
    SESSION_STORE: 'redis',
    REDIS_URL: redisUrl!,
    INSIGHTS_KEY_PREFIX: prefix,
    ADMIN_DATA_DIR: dir,
    LOG_LEVEL: 'error',
  }
  const sim = await run(
    'npm',
    ['run', '--silent', 'insights', '--', 'simulate', '--conversations', '900', '--weeks', '5'],
    {
      env,
      cwd: process.cwd(),
    },
  )
  expect(sim.stdout).toMatch(/900件の会話/)
  const add = execFile('npm', ['run', '--silent', 'staff', '--', 'add-user', 'hoshino', '--role', 'viewer'], {
    env,
  })
  add.stdin!.end(PASSWORD)
  await new Promise<void>((resolve, reject) =>
    add.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`staff add-user exited ${code}`)))),
  )
  const store = await openFileStore({ dir })
  const insights = createRedisInsightsStore({ url: redisUrl!, keyPrefix: prefix })
  const files = await repoVersionFiles()
  const staff = createConsole({ store, committedSourceHash: bundledModel.sourceHash, seedFiles: () => files })
  const app = new Hono()
  app.use('*', adminSecureHeaders())
  app.route('/admin', adminRoutes({ console: staff, insights }))
  server = await serveOnLoopback(app.fetch)
  closeAll = async () => {
    await server.close()
    await insights.close?.()
    await store.close?.()
  }
}, 300_000)

afterAll(async () => {
  await browser?.close()
  await closeAll()
  if (redisUrl) {
    const admin = new Redis(redisUrl)
    const keys = await admin.keys(`${INSIGHTS_PREFIX}${prefix}*`)
    if (keys.length) await admin.del(...keys)
    await admin.quit()
  }
  if (dir) await rm(dir, { recursive: true, force: true })
})

describe.skipIf(!browser)('insights in Chromium after a simulated run', () => {
  it('viewer: heat map, unmet demand for 中原区, the printable report and the CSV', async () => {
    const context = await browser!.newContext({
      viewport: { width: 1366, height: 768 },
      locale: 'ja-JP',
      acceptDownloads: true,
    })
    const cspViolations = await watchCsp(context)
    const page = await context.newPage()
    await page.goto(`${server.url}/admin`)
    await page.getByLabel('ユーザー名').fill('hoshino')
    await page.getByLabel('パスワード').fill(PASSWORD)
    await page.getByRole('button', { name: 'サインイン' }).click()
    await page.getByRole('heading', { name: '相談の傾向', level: 1 }).waitFor()
    expect(await page.locator('header').textContent()).toContain('hoshino（閲覧者）')
    expect(await page.getByRole('link', { name: '版の一覧' }).count()).toBe(0)

    await page.getByLabel('区', { exact: true }).selectOption('nakahara')
    await page.getByRole('button', { name: '表示する' }).click()
    await page.getByRole('heading', { name: /窓口の空白/ }).waitFor()

    const heat = page.getByRole('img', { name: /区 × 相談内容のヒートマップ/ })
    expect(await heat.count()).toBe(1)
    const desc = await page.locator('#heat-d').textContent()
    expect(desc).toMatch(/いちばん多いのは.+（\d+件）/)
    const heatRow = await page
      .locator('#heat-table tbody tr', { hasText: '中原区' })
      .first()
      .textContent({ timeout: 1000 })
    expect(heatRow).toMatch(/\d/)

    const unmet = page.locator('table#unmet')
    expect(await unmet.locator('caption').textContent()).toContain('窓口の空白: 中原区')
    const unmetCells = await unmet.locator('tbody tr td:nth-child(2)').allTextContents()
    // The simulation's elderly and dementia routes in 中原区 end at the ward office's 総合案内.
    expect(unmetCells.some((t) => /^\d+※?$/.test(t) && Number.parseInt(t, 10) >= 5)).toBe(true)
    expect(unmetCells.every((t) => /^(\d+※?|5未満|10未満)$/.test(t))).toBe(true)
    expect(await axe(page)).toEqual([])

    // The monthly report: its own page, one A4 sheet when printed.
    await page.getByRole('link', { name: /中原区の月報/ }).click()
    await page.getByRole('heading', { name: /中原区\s*相談ルーターに寄せられた相談の傾向/ }).waitFor()
    expect(await page.locator('table#report-unmet caption').textContent()).toContain('中原区')
    expect(await axe(page)).toEqual([])
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true })
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []
    expect(pages.length).toBe(1)
    await page.goBack()

    // The CSV, as a download.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'CSVで保存' }).click(),
    ])
    const csv = await readFile((await download.path())!, 'utf8')
    const rows = csv
      .replace(/^\uFEFF/, '')
      .split('\r\n')
      .filter(Boolean)
      .map((l) => l.split(','))
    expect(rows[0]).toEqual(['表', '行の項目', '行', '列の項目', '列', '期間', '件数'])
    const cells = rows.slice(1).filter((r) => r.length === 7 && r[2] !== '合計' && r[4] !== '合計')
    // With a ward, the five tables that have a ward dimension, one row each: 18 + 4 + 7 + 18 + 2 cells.
    expect(cells.length).toBe(49)
    expect(cells.every((r) => r[2] === '中原区')).toBe(true)
    expect(cells.some((r) => r[6] === '5未満')).toBe(true)
    expect(cells.some((r) => r[6] === '10未満')).toBe(true)
    for (const r of cells) {
      if (/未満$/.test(r[6]!)) continue
      // A number that is shown is at least the threshold of one month (ranges add shown months only).
      expect(Number.parseInt(r[6]!, 10)).toBeGreaterThanOrEqual(5)
    }
    const dv = cells.filter((r) => r[4] === 'DV' || r[4] === '緊急（命にかかわる）')
    for (const r of dv) expect(r[6] === '10未満' || Number.parseInt(r[6]!, 10) >= 10).toBe(true)
    // The dashboard's and the report's sheets are files under /admin: the CSP refuses inline style.
    expect(cspViolations).toEqual([])
    await context.close()
  }, 120_000)

  it('left nothing in Redis but counters: no text, no session id, only closed-list labels', async () => {
    const admin = new Redis(redisUrl!)
    const keys = await admin.keys(`${INSIGHTS_PREFIX}${prefix}*`)
    expect(keys.length).toBeGreaterThan(0)
    let fields = 0
    for (const key of keys) {
      expect(key).toMatch(new RegExp(`^${INSIGHTS_PREFIX}${prefix}m:\\d{4}-\\d{2}$`))
      expect(await admin.type(key)).toBe('hash')
      expect(await admin.ttl(key)).toBeGreaterThan(0)
      for (const [field, value] of Object.entries(await admin.hgetall(key))) {
        fields++
        expect(value).toMatch(/^\d+$/)
        const cell = parseField(field, Number(value))
        expect(cell, field).not.toBeNull()
        expect(field).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/)
        expect(field).not.toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/)
      }
    }
    expect(fields).toBeGreaterThan(200)
    // Thresholds apply as documented to what was stored.
    expect(thresholdFor('nakahara', 'domestic_violence')).toBe(10)
    await admin.quit()
  })
})
