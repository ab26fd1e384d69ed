import type { Subject } from '../core/taxonomy.ts'

// Whose worry it is and how old they are, in the languages kuromoji does not read: English, Spanish,
// Portuguese, Tagalog, Vietnamese, Chinese, Korean and Nepali (Devanagari and romanized). Read only
// when the Japanese word lists (src/nlu/entities.ts) found nobody. Latin words stand as whole words;
// Hangul and Han words may carry particles (엄마가, 我妈), so they match inside a word. Vietnamese is
// matched with its diacritics where dropping them would make an English or Spanish word (mẹ → me).

const SUBJECT_WORDS: [Subject, string[]][] = [
  [
    'parent',
    [
      // en es pt tl
      'mother',
      'mom',
      'mum',
      'father',
      'dad',
      'parents',
      'mother-in-law',
      'father-in-law',
      'madre',
      'mamá',
      'mama',
      'padre',
      'papá',
      'papa',
      'padres',
      'suegra',
      'suegro',
      'mãe',
      'mae',
      'pai',
      'sogra',
      'sogro',
      'nanay',
      'tatay',
      'inay',
      'itay',
      'magulang',
      'biyenan',
      // vi
      'mẹ',
      'bố',
      'bố mẹ',
      'cha mẹ',
      'ba mẹ',
      'mẹ chồng',
      'mẹ vợ',
      // ne (romanized, as it is typed by ear: aama/ama, buwa/bua, sasu/sasura)
      'aama',
      'ama',
      'buba',
      'buwa',
      'bua',
      'baba',
      'sasu',
      'sasura',
      'aama buwa',
      // ko zh ne
      '엄마',
      '어머니',
      '아빠',
      '아버지',
      '부모',
      '시어머니',
      '시아버지',
      '장모',
      '妈妈',
      '我妈',
      '母亲',
      '爸爸',
      '我爸',
      '父亲',
      '父母',
      '婆婆',
      '岳母',
      'आमा',
      'बुबा',
      'बुवा',
      'बाबा',
      'सासू',
      'ससुरा',
    ],
  ],
  [
    'spouse',
    [
      'husband',
      'wife',
      'partner',
      'boyfriend',
      'girlfriend',
      'esposo',
      'esposa',
      'marido',
      'pareja',
      'novio',
      'companheiro',
      'namorado',
      'asawa',
      'kinakasama',
      'chồng',
      'vợ',
      'logne',
      'srimati',
      'shrimati',
      'shreemati',
      'sriman',
      'shriman',
      'shreeman',
      'shrimaan',
      '남편',
      '아내',
      '와이프',
      '남자친구',
      '老公',
      '老婆',
      '妻子',
      '男朋友',
      'लोग्ने',
      'श्रीमान',
      'श्रीमती',
      'पति',
      'पत्नी',
    ],
  ],
  [
    'child',
    [
      'son',
      'daughter',
      'child',
      'children',
      'kid',
      'kids',
      'baby',
      'toddler',
      'hijo',
      'hija',
      'hijos',
      'niño',
      'niña',
      'bebé',
      'filho',
      'filha',
      'filhos',
      'criança',
      'bebê',
      'anak',
      'con trai',
      'con gái',
      'con tôi',
      'con của tôi',
      'em bé',
      'chhora',
      'chhori',
      'chora',
      'chori',
      'chhoro',
      'xora',
      'xori',
      'baccha',
      'bachcha',
      'bachha',
      '아들',
      '딸',
      '아이',
      '아기',
      '자녀',
      '儿子',
      '女儿',
      '孩子',
      '小孩',
      '宝宝',
      'छोरा',
      'छोरी',
      'बच्चा',
      'नानी',
    ],
  ],
  [
    'family',
    [
      'grandmother',
      'grandma',
      'grandfather',
      'grandpa',
      'brother',
      'sister',
      'uncle',
      'aunt',
      'abuela',
      'abuelo',
      'hermano',
      'hermana',
      'avó',
      'avô',
      'irmão',
      'irmã',
      'lola',
      'lolo',
      'kapatid',
      'bà nội',
      'bà ngoại',
      'ông nội',
      'ông ngoại',
      'anh trai',
      'chị gái',
      'em trai',
      'em gái',
      '할머니',
      '할아버지',
      '동생',
      '奶奶',
      '爷爷',
      '外婆',
      '哥哥',
      '姐姐',
      '弟弟',
      '妹妹',
      'hajurama',
      'hajuraama',
      'hajurba',
      'hajurbuwa',
      'hajurbuba',
      'daju',
      'dai',
      'didi',
      'bhai',
      'bahini',
      'हजुरआमा',
      'हजुरबुबा',
      'दाजु',
      'दिदी',
      'भाइ',
      'बहिनी',
    ],
  ],
  [
    'neighbour',
    [
      'neighbor',
      'neighbour',
      'vecino',
      'vecina',
      'vizinho',
      'vizinha',
      'kapitbahay',
      'hàng xóm',
      '이웃',
      '옆집',
      '邻居',
      '鄰居',
      'छिमेकी',
      'chhimeki',
      'chimeki',
    ],
  ],
]

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
const LATIN = /\p{Script=Latin}/u
const KANA = /[\u3041-\u30ff]/
const subjectOf = new Map(SUBJECT_WORDS.flatMap(([s, ws]) => ws.map((w) => [w, s] as const)))
const longestFirst = (ws: string[]) =>
  [...ws]
    .sort((a, b) => b.length - a.length)
    .map(escapeRe)
    .join('|')
