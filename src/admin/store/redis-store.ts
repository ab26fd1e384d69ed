import { Redis } from 'ioredis'
import type {
  AuditEntry,
  ConsoleStore,
  StaffSession,
  StaffUser,
  Version,
  VersionCheck,
  VersionFile,
  VersionMeta,
} from '../../core/console-store.ts'

// The console's data in Redis, for several Node processes behind one city's load balancer. Keys live
// under soudan:admin:<prefix>; a version's files sit apart from its metadata so the list stays cheap.
// The steps that must not interleave between processes (the first version, a draft saved by two
// people, a failure count and its window) are single Lua scripts or single commands.

const SEED = `
if redis.call('EXISTS', KEYS[1]) == 1 then return 0 end
redis.call('SET', KEYS[1], '1')
redis.call('SET', KEYS[2], ARGV[1])
redis.call('SET', KEYS[3], ARGV[2])
redis.call('SET', KEYS[4], '1')
return 1`

// Compare-and-set on the draft's revision (JSON field in the metadata).
const PUT_VERSION = `
local cur = redis.call('GET', KEYS[1])
if not cur then return 0 end
if cjson.decode(cur).revision ~= tonumber(ARGV[1]) then return 0 end
redis.call('SET', KEYS[1], ARGV[2])
redis.call('SET', KEYS[2], ARGV[3])
return 1`

const COUNT_FAILURE = `
local n = redis.call('INCR', KEYS[1])
if n == 1 then redis.call('EXPIRE', KEYS[1], ARGV[1]) end
return n`

type ScriptRedis = Redis & {
  consoleSeed(...args: string[]): Promise<number>
  consolePutVersion(...args: string[]): Promise<number>
  consoleCountFailure(...args: string[]): Promise<number>
}

export interface RedisConsoleStoreOptions {
  url: string
  /** Extra prefix inside soudan:admin: (tests use a random one per run). */
  keyPrefix?: string
}

export const createRedisConsoleStore = (options: RedisConsoleStoreOptions): ConsoleStore => {
  const client = new Redis(options.url, {
    maxRetriesPerRequest: 1,
    commandTimeout: 5000,
    connectTimeout: 2000,
  }) as ScriptRedis
  client.on('error', () => {}) // surfaced by the failing command; the console shows its own message
  client.defineCommand('consoleSeed', { numberOfKeys: 4, lua: SEED })
  client.defineCommand('consolePutVersion', { numberOfKeys: 2, lua: PUT_VERSION })
  client.defineCommand('consoleCountFailure', { numberOfKeys: 1, lua: COUNT_FAILURE })

  const k = (key: string) => `soudan:admin:${options.keyPrefix ?? ''}${key}`
  const meta = (id: number) => k(`ver:${id}:meta`)
  const files = (id: number) => k(`ver:${id}:files`)
  const parse = <T>(text: string | null): T | null => (text === null ? null : (JSON.parse(text) as T))
  const split = (v: Omit<Version, 'id'> | Version) => {
    const { files: f, ...m } = v
    return { meta: m, files: JSON.stringify(f) }
  }

  return {
    name: 'redis',
    getUser: async (name) => parse<StaffUser>(await client.get(k(`user:${name}`))),
    addUser: async (user) => {
      const ok = (await client.set(k(`user:${user.name}`), JSON.stringify(user), 'NX')) === 'OK'
      if (ok) await client.sadd(k('users'), user.name)
      return ok
    },
    replaceUser: async (user) =>
      (await client.set(k(`user:${user.name}`), JSON.stringify(user), 'XX')) === 'OK',
    listUsers: async () => {
      const names = (await client.smembers(k('users'))).sort()
      if (names.length === 0) return []
      const rows = await client.mget(names.map((n) => k(`user:${n}`)))
      return rows.flatMap((r) => (r ? [JSON.parse(r) as StaffUser] : []))
    },

    countFailure: async (name, windowSeconds) =>
      Number(await client.consoleCountFailure(k(`fail:${name}`), String(windowSeconds))),
    failures: async (name) => Number((await client.get(k(`fail:${name}`))) ?? 0),
    clearFailures: async (name) => {
      await client.del(k(`fail:${name}`))
    },

    putSession: async (session) => {
      const ms = Date.parse(session.expiresAt) - Date.now()
      if (ms <= 0) return
      await client.set(k(`sess:${session.id}`), JSON.stringify(session), 'PX', ms)
    },
    getSession: async (id, at) => {
      const s = parse<StaffSession>(await client.get(k(`sess:${id}`)))
      return s && s.expiresAt > at.toISOString() ? s : null
    },
    deleteSession: async (id) => {
      await client.del(k(`sess:${id}`))
    },

    seed: async (version) => {
      const v = split(version)
      const ok = await client.consoleSeed(
        k('ver:next'),
        meta(1),
        files(1),
        k('live'),
        JSON.stringify({ ...v.meta, id: 1 }),
        v.files,
      )
      return ok === 1
    },
    addVersion: async (version) => {
      const id = await client.incr(k('ver:next'))
      const v = split(version)
      await client
        .multi()
        .set(files(id), v.files)
        .set(meta(id), JSON.stringify({ ...v.meta, id }))
        .exec()
      return id
    },
    putVersion: async (version) => {
      const v = split(version)
      const next = JSON.stringify({ ...v.meta, revision: version.revision + 1 })
      const ok = await client.consolePutVersion(
        meta(version.id),
        files(version.id),
        String(version.revision),
        next,
        v.files,
      )
      return ok === 1
    },
    getVersion: async (id) => {
      const [m, f] = await client.mget(meta(id), files(id))
      const parsed = parse<VersionMeta>(m ?? null)
      return parsed ? { ...parsed, files: parse<VersionFile[]>(f ?? null) ?? [] } : null
    },
    listVersions: async () => {
      const last = Number((await client.get(k('ver:next'))) ?? 0)
      if (last === 0) return []
      const ids = Array.from({ length: last }, (_, i) => last - i)
      const rows = await client.mget(ids.map(meta))
      // An id whose metadata is not written yet (addVersion in flight elsewhere) is simply not listed.
      return rows.flatMap((r) => (r ? [JSON.parse(r) as VersionMeta] : []))
    },
    liveVersion: async () => {
      const v = await client.get(k('live'))
      return v === null ? null : Number(v)
    },
    setLive: async (id) => {
      if (!(await client.exists(meta(id)))) throw new Error(`no version ${id}`)
      await client.set(k('live'), String(id))
    },

    putCheck: async (id, check) => {
      await client.set(k(`ver:${id}:check`), JSON.stringify(check))
    },
    getCheck: async (id) => parse<VersionCheck>(await client.get(k(`ver:${id}:check`))),

    appendAudit: async (entry) => client.rpush(k('audit'), JSON.stringify(entry)),
    listAudit: async () =>
      (await client.lrange(k('audit'), 0, -1)).map(
        (line, i) => ({ seq: i + 1, ...JSON.parse(line) }) as AuditEntry,
      ),
    close: async () => {
      await client.quit().catch(() => client.disconnect())
    },
  }
}
