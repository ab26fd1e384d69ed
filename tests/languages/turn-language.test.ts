import { describe, expect, it } from 'vitest'
import { turnLanguage } from '../../src/locale/localize-turn.ts'
import { nlu } from '../flow/fakes.ts'

// Which language a turn is answered in, and when a language named in the message is a request for it.
const text = (over: Parameters<typeof nlu>[0]) => ({ type: 'text' as const, nlu: nlu(over) })
const english = { detected: 'en' as const, requested: 'en' as const }

describe('turnLanguage', () => {
  it('「English please」 from a Japanese conversation switches and confirms', () => {
    expect(turnLanguage('ja', text({ intent: 'other', confidence: 0.2, language: english }))).toMatchObject({
      lang: 'en',
      switched: true,
    })
  })

  it('a worry that names the language the conversation is already in is followed, not a switch', () => {
    // 「is there any counseling in english?」 in an English conversation asks about a service.
    const t = turnLanguage('en', text({ intent: 'mental_health', confidence: 0.93, language: english }))
    expect(t).toMatchObject({ lang: 'en', switched: false })
  })

  it('naming the current language without a worry still confirms it', () => {
    expect(turnLanguage('en', text({ intent: 'other', confidence: 0.3, language: english })).switched).toBe(
      true,
    )
  })
})
