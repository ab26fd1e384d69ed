import { LANGUAGE_NAMES } from '../../../core/language-names.ts'
import type { OutboundMessage } from '../../../core/messages.ts'
import { ChatError, type ChatRequest, endChat, postChat } from './api.ts'
import { h } from './dom.ts'
import { readOptions } from './options.ts'
import { buildPanel, relabel } from './panel.ts'
import { renderEntry, spoken } from './render.ts'
import {
  clearAll,
  type Entry,
  loadLargeText,
  loadState,
  type SavedState,
  saveLargeText,
  saveState,
} from './storage.ts'
import { ja, type Lang, langOf, loadStrings, tag } from './strings.ts'

// Entry point of /widget.js: one <script> tag adds the chat button and panel to any page.

const start = (script: HTMLScriptElement | null) => {
  const o = readOptions(script)
  let t = ja
  const p = buildPanel(o, t)
  const {
    host,
    shadow,
    root,
    launcher,
    largeBtn,
    exitBtn,
    closeBtn,
    log,
    live,
    typing,
    input,
    sendBtn,
    form,
    panel,
    langSelect,
    easyBtn,
  } = p
  document.body.append(host)

  let state: SavedState | null = loadState()

  // The conversation's language, as its last answer says; the frame follows it (fetched lazily).
  let lang: Lang = 'ja'
  let wanted: Lang = 'ja'
  const showLang = async (next: Lang) => {
    wanted = next
    langSelect.value = next in LANGUAGE_NAMES ? next : 'ja'
    easyBtn.setAttribute('aria-pressed', String(next === 'ja-easy'))
    if (next === lang) return
    const loaded = await loadStrings(o.apiBase, next)
    // A newer switch won while this one was loading.
    if (wanted !== next) return
    lang = next
    t = loaded
    relabel(p, o, t, tag(next))
  }
  const lastBot = (entries: Entry[]) => {
    for (let i = entries.length - 1; i >= 0; i--) {
      const e = entries[i]!
      if (e.from === 'bot') return e.message
    }
    return null
  }
  const langNow = () => {
    const m = lastBot(state?.entries ?? [])
    return m ? langOf(m.lang) : o.lang
  }
  let busy = false
  let exited = false

  const setLarge = (on: boolean) => {
    root.classList.toggle('large', on)
    largeBtn.setAttribute('aria-pressed', String(on))
  }
  setLarge(loadLargeText())

  const persist = () => state && saveState(state)

  const drawAll = () => {
    // The one-line notice on what is counted links to the service's /privacy page (docs/insights-privacy.md).
    const notice = h(
      'a',
      { href: `${o.apiBase}/privacy`, target: '_blank', rel: 'noopener noreferrer' },
      t.privacy,
    )
    log.replaceChildren(h('li', { class: 'intro' }, t.intro, ' ', notice))
    const entries = state?.entries ?? []
    const lastUser = entries.map((e) => e.from).lastIndexOf('user')
    entries.forEach((e, i) => {
      log.append(renderEntry(e, t, i > lastUser, choose, restart))
    })
  }

  const scrollDown = () => {
    log.scrollTop = log.scrollHeight
  }

  const announce = (messages: OutboundMessage[]) => {
    live.replaceChildren()
    // A short pause lets screen readers notice the region changed even when the text repeats.
    setTimeout(() => live.append(...messages.map((m) => h('p', { lang: m.lang ?? 'ja' }, spoken(m, t)))), 100)
  }

  // What the resident sent while the previous turn (often the greeting) was still on its way: sent as
  // soon as that turn is drawn, never dropped.
  let queued: (() => void) | null = null

  const send = async (req: ChatRequest, shown: string | null) => {
    if (busy) {
      queued = () => void send(req, shown)
      return
    }
    busy = true
    const hadFocus = shadow.activeElement
    const mine: Entry[] = shown === null ? [] : [{ from: 'user', text: shown }]
    // Answered choices lose their buttons; the question and the answer stay in the transcript.
    for (const g of log.querySelectorAll('.choice-group')) g.remove()
    if (shown !== null) log.append(renderEntry({ from: 'user', text: shown }, t, false, choose, restart))
    typing.hidden = false
    log.setAttribute('aria-busy', 'true')
    sendBtn.disabled = true
    scrollDown()
    let firstNew: HTMLElement | null = null
    try {
      const reply = await postChat(o.apiBase, { ...req, sessionId: state?.sessionId })
      if (exited) {
        // Quick exit happened while this turn was on its way: it must not bring the session back.
        void endChat(o.apiBase, reply.sessionId)
        return
      }
      const entries: Entry[] = reply.messages.map((message) => ({ from: 'bot', message }))
      state = {
        sessionId: reply.sessionId,
        expiresAt: Date.now() + o.ttlSeconds * 1000,
        entries: [...(state?.entries ?? []), ...mine, ...entries],
        open: true,
      }
      persist()
      const drawn = entries.map((e) => log.appendChild(renderEntry(e, t, true, choose, restart)))
      firstNew = drawn[0] ?? null
      announce(reply.messages)
      if (req.text !== undefined) input.value = ''
      void showLang(langNow())
    } catch (e) {
      if (exited) return
      // Back to the last saved turn: the open choices come back and the typed text stays in the box.
      drawAll()
      // The server's own words when it sent some (an outage notice with the city's phone line).
      const sent = e instanceof ChatError ? e.messages : []
      if (sent.length) {
        for (const m of sent) log.append(renderEntry({ from: 'bot', message: m }, t, false, choose, restart))
        announce(sent)
      } else {
        log.append(h('li', { class: 'msg bot err', role: 'alert' }, h('p', {}, t.error)))
      }
    } finally {
      busy = false
      typing.hidden = true
      log.removeAttribute('aria-busy')
      sendBtn.disabled = false
      // Long answers (several cards) are read from their start, not their end.
      if (firstNew) log.scrollTop = firstNew.offsetTop - 8
      else scrollDown()
      // Keep keyboard users in the panel when the button they pressed has gone: on the next question's
      // first choice when there is one (one Tab less per answer), else in the text box.
      if (hadFocus && !hadFocus.isConnected) {
        const next = firstNew ? log.querySelector<HTMLButtonElement>('.choice-group button') : null
        ;(next ?? input).focus()
      }
      const next = queued
      queued = null
      next?.()
    }
  }

  function choose(value: string, label: string) {
    void send({ choice: value }, label)
  }

  function restart() {
    if (state) void endChat(o.apiBase, state.sessionId)
    state = null
    drawAll()
    void send({}, null)
  }

  const open = () => {
    panel.hidden = false
    launcher.hidden = true
    launcher.setAttribute('aria-expanded', 'true')
    if (state) {
      state.open = true
      persist()
    }
    input.focus()
    scrollDown()
    // A page that set data-lang opens the conversation in that language.
    if (!state || state.entries.length === 0)
      void send(o.lang === 'ja' ? {} : { choice: `lang:${o.lang}` }, null)
  }

  const chooseLang = (code: string) => {
    if (code === lang) return
    void showLang(code)
    choose(`lang:${code}`, LANGUAGE_NAMES[code as keyof typeof LANGUAGE_NAMES] ?? code)
  }

  // A dialog pattern: Tab and Shift+Tab cycle inside the open panel and never reach the page
  // behind it (hidden behind the full-screen panel on a phone).
  const trapTab = (e: KeyboardEvent) => {
    const all = [...panel.querySelectorAll<HTMLElement>('button,a[href],textarea,[tabindex="0"]')].filter(
      (el) => !(el as HTMLButtonElement).disabled && el.getClientRects().length > 0,
    )
    const first = all[0]
    const last = all[all.length - 1]
    const active = shadow.activeElement
    if (e.shiftKey && (active === first || !panel.contains(active))) {
      e.preventDefault()
      last?.focus()
    } else if (!e.shiftKey && (active === last || !panel.contains(active))) {
      e.preventDefault()
      first?.focus()
    }
  }

  const close = () => {
    panel.hidden = true
    launcher.hidden = false
    launcher.setAttribute('aria-expanded', 'false')
    if (state) {
      state.open = false
      persist()
    }
    launcher.focus()
  }

  const quickExit = () => {
    exited = true
    const id = state?.sessionId
    state = null
    clearAll()
    if (id) void endChat(o.apiBase, id)
    host.remove()
    location.replace(o.exitUrl)
  }

  launcher.addEventListener('click', open)
  closeBtn.addEventListener('click', close)
  langSelect.addEventListener('change', () => chooseLang(langSelect.value))
  easyBtn.addEventListener('click', () => chooseLang(lang === 'ja-easy' ? 'ja' : 'ja-easy'))
  exitBtn.addEventListener('click', quickExit)
  largeBtn.addEventListener('click', () => {
    const on = !root.classList.contains('large')
    setLarge(on)
    saveLargeText(on)
  })
  panel.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') close()
    if (e.key === 'Tab') trapTab(e)
  })
  input.addEventListener('keydown', (e) => {
    // Enter sends, Shift+Enter is a new line; never send while an IME is composing Japanese.
    if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) {
      e.preventDefault()
      form.requestSubmit()
    }
  })
  form.addEventListener('submit', (e) => {
    e.preventDefault()
    const text = input.value.trim()
    if (text) void send({ text }, text)
  })

  drawAll()
  void showLang(langNow())
  if (state?.open) {
    panel.hidden = false
    launcher.hidden = true
    launcher.setAttribute('aria-expanded', 'true')
    scrollDown()
  }
}

const script = document.currentScript as HTMLScriptElement | null
if (document.body) start(script)
else document.addEventListener('DOMContentLoaded', () => start(script))
