import { readdir, readFile } from 'node:fs/promises'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { baseEvent, textEvent } from '../line/helpers.ts'
import { startLineStack } from '../line/stack.ts'
import { launchBrowser } from '../support/browser.ts'
import { startStack } from '../web/stack.ts'

// The resident-facing notice (issue 15): one line on what is counted, linking to /privacy, in LINE's
// first message for a new friend and in the web widget, in every language the widget speaks.

describe('the privacy notice', () => {
  let line: Awaited<ReturnType<typeof startLineStack>>
  beforeAll(async () => {
    line = await startLineStack({ env: { PUBLIC_BASE_URL: 'https://soudan.example.lg.jp' } })
  })
  afterAll(async () => {
    await line?.close()
  })

  it("LINE: a new friend's first reply carries the line and the link, before the menu", async () => {
    const user = `U${crypto.randomUUID().replaceAll('-', '')}`
    const greeting = await line.say(user, baseEvent({ type: 'follow', follow: { isUnblocked: false } }))
    const texts = greeting.map((m) => ('text' in m ? m.text : ''))
    const notice = texts.findIndex((t) => t.includes('書いた内容は残さず、相談の件数だけを数えています。'))
    expect(notice).toBeGreaterThan(-1)
    expect(texts[notice]).toContain('https://soudan.example.lg.jp/privacy')
    expect(greeting.at(-1)!.quickReply!.items.length).toBeGreaterThan(1)
    // Only the first message: a later turn has no notice.
    const next = await line.say(user, textEvent('父の介護のことで'))
    expect(next.some((m) => 'text' in m && m.text.includes('相談の件数だけ'))).toBe(false)
  })

  it('/privacy says what is counted, what is never kept, the threshold, retention and who sees it', async () => {
    const res = await fetch(`${line.url}/privacy`)
    expect(res.status).toBe(200)
    const html = await res.text()
    for (const words of ['数えていること', '残さないこと', '5未満', '25か月', '市の担当職員'])
      expect(html).toContain(words)
  })

  it('every locale file has the notice and the feedback question (Japanese: flows/main.yaml)', async () => {
    const files = (await readdir('flows/locales')).filter((f) => f.endsWith('.yaml'))
    expect(files.length).toBe(11)
    for (const f of files) {
      const doc = parse(await readFile(`flows/locales/${f}`, 'utf8'))
      expect(doc.ui.widget.privacy, f).toMatch(/\S/)
      if (f === 'ja.yaml') continue
      const fb = doc.handlers.feedback
      for (const k of ['question', 'yes', 'no', 'thanks'])
        expect(fb[k], `${f} handlers.feedback.${k}`).toMatch(/\S/)
      expect(fb.yes.length).toBeLessThanOrEqual(20)
    }
    const main = parse(await readFile('flows/main.yaml', 'utf8'))
    expect(main.handlers.feedback.question).toBe('このご案内は、お役に立ちましたか？')
  })
})

const browser: Browser | null = await launchBrowser()
describe.skipIf(!browser)('the widget shows the notice with a link to /privacy', () => {
  afterAll(async () => {
    await browser?.close()
  })
  it('in Japanese in the widget; the other languages get the line with their words', async () => {
    const stack = await startStack()
    const page = await browser!.newPage()
    try {
      await page.goto(`${stack.url}/`)
      await page.locator('#soudan-chat button.launcher').click()
      const link = page.locator('#soudan-chat li.intro a')
      await link.waitFor()
      expect(await link.textContent()).toBe('書いた内容は残さず、相談の件数だけを数えています。')
      expect(await link.getAttribute('href')).toBe(`${stack.url}/privacy`)
      expect(await link.getAttribute('target')).toBe('_blank')
      const en = await (await fetch(`${stack.url}/widget/locale/en.json`)).json()
      expect(en.strings.privacy).toContain('we only count how many people ask')
    } finally {
      await page.close()
      await stack.close()
    }
  }, 180_000)
})
