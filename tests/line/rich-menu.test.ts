import { execFile } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { promisify } from 'node:util'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { RICH_MENU_HEIGHT, RICH_MENU_WIDTH, richMenu } from '../../src/channels/line/rich-menu.ts'
import { type FakeLineApi, startFakeLineApi } from '../support/fake-line-api.ts'
import { TOKEN } from './helpers.ts'

const run = promisify(execFile)
let fake: FakeLineApi
beforeAll(async () => {
  fake = await startFakeLineApi({ accessToken: TOKEN })
})
afterAll(() => fake.close())
beforeEach(() => fake.reset())

const script = (env: Record<string, string>) =>
  run('npm', ['run', '--silent', 'line:rich-menu'], {
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
    timeout: 30_000,
  })

describe('rich menu', () => {
  it('definition: six areas in two rows covering 2500×1686 exactly, postbacks with the words as displayText', () => {
    expect(richMenu.size).toEqual({ width: 2500, height: 1686 })
    expect(richMenu.chatBarText.length).toBeLessThanOrEqual(14)
    expect(richMenu.areas.map((a) => a.action.displayText)).toEqual([
      '相談する',
      '緊急のとき',
      '窓口を探す',
      'やさしい日本語',
      'Language',
      '最初から',
    ])
    expect(richMenu.areas.map((a) => a.action.data)).toEqual([
      'menu',
      'emergency',
      'find',
      'lang:ja-easy',
      'language',
      'restart',
    ])
    for (const a of richMenu.areas) expect(a.action.label.length).toBeLessThanOrEqual(20)
    // Every pixel belongs to exactly one area: the rows tile the width, and the two rows the height.
    const area = richMenu.areas.reduce((sum, a) => sum + a.bounds.width * a.bounds.height, 0)
    expect(area).toBe(RICH_MENU_WIDTH * RICH_MENU_HEIGHT)
    for (const y of [0, RICH_MENU_HEIGHT / 2]) {
      const row = richMenu.areas.filter((a) => a.bounds.y === y).sort((a, b) => a.bounds.x - b.bounds.x)
      expect(row[0]?.bounds.x).toBe(0)
      row.forEach((a, i) => {
        if (i > 0) expect(a.bounds.x).toBe(row[i - 1]!.bounds.x + row[i - 1]!.bounds.width)
      })
      expect(row.at(-1)!.bounds.x + row.at(-1)!.bounds.width).toBe(RICH_MENU_WIDTH)
    }
  })

  it('the committed image is a 2500×1686 PNG under 1 MB', () => {
    const png = readFileSync('src/channels/line/rich-menu.png')
    expect(png.subarray(1, 4).toString()).toBe('PNG')
    expect(png.readUInt32BE(16)).toBe(2500)
    expect(png.readUInt32BE(20)).toBe(1686)
    expect(png.length).toBeLessThan(1024 * 1024)
  })

  it('npm run line:rich-menu creates, uploads, sets default; a second run leaves one menu', async () => {
    const env = {
      LINE_CHANNEL_ACCESS_TOKEN: TOKEN,
      LINE_API_BASE_URL: fake.url,
      LINE_DATA_API_BASE_URL: fake.url,
    }
    const first = await script(env)
    expect(first.stdout).toMatch(/richmenu-fake1 is now the default/)
    const create = fake.callsTo('/v2/bot/richmenu')
    expect(create).toHaveLength(1)
    expect(create[0]!.body).toEqual(richMenu)
    const upload = fake.callsTo('/v2/bot/richmenu/richmenu-fake1/content')
    expect(upload).toHaveLength(1)
    expect(upload[0]!.headers['content-type']).toBe('image/png')
    expect(upload[0]!.bytes).toBe(readFileSync('src/channels/line/rich-menu.png').length)
    expect(fake.callsTo('/v2/bot/user/all/richmenu/richmenu-fake1')).toHaveLength(1)
    for (const c of fake.calls) expect(c.headers.authorization).toBe(`Bearer ${TOKEN}`)

    const second = await script(env)
    expect(second.stdout).toMatch(/richmenu-fake2 is now the default; deleted 1/)
    expect(fake.calls.filter((c) => c.method === 'DELETE').map((c) => c.path)).toEqual([
      '/v2/bot/richmenu/richmenu-fake1',
    ])
  })

  it('fails clearly without a token, and on an API error', async () => {
    await expect(script({ LINE_API_BASE_URL: fake.url })).rejects.toMatchObject({
      stderr: expect.stringMatching(/set LINE_CHANNEL_ACCESS_TOKEN/),
    })
    await expect(
      script({
        LINE_CHANNEL_ACCESS_TOKEN: 'wrong',
        LINE_API_BASE_URL: fake.url,
        LINE_DATA_API_BASE_URL: fake.url,
      }),
    ).rejects.toMatchObject({ stderr: expect.stringMatching(/HTTP 401/) })
  })
})
