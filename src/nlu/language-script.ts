import type { ResidentLanguage } from '../core/language.ts'
import { foldHan } from './foreign-features.ts'

// The script-first step of language detection: Japanese kana, Hangul and Devanagari name their
// language outright, and Han characters alone are Chinese or Japanese. Statistical detectors are weak
// on a 15-character message in these scripts (franc reads kana-with-spaces as anything), so they only
// ever see Latin-script text. Chinese is split into Simplified and Traditional by characters that
// differ between the two; Japanese written in Han alone (「障害者手帳申請」) stays Japanese unless it
// carries Chinese function words.

const KANA = /[\u3040-\u30ff\u31f0-\u31ff\uff66-\uff9f]/g
const HIRAGANA = /[\u3040-\u309f]/g
const HANGUL = /[\uac00-\ud7af\u1100-\u11ff\u3130-\u318f]/g
const DEVANAGARI = /[\u0900-\u097f]/g
const HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/g
const LATIN = /[a-zA-Z\u00c0-\u024f\u1e00-\u1eff]/g

// Characters written one way in Simplified and another in Traditional Chinese (common in what
// residents write: family, money, school, help, asking). Simplified forms Japanese also writes
// (会 学 区 医 当 残 担...) are left out, so a Japanese text never counts as marked Chinese.
const SIMPLIFIED =
  '们这说国时对发动经过还没问开关电话门见长车东边亲爱听书钱让认识请谢师网银页语题应该钟级务处无为办样员实儿习买卖难专业讲进远运连选邻护尔总怀间帮欢济给终约结绝纪费资头脑饭馆饿单质离杂厅岁乐历岛咨询顾营养儿么吗从个妇产样妈爷觉现联带伤喂读张种爱气废闹丢压药'
const TRADITIONAL =
  '們這說國時會來對發動經過還沒問開關電話門見學長車東邊親愛聽書寫錢讓認識請謝區師網銀醫頁語題應該鐘級務處無為辦機樣當員實兒習買賣難專業講進遠運連選鄰護爾總懷殘間幫歡濟給終約結絕紀費資頭腦飯館餓單質離雜廳歲樂歷島諮詢顧癡擔礙營養兒麼嗎從個婦產樣著媽爺嬤覺現聯帶裡餵讀氣聲廢鬧丟壓藥腳嘅唔咗喺嚟佢冇啲嘢乜咁嗰噉睇俾攰瞓'
/** Traditional forms Japanese writes differently (國→国, 對→対, 點→点): Chinese, never Japanese. */
const HANT_ONLY = new Set(
  '們這說國對發經沒關邊聽寫錢讓處辦樣當實兒賣專鄰爾總懷殘幫歡濟絕腦單雜廳歲樂歷詢癡擔礙營麼嗎從產點體會來學醫區媽爺嬤覺聯帶裡餵讀氣聲廢鬧丟壓藥腳',
)
const SIMPLIFIED_SET = new Set(SIMPLIFIED)
const TRADITIONAL_SET = new Set(TRADITIONAL)

/**
 * Words Chinese uses and Japanese written without kana does not; Cantonese written in Hong Kong
 * characters (嘅 唔 咗 喺 佢 冇 啲 嘢: traditional, see TRADITIONAL) too.
 */
const CHINESE_MARKERS =
  /[的吗嗎呢我你他她们們么麼吧没沒这這哪谁誰怎很了是嘅唔咗喺嚟佢冇啲嘢乜咁嗰噉睇俾攰瞓]|孩子|可以|怎么|怎麼|什么|什麼|已经|已經|因为|因為|如果|但是|知道|觉得|覺得|医院|醫院|老公|老婆|妈妈|媽媽|爸爸|奶奶|爷爷|爺爺|女儿|女兒|儿子|兒子|朋友|一直|不太|不能|不会|不會|好几|好幾|还能|還能|跟谁|跟誰|一些|有没有|有沒有|能不能|想问|想問|请问|請問|为什么|為什麼|您|嗨|[哈]?[喽嘍]|[早晚中]上好|下午好/g

/** Japanese grammar in kana: polite and verb endings, and a particle between two words. */
const JAPANESE_GRAMMAR =
  /です|ます|ました|ません|でした|ください|たい|ない|した|して|って|ている|てる|から|けど|ので|まで|だけ|[をがはにでともへや](?=[\u3400-\u9fff\u30a0-\u30ff])|[\u3400-\u9fff\u30a0-\u30ff][をがはにでへ]/

