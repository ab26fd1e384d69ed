import { beforeAll, describe, expect, it } from 'vitest'
import type { Nlu } from '../../src/core/nlu.ts'
import { sharedNlu } from './helpers.ts'

// A message that only names a place or an age answers "where" or "how old", not "what": it must not
// read as a concern (the flow would then switch topics); a concern with a place or age keeps its concern.

let nlu: Nlu
beforeAll(async () => {
  nlu = await sharedNlu()
})

describe('messages that only answer where or how old', () => {
  it.each([
    '高津区です',
    'あさおく です',
    '武蔵小杉の近くに住んでいます',
    '〒214-0011',
    '住所は中原区です',
    '横浜市に住んでます',
    '息子は30歳です',
    '母は八十五歳です',
    '40代です',
  ])('%s → other, low confidence, no second concern', (text) => {
    const r = nlu.analyze(text)
    expect(r.intent).toBe('other')
    expect(r.ranked[0]?.label).toBe('other')
    expect(r.confidence).toBeLessThan(0.5)
    expect(r.also).toEqual([])
  })

  it.each([
    ['高津区です。母の物忘れがひどくて', 'dementia'],
    ['川崎区に住んでいて、家賃が払えません', 'livelihood'],
    ['中原区の実家で父が兄に叩かれているようです', 'elder_abuse'],
    ['息子は30歳で、ずっと部屋から出てきません', 'hikikomori'],
    ['母は80歳です。最近物忘れがひどい', 'dementia'],
  ])('%s keeps its concern (%s)', (text, label) => {
    expect(nlu.analyze(text).intent).toBe(label)
  })

  it('still lets the crisis layer speak', () => {
    expect(nlu.analyze('多摩川に飛び込みたい').intent).toBe('crisis')
  })
})
