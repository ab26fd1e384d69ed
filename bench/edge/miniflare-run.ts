// bench:edge: one cold start of a prebundled Worker in workerd through Miniflare, the engine `wrangler
// dev` itself drives, but without the DevTools inspector that `wrangler dev` always attaches. That
// inspector has the Network domain on, so workerd hands it every subrequest's body: fetching the 49 MB
// of assets then took 8 s and ~3.5 s of workerd CPU (RSS +730 MB), against 0.16 s here for the same
// fetches (2026-12-06, load 7–8). Cloudflare runs no inspector, so this is the nearer figure of a real
// cold isolate; cold-start.ts prints both.
import { execFileSync } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { pathToFileURL } from 'node:url'

interface MiniflareLike {
  ready: Promise<unknown>
  dispatchFetch(url: string, init?: RequestInit): Promise<Response>
  dispose(): Promise<void>
}

/** wrangler's own Miniflare (a dependency of wrangler, so the same version `wrangler dev` runs). */
const loadMiniflare = async (): Promise<new (options: Record<string, unknown>) => MiniflareLike> => {
  const require = createRequire(import.meta.url)
  const wrangler = dirname(require.resolve('wrangler/package.json'))
  const entry = createRequire(join(wrangler, 'package.json')).resolve('miniflare')
  return ((await import(pathToFileURL(entry).href)) as { Miniflare: never }).Miniflare
}

/** CPU ms the workerd processes this process started have used (10 ms resolution). */
export const childWorkerdCpuMs = (): number =>
  execFileSync('ps', ['-o', 'pid=,comm=', '--ppid', String(process.pid)], { encoding: 'utf8' })
    .trim()
    .split('\n')
    .map((row) => row.trim().split(/\s+/))
    .filter(([, comm]) => comm === 'workerd')
    .reduce((sum, [pid]) => {
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? []
      return sum + (Number(fields[11] ?? 0) + Number(fields[12] ?? 0)) * 10
    }, 0)

const tomlValue = (toml: string, key: string) => toml.match(new RegExp(`^${key}\\s*=\\s*(.+)$`, 'm'))?.[1]

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!

/** The bundle in `bundleDir` (prebundleWorker's output: the script and its no-bundle wrangler.toml), started. */
export const startMiniflare = async (bundleDir: string, assetsDir: string | null): Promise<MiniflareLike> => {
  const Miniflare = await loadMiniflare()
  const toml = readFileSync(join(bundleDir, 'wrangler.toml'), 'utf8')
  const script = readdirSync(bundleDir).find((f) => f.endsWith('.js'))!
  const mf = new Miniflare({
    modules: true,
    scriptPath: join(bundleDir, script),
    modulesRoot: bundleDir,
    compatibilityDate: JSON.parse(tomlValue(toml, 'compatibility_date')!),
    compatibilityFlags: JSON.parse(tomlValue(toml, 'compatibility_flags') ?? '[]'),
    ...(assetsDir
      ? {
          assets: {
            directory: assetsDir,
            binding: 'ASSETS',
            routerConfig: { invoke_user_worker_ahead_of_assets: true, has_user_worker: true },
          },
        }
      : {}),
    bindings: { SESSION_STORE: 'memory', LOG_LEVEL: 'error' },
  })
  await mf.ready
  return mf
}

/** One cold start: the first message, then warm turns. Times are wall ms; CPU is workerd's. */
export const coldStartWithoutInspector = async (
  bundleDir: string,
  assetsDir: string | null,
  warmTurns: number,
) => {
  const mf = await startMiniflare(bundleDir, assetsDir)
  try {
    const turn = async (text: string) => {
      const t = performance.now()
      const res = await mf.dispatchFetch('http://localhost/api/chat', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ text }),
      })
      const body = await res.text()
      if (res.status !== 200) throw new Error(`turn answered ${res.status}: ${body.slice(0, 200)}`)
      return performance.now() - t
    }
    const cpu0 = childWorkerdCpuMs()
    const answerMs = await turn('母の物忘れがひどくて心配です')
    const cpuMs = childWorkerdCpuMs() - cpu0
    const warm: number[] = []
    for (let i = 0; i < 2 * warmTurns; i++) {
      const ms = await turn('父の介護のことで相談したいです')
      if (i >= warmTurns) warm.push(ms)
    }
    return { answerMs, cpuMs, warmTurnMs: median(warm) }
  } finally {
    await mf.dispose()
  }
}
