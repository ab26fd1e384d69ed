import { Hono } from 'hono'
import type { AppDeps } from '../../http/app.ts'

// Placeholder: the line channel fills this in (its own issue).
export const lineRoutes = (_deps: AppDeps) => new Hono()
