import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Hono } from 'hono'
import { Redis } from 'ioredis'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll } from 'vitest'
import type { AccessOptions } from '../../src/admin/access.ts'
import { type Checker, createChecks } from '../../src/admin/check.ts'
import { createConsole } from '../../src/admin/console.ts'
import { repoVersionFiles } from '../../src/admin/node.ts'
import { adminRoutes } from '../../src/admin/routes.tsx'
import { openFileStore } from '../../src/admin/store/file-store.ts'
import { checkVersionFiles } from '../../src/admin/validate.ts'
import type { VersionFile } from '../../src/core/console-store.ts'
import type { InsightsStore } from '../../src/core/insights.ts'
import type { Nlu } from '../../src/core/nlu.ts'
import { adminSecureHeaders } from '../../src/http/app.ts'
import { bundledModel } from '../../src/runtime/node/bundled-models.ts'
import { serveOnLoopback } from '../support/browser.ts'

// A console on a fresh file store with three staff (editor, approver, admin), mounted at /admin as the
// service mounts it, with the service's security headers (so Chromium enforces the console's CSP).
// Version 1 is the repo's YAML, read once per test file.

export const PASSWORD = 'correct horse battery staple'

/**
 * For the route and unit tests: 「チェック」 with the schema and graph checks only, so they stay fast.
 * The whole check (golden dialogs, classifier, evaluation) is scripts/console/check-version.ts, tested
 * in tests/admin/check.test.ts and, through the console, in tests/admin/live-publish.browser.test.ts.
 */
export const lintOnlyChecker: Checker = async ({ files }) => {
  const lint = checkVersionFiles(files).map(({ file, path, message }) => ({ file, path, message }))
  // It trains nothing: intents as the repo has them keep the committed classifier; others are reported
  // as untrained, so approval is refused as it would be for a version with no stored model.
  const intents = (fs: VersionFile[]) =>
    JSON.stringify(fs.filter((f) => f.path.startsWith('intents/')).map((f) => [f.path, f.text]))
  repoFiles ??= repoVersionFiles()
  const sameIntents = intents(files) === intents(await repoFiles)
  return {
    report: {
      passed: lint.length === 0,
      lint,
      dialogs: { total: 0, failed: [] },
      model: {
        retrained: false,
        examples: 0,
        cvAccuracy: 0,
        trainMs: 0,
        sourceHash: sameIntents ? bundledModel.sourceHash : 'untrained',
      },
      evaluation: { accuracy: 0, crisisRecall: 0, live: null },
      reasons: lint.length > 0 ? [`形式とつながりのチェックで誤りが${lint.length}件あります`] : [],
      durationMs: 0,
    },
    model: null,
  }
}
let repoFiles: Promise<VersionFile[]> | null = null

export const startConsole = async (
  options: {
    now?: () => Date
    checker?: Checker
    nlu?: Nlu
    insights?: InsightsStore
    access?: AccessOptions
  } = {},
) => {
  const dir = await mkdtemp(join(tmpdir(), 'soudan-console-'))
  const store = await openFileStore({ dir })
  repoFiles ??= repoVersionFiles()
  const files = await repoFiles
  const staff = createConsole({
    store,
    committedSourceHash: bundledModel.sourceHash,
    seedFiles: () => files,
    now: options.now,
    lockoutSeconds: 60,
  })
  for (const [name, role] of [
    ['sato', 'editor'],
    ['tanaka', 'approver'],
    ['kimura', 'admin'],
  ] as const)
    await staff.addUser('cli', name, role, PASSWORD)
  const checks = createChecks({ store, checker: options.checker ?? lintOnlyChecker, now: options.now })
  const app = new Hono()
  app.use('*', adminSecureHeaders())
  app.route(
    '/admin',
    adminRoutes({
      console: staff,
      checks,
      ...(options.nlu ? { simulator: { nlu: options.nlu } } : {}),
      ...(options.insights ? { insights: options.insights } : {}),
      ...(options.access ? { access: options.access } : {}),
    }),
  )
  return {
    app,
    store,
    staff,
    checks,
    /** Runs 「チェック」 on a draft as `by` and waits for its result. */
    async check(id: number, by = { name: 'sato', role: 'editor' as const }) {
      await checks.start(by, id)
      await checks.settled()
      return checks.state(id)
    },
    close: async () => {
      await store.close?.()
      await rm(dir, { recursive: true, force: true })
    },
  }
}

/** Deletes every key a test wrote under its soudan:admin:<prefix>, so nothing is left in a shared Redis. */
export const dropConsoleKeys = async (url: string, prefix: string) => {
  const admin = new Redis(url)
  const keys = await admin.keys(`soudan:admin:${prefix}*`)
  if (keys.length) await admin.del(...keys)
  await admin.quit()
}

/**
 * A console on a loopback port for one Chromium test file: started before its tests, closed after them
 * with the browser (nothing is started when there is no browser and the file skips).
 */
export const consoleInBrowser = (browser: Browser | null) => {
  const parts = {} as {
    stack: Awaited<ReturnType<typeof startConsole>>
    server: Awaited<ReturnType<typeof serveOnLoopback>>
  }
  beforeAll(async () => {
    if (!browser) return
    parts.stack = await startConsole()
    parts.server = await serveOnLoopback(parts.stack.app.fetch)
  })
  afterAll(async () => {
    await browser?.close()
    await parts.server?.close()
    await parts.stack?.close()
  })
  return parts
}