const count = (text: string, re: RegExp) => text.match(re)?.length ?? 0

export type ScriptVerdict =
  | { kind: 'language'; lang: ResidentLanguage }
  /** Latin letters: a statistical detector decides among the Latin-script languages. */
  | { kind: 'latin'; letters: number; words: number }
  /** Digits, emoji, Han without Chinese markers...: keep the conversation's language. */
  | { kind: 'unknown' }

/**
 * How much a Chinese text says Simplified or Traditional: the characters of the lists above count one;
 * any other character OpenCC folds to a Simplified one (敗 債 廁 壞 輸 稅) counts half, and not at all
 * beside kana, because Japanese writes many of those too (認 護 際 溝).
 */
const variantScores = (text: string) => {
  // With kana in it, the other Han characters are as likely a Japanese term's (溝の口, 地域包括支援センター).
  const japaneseTerms = /[\u3040-\u30ff]/.test(text)
  let s = 0
  let t = 0
  for (const c of text) {
    if (SIMPLIFIED_SET.has(c)) s++
    else if (TRADITIONAL_SET.has(c)) t++
    else if (!japaneseTerms && foldHan(c) !== c) t += 0.5
  }
  return { s, t }
}

export const chineseVariant = (text: string): 'zh-Hans' | 'zh-Hant' => {
  const { s, t } = variantScores(text)
  // A Traditional writer hardly ever types a Simplified form; a Simplified writer types Japanese terms
  // (訪問看護, 地域包括) whose characters are Traditional-looking. So Simplified ones weigh double.
  return t > 2 * s ? 'zh-Hant' : 'zh-Hans'
}

/** Chinese without one character that differs between the variants (「你好」「我是永住者」): either. */
export const chineseUnmarked = (text: string): boolean => {
  const { s, t } = variantScores(text)
  return s === 0 && t === 0
}

/** Easy Japanese: kana only, words separated by spaces (「はは が ひとり で すんで います」). */
const looksEasy = (text: string, kana: number, han: number) =>
  han === 0 && kana >= 6 && /[\u3040-\u30ff] +[\u3040-\u30ff]/.test(text)

export const scriptVerdict = (text: string): ScriptVerdict => {
  const kana = count(text, KANA)
  const hangul = count(text, HANGUL)
  const deva = count(text, DEVANAGARI)
  const han = count(text, HAN)
  const latin = count(text, LATIN)
  if (hangul > 0 && hangul >= kana) return { kind: 'language', lang: 'ko' }
  if (deva > 0) return { kind: 'language', lang: 'ne' }
  const hiragana = count(text, HIRAGANA)
  // A Japanese sentence has hiragana (particles, endings). Katakana alone is a loan word in another
  // language's sentence (「la ケアマネ dice que…」「是不是叫イヤイヤ期」), so the rest of the text decides.
  // Chinese with a Japanese word in it (「物忘れ外来是什么」「溝の口附近的…在哪」): Chinese words, a kana or two.
  // A Japanese term in hiragana (ひきこもり, いこいの家, 子ども食堂) inside Chinese: Chinese words around
  // it and none of Japanese grammar (particles between words, verb and polite endings).
  const chineseWords =
    count(text, CHINESE_MARKERS) >= 2 &&
    ((hiragana <= 2 && han >= 4 * hiragana) || (han >= hiragana && !JAPANESE_GRAMMAR.test(text)))
  const loanWords = (hiragana === 0 && (han > kana || latin > 3 * kana)) || chineseWords
  if (kana > 0 && !loanWords) return { kind: 'language', lang: looksEasy(text, kana, han) ? 'ja-easy' : 'ja' }
  if (han > 0 && han >= latin) {
    return count(text, CHINESE_MARKERS) > 0 || chineseVariantMarked(text)
      ? { kind: 'language', lang: chineseVariant(text) }
      : kana > 0
        ? { kind: 'language', lang: 'ja' }
        : { kind: 'unknown' }
  }
  if (latin > 0) return { kind: 'latin', letters: latin, words: text.trim().split(/\s+/).length }
  if (kana > 0) return { kind: 'language', lang: 'ja' }
  return { kind: 'unknown' }
}

/** Han text with characters only Chinese writes (Simplified forms, or Traditional ones Japanese does not use). */
const chineseVariantMarked = (text: string) => {
  let marked = 0
  for (const c of text) if (SIMPLIFIED_SET.has(c) || HANT_ONLY.has(c)) marked++
  return marked >= 2
}
