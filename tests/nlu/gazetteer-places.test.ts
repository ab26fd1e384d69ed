import { describe, expect, it } from 'vitest'
import { buildGazetteer, townKanaForms } from '../../scripts/nlu/gazetteer-build.ts'
import type { WardId } from '../../src/core/taxonomy.ts'
import { findWard } from '../../src/nlu/gazetteer.ts'

// Where the resident lives, read right (issue #11, places13): 町名 in kana, and the ward the resident names
// against a town read beside it. Built from data/kawasaki/*.yaml as they are now (no model needed).

const g = buildGazetteer()
const read = (text: string) => findWard(g, text.normalize('NFKC'))
/** Each text read as that ward, by that way of naming it. */
const readVia = (via: string, rows: [string, WardId][]) =>
  it.each(rows)('%s → %s', (text, ward) => {
    expect(read(text)).toMatchObject({ value: ward, via })
  })

describe('a 町名 in kana is the town (the data’s own reading, hiragana or katakana)', () => {
  // Each town (as wards.yaml names it), its ward, and ways residents write it.
  const towns: Record<string, { ward: WardId; say: string[] }> = {
    小杉町: {
      ward: 'nakahara',
      say: ['こすぎまち', 'コスギマチ', 'こすぎまちに すんでいます', 'わたしは こすぎまち です'],
    },
    // 町 read the other way (the town is コスギジンヤチョウ): residents guess.
    小杉陣屋町: { ward: 'nakahara', say: ['こすぎじんやまち です', 'こすぎじんやちょう'] },
    上平間: { ward: 'nakahara', say: ['かみひらまです'] },
    下沼部: { ward: 'nakahara', say: ['シモヌマベに住んでます'] },
    菅仙谷: { ward: 'tama', say: ['すげせんごく'] },
    有馬: { ward: 'miyamae', say: ['みやまえく の ありま に すんで います'] },
    // Short readings count in a place-like context, spaced too (やさしい日本語), a ward in kana before them too.
    井田: { ward: 'nakahara', say: ['いだ に すんで います', 'なかはら く の いだ'] },
    小杉: { ward: 'nakahara', say: ['こすぎ の ちかく'] },
    久本: { ward: 'takatsu', say: ['ひさもとです'] },
    菅: { ward: 'tama', say: ['たまく の すげ に すんで います'] },
    // An ambiguous town in kana stays ambiguous until the ward settles it.
    野川: { ward: 'takatsu', say: ['高津区の のがわ', 'たかつく の のがわ'] },
  }
  it.each(
    Object.entries(towns).flatMap(([place, { ward, say }]) => say.map((text) => ({ text, ward, place }))),
  )('$text → $ward ($place)', ({ text, ward, place }) => {
    expect(read(text)).toMatchObject({ value: ward, place, via: 'town' })
  })

  it('a kana town read like a station stays the station (みぞのくち, さぎぬま, のぼりと)', () => {
    expect(read('みぞのくちに住んでいます')).toMatchObject({ value: 'takatsu', via: 'station' })
    expect(read('さぎぬま')).toMatchObject({ value: 'miyamae', via: 'station' })
    expect(read('のぼりと の ちかく')).toMatchObject({ value: 'tama', via: 'station' })
  })

  // Guards: a reading inside ordinary words, or a short reading with nothing place-like around it.
  const noPlace: Record<string, string[]> = {
    'a reading inside a word': [
      'あたまが いたいです',
      'きづきました',
      'いだいな ひとです',
      'あたまく の いだ',
    ],
    'a surname or a word, no place around it': [
      'いけだ さんに そうだんしました',
      'なかじまさんです',
      'しょうわの ころの はなし',
      'こすぎて つかれました',
      'とどろきが きこえる',
      'ふじみ ざかを のぼる',
      'ぼくの いだ',
    ],
    'no name at all': ['ありがとうございます'],
  }
  it.each(Object.entries(noPlace))('no place: %s', (_why, texts) => {
    for (const text of texts) expect(read(text), text).toBeNull()
  })

  it('a town’s kana forms: the reading folded to hiragana, and 町 both ways for long names only', () => {
    expect(townKanaForms('小杉陣屋町', 'コスギジンヤチョウ')).toEqual([
      'こすぎじんやちょう',
      'こすぎじんやまち',
    ])
    expect(townKanaForms('小杉町', 'コスギマチ')).toEqual(['こすぎまち'])
    expect(townKanaForms('新丸子町', 'シンマルコマチ')).toEqual(['しんまるこまち', 'しんまるこちょう'])
    expect(townKanaForms('田町', 'タマチ')).toEqual(['たまち'])
    expect(townKanaForms('平', undefined)).toEqual([])
  })
})

