import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { PASSWORD, startConsole } from './harness.ts'

const ORIGIN = 'http://localhost'
type Stack = Awaited<ReturnType<typeof startConsole>>

describe('console routes', () => {
  let s: Stack
  beforeAll(async () => {
    s = await startConsole()
  })
  afterAll(async () => {
    await s.close()
  })

  const signIn = async (user: string, password = PASSWORD) =>
    s.app.request('/admin/api/session', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ user, password }),
    })
  const cookieOf = async (user: string) => {
    const res = await signIn(user)
    expect(res.status).toBe(200)
    return res.headers.get('set-cookie')!.split(';')[0]!
  }
  const form = (path: string, cookie: string, body: Record<string, string> = {}, origin = ORIGIN) =>
    s.app.request(path, {
      method: 'POST',
      headers: { cookie, origin, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(body).toString(),
    })

  it('answers every /admin route without a session with 401: JSON for the API, the sign-in page for HTML', async () => {
    for (const path of [
      '/admin/api/versions',
      '/admin/api/audit',
      '/admin/api/versions/1/diff',
      '/admin/api/versions/1/check',
    ]) {
      const res = await s.app.request(path)
      expect(res.status, path).toBe(401)
      expect(await res.json()).toMatchObject({ error: 'not_signed_in' })
    }
    for (const path of [
      '/admin',
      '/admin/versions/1',
      '/admin/versions/1/check',
      '/admin/versions/1/simulator',
      '/admin/audit',
      '/admin/audit.csv',
      '/admin/nothing',
    ]) {
      const res = await s.app.request(path, { headers: { cookie: 'soudan_admin=forged' } })
      expect(res.status, path).toBe(401)
      const html = await res.text()
      expect(html).toContain('サインイン')
      expect(html).not.toContain('リポジトリの YAML')
    }
  })

  it('sets an HttpOnly, Secure, SameSite=Strict cookie that expires, and lists versions with it', async () => {
    const res = await signIn('sato')
    const cookie = res.headers.get('set-cookie')!
    expect(cookie).toMatch(/HttpOnly/)
    expect(cookie).toMatch(/Secure/)
    expect(cookie).toMatch(/SameSite=Strict/)
    expect(cookie).toMatch(/Max-Age=28800/)
    const list = await s.app.request('/admin/api/versions', { headers: { cookie: cookie.split(';')[0]! } })
    expect(await list.json()).toEqual({
      versions: [
        {
          id: 1,
          status: 'live',
          author: 'system',
          approvedBy: null,
          publishedAt: expect.any(String),
          message: 'リポジトリの YAML（初版）',
        },
      ],
    })
  })

  it('refuses a wrong password with one message for unknown names too, and locks a name after 5 failures', async () => {
    const unknown = await signIn('nobody', 'x')
    const wrong = await signIn('kimura', 'wrong password!!')
    expect(unknown.status).toBe(401)
    expect(wrong.status).toBe(401)
    expect((await unknown.json()).message).toBe((await wrong.json()).message)
    for (let i = 0; i < 4; i++) await signIn('kimura', 'wrong password!!')
    const locked = await signIn('kimura')
    expect(locked.status).toBe(429)
    expect((await locked.json()).message).toContain('サインインできません')
    const log = await s.staff.audit({ actor: 'kimura', action: 'sign_in_failed' })
    expect(log.map((e) => e.detail)).toEqual([...Array(5).fill('password'), 'locked'])
  })

  it('refuses a form post from another origin (csrf) and changes nothing', async () => {
    const cookie = await cookieOf('sato')
    const before = (await s.store.listVersions()).length
    const res = await form('/admin/versions', cookie, { message: 'x' }, 'https://evil.example')
    expect(res.status).toBe(403)
    expect((await s.store.listVersions()).length).toBe(before)
  })

  it('runs draft → edit → approve by another → publish → rollback, each step in the audit log', async () => {
    const editor = await cookieOf('sato')
    const approver = await cookieOf('tanaka')
    const created = await form('/admin/versions', editor, { message: '中原区の番号を変更' })
    expect(created.status).toBe(303)
    const id = Number(created.headers.get('location')!.match(/versions\/(\d+)/)![1])
    const agencyPath = `/admin/versions/${id}/agencies/kawasaki-ward-nakahara-mimamori`
    const page = await s.app.request(agencyPath, { headers: { cookie: editor } })
    expect(page.status).toBe(200)

    // The project's own phone rule, shown as file › path: message, and nothing saved.
    const bad = await form(agencyPath, editor, {
      phone: '0447443113',
      hours: '',
      sourceUrl: '',
      asOf: '',
      revision: '0',
    })
    expect(bad.status).toBe(422)
    const badHtml = await bad.text()
    expect(badHtml).toContain('出典URL')
    const bad2 = await form(agencyPath, editor, {
      phone: '0447443113',
      hours: '',
      sourceUrl: 'https://www.city.kawasaki.jp/x.html',
      asOf: '2026-12-01',
      revision: '0',
    })
    expect(bad2.status).toBe(422)
    expect(await bad2.text()).toMatch(
      /data\/kawasaki\/agencies\.yaml › agencies\[\d+\] \(kawasaki-ward-nakahara-mimamori\)\.phone: 電話番号は 044-744-3113 のようにハイフン付き/,
    )
    expect((await s.staff.version(id)).revision).toBe(0)

    const ok = await form(agencyPath, editor, {
      phone: '044-744-0000',
      hours: '平日 8:30〜17:00',
      sourceUrl: 'https://www.city.kawasaki.jp/x.html',
      asOf: '2026-12-01',
      revision: '0',
    })
    expect(ok.status).toBe(303)
    const diff = await (
      await s.app.request(`/admin/api/versions/${id}/diff`, { headers: { cookie: editor } })
    ).json()
    expect(diff.diff[0].changes).toContainEqual({
      path: 'agencies (kawasaki-ward-nakahara-mimamori).phone',
      before: expect.stringMatching(/^044-/),
      after: '044-744-0000',
    })

    // A stale form (revision 0) cannot overwrite the saved draft.
    const stale = await form(agencyPath, editor, {
      phone: '044-744-1111',
      hours: '',
      sourceUrl: 'https://a.jp/',
      asOf: '2026-12-01',
      revision: '0',
    })
    expect(stale.status).toBe(409)

    const self = await form(`/admin/versions/${id}/approve`, editor)
    expect(self.status).toBe(403)
    const early = await form(`/admin/versions/${id}/publish`, approver)
    expect(early.status).toBe(409)
    // Not before a passing 「チェック」 of the draft as it is now.
    const unchecked = await form(`/admin/versions/${id}/approve`, approver)
    expect(unchecked.status).toBe(409)
    expect(await unchecked.text()).toContain('「チェック」が済んでいません')
    expect((await form(`/admin/versions/${id}/check`, editor)).status).toBe(303)
    await s.checks.settled()
    const checkPage = await s.app.request(`/admin/versions/${id}/check`, { headers: { cookie: editor } })
    expect(await checkPage.text()).toContain('合格しました')
    expect((await form(`/admin/versions/${id}/approve`, approver)).status).toBe(303)
    expect((await form(`/admin/versions/${id}/publish`, editor)).status).toBe(403)
    expect((await form(`/admin/versions/${id}/publish`, approver)).status).toBe(303)
    expect(await s.store.liveVersion()).toBe(id)
    expect((await form('/admin/versions/1/rollback', approver)).status).toBe(303)
    expect(await s.store.liveVersion()).toBe(1)

    const versions = (
      await (await s.app.request('/admin/api/versions', { headers: { cookie: editor } })).json()
    ).versions
    expect(versions.find((v: { id: number }) => v.id === id)).toMatchObject({
      status: 'archived',
      approvedBy: 'tanaka',
    })
    const steps = (await s.staff.audit()).filter(
      (e) => e.target.startsWith(`v${id}`) || e.action === 'rollback',
    )
    expect(steps.map((e) => [e.actor, e.action])).toEqual([
      ['sato', 'edit'],
      ['sato', 'edit'],
      ['sato', 'check'],
      ['sato', 'check'],
      ['tanaka', 'approve'],
      ['tanaka', 'publish'],
      ['tanaka', 'rollback'],
    ])
    expect(steps[1]!.detail).toContain('→ 044-744-0000')

    const csv = await s.app.request('/admin/audit.csv?action=publish', { headers: { cookie: editor } })
    expect(csv.headers.get('content-type')).toContain('text/csv')
    const bytes = new Uint8Array(await csv.arrayBuffer())
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]) // BOM: Excel reads the Japanese as UTF-8
    const lines = new TextDecoder().decode(bytes).trim().split('\r\n')
    expect(lines[0]).toBe('番号,日時,操作者,操作,対象,内容')
    expect(lines.slice(1).map((l) => l.split(',')[2])).toEqual(['tanaka'])
  })

  it('signs out: the old cookie no longer works', async () => {
    const cookie = await cookieOf('tanaka')
    expect((await form('/admin/logout', cookie)).status).toBe(303)
    expect((await s.app.request('/admin/api/versions', { headers: { cookie } })).status).toBe(401)
  })
})
