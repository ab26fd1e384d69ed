import { expect } from 'vitest'
import { drainDeferred } from '../../src/channels/line/defer.ts'
import type { FlexBubble, LineMessage } from '../../src/channels/line/line-types.ts'
import { validateLineMessages } from '../../src/channels/line/validate.ts'
import { silentLogger } from '../../src/core/log.ts'
import { buildNodeApp } from '../../src/runtime/node/build-node-app.ts'
import { serveOnLoopback } from '../support/browser.ts'
import { startFakeLineApi } from '../support/fake-line-api.ts'
import { SECRET, signedHeaders, TOKEN, webhookBody } from './helpers.ts'

/**
 * The real service (flows, NLU, directory, memory sessions, ward locator) over HTTP on loopback,
 * talking to the fake LINE API, with its clock at `now` (the real clock when absent) and any extra
 * settings in `env`. scripts/line/measure.ts uses it too, with its own secret and token.
 */
export const startLineStack = async (
  opts: { now?: Date; env?: Record<string, string>; secret?: string; token?: string } = {},
) => {
  const token = opts.token ?? TOKEN
  const fake = await startFakeLineApi({ accessToken: token })
  const built = await buildNodeApp(
    {
      SESSION_STORE: 'memory',
      LINE_CHANNEL_SECRET: opts.secret ?? SECRET,
      LINE_CHANNEL_ACCESS_TOKEN: token,
      LINE_API_BASE_URL: fake.url,
      ...opts.env,
    },
    { logger: silentLogger, ...(opts.now ? { now: () => opts.now! } : {}) },
  )
  const server = await serveOnLoopback(built.app.fetch)
  const post = async (events: unknown[], opts: { sign?: boolean } = {}) => {
    const body = webhookBody(events)
    const headers = opts.sign === false ? { 'content-type': 'application/json' } : await signedHeaders(body)
    return fetch(`${server.url}/webhooks/line`, { method: 'POST', body, headers })
  }
  /** Sends one event, waits for its work to finish, returns the messages of the reply it caused. */
  const say = async (userId: string, event: Record<string, unknown>): Promise<LineMessage[]> => {
    const before = fake.callsTo('/v2/bot/message/reply').length
    const res = await post([{ ...event, source: { type: 'user', userId } }])
    expect(res.status).toBe(200)
    await drainDeferred()
    const replies = fake.callsTo('/v2/bot/message/reply')
    expect(replies.length).toBe(before + 1)
    const messages = (replies.at(-1)!.body as { messages: LineMessage[] }).messages
    expect(validateLineMessages(messages)).toEqual([])
    return messages
  }
  return {
    fake,
    built,
    url: server.url,
    post,
    say,
    close: async () => {
      await server.close()
      await built.close()
      await fake.close()
    },
  }
}

export const bubbles = (messages: LineMessage[]): FlexBubble[] =>
  messages.flatMap((m) =>
    m.type !== 'flex' ? [] : m.contents.type === 'carousel' ? m.contents.contents : [m.contents],
  )
