import { schoolAges } from './entities.ts'
import type { Token } from './tokenizer.ts'

// 「麻生区です」「溝の口の近くに住んでます」「〒214-0011」「息子は30歳です」「小3です」「一人暮らしです」 answer the bot's "where?"
// or "how old?", they say nothing about what worries the resident. A classifier still ranks the
// labels for such a message, but by accident (its few grams belong to no label: 「息子」「歳」 lean
// towards abuse examples), so the analyzer reports `other` with a low confidence: the flow then keeps
// the concern it already has and only takes the ward or the age.

/** The word the gazetteer puts in place of every place name (see maskPlaces). */
const PLACE = '場所'

/** Words that only frame a place or an age: 「〜に住んでいます」「〜の近く」「父は〜歳」. */
const FRAME = new Set([
  ...['住む', 'いる', 'おる', 'ある', 'する', 'なる', '近く', '近所', 'あたり', '辺り', '周辺', '付近'],
  ...['在住', '住所', '住まい', '家', 'うち', '実家', '者', '方', '駅', '前', '〒'],
  ...['私', 'わたし', '僕', '自分', '本人', '息子', '娘', '子', '子ども', '子供', '父', '母', '夫', '妻'],
  ...[
    '主人',
    '祖父',
    '祖母',
    '兄',
    '姉',
    '弟',
    '妹',
    '孫',
    '父親',
    '母親',
    '今年',
    '今',
    'と',
    '一緒',
    'もう',
    // 「住んでいるのは多摩区です」: the nominalizer の.
    'の',
  ],
])
/** A school year (「小学3年生です」「中2」) is an age: its words frame the number. */
const SCHOOL = new Set(['小', '小学', '小学校', '中', '中学', '中学校', '高', '高校', '年生', '年', '学年'])
const KINDER = new Set(['年少', '年中', '年長'])
/** How someone lives (「一人暮らしです」「母と同居しています」) answers "who lives with them?". */
const LIVING = new Set([
  '一人暮らし',
  'ひとり暮らし',
  '独り暮らし',
  '独居',
  '同居',
  '二人暮らし',
  '施設',
  '入所',
])
const LIVING_FRAME = new Set(['暮らす', '暮らし', '住む', 'ひとり', '一人', '二人', '入る', '入っ'])
const AGE_UNIT = new Set(['歳', '才', 'さい', '代'])
const SKIP_POS = new Set(['助詞', '助動詞', '記号', 'フィラー'])

/** True when the message only names a place, an age or school year, or how someone lives (and whose). */
export const isAnswerOnly = (tokens: Token[]): boolean => {
  let answer = false
  let number = false
  const school = schoolAges(tokens.map((t) => t.surface).join('')) !== null
  // 「福岡に住んでいます」「大阪に住んでいる者ですが」: a place outside the city is a proper noun the
  // gazetteer does not mask; beside 住む it is where someone lives, not a worry about housing.
  const lives = tokens.some((t) => t.base === '住む' || t.base === '在住')
  for (const t of tokens) {
    if (lives && t.pos1 === '固有名詞') {
      answer = true
      continue
    }
    if ((school && SCHOOL.has(t.surface)) || KINDER.has(t.surface) || LIVING.has(t.base)) {
      answer = true
      continue
    }
    if (LIVING_FRAME.has(t.base)) continue
    if (t.surface === PLACE) {
      answer = true
      continue
    }
    if (AGE_UNIT.has(t.surface) && number) {
      answer = true
      continue
    }
    if (t.pos1 === '数' || /^[\s\d０-９\-－ー]+$/.test(t.surface)) {
      number = true
      continue
    }
    if (SKIP_POS.has(t.pos)) continue
    if (!FRAME.has(t.base) && !FRAME.has(t.surface)) return false
  }
  return answer
}
