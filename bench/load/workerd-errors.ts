import { spawn } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import { loadavg } from 'node:os'
import autocannon from 'autocannon'
import { conversationRequests, freePort, workerdServiceArgs } from './servers.ts'

// npx tsx bench/load/workerd-errors.ts [seconds=30] [rounds=3] [connections=200] — what bench:load's workerd
// errors are: `wrangler dev` started as bench:load starts it (memory store, no rate limit), then bench:load's
// three-turn conversation at 200 connections, every answer's status and every connection error counted per
// second of the run, and wrangler's own output kept with the second it came (its lines are the bench's texts'
// answers' errors, never a resident's text: the conversation is bench:load's three fixed texts). Prints the
// seconds with any error, the error answers' statuses and first bytes, workerd's resident memory per
// round, and wrangler's lines.

const SECONDS = Number(process.argv[2] ?? 30)
const ROUNDS = Number(process.argv[3] ?? 3)
const CONNECTIONS = Number(process.argv[4] ?? 200)
const port = await freePort()
const t0 = Date.now()
const at = () => ((Date.now() - t0) / 1000).toFixed(1)
const lines: string[] = []
const child = spawn(
  'npx',
  [
    ...workerdServiceArgs(port),
    // WORKERD_ERRORS_ARGS: more of wrangler's options, e.g. '--log-level warn' (no access log line per answer).
    ...(process.env.WORKERD_ERRORS_ARGS?.split(' ').filter(Boolean) ?? []),
  ],
  {
    env: { ...process.env, WRANGLER_SEND_METRICS: 'false' },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  },
)
const keep = (d: Buffer) => {
  for (const l of d.toString().split('\n')) if (l.trim()) lines.push(`${at()} s ${l.slice(0, 300)}`)
}
child.stdout.on('data', keep)
child.stderr.on('data', keep)
const url = `http://127.0.0.1:${port}`
for (let ok = false; !ok; ) {
  if (child.exitCode !== null) throw new Error(lines.join('\n'))
  try {
    ok = (await fetch(`${url}/api/chat`, { method: 'POST', body: '{}' })).status < 500
  } catch {}
  await new Promise((r) => setTimeout(r, 200))
}
const workerdRss = () => {
  // workerd runs in a child of wrangler: the largest resident process named workerd.
  let best = 0
  for (const pid of readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
    try {
      const s = readFileSync(`/proc/${pid}/status`, 'utf8')
      if (!/^Name:\s+workerd/m.test(s)) continue
      best = Math.max(best, Number(/VmRSS:\s+(\d+)/.exec(s)?.[1] ?? 0))
    } catch {}
  }
  return Math.round(best / 1024)
}
const bySecond = new Map<number, Record<string, number>>()
const count = (what: string) => {
  const s = Math.floor((Date.now() - t0) / 1000)
  const m = bySecond.get(s) ?? {}
  m[what] = (m[what] ?? 0) + 1
  bySecond.set(s, m)
}
const bodies = new Map<string, number>()
const options = (duration: number): autocannon.Options => ({
  url,
  connections: CONNECTIONS,
  duration,
  requests: conversationRequests((status, body, turn) => {
    count(String(status))
    if (status === 200) return
    const k = `${status} turn ${turn + 1}: ${String(body).slice(0, 160)}`
    bodies.set(k, (bodies.get(k) ?? 0) + 1)
  }),
})
console.log(
  `wrangler dev up after ${at()} s; workerd RSS ${workerdRss()} MB; load ${loadavg()[0]!.toFixed(1)}`,
)
await autocannon(options(5))
console.log(`warm-up done at ${at()} s; workerd RSS ${workerdRss()} MB`)
try {
  for (let r = 0; r < ROUNDS; r++) {
    // Without a callback autocannon returns its instance, which is also the promise of the result.
    const inst = autocannon(options(SECONDS)) as unknown as autocannon.Instance & Promise<autocannon.Result>
    inst.on('reqError', (e: Error & { code?: string }) => count(`reqError ${e.code ?? e.message}`))
    const res = await inst
    console.log(
      `round ${r + 1} (ended ${at()} s): ${Math.round(res.requests.average)} req/s, p99 ${res.latency.p99} ms, errors ${res.errors} (timeouts ${res.timeouts}), non-2xx ${res.non2xx}, workerd RSS ${workerdRss()} MB, load ${loadavg()[0]!.toFixed(1)}`,
    )
  }
} finally {
  try {
    process.kill(-child.pid!, 'SIGTERM')
  } catch {}
}
console.log('\nseconds with anything but 200:')
for (const [s, m] of [...bySecond].sort((a, b) => a[0] - b[0]))
  if (Object.keys(m).some((k) => k !== '200')) console.log(`  ${s} s: ${JSON.stringify(m)}`)
console.log('\nerror answers (status, turn, first bytes):')
for (const [k, n] of bodies) console.log(`  ${n} × ${k}`)
// Its access log (one line per answer) is left out: what else it said is what explains an error.
const said = lines.filter((l) => !/\[wrangler:info\] POST \/api\/chat \d+/.test(l))
console.log(`\nwrangler's output beside its access log (${said.length} of ${lines.length} lines, last 60):`)
for (const l of said.slice(-60)) console.log(`  ${l}`)
