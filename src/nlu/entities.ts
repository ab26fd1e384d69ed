import type { AnswerReading, Living, Preference } from '../core/nlu.ts'
import type { AgeGroup, Subject } from '../core/taxonomy.ts'
import { findAgeElsewhere, kanjiAgesToDigits, roughAges, roughAgesInText } from './entities-ages.ts'
import { addsOnlyWhenWhere } from './entities-circumstance.ts'
import {
  correctsForeign,
  correctsWhom,
  deniesViolence,
  feeLetter,
  harmSaid,
  namesErrand,
  namesOnlyWhom,
  parentStrain,
  partnerHarm,
  refusesForeign,
  refusesPlaceForeign,
  registersAddress,
  unsureForeign,
} from './entities-errands.ts'
import { asksHow, asksWhatNow, noHarmWords, shortOfMoney } from './entities-how.ts'
import { readPurposes } from './entities-purpose.ts'
import { schoolAgesElsewhere, stageAges } from './entities-school.ts'
import { findForeignAge, findForeignSubject } from './foreign-entities.ts'
import type { Token } from './tokenizer.ts'

// Subject, age, urgency and yes/no from a normalized message and its tokens. Word lists are matched
// on tokens, so 「大丈夫」 does not contain 「夫」 and 「祖母」 is not 「母」.

const SUBJECT_WORDS: [Subject, string[]][] = [
  [
    'parent',
    [
      '母',
      '父',
      '母親',
      '父親',
      '両親',
      '親',
      '父母',
      '義母',
      '義父',
      '姑',
      '舅',
      'お袋',
      'おふくろ',
      '親父',
      'おやじ',
      'オヤジ',
      'おかん',
      'おとん',
      'お母さん',
      'お父さん',
      'おかあさん',
      'おとうさん',
      '母さん',
      '父さん',
      '実母',
      '実父',
      '老親',
      '親御',
    ],
  ],
  [
    'spouse',
    [
      '夫',
      '妻',
      '旦那',
      'だんな',
      '主人',
      '配偶者',
      '家内',
      '嫁',
      '奥さん',
      '妻子',
      'パートナー',
      '彼氏',
      '交際相手',
      '内縁',
      '元夫',
      '元妻',
      '亭主',
      'ダンナ',
      'つま',
      'おっと',
    ],
  ],
  [
    'child',
    [
      '息子',
      '娘',
      '子ども',
      '子供',
      'こども',
      '子',
      '長男',
      '長女',
      '次男',
      '次女',
      '三男',
      '三女',
      '赤ちゃん',
      '赤ん坊',
      '乳児',
      '幼児',
      '新生児',
      '我が子',
      'わが子',
      'むすこ',
      'むすめ',
      '児童',
      '乳幼児',
      '双子',
      '男の子',
      '女の子',
      'おとこのこ',
      'おんなのこ',
    ],
  ],
  [
    'family',
    [
      '祖母',
      '祖父',
      'おばあちゃん',
      'おじいちゃん',
      'ばあちゃん',
      'じいちゃん',
      'おばあさん',
      'おじいさん',
      // 「うちのばあさん」「隣のじいさん」: said plainly, by a man of fifty or more (a mother, a wife, a neighbour's elder).
      'ばあさん',
      'じいさん',
      '婆さん',
      '爺さん',
      '孫',
      '兄',
      '姉',
      '弟',
      '妹',
      '兄弟',
      '姉妹',
      '叔母',
      '叔父',
      '伯母',
      '伯父',
      'おば',
      'おじ',
      'いとこ',
      '家族',
      '親戚',
      '姪',
      '甥',
      '義兄',
      '義姉',
      '義弟',
      '義妹',
      'お兄さん',
      'お姉さん',
      'ばあば',
      'じいじ',
    ],
  ],
  [
    'neighbour',
    ['近所', '隣', 'となり', 'お隣', '隣人', '知人', '友人', '友達', '友だち', 'ともだち', '同僚', '近隣'],
  ],
  ['self', ['私', 'わたし', 'あたし', '自分', '僕', 'ぼく', '俺', 'おれ', 'わし', 'ワタシ']],
]
const subjectOf = new Map<string, Subject>()
for (const [s, words] of SUBJECT_WORDS) for (const w of words) subjectOf.set(w, s)

