import { type ChildProcess, execFileSync, spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'

// Runs the real Worker build (wrangler.toml: [build], [alias], [assets]) in workerd via `wrangler dev`
// on a free loopback port, as its own process group so stopping it also stops workerd. Used by
// tests/workers and bench/edge/cold-start.ts.

const inCi = () => process.env.CI === 'true'

/** No network: no cf.json lookup, no telemetry, no banner (whose update check asks the registry). */
const quietWrangler = {
  CLOUDFLARE_CF_FETCH_ENABLED: 'false',
  WRANGLER_SEND_METRICS: 'false',
  WRANGLER_HIDE_BANNER: 'true',
}

/** The wrangler CLI, or null (with a message) when wrangler/workerd is not installed on this machine. */
export const requireWrangler = (): string | null => {
  const require = createRequire(import.meta.url)
  let cli: string | null = null
  try {
    const pkg = require.resolve('wrangler/package.json')
    const candidate = join(pkg, '..', 'bin', 'wrangler.js')
    // workerd ships as a platform package; without it `wrangler dev` cannot run locally.
    require.resolve('workerd/package.json', { paths: [join(pkg, '..')] })
    if (existsSync(candidate)) cli = candidate
  } catch {
    cli = null
  }
  if (cli) return cli
  const message = 'wrangler/workerd is not installed (npm install); the workerd suite needs them'
  if (inCi()) throw new Error(`${message} (CI=true: the Workers build must be tested)`)
  console.warn(`[skip] ${message}. Skipping the Workers tests.`)
  return null
}

export const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const s = createServer()
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number }
      s.close(() => resolve(port))
    })
    s.on('error', reject)
  })

export interface DevWorker {
  url: string
  /** The last few KB of wrangler's output, for failure messages. */
  output(): string
  /** Log lines the Worker printed that parse as our JSON logs. */
  events(): Record<string, unknown>[]
  stop(): Promise<void>
  /** ms from spawn to wrangler's "Ready on", and from then to the isolate's first /healthz answer (-1: not warmed). */
  timings: { readyMs: number; warmMs: number }
  child: ChildProcess
}

