import { describe, expect, it } from 'vitest'
import { findYesNo } from '../../src/nlu/entities.ts'
import { normalizeText } from '../../src/nlu/normalize.ts'

// The first word of a reply read as yes or no in every language residents are answered in, so that
// 「〜のご相談でしょうか？」 and the offer of a second worry can be answered without a button.

const read = (text: string) => findYesNo(normalizeText(text))

describe('yes and no in the residents’ languages', () => {
  it.each([
    'Yes',
    'Yeah, that is right',
    'Sure',
    '是的',
    '对，是这个',
    '好的',
    '네',
    '예, 맞아요',
    'Vâng',
    'Dạ, đúng rồi',
    'Có',
    'Oo',
    'Opo',
    'Sim',
    'Sí, por favor',
    'हो',
    'हजुर',
  ])('%s is yes', (t) => expect(read(t)).toBe(true))

  it.each([
    'No',
    'Nope',
    '不是',
    '不用了',
    '没有',
    '아니요',
    '아뇨, 괜찮아요',
    'Không',
    'Không phải',
    'Hindi po',
    'Não',
    'No, gracias',
    'होइन',
    'छैन',
  ])('%s is no', (t) => expect(read(t)).toBe(false))

  it.each([
    '不好意思，我想问一下',
    'Sino po ang dapat kong tawagan?',
    '네일샵',
    'Nothing works',
    'Síndrome de Down',
  ])('%s is neither (a word that only begins like one)', (t) => expect(read(t)).toBe(null))
})
