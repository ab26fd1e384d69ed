// One Lua compare-and-set shared by the Redis (ioredis) and Upstash (REST) stores. A session is a
// hash: `v` = version (the optimistic-concurrency token), `s` = the session as JSON.
// KEYS[1] session key; ARGV[1] expected version (0 = absent); ARGV[2] session JSON, '' = delete;
// ARGV[3] new version; ARGV[4] TTL seconds. Returns 1 when written, 0 on a conflict.
export const CAS_SCRIPT = `
local v = tonumber(redis.call('HGET', KEYS[1], 'v') or '0')
if v ~= tonumber(ARGV[1]) then return 0 end
if ARGV[2] == '' then
  redis.call('DEL', KEYS[1])
  return 1
end
redis.call('HSET', KEYS[1], 'v', ARGV[3], 's', ARGV[2])
redis.call('EXPIRE', KEYS[1], tonumber(ARGV[4]))
return 1
`

/** ARGV for CAS_SCRIPT. */
export const casArgs = (
  expected: number,
  next: { json: string; version: number } | null,
  ttlSeconds: number,
): string[] => [String(expected), next?.json ?? '', String(next?.version ?? 0), String(ttlSeconds)]
