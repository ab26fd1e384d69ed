import AxeBuilder from '@axe-core/playwright'
import type { Page } from 'playwright-core'
import { PASSWORD } from './harness.ts'

// What the console's Chromium tests share: signing in through the form, and axe (WCAG 2.1 A/AA).

/** Signs `user` in on the sign-in form at `url` (any /admin page without a session shows it). */
export const signInAs = async (page: Page, url: string, user: string) => {
  await page.goto(url)
  await page.getByLabel('ユーザー名').fill(user)
  await page.getByLabel('パスワード').fill(PASSWORD)
  await page.getByRole('button', { name: 'サインイン' }).click()
  await page.getByRole('heading', { name: '版の一覧' }).waitFor()
}

/** axe's WCAG 2.1 A/AA violations on the page, one `id (impact): nodes` line each. */
export const axeViolations = async (page: Page) => {
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()
  return axe.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.length}`)
}
