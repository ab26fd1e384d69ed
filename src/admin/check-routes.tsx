import { Hono } from 'hono'
import { z } from 'zod'
import type { Checks } from './check.ts'
import type { Actor, StaffConsole } from './console.ts'
import { CheckPage } from './pages/check.tsx'

// 「チェック」 pages and API, mounted by routes.tsx behind its sign-in (so `actor` is set) and its
// error mapping. While a check runs, the page asks the browser to reload itself (Refresh header).

const idSchema = z.coerce.number().int().positive()
const REFRESH_SECONDS = 3

export const checkRoutes = (checks: Checks, staff: StaffConsole) => {
  const app = new Hono<{ Variables: { actor: Actor } }>()

  app.get('/versions/:id/check', async (c) => {
    const id = idSchema.parse(c.req.param('id'))
    const version = await staff.version(id)
    const state = await checks.state(id)
    if (state.check?.status === 'running') c.header('refresh', String(REFRESH_SECONDS))
    return c.html(
      <CheckPage actor={c.get('actor')} versionId={id} isDraft={version.status === 'draft'} state={state} />,
    )
  })
  app.post('/versions/:id/check', async (c) => {
    const id = idSchema.parse(c.req.param('id'))
    await checks.start(c.get('actor'), id)
    return c.redirect(`/admin/versions/${id}/check`, 303)
  })

  app.get('/api/versions/:id/check', async (c) =>
    c.json(await checks.state(idSchema.parse(c.req.param('id')))),
  )
  app.post('/api/versions/:id/check', async (c) => {
    const id = idSchema.parse(c.req.param('id'))
    await checks.start(c.get('actor'), id)
    return c.json(await checks.state(id), 202)
  })
  return app
}
