import type { Browser, Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { launchBrowser } from '../support/browser.ts'
import { axeViolations, signInAs } from './browser-harness.ts'
import { consoleInBrowser } from './harness.ts'

// The console as staff use it, in real Chromium on a 1366×768 office screen: an editor signs in and
// changes an agency's phone and hours, cannot approve their own draft, an approver approves and
// publishes, and the audit log shows every step. axe (WCAG 2.1 A/AA) runs on every page on the way.

const browser: Browser | null = await launchBrowser()
const live = consoleInBrowser(browser)
const AGENCY = 'kawasaki-ward-nakahara-mimamori'
const axeFindings: Record<string, string[]> = {}
let bytes = 0

const checkAxe = async (page: Page, name: string) => {
  axeFindings[name] = await axeViolations(page)
}

const signIn = (page: Page, user: string) => signInAs(page, `${live.server.url}/admin`, user)

const newPage = async () => {
  const context = await browser!.newContext({ viewport: { width: 1366, height: 768 }, locale: 'ja-JP' })
  const page = await context.newPage()
  page.on('response', async (r) => {
    bytes += (await r.body().catch(() => Buffer.alloc(0))).length
  })
  return { context, page }
}

describe.skipIf(!browser)('the staff console in Chromium', () => {
  it('editor edits, cannot approve; approver approves and publishes; the audit log shows each step', async () => {
    const editor = await newPage()
    let page = editor.page
    await page.goto(`${live.server.url}/admin/versions/1`)
    expect(await page.getByRole('heading', { name: 'サインイン' }).isVisible()).toBe(true)
    await checkAxe(page, 'sign-in')
    await signIn(page, 'sato')
    await checkAxe(page, 'versions')
    await page.getByLabel('変更の説明').fill('中原区の電話番号と受付時間を更新')
    await page.getByRole('button', { name: '公開中の版から下書きを作る' }).click()
    await page.getByText('下書きを作成しました。').waitFor()
    const versionUrl = page.url().replace(/\?.*$/, '')
    await page.locator(`a[href$="/agencies/${AGENCY}"]`).click()

    // A number in the wrong shape: the project's own message, in Japanese, next to the field.
    await page.getByLabel('電話番号').fill('044 744 0000')
    await page.getByLabel('出典URL').fill('https://www.city.kawasaki.jp/nakahara/')
    await page.getByLabel('確認日').fill('2026-12-01')
    await page.getByRole('button', { name: '下書きに保存' }).click()
    const alert = page.getByRole('alert')
    await alert.waitFor()
    expect(await alert.textContent()).toContain(
      `data/kawasaki/agencies.yaml › agencies[2] (${AGENCY}).phone:`,
    )
    expect(await page.locator('#phone').getAttribute('aria-invalid')).toBe('true')
    expect(await page.locator('p.error').first().textContent()).toContain('ハイフン付き')
    await checkAxe(page, 'agency-form-with-errors')

    await page.getByLabel('電話番号').fill('044-744-0000')
    await page.getByLabel('受付時間（住民に表示）').fill('平日 8:30〜17:00')
    await page.getByRole('button', { name: '下書きに保存' }).click()
    await page.getByText('保存しました。').waitFor()
    const diffRow = page.getByRole('row').filter({ hasText: `agencies (${AGENCY}).phone` })
    expect(await diffRow.textContent()).toContain('044-744-0000')
    await checkAxe(page, 'version-draft')

    // 「チェック」 (here the schema and graph checks only: see lintOnlyChecker) before anyone approves.
    await page.getByRole('link', { name: 'チェック' }).click()
    await page.getByRole('button', { name: 'チェック' }).click()
    await page.getByText('合格しました。').waitFor()
    await checkAxe(page, 'check')
    await page.goto(versionUrl)

    // The editor cannot approve (the role; an approver who wrote a draft is refused as its author).
    await page.getByRole('button', { name: '承認する' }).click()
    expect(await page.getByRole('alert').textContent()).toContain('編集者は承認できません')
    await editor.context.close()

    const approver = await newPage()
    page = approver.page
    await signIn(page, 'tanaka')
    await page.goto(versionUrl)
    await page.getByRole('button', { name: '承認する' }).click()
    await page.getByText('承認しました。').waitFor()
    await page.getByRole('button', { name: '公開する' }).click()
    await page.getByText('公開しました。').waitFor()
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain('公開中')

    await page.getByRole('link', { name: '操作の記録' }).click()
    await checkAxe(page, 'audit')
    const rows = await page
      .locator('tbody tr')
      .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '')))
    const steps = rows.reverse().map((r) => `${r[1]} ${r[2]}`)
    expect(steps).toEqual([
      'cli ユーザー追加',
      'cli ユーザー追加',
      'cli ユーザー追加',
      'sato サインイン',
      'sato 編集',
      'sato 編集',
      'sato チェック',
      'sato チェック',
      'tanaka サインイン',
      'tanaka 承認',
      'tanaka 公開',
    ])
    expect(rows.find((r) => r[2] === '編集' && r[3]?.includes(AGENCY))?.[4]).toContain('044-744-0000')
    // Usable at 1366×768: no horizontal scroll on the widest page.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1366)
    await approver.context.close()

    console.log(
      `[console] axe: ${JSON.stringify(axeFindings)}; bytes transferred over the whole run: ${bytes}`,
    )
    expect(Object.values(axeFindings).flat()).toEqual([])
    // Each save runs every check of `flows -- check` (a few seconds on two busy cores) and axe runs on five pages.
  }, 120_000)
})
