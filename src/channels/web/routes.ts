import { Hono } from 'hono'
import type { AppDeps } from '../../http/app.ts'

// Placeholder: the web channel fills this in (its own issue).
export const webRoutes = (_deps: AppDeps) => new Hono()
