import type { Request as BotRequest, Response as BotResponse } from 'botbuilder'

// CloudAdapter.process expects express-like req/res objects. These stand-ins carry Hono's request in
// and capture the status and body botbuilder sets, so no express (or node:http) is needed.

export interface Captured {
  status: number
  body: unknown
  headers: Record<string, string>
}

export const stubRequest = (headers: Headers, body: Record<string, unknown>): BotRequest => ({
  method: 'POST',
  body,
  headers: Object.fromEntries(headers.entries()),
})

export const stubResponse = (captured: Captured): BotResponse => {
  const res: BotResponse = {
    socket: null,
    status(code: unknown) {
      captured.status = Number(code)
      return res
    },
    send(body: unknown) {
      captured.body = body
      return res
    },
    header(name: string, value: unknown) {
      captured.headers[name] = String(value)
      return res
    },
    end() {
      return res
    },
  }
  return res
}
