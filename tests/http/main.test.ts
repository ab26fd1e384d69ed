import { type ChildProcess, spawn } from 'node:child_process'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { repoRoot } from '../../src/runtime/node/load-project.ts'

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

  it('logs one start-up line, serves on PORT and stops cleanly on SIGTERM', async () => {
    const port = await freePort()
    child = spawn(process.execPath, ['--import', 'tsx', join(repoRoot, 'src/runtime/node/main.ts')], {
      env: { ...process.env, PORT: String(port), SESSION_STORE: 'memory', LOG_LEVEL: 'info' },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let stdout = ''
    child.stdout!.on('data', (d) => {
      stdout += d
    })
    const startLine = await new Promise<Record<string, unknown>>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no start-up line; stdout: ${stdout}`)), 45_000)
      child!.stdout!.on('data', () => {
        const line = stdout.split('\n').find((l) => l.includes('"started"'))
        if (line) {
          clearTimeout(timer)
          resolve(JSON.parse(line))
        }
      })
      child!.once('exit', (code) => reject(new Error(`exited early with ${code}`)))
    })
    expect(startLine).toMatchObject({ event: 'started', port, store: 'memory' })
    expect(startLine.flow_files).toBeGreaterThan(0)
    expect(startLine.agencies).toBeGreaterThan(10)
    expect(startLine.tokenizer_ms).toBeGreaterThan(0)

    const health = await fetch(`http://127.0.0.1:${port}/healthz`)
    expect(await health.json()).toEqual({ ok: true, store: 'memory' })

    const exited = new Promise<number | null>((resolve) => child!.once('exit', (code) => resolve(code)))
    child.kill('SIGTERM')
    expect(await exited).toBe(0)
    expect(stdout).toContain('"stopping"')
  })
})
