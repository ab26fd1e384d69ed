import { LANGUAGE_NAMES } from '../../../core/language-names.ts'
import { h } from './dom.ts'
import type { WidgetOptions } from './options.ts'
import type { Strings } from './strings.ts'
import { css } from './styles.ts'

// The widget's elements, inside a shadow root so the city's CSS cannot reach them.

export const buildPanel = (o: WidgetOptions, t: Strings) => {
  const host = h('div', { id: 'soudan-chat' })
  const shadow = host.attachShadow({ mode: 'open' })
  const styleText = css(o)
  try {
    // Constructed sheets are not blocked by a page's CSP for inline <style>.
    const sheet = new CSSStyleSheet()
    sheet.replaceSync(styleText)
    shadow.adoptedStyleSheets = [sheet]
  } catch {
    shadow.append(h('style', {}, styleText))
  }

  const title = o.title ?? t.title
  const launcher = h(
    'button',
    { type: 'button', class: 'launcher', 'aria-expanded': 'false', 'aria-controls': 'sc-panel' },
    o.title ?? t.open,
  )
  const largeBtn = h('button', { type: 'button', class: 'larger', 'aria-pressed': 'false' }, t.largerText)
  const exitBtn = h('button', { type: 'button', class: 'exit', title: t.quickExitHint }, t.quickExit)
  const closeBtn = h('button', { type: 'button' }, t.close)
  // Language: a list of every language in its own name, and a one-tap switch to やさしい日本語. Both
  // send a `lang:` choice, so the conversation (not only the frame) changes language.
  const langSelect = h(
    'select',
    { 'aria-label': t.language },
    ...Object.entries(LANGUAGE_NAMES).map(([code, name]) =>
      h('option', { value: code, lang: code === 'ja-easy' ? 'ja' : code }, name),
    ),
  )
  const easyBtn = h('button', { type: 'button', class: 'easy', 'aria-pressed': 'false', lang: 'ja' }, t.easy)
  const log = h('ol', { class: 'log', 'aria-label': t.conversation, tabindex: '0' })
  // Screen readers hear each new bot message once: only this region is live, and it holds only
  // the newest turn's messages, never the history.
  const live = h('div', { class: 'sr', 'aria-live': 'polite', 'aria-atomic': 'false' })
  const typing = h(
    'div',
    { class: 'typing', hidden: true },
    h('span', { class: 'dots', 'aria-hidden': 'true' }, h('span'), h('span'), h('span')),
    ` ${t.typing}`,
  )
  const input = h('textarea', {
    id: 'sc-input',
    rows: '2',
    maxlength: '1000',
    placeholder: t.placeholder,
    autocomplete: 'off',
  })
  const sendBtn = h('button', { type: 'submit' }, t.send)
  const form = h(
    'form',
    {},
    h('div', { class: 'field' }, h('label', { for: 'sc-input' }, t.inputLabel), input),
    sendBtn,
  )
  const panel = h(
    'section',
    {
      id: 'sc-panel',
      class: 'panel',
      role: 'dialog',
      'aria-modal': 'true',
      'aria-labelledby': 'sc-title',
      lang: 'ja',
      hidden: true,
    },
    // Not a page banner: the city's page has its own, and landmarks must not repeat.
    h(
      'header',
      { role: 'none' },
      h('h2', { id: 'sc-title' }, title),
      largeBtn,
      exitBtn,
      closeBtn,
      h('div', { class: 'langs' }, langSelect, easyBtn),
    ),
    log,
    typing,
    form,
    live,
  )
  const root = h('div', { class: 'root', lang: 'ja' }, launcher, panel)
  shadow.append(root)
  return {
    host,
    shadow,
    root,
    launcher,
    largeBtn,
    exitBtn,
    closeBtn,
    langSelect,
    easyBtn,
    log,
    live,
    typing,
    input,
    sendBtn,
    form,
    panel,
  }
}

export type Panel = ReturnType<typeof buildPanel>

/**
 * The frame in another language: every label and the `lang` of the panel. The city's own title
 * (data-title) stays as the city wrote it.
 */
export const relabel = (p: Panel, o: WidgetOptions, t: Strings, lang: string) => {
  p.root.setAttribute('lang', lang)
  p.panel.setAttribute('lang', lang)
  if (!o.title) {
    p.panel.querySelector('h2')!.textContent = t.title
    p.launcher.textContent = t.open
  }
  p.largeBtn.textContent = t.largerText
  p.exitBtn.textContent = t.quickExit
  p.exitBtn.title = t.quickExitHint
  p.closeBtn.textContent = t.close
  p.langSelect.setAttribute('aria-label', t.language)
  p.log.setAttribute('aria-label', t.conversation)
  p.typing.lastChild!.textContent = ` ${t.typing}`
  p.input.placeholder = t.placeholder
  p.form.querySelector('label')!.textContent = t.inputLabel
  p.sendBtn.textContent = t.send
}
