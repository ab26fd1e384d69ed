import { appendFile, mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type {
  AuditEntry,
  ConsoleStore,
  StaffSession,
  StaffUser,
  VersionCheck,
  VersionFile,
  VersionMeta,
  VersionModel,
} from '../../core/console-store.ts'

// The embedded default: the console's data as JSON files under one directory on local disk, so it
// survives a restart with nothing else installed. One process only (several processes: Redis).
//   state.json          users, sign-in sessions, failure counts, version metadata and checks, the live pointer
//   versions/<id>.json  the staff files of one version (~0.6 MB each, so they are not rewritten with state)
//   models/<id>.json    the classifier a check trained for that version (~1 MB, compressed), if any
//   audit.jsonl         one entry per line, only ever appended
// Every write goes to a temporary file that is then renamed over the old one, so a crash mid-write
// leaves the previous state, never half a file.

interface State {
  users: Record<string, StaffUser>
  sessions: Record<string, StaffSession>
  failures: Record<string, { count: number; until: number }>
  versions: Record<string, VersionMeta>
  checks: Record<string, VersionCheck>
  live: number | null
  nextVersion: number
}

const emptyState = (): State => ({
  users: {},
  sessions: {},
  failures: {},
  versions: {},
  checks: {},
  live: null,
  nextVersion: 1,
})

const readJson = async <T>(path: string, fallback: T): Promise<T> => {
  try {
    return JSON.parse(await readFile(path, 'utf8')) as T
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return fallback
    throw err
  }
}

const writeAtomic = async (path: string, text: string) => {
  const tmp = `${path}.${process.pid}.tmp`
  await writeFile(tmp, text, 'utf8')
  await rename(tmp, path)
}

export interface FileStoreOptions {
  dir: string
  /** Clock for failure windows; injectable for tests. */
  now?: () => number
}

export const openFileStore = async (options: FileStoreOptions): Promise<ConsoleStore> => {
  const { dir } = options
  const now = options.now ?? Date.now
  await mkdir(join(dir, 'versions'), { recursive: true })
  await mkdir(join(dir, 'models'), { recursive: true })
  const statePath = join(dir, 'state.json')
  const auditPath = join(dir, 'audit.jsonl')
  const state: State = { ...emptyState(), ...(await readJson<Partial<State>>(statePath, {})) }
  let auditSeq = (await readFile(auditPath, 'utf8').catch(() => '')).split('\n').filter(Boolean).length

  // One write at a time, in call order: the in-memory state changes synchronously, the disk follows.
  let queue: Promise<unknown> = Promise.resolve()
  const serial = <T>(task: () => Promise<T>): Promise<T> => {
    const next = queue.then(task, task)
    queue = next.catch(() => {})
    return next
  }
  const saveState = () => writeAtomic(statePath, JSON.stringify(state))
  const filesPath = (id: number) => join(dir, 'versions', `${id}.json`)
  const modelPath = (id: number) => join(dir, 'models', `${id}.json`)
  const clone = <T>(v: T): T => structuredClone(v)

  const liveFailure = (name: string) => {
    const f = state.failures[name]
    return f && f.until > now() ? f : null
  }

  const store: ConsoleStore = {
    name: 'file',
    getUser: async (name) => clone(state.users[name] ?? null),
    addUser: (user) =>
      serial(async () => {
        if (state.users[user.name]) return false
        state.users[user.name] = clone(user)
        await saveState()
        return true
      }),
    replaceUser: (user) =>
      serial(async () => {
        if (!state.users[user.name]) return false
        state.users[user.name] = clone(user)
        await saveState()
        return true
      }),
    listUsers: async () => clone(Object.values(state.users)).sort((a, b) => a.name.localeCompare(b.name)),

    countFailure: (name, windowSeconds) =>
      serial(async () => {
        const current = liveFailure(name)
        const next = current
          ? { count: current.count + 1, until: current.until }
          : { count: 1, until: now() + windowSeconds * 1000 }
        state.failures[name] = next
        await saveState()
        return next.count
      }),
    failures: async (name) => liveFailure(name)?.count ?? 0,
    clearFailures: (name) =>
      serial(async () => {
        if (!(name in state.failures)) return
        delete state.failures[name]
        await saveState()
      }),

    putSession: (session) =>
      serial(async () => {
        // Expired sessions are dropped here so state.json does not grow with every sign-in.
        const at = new Date(now()).toISOString()
        for (const [id, s] of Object.entries(state.sessions)) if (s.expiresAt <= at) delete state.sessions[id]
        state.sessions[session.id] = clone(session)
        await saveState()
      }),
    getSession: async (id, at) => {
      const s = state.sessions[id]
      return s && s.expiresAt > at.toISOString() ? clone(s) : null
    },
    deleteSession: (id) =>
      serial(async () => {
        delete state.sessions[id]
        await saveState()
      }),

    seed: (version) =>
      serial(async () => {
        if (state.nextVersion !== 1) return false
        await writeAtomic(filesPath(1), JSON.stringify(version.files))
        const { files: _files, ...meta } = version
        state.versions['1'] = { ...clone(meta), id: 1 }
        state.nextVersion = 2
        state.live = 1
        await saveState()
        return true
      }),
    addVersion: (version) =>
      serial(async () => {
        const id = state.nextVersion
        await writeAtomic(filesPath(id), JSON.stringify(version.files))
        const { files: _files, ...meta } = version
        state.versions[String(id)] = { ...clone(meta), id }
        state.nextVersion = id + 1
        await saveState()
        return id
      }),
    putVersion: (version) =>
      serial(async () => {
        const current = state.versions[String(version.id)]
        if (!current || current.revision !== version.revision) return false
        await writeAtomic(filesPath(version.id), JSON.stringify(version.files))
        const { files: _files, ...meta } = version
        state.versions[String(version.id)] = { ...clone(meta), revision: version.revision + 1 }
        await saveState()
        return true
      }),
    getVersion: async (id) => {
      await queue // files and metadata of one write, never half of each
      const meta = state.versions[String(id)]
      if (!meta) return null
      const files = await readJson<VersionFile[]>(filesPath(id), [])
      return { ...clone(meta), files }
    },
    listVersions: async () => clone(Object.values(state.versions)).sort((a, b) => b.id - a.id),
    liveVersion: async () => state.live,
    setLive: (id) =>
      serial(async () => {
        if (!state.versions[String(id)]) throw new Error(`no version ${id}`)
        state.live = id
        await saveState()
      }),

    putCheck: (id, check) =>
      serial(async () => {
        state.checks[String(id)] = clone(check)
        await saveState()
      }),
    getCheck: async (id) => clone(state.checks[String(id)] ?? null),

    putModel: (id, model) =>
      serial(async () => {
        if (model) await writeAtomic(modelPath(id), JSON.stringify(model))
        else await rm(modelPath(id), { force: true })
      }),
    getModel: async (id) => {
      await queue
      return readJson<VersionModel | null>(modelPath(id), null)
    },

    appendAudit: (entry) =>
      serial(async () => {
        const seq = auditSeq + 1
        await appendFile(auditPath, `${JSON.stringify({ seq, ...entry } satisfies AuditEntry)}\n`, 'utf8')
        auditSeq = seq
        return seq
      }),
    listAudit: async () => {
      await queue
      const text = await readFile(auditPath, 'utf8').catch(() => '')
      return text
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line) as AuditEntry)
    },
    close: async () => {
      await queue
    },
  }
  return store
}
