import { mkdir, writeFile } from 'node:fs/promises'
import AxeBuilder from '@axe-core/playwright'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchBrowser } from '../support/browser.ts'
import { startStack } from './stack.ts'

// The widget as a resident meets it at 21:00 on a weekday, on a 390×844 phone, also at 200% zoom
// (a 195×422 CSS viewport) with 文字を大きく on: the whole transcript stays, the header stays small,
// focus stays in the panel, numbers never break, and axe finds nothing at any impact.

const NOW = new Date('2026-11-25T12:00:00Z') // Wed 21:00 JST
const browser: Browser | null = await launchBrowser()
let stack: Awaited<ReturnType<typeof startStack>>

beforeAll(async () => {
  if (browser) stack = await startStack({ now: () => NOW })
})
afterAll(async () => {
  await browser?.close()
  await stack?.close()
})

const PHONE = { width: 390, height: 844 }
const PHONE_200 = { width: 195, height: 422 }

const w = (page: Page, css: string) => page.locator(`#soudan-chat ${css}`)

/** Opens the widget and consults about dementia in 中原区, tapping the ward button. */
const consult = async (page: Page, large = false) => {
  await page.goto(`${stack.url}/`)
  await w(page, 'button.launcher').click()
  if (large) await w(page, 'header button.larger[aria-pressed]').click()
  await w(page, 'textarea').fill('母の物忘れがひどくて心配です')
  await page.keyboard.press('Enter')
  await w(page, 'button.choice').filter({ hasText: '中原区' }).click()
  await w(page, '.card').first().waitFor()
}

const activeInShadow = (page: Page) =>
  page.evaluate(() => {
    const root = document.getElementById('soudan-chat')?.shadowRoot
    const el = root?.activeElement
    const panel = root?.querySelector('.panel')
    return { inPanel: !!(el && panel?.contains(el)), tag: el?.tagName.toLowerCase() ?? null }
  })

const newPage = async (viewport: { width: number; height: number }) => {
  const context = await browser!.newContext({ viewport, locale: 'ja-JP' })
  return { context, page: await context.newPage() }
}

