import { Hono, type MiddlewareHandler } from 'hono'
import { compress } from 'hono/compress'
import type { Config } from '../../core/config.ts'
import type { LocaleBook } from '../../locale/locale-book.ts'
import { widgetLocaleLang, widgetStrings } from '../../locale/widget-strings.ts'
import { DEMO_CSS, demoPage } from './demo-page.ts'
import { privacyPage } from './privacy-page.ts'
import { widgetScript } from './widget-bundle.ts'

// The web channel's static side: /widget.js and the demo page at / with its stylesheet. The chat API
// (/api/chat, with its CORS) lives in src/http/chat-routes.ts; the CSP for every page is set in app.ts.

const TTL_TOKEN = '__SOUDAN_SESSION_TTL__'

/** What the web channel needs from the service. */
export interface WebRouteDeps {
  config: Config
  /**
   * Compress the widget script here (Node). The runtime says so: workerd compresses responses itself,
   * and a body compressed here as well would reach the browser as gzip inside gzip.
   */
  compress?: boolean
  /** flows/locales: the widget's own words per language (GET /widget/locale/<lang>.json). */
  locales?: LocaleBook
}

export const webRoutes = (deps: WebRouteDeps) => {
  const app = new Hono()
  // The widget keeps the transcript exactly as long as the server keeps the session.
  const script = widgetScript.replace(TTL_TOKEN, String(deps.config.SESSION_TTL_SECONDS))
  // Phones on slow links get ~6 KB instead of ~14 KB.
  const gzip: MiddlewareHandler = deps.compress === false ? (_c, next) => next() : compress()
  // The snippet names this server only as configured: a page never echoes the request's Host header.
  const page = demoPage(deps.config.PUBLIC_BASE_URL?.replace(/\/+$/, '') ?? null)

  app.get('/widget.js', gzip, (c) => {
    c.header('Access-Control-Allow-Origin', '*')
    c.header('Content-Type', 'text/javascript; charset=utf-8')
    c.header('Cache-Control', 'public, max-age=300')
    return c.body(script)
  })

  app.get('/demo.css', (c) => {
    c.header('Content-Type', 'text/css; charset=utf-8')
    c.header('Cache-Control', 'public, max-age=300')
    return c.body(DEMO_CSS)
  })

  // The widget's own words in the resident's language, fetched when the conversation switches to it.
  app.get('/widget/locale/:file', (c) => {
    const lang = widgetLocaleLang(c.req.param('file'))
    if (!lang || !deps.locales) return c.json({ error: 'not_found' }, 404)
    c.header('Access-Control-Allow-Origin', '*')
    c.header('Cache-Control', 'public, max-age=300')
    return c.json({ lang, strings: widgetStrings(deps.locales, lang) })
  })

  // What the widget's and LINE's one-line notice links to (what is counted, never kept, who sees it).
  app.get('/privacy', (c) => {
    c.header('Cache-Control', 'public, max-age=300')
    return c.html(privacyPage())
  })

  app.get('/', (c) => {
    c.header('Cache-Control', 'no-store')
    return c.html(page)
  })
  return app
}
