// The rich menu under the chat: six large areas in two rows, each a postback the flow already
// understands, so a tap is never re-read as free text. `displayText` puts the tapped words in the chat.
//   相談する              → `menu`      the concern menu (classify node)
//   緊急のとき            → `emergency` 110, 119 and the 24-hour lines (control handler)
//   窓口を探す            → `find`      asks what the desk is for, with the menu (control handler)
//   やさしい日本語        → `lang:ja-easy` answers in やさしい日本語 from now on (src/locale/localize-turn.ts)
//   Language              → `language`  every language in its own name, each a `lang:` button
//   最初から              → `restart`   start over (control handler)
// The image (rich-menu.png) is drawn from rich-menu.html by scripts/line/render-rich-menu-image.ts.

export const RICH_MENU_WIDTH = 2500
export const RICH_MENU_HEIGHT = 1686
export const RICH_MENU_NAME = 'soudan-router main'

/** Rows top to bottom; each row's areas share its width equally. */
export const richMenuRows = [
  [
    { label: '相談する', data: 'menu' },
    { label: '緊急のとき', data: 'emergency' },
    { label: '窓口を探す', data: 'find' },
  ],
  [
    { label: 'やさしい日本語', data: 'lang:ja-easy' },
    { label: 'Language', data: 'language' },
    { label: '最初から', data: 'restart' },
  ],
] as const

const rowHeight = RICH_MENU_HEIGHT / richMenuRows.length

export const richMenu = {
  size: { width: RICH_MENU_WIDTH, height: RICH_MENU_HEIGHT },
  selected: true,
  name: RICH_MENU_NAME,
  chatBarText: 'メニュー',
  areas: richMenuRows.flatMap((row, r) =>
    row.map((a, i) => {
      // Integer edges that add up to the full width: the last area takes the remainder.
      const x = Math.round((i * RICH_MENU_WIDTH) / row.length)
      const next = Math.round(((i + 1) * RICH_MENU_WIDTH) / row.length)
      return {
        bounds: { x, y: r * rowHeight, width: next - x, height: rowHeight },
        action: { type: 'postback' as const, label: a.label, data: a.data, displayText: a.label },
      }
    }),
  ),
}
