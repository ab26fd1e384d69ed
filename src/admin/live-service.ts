import { Hono } from 'hono'
import type { ConsoleStore, VersionFile } from '../core/console-store.ts'
import type { Logger } from '../core/log.ts'
import { DEFAULT_DIRS, type Project, ProjectFilesError, parseProject } from '../project/project.ts'
import { type ProjectSource, watchLiveProject } from './project-source.ts'

// The service as the console's live version makes it, swapped in place when staff publish or roll
// back: every instance polls the store's live pointer (watchLiveProject) and builds a whole new
// service from the new version's files. Only a service that built completely replaces the running
// one, so a version that does not parse or build is logged and refused, never half-applied.

export interface Servable {
  app: { fetch: (request: Request, env?: unknown) => Response | Promise<Response> }
}

/** Builds a version's service; version 0 with no files is the repo's own project (the fallback). */
export type BuildService<S> = (project: Project, version: number, files: VersionFile[]) => S | Promise<S>

export interface LiveServiceOptions<S extends Servable> {
  store: ConsoleStore
  /** Makes sure the store has version 1 (the repo's YAML) before the live version is read. */
  ensureSeeded: () => Promise<void>
  /**
   * The whole service from one version's project; called again on every publish and rollback. The
   * version's files let it find the version's own classifier (src/admin/version-nlu.ts).
   */
  build: BuildService<S>
  /** What to serve when the live version cannot be used at start (the repo's own files). */
  fallback: () => Promise<Project>
  logger: Logger
  intervalMs?: number
}

export interface LiveService<S extends Servable> {
  /** A stable app for the server: each request goes to the service of the version live right now. */
  app: Hono
  current(): { service: S; version: number | null; files: VersionFile[] }
  /** One poll now (tests; the timer polls every intervalMs). */
  poll: ProjectSource['poll']
  stop(): void
}

const problemLines = (err: unknown) =>
  err instanceof ProjectFilesError
    ? err.lines.slice(0, 5).join(' | ')
    : err instanceof Error
      ? err.name
      : 'unknown'

export const startLiveService = async <S extends Servable>(
  options: LiveServiceOptions<S>,
): Promise<LiveService<S>> => {
  const { store, logger } = options
  await options.ensureSeeded()
  const liveId = await store.liveVersion()
  const live = liveId === null ? null : await store.getVersion(liveId)
  let state: { service: S; version: number | null; files: VersionFile[] }
  try {
    if (!live) throw new Error(`live version ${liveId} is missing`)
    state = {
      service: await options.build(parseProject(live.files, DEFAULT_DIRS), live.id, live.files),
      version: live.id,
      files: live.files,
    }
  } catch (err) {
    // The repo's files were the last deploy that started; residents keep an answer while staff fix it.
    logger.log('error', 'console_version_invalid', {
      version: liveId,
      problems: problemLines(err),
      serving: 'repo',
    })
    state = { service: await options.build(await options.fallback(), 0, []), version: null, files: [] }
  }
  const source = watchLiveProject({
    store,
    current: state.version,
    ...(options.intervalMs ? { intervalMs: options.intervalMs } : {}),
    onChange: async ({ version, files, project }) => {
      // Built first, assigned after: a build that throws leaves the running service untouched.
      const service = await options.build(project, version, files)
      state = { service, version, files }
      logger.log('info', 'console_version_live', { version })
    },
    onError: (err, version) =>
      logger.log('error', 'console_version_invalid', {
        version,
        problems: problemLines(err),
        serving: state.version,
      }),
  })
  const app = new Hono().all('*', (c) => state.service.app.fetch(c.req.raw, c.env))
  return { app, current: () => state, poll: source.poll, stop: source.stop }
}

export interface LiveResolverOptions<S extends Servable> {
  store: ConsoleStore
  /** The service built from the bundle, served until (and whenever) the store has no usable live version. */
  initial: S
  build: BuildService<S>
  logger: Logger
  /** How long one reading of the live pointer is trusted; staff are promised 60 s. */
  ttlMs?: number
  now?: () => number
}

/**
 * The same swap for a runtime with no timers between requests (Workers): each request asks for the
 * current service; the live pointer is read at most once per ttlMs (one GET), the version's files
 * only when it moved. A version that does not parse or build is logged once and refused.
 */
export const createLiveResolver = <S extends Servable>(options: LiveResolverOptions<S>) => {
  const ttlMs = options.ttlMs ?? 10_000
  const now = options.now ?? Date.now
  let state = { service: options.initial, version: null as number | null }
  let failed: number | null = null
  let checkedAt = Number.NEGATIVE_INFINITY
  let refreshing: Promise<void> | null = null
  const refresh = async () => {
    const live = await options.store.liveVersion()
    if (live === state.version) failed = null
    if (live === null || live === state.version || live === failed) return
    try {
      const version = await options.store.getVersion(live)
      if (!version) throw new Error(`live version ${live} is missing`)
      const service = await options.build(parseProject(version.files, DEFAULT_DIRS), live, version.files)
      state = { service, version: live }
      options.logger.log('info', 'console_version_live', { version: live })
    } catch (err) {
      failed = live
      options.logger.log('error', 'console_version_invalid', {
        version: live,
        problems: problemLines(err),
        serving: state.version,
      })
    }
  }
  return {
    /** The service for this request (after at most one GET of the live pointer per ttlMs). */
    async current(): Promise<S> {
      if (now() - checkedAt >= ttlMs) {
        checkedAt = now()
        refreshing ??= refresh()
          .catch((err: unknown) =>
            // The store is unreachable: keep serving what runs, try again after the ttl.
            options.logger.log('warn', 'console_store_unavailable', {
              error: err instanceof Error ? err.name : 'unknown',
            }),
          )
          .finally(() => {
            refreshing = null
          })
        await refreshing
      }
      return state.service
    },
    version: () => state.version,
  }
}
