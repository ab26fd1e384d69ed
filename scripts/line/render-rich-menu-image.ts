// Renders src/channels/line/rich-menu.html to src/channels/line/rich-menu.png (2500×1686) with the
// system's headless Chromium. Run once after editing the template; the PNG is committed.
//   npx tsx scripts/line/render-rich-menu-image.ts
import { readFile, writeFile } from 'node:fs/promises'
import { chromium } from 'playwright-core'
import { RICH_MENU_HEIGHT, RICH_MENU_WIDTH } from '../../src/channels/line/rich-menu.ts'

const TEMPLATE = 'src/channels/line/rich-menu.html'
const OUT = 'src/channels/line/rich-menu.png'

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
    '--disable-sync',
  ],
})
try {
  const page = await browser.newPage({ viewport: { width: RICH_MENU_WIDTH, height: RICH_MENU_HEIGHT } })
  // Nothing in the template loads from the network; block it anyway.
  await page.route('**/*', (route) =>
    route.request().url().startsWith('data:') ? route.continue() : route.abort(),
  )
  await page.setContent(await readFile(TEMPLATE, 'utf8'), { waitUntil: 'load' })
  await page.evaluate(() => document.fonts.ready)
  const png = await page.screenshot({
    type: 'png',
    clip: { x: 0, y: 0, width: RICH_MENU_WIDTH, height: RICH_MENU_HEIGHT },
  })
  await writeFile(OUT, png)
  console.log(`wrote ${OUT} (${png.length} bytes)`)
} finally {
  await browser.close()
}
