import { Hono } from 'hono'
import type { AppDeps } from '../../http/app.ts'

// Placeholder: the botframework channel fills this in (its own issue).
export const botFrameworkRoutes = (_deps: AppDeps) => new Hono()
