import AxeBuilder from '@axe-core/playwright'
import type { BrowserContext, Page } from 'playwright-core'
import { PASSWORD } from './harness.ts'

// What the console's Chromium tests share: signing in through the form, axe (WCAG 2.1 A/AA), and the
// CSP violations Chromium reports.

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

/**
 * Every CSP violation on any page of `context`, as `path: directive blocked at source:line`. The
 * console's CSP refuses inline style and script, and the browser drops them silently: the page still
 * renders, only not as written, so a test sees it only here. Each page reports its
 * `securitypolicyviolation` events through a binding, which survives navigations. Pass `violations` to
 * gather several contexts in one list.
 */
export const watchCsp = async (context: BrowserContext, violations: string[] = []) => {
  await context.exposeBinding('reportCspViolation', ({ page }, text: string) => {
    violations.push(`${new URL(page.url()).pathname}: ${text}`)
  })
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const report = (globalThis as unknown as { reportCspViolation: (text: string) => void })
        .reportCspViolation
      report(`${e.effectiveDirective} blocked ${e.blockedURI} at ${e.sourceFile}:${e.lineNumber}`)
    })
  })
  return violations
}
