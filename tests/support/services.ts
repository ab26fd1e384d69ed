import { existsSync } from 'node:fs'
import { Socket } from 'node:net'

// Tests that need a real service call these at the top of the file. On a laptop without the service
// the suite is skipped with a message saying how to get it; under CI=true a missing service fails the
// run, because CI starts every service and a silent skip there would hide a broken build.

const inCi = () => process.env.CI === 'true'

const missing = (what: string, hint: string): null => {
  const message = `${what} is not available: ${hint}`
  if (inCi()) throw new Error(`${message} (CI=true: required services must be running)`)
  console.warn(`[skip] ${message}. Skipping the tests that need it.`)
  return null
}

const canConnect = (host: string, port: number, timeoutMs = 500): Promise<boolean> =>
  new Promise((resolve) => {
    const socket = new Socket()
    const done = (ok: boolean) => {
      socket.destroy()
      resolve(ok)
    }
    socket.setTimeout(timeoutMs, () => done(false))
    socket.once('error', () => done(false))
    socket.connect(port, host, () => done(true))
  })

/** The Redis URL to test against (REDIS_URL or 127.0.0.1:6379), or null when the suite should skip. */
export const requireRedis = async (): Promise<string | null> => {
  const url = process.env.REDIS_URL || 'redis://127.0.0.1:6379'
  const parsed = new URL(url)
  const ok = await canConnect(parsed.hostname, Number(parsed.port || 6379))
  return ok
    ? url
    : missing(`Redis at ${url}`, 'start it with `redis-server --daemonize yes` or set REDIS_URL')
}

/** Path of a headless Chromium for playwright-core, or null when the suite should skip. */
export const requireChromium = (): string | null => {
  const path = process.env.CHROMIUM_PATH || '/usr/bin/chromium'
  return existsSync(path)
    ? path
    : missing(`Chromium at ${path}`, 'install it (`apt-get install chromium`) or set CHROMIUM_PATH')
}

/** Deletes every session and claim key a test wrote under `prefix`, so nothing is left in a shared Redis. */
export const dropTestKeys = async (redisUrl: string, prefix: string) => {
  const { Redis } = await import('ioredis')
  const admin = new Redis(redisUrl)
  const keys = [
    ...(await admin.keys(`soudan:sess:${prefix}*`)),
    ...(await admin.keys(`soudan:claim:${prefix}*`)),
  ]
  if (keys.length) await admin.del(...keys)
  await admin.quit()
}