const words = [...subjectOf.keys()]
/** Latin words whole (not inside another word), other scripts anywhere. */
const SUBJECT = new RegExp(
  `(?<![\\p{L}\\p{M}])(?:${longestFirst(words.filter((w) => LATIN.test(w)))})(?![\\p{L}\\p{M}])|${longestFirst(words.filter((w) => !LATIN.test(w)))}`,
  'u',
)

// Someone hurting the resident (「my husband hits me」「me pega」「đánh tôi」「때려요」「打我」): the worry is
// the resident's own, as 「夫に殴られる」 is in Japanese.
const HARMED =
  /(?<![\p{L}])(?:hits? me|beats? me|hurts? me|abuses? me|me pega|me golpea|me bate|me agride|sinasaktan (?:ako|niya ako)|binubugbog (?:ako|niya ako)|đánh tôi|bạo hành tôi)(?![\p{L}])|때려|때리|打我|我被打|कुट्छ|kutchha/u

/** The first family word in a non-Japanese message, or null. `text` is normalized (lower case). */
export const findForeignSubject = (text: string): Subject | null => {
  // Japanese is read by the Japanese lists (「母」「夫」); Han words here are Chinese only. 丈夫 (husband) is
  // left out of the list: 「大丈夫」 holds it.
  if (KANA.test(text)) return null
  const m = SUBJECT.exec(text)
  const subject = m ? subjectOf.get(m[0]) : undefined
  if (!subject) return null
  return HARMED.test(text) ? 'self' : subject
}

// 「78 years old」「tiene 78 años」「tem 78 anos」「78 anyos」「78 tuổi」「78세」「78살」「78岁」「७८ वर्षकी」:
// the word for years in an age, never a duration alone (「hace 3 años」 is not an age).
const AGE =
  /(\d{1,3})\s*(?:years? old|yrs? old|y\/o|anyos|taong gulang|tuổi|세|살|岁|歲|(?:वर्ष|बर्ष|barsa|barsha|barsh|varsa|varsha) ?(?:को|की|का|ko|ki|ka)(?![\p{L}]))|(?:tiene|tengo|tienen|tem|tenho|têm|con|com|de)\s+(\d{1,3})\s*(?:años|anos)(?![\p{L}])|\b(?:is|aged)\s+(\d{1,3})(?![\d%]|\s*(?:years|yrs|days|weeks|months|hours|minutes|times|am|pm|yen))/u
const DEVANAGARI_DIGIT = /[०-९]/g

/** An age said in another language, or null. `text` is normalized. */
// Said without the word for years: 「tiene 17 y va a terminar」「Sozinho, 38 anos」 (an age opening a
// clause; 「hace 3 años」「em 3 anos」 are durations), 「今年18」 (Chinese: this year 18), a birthday this year
// (「cumple 18」「faz 18」「turns 18」), 「He's 5.」 closing a clause, 「12 barsa」 closing the message or a
// clause (「3 barsa dekhi」 is a duration).
const BARE_AGE =
  /\b(?:tiene|tengo|tem|tenho|cumple|cumplirá|faz|fará|turns|turned)\s+(\d{1,3})(?=\s*(?:$|[,.;!]|y\s|e\s|este|esta|este ano|this))|(?:^|[,.;]\s*)(\d{1,3})\s*(?:años|anos)(?![\p{L}])|今年\s*(\d{1,3})(?!\d|\s*[年月])|\b(?:he|she)(?:'s|’s|\s+is)\s+(\d{1,2})(?=\s*(?:$|[,.;!]))|(\d{1,3})\s*(?:barsa|barsha|वर्ष|बर्ष)(?=\s*(?:$|[,.;]))/u

// An elder's age said roughly or in words, as a daughter-in-law or a neighbour answers for her (「tiene unos 80」「tiene ochenta
// y dos años」「mga 80 na po siya」「80 na siya」): read as no age, the age question was asked again.
const ROUGH_FOREIGN_AGE =
  /\b(?:tiene|tendrá|tendra)\s+(?:unos|como|casi|ya|más de|mas de)\s+(\d{2,3})\b|\bmga\s+(\d{2,3})\s+(?:na|anyos|taon)\b|\b(\d{2,3})\s+na\s+(?:po\s+)?(?:siya|sya|sila)\b/u
const SPANISH_TENS: Record<string, number> = {
  veinte: 20,
  treinta: 30,
  cuarenta: 40,
  cincuenta: 50,
  sesenta: 60,
  setenta: 70,
  ochenta: 80,
  noventa: 90,
}
const SPANISH_UNITS = ['uno', 'dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete', 'ocho', 'nueve']
const SPANISH_WORD_AGE = new RegExp(
  `\\b(${Object.keys(SPANISH_TENS).join('|')})(?:\\s+y\\s+(${SPANISH_UNITS.join('|')}))?\\s+(?:años|anos)\\b`,
  'u',
)
// 「hace treinta años」「durante veinte años」 are durations, not ages.
const DURATION_BEFORE = /(?:hace|desde hace|durante|por|en|cada|más de|mas de)\s+$/u
const spanishWordAge = (text: string): number | null => {
  const m = SPANISH_WORD_AGE.exec(text)
  if (!m || DURATION_BEFORE.test(text.slice(0, m.index))) return null
  return SPANISH_TENS[m[1]!]! + (m[2] ? SPANISH_UNITS.indexOf(m[2]) + 1 : 0)
}

export const findForeignAge = (text: string): number | null => {
  const t = text.replace(DEVANAGARI_DIGIT, (d) => String(d.charCodeAt(0) - 0x966))
  const words = spanishWordAge(t)
  if (words !== null) return words
  const m = AGE.exec(t) ?? BARE_AGE.exec(t) ?? ROUGH_FOREIGN_AGE.exec(t)
  const n = Number(m?.slice(1).find((g) => g !== undefined))
  return m && n <= 120 ? n : null
}
