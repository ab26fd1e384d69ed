import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Hono } from 'hono'
import { createConsole } from '../../src/admin/console.ts'
import { repoVersionFiles } from '../../src/admin/node.ts'
import { adminRoutes } from '../../src/admin/routes.tsx'
import { openFileStore } from '../../src/admin/store/file-store.ts'
import type { VersionFile } from '../../src/core/console-store.ts'
import type { InsightsStore } from '../../src/core/insights.ts'

// A console on a fresh file store with three staff (editor, approver, admin), mounted at /admin as the
// service mounts it. Version 1 is the repo's YAML, read once per test file.

export const PASSWORD = 'correct horse battery staple'
let repoFiles: Promise<VersionFile[]> | null = null

export const startConsole = async (options: { now?: () => Date; insights?: InsightsStore } = {}) => {
  const dir = await mkdtemp(join(tmpdir(), 'soudan-console-'))
  const store = await openFileStore({ dir })
  repoFiles ??= repoVersionFiles()
  const files = await repoFiles
  const staff = createConsole({ store, seedFiles: () => files, now: options.now, lockoutSeconds: 60 })
  for (const [name, role] of [
    ['sato', 'editor'],
    ['tanaka', 'approver'],
    ['kimura', 'admin'],
  ] as const)
    await staff.addUser('cli', name, role, PASSWORD)
  const app = new Hono()
  app.route(
    '/admin',
    adminRoutes({ console: staff, ...(options.insights ? { insights: options.insights } : {}) }),
  )
  return {
    app,
    store,
    staff,
    close: async () => {
      await store.close?.()
      await rm(dir, { recursive: true, force: true })
    },
  }
}
