import type { Context } from 'hono'
import { Hono } from 'hono'
import { deleteCookie, getCookie, setCookie } from 'hono/cookie'
import { csrf } from 'hono/csrf'
import { HTTPException } from 'hono/http-exception'
import { z } from 'zod'
import { type AuditAction, auditActions } from '../core/console-store.ts'
import { AppError } from '../core/errors.ts'
import type { InsightsStore } from '../core/insights.ts'
import { ACCESS_HEADER, type AccessOptions, accessIdentity } from './access.ts'
import { listAgencies } from './agency-edit.ts'
import type { Checks } from './check.ts'
import { checkRoutes } from './check-routes.tsx'
import type { Actor, AuditFilter, StaffConsole } from './console.ts'
import { auditCsv } from './csv.ts'
import { editorRoutes } from './editor-routes.tsx'
import { ForbiddenActionError, NotSignedInError } from './errors.ts'
import { insightsRoutes } from './insights-routes.tsx'
import { AuditPage } from './pages/audit.tsx'
import { insightsCss } from './pages/insights.tsx'
import { reportCss } from './pages/insights-report.tsx'
import { consoleCss } from './pages/layout.tsx'
import { MessagePage, SignInPage } from './pages/sign-in.tsx'
import { VersionPage, VersionsPage } from './pages/versions.tsx'
import { type SimulatorOptions, simulatorRoutes } from './simulator-routes.tsx'
import { zipRoutes } from './zip-routes.tsx'

// /admin: server-rendered pages (hono/jsx, no client script) and a small JSON API over one
// StaffConsole. Every route but the sign-in ones needs a session cookie; without one an API route
// answers 401 JSON and a page answers 401 with the sign-in form, never data. Hono's csrf middleware
// refuses form posts from another origin; the cookie is SameSite=Strict as well.

export const SESSION_COOKIE = 'soudan_admin'

export interface AdminRoutesOptions {
  console: StaffConsole
  /** How long the cookie lives; match the console's sessionSeconds (default 8 h). */
  sessionSeconds?: number
  /** The console's public origin when a proxy terminates TLS (csrf compares the Origin header with it). */
  origin?: string
  /** Told about unexpected errors (for the log); the response never shows them. */
  onFault?: (err: Error) => void
  /** The service's counters: /admin/insights reads them (the same store the conversation core adds to). */
  insights?: InsightsStore
  now?: () => Date
  /** 「チェック」 (src/admin/check.ts); without it no draft can pass a check, so none can be approved. */
  checks?: Checks
  /** The simulator (src/admin/simulator-routes.tsx) needs the service's NLU. */
  simulator?: SimulatorOptions
  /** Trust a verified Cloudflare Access JWT as the account of its email (src/admin/access.ts). */
  access?: AccessOptions | null
}

type Env = { Variables: { actor: Actor } }

const isApi = (c: Context) => c.req.path.startsWith('/admin/api/')

const signInSchema = z.object({ user: z.string().min(1).max(64), password: z.string().min(1).max(256) })
const idSchema = z.coerce.number().int().positive()

const auditFilterOf = (c: Context): AuditFilter => {
  const q = c.req.query()
  const action = auditActions.includes(q.action as AuditAction) ? (q.action as AuditAction) : undefined
  const date = (v: string | undefined) => (v && /^\d{4}-\d{2}-\d{2}$/.test(v) ? v : undefined)
  return { actor: q.actor || undefined, action, from: date(q.from), to: date(q.to) }
}