// Kin named as the one doing harm (「夫に殴られる」): the worry is about the resident.
const AGENT_AFTER =
  /^(?:(?:に|から).{0,6}?(?:殴ら|なぐら|叩か|たたか|蹴ら|けら|怒鳴ら|どなら|暴力|脅さ|責め|無視さ|束縛さ|監視さ|奪わ|取ら|とら|罵ら|殴|叩)|が(?:怖|こわ)|の(?:暴力|暴言|dv|モラハラ|虐待|束縛|支配))/

/** Joins tokens that belong together (お + 母さん) so the word lists can stay simple. */
// Where each token stands in the text: spaced やさしい日本語 (「ともだち いない と いう」) has spaces no token holds, so
// summing surfaces drifted, and the words after a kin word (「いない」: no friends) were read from the wrong place.
const words = (text: string, tokens: Token[]): { w: string; at: number }[] => {
  const out: { w: string; at: number }[] = []
  let at = 0
  const place = (surface: string) => {
    const i = text.indexOf(surface, at)
    return i === -1 ? at : i
  }
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!
    const next = tokens[i + 1]
    if ((t.surface === 'お' || t.surface === 'ご') && next && subjectOf.has(t.surface + next.surface)) {
      at = place(t.surface + next.surface)
      out.push({ w: t.surface + next.surface, at })
      at += t.surface.length + next.surface.length
      i++
      continue
    }
    at = place(t.surface)
    out.push({ w: t.surface, at })
    at += t.surface.length
  }
  return out
}

// 「家族はいない」「身内もいません」「ともだち いない と いう」「75 家族なし」: the kin word after which no one is there
// (「いないと不安」, if not there, is someone named; 「いない と いう」, says there is none, is not).
const NONE_AFTER =
  /^\s*(?:は|も|が)?\s*(?:もう\s*|だれも\s*|誰も\s*)?(?:い|居|お)(?:ない|なさそう|ません|らん|ねえ)(?!\s*(?:と(?!\s*(?:いう|言う|いって|言って|いいます|言います|おもう|思う))|時|とき|間|うち|あいだ))|^\s*(?:は|も)?\s*(?:なし|無し|ナシ)(?!に)/

/**
 * `defaultSelf`: a concern with no one else named is the resident's own. `from`: only the words from there on
 * (a correction of whom names the person after 「じゃなくて」).
 */
export const findSubject = (
  text: string,
  tokens: Token[],
  defaultSelf: boolean,
  from = 0,
): Subject | null => {
  let self = false
  for (const { w, at } of words(text, tokens)) {
    if (at < from) continue
    const s = subjectOf.get(w)
    if (!s) continue
    if (s === 'self') {
      self = true
      continue
    }
    // Someone harming the resident (「夫に殴られる」): the worry is the resident's own.
    if (AGENT_AFTER.test(text.slice(at + w.length))) return 'self'
    // 「家族はいないっぽいです」「身内もいません」: no one is named (a neighbour's grandmother with no family was
    // read as about a family member, so 「一人暮らしかな」 became a new worry instead of how she lives).
    if (NONE_AFTER.test(text.slice(at + w.length))) continue
    return s
  }
  if (self) return 'self'
  return findForeignSubject(text) ?? (defaultSelf ? 'self' : null)
}

const ELDERLY =
  /高齢|お年寄り|年寄り|老人|老老介護|老々介護|要介護|後期高齢|年金暮らし|年金生活|祖母|祖父|おばあ|おじい|ばあちゃん|じいちゃん|ばあば|じいじ/
const CHILD =
  /中学生|小学生|高校生|中学|小学校|高校|幼稚園|保育園|保育所|赤ちゃん|赤ん坊|乳児|幼児|新生児|未成年|園児|生後\d|乳幼児|未就学|(?:^|[^\d])[小中高][1-6１-６](?![\d])|[1-6]年生|夜泣き|離乳食|イヤイヤ期/
const ADULT = /大学生|社会人|成人|会社員|専業主婦|アラサー|アラフォー/

const groupOf = (age: number): AgeGroup => (age >= 65 ? 'elderly' : age < 18 ? 'child' : 'adult')

// 「小3」「小学3年生」「中学2年」「中2」「高1」「年長」: a school year is an age (小1 is 6–7 years old).
// Not after another kanji, so 「最高2回」 is no school year.
const SCHOOL_YEAR =
  /(?<![一-龥])(小学校?|小|中学校?|中|高校?|高)\s*([1-6一二三四五六])\s*(?:年生|年|ねんせい)?(?![\d年月日回時分人])/
