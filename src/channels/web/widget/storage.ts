import type { OutboundMessage } from '../../../core/messages.ts'

// The server keeps no transcript (privacy), so the widget keeps what it rendered in sessionStorage,
// together with the session id and its expiry: a reload within the TTL shows the same conversation.

export type Entry = { from: 'user'; text: string } | { from: 'bot'; message: OutboundMessage }

export interface SavedState {
  sessionId: string
  expiresAt: number
  entries: Entry[]
  open: boolean
}

const KEY = 'soudan-chat:v1'
const PREFS_KEY = 'soudan-chat:prefs'

const safe = <T>(fn: () => T, fallback: T): T => {
  try {
    return fn()
  } catch {
    // Storage can be disabled (private mode, strict settings); the chat still works without it.
    return fallback
  }
}

export const loadState = (now = Date.now()): SavedState | null =>
  safe(() => {
    const raw = sessionStorage.getItem(KEY)
    if (!raw) return null
    const s = JSON.parse(raw) as SavedState
    if (typeof s.sessionId !== 'string' || !Array.isArray(s.entries) || !(s.expiresAt > now)) {
      sessionStorage.removeItem(KEY)
      return null
    }
    return s
  }, null)

export const saveState = (s: SavedState) =>
  safe(() => sessionStorage.setItem(KEY, JSON.stringify(s)), undefined)

export const loadLargeText = () => safe(() => localStorage.getItem(PREFS_KEY) === 'large', false)
export const saveLargeText = (on: boolean) =>
  safe(() => (on ? localStorage.setItem(PREFS_KEY, 'large') : localStorage.removeItem(PREFS_KEY)), undefined)

/** Quick exit: nothing of ours may stay behind in this browser. */
export const clearAll = () =>
  safe(() => {
    sessionStorage.removeItem(KEY)
    localStorage.removeItem(PREFS_KEY)
  }, undefined)