export const adminRoutes = (options: AdminRoutesOptions) => {
  const staff = options.console
  const maxAge = options.sessionSeconds ?? 8 * 3600
  const app = new Hono<Env>()

  app.use('*', csrf(options.origin ? { origin: options.origin } : undefined))

  const startSession = async (c: Context, user: string, password: string) => {
    const { session } = await staff.signIn(user, password)
    setCookie(c, SESSION_COOKIE, session.id, {
      httpOnly: true,
      secure: true,
      sameSite: 'Strict',
      path: '/admin',
      maxAge,
    })
  }

  app.post('/api/session', async (c) => {
    const body = signInSchema.safeParse(await c.req.json().catch(() => null))
    if (!body.success)
      return c.json({ error: 'invalid_request', message: 'user と password を送ってください' }, 400)
    await startSession(c, body.data.user, body.data.password)
    return c.json({ ok: true })
  })
  // Every style is in a sheet of its own: the console's CSP (style-src 'self') refuses inline style.
  const stylesheets = {
    '/console.css': consoleCss,
    '/insights.css': insightsCss,
    '/insights-report.css': reportCss,
  }
  for (const [path, css] of Object.entries(stylesheets))
    app.get(path, (c) =>
      c.body(css, 200, {
        'content-type': 'text/css; charset=utf-8',
        'cache-control': 'public, max-age=3600',
      }),
    )
  app.get('/login', (c) => c.html(<SignInPage />))
  app.post('/login', async (c) => {
    const form = await c.req.parseBody()
    const name = typeof form.user === 'string' ? form.user : ''
    const password = typeof form.password === 'string' ? form.password : ''
    try {
      await startSession(c, name, password)
    } catch (err) {
      if (err instanceof AppError && err.status < 500)
        return c.html(<SignInPage error={err.message} name={name} />, err.status as 401 | 429)
      throw err
    }
    return c.redirect('/admin', 303)
  })

  // Everything below needs a signed-in staff member.
  app.use('*', async (c, next) => {
    const actor =
      (await staff.actorFor(getCookie(c, SESSION_COOKIE))) ??
      (options.access
        ? await staff.actorForIdentity(await accessIdentity(c.req.header(ACCESS_HEADER), options.access))
        : null)
    if (!actor) {
      if (isApi(c)) throw new NotSignedInError('サインインしてください')
      return c.html(<SignInPage />, 401)
    }
    c.set('actor', actor)
    await next()
  })

  // A viewer (ward staff) reads the insights and nothing else: every other page or action is refused
  // here, before any handler, as well as by the console's own role checks.
  app.use('*', async (c, next) => {
    const actor = c.get('actor')
    const path = c.req.path.replace(/^\/admin/, '') || '/'
    if (actor.role !== 'viewer' || path.startsWith('/insights') || path === '/logout') return next()
    if (path === '/' && c.req.method === 'GET') return c.redirect('/admin/insights', 303)
    if (path === '/api/session' && c.req.method === 'DELETE') return next()
    throw new ForbiddenActionError('閲覧者は「相談の傾向」を見ることだけができます', { role: actor.role })
  })

  if (options.insights)
    app.route(
      '/insights',
      insightsRoutes({ store: options.insights, ...(options.now ? { now: options.now } : {}) }),
    )

  app.post('/logout', async (c) => {
    const id = getCookie(c, SESSION_COOKIE)
    if (id) await staff.signOut(id, c.get('actor'))
    deleteCookie(c, SESSION_COOKIE, { path: '/admin', secure: true })
    return c.redirect('/admin/login', 303)
  })
  app.delete('/api/session', async (c) => {
    const id = getCookie(c, SESSION_COOKIE)
    if (id) await staff.signOut(id, c.get('actor'))
    deleteCookie(c, SESSION_COOKIE, { path: '/admin', secure: true })
    return c.json({ ok: true })
  })

  if (options.checks) app.route('/', checkRoutes(options.checks, staff))
  if (options.simulator) app.route('/', simulatorRoutes(options.simulator, staff))

  app.get('/api/versions', async (c) =>
    c.json({
      versions: (await staff.versions()).map((v) => ({
        id: v.id,
        status: v.status,
        author: v.author,
        approvedBy: v.approvedBy,
        publishedAt: v.publishedAt,
        message: v.message,
      })),
    }),
  )
  app.get('/api/versions/:id/diff', async (c) =>
    c.json({ diff: await staff.diff(idSchema.parse(c.req.param('id'))) }),
  )
  app.get('/api/audit', async (c) => c.json({ entries: await staff.audit(auditFilterOf(c)) }))

  app.get('/', async (c) =>
    c.html(
      <VersionsPage actor={c.get('actor')} versions={await staff.versions()} done={c.req.query('done')} />,
    ),
  )
  app.post('/versions', async (c) => {
    const form = await c.req.parseBody()
    const id = await staff.createDraft(c.get('actor'), typeof form.message === 'string' ? form.message : '')
    return c.redirect(`/admin/versions/${id}?done=created`, 303)
  })
  app.get('/versions/:id', async (c) => {
    const id = idSchema.parse(c.req.param('id'))
    const version = await staff.version(id)
    return c.html(
      <VersionPage
        actor={c.get('actor')}
        version={version}
        diff={await staff.diff(id)}
        agencies={version.status === 'draft' ? listAgencies(version.files) : []}
        done={c.req.query('done')}
      />,
    )
  })

  const action = (name: 'approve' | 'publish' | 'rollback' | 'discard', done: string) =>
    app.post(`/versions/:id/${name}`, async (c) => {
      const id = idSchema.parse(c.req.param('id'))
      await staff[name](c.get('actor'), id)
      return c.redirect(`/admin/versions/${id}?done=${done}`, 303)
    })
  action('approve', 'approved')
  action('publish', 'published')
  action('rollback', 'rolledback')
  action('discard', 'discarded')

  app.route('/', editorRoutes(staff))
  app.route('/', zipRoutes(staff))

  app.get('/audit', async (c) => {
    const filter = auditFilterOf(c)
    const url = new URL(c.req.url)
    return c.html(
      <AuditPage
        actor={c.get('actor')}
        entries={await staff.audit(filter)}
        filter={filter}
        query={url.search}
      />,
    )
  })
  app.get('/audit.csv', async (c) => {
    c.header('content-disposition', 'attachment; filename="audit.csv"')
    return c.body(auditCsv(await staff.audit(auditFilterOf(c))), 200, {
      'content-type': 'text/csv; charset=utf-8',
    })
  })

  // One place maps a refusal to a response: JSON for the API, a Japanese page for a form. Anything
  // else is a fault: the log gets its name, staff get a plain sentence, never a stack trace.
  app.onError((err, c) => {
    if (err instanceof HTTPException && err.status === 403) {
      // hono/csrf: a form posted from another site's page.
      const message = '別のサイトから送られた操作は受け付けません。管理画面を開き直してから操作してください'
      return isApi(c)
        ? c.json({ error: 'csrf', message }, 403)
        : c.html(<MessagePage title="操作できませんでした" message={message} />, 403)
    }
    const known = err instanceof AppError && err.status < 500
    const invalid = err instanceof z.ZodError
    const status = (known ? err.status : invalid ? 400 : 500) as 400 | 401 | 403 | 404 | 409 | 429 | 500
    const message = known
      ? err.message
      : invalid
        ? '入力の形式が正しくありません。画面を読み込み直してください'
        : '管理画面で問題が起きました。少し待ってからもう一度試し、続くときは担当の開発者に連絡してください'
    if (!known && !invalid) options.onFault?.(err)
    const code = known ? err.code : invalid ? 'invalid_request' : 'internal'
    if (isApi(c)) return c.json({ error: code, message }, status)
    return c.html(<MessagePage title="操作できませんでした" message={message} />, status)
  })
  // A plain Hono outside, so the service can mount it without knowing the console's context variables.
  return new Hono().route('/', app)
}
