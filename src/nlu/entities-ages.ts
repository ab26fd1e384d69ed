// Ages said in ways the other readers miss (entities.ts findAge, foreign-entities.ts): in English the age
// followed by more of the sentence (「He's 7 and starts school in April」, 「she is 81 and lives alone」),
// and in Korean with native numerals (「두 살 반이에요」, 「일곱 살」), the way a child's age is said. Told at an
// open question, an unread age was asked again; the conversation then ended at the age question.

const KOREAN_NATIVE: Record<string, number> = {
  한: 1,
  두: 2,
  세: 3,
  네: 4,
  다섯: 5,
  여섯: 6,
  일곱: 7,
  여덟: 8,
  아홉: 9,
  열: 10,
  열한: 11,
  열두: 12,
  열세: 13,
  열네: 14,
  열다섯: 15,
  열여섯: 16,
  열일곱: 17,
  열여덟: 18,
  열아홉: 19,
  스무: 20,
}

// 「두 살」「열두살」: the longest word first, so 「열두」 is not read as 「열」.
const KOREAN_AGE = new RegExp(
  `(?<![가-힣])(${Object.keys(KOREAN_NATIVE)
    .sort((a, b) => b.length - a.length)
    .join('|')})\\s*살`,
  'u',
)

// 「he's 7 and…」「she is 81, and…」「my son is 7 now」: a pronoun or a family word, is, a number, and the
// sentence going on (never a unit: 「he is 5 minutes late」「she's 2 weeks overdue」).
const ENGLISH_AGE =
  /\b(?:he|she|he's|she's|son|daughter|kid|child|boy|girl|mum|mom|mother|father|dad)(?:'s|’s|\s+is)?\s+(\d{1,3})(?=\s+(?:and|now|but|this|next|so|already)\b|\s*[,;]\s*(?:and|but|so)\b)/

// 「me. 38」「my son, 7」: whom, then the age alone (an answer to 'who is it about, how old?').
const WHO_THEN_AGE =
  /^\s*(?:me|myself|him|her|my (?:son|daughter|wife|husband|mother|mom|mum|father|dad|kid|child))\s*[.,:]\s*(\d{1,3})\s*[.!]?\s*$/

// 「hey im 17 and my parents…」「i'm 15, in junior high」「I am 16.」: the writer's own age, said of themself (not
// 「I'm 5 minutes away」: only followed by the sentence going on, a comma or the end).
const SELF_AGE =
  /\b(?:i'?m|i am)\s+(\d{1,2})(?:\s*(?:years? old|yrs? old|y\/?o))?(?=\s+(?:and|now|but|this|so|already|years|yrs)\b|\s*[,;.!]|\s*$)/

// 「78です」「80 です」「じぶん です 80 です」「母です。82」「自分です。72の一人暮らし」: the whole reply is whom and a number;
// by voice, tersely, with whom they live beside it (「75 家族なし」「68 独身」), or as hearsay (「16って言ってた」).
// Asked where they live or how old, an elderly writer answers with the number alone; read as a greeting
// (「78です」 0.36) it was asked again with 「もう一度」 and the age was lost. 110 and 119 are never ages here.
const WHO_JA =
  '(?:私|わたし|あたし|自分|じぶん|僕|ぼく|本人|ほんにん|夫|主人|妻|母|父|義母|義父|息子|娘|祖母|祖父|兄|姉|弟|妹|おっと|はは|ちち|むすこ|むすめ)'
const BARE_AGE = new RegExp(
  `^(?:(?:はい|ええ|うん)[、,\\s]*)?(?:${WHO_JA}\\s*(?:は|も)?\\s*(?:です|だよ)?[。、,.\\s]*)?(\\d{1,2}|10\\d)\\s*(?:です|だよ|だ|になります|になりました|って\\s*(?:言|い)って(?:た|ました|る|ます)?(?:よ|わ|の)?|だって|らしい(?:です|わ|よ)?|だそうです|の\\s*(?:一人暮らし|ひとり\\s*(?:暮らし|ぐらし)|独り暮らし)(?:です)?|[、,\\s]+(?:一人暮らし|ひとり\\s*(?:暮らし|ぐらし)|独り暮らし|独身|ひとり|一人|家族\\s*(?:なし|無し|いない|はいない)|身寄り\\s*(?:なし|無し|がない|はない)))?[。.!！\\s]*$`,
  'u',
)

// 「16 na po ako」「ako ay 15」「16 anyos」: Tagalog, the writer's own age (the children's line for a 16-year-old
// bullied at school was not shown first for want of it).
const TAGALOG_AGE =
  /\b(\d{1,2})\s+na\s+(?:po\s+)?ako\b|\bako\s+(?:po\s+)?ay\s+(\d{1,2})\b(?!\s*(?:minuto|oras|araw))|\b(\d{1,2})\s*(?:anyos|taong gulang)\b/

// 「19の子」「20くらいの男の子」「30ぐらいの女性」: a number of two digits said before the person it is of, with no word for
// years (terse, between fares). Read as nothing, a 19-year-old who would not go home was a child whose harm the child guidance
// centre's card answered. Never a counter or a unit before の (「10時の人」「20分の子」 are times).
const AGE_BEFORE_PERSON =
  /(?<![\d.,])(\d{2})\s*(?:くらい|ぐらい|前後|そこそこ)?\s*の\s*(?:男の子|女の子|子|娘|息子|男性|女性|男|女|青年|若者|学生|お客|客|人|方)/u

// 「16と言ってた。駅で降りた」「十六だって言ってました」: an age told as hearsay inside a longer message (BARE_AGE reads only the
// whole reply). Two digits (or 100-109) right before 「と/って言ってた」: never a count or a time (「10時と言ってた」「3回って」).
const HEARSAY_AGE =
  /(?<![\d.,])(\d{2}|10\d)\s*(?:歳|才)?\s*(?:だ|です)?\s*(?:と|って)\s*(?:言|い)って(?:た|ました|る|ます|い?ました)/u

/** An age said in one of these ways, or null. `text` is normalized (lower case). */
export const findAgeElsewhere = (text: string): number | null => {
  const k = KOREAN_AGE.exec(text)
  if (k) return KOREAN_NATIVE[k[1]!] ?? null
  const p = AGE_BEFORE_PERSON.exec(text) ?? HEARSAY_AGE.exec(text)
  if (p) return Number(p[1])
  const b = BARE_AGE.exec(text.trim())
  if (b) return Number(b[1])
  const e = ENGLISH_AGE.exec(text) ?? WHO_THEN_AGE.exec(text) ?? SELF_AGE.exec(text) ?? TAGALOG_AGE.exec(text)
  const n = e ? Number(e[1] ?? e[2] ?? e[3]) : Number.NaN
  return n <= 120 ? n : null
}

// An age said roughly, the whole reply (voice input, terse): 「80ちょい」「八十すぎ」「80くらい」「90近い」「もうすぐ90」
// 「たしか83」. Read as no age, the question was asked again, or the elderly route was not taken. The years it stands for:
// past the number (ちょい, 過ぎ) the next four; about it (くらい, 前後) two either side; short of it (近い, もうすぐ,
// 手前) the three before; 「たしか」 the number itself.
// Within the decade (「七十半ば」「八十いくつ」「六十前半」): the middle, any year past the number, the first or the second half.
const KANJI_TENS: Record<string, number> = { 五十: 50, 六十: 60, 七十: 70, 八十: 80, 九十: 90, 百: 100 }
const ROUGH_AGE = new RegExp(
  `^(もうすぐ|まもなく|そろそろ|たしか|確か|だいたい|大体|約|およそ|ざっと|もう)?\\s*(\\d{1,3}|${Object.keys(KANJI_TENS).join('|')})\\s*(?:歳|才|さい)?\\s*(ちょい|ちょっと|ちょっと過ぎ|過ぎ|すぎ|超え|こえ|くらい|ぐらい|位|前後|近く|近い|手前|そこそこ|半ば|なかば|いくつ|前半|後半)?\\s*(?:です|だ|かな|だと思う|だと思います|と思います|くらいです|ぐらいです|になります|になる|になりました)?[。.!！\\s]*$`,
  'u',
)

// Inside a longer message, only past a number (「知的障害のある息子さんがいてもう四十すぎなの」「50過ぎの息子」): two digits or
// three, then past; never a time or an amount (「10時すぎ」「20分過ぎ」 have their unit between).
const ROUGH_AGE_IN_TEXT = /(?<![\d.])(\d{2,3})\s*(?:歳|才|さい)?\s*(?:ちょい|過ぎ|すぎ|超え)/u
// Two ages in one breath (「九十二、三だと思います」「75か6くらい」: 92 or 93, 75 or 76) and a decade's part (「七十半ば」「八十いくつ」), inside
// a message too; never a list of numbers (「85、6、7」) nor a time (「10時半ば」 has its unit between).
const TWO_AGES =
  /(?<![\d.,])(\d{2})\s*(?:、|,|か)\s*(\d|[一二三四五六七八九])(?![\d、,一二三四五六七八九十])\s*(?:歳|才|さい)?\s*(?:だと|くらい|ぐらい|位|です|だ|かな|か[。、\s]|[。.\s]|$)/u
const DECADE_PART = /(?<![\d.])([1-9]0)\s*(?:歳|才|さい)?\s*(半ば|なかば|いくつ)/u

/** The years of a decade's part (see above). */
const partOf = (n: number, part: string) =>
  /いくつ/.test(part) ? { min: n + 1, max: n + 9 } : { min: n + 3, max: n + 6 }

/** An age past a number, two ages in one breath or a decade's part said inside a message (see above). */
export const roughAgesInText = (text: string): { min: number; max: number } | null => {
  const two = TWO_AGES.exec(text)
  if (two) {
    const n = Number(two[1])
    const d = two[2]!
    const other = n - (n % 10) + (KANJI_UNIT.includes(d) ? KANJI_UNIT.indexOf(d) + 1 : Number(d))
    if (n >= 10 && other > n) return { min: n, max: other }
  }
  const part = DECADE_PART.exec(text)
  if (part) return partOf(Number(part[1]), part[2]!)
  const m = ROUGH_AGE_IN_TEXT.exec(text)
  const n = m ? Number(m[1]) : Number.NaN
  return n >= 10 && n < 110 ? { min: n, max: n + 4 } : null
}

/** The years an age said roughly stands for (see above), or null when the reply is not one. */
export const roughAges = (text: string): { min: number; max: number } | null => {
  const m = ROUGH_AGE.exec(text.trim())
  if (!m) return null
  const [, lead, num, tail] = m
  if (!lead && !tail) return null
  const n = KANJI_TENS[num!] ?? Number(num)
  if (!(n >= 1 && n <= 110) || n === 110) return null
  if (tail && /ちょい|ちょっと|過ぎ|すぎ|超え|こえ|そこそこ/.test(tail)) return { min: n, max: n + 4 }
  if (tail && /くらい|ぐらい|位|前後/.test(tail)) return { min: Math.max(0, n - 2), max: n + 2 }
  if (tail && /半ば|なかば|いくつ/.test(tail)) return partOf(n, tail)
  if (tail && /前半|後半/.test(tail))
    return tail === '前半' ? { min: n, max: n + 4 } : { min: n + 5, max: n + 9 }
  if ((tail && /近く|近い|手前/.test(tail)) || (lead && /もうすぐ|まもなく|そろそろ/.test(lead)))
    return { min: Math.max(0, n - 3), max: n - 1 }
  return { min: n, max: n }
}

// Voice input writes numbers in kanji (「七十八」「十六って言ってた」「息子さんは四十五友達は七十九」「四十すぎ」): read as no
// age, the age question was asked again or the reply was taken as a worry (「十六って言ってた」 dementia 0.54 was offered
// after a teenager's worry). A kanji number from 11 to 109 becomes digits, unless a counter or a unit follows it (「四十九日」
// a memorial, 「二十分」「三十年」「十五万円」「十二月」 are no ages) or it stands inside a longer kanji word (「第二十」).
const KANJI_UNIT = '一二三四五六七八九'
const KANJI_NUMBER = new RegExp(
  `(?<![一-龥])(百)?([${KANJI_UNIT}]?十)?([${KANJI_UNIT}])?(?![一二三四五六七八九十百千万億日時分秒回年月円人件個枚度倍番階週号丁目歩冊本台匹羽軒杯キ])`,
  'gu',
)
const kanjiValue = (hundred: string | undefined, tens: string | undefined, unit: string | undefined) =>
  (hundred ? 100 : 0) +
  (tens ? (tens.length === 2 ? KANJI_UNIT.indexOf(tens[0]!) + 1 : 1) * 10 : 0) +
  (unit ? KANJI_UNIT.indexOf(unit) + 1 : 0)

// Numbers in kana (tired or やさしい日本語: 「はちじゅう すぎ です」「ななじゅうご さい」「はちじゅう くらい」): twenty to ninety-nine,
// only as a word of its own, before an age's ending (す ぎ, くらい, です, の …), never inside a word (「じゅうしょ」 is an address).
const KANA_DIGITS: Record<string, number> = {
  いち: 1,
  に: 2,
  さん: 3,
  よん: 4,
  ご: 5,
  ろく: 6,
  なな: 7,
  しち: 7,
  はち: 8,
  きゅう: 9,
}
const KANA_DIGIT = Object.keys(KANA_DIGITS).join('|')
const KANA_NUMBER = new RegExp(
  `(?<![\\u3041-\\u309f]|[はもがで])(${KANA_DIGIT})じゅう(${KANA_DIGIT})?(?=$|[\\s、。,.!！?？]|さい|すぎ|過ぎ|くらい|ぐらい|です|だ|ちょい|ちか|近|の|って|と|歳|才|代|だい|半ば|なかば|前|手前|いくつ|こえ|超)`,
  'gu',
)
const kanaAgesToDigits = (text: string): string =>
  text.replace(KANA_NUMBER, (_all, tens: string, unit?: string) =>
    String((KANA_DIGITS[tens] ?? 0) * 10 + (unit ? (KANA_DIGITS[unit] ?? 0) : 0)),
  )

/** Kanji numbers of 11–109, and kana numbers of 20–99, as digits (see above); everything else as it was. */
export const kanjiAgesToDigits = (said: string): string =>
  kanaAgesToDigits(said).replace(KANJI_NUMBER, (all, hundred?: string, tens?: string, unit?: string) => {
    // A tens part is needed (「十六」「七十」「百二」), never a digit alone (「一人」「三つ」) nor 「十」 alone (「十分」).
    if (!tens && !hundred) return all
    const n = kanjiValue(hundred, tens, unit)
    return n > 10 && n < 110 ? String(n) : all
  })
