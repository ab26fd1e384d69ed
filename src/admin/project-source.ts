import type { ConsoleStore, VersionFile } from '../core/console-store.ts'
import { DEFAULT_DIRS, type Project, parseProject } from '../project/project.ts'

// How a published version reaches every running instance without a restart. The runtime owns the
// service; this module only says what is live: each instance polls the store's live pointer (one GET
// on Redis, a memory read for the file store) and, when it moves, reads that version's files and
// parses them with the same parseProject the runtime runs at start. The runtime then swaps the
// project it serves (see docs/staff/console.md, 「実行中のサービスへの反映」).

export interface LiveProject {
  version: number
  files: VersionFile[]
  project: Project
}

export interface ProjectSourceOptions {
  store: ConsoleStore
  /** Poll period; 60 s is the promise to staff, so the default leaves room for a slow parse. */
  intervalMs?: number
  /** Called with each newly live version, once it has parsed. */
  onChange: (live: LiveProject) => void | Promise<void>
  /** A version that does not parse or a store that cannot be read: the old project stays in service. */
  onError?: (err: unknown, version: number | null) => void
  /** The version the instance started with (skip it on the first poll); null to load whatever is live. */
  current?: number | null
}

export interface ProjectSource {
  /** One poll now; resolves to the version in service afterwards. Tests and a start-up call use it. */
  poll(): Promise<number | null>
  stop(): void
}

export const DEFAULT_POLL_MS = 15_000

export const watchLiveProject = (options: ProjectSourceOptions): ProjectSource => {
  let current = options.current ?? null
  // A version that failed to parse is reported once, not on every poll; a new publish is tried afresh.
  let failed: number | null = null
  let running: Promise<number | null> | null = null
  const pollOnce = async () => {
    let live: number | null = null
    try {
      live = await options.store.liveVersion()
      // Back on the running version: a failed one is tried afresh if staff make it live again.
      if (live === current) failed = null
      if (live === null || live === current || live === failed) return current
      const version = await options.store.getVersion(live)
      if (!version) return current
      const project = parseProject(version.files, DEFAULT_DIRS)
      await options.onChange({ version: live, files: version.files, project })
      current = live
    } catch (err) {
      failed = live
      options.onError?.(err, live)
    }
    return current
  }
  // Polls never overlap: a slow parse is not started twice.
  const poll = () => {
    running ??= pollOnce().finally(() => {
      running = null
    })
    return running
  }
  const timer = setInterval(() => void poll(), options.intervalMs ?? DEFAULT_POLL_MS)
  // A Node process with nothing else to do may exit; the poll should not keep it alive.
  ;(timer as { unref?: () => void }).unref?.()
  return { poll, stop: () => clearInterval(timer) }
}
