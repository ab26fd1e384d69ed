import { strToU8, zipSync } from 'fflate'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { adminRoutes } from '../../src/admin/routes.tsx'
import { createApp } from '../../src/http/app.ts'
import { createMemoryStore } from '../../src/sessions/memory-store.ts'
import { testDeps } from '../http/fakes.ts'
import { PASSWORD, startConsole } from './harness.ts'

// The .zip upload through the service's own app, as deployed: its body limit in front of every route
// (16 KB unless a route is listed) must let a real export (about 0.1 MB) reach the console.

let s: Awaited<ReturnType<typeof startConsole>>
beforeAll(async () => {
  s = await startConsole()
})
afterAll(async () => {
  await s.close()
})

it('imports a full export through the service app (its body limit lets a .zip reach /admin)', async () => {
  const app = createApp({
    ...testDeps(createMemoryStore()),
    adminRoutes: adminRoutes({ console: s.staff, checks: s.checks }),
  })
  const signIn = await app.request('/admin/api/session', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ user: 'kimura', password: PASSWORD }),
  })
  const cookie = signIn.headers.get('set-cookie')!.split(';')[0]!
  const v1 = (await s.staff.version(1)).files
  const zip = zipSync(Object.fromEntries(v1.map((f) => [f.path, strToU8(f.text)])))
  expect(zip.length).toBeGreaterThan(64 * 1024)
  const form = new FormData()
  form.set('zip', new File([zip as Uint8Array<ArrayBuffer>], 'v1.zip', { type: 'application/zip' }))
  const body = new Request('http://localhost/', { method: 'POST', body: form })
  const res = await app.request('/admin/versions/import', {
    method: 'POST',
    headers: {
      cookie,
      origin: 'http://localhost',
      'content-type': body.headers.get('content-type')!,
    },
    body: await body.arrayBuffer(),
  })
  expect(res.status).toBe(303)
  expect(res.headers.get('location')).toMatch(/^\/admin\/versions\/\d+\?done=imported$/)
})