const KANJI_DIGIT = '〇一二三四五六'
const SCHOOL_START: Record<string, number> = { 小: 6, 中: 12, 高: 15 }
const KINDERGARTEN: [RegExp, number][] = [
  [/年少(?:さん)?/, 3],
  [/年中(?:さん)?(?!無休)/, 4],
  [/年長(?:さん)?/, 5],
]

/** The age range a school year stands for, or null. */
export const schoolAges = (text: string): { min: number; max: number } | null => {
  const m = SCHOOL_YEAR.exec(text)
  if (m) {
    const stage = m[1]!.charAt(0)
    const d = m[2]!
    const n = /\d/.test(d) ? Number(d) : KANJI_DIGIT.indexOf(d)
    const limit = stage === '小' ? 6 : 3
    if (n >= 1 && n <= limit) {
      const min = SCHOOL_START[stage]! + n - 1
      return { min, max: min + 1 }
    }
  }
  for (const [re, age] of KINDERGARTEN) if (re.test(text)) return { min: age, max: age + 1 }
  return schoolAgesElsewhere(text)
}

// Voice input runs on without a stop (「息子さんは45友達は79」): a number of 10 or more said of a person, with no counter
// or unit after it (「母は3回」「父は20時に」「主人は10年前」 are no ages), is their age too.
const PERSON_AGE =
  /(?:母|父|夫|妻|主人|祖母|祖父|息子|娘|孫|本人|私|わたし|あたし|僕|ぼく|兄|姉|弟|妹|友達|友だち|ともだち)(?:さん)?(?:は|も)\s*(\d{1,3})(?=\s*(?:です|でした|だよ|で[、。\s]|[。、]|$)|(?<=\d\d)(?![\d.]|\s*(?:[年月日回時分秒人円件個枚度倍番階週号万千歳才%半代]|いくつ|キロ|kg|cm)))|(?:母|父|夫|妻|主人|祖母|祖父|息子|娘|本人|私|わたし)です[。、]\s*(\d{2,3})\s*(?=[。、]|$)/

export const findAge = (spoken: string): { age: number | null; ageGroup: AgeGroup | null } => {
  // 「七十八」「十六って言ってた」: voice input's kanji numbers are read as digits (entities-ages.ts).
  const text = kanjiAgesToDigits(spoken)
  // 「85歳」「７９さい」「主人（88）」
  const m = text.match(/(\d{1,3})\s*(?:歳|才|さい)/) ?? text.match(/[(（]\s*(\d{1,3})\s*[)）]/)
  if (m) {
    const age = Number(m[1])
    if (age <= 120) return { age, ageGroup: groupOf(age) }
  }
  // 「母は82です」「妻も78で」「父です。85。」: a number said of a person, with no word for years.
  const said = text.match(PERSON_AGE)
  if (said) {
    const age = Number(said[1] ?? said[2])
    if (age <= 120) return { age, ageGroup: groupOf(age) }
  }
  const foreign = findForeignAge(text) ?? findAgeElsewhere(text)
  if (foreign !== null) return { age: foreign, ageGroup: groupOf(foreign) }
  const school = schoolAges(text)
  if (school) return { age: school.min, ageGroup: 'child' }
  const d = text.match(/(\d{1,2})0\s*代/)
  if (d) {
    const decade = Number(d[1]) * 10
    return { age: null, ageGroup: decade >= 70 ? 'elderly' : decade >= 20 ? 'adult' : 'child' }
  }
  if (CHILD.test(text)) return { age: null, ageGroup: 'child' }
  if (ELDERLY.test(text)) return { age: null, ageGroup: 'elderly' }
  if (ADULT.test(text)) return { age: null, ageGroup: 'adult' }
  return { age: null, ageGroup: null }
}

// Danger to a person now: these say it whatever the tense around them.
const ACUTE =
  /首を(?:絞め|締め)|閉じ込め|監禁|暴れて|刃物|包丁|ナイフ|殺す|殺され|火をつけ|助けて|たすけて|逃げてき|家に帰れない|怖くて帰れ|身の危険|命の危険/
// A wish to leave (「子ども連れて逃げたい」) is a plan for the DV centre's shelter, urgent only when it is now.
const ESCAPE = /逃げたい|にげたい|逃げ出したい/
// Violence as a pattern (「毎晩怒鳴られている」「夫に叩かれる」): a worry for the concern's own line, urgent
// (110 first) only when it is happening now or about to (「いま殴られている」「今夜また帰ってくる」).
const VIOLENCE =
  /殴られ|なぐられ|叩かれ|たたかれ|蹴られ|けられ|暴力を(?:振る|ふる)われ|暴力(?:が|を受け)|怒鳴られ|どなられ|虐待されて|殴る|叩く|蹴る|手をあげ|手を上げ/
