import type { Choice } from '../../core/messages.ts'
import type { SessionStore } from '../../core/session-store.ts'

// Bot Framework channels send a tapped suggested action back as plain text (postBack → the value,
// Teams imBack → the label). Remembering the last offered choices per conversation tells a tap from
// a typed sentence. Only our own choice values and labels are stored, never what the resident wrote.

const key = (sessionId: string) => `${sessionId}:choices`

export const rememberChoices = async (
  store: SessionStore,
  sessionId: string,
  choices: Choice[],
  ttl: number,
) => {
  const now = new Date().toISOString()
  await store.update(
    key(sessionId),
    (cur) => ({
      next:
        choices.length === 0
          ? null
          : {
              data: choices,
              version: (cur?.version ?? 0) + 1,
              createdAt: cur?.createdAt ?? now,
              updatedAt: now,
            },
      result: undefined,
    }),
    ttl,
  )
}

export const matchChoice = async (
  store: SessionStore,
  sessionId: string,
  text: string,
): Promise<string | null> => {
  const saved = await store.get(key(sessionId))
  if (!saved || !Array.isArray(saved.data)) return null
  const t = text.trim()
  const hit = (saved.data as Choice[]).find((c) => c && (c.value === t || c.label === t))
  return hit ? hit.value : null
}

export const forgetChoices = (store: SessionStore, sessionId: string) => store.delete(key(sessionId))
