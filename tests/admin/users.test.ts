import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { PASSWORD, startConsole } from './harness.ts'

// User management in the console: only an admin; add, change role, disable, reset a password; every
// change audited; an admin cannot remove their own admin role, and refusals are shown on the page.

describe('user management', () => {
  let s: Awaited<ReturnType<typeof startConsole>>
  beforeAll(async () => {
    s = await startConsole()
  })
  afterAll(async () => {
    await s.close()
  })
  const cookieOf = async (user: string, password = PASSWORD) => {
    const res = await s.app.request('/admin/api/session', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ user, password }),
    })
    return res.status === 200 ? res.headers.get('set-cookie')!.split(';')[0]! : null
  }
  const post = (cookie: string, path: string, body: Record<string, string> = {}) =>
    s.app.request(path, {
      method: 'POST',
      headers: { cookie, origin: 'http://localhost', 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(body).toString(),
    })

  it('is for admins only', async () => {
    const editor = (await cookieOf('sato'))!
    const page = await s.app.request('/admin/users', { headers: { cookie: editor } })
    expect(page.status).toBe(403)
    expect(await page.text()).toContain('編集者はユーザーを管理できません')
    expect(
      (await post(editor, '/admin/users', { name: 'x1', role: 'admin', password: PASSWORD })).status,
    ).toBe(403)
    expect(await s.store.getUser('x1')).toBeNull()
  })

  it('adds a user, changes the role, disables and enables, resets the password; all audited', async () => {
    const admin = (await cookieOf('kimura'))!
    const page = await (await s.app.request('/admin/users', { headers: { cookie: admin } })).text()
    expect(page).toContain('sato')
    expect(page).not.toContain('pbkdf2')
    expect(
      (await post(admin, '/admin/users', { name: 'suzuki', role: 'editor', password: PASSWORD })).status,
    ).toBe(303)
    expect((await post(admin, '/admin/users/suzuki/role', { role: 'approver' })).status).toBe(303)
    expect((await s.store.getUser('suzuki'))?.role).toBe('approver')
    const suzuki = (await cookieOf('suzuki'))!
    expect((await post(admin, '/admin/users/suzuki/disable')).status).toBe(303)
    // Disabled takes effect at once: the open session no longer works, and signing in is refused.
    expect((await s.app.request('/admin/api/versions', { headers: { cookie: suzuki } })).status).toBe(401)
    expect(await cookieOf('suzuki')).toBeNull()
    expect((await post(admin, '/admin/users/suzuki/enable')).status).toBe(303)
    const fresh = 'a new password for suzuki'
    expect((await post(admin, '/admin/users/suzuki/password', { password: fresh })).status).toBe(303)
    expect(await cookieOf('suzuki', PASSWORD)).toBeNull()
    expect(await cookieOf('suzuki', fresh)).not.toBeNull()
    const log = (await s.staff.audit({ actor: 'kimura' })).filter((e) => e.action.startsWith('user_'))
    expect(log.map((e) => `${e.action} ${e.target} ${e.detail}`)).toEqual([
      'user_add suzuki editor',
      'user_change suzuki 役割 editor → approver',
      'user_change suzuki 無効にしました',
      'user_change suzuki 有効にしました',
      'user_change suzuki パスワードを再設定',
    ])
  })

  it('shows a refusal on the page: a weak password, a taken name, an admin removing their own role', async () => {
    const admin = (await cookieOf('kimura'))!
    const weak = await post(admin, '/admin/users', { name: 'ito', role: 'editor', password: 'short' })
    expect(weak.status).toBe(409)
    expect(await weak.text()).toContain('12文字')
    const taken = await post(admin, '/admin/users', { name: 'sato', role: 'editor', password: PASSWORD })
    expect(await taken.text()).toContain('sato はすでに登録されています')
    const self = await post(admin, '/admin/users/kimura/role', { role: 'editor' })
    expect(self.status).toBe(409)
    expect(await self.text()).toContain('自分自身の管理者の役割は外せません')
    expect((await s.store.getUser('kimura'))?.role).toBe('admin')
  })
})