describe('the ward the resident names wins over a town of another ward', () => {
  // The named ward, and what residents write: 「平間」 is no 平 (宮前区), a kanji after a short name makes a
  // longer name; a town of another ward beside the named ward gives the named ward, not the town's.
  const named: Partial<Record<WardId, string[]>> = {
    nakahara: ['中原区の平間', '中原区の平間に住んでます', '中原区 平間のあたり', '中原区の宮前平の近く'],
    takatsu: ['高津区の有馬です'],
    asao: ['麻生区に住んでいて、宿河原のあたりです'],
  }
  it.each(Object.entries(named).flatMap(([ward, say]) => say.map((text) => ({ text, ward }))))(
    '$text → $ward, the named ward',
    ({ text, ward }) => {
      expect(read(text)).toMatchObject({ value: ward, via: 'ward_name' })
    },
  )

  // Guards: a town in the named ward says more, and is kept; a town alone is still its ward.
  const kept: Record<string, { ward: WardId; say: string[] }> = {
    平: { ward: 'miyamae', say: ['宮前区の平', '宮前区平3丁目', '平に住んでいます'] },
    宿河原: { ward: 'tama', say: ['多摩区の宿河原'] },
    上平間: { ward: 'nakahara', say: ['中原区の上平間'] },
    有馬: { ward: 'miyamae', say: ['宮前区の有馬です'] },
    野川: { ward: 'miyamae', say: ['川崎市宮前区の野川'] },
  }
  it.each(
    Object.entries(kept).flatMap(([place, { ward, say }]) => say.map((text) => ({ text, ward, place }))),
  )('$text → $ward ($place), the town kept', ({ text, ward, place }) => {
    expect(read(text)).toMatchObject({ value: ward, via: 'town', place })
  })
})

describe('a 町名 or a short station in Latin letters, from the data’s own reading (dialogs13)', () => {
  // What residents write in romaji, and the place it is (read as the data reads it: wanakana over wards.yaml
  // and stations.yaml kana, long vowels written short, 町 either way and apart).
  const latin: Record<string, { ward: WardId; via: 'town' | 'station'; say: string[] }> = {
    栗木台: { ward: 'asao', via: 'town', say: ['Kurigidai', 'kurigidai desu', 'we live in Kurigidai'] },
    小杉町: { ward: 'nakahara', via: 'town', say: ['Kosugi-cho', 'kosugi machi', 'Kosugicho 2-chome'] },
    桜本: { ward: 'kawasaki', via: 'town', say: ['Kawasaki-ku, Sakuramoto', 'moro em Sakuramoto'] },
    下平間: { ward: 'saiwai', via: 'town', say: ['Shimo-Hirama', 'Saiwai-ku Shimohirama'] },
    向ヶ丘遊園駅: { ward: 'tama', via: 'station', say: ['Mukogaoka-yuen', 'near Mukougaoka-yuuen'] },
    // A short station (four kana) in a place-like context: near, in, cerca de, malapit sa, po, the whole answer.
    登戸駅: { ward: 'tama', via: 'station', say: ['Noborito', 'near Noborito', 'malapit sa Noborito po'] },
    鷺沼駅: { ward: 'miyamae', via: 'station', say: ['vivimos cerca de Saginuma', 'Saginuma desu'] },
    鹿島田駅: { ward: 'saiwai', via: 'station', say: ['gần Kashimada', 'in Kashimada'] },
  }
  it.each(
    Object.entries(latin).flatMap(([place, { ward, via, say }]) =>
      say.map((text) => ({ text, ward, via, place })),
    ),
  )('$text → $ward ($place)', ({ text, ward, via, place }) => {
    expect(read(text.toLowerCase())).toMatchObject({ value: ward, via, place })
  })

  // Guards: a short romaji name inside a sentence with nothing place-like around it, a word of another
  // language, and the ward named beside a town of another ward.
  const nothing = [
    'la ida y la vuelta me cuesta mucho',
    'he has an ida card',
    'sugao is his friend',
    'my friend Hirama said so',
    'noborito, my dog, is sick',
  ]
  it.each(nothing)('%s → no place', (text) => {
    expect(read(text.toLowerCase())).toBeNull()
  })
  it('the ward named wins over a romaji town of another ward (nakahara-ku, Sakuramoto → 中原区)', () => {
    expect(read('nakahara-ku, sakuramoto')).toMatchObject({ value: 'nakahara', via: 'ward_name' })
  })
})

