import { type ChildProcess, spawn } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { type Agent, request } from 'node:http'
import type autocannon from 'autocannon'
import { freePort } from '../../scripts/worker/dev-process.ts'

export { freePort }

// Starts each target as its own process on loopback (never in the benchmark's process, so the load
// generator does not steal the server's event loop) and waits until it answers.

export interface Target {
  name: string
  url: string
  /** The spawned process (for wrangler, its tooling; the server itself runs in a child of it). */
  pid: number
  stop(): Promise<void>
}

/** CPU time (user + system, ms) a process has used so far, from /proc; null where there is none. */
export const cpuTimeMs = (pid: number): number | null => {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ')
    // utime and stime, fields 14 and 15 of stat, in clock ticks (USER_HZ is 100 on Linux).
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100
  } catch {
    return null
  }
}

/** The CPU time (ms) of a process's main thread alone: the rest is V8's GC helpers and libuv's pool. */
export const mainThreadCpuMs = (pid: number): number | null => {
  try {
    const fields = readFileSync(`/proc/${pid}/task/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ')
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100
  } catch {
    return null
  }
}

const waitFor = async (url: string, child: ChildProcess, log: () => string, timeoutMs = 60_000) => {
  const started = Date.now()
  while (Date.now() - started < timeoutMs) {
    if (child.exitCode !== null) throw new Error(`server exited (${child.exitCode}):\n${log()}`)
    try {
      const r = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{}',
      })
      if (r.status < 500) return Date.now() - started
    } catch {}
    await new Promise((r) => setTimeout(r, 100))
  }
  throw new Error(`server at ${url} did not answer within ${timeoutMs} ms:\n${log()}`)
}

export const startProcess = async (
  name: string,
  command: string,
  args: string[],
  env: Record<string, string>,
  port: number,
): Promise<Target & { readyMs: number }> => {
  let output = ''
  const child = spawn(command, args, {
    env: { ...process.env, ...env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  })
  child.stdout?.on('data', (d) => {
    output = (output + d).slice(-4000)
  })
  child.stderr?.on('data', (d) => {
    output = (output + d).slice(-4000)
  })
  const url = `http://127.0.0.1:${port}`
  const readyMs = await waitFor(`${url}/api/chat`, child, () => output)
  return {
    name,
    url,
    pid: child.pid!,
    readyMs,
    stop: async () => {
      if (child.exitCode !== null) return
      const exited = new Promise((r) => child.once('exit', r))
      // The whole group: wrangler starts workerd as a child of its own. ESRCH: already gone.
      const signal = (s: NodeJS.Signals) => {
        try {
          process.kill(-child.pid!, s)
        } catch (err) {
          if ((err as NodeJS.ErrnoException).code !== 'ESRCH') throw err
        }
      }
      signal('SIGTERM')
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))])
      if (child.exitCode === null) signal('SIGKILL')
    },
  }
}

/** One POST of a JSON body to a loopback server over a keep-alive agent: the status and the reply's text. */
export const postJson = (agent: Agent, port: number, path: string, body: string) =>
  new Promise<{ status: number; raw: string }>((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        agent,
        method: 'POST',
        path,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
      },
      (res) => {
        const chunks: Buffer[] = []
        res.on('data', (d: Buffer) => chunks.push(d))
        res.on('end', () => resolve({ status: res.statusCode ?? 0, raw: Buffer.concat(chunks).toString() }))
      },
    )
    req.on('error', reject)
    req.end(body)
  })

/**
 * bench:load's `wrangler dev` of the service (after `npx`): the memory store, no rate limit, warnings only. As on
 * Node (load-bench.ts's memoryEnv), the store refuses new sessions past its cap with a 503, by design, so the cap is
 * above what a run opens. workerd-errors.ts starts the very same command.
 */
export const workerdServiceArgs = (port: number): string[] => [
  'wrangler',
  'dev',
  '--port',
  String(port),
  '--ip',
  '127.0.0.1',
  '--var',
  'SESSION_STORE:memory',
  '--var',
  'CHAT_RATE_LIMIT_PER_MINUTE:0',
  '--var',
  'LOG_LEVEL:warn',
  '--var',
  'MEMORY_STORE_MAX_SESSIONS:1000000',
]

// One resident's conversation: a concern, the ward, then 最初から so the next loop starts clean.
export const BENCH_TURNS = ['母の物忘れがひどくて心配です', '中原区です', '最初から']

/** Per-connection state autocannon carries between a conversation's requests. */
type Context = { sessionId?: string }

/**
 * bench:load's conversation as autocannon's requests; `seen` (workerd-errors.ts) hears every answer's status, body and
 * turn (0-based) as it comes.
 */
export const conversationRequests = (
  seen?: (status: number, body: string, turn: number) => void,
): autocannon.Request[] =>
  BENCH_TURNS.map((text, i) => ({
    method: 'POST' as const,
    path: '/api/chat',
    headers: { 'content-type': 'application/json' },
    setupRequest: (req, ctx: Context) => ({
      ...req,
      body: JSON.stringify(i === 0 && !ctx.sessionId ? { text } : { sessionId: ctx.sessionId, text }),
    }),
    onResponse: (status, body, ctx: Context) => {
      seen?.(status, body, i)
      if (status === 200) ctx.sessionId = (JSON.parse(body) as { sessionId: string }).sessionId
    },
  }))

/**
 * The first words of the 503 wrangler dev's own proxy (its ProxyWorker) answers when its forward to the Worker fails.
 * It says "restarted" for any failed forward of a POST (it compares the request's URL, path and all, with the Worker's
 * bare address), though the isolate is the same one (perf19, docs/benchmarks.md): an answer of wrangler dev, not of
 * the service, whose errors are JSON. bench:load still counts it as an error; it names how many were these.
 */
export const WRANGLER_PROXY_503 = 'Your worker restarted mid-request'
