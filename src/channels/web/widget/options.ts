import { LANGUAGE_NAMES } from '../../../core/language-names.ts'
import type { Lang } from './strings.ts'

// The embedding page configures the widget with data- attributes on its own <script> tag.

export interface WidgetOptions {
  apiBase: string
  title: string | null
  color: string
  textColor: string
  position: 'left' | 'right'
  lang: Lang
  exitUrl: string
  /** Seconds a session lives without a turn; the server substitutes its own TTL when serving. */
  ttlSeconds: number
}

const SERVER_TTL = Number('__SOUDAN_SESSION_TTL__')
const DEFAULT_EXIT = 'https://www.google.com/search?q=%E5%A4%A9%E6%B0%97'

// A city may pass any colour; only plain CSS colour tokens get through, so nothing can break out
// of the stylesheet.
const safeColor = (v: string | undefined, fallback: string) =>
  v && /^(#[0-9a-f]{3,8}|[a-z]{3,20}|rgba?\([\d\s.,%]+\))$/i.test(v.trim()) ? v.trim() : fallback

const safeHttpUrl = (v: string | undefined, fallback: string) => {
  if (!v) return fallback
  try {
    const u = new URL(v, location.href)
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : fallback
  } catch {
    return fallback
  }
}

export const readOptions = (script: HTMLScriptElement | null): WidgetOptions => {
  const d = script?.dataset ?? {}
  // The API lives next to widget.js, wherever the page itself is served from.
  const src = script?.src ? new URL(script.src, location.href) : new URL(location.href)
  const base = d.api ? safeHttpUrl(d.api, src.origin) : src.href.replace(/\/widget\.js(\?.*)?$/, '')
  return {
    apiBase: base.replace(/\/$/, ''),
    title: d.title?.trim() || null,
    color: safeColor(d.color, '#1a5a9c'),
    textColor: safeColor(d.textColor, '#ffffff'),
    position: d.position === 'left' ? 'left' : 'right',
    // Any language the server answers in (ja, ja-easy, en, zh-Hans...); anything else is Japanese.
    lang: d.lang && d.lang in LANGUAGE_NAMES ? d.lang : 'ja',
    exitUrl: safeHttpUrl(d.exitUrl, DEFAULT_EXIT),
    ttlSeconds: Number.isFinite(SERVER_TTL) && SERVER_TTL > 0 ? SERVER_TTL : 1800,
  }
}
