import { RICH_MENU_HELP_DATA } from './events.ts'

// The rich menu under the chat: four large areas, each a postback the flow already understands, so a
// tap is never re-read as free text. `displayText` puts the tapped word in the chat, as if typed.
//   相談する   → `menu`    the concern menu (classify node)
//   窓口を探す → `human`   whom to call for the concern/ward known so far (control handler)
//   最初から   → `restart` start over (control handler)
//   使い方     → `help`    turned into a `start` turn by the LINE channel: greeting + what the bot does

export const RICH_MENU_WIDTH = 2500
export const RICH_MENU_HEIGHT = 843
export const RICH_MENU_NAME = 'soudan-router main'

export const richMenuAreas = [
  { label: '相談する', data: 'menu' },
  { label: '窓口を探す', data: 'human' },
  { label: '最初から', data: 'restart' },
  { label: '使い方', data: RICH_MENU_HELP_DATA },
] as const

const areaWidth = RICH_MENU_WIDTH / richMenuAreas.length

export const richMenu = {
  size: { width: RICH_MENU_WIDTH, height: RICH_MENU_HEIGHT },
  selected: true,
  name: RICH_MENU_NAME,
  chatBarText: 'メニュー',
  areas: richMenuAreas.map((a, i) => ({
    bounds: { x: Math.round(i * areaWidth), y: 0, width: Math.round(areaWidth), height: RICH_MENU_HEIGHT },
    action: { type: 'postback' as const, label: a.label, data: a.data, displayText: a.label },
  })),
}