export const startDevWorker = async (
  cli: string,
  vars: Record<string, string>,
  options: {
    timeoutMs?: number
    config?: string
    /** Build the isolate with a /healthz call before returning (default true; the cold-start bench does not). */
    warm?: boolean
  } = {},
): Promise<DevWorker> => {
  const port = await freePort()
  const persist = mkdtempSync(join(tmpdir(), 'soudan-wrangler-'))
  // Its own inspector port too: two wrangler processes would both take the default 9229.
  const inspector = await freePort()
  const args = [cli, 'dev', '--port', String(port), '--ip', '127.0.0.1', '--persist-to', persist]
  args.push('--inspector-port', String(inspector), '--inspector-ip', '127.0.0.1')
  if (options.config) args.push('--config', options.config)
  args.push('--show-interactive-dev-session=false', '--log-level', 'log')
  for (const [k, v] of Object.entries(vars)) args.push('--var', `${k}:${v}`)
  const started = performance.now()
  const child = spawn(process.execPath, args, {
    env: { ...process.env, ...quietWrangler },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  })
  let out = ''
  let full = ''
  const onData = (d: Buffer) => {
    out = (out + d).slice(-8000)
    full += d
  }
  child.stdout?.on('data', onData)
  child.stderr?.on('data', onData)
  const url = `http://127.0.0.1:${port}`
  const timeoutMs = options.timeoutMs ?? 90_000
  let readyMs = -1
  while (performance.now() - started < timeoutMs) {
    if (child.exitCode !== null) throw new Error(`wrangler dev exited (${child.exitCode}):\n${out}`)
    // e.g. build:worker refusing a broken YAML file; wrangler keeps waiting for a fix, the test should not.
    if (/Running custom build .* failed/.test(full)) break
    if (/Ready on http/.test(full)) {
      readyMs = performance.now() - started
      break
    }
    await new Promise((r) => setTimeout(r, 50))
  }
  const stop = async () => {
    if (child.exitCode === null && child.pid) {
      const exited = new Promise((r) => child.once('exit', r))
      try {
        process.kill(-child.pid, 'SIGTERM')
      } catch {}
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))])
      if (child.exitCode === null) {
        try {
          process.kill(-child.pid, 'SIGKILL')
        } catch {}
      }
    }
    rmSync(persist, { recursive: true, force: true })
  }
  if (readyMs < 0) {
    await stop()
    throw new Error(`wrangler dev did not become ready (build failed or ${timeoutMs} ms passed):\n${out}`)
  }
  // The isolate builds the app on its first request: do that here, so tests time only their own work.
  const warmStarted = performance.now()
  let warmMs = -1
  while (options.warm !== false && performance.now() - started < timeoutMs) {
    if (child.exitCode !== null) break
    try {
      // A deadline per try: wrangler's proxy can leave a GET queued for good (see RELOADED below).
      const res = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(30_000) })
      await res.body?.cancel()
      if (res.status === 200) {
        warmMs = performance.now() - warmStarted
        break
      }
      // The isolate could not build the app (settings, bundled files, dictionary): the log says why.
      await stop()
      throw new Error(`the Worker answered /healthz with ${res.status}:\n${out}`)
    } catch (err) {
      if (err instanceof Error && err.message.startsWith('the Worker answered')) throw err
    }
    await new Promise((r) => setTimeout(r, 100))
  }
  if (options.warm !== false && warmMs < 0) {
    await stop()
    throw new Error(`the Worker did not answer /healthz within ${timeoutMs} ms:\n${out}`)
  }
  const events = () =>
    full
      .split('\n')
      .map((line) => line.match(/\{"t":.*\}/)?.[0])
      .filter((j): j is string => Boolean(j))
      .flatMap((j) => {
        try {
          return [JSON.parse(j) as Record<string, unknown>]
        } catch {
          return []
        }
      })
  return { url, output: () => out, events, stop, timings: { readyMs, warmMs }, child }
}

// wrangler dev puts a proxy (its ProxyWorker) in front of the Worker, and that proxy sometimes loses its
// pooled connection to the Worker (workers-sdk#14641: a kept-alive socket the Worker's side had closed;
// seen here on a loaded two-core machine, in 2 of 6 second POSTs after a cold build). It then takes the
// lost connection for a reload of the Worker, because it compares the request's whole URL with the
// Worker's bare origin, which differ for every path but / (ProxyWorker.ts, 4.86), and answers by method:
//   - a POST (any non-GET) gets 503 RELOADED at once;
//   - a GET or HEAD is queued for a reload that never comes, so it hangs until the client gives up
//     (a CI run's /healthz waited out its 20 s);
//   - and the client's own kept-alive socket to the proxy may be reset (ECONNRESET).
// None of these reached our Worker, so sending the request again is honest. A POST that simply takes
// too long is never sent again: it may have reached the Worker.
const RELOADED = 'Your worker restarted mid-request'

export interface DevResponse {
  res: Response
  /** The body, read (the Response's own body is consumed). */
  text: string
  bytes: Uint8Array
}

/**
 * fetch() against a `wrangler dev` Worker that sends the request again (up to `attempts` in all) when
 * wrangler's proxy, not the Worker, failed it (see above). A request that stalls fails after `timeoutMs`
 * naming the path and what went wrong, not at the test's end.
 */
