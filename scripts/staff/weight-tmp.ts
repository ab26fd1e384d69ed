import { startConsole, PASSWORD } from '../../tests/admin/harness.ts'
const s = await startConsole()
const res = await s.app.request('/admin/api/session', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ user: 'sato', password: PASSWORD }) })
const cookie = res.headers.get('set-cookie')!.split(';')[0]!
const id = await s.staff.createDraft({ name: 'sato', role: 'editor' }, 'x')
const t0 = performance.now()
await s.staff.editAgency({ name: 'sato', role: 'editor' }, id, 'kawasaki-ward-nakahara-mimamori', { phone: '044-744-0000', hours: '', sourceUrl: 'https://a.jp/', asOf: '2026-12-01' }, 0)
console.log('save with check ms', Math.round(performance.now() - t0))
for (const p of ['/admin/login', '/admin', `/admin/versions/${id}`, '/admin/versions/1', `/admin/versions/${id}/agencies/kawasaki-ward-nakahara-mimamori`, '/admin/audit']) {
  const r = await s.app.request(p, { headers: { cookie } })
  const b = new Uint8Array(await r.arrayBuffer())
  const { gzipSync } = await import('node:zlib')
  console.log(p, r.status, b.length, 'gzip', gzipSync(b).length)
}
await s.close()