describe.skipIf(!browser)('the widget for residents, at 21:00', () => {
  it('keeps the whole transcript: the question stays and the chosen answer follows it, also after a reload', async () => {
    const { context, page } = await newPage(PHONE)
    await consult(page)
    const items = await w(page, '.log > li').evaluateAll((lis) =>
      lis.map((li) => `${li.className}|${li.textContent?.replace(/\s+/g, '')}`),
    )
    const question = items.findIndex((i) => i.startsWith('msg bot choices|') && i.includes('区'))
    expect(question).toBeGreaterThan(0)
    expect(items[question + 1]).toMatch(/^msg user\|.*中原区$/)
    // Answered: the question keeps its words but loses its buttons.
    expect(await w(page, '.log > li.choices').first().locator('button').count()).toBe(0)
    await page.reload()
    await w(page, '.card').first().waitFor()
    expect(await w(page, '.log > li.choices').count()).toBeGreaterThanOrEqual(1)
    expect(await w(page, '.log > li.user').allTextContents()).toEqual([
      'あなた: 母の物忘れがひどくて心配です',
      'あなた: 中原区',
    ])
    await context.close()
  })

  it('at night the answer carries a line open now, and the ward office is neither open nor closed', async () => {
    const { context, page } = await newPage(PHONE)
    await consult(page)
    const first = w(page, '.card').first()
    expect(await first.textContent()).toContain('044-744-3113')
    expect(await first.locator('.badge.open, .badge.closed').count()).toBe(0)
    expect(await w(page, '.card .badge.open').count()).toBeGreaterThan(0)
    // One card per number.
    const numbers = await w(page, '.card .call .num').allTextContents()
    expect(new Set(numbers).size).toBe(numbers.length)
    await context.close()
  })

  it('at 200% zoom with larger text: a compact header, room to read, numbers never broken', async () => {
    const { context, page } = await newPage(PHONE_200)
    await consult(page, true)
    const m = await w(page, '.panel').evaluate((panel) => {
      const height = (sel: string) => panel.querySelector(sel)!.getBoundingClientRect().height
      const log = panel.querySelector('.log')!
      const nums = [...panel.querySelectorAll('.num')].map((n) => ({
        text: n.textContent,
        lines: new Set([...n.getClientRects()].map((r) => Math.round(r.top))).size,
        right: n.getBoundingClientRect().right,
      }))
      return {
        panel: panel.getBoundingClientRect().height,
        header: height('header'),
        log: height('.log'),
        overflowX: log.scrollWidth > log.clientWidth,
        nums,
        width: innerWidth,
        fontSize: Number.parseFloat(getComputedStyle(log).fontSize),
      }
    })
    console.info(
      `200% zoom + larger text: panel ${Math.round(m.panel)} px, header ${Math.round(m.header)} px, conversation ${Math.round(m.log)} px`,
    )
    expect(m.fontSize).toBeGreaterThan(20)
    // Was 259 of 422 px; the conversation area was 31 px.
    expect(m.header).toBeLessThanOrEqual(m.panel * 0.25)
    expect(m.log).toBeGreaterThanOrEqual(m.panel * 0.45)
    expect(m.overflowX).toBe(false)
    expect(m.nums.length).toBeGreaterThan(1)
    for (const n of m.nums) {
      expect(n.lines, n.text ?? '').toBe(1)
      expect(n.right, n.text ?? '').toBeLessThanOrEqual(m.width)
    }
    await context.close()
  })

  it('keeps focus inside the open panel (dialog pattern) and Escape closes it', async () => {
    const { context, page } = await newPage(PHONE)
    await consult(page)
    expect(await w(page, '.panel').getAttribute('role')).toBe('dialog')
    expect(await w(page, '.panel').getAttribute('aria-modal')).toBe('true')
    const seen = new Set<string>()
    for (const key of ['Tab', 'Shift+Tab'])
      for (let i = 0; i < 30; i++) {
        await page.keyboard.press(key)
        const a = await activeInShadow(page)
        expect(a.inPanel, `${key} #${i + 1}`).toBe(true)
        seen.add(a.tag ?? '')
      }
    expect([...seen].sort()).toEqual(expect.arrayContaining(['a', 'button', 'textarea']))
    await page.keyboard.press('Escape')
    expect(await w(page, '.panel').isVisible()).toBe(false)
    expect(
      await page.evaluate(() => document.getElementById('soudan-chat')?.shadowRoot?.activeElement?.className),
    ).toBe('launcher')
    await context.close()
  })

  it('a keyboard user reaches the ward buttons in one Shift+Tab, and lands on the next question after answering', {
    timeout: 60_000,
  }, async () => {
    const { context, page } = await newPage(PHONE)
    await page.goto(`${stack.url}/`)
    await w(page, 'button.launcher').click()
    await w(page, 'textarea').fill('子育てがつらいです')
    await page.keyboard.press('Enter')
    await w(page, 'button.choice').first().waitFor()
    await page.keyboard.press('Shift+Tab')
    expect(
      await page.evaluate(() => document.getElementById('soudan-chat')?.shadowRoot?.activeElement?.className),
    ).toBe('choice')
    // Walk back to 高津区 and answer with Enter.
    const ward = w(page, 'button.choice').filter({ hasText: '高津区' })
    const focused = () =>
      ward.evaluate(
        (el) =>
          el.getRootNode() instanceof ShadowRoot && (el.getRootNode() as ShadowRoot).activeElement === el,
      )
    for (let i = 0; i < 12 && !(await focused()); i++) await page.keyboard.press('Shift+Tab')
    expect(await focused()).toBe(true)
    await page.keyboard.press('Enter')
    await w(page, '.card').first().waitFor({ timeout: 20_000 })
    expect((await activeInShadow(page)).inPanel).toBe(true)
    await context.close()
  })

  it('never loses a question typed while the greeting is still on its way', async () => {
    const { context, page } = await newPage(PHONE)
    let first = true
    await page.route('**/api/chat', async (route) => {
      // Hold the opening turn back, so the resident's question is sent while it is in flight.
      if (first) {
        first = false
        await new Promise((r) => setTimeout(r, 800))
      }
      await route.continue()
    })
    await page.goto(`${stack.url}/`)
    await w(page, 'button.launcher').click()
    await w(page, 'textarea').fill('家賃が払えない')
    await page.keyboard.press('Enter')
    await w(page, 'button.choice').filter({ hasText: '幸区' }).waitFor()
    expect(await w(page, '.log > li.user').allTextContents()).toEqual(['あなた: 家賃が払えない'])
    // The greeting comes first, then the question and the bot's answer to it.
    const order = await w(page, '.log > li').evaluateAll((lis) => lis.map((li) => li.className))
    expect(order.indexOf('msg user')).toBeGreaterThan(order.indexOf('msg bot text'))
    expect(await w(page, 'textarea').inputValue()).toBe('')
    await context.close()
  })

  it('axe: 0 violations at every impact level, at 200% zoom with larger text and a whole transcript', async () => {
    const { context, page } = await newPage(PHONE_200)
    await consult(page, true)
    // The whole page (the demo page the city copies, and the widget's open shadow root), every rule.
    const axe = await new AxeBuilder({ page }).analyze()
    await mkdir('test-results', { recursive: true })
    await writeFile(
      'test-results/axe-widget-200.json',
      JSON.stringify({ violations: axe.violations, incomplete: axe.incomplete }, null, 2),
    )
    console.info(
      `axe at 200% + larger text: ${axe.passes.length} rules passed, ${axe.violations.length} violations, needs review: ${axe.incomplete.map((i) => i.id).join(',') || 'none'}`,
    )
    expect(axe.violations.map((v) => `${v.impact} ${v.id}: ${v.nodes.length}`)).toEqual([])
    await context.close()
  })

  it('docs/widget.png: a whole transcript on a 390×844 phone', async () => {
    const { context, page } = await newPage(PHONE)
    await consult(page)
    // The top of the conversation: the greeting, the question, the answer, then the first card.
    await w(page, '.log').evaluate((log) => {
      log.scrollTop = 0
    })
    await page.screenshot({ path: 'test-results/widget-transcript.png' })
    if (process.env.UPDATE_DOCS_SCREENSHOT === '1') await page.screenshot({ path: 'docs/widget.png' })
    expect(await w(page, '.log > li.user').count()).toBe(2)
    await context.close()
  })
})