// 「いま」 as a word, not inside a verb ending (「殴られています」「手をあげてしまいました」 are no 'now'). Nor a day, a
// month or a time that holds 今 (「今日も」「今朝も」「今月」「今まで」「今度」): 「夫に殴られます。今日も」 tells a pattern, and
// 110 stayed first on every card after 「今は夫は出かけてます」.
const NOW =
  /今(?!は(?:静か|落ち着|大丈夫|いない|別|逃げ)|日|朝|月|年|週|度|まで|回|後|更|頃|ごろ)|(?<![\u3041-\u309f])いま(?!は|まで)|さっき|たった今|今夜|今晩|これから|帰ってくる|戻ってくる/
/** 「殴られたりはしていません」: violence said not to happen. */
const DENIED =
  /(?:殴られ|叩かれ|蹴られ|怒鳴られ|暴力)(?:たり|る)?(?:は|も)?(?:して)?(?:い)?(?:ません|ない|なかった)|(?:殴|叩|蹴)(?:ったり|いたり)?(?:は|も)?(?:され|し)(?:てい)?(?:ません|ない)/
const PAST = /昔|子どもの頃|子供の頃|小さい頃|幼い頃|以前は|若い頃|過去に|何年も前|トラウマ/

export const findUrgent = (text: string): boolean => {
  if (PAST.test(text)) return false
  if (ACUTE.test(text)) return true
  return (VIOLENCE.test(text) || ESCAPE.test(text)) && NOW.test(text) && !DENIED.test(text)
}

const YES =
  /^(?:はい|はーい|うん|ええ|そうです|そうだよ|そう|その通り|そのとおり|お願いします|おねがいします|お願い|いいよ|いいです|ok|okay|yes|y|了解|りょうかい|あってる|合ってる|合ってます|あってます|正解)(?:[。、,.!?\s]|です|よ|ね|$)/
// 「いえ です」「いえ に います」 in spaced easy Japanese is 家 (at home), not 'no'.
const NO =
  /^(?:いいえ|いえ(?!\s*(?:です|に\s*い|で\s*す|の\s*なか|の\s*中))|いや|ううん|ちがう|違う|違います|ちがいます|ちがうよ|no|n|結構です|けっこうです|いらない|要らない|いりません|そうじゃない|そうではない|ノー)(?:[。、,.!?\s]|です|よ|ね|$)/

// The same first word in the languages residents are answered in (text is NFKC and lower case): a
// reply to 「〜のご相談でしょうか？」 or to the offer of a second worry, in English, Chinese, Korean,
// Vietnamese, Tagalog, Portuguese, Spanish or Nepali. Spanish/Portuguese 「no」 is already in NO.
const YES_OTHER =
  /^(?:yeah|yep|sure|please|是的?|对|對|好的?|嗯|네|예|응|맞아요|좋아요|vâng|dạ|có|đúng|oo|opo|oho|sige|sim|claro|sí|si|हो|हजुर|हुन्छ)(?=$|[\s。、,.!?！？了啊]|です)/
const NO_OTHER =
  /^(?:nope|not really|不是|不用|不要|没有|沒有|不|아니요|아니오|아뇨|아니|không|hindi|ayoko|não|नाइँ|होइन|छैन)(?=$|[\s。、,.!?！？了啊])/

export const findYesNo = (text: string): boolean | null => {
  const t = text.trim()
  if (t.length === 0 || t.length > 40) return null
  if (NO.test(t) || NO_OTHER.test(t)) return false
  if (YES.test(t) || YES_OTHER.test(t)) return true
  return null
}

// ---- The message read as an answer (see AnswerReading in src/core/nlu.ts) ----

