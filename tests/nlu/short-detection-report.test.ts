import { describe, expect, it } from 'vitest'
import { shortDetectionLines } from '../../scripts/nlu/language-eval.ts'
import type { Nlu } from '../../src/core/nlu.ts'
import { readLanguage } from '../../src/nlu/language.ts'

// analyze() reports readLanguage(text) as `language`; the rest of the reading plays no part in this line,
// so the test skips building kuromoji (which took over 30 s on a loaded machine).
const nlu = { analyze: (text: string) => ({ language: readLanguage(text) }) } as unknown as Nlu

// The line `npm run eval -- --sealed DIR` prints for issue 12's detection target: non-Japanese
// messages of 10–40 characters only, counted per language, and never a message's text.
describe('short-message detection line of the sealed report', () => {
  const messages = [
    { text: 'my father needs help at home', lang: 'en' }, // read as English
    { text: 'tôi bị chồng đánh, tôi không biết', lang: 'vi' }, // read as Vietnamese
    { text: 'tôi bị chồng đánh, tôi không biết', lang: 'pt' }, // mislabelled on purpose: a miss
    { text: '失智的媽媽晚上不睡覺，白天一直睡', lang: 'zh-Hant' },
    { text: 'hi there', lang: 'en' }, // 8 characters: not short by the target's definition
    { text: 'my mother forgets everything and I do not know where to ask for help', lang: 'en' }, // over 40
    { text: '母の物忘れがひどくなってきました', lang: 'ja' }, // Japanese: not in this target
    { text: 'はは が ひとり で すんで います', lang: 'ja-easy' },
  ]

  it('counts the non-Japanese 10–40-character messages, per language and in all', () => {
    const lines = shortDetectionLines(nlu, messages)
    expect(lines[0]).toContain('4 texts')
    expect(lines.find((l) => l.trim().startsWith('all'))).toMatch(/3\/4\s+75\.0%/)
    expect(lines.find((l) => l.trim().startsWith('pt'))).toMatch(/0\/1\s+0\.0%/)
    expect(lines.find((l) => l.trim().startsWith('vi'))).toMatch(/1\/1\s+100\.0%/)
    expect(lines.some((l) => l.trim().startsWith('ja'))).toBe(false)
  })

  it('prints counts only, never a message', () => {
    const report = shortDetectionLines(nlu, messages).join('\n')
    for (const m of messages) expect(report).not.toContain(m.text)
  })
})
