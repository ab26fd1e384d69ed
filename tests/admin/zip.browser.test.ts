import { readFile } from 'node:fs/promises'
import { strToU8, zipSync } from 'fflate'
import type { Browser } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { launchBrowser } from '../support/browser.ts'
import { axeViolations, signInAs, watchCsp } from './browser-harness.ts'
import { consoleInBrowser } from './harness.ts'

// The .zip in real Chromium as staff use it: click a version's download link, upload that file with
// the form, land on the new draft; a broken .zip shows the entry and the fix above the form. No CSP
// violation (the form has no script or inline style) and no axe finding on the way.

const browser: Browser | null = await launchBrowser()
const live = consoleInBrowser(browser)

describe.skipIf(!browser)('the console .zip in Chromium', () => {
  it('downloads v1, uploads it as a draft, and shows a refused zip’s problems', async () => {
    const context = await browser!.newContext({ viewport: { width: 1366, height: 768 }, locale: 'ja-JP' })
    const csp = await watchCsp(context)
    const page = await context.newPage()
    await signInAs(page, `${live.server.url}/admin`, 'kimura')

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'soudan-router-v1.zip' }).click(),
    ])
    expect(download.suggestedFilename()).toBe('soudan-router-v1.zip')
    const path = await download.path()

    await page.getByLabel('zip ファイル').setInputFiles(path)
    await page.getByLabel('取り込みの説明').fill('ダウンロードした zip をそのまま取り込み')
    await page.getByRole('button', { name: 'zip を取り込んで下書きを作る' }).click()
    await page.getByText('zip を取り込んで下書きを作りました。').waitFor()
    const id = Number(/versions\/(\d+)/.exec(page.url())![1])
    const v1 = await live.stack.staff.version(1)
    const draft = await live.stack.staff.version(id)
    expect(draft.status).toBe('draft')
    const byPath = (fs: { path: string; text: string }[]) =>
      Object.fromEntries(fs.map((f) => [f.path, f.text]))
    expect(byPath(draft.files)).toEqual(byPath(v1.files))
    expect((await readFile(path)).subarray(0, 2).toString()).toBe('PK')

    await page.goto(`${live.server.url}/admin`)
    const bad = zipSync({
      ...Object.fromEntries(v1.files.map((f) => [f.path, strToU8(f.text)])),
      '../x.yaml': strToU8('a: 1'),
    })
    await page.getByLabel('zip ファイル').setInputFiles({
      name: 'bad.zip',
      mimeType: 'application/zip',
      buffer: Buffer.from(bad),
    })
    await page.getByRole('button', { name: 'zip を取り込んで下書きを作る' }).click()
    const alert = page.getByRole('alert')
    await alert.waitFor()
    expect(await alert.textContent()).toContain('../x.yaml › パス: 「..」を含むパスは取り込めません')
    expect(await axeViolations(page)).toEqual([])
    expect((await live.stack.store.listVersions()).length).toBe(id)
    expect(csp).toEqual([])
    await context.close()
  })
})
