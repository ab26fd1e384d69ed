import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { CounterCell } from '../../src/core/insights.ts'
import { tokyoTime } from '../../src/directory/hours.ts'
import { createMemoryInsightsStore } from '../../src/insights/store/memory-store.ts'
import { PASSWORD, startConsole } from '../admin/harness.ts'

// /admin/insights behind the console's sign-in: approvers, admins and the new read-only viewer see it;
// an editor does not; a viewer can change nothing anywhere in the console.

const ORIGIN = 'http://localhost'
type Stack = Awaited<ReturnType<typeof startConsole>>

describe('insights in the staff console', () => {
  let s: Stack
  const insights = createMemoryInsightsStore()
  const month = tokyoTime(new Date()).date.slice(0, 7)
  beforeAll(async () => {
    s = await startConsole({ insights })
    await s.staff.addUser('cli', 'yamada', 'viewer', PASSWORD)
    const cells: CounterCell[] = []
    for (let i = 0; i < 12; i++)
      cells.push({ table: 'ward_concern', day: `${month}-01`, a: 'nakahara', b: 'dementia' })
    for (let i = 0; i < 3; i++)
      cells.push({ table: 'ward_concern', day: `${month}-01`, a: 'nakahara', b: 'housing' })
    for (let i = 0; i < 6; i++)
      cells.push({ table: 'unmet', day: `${month}-01`, a: 'nakahara', b: 'dementia' })
    await insights.add(cells)
  })
  afterAll(async () => {
    await s.close()
  })

  const cookieOf = async (user: string) => {
    const res = await s.app.request('/admin/api/session', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ user, password: PASSWORD }),
    })
    expect(res.status).toBe(200)
    return res.headers.get('set-cookie')!.split(';')[0]!
  }
  const get = (path: string, cookie: string) => s.app.request(path, { headers: { cookie } })
  const post = (path: string, cookie: string, body: Record<string, string> = {}) =>
    s.app.request(path, {
      method: 'POST',
      headers: { cookie, origin: ORIGIN, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(body).toString(),
    })

  it('a viewer sees the dashboard, with 「5未満」 for a small cell, and is sent there from /admin', async () => {
    const viewer = await cookieOf('yamada')
    const home = await get('/admin', viewer)
    expect(home.status).toBe(303)
    expect(home.headers.get('location')).toBe('/admin/insights')
    const page = await get('/admin/insights?ward=nakahara', viewer)
    expect(page.status).toBe(200)
    const html = await page.text()
    expect(html).toContain('区 × 相談内容のヒートマップ')
    expect(html).toContain('窓口の空白: 中原区')
    expect(html).toContain('5未満')
    expect(html).toContain('閲覧者')
    expect(html).not.toContain('版の一覧')
  })

  it('a viewer can edit, approve, publish, roll back, read versions or the audit log nowhere', async () => {
    const viewer = await cookieOf('yamada')
    const refused = [
      await post('/admin/versions', viewer, { message: 'x' }),
      await post('/admin/versions/1/approve', viewer),
      await post('/admin/versions/1/publish', viewer),
      await post('/admin/versions/1/rollback', viewer),
      await post('/admin/versions/1/discard', viewer),
      await post('/admin/versions/1/agencies/x', viewer, { revision: '0' }),
      await get('/admin/versions/1', viewer),
      await get('/admin/audit', viewer),
      await get('/admin/audit.csv', viewer),
      await get('/admin/api/versions', viewer),
    ]
    for (const r of refused) expect(r.status).toBe(403)
    expect(await refused[0]!.text()).toContain('閲覧者は「相談の傾向」を見ることだけができます')
    expect((await s.staff.versions()).length).toBe(1)
    // The console's own guard refuses too, whatever route calls it.
    await expect(s.staff.createDraft({ name: 'yamada', role: 'viewer' }, 'x')).rejects.toThrow('閲覧者は')
    await expect(s.staff.approve({ name: 'yamada', role: 'viewer' }, 1)).rejects.toThrow('閲覧者は')
    await expect(s.staff.publish({ name: 'yamada', role: 'viewer' }, 1)).rejects.toThrow('閲覧者は')
  })

  it('approvers and admins see it; an editor does not', async () => {
    expect((await get('/admin/insights', await cookieOf('tanaka'))).status).toBe(200)
    expect((await get('/admin/insights', await cookieOf('kimura'))).status).toBe(200)
    const editor = await get('/admin/insights', await cookieOf('sato'))
    expect(editor.status).toBe(403)
    expect(await editor.text()).toContain('編集者は相談の傾向を閲覧できません')
  })

  it('exports CSV and JSON with suppression, and the A4 monthly report', async () => {
    const viewer = await cookieOf('yamada')
    const csv = await get(`/admin/insights/export.csv?ward=nakahara&from=${month}&to=${month}`, viewer)
    expect(csv.headers.get('content-type')).toContain('text/csv')
    const text = await csv.text()
    expect(text).toContain(`区 × 相談内容,区,中原区,相談内容,物忘れ・認知症,${month}〜${month},12`)
    expect(text).toContain(`区 × 相談内容,区,中原区,相談内容,住まい,${month}〜${month},5未満`)
    expect(text).not.toContain('川崎区')
    const json = await (await get(`/admin/insights/export.json?ward=nakahara&from=${month}`, viewer)).json()
    expect(json.ward).toBe('nakahara')
    const report = await get(`/admin/insights/report?ward=nakahara&month=${month}`, viewer)
    const html = await report.text()
    // Its A4 print CSS is a sheet of its own: the console's CSP refuses inline style.
    expect(html).toContain('<link rel="stylesheet" href="/admin/insights-report.css"/>')
    expect(html).not.toMatch(/<style|\sstyle=/)
    const sheet = await get('/admin/insights-report.css', viewer)
    expect(sheet.headers.get('content-type')).toContain('text/css')
    expect(await sheet.text()).toContain('size:A4')
    expect(html).toContain('中原区　相談ルーターに寄せられた相談の傾向')
    const bad = await get('/admin/insights/report?ward=yokohama', viewer)
    expect(bad.status).toBe(400)
  })
})
