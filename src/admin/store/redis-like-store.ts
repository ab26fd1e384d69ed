import type {
  AuditEntry,
  ConsoleStore,
  StaffSession,
  StaffUser,
  Version,
  VersionCheck,
  VersionFile,
  VersionMeta,
  VersionModel,
} from '../../core/console-store.ts'

// What the Redis (TCP, ioredis: several Node processes) and Upstash (REST: Workers) console stores
// share: the keys, the Lua for the steps that must not interleave between processes (the first
// version, a draft saved by two people, a failure count and its window), and the mapping to the
// ConsoleStore contract. Each store supplies only the few client calls in RedisLike.
// Keys live under soudan:admin:<prefix>; a version's files sit apart from its metadata so the list
// stays cheap.

export interface RedisLike {
  get(key: string): Promise<string | null>
  mget(keys: string[]): Promise<(string | null)[]>
  /** SET with NX / XX / PX; true when it wrote. */
  set(key: string, value: string, options?: { nx?: boolean; xx?: boolean; px?: number }): Promise<boolean>
  del(key: string): Promise<void>
  incr(key: string): Promise<number>
  sadd(key: string, member: string): Promise<void>
  smembers(key: string): Promise<string[]>
  exists(key: string): Promise<boolean>
  rpush(key: string, value: string): Promise<number>
  /** The whole list. */
  lrange(key: string): Promise<string[]>
  /** EVAL; the scripts here all return an integer. */
  eval(script: string, keys: string[], args: string[]): Promise<number>
  close?(): Promise<void>
}

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

export const redisLikeConsoleStore = (name: string, redis: RedisLike, keyPrefix = ''): ConsoleStore => {
  const k = (key: string) => `soudan:admin:${keyPrefix}${key}`
  const meta = (id: number) => k(`ver:${id}:meta`)
  const files = (id: number) => k(`ver:${id}:files`)
  const parse = <T>(text: string | null): T | null => (text === null ? null : (JSON.parse(text) as T))
  const split = (v: Omit<Version, 'id'> | Version) => {
    const { files: f, ...m } = v
    return { meta: m, files: JSON.stringify(f) }
  }

  return {
    name,
    getUser: async (user) => parse<StaffUser>(await redis.get(k(`user:${user}`))),
    addUser: async (user) => {
      const ok = await redis.set(k(`user:${user.name}`), JSON.stringify(user), { nx: true })
      if (ok) await redis.sadd(k('users'), user.name)
      return ok
    },
    replaceUser: (user) => redis.set(k(`user:${user.name}`), JSON.stringify(user), { xx: true }),
    listUsers: async () => {
      const names = (await redis.smembers(k('users'))).sort()
      if (names.length === 0) return []
      const rows = await redis.mget(names.map((n) => k(`user:${n}`)))
      return rows.flatMap((r) => (r ? [JSON.parse(r) as StaffUser] : []))
    },

    countFailure: async (user, windowSeconds) =>
      Number(await redis.eval(COUNT_FAILURE, [k(`fail:${user}`)], [String(windowSeconds)])),
    failures: async (user) => Number((await redis.get(k(`fail:${user}`))) ?? 0),
    clearFailures: (user) => redis.del(k(`fail:${user}`)),

    putSession: async (session) => {
      const ms = Date.parse(session.expiresAt) - Date.now()
      if (ms <= 0) return
      await redis.set(k(`sess:${session.id}`), JSON.stringify(session), { px: ms })
    },
    getSession: async (id, at) => {
      const s = parse<StaffSession>(await redis.get(k(`sess:${id}`)))
      return s && s.expiresAt > at.toISOString() ? s : null
    },
    deleteSession: (id) => redis.del(k(`sess:${id}`)),

    seed: async (version) => {
      const v = split(version)
      const keys = [k('ver:next'), meta(1), files(1), k('live')]
      return (await redis.eval(SEED, keys, [JSON.stringify({ ...v.meta, id: 1 }), v.files])) === 1
    },
    addVersion: async (version) => {
      const id = await redis.incr(k('ver:next'))
      const v = split(version)
      // Files first: a version is listed (and read) only once its metadata exists.
      await redis.set(files(id), v.files)
      await redis.set(meta(id), JSON.stringify({ ...v.meta, id }))
      return id
    },
    putVersion: async (version) => {
      const v = split(version)
      const next = JSON.stringify({ ...v.meta, revision: version.revision + 1 })
      const keys = [meta(version.id), files(version.id)]
      return (await redis.eval(PUT_VERSION, keys, [String(version.revision), next, v.files])) === 1
    },
    getVersion: async (id) => {
      const [m, f] = await redis.mget([meta(id), files(id)])
      const parsed = parse<VersionMeta>(m ?? null)
      return parsed ? { ...parsed, files: parse<VersionFile[]>(f ?? null) ?? [] } : null
    },
    listVersions: async () => {
      const last = Number((await redis.get(k('ver:next'))) ?? 0)
      if (last === 0) return []
      const ids = Array.from({ length: last }, (_, i) => last - i)
      const rows = await redis.mget(ids.map(meta))
      // An id whose metadata is not written yet (addVersion in flight elsewhere) is simply not listed.
      return rows.flatMap((r) => (r ? [JSON.parse(r) as VersionMeta] : []))
    },
    liveVersion: async () => {
      const v = await redis.get(k('live'))
      return v === null ? null : Number(v)
    },
    setLive: async (id) => {
      if (!(await redis.exists(meta(id)))) throw new Error(`no version ${id}`)
      await redis.set(k('live'), String(id))
    },

    putCheck: async (id, check) => {
      await redis.set(k(`ver:${id}:check`), JSON.stringify(check))
    },
    getCheck: async (id) => parse<VersionCheck>(await redis.get(k(`ver:${id}:check`))),

    // About 1 MB as one string: far below Redis's 512 MB a value, and inside Upstash's request limit
    // (docs/staff/console.md, 「分類器の保存」).
    putModel: async (id, model) => {
      if (model) await redis.set(k(`ver:${id}:model`), JSON.stringify(model))
      else await redis.del(k(`ver:${id}:model`))
    },
    getModel: async (id) => parse<VersionModel>(await redis.get(k(`ver:${id}:model`))),

    appendAudit: (entry) => redis.rpush(k('audit'), JSON.stringify(entry)),
    listAudit: async () =>
      (await redis.lrange(k('audit'))).map((line, i) => ({ seq: i + 1, ...JSON.parse(line) }) as AuditEntry),
    ...(redis.close ? { close: redis.close } : {}),
  }
}
