import { Hono } from 'hono'
import { z } from 'zod'
import type { InsightsStore } from '../core/insights.ts'
import { wardSchema } from '../core/taxonomy.ts'
import { buildInsights } from '../insights/dashboard.ts'
import { exportCsv, exportJson } from '../insights/export.ts'
import { periodOf } from '../insights/period.ts'
import { type Actor, allow } from './console.ts'
import { InsightsPage } from './pages/insights.tsx'
import { ReportPage } from './pages/insights-report.tsx'

// /admin/insights: the dashboard, the exports and the monthly report. Signed-in approvers, admins and
// viewers only (src/admin/console.ts `may.insights`); every number through src/insights/suppress.ts.

const wardParam = z
  .union([wardSchema, z.literal('')])
  .optional()
  .transform((w) => (w ? w : null))

export const insightsRoutes = (options: { store: InsightsStore; now?: () => Date }) => {
  const now = options.now ?? (() => new Date())
  const app = new Hono<{ Variables: { actor: Actor } }>()

  app.use('*', async (c, next) => {
    allow(c.get('actor'), 'insights', '相談の傾向を閲覧')
    await next()
  })

  const view = async (q: { from?: string; to?: string; ward?: string }, defaultMonths = 3) => {
    const period = periodOf(q.from, q.to, now(), defaultMonths)
    const ward = wardParam.parse(q.ward)
    const values = await options.store.read(period.firstDay, period.lastDay)
    return buildInsights(values, period, ward)
  }

  app.get('/', async (c) => c.html(<InsightsPage actor={c.get('actor')} v={await view(c.req.query())} />))

  app.get('/export.csv', async (c) => {
    const v = await view(c.req.query())
    const values = await options.store.read(v.period.firstDay, v.period.lastDay)
    const name = `insights-${v.ward ?? 'city'}-${v.period.from}_${v.period.to}.csv`
    c.header('content-disposition', `attachment; filename="${name}"`)
    return c.body(exportCsv(values, { period: v.period, ward: v.ward }), 200, {
      'content-type': 'text/csv; charset=utf-8',
    })
  })
  app.get('/export.json', async (c) => {
    const v = await view(c.req.query())
    const values = await options.store.read(v.period.firstDay, v.period.lastDay)
    const name = `insights-${v.ward ?? 'city'}-${v.period.from}_${v.period.to}.json`
    c.header('content-disposition', `attachment; filename="${name}"`)
    return c.json(exportJson(values, { period: v.period, ward: v.ward }))
  })

  app.get('/report', async (c) => {
    const q = z
      .object({
        ward: wardSchema,
        month: z
          .string()
          .regex(/^\d{4}-(0[1-9]|1[0-2])$/)
          .optional(),
      })
      .parse(c.req.query())
    const v = await view({ from: q.month, to: q.month, ward: q.ward }, 1)
    return c.html(<ReportPage v={v} month={v.period.to} />)
  })

  return app
}