/** The years an age, a decade or a school year stands for. */
const agesOf = (said: string): AnswerReading['ages'] => {
  const text = kanjiAgesToDigits(said)
  const { age } = findAge(text)
  const school = schoolAges(text)
  if (school) return school
  if (age !== null) return { min: age, max: age }
  const stage = stageAges(text)
  if (stage) return stage
  const rough = roughAges(text) ?? roughAgesInText(text)
  if (rough) return rough
  const d = text.match(/(\d{1,2})0\s*代\s*(前半|後半)?/)
  if (d) {
    const min = Number(d[1]) * 10 + (d[2] === '後半' ? 5 : 0)
    return { min, max: min + (d[2] ? 4 : 9) }
  }
  if (/アラフォー/.test(text)) return { min: 37, max: 43 }
  if (/アラフィフ/.test(text)) return { min: 47, max: 53 }
  if (/アラサー/.test(text)) return { min: 27, max: 33 }
  return null
}

// 「区は教えたくない」「住所は言いたくないです」「それは言えません」「伏せておきたい」「言わなきゃだめですか」
// (「おかあさん に いえない」「誰にも言えない」「むすこには まだ いいたくない」「夫には知らせたくない」 are about telling
// someone else, not a refusal to answer us: after 「さぎぬま」 the ward was dropped and the route went city-wide.)
const REFUSAL =
  /(?<!に\s*(?:は|も)?\s*(?:まだ|今は|いまは|あまり|絶対|ぜったい)?\s*(?:言|い)?)(?:言い|いい|教え|おしえ|答え|こたえ|書き|かき|知らせ|しらせ)たく(?:ない|ありません|ないです)|(?<!に\s*(?:も|は)?\s*)(?:言|い)え(?:ません|ない)|伏せ(?:たい|ておき|させ)|秘密に(?:したい|しておき|させ)|内緒に(?:したい|しておき)|(?:言|い)わなきゃ|(?:言|い)わないと(?:だめ|ダメ|いけない)|(?:言|い)う必要|答えなきゃ|ノーコメント|(?:言|い)わずに|(?:言|い)わないで|匿名で(?:お願い|いい|いたい|相談|話|$|[。、.!？?])/
const PLACE_WORDS = /住所|区|場所|住んで|住まい|どこ|地域|居場所|匿名/
const UNSURE =
  /^(?:わからない|分からない|わかりません|分かりません|わからん|分からん|知らない|知りません|しらない|不明|どこだろう)/
// 「そうじゃなくて」「違います、お金のことです」「介護じゃなくて」「介護ではなく、借金の」「介護というより借金」
const CORRECTION =
  /^(?:いや|いえ|いいえ)?[、,\s]*(?:そうじゃな(?:くて|い)|そうではな(?:くて|い)|違(?:います|う|くて|いまして)|ちが(?:います|う|くて))|(?:じゃ|では)なく(?:て|[、,])|というより|(?:のこと|の話|の相談)(?:では|じゃ)(?:ない|ありません)/
// 「介護保険って使えるんですか？それとも障害のほう？」「还是残疾那边？」「or the disability side?」: the writer asks which
// of two places or worries fits; the flow routes on it (the worry in hand among them) instead of asking again.
// So does one place asked for both (「リハビリと仕事と両方相談できるところは」「두 가지 다 상담할 수 있는 곳」「somewhere I can
// ask about both?」): the worry in hand goes on, the other is offered after it (not taken as agreeing to it:
// a wheelchair user's rehabilitation and work ended at the money desk).
// (「それともうひとつ」 is それと + もう一つ, another matter: not それとも, 'or'.)
const ASKS_WHICH =
  /それとも(?!う\s*(?:ひとつ|一つ|1つ|いっこ|一個|一件))|どっち|どちら(?:です|でしょう|が|に|の)|还是|還是|아니면|[^\s?？]\s*(?:\bor\b|\bou\b|\bhay\b|\bo\b)\s[^?？]*[?？]\s*$|(?:両方|りょうほう|どちらも|どっちも|いっしょに|一緒に)\s*(?:とも)?\s*(?:を)?\s*(?:相談|そうだん|聞|き[けき]|見て|みて)|两个都|兩個都|都可以(?:咨询|諮詢)|(?:둘\s*다|두\s*가지\s*(?:다|모두))\s*상담|\bboth\b[^.?!]{0,30}\?|\b(?:about|with|for) both\b/i
// 「本人です」「はい、本人のことです」: the resident is the one it is about (本人 alone is often a family member's
// word for the person they write about, 「本人は嫌がっていて」, so only as the answer it opens with).
const SELF_ANSWER = /^(?:はい|ええ|うん)?[、,\s]*(?:ご?本人|ほんにん)(?:です|だよ|のこと|の|が)/
const PHONE =
  /電話で(?:の)?(?:相談|話|聞|はな|きき|お願い|教え)|電話(?:が|の方が|のほうが)(?:いい|良い|希望)|電話相談(?:が|を)?(?:したい|希望|いい)|声で(?:話|相談)/
