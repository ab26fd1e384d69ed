import { mkdir, stat, writeFile } from 'node:fs/promises'
import AxeBuilder from '@axe-core/playwright'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchBrowser, serveOnLoopback } from '../support/browser.ts'
import { startStack } from './stack.ts'

// The widget as a resident meets it: the demo page in real headless Chromium against the real stack.

const browser: Browser | null = await launchBrowser()
let stack: Awaited<ReturnType<typeof startStack>>
let city: Awaited<ReturnType<typeof serveOnLoopback>>

/**
 * A city page on another origin that embeds the widget under a strict CSP: no inline script or style,
 * scripts and API calls only from the widget's server. This is what docs/api.md tells a host to allow.
 */
const cityPage = () =>
  new Response(
    `<!doctype html><html lang="ja"><title>city</title><main><h1>市のページ</h1></main>
<script src="${stack.url}/widget.js" data-title="テスト相談" data-position="left" data-color="#004d26" data-lang="en"></script>`,
    {
      headers: {
        'content-type': 'text/html; charset=utf-8',
        'content-security-policy': `default-src 'none'; script-src ${stack.url}; connect-src ${stack.url}; style-src 'self'; img-src 'self'`,
      },
    },
  )

beforeAll(async () => {
  if (!browser) return
  city = await serveOnLoopback(() => cityPage())
  stack = await startStack({ env: { CHAT_ALLOWED_ORIGINS: city.url } })
})
afterAll(async () => {
  await browser?.close()
  await stack?.close()
  await city?.close()
})

const NEUTRAL = 'https://www.google.com/search'
const STATE_KEY = 'soudan-chat:v1'

const shadowActive = (page: Page) =>
  page.evaluate(() => {
    const root = document.getElementById('soudan-chat')?.shadowRoot
    const el = root?.activeElement as HTMLElement | null | undefined
    return el ? `${el.tagName.toLowerCase()}.${el.className}` : null
  })

/** Tabs from the top of the page until the chat button has focus, as a keyboard user would. */
const tabToLauncher = async (page: Page) => {
  for (let i = 0; i < 30; i++) {
    await page.keyboard.press('Tab')
    if ((await shadowActive(page)) === 'button.launcher') return
  }
  throw new Error('the chat button was not reachable with Tab')
}

const countBy = (xs: string[]) => {
  const out: Record<string, number> = {}
  for (const x of xs) out[x] = (out[x] ?? 0) + 1
  return out
}

const exists = (path: string) =>
  stat(path).then(
    () => true,
    () => false,
  )

const liveText = (page: Page) =>
  page
    .locator('#soudan-chat [aria-live]')
    .textContent()
    .then((t) => t ?? '')

