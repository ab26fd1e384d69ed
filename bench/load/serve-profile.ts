// npx tsx bench/load/serve-profile.ts <service|nlu> [checkout] — the server's own CPU per turn, as bench:load
// serves it, with an optional CPU profile of the server alone (SERVE_PROFILE=<file.cpuprofile>, read with
// bench/load/profile-top.ts). The server is a child process built as bench:load builds its cells
// (`service`: src/runtime/node's buildNodeApp with bench:load's memory-store environment, the staff
// console on as main.ts has it unless ADMIN_STORE=off, counters on; `nlu`: bench/load/nlu-node.ts's NLU-only route), served by
// @hono/node-server on loopback; this process is only the client (SERVE_CONNECTIONS keep-alive
// connections, each playing bench:load's conversation). Warm-up first, then SERVE_TURNS turns timed:
// the child's process.cpuUsage (all threads) over those turns, divided by the turns answered.
// Unlike turn-ab, each side is its own process (one module copy, its own heap and GC), so compare two
// runs taken one after the other on a quiet machine, or their profiles' shares.
// Also read over the timed turns: the child's collections (scavenges and mark-compacts, their count and
// pause per turn), its heap at the end and the sessions its memory store keeps; SERVE_INSIGHTS=false
// runs the service with the counters off (bench:load's other service row).
import { fork } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { Agent } from 'node:http'
import { Session } from 'node:inspector/promises'
import type { AddressInfo } from 'node:net'
import { loadavg } from 'node:os'
import { resolve } from 'node:path'
import { PerformanceObserver } from 'node:perf_hooks'
import { mainThreadCpuMs, postJson } from './servers.ts'
import { toSource } from './source-frames.ts'

const turns = ['母の物忘れがひどくて心配です', '中原区です', '最初から']

type Gc = { scavenges: number; scavengeMs: number; majors: number; majorMs: number }
type Msg = {
  port?: number
  cpuUs?: number
  mainUs?: number
  done?: boolean
  gc?: Gc
  heapMb?: number
  sessions?: number | null
}

/** This process's main thread's CPU so far (µs): the rest is V8's GC helpers and libuv's pool. */
const mainThreadUs = () => (mainThreadCpuMs(process.pid) ?? 0) * 1000

const childMain = async (kind: string, dir: string) => {
  const { serve } = await import('@hono/node-server')
  let fetch: (r: Request) => Response | Promise<Response>
  let sessions: () => number | null = () => null
  if (kind === 'nlu') {
    const { nluOnlyApp } = await import('./nlu-app.ts')
    fetch = (await nluOnlyApp(dir)).fetch
  } else {
    const { buildNodeApp } = await import(`${dir}/src/runtime/node/build-node-app.ts`)
    const built = await buildNodeApp(
      {
        ...process.env,
        SESSION_STORE: 'memory',
        LOG_LEVEL: 'warn',
        CHAT_RATE_LIMIT_PER_MINUTE: '0',
        MEMORY_STORE_MAX_SESSIONS: '1000000',
        INSIGHTS_ENABLED: process.env.SERVE_INSIGHTS === 'false' ? 'false' : 'true',
        INSIGHTS_FILE: `${process.env.TMPDIR ?? '/tmp'}/serve-profile-${process.pid}.json`,
      },
      // As main.ts (and so bench:load) runs it: the staff console on unless ADMIN_STORE=off.
      { console: process.env.ADMIN_STORE !== 'off' },
    )
    fetch = built.app.fetch
    const store = built.store as { size?: () => number }
    if (typeof store.size === 'function') sessions = () => store.size!()
  }
  // Collections by kind (node's gc entries: detail.kind 1 a scavenge; 4 a mark-compact, 8 incremental marking, 16 weak callbacks: counted together as "major"), counted
  // only between start and stop.
  const gc: Gc = { scavenges: 0, scavengeMs: 0, majors: 0, majorMs: 0 }
  let counting = false
  new PerformanceObserver((list) => {
    if (!counting) return
    for (const e of list.getEntries()) {
      const kind = (e as { detail?: { kind?: number } }).detail?.kind
      if (kind === 1) {
        gc.scavenges++
        gc.scavengeMs += e.duration
      } else {
        gc.majors++
        gc.majorMs += e.duration
      }
    }
  }).observe({ entryTypes: ['gc'] })
  const server = serve({ fetch, port: 0, hostname: '127.0.0.1' })
  await new Promise((ok) => (server.listening ? ok(null) : server.once('listening', ok)))
  let session: Session | null = null
  let before = process.cpuUsage()
  let mainBefore = mainThreadUs()
  process.on('message', async (m: string) => {
    if (m === 'start') {
      if (process.env.SERVE_PROFILE) {
        session = new Session()
        session.connect()
        await session.post('Profiler.enable')
        await session.post('Profiler.setSamplingInterval', { interval: 100 })
        await session.post('Profiler.start')
      }
      before = process.cpuUsage()
      mainBefore = mainThreadUs()
      counting = true
      process.send!({ done: false })
    } else if (m === 'stop') {
      const used = process.cpuUsage(before)
      const mainUs = mainThreadUs() - mainBefore
      // The observer's last entries arrive a moment after the collection.
      await new Promise((r) => setTimeout(r, 20))
      counting = false
      const heapMb = process.memoryUsage().heapUsed / 2 ** 20
      if (session) {
        const { profile } = await session.post('Profiler.stop')
        for (const { callFrame } of profile.nodes) toSource(callFrame)
        writeFileSync(process.env.SERVE_PROFILE!, JSON.stringify(profile))
      }
      process.send!({ cpuUs: used.user + used.system, mainUs, gc, heapMb, sessions: sessions() })
      setTimeout(() => process.exit(0), 50)
    }
  })
  process.send!({ port: (server.address() as AddressInfo).port })
}

