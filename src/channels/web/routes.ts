import { Hono, type MiddlewareHandler } from 'hono'
import { compress } from 'hono/compress'
import { cors } from 'hono/cors'
import type { AppDeps } from '../../http/app.ts'
import { widgetLocaleLang, widgetStrings } from '../../locale/widget-strings.ts'
import { demoPage } from './demo-page.ts'
import { widgetScript } from './widget-bundle.ts'

// The web channel's static side: /widget.js, the demo page at /, and CORS for the chat API so the
// widget works on the city's own domain. The API itself (/api/chat) lives in src/http.

const TTL_TOKEN = '__SOUDAN_SESSION_TTL__'

// No cookies or credentials cross origins (the session id travels in the body), so any origin may
// call the chat API; that is what lets any city page embed the widget.
const chatCors = cors({
  origin: '*',
  allowMethods: ['POST', 'DELETE', 'OPTIONS'],
  allowHeaders: ['Content-Type'],
  maxAge: 600,
})

// Phones on slow links get ~6 KB instead of ~14 KB. workerd compresses responses itself, and a body
// compressed here as well would reach the browser as gzip inside gzip, so Workers skip this.
const onWorkers = typeof navigator !== 'undefined' && navigator.userAgent === 'Cloudflare-Workers'
const gzip: MiddlewareHandler = onWorkers ? (_c, next) => next() : compress()

export const webRoutes = (deps: AppDeps) => {
  const app = new Hono()
  // The widget keeps the transcript exactly as long as the server keeps the session.
  const script = widgetScript.replace(TTL_TOKEN, String(deps.config.SESSION_TTL_SECONDS))

  app.use('/api/chat', chatCors)
  app.use('/api/chat/*', chatCors)

  app.get('/widget.js', gzip, (c) => {
    c.header('Access-Control-Allow-Origin', '*')
    c.header('Content-Type', 'text/javascript; charset=utf-8')
    c.header('Cache-Control', 'public, max-age=300')
    c.header('X-Content-Type-Options', 'nosniff')
    return c.body(script)
  })

  // The widget's own words in the resident's language, fetched when the conversation switches to it.
  app.get('/widget/locale/:file', (c) => {
    const lang = widgetLocaleLang(c.req.param('file'))
    if (!lang || !deps.locales) return c.json({ error: 'not_found' }, 404)
    c.header('Access-Control-Allow-Origin', '*')
    c.header('Cache-Control', 'public, max-age=300')
    return c.json({ lang, strings: widgetStrings(deps.locales, lang) })
  })

  app.get('/', (c) => {
    c.header('Cache-Control', 'no-store')
    return c.html(demoPage(new URL(c.req.url).origin))
  })
  return app
}
