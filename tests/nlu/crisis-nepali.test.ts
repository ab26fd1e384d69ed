import { beforeAll, describe, expect, it } from 'vitest'
import type { Nlu } from '../../src/core/nlu.ts'
import { concepts } from '../../src/nlu/crisis-concepts.ts'
import { nepaliSkeleton, neskForm } from '../../src/nlu/crisis-nepali.ts'
import { lineShown } from './crisis-helpers.ts'
import { sharedNlu } from './helpers.ts'

// Nepali as people type it (issue 9, crisis4): Devanagari and the many romanisations read as one
// consonant skeleton, so a concept form is written once. The sentences below were written for this
// test, not taken from the corpus.

describe('the Nepali skeleton', () => {
  it.each([
    ['म मर्न चाहन्छु', 'ma marna chahanchu'],
    ['मलाई अब बाँच्न मन छैन', 'malai aba bachna man chaina'],
    ['मलाई अब बाँच्न मन छैन', 'malai aba banchna mann xaina'],
    ['रगत रोकिँदैन', 'ragat rokidaina'],
    ['फोन उठाउँदैन', 'phone uthaudaina'],
    ['हातमा काटेँ, रगत रोकिँदैन', 'haat ma kaate, ragat rokidaina'],
    ['श्रीमानले कुटिरहेको छ', 'shriman le kutiraheko chha'],
  ])('%s reads like "%s"', (devanagari, romanised) => {
    expect(nepaliSkeleton(devanagari)).not.toBe('')
    expect(nepaliSkeleton(devanagari)).toBe(nepaliSkeleton(romanised))
  })

  it.each([
    'I am going to the store with my mom',
    'Gusto ko nang mamatay na lang',
    'ang sakit ng dibdib ko',
    'toi dang lay dao rach chan, khong dung lai duoc',
    'quiero morir, ya no puedo',
    'kusuri zenbu nonda',
  ])('Latin text that is not Nepali has no skeleton: %s', (text) => {
    expect(nepaliSkeleton(text)).toBe('')
  })

  it('a one-word form has three consonants or more (shorter ones match almost any word)', () => {
    for (const c of concepts)
      for (const form of c.forms.nesk ?? []) {
        const letters = neskForm(form)
          .replace(/\[a-z0-9\]\*|\(\?!\[a-z0-9\]\)|\(\?: \[a-z0-9\]\+\)\{0,3\}/g, '')
          .replace(/[^a-z0-9]/g, '')
        if (!form.includes(' ')) expect(letters.length, `${c.id}: ${form}`).toBeGreaterThanOrEqual(3)
      }
  })
})

let nlu: Nlu
beforeAll(async () => {
  nlu = await sharedNlu()
})

const shown = (text: string) => lineShown(nlu, text)

describe('Nepali crises in either script and any spelling show a line', () => {
  it.each([
    'malai aba marna mann lagyo',
    'ma aba bachna chahanna, sabai sakiyo',
    'suicide garchu jasto lagcha',
    'haat ma blade le katdai chu',
    'buba bhuima dhalnu bhayo, bolaunda pani uthnu hunna',
    'srimati ko saas pherna gahro bhayo, oth nilo bhayo',
    'nindra ko goli sabai khae',
    'shriman le malai kutdai hunuhunchha, ma bathroom ma lukeko chu',
    'mero chori school bata aajhai ghar aaina, raat bhaisakyo',
    'मेरो छोरा स्कुलबाट अझै घर आएन, ६ बजिसक्यो',
  ])('%s', (text) => {
    expect(shown(text), text).toBe(true)
    expect(nlu.analyze(text).risk.lang ?? nlu.analyze(text).crisis?.lang, text).toBe('ne')
  })

  it.each([
    'mero chora 3 barsa bhayo, ramro boldaina',
    'ghar bhaada tirna dhilo bhayo, kunai sahayog paincha?',
  ])('everyday Nepali is not questioned: %s', (text) => {
    expect(shown(text), text).toBe(false)
  })
})

describe('suicide inside a practical question, office language and Cantonese show a line', () => {
  it.each([
    '自分がいなくなったあと、猫を引き取ってくれるところはありますか。もう疲れました',
    '今月でアパートを解約して、家具も全部人にあげました。もう必要ないので',
    'se eu morrer, quem fica com o meu gato? não vou precisar mais',
    '学校です。生徒が朝から登校しておらず、家にも連絡がつきません',
    '管理会社ですが、入居者の方と連絡がつかず、部屋にもいらっしゃらないようです',
    '阿爸突然昏低咗，叫極都唔醒',
    '老公而家打緊我，我匿埋喺廁所',
    '阿媽有認知障礙，行咗出街到而家都未返',
    '我已經諗好點樣死',
    // leaving told through an errand (crisis4, after d7): a pet, a lease, with the writer gone soon
    'うさぎを引き取ってくれる人を探しています。来週にはもういないので、急いでいます',
    "can someone adopt my cat this week? i won't be around after that",
    '我隻狗可唔可以搵人領養？下個月之後我唔喺度喇',
    'sabai lai dhanyabad. mero biralo kasle palchha? tyaspachi ma hunna',
  ])('%s', (text) => {
    expect(shown(text), text).toBe(true)
  })

  it.each([
    '引っ越すので家具を友達にあげました。新しい家に置けないので',
    '子どもが登校していないので、学校に相談したい',
    'ケアマネさんと連絡が取れないのですが、担当を変えられますか',
    'after I die I want my house to go to my niece',
    '阿媽認知障礙，想問有冇日間中心',
    '来月引っ越すので、ペットを引き取ってくれる人を探しています。来月にはもういないので',
  ])('an everyday question with the same words is not: %s', (text) => {
    expect(shown(text), text).toBe(false)
  })
})
