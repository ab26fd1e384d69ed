import type { OutboundMessage } from '../../../core/messages.ts'

export interface ChatReply {
  sessionId: string
  messages: OutboundMessage[]
}

export type ChatRequest = { sessionId?: string; text?: string; choice?: string }

const known = new Set(['text', 'choices', 'agency', 'handoff', 'end'])

// A newer server may add message kinds; skip what this widget cannot draw rather than fail.
const drawable = (messages: unknown[]) =>
  messages.filter(
    (m): m is OutboundMessage => !!m && typeof m === 'object' && known.has((m as OutboundMessage).type),
  )

/** A failed turn. When the store is down the server still sends kind messages (with a phone) to show. */
export class ChatError extends Error {
  constructor(
    readonly status: number,
    readonly messages: OutboundMessage[],
  ) {
    super(`chat ${status}`)
  }
}

export const postChat = async (apiBase: string, body: ChatRequest): Promise<ChatReply> => {
  const res = await fetch(`${apiBase}/api/chat`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  })
  const data = (await res.json().catch(() => ({}))) as { sessionId?: unknown; messages?: unknown }
  const messages = Array.isArray(data.messages) ? drawable(data.messages) : []
  if (!res.ok) throw new ChatError(res.status, messages)
  if (typeof data.sessionId !== 'string' || !Array.isArray(data.messages)) throw new ChatError(0, [])
  return { sessionId: data.sessionId, messages }
}

/** Ends the session server-side; keepalive lets it finish while the page navigates away. */
export const endChat = (apiBase: string, sessionId: string) =>
  fetch(`${apiBase}/api/chat/${encodeURIComponent(sessionId)}`, { method: 'DELETE', keepalive: true }).catch(
    () => undefined,
  )
