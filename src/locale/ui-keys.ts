import { agencyKinds } from '../core/taxonomy.ts'

// The renderers' own words, as keys under `ui:` in flows/locales/<lang>.yaml. Their Japanese source is
// flows/locales/ja.yaml, which must hold every one of them (checked when the project loads).

export const CARD_KEYS = {
  call: 'ui.call',
  hours: 'ui.hours',
  today: 'ui.today',
  openNow: 'ui.open_now',
  closedNow: 'ui.closed_now',
  urgent: 'ui.urgent',
  map: 'ui.map',
  address: 'ui.address',
  link: 'ui.link',
  nameHint: 'ui.name_hint',
  copy: 'ui.copy',
  copyHint: 'ui.copy_hint',
  notice: 'ui.notice',
  chatNote: 'ui.dv_note',
} as const

/** The web widget's frame (title, input, buttons), sent to it as one small JSON per language. */
export const WIDGET_KEYS = [
  'title',
  'open',
  'close',
  'quickExit',
  'quickExitHint',
  'largerText',
  'inputLabel',
  'placeholder',
  'send',
  'you',
  'bot',
  'typing',
  'restart',
  'error',
  'conversation',
  'intro',
  'language',
  'easy',
  /** The one-line privacy notice (insights): the widget links it to /privacy, LINE's first message too. */
  'privacy',
] as const

export const UI_KEYS: string[] = [
  ...Object.values(CARD_KEYS),
  'ui.reason',
  'ui.reason_ward',
  'ui.choose',
  'ui.language_set',
  'ui.send_location',
  'ui.hours_always',
  'ui.hours_closed_today',
  'ui.hours_today',
  ...agencyKinds.map((k) => `ui.gloss.${k}`),
  ...WIDGET_KEYS.map((k) => `ui.widget.${k}`),
]
