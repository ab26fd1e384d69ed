import { type ChildProcess, spawn } from 'node:child_process'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { repoRoot } from '../../src/runtime/node/load-project.ts'
import { SECRET, signedHeaders, TOKEN, textEvent, USER_ID, webhookBody } from '../line/helpers.ts'

const freePort = async () => {
  const { createServer } = await import('node:net')
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as { port: number }
  await new Promise<void>((resolve) => server.close(() => resolve()))
  return port
}

// `npm start` as a process: one start-up line, serves, and exits 0 on SIGTERM.
describe('node runtime main', () => {
  let child: ChildProcess | undefined
  afterEach(() => {
    if (child && child.exitCode === null) child.kill('SIGKILL')
  })

  /** Spawns `npm start` with `env`; resolves with its start-up line and its stdout so far. */
  const start = async (env: Record<string, string>) => {
    const port = await freePort()
    child = spawn(process.execPath, ['--import', 'tsx', join(repoRoot, 'src/runtime/node/main.ts')], {
      env: { ...process.env, PORT: String(port), SESSION_STORE: 'memory', LOG_LEVEL: 'info', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    const out = { text: '' }
    child.stdout!.on('data', (d) => {
      out.text += d
    })
    const startLine = await new Promise<Record<string, unknown>>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no start-up line; stdout: ${out.text}`)), 45_000)
      child!.stdout!.on('data', () => {
        const line = out.text.split('\n').find((l) => l.includes('"started"'))
        if (line) {
          clearTimeout(timer)
          resolve(JSON.parse(line))
        }
      })
      child!.once('exit', (code) => reject(new Error(`exited early with ${code}`)))
    })
    const exited = new Promise<number | null>((resolve) => child!.once('exit', (code) => resolve(code)))
    return { port, startLine, out, exited }
  }

  it('logs one start-up line, serves on PORT and stops cleanly on SIGTERM', async () => {
    const { port, startLine, out, exited } = await start({})
    expect(startLine).toMatchObject({ event: 'started', port, store: 'memory' })
    expect(startLine.flow_files).toBeGreaterThan(0)
    expect(startLine.agencies).toBeGreaterThan(10)
    expect(startLine.tokenizer_ms).toBeGreaterThan(0)

    const health = await fetch(`http://127.0.0.1:${port}/healthz`)
    expect(await health.json()).toEqual({ ok: true, store: 'memory' })

    child!.kill('SIGTERM')
    expect(await exited).toBe(0)
    expect(out.text).toContain('"stopping"')
  })

  // Issue 10, defect 9: main.ts closed only the server and the store, so a LINE reply still being
  // prepared when SIGTERM came was dropped. The LINE API here takes 1.5 s to show the loading dots,
  // so the reply is still to come when the signal arrives.
  it('on SIGTERM, sends the LINE reply still in flight before it exits', async () => {
    const paths: string[] = []
    const line = createServer((req, res) => {
      req.resume()
      req.on('end', () => {
        const path = req.url ?? ''
        setTimeout(
          () => {
            paths.push(path)
            res.writeHead(200, { 'content-type': 'application/json' }).end('{}')
          },
          path.includes('loading') ? 1500 : 0,
        )
      })
    })
    await new Promise<void>((r) => line.listen(0, '127.0.0.1', r))
    const lineUrl = `http://127.0.0.1:${(line.address() as AddressInfo).port}`
    const { port, exited } = await start({
      LINE_CHANNEL_SECRET: SECRET,
      LINE_CHANNEL_ACCESS_TOKEN: TOKEN,
      LINE_API_BASE_URL: lineUrl,
    })
    const body = webhookBody([
      { ...textEvent('母の物忘れが心配です'), source: { type: 'user', userId: USER_ID } },
    ])
    const res = await fetch(`http://127.0.0.1:${port}/webhooks/line`, {
      method: 'POST',
      body,
      headers: await signedHeaders(body),
    })
    expect(res.status).toBe(200)
    await new Promise((r) => setTimeout(r, 300))
    child!.kill('SIGTERM')
    expect(await exited).toBe(0)
    expect(paths.some((p) => p.includes('/v2/bot/message/reply'))).toBe(true)
    await new Promise<void>((r) => line.close(() => r()))
  }, 60_000)
})
