// npx tsx bench/load/upstash-requests.ts — how many Upstash REST requests a turn costs (sessions and
// counters), the Worker's store path, counted at the test shim (tests/support/upstash-shim.ts) in
// front of the local Redis (REDIS_URL, default DB 13; its counters are deleted at the end, its sessions expire). The bench:load
// conversation, UPSTASH_CONVERSATIONS (20) times. @upstash/redis pipelines the commands of one tick
// itself, so every request is a POST /pipeline.
import { Redis } from 'ioredis'
import { buildNodeApp } from '../../src/runtime/node/build-node-app.ts'
import { startUpstashShim } from '../../tests/support/upstash-shim.ts'

const turns = ['母の物忘れがひどくて心配です', '中原区です', '最初から']
const CONVERSATIONS = Number(process.env.UPSTASH_CONVERSATIONS ?? 20)

const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379/13'
const shim = await startUpstashShim(redisUrl)
const prefix = `bench-upstash:${process.pid}:`
const built = await buildNodeApp({
  SESSION_STORE: 'upstash',
  UPSTASH_REDIS_REST_URL: shim.url,
  UPSTASH_REDIS_REST_TOKEN: shim.token,
  INSIGHTS_ENABLED: 'true',
  INSIGHTS_KEY_PREFIX: prefix,
  CHAT_RATE_LIMIT_PER_MINUTE: '0',
  LOG_LEVEL: 'error',
})
if (built.insights?.name !== 'upstash') throw new Error(`counters on ${built.insights?.name}, not upstash`)
const settle = () => new Promise((r) => setTimeout(r, 300))
const requests = () => Object.values(shim.counts).reduce((a, b) => a + b, 0)
await settle()
const before = requests()
const byTurn = turns.map(() => 0)
for (let c = 0; c < CONVERSATIONS; c++) {
  let sessionId: string | undefined
  for (const [i, text] of turns.entries()) {
    const start = requests()
    const r = await built.app.request('/api/chat', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(sessionId ? { sessionId, text } : { text }),
    })
    if (r.status !== 200) throw new Error(`turn ${i}: status ${r.status}`)
    sessionId = ((await r.json()) as { sessionId: string }).sessionId
    // The counters are sent after the answer (never awaited by the turn): wait for them.
    await settle()
    byTurn[i]! += requests() - start
  }
}
const total = requests() - before
console.log(
  `${CONVERSATIONS * turns.length} turns, ${total} Upstash requests (${JSON.stringify(shim.counts)}): ${(total / (CONVERSATIONS * turns.length)).toFixed(2)} per turn; per turn of the conversation: ${turns.map((t, i) => `${t} ${(byTurn[i]! / CONVERSATIONS).toFixed(2)}`).join(', ')}`,
)
await built.close()
await shim.close()
// The counters would stay for their retention (months): this run's go; its sessions expire by themselves.
const redis = new Redis(redisUrl)
const left = await redis.keys(`soudan:ins:${prefix}*`)
if (left.length > 0) await redis.del(...left)
await redis.quit()
process.exit(0)
