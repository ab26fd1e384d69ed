import type { AddressInfo } from 'node:net'
import { serve } from '@hono/node-server'
import { type Browser, chromium } from 'playwright-core'
import { requireChromium } from './services.ts'

// Real headless Chromium for the widget tests. Skips with a message on a laptop without
// /usr/bin/chromium and fails under CI=true (see services.ts). Flags keep it off the network.

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
]

/** A launched browser, or null when the suite should skip. */
export const launchBrowser = async (): Promise<Browser | null> => {
  const executablePath = requireChromium()
  if (!executablePath) return null
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS })
}

/** Serves a fetch handler on a random loopback port. */
export const serveOnLoopback = async (fetch: (req: Request) => Response | Promise<Response>) => {
  let resolveInfo!: (i: AddressInfo) => void
  const ready = new Promise<AddressInfo>((r) => {
    resolveInfo = r
  })
  const server = serve({ fetch, port: 0, hostname: '127.0.0.1' }, resolveInfo)
  const { port } = await ready
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve())
      }),
  }
}