const ANONYMOUS =
  /匿名|名前を(?:言わ|出さ|名乗ら|伏せ)|名前は(?:言いたくない|出したくない|伏せ)|名乗らず|名乗りたくない|誰(?:にも|に)も?知られ(?:たくない|ずに)|(?:家族|職場|会社)に(?:知られ|ばれ|バレ)(?:たくない|ずに|ないように)/
const LIVING: [Living, RegExp][] = [
  ['facility', /施設に(?:入|い|住)|入所|老人ホーム|グループホーム|特養|サ高住/],
  // and in the residents' other languages (「她一个人住」「혼자 사세요」「lives alone」「Sozinho」「mag-isa」);
  // 「저 혼자예요」 answers who lives there (it was read 孤立・見守り 0.93 after a rent worry, and followed).
  [
    'alone',
    /一人暮らし|ひとり\s*(?:暮らし|ぐらし)|独り暮らし|独居|ひとり\s*で\s*(?:すん|くら)|一人で(?:暮ら|住)|ひとりで(?:暮ら|住)|[一1]个人住|[一1]個人住|獨居|혼자\s*(?:사|살)|혼자(?:예요|에요|이에요|입니다)|\bli(?:ves?|ving) (?:all )?alone\b|\bsozinh[oa]\b|\bvive sol[oa]\b|\bmag-?isa\b|một mình|[一1][个個]人在日本|(?:alone|by myself) in japan|\bsol[oa] en jap[oó]n|혼자\s*일본|ひとり\s*で\s*にほん|一人で日本|जापानमा\s*एक्लै/,
  ],
  // 「いっしょ に すんでる」: kana with spaces between words (やさしい日本語, an elderly writer) too.
  [
    'family',
    /同居|(?:一緒|いっしょ)\s*に\s*(?:住|暮ら|すん|くら)|二人暮らし|ふたり\s*(?:暮らし|ぐらし)|家族と(?:住|暮ら)/,
  ],
]
const THANKS =
  /ありがとう(?:ございま(?:す|した))?|有難う|有り難う|助かりま(?:す|した)|助かった|たすかった|お世話にな(?:りました|ります)|さようなら|さよなら|失礼しま(?:す|した)|おやすみなさい|バイバイ|またね|thank(?:s| you)|bye/g
const ACK =
  /(?:電話|連絡|相談|行っ|聞い|きい|問い合わせ|かけ|話し)(?:し)?(?:て)?みま(?:す|しょう)|そうしま(?:す|しょう)|わかりました|分かりました|了解(?:です|しました)?|大丈夫です|安心しました|参考にしま(?:す|した)|本当に|どうも|とても|すごく|です|ました|ね|よ/g

/**
 * Thanks, then what the writer will do now (「ありがとう 民生委員として包括に一緒に行ってみる」「助かった、明日区役所に電話する」):
 * a goodbye, however many words the plan takes (the classifier read its 民生委員 as 孤立・見守り 0.87 and answered that).
 * Ends with the plan: 「〜してみる」「〜に行く」「〜に電話する」「〜に相談します」. Not with another worry named after 「あと」
 * 「それと」「もう一つ」, nor with 「でも」「けど」 or a worry said (「ありがとう、あと父の介護のことも相談してみます」 is a second worry).
 */
const PLAN_END =
  /(?:て|で)\s*みる|(?:て|で)\s*みま(?:す|しょう)|(?:て|で)\s*みよう(?:かな|と思います|と思う)?|(?:行|い)(?:く|きます)|(?:電話|連絡|相談|問い合わせ)(?:する|します)|(?:かけ|訪ね|たずね)(?:る|ます)|聞(?:く|きます)|そうする|そうします/
const PLAN_AFTER_THANKS = new RegExp(
  `(?:${PLAN_END.source})(?:ね|よ|わ|か(?:な)?|です)?[\\s。.!！ー…]*$`,
  'u',
)
const ANOTHER_WORRY =
  /あと|それと|もう一つ|もうひとつ|ほかに|他に|別の|べつの|それから|でも|けど|けれど|心配|困/

/**
 * The writer is the daughter-in-law (「嫁です」「息子の嫁なんですけど」「Soy la nuera」「manugang po ako」): she writes for her husband's
 * mother or father, the one the worry is about. 嫁 is read as a wife elsewhere (「嫁が…」 said by a husband); said as who
 * the writer is, the spouse's carer route was taken for a mother-in-law, or the reply was read as a worry (restart 0.19).
 */