export const devFetch = async (
  url: string,
  init: RequestInit = {},
  timeoutMs = 20_000,
  attempts = 3,
): Promise<DevResponse> => {
  const method = (init.method ?? 'GET').toUpperCase()
  const what = `${method} ${new URL(url).pathname}`
  let last = ''
  for (let attempt = 1; attempt <= attempts; attempt++) {
    try {
      const res = await fetch(url, { ...init, signal: AbortSignal.timeout(timeoutMs) })
      const bytes = new Uint8Array(await res.arrayBuffer())
      const text = new TextDecoder().decode(bytes)
      if (!(res.status === 503 && text.includes(RELOADED))) return { res, text, bytes }
      last = `503 "${RELOADED}"`
    } catch (err) {
      const e = err as Error & { cause?: { code?: string; message?: string } }
      const timedOut = e.name === 'TimeoutError'
      if (timedOut && method !== 'GET' && method !== 'HEAD') {
        throw new Error(`${what} gave no answer within ${timeoutMs} ms`)
      }
      // fetch's own TypeError is a lost connection; anything else is not the proxy's doing.
      if (!timedOut && e.name !== 'TypeError') throw err
      last = timedOut
        ? `no answer within ${timeoutMs} ms`
        : `connection lost (${e.cause?.code ?? e.cause?.message ?? e.message})`
    }
    // Said where it happens, so a CI log shows how often the proxy failed and how.
    if (attempt < attempts) console.warn(`[wrangler dev] ${what}: ${last}; sending it again`)
  }
  throw new Error(`${what} failed ${attempts} times in wrangler dev's proxy; the last: ${last}`)
}

/** POST `body` as JSON, as the widget and the console's pages do. */
export const postJson = (url: string, body: unknown, timeoutMs?: number) =>
  devFetch(
    url,
    { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) },
    timeoutMs,
  )

/** One /api/chat turn. */
export const chat = async (url: string, body: Record<string, unknown>, timeoutMs = 30_000) => {
  const { res, text } = await postJson(`${url}/api/chat`, body, timeoutMs)
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    // e.g. wrangler's own error page.
    throw new Error(`/api/chat answered ${res.status} with non-JSON: ${text.slice(0, 200)}`)
  }
  return {
    status: res.status,
    ...(json as {
      sessionId: string
      messages: { type: string; text?: string; agency?: { tel: string | null; phone: string | null } }[]
    }),
  }
}

/**
 * `wrangler dev` bundles with a file watcher that cannot be turned off: any save in the tree (other
 * work, a staff edit) reloads the Worker and drops requests in flight. Tests and benches therefore
 * let wrangler bundle once, exactly as `wrangler deploy` would ([build], [alias] and all), and serve
 * that bundle with a config that is the original minus bundling (no_bundle, same vars and assets).
 */
export const prebundleWorker = (cli: string, config: string, outDir: string) => {
  const started = performance.now()
  execFileSync(process.execPath, [cli, 'deploy', '--dry-run', '--config', config, '--outdir', outDir], {
    env: { ...process.env, ...quietWrangler },
    stdio: ['ignore', 'ignore', 'pipe'],
  })
  const bundleMs = performance.now() - started
  // wrangler names the bundle after `main` (index.js, stock-worker.js...).
  const main = readdirSync(outDir).find((f) => f.endsWith('.js'))
  if (!main) throw new Error(`wrangler wrote no bundle to ${outDir}`)
  const toml = join(outDir, 'wrangler.toml')
  writeFileSync(toml, noBundleConfig(readFileSync(config, 'utf8'), dirname(resolve(config)), main))
  return { toml, bundleMs, script: readFileSync(join(outDir, main)) }
}

/** The config text without [build] and [alias], `main` pointing at the bundle, assets made absolute. */
export const noBundleConfig = (text: string, configDir: string, main: string): string => {
  const out: string[] = []
  let section = ''
  let sawMain = false
  for (const line of text.split('\n')) {
    const header = line.match(/^\s*\[\[?([^\]]+)\]\]?\s*$/)
    if (header) section = header[1]!.trim()
    if (section === 'build' || section === 'alias') continue
    if (section === '' && /^\s*main\s*=/.test(line)) {
      out.push(`main = ${JSON.stringify(main)}`, 'no_bundle = true')
      sawMain = true
      continue
    }
    const dir = section === 'assets' ? line.match(/^\s*directory\s*=\s*"([^"]+)"/) : null
    if (dir) {
      out.push(`directory = ${JSON.stringify(resolve(configDir, dir[1]!))}`)
      continue
    }
    out.push(line)
  }
  if (!sawMain) throw new Error('the wrangler config has no top-level main')
  return out.join('\n')
}