describe.skipIf(!browser)('web widget in Chromium', () => {
  it('serves /widget.js with CORS and the demo page with the embed snippet', async () => {
    const js = await fetch(`${stack.url}/widget.js`, { headers: { 'accept-encoding': 'gzip' } })
    expect(js.headers.get('content-encoding')).toBe('gzip')
    expect(js.headers.get('access-control-allow-origin')).toBe('*')
    expect(js.headers.get('content-type')).toMatch(/^text\/javascript/)
    expect(await js.text()).not.toContain('__SOUDAN_SESSION_TTL__')
    const preflight = (origin: string) =>
      fetch(`${stack.url}/api/chat`, {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'POST' },
      })
    const pre = await preflight(city.url)
    expect(pre.status).toBeLessThan(300)
    expect(pre.headers.get('access-control-allow-origin')).toBe(city.url)
    // Only the origins in CHAT_ALLOWED_ORIGINS: any other site's page cannot call the API.
    expect((await preflight('https://evil.example')).headers.get('access-control-allow-origin')).toBeNull()
    const res = await fetch(`${stack.url}/`)
    expect(res.headers.get('content-security-policy')).toMatch(/script-src 'self'/)
    const page = await res.text()
    expect(page).toContain('川崎市')
    expect(page).not.toMatch(/<script>|<style>| style=|\son[a-z]+=/)
    expect(page).toContain('&lt;script src=&quot;https://（このサーバーのアドレス）/widget.js&quot;')
  })

  it('a keyboard user consults, gets an agency card with tel:, reloads, and quick-exits', async () => {
    const context = await browser!.newContext({ viewport: { width: 390, height: 844 }, locale: 'ja-JP' })
    const page = await context.newPage()
    const navigations: string[] = []
    await page.route(`${NEUTRAL}**`, (route) => {
      navigations.push(route.request().url())
      return route.fulfill({
        contentType: 'text/html',
        body: '<!doctype html><title>天気</title><p>天気</p>',
      })
    })
    await page.goto(`${stack.url}/`)

    await tabToLauncher(page)
    await page.keyboard.press('Enter')
    const panel = page.locator('#soudan-chat .panel')
    await expect.poll(() => panel.isVisible()).toBe(true)
    expect(await shadowActive(page)).toBe('textarea.')

    await page.keyboard.type('母の物忘れがひどくて心配です')
    await page.keyboard.press('Enter')
    await expect.poll(() => page.locator('#soudan-chat .user').count()).toBe(1)

    const ward = page.locator('#soudan-chat button.choice', { hasText: '中原区' })
    await ward.waitFor()
    // Only this turn's bot messages are in the live region, not the history.
    await expect.poll(() => liveText(page)).toContain('区')
    const wardQuestion = await liveText(page)
    // Back from the text box to the ward's button with Shift+Tab, as a keyboard user would.
    for (let i = 0; i < 20 && !(await ward.evaluate((el) => el.matches(':focus'))); i++) {
      await page.keyboard.press('Shift+Tab')
    }
    // Visible focus: the ring is drawn for keyboard focus.
    expect(
      await ward.evaluate((el) => el.matches(':focus-visible') && getComputedStyle(el).outlineWidth),
    ).toBe('3px')
    await page.keyboard.press('Enter')

    const call = page.locator('#soudan-chat .card a[href^="tel:"]').first()
    await call.waitFor()
    expect(await call.getAttribute('href')).toMatch(/^tel:[0-9#+*-]+$/)
    await expect.poll(() => liveText(page)).toContain('電話')
    expect(await liveText(page)).not.toContain(wardQuestion)

    const state = await page.evaluate((k) => JSON.parse(sessionStorage.getItem(k) ?? 'null'), STATE_KEY)
    expect(state.sessionId).toEqual(expect.any(String))
    expect(await stack.sessionExists(state.sessionId)).toBe(true)

    // WCAG 2.1 A/AA on the open widget with a card showing (axe reads the open shadow root).
    const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze()
    const byImpact = countBy(axe.violations.map((v) => v.impact ?? 'unknown'))
    await mkdir('test-results', { recursive: true })
    await writeFile(
      'test-results/axe-widget.json',
      JSON.stringify({ byImpact, violations: axe.violations, incomplete: axe.incomplete }, null, 2),
    )
    console.info(
      `axe: ${axe.passes.length} rules passed, violations by impact ${JSON.stringify(byImpact)}, needs review: ${axe.incomplete.map((i) => i.id).join(',') || 'none'}`,
    )
    expect(
      axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id),
    ).toEqual([])

    await page.screenshot({ path: 'test-results/widget-phone.png' })
    if (process.env.UPDATE_DOCS_SCREENSHOT === '1' || !(await exists('docs/widget.png'))) {
      await mkdir('docs', { recursive: true })
      await page.screenshot({ path: 'docs/widget.png' })
    }

    // A reload within the TTL shows the same conversation, card included; nothing is re-announced.
    await page.reload()
    await page.locator('#soudan-chat .card a[href^="tel:"]').first().waitFor()
    expect(await page.locator('#soudan-chat .user').count()).toBe(2)
    expect(await liveText(page)).toBe('')

    // The larger-text preference is remembered in localStorage; quick exit must clear that too.
    await page.locator('#soudan-chat header button.larger[aria-pressed]').click()
    expect(await page.evaluate(() => localStorage.length)).toBe(1)

    await page.locator('#soudan-chat button.exit').click()
    await expect.poll(() => navigations.length).toBe(1)
    expect(navigations[0]).toContain('www.google.com/search?q=')
    await expect.poll(() => stack.sessionExists(state.sessionId)).toBe(false)

    await page.goto(`${stack.url}/`)
    expect(await page.evaluate((k) => sessionStorage.getItem(k), STATE_KEY)).toBeNull()
    expect(await page.evaluate(() => localStorage.length)).toBe(0)
    expect(await page.locator('#soudan-chat .panel').isVisible()).toBe(false)
    await context.close()
  })

  it('survives 200% zoom and the larger-text switch without horizontal scrolling', async () => {
    // 1280×800 at 200% zoom is a 640×400 CSS viewport.
    const context = await browser!.newContext({ viewport: { width: 640, height: 400 }, locale: 'ja-JP' })
    const page = await context.newPage()
    await page.goto(`${stack.url}/`)
    await page.locator('#soudan-chat button.launcher').click()
    await page.locator('#soudan-chat textarea').fill('母の物忘れがひどくて心配です')
    await page.keyboard.press('Enter')
    await page.locator('#soudan-chat button.choice').first().waitFor()
    const large = page.locator('#soudan-chat header button.larger[aria-pressed]')
    const size = () =>
      page.locator('#soudan-chat .log').evaluate((el) => Number.parseFloat(getComputedStyle(el).fontSize))
    const before = await size()
    await large.click()
    expect(await large.getAttribute('aria-pressed')).toBe('true')
    expect(await size()).toBeGreaterThan(before * 1.2)
    const fits = await page.locator('#soudan-chat .panel').evaluate((panel) => {
      const r = panel.getBoundingClientRect()
      const log = panel.querySelector('.log')!
      return {
        inside: r.right <= innerWidth && r.bottom <= innerHeight,
        overflowX: log.scrollWidth > log.clientWidth,
      }
    })
    expect(fits).toEqual({ inside: true, overflowX: false })
    // Every control stays reachable: the send button is inside the viewport.
    const send = await page.locator('#soudan-chat form button').boundingBox()
    expect(send && send.y + send.height <= 400).toBe(true)
    // Esc closes the panel and gives focus back to the chat button.
    await page.locator('#soudan-chat textarea').focus()
    await page.keyboard.press('Escape')
    expect(await page.locator('#soudan-chat .panel').isVisible()).toBe(false)
    expect(
      await page.evaluate(() => document.getElementById('soudan-chat')?.shadowRoot?.activeElement?.className),
    ).toBe('launcher')
    await context.close()
  })

  it('draws what the resident typed as text, never as HTML', async () => {
    const context = await browser!.newContext()
    const page = await context.newPage()
    await page.goto(`${stack.url}/`)
    await page.locator('#soudan-chat button.launcher').click()
    await page.locator('#soudan-chat textarea').fill('<img src=x onerror="window.__xss=1">')
    await page.keyboard.press('Enter')
    const user = page.locator('#soudan-chat .user')
    await user.waitFor()
    expect(await user.textContent()).toContain('<img src=x')
    expect(await page.locator('#soudan-chat img').count()).toBe(0)
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined()
    await context.close()
  })

  it('works embedded in a page from another origin under a strict CSP, with its data- options', async () => {
    const context = await browser!.newContext()
    const page = await context.newPage()
    const violations: string[] = []
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) violations.push(m.text())
    })
    await page.goto(city.url)
    const launcher = page.locator('#soudan-chat button.launcher')
    expect(await launcher.textContent()).toBe('テスト相談')
    const box = await launcher.boundingBox()
    expect(box && box.x < 100).toBe(true)
    await launcher.click()
    expect(await page.locator('#soudan-chat .panel').getAttribute('lang')).toBe('en')
    await page.locator('#soudan-chat textarea').fill('母の物忘れがひどくて心配です')
    await page.keyboard.press('Enter')
    await page.locator('#soudan-chat button.choice').first().waitFor({ timeout: 10_000 })
    expect(await page.locator('#soudan-chat .err').count()).toBe(0)
    // Quick exit across origins: the DELETE (a CORS preflighted keepalive request) still lands.
    const { sessionId } = await page.evaluate((k) => JSON.parse(sessionStorage.getItem(k) ?? '{}'), STATE_KEY)
    expect(await stack.sessionExists(sessionId)).toBe(true)
    await page.route(`${NEUTRAL}**`, (route) => route.fulfill({ contentType: 'text/html', body: 'ok' }))
    await page.locator('#soudan-chat button.exit').click()
    await expect.poll(() => stack.sessionExists(sessionId)).toBe(false)
    expect(violations).toEqual([])
    await context.close()
  })

  it('keeps the typed text and the open choices when the network drops', async () => {
    const context = await browser!.newContext()
    const page = await context.newPage()
    await page.goto(`${stack.url}/`)
    await page.locator('#soudan-chat button.launcher').click()
    const choices = page.locator('#soudan-chat button.choice')
    await choices.first().waitFor()
    const offered = await choices.count()
    await page.route('**/api/chat', (route) => route.abort('internetdisconnected'))
    await page.locator('#soudan-chat textarea').fill('母の物忘れがひどくて心配です')
    await page.keyboard.press('Enter')
    await page.locator('#soudan-chat .err[role="alert"]').waitFor()
    expect(await page.locator('#soudan-chat textarea').inputValue()).toBe('母の物忘れがひどくて心配です')
    expect(await choices.count()).toBe(offered)
    expect(await page.locator('#soudan-chat .user').count()).toBe(0)
    await context.close()
  })
})