const DAUGHTER_IN_LAW =
  /^(?:(?:はい|ええ|あ)[、,\s]*)?(?:(?:私|わたし|あたし)\s*は\s*)?(?:(?:息子|長男|次男|三男|せがれ)\s*の\s*)?(?:嫁|よめ|お嫁さん|およめさん)\s*(?:です|なんです|でございます|ですけど|なんですけど|だよ|よ)|(?<![\p{L}])(?:soy|yo soy)\s+(?:la|su)\s+nuera(?![\p{L}])|(?<![\p{L}])(?:manugang\s+(?:niya\s+)?(?:po\s+)?ako|ako\s+(?:po\s+)?(?:ang|ay)\s+(?:manugang niya|manugang))(?![\p{L}])/u
const WRITER_ONLY_AFTER = /^[。.!！、,\s]*$/u
const daughterInLaw = (t: string): { said: boolean; only: boolean } => {
  const m = DAUGHTER_IN_LAW.exec(t)
  return {
    said: m !== null,
    only: m !== null && m.index === 0 && WRITER_ONLY_AFTER.test(t.slice(m[0].length)),
  }
}

/**
 * The message opens by announcing another matter (「それともうひとつ、あたしのことなんだけど」「あと別の話なんですけど」「Otra cosa:」
 * 「También quería preguntar」「Isa pa po」「May isa pa po akong tanong」): a second worry added later, whose reading (livelihood
 * 0.78 for a son's debt after a friend's day care) was only offered after the first, and the conversation ended there.
 */
