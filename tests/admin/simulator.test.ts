import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createNlu } from '../../src/nlu/create-nlu.ts'
import { bundledModels } from '../../src/runtime/node/bundled-models.ts'
import { nodeDictionaryLoader } from '../../src/runtime/node/dictionary-loader.ts'
import { PASSWORD, startConsole } from './harness.ts'

// The simulator chats with a draft through the real NLU and flow engine: the draft's own phone number
// (not yet live) is what it offers, each turn shows its reading, a choice button answers a question,
// and nothing reaches the audit log or any store: the conversation lives in the form.

const ORIGIN = 'http://localhost'
const AGENCY = 'kids-support-nakahara'
type Stack = Awaited<ReturnType<typeof startConsole>>

const unescapeHtml = (s: string) =>
  s
    .replaceAll('&quot;', '"')
    .replaceAll('&#39;', "'")
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&amp;', '&')
const hidden = (html: string, name: string) =>
  unescapeHtml(new RegExp(`name="${name}" value="([^"]*)"`).exec(html)?.[1] ?? '')

describe('simulator', () => {
  let s: Stack
  let cookie: string
  let id: number
  beforeAll(async () => {
    s = await startConsole({
      nlu: await createNlu({ loader: nodeDictionaryLoader(), models: bundledModels }),
    })
    const res = await s.app.request('/admin/api/session', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ user: 'sato', password: PASSWORD }),
    })
    cookie = res.headers.get('set-cookie')!.split(';')[0]!
    const editor = { name: 'sato', role: 'editor' as const }
    id = await s.staff.createDraft(editor, 'シミュレーターの確認')
    const fields = {
      phone: '044-789-0000',
      hours: '',
      sourceUrl: 'https://www.city.kawasaki.jp/',
      asOf: '2026-12-01',
    }
    expect(await s.staff.editAgency(editor, id, AGENCY, fields, 0)).toEqual([])
  }, 60_000)
  afterAll(async () => {
    await s?.close()
  })

  const post = (body: Record<string, string>) =>
    s.app.request(`/admin/versions/${id}/simulator`, {
      method: 'POST',
      headers: { cookie, origin: ORIGIN, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(body).toString(),
    })

  it('answers with the draft, shows the reading of each turn, and stores nothing', async () => {
    const auditBefore = (await s.staff.audit()).length
    const page = await s.app.request(`/admin/versions/${id}/simulator`, { headers: { cookie } })
    expect(page.status).toBe(200)
    expect(await page.text()).toContain('記録も保存もされません')

    const first = await post({ text: '中原区 子育て', at: 'weekday' })
    expect(first.status).toBe(200)
    const html = await first.text()
    expect(html).toContain('href="tel:0447890000"') // the draft's number, tappable
    expect(html).toContain('044-789-0000')
    expect(html).toMatch(/<dt>相談の種類<\/dt><dd>child_rearing<\/dd>/)
    expect(html).toMatch(/child_rearing（\d+%）/)
    expect(html).toContain('ward=nakahara')
    expect(html).toContain(AGENCY)
    const state = JSON.parse(hidden(html, 'state'))
    expect(state).toMatchObject({ v: 1, slots: { ward: 'nakahara' } })
    expect(JSON.parse(hidden(html, 'log'))).toHaveLength(1)

    // The next turn carries the conversation on; a forged state is dropped, never trusted.
    const second = await post({
      text: 'ありがとう',
      state: hidden(html, 'state'),
      log: hidden(html, 'log'),
      at: 'weekday',
    })
    const log = JSON.parse(hidden(await second.text(), 'log'))
    expect(log.map((t: { you: string }) => t.you)).toEqual(['中原区 子育て', 'ありがとう'])
    const forged = await post({
      text: 'こんにちは',
      state: '{"v":1,"node":"nope","evil":true}',
      log: '[{"you":1}]',
    })
    expect(forged.status).toBe(200)
    expect(JSON.parse(hidden(await forged.text(), 'log'))).toHaveLength(1)

    expect((await s.staff.audit()).length).toBe(auditBefore)
  }, 60_000)

  it('offers a question’s choices as buttons and takes the tapped one', async () => {
    const html = await (await post({ text: '認知症のことで相談したい', at: 'weekday' })).text()
    const choice = /<button type="submit" name="choice" value="([^"]+)"/.exec(html)
    expect(choice).not.toBeNull()
    const next = await (
      await post({
        choice: unescapeHtml(choice![1]!),
        state: hidden(html, 'state'),
        log: hidden(html, 'log'),
      })
    ).text()
    const log = JSON.parse(hidden(next, 'log'))
    expect(log[1].you).toBe(`［${unescapeHtml(choice![1]!)}］`)
    expect(log[1].trace.slots.length).toBeGreaterThan(0)
  }, 60_000)
})
