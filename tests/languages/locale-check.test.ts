import { describe, expect, it } from 'vitest'
import { summarizeLocaleWarnings } from '../../src/locale/missing-keys.ts'
import { widgetLocaleLang } from '../../src/locale/widget-strings.ts'

describe('flows -- check on translations', () => {
  it('one line per language and kind of warning, with the count; a lone key keeps its own line', () => {
    const missing = '翻訳がありません（やさしい日本語で表示されます）'
    const unused = '使われていないキーです。フローの変更で消えた文言なら削除してください'
    const lines = summarizeLocaleWarnings([
      { file: 'flows/locales/ko.yaml', key: 'ui.call', message: missing },
      { file: 'flows/locales/ko.yaml', key: 'ui.map', message: missing },
      { file: 'flows/locales/ko.yaml', key: 'nodes.gone.text', message: unused },
      { file: 'flows/locales/vi.yaml', key: 'ui.call', message: missing },
      { file: 'flows/locales/vi.yaml', key: 'ui.map', message: missing },
      { file: 'flows/locales/vi.yaml', key: 'ui.hours', message: missing },
    ])
    expect(lines.map((l) => `${l.file} › ${l.key}`)).toEqual([
      'flows/locales/ko.yaml › 2 個のキー',
      'flows/locales/ko.yaml › nodes.gone.text',
      'flows/locales/vi.yaml › 3 個のキー',
    ])
    expect(lines[0]?.message).toContain('--verbose')
  })

  it('the widget locale route reads only languages we answer in', () => {
    expect(widgetLocaleLang('zh-Hant.json')).toBe('zh-Hant')
    expect(widgetLocaleLang('ja-easy.json')).toBe('ja-easy')
    expect(widgetLocaleLang('fr.json')).toBeNull()
    expect(widgetLocaleLang('en')).toBeNull()
    expect(widgetLocaleLang('../ja.json')).toBeNull()
  })
})