const clientMain = async (kind: string, dir: string) => {
  const CONNECTIONS = Number(process.env.SERVE_CONNECTIONS ?? 4)
  const TURNS = Number(process.env.SERVE_TURNS ?? 12_000)
  const WARM = Number(process.env.SERVE_WARMUP ?? 3_000)
  const child = fork(new URL(import.meta.url).pathname, [kind, dir], {
    execArgv: ['--import', 'tsx'],
    env: { ...process.env, SERVE_CHILD: '1' },
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  })
  const next = () => new Promise<Msg>((ok) => child.once('message', (m: Msg) => ok(m)))
  const { port } = await next()
  const agent = new Agent({ keepAlive: true, maxSockets: CONNECTIONS })
  const post = async (body: string) => {
    const { status, raw } = await postJson(agent, port!, '/api/chat', body)
    if (status !== 200) throw new Error(`status ${status}`)
    return raw
  }
  let sent = 0
  const conversation = async (limit: number) => {
    while (sent < limit) {
      let id: string | undefined
      for (const text of turns) {
        sent++
        const raw = await post(JSON.stringify(id ? { sessionId: id, text } : { text }))
        id = (JSON.parse(raw) as { sessionId: string }).sessionId
      }
    }
  }
  const runTo = (limit: number) => Promise.all(Array.from({ length: CONNECTIONS }, () => conversation(limit)))
  await runTo(WARM)
  child.send('start')
  await next()
  const from = sent
  const load = loadavg()[0]!.toFixed(1)
  await runTo(WARM + TURNS)
  const answered = sent - from
  child.send('stop')
  const { cpuUs, mainUs, gc, heapMb, sessions } = await next()
  const perTurnUs = (ms: number) => ((ms * 1000) / answered).toFixed(1)
  console.log(
    `${kind} ${dir}: ${(cpuUs! / answered).toFixed(1)} µs CPU per turn (server, all threads; main thread ${(mainUs! / answered).toFixed(1)}), ${answered} turns, ${CONNECTIONS} connections, load ${load} → ${loadavg()[0]!.toFixed(1)}`,
  )
  console.log(
    `  collections over the timed turns: ${gc!.scavenges} scavenges (${perTurnUs(gc!.scavengeMs)} µs a turn), ${gc!.majors} major (mark-compact, incremental marking; ${perTurnUs(gc!.majorMs)} µs a turn); heap at the end ${heapMb!.toFixed(1)} MB; sessions kept ${sessions ?? '—'}`,
  )
  agent.destroy()
}

const [kind = 'service', dir = '.'] = process.argv.slice(2)
const abs = resolve(dir)
if (process.env.SERVE_CHILD === '1') await childMain(kind, abs)
else await clientMain(kind, abs)
