// npm run line:rich-menu — create the rich menu (src/channels/line/rich-menu.ts), upload
// src/channels/line/rich-menu.png, make it the default for every user, delete older copies.
// Needs LINE_CHANNEL_ACCESS_TOKEN; LINE_API_BASE_URL and LINE_DATA_API_BASE_URL point elsewhere
// for tests (a fake on loopback).
import { readFile } from 'node:fs/promises'
import { publishRichMenu } from '../../src/channels/line/rich-menu-publish.ts'
import { configSchema } from '../../src/core/config.ts'

const IMAGE = process.env.RICH_MENU_IMAGE ?? 'src/channels/line/rich-menu.png'

const parsed = configSchema.safeParse(process.env)
if (!parsed.success) {
  console.error(
    `rich menu: invalid environment: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
  )
  process.exit(2)
}
const config = parsed.data
if (!config.LINE_CHANNEL_ACCESS_TOKEN) {
  console.error('rich menu: set LINE_CHANNEL_ACCESS_TOKEN (Messaging API channel → Channel access token).')
  process.exit(2)
}
try {
  const result = await publishRichMenu({
    channelAccessToken: config.LINE_CHANNEL_ACCESS_TOKEN,
    apiBaseURL: config.LINE_API_BASE_URL,
    dataApiBaseURL: config.LINE_DATA_API_BASE_URL ?? 'https://api-data.line.me',
    image: new Uint8Array(await readFile(IMAGE)),
  })
  console.log(
    `rich menu: ${result.richMenuId} is now the default` +
      (result.deleted.length ? `; deleted ${result.deleted.length} older copy/copies` : ''),
  )
} catch (err) {
  const e = err as { status?: number; body?: string; message?: string }
  console.error(
    `rich menu: failed${e.status ? ` (HTTP ${e.status})` : ''}: ${e.body ?? e.message ?? String(err)}`,
  )
  process.exit(1)
}