const ANOTHER_MATTER =
  /^(?:(?:それと|あと|それから|あっ?|そうそう|ところで)(?:ね|さ)?[、,\s]*)?(?:もう\s*(?:一つ|ひとつ|1つ|一個|いっこ)|別の(?:話|こと|相談|件)|べつの\s*(?:はなし|こと|そうだん)|それとは別に|話は変わ|はなし\s*は\s*かわ|ほかにも(?:相談|聞き|ききたい))|^(?:y\s+)?(?:otra cosa|otra pregunta|también quer[ií]a (?:preguntar|consultar)|tambi[eé]n tengo otra)|^(?:at\s+)?(?:isa pa po|isa pa|may isa pa(?:\s+po)?|iba pa po|another thing|one more thing|also,? (?:i wanted|i'd like) to ask)(?![\p{L}])/u

/** 「住所は言いたくない」「匿名で」: the writer declines to say where they live. */
/**
 * 「ok po, tatawagan namin」「ok, I'll call them」「vou ligar」「전화해 볼게요」「好的，我打电话」: the resident says they
 * will call, in their own language, and nothing else: a goodbye, as 「電話してみます」 after thanks is. Read as a yes
 * (「ok」), it took up the other worry offered after the answer (a partner's violence never told) instead.
 */
const WILL_CALL =
  /^(?:(?:ok(?:ay)?|sige|oo|sure|alright|all right|vâng|dạ|ừ|好的?|嗯|네|예|알겠(?:습니다|어요)|está bem|tá bom|ta bom|certo|vale|de acuerdo|bueno|ठिक छ|हुन्छ)(?:\s*(?:po|ạ))?[,.!\s、，。]*)?(?:(?:i'?ll|we'?ll|i will|we will|let me)\s+(?:try\s+(?:to\s+)?)?(?:call|phone|ring|contact)(?:\s+(?:them|it|there|the office|tomorrow|today|later|then))*|(?:tatawag(?:an)?|tatawagan)\s+(?:ko|namin|na\s+lang)(?:\s+(?:po|sila|bukas|mamaya|na|ulit))*|(?:vou|vamos|vou tentar)\s+(?:ligar|telefonar)(?:\s+(?:pra eles|pra ela|pra ele|lá|amanhã|depois))*|(?:voy|vamos)\s+a\s+llamar(?:les)?|llamaré|전화(?:해|를\s*해)\s*(?:볼게요|보겠습니다|볼께요)|我(?:们|們)?(?:会|會)?(?:打|去打)?电话|我(?:们|們)?(?:会|會)?(?:打|去打)?電話|em\s+(?:sẽ\s+)?gọi(?:\s+thử)?|फोन\s*गर्छु)[.!。！\s]*$/u

/**
 * Thanks, then what the writer will do, in English (「thank you so much, I will call the dementia line tomorrow」):
 * the same goodbye as PLAN_AFTER_THANKS, unless another matter follows (but, also, another, what about) or it asks.
 */
const PLAN_AFTER_THANKS_EN =
  /^(?:ok(?:ay)?[,.!\s]+)?(?:thanks?|thank you|many thanks)(?: (?:so|very) much| a lot)?[,.!\s]+(?:i'?ll|i will|we'?ll|we will|let me|i'?m going to|i am going to)\s+(?:try\s+(?:to\s+)?)?(?:call|phone|ring|contact|go to|visit|talk to|ask)\b(?![\s\S]*\b(?:but|also|another|what about)\b)[^?]*$/iu

/** 「どうも」 alone (voice input, terse): thanks or hello, by where the conversation is (handlers.ts isClosing). */
const THANKS_OR_HELLO = /^(?:どうも|どーも|どうもです|どうもね|ども)[。.!！\s]*$/u

export const refusesPlace = (text: string): boolean => {
  const t = text.trim()
  return (REFUSAL.test(t) && PLACE_WORDS.test(t)) || /匿名で/.test(t) || refusesPlaceForeign(t)
}

/** Where the person a correction of whom (`correctsWhom`) names begins: after 「じゃなくて」. */
const whomFrom = (t: string): number => {
  const m = /(?:じゃ|では)\s*(?:なく(?:て)?|ない(?:です)?|ありません)/.exec(t)
  return m ? m.index + m[0].length : 0
}

export const readAnswer = (text: string, tokens: Token[]): AnswerReading => {
  const t = text.trim()
  const thanked = t.match(THANKS) !== null
  const rest = t
    .replace(THANKS, '')
    .replace(ACK, '')
    .replace(/[\s。、,.!！?？ー…]/g, '')
  const prefers: Preference[] = []
  if (PHONE.test(t)) prefers.push('phone')
  if (ANONYMOUS.test(t)) prefers.push('anonymous')
  const refusal = REFUSAL.test(t) || refusesPlaceForeign(t) || refusesForeign(t)
  const inLaw = daughterInLaw(t)
  const whomOnly = namesOnlyWhom(t) || inLaw.only
  const whomCorrected = correctsWhom(t)
  // The person a correction of whom names comes after 「じゃなくて」.
  const subjectFrom = whomCorrected ? whomFrom(t) : 0
  const closingPlan =
    (thanked && PLAN_AFTER_THANKS.test(t) && !ANOTHER_WORRY.test(t)) ||
    WILL_CALL.test(t) ||
    PLAN_AFTER_THANKS_EN.test(t)
  return {
    refusal,
    refusesPlace: refusesPlace(t),
    unsure: UNSURE.test(t) || unsureForeign(t),
    // 「いや、母じゃなくて義母です」 corrects whom, not the worry (whomOnly): the worry in hand goes on.
    // So does 「いや、母じゃなくて、自分のことです。腰を悪くして…」 with more told after it (correctsWhom).
    correction: (CORRECTION.test(t) || correctsForeign(t)) && !whomOnly && !whomCorrected,
    // 「ありがとう、母のこと相談してみます」 is a goodbye; 「ありがとう、あと父の介護のことも」 is not.
    closing: (thanked && rest.length <= 6) || closingPlan,
    closingPlan,
    prefers,
    purposes: readPurposes(t),
    living: LIVING.find(([, re]) => re.test(t))?.[0] ?? null,
    ages: agesOf(t),
    subject: inLaw.said
      ? 'parent'
      : (findSubject(t, tokens, false, subjectFrom) ?? (SELF_ANSWER.test(t) ? 'self' : null)),
    asksWhich: ASKS_WHICH.test(t),
    errand: namesErrand(t),
    registersAddress: registersAddress(t),
    deniesViolence: deniesViolence(t),
    parentStrain: parentStrain(t),
    whomOnly,
    partnerHarm: partnerHarm(t),
    addsWhenWhere: addsOnlyWhenWhere(t),
    asksHow: asksHow(t),
    asksWhatNow: asksWhatNow(t),
    noHarmWords: noHarmWords(t),
    shortOfMoney: shortOfMoney(t) && !harmSaid(t),
    feeLetter: feeLetter(t),
    anotherMatter: ANOTHER_MATTER.test(t),
    thanksOrHello: THANKS_OR_HELLO.test(t),
  }
}