describe('a ward said in kana by another reading of its kanji (dialogs14: 高津 as こうつ, 麻生 as あそう)', () => {
  // Voice input and residents who guess the reading: with 区, in a place-like context or as the whole answer.
  const said: [string, WardId][] = [
    ['こうつく です', 'takatsu'],
    ['コウツク', 'takatsu'],
    ['こうづくに住んでます', 'takatsu'],
    ['あそうく に すんでます', 'asao'],
    ['アソウクです', 'asao'],
  ]
  it.each(said)('%s → %s', (text, ward) => {
    expect(read(text)).toMatchObject({ value: ward, via: 'ward_name' })
  })
  it('before a town, it is the ward that town is read in (こうつく の すえなが → 末長)', () => {
    expect(read('こうつく の すえなが')).toMatchObject({ value: 'takatsu', via: 'town', place: '末長' })
  })
  // Guards: the same letters inside a sentence that is about something else.
  it.each(['こうつくってみたらおいしかった', 'あそうくんが来た', 'あそうくんとこうつくる'])(
    '%s → no place',
    (text) => {
      expect(read(text)).toBeNull()
    },
  )
})

describe('dialogs15: landmarks and places just across the city line, as a terse answer to the ward question', () => {
  // A park, a museum or a station's common short name lies in one ward: read like a station (no 町名 is guessed).
  readVia('station', [
    ['しんゆりじゃなくて新ゆりの駅の裏', 'asao'],
    ['新ゆり', 'asao'],
    ['生田緑地の すぐそば', 'tama'],
    ['東高根森林公園の近くです', 'miyamae'],
    ['夢見ヶ崎のあたり', 'saiwai'],
    ['藤子・F・不二雄ミュージアムの近所', 'tama'],
  ])

  // Across the line, said where one lives or as the whole answer: outside the city.
  it.each(['鶴川に住んでる', 'たまプラーザの近く', 'あざみ野', '玉川学園のほうです', '二子玉川に住んでます'])(
    '%s → outside',
    (text) => {
      expect(read(text)).toMatchObject({ value: 'outside', via: 'place_outside' })
    },
  )

  // Guards: a ward said beside a place across the line wins, and 二子 (高津区) stays in the city.
  it('a ward said beside a station across the line wins (あざみ野の店で働いてて、家は宮前区)', () => {
    expect(read('あざみ野の店で働いてて、家は宮前区')).toMatchObject({ value: 'miyamae' })
  })
  it('二子新地 and 二子 stay in 高津区', () => {
    expect(read('二子新地')).toMatchObject({ value: 'takatsu' })
    expect(read('二子に住んでる')).toMatchObject({ value: 'takatsu' })
  })
})

describe('dialogs16: a town named by its bus stop or the back of a place, as voice input answers the ward question', () => {
  // Short towns that need a place-like context (小倉, 塚越, 宮内, 中島): a bus stop or 「の裏」 after them is one.
  readVia('town', [
    ['市バスの塚越のバス停の前です', 'saiwai'],
    ['小倉バス停のすぐ近く', 'saiwai'],
    ['宮内の裏のほう', 'nakahara'],
    ['中島のそばに住んでます', 'kawasaki'],
  ])

  // Guards: a surname or a word that is also a town, with no bus stop or place word after it, is no place.
  it.each(['小倉さんの奥さんが心配', '中島さんに聞いた', '塚越さん'])('%s → no place', (text) => {
    expect(read(text)).toBeNull()
  })
})

describe('dialogs18: a town with the flat or estate in it, and the big stations in Hangul and Devanagari', () => {
  // 「…町のマンション」: the text is folded (katakana to hiragana) before the town's context is read.
  readVia('town', [
    ['戸手本町のマンションです', 'saiwai'],
    ['木月のアパートに住んでます', 'nakahara'],
    ['小倉の団地', 'saiwai'],
  ])
  readVia('station', [
    ['신카와사키 근처예요', 'saiwai'],
    ['무사시코스기역 앞이에요', 'nakahara'],
    ['미조노쿠치 근처', 'takatsu'],
    ['म शिन-कावासाकी नजिक बस्छु', 'saiwai'],
    ['मुसासी कोसुगी नजिक', 'nakahara'],
    ['नोबोरितो स्टेसन नजिक', 'tama'],
  ])

  // Guards: कावासाकी alone is the city, not a ward; a surname before のマンション is no place.
  it.each(['म कावासाकी मा बस्छु', '小倉さんのマンション'])('%s → no place', (text) => {
    expect(read(text)).toBeNull()
  })
})
