import type { ResidentLanguage } from '../core/language.ts'
import { LEARNED_WORDS } from './generated/language-words.ts'

// Words that name a Latin-script language where a statistical detector is weak: romanised Nepali
// (tinyld does not know it: 「malai risa uthda chhora lai pitchhu」 read as Vietnamese), Taglish
// (Tagalog grammar around English words: 「first time mom ako at wala akong kasama」 read as English),
// Spanish and Portuguese, which share most words, and a bare greeting (「hola」「namaste」) too short
// for any detector. Each list holds function words and everyday words the other languages we answer in
// do not write (Vietnamese without diacritics included: no 「cha」「lai」「ma」「ko」 for Nepali).

/**
 * Words that alone name their language among English ones: never an English word, nor one of the
 * other languages here (「thank you hajur」「ok gracias」「staff lai connect garidinus na」「cam on nhieu」).
 * Taglish was the first case (「elderly care help po」); residents mix English into every language.
 */
const SOLE: Partial<Record<ResidentLanguage, Set<string>>> = {
  tl: new Set(
    'po yung ng mga ang ako saan paano pano meron naman kasi sobrang natin dito sa ulit umpisa'.split(' '),
  ),
  ne: new Set(
    'hajur dai didi bahini dhanyabad dhanyabaad dhanyawad namaste namaskar chahiyo garidinus dinus malai mero thik bujhe bujhena pharka farka dekhaunus pheri feri kaha garera bhaneko gareko garne garnu janchu jaane birsiye'.split(
      ' ',
    ),
  ),
  es: new Set(
    'gracias hola quiero necesito ayuda donde tengo estoy usted ahora hijo hija esposo abuela dinero trabajo denuncio'.split(
      ' ',
    ),
  ),
  pt: new Set(
    'obrigado obrigada valeu brigadao voce nao tudo beleza filho marido ajuda preciso moro dinheiro trabalho tambem prazer testando'.split(
      ' ',
    ),
  ),
  vi: new Set('nhieu nhe nha khong duoc giup xin chao dau roi nguoi cua'.split(' ')),
}

type MarkedLanguage = Exclude<ResidentLanguage, 'ja' | 'ja-easy'>
/** Marker words per language, beside the lists below (the learned ones: scripts/nlu/language-words.ts). */
export type MarkerWords = Partial<Record<MarkedLanguage, readonly string[]>>

const LISTS: [MarkedLanguage, Set<string>][] = [
  [
    'ne',
    new Set(
      'chha chhu chhan chhaina chhau chhin chhau hunchha huncha hunuhunchha hunu garne garnu gareko garchhu garda gardai garnuhos malai mero meri hamro hamilai tapai tapailai timi bhayo bhaye bhanera bhanchha kasari kahile thiyo parchha sakchhu sakinchha dherai pachi baccha bachcha chhora chhori shreeman srimati sasu aama buwa kina kati xa xu xaina nepali hola sanga haru maile usle uslai ekdam sodhnu birsanu ko madat garidinus garau garna bata hajur pheri feri kaha haina manchhe chahiyo dekhaunus choti galti naya sodhne bhaneko thiche thichiye birsiye chhodna milchha'.split(
        ' ',
      ),
    ),
  ],
  [
    'tl',
    new Set(
      'ang ng mga po yung ako hindi kasi naman siya niya ba lang nang ito wala kami namin akong anak asawa nanay tatay paano saan ano gusto pwede puwede kailangan talaga sobrang ngayon dito daw raw pa rin din kapag kung tapos mo niyo natin tayo sila kaya ayaw ko sa pano mag meron palagi nito ulitin naka gumamit'.split(
        ' ',
      ),
    ),
  ],
  [
    'es',
    new Set(
      'y el los las mi mis tengo tiene estoy soy muy pero hijo hija esposo aqui ayuda quiero puedo donde cuando hay hace porque nada trabajo dinero vivo casa sola mucho ella hermano abuela abuelo necesito la lo del al es hago opcion volver yo usted ustedes ahora hijos ayudar'.split(
        ' ',
      ),
    ),
  ],
  [
    'pt',
    new Set(
      'nao voce meu minha com uma ele ela muito tambem estou sou filho filha marido mae pai aqui ajuda quero posso onde quando tem faz porque nada trabalho dinheiro moro casa sozinho sozinha irmao avo preciso pra isso esse essa o e um da ao nos pelo pela mim eu vc tudo mostra'.split(
        ' ',
      ),
    ),
  ],
  [
    // Vietnamese, only so that its words (là, ở, có) do not count for Spanish or Portuguese.
    'vi',
    new Set(
      'toi khong cua duoc nguoi nhung cho lam gi nao minh ban em anh chi con me bo vo chong nha o la va co bi tu thi roi nay cung rat voi hoac sao can giup'.split(
        ' ',
      ),
    ),
  ],
]

/** A greeting alone (「hola」「namaste」「xin chào」) says which language the resident writes in. */
const GREETINGS: [RegExp, ResidentLanguage][] = [
  [/^(hola+|buenas( tardes| noches| dias)?|saludos|buenos dias)$/, 'es'],
  [/^(ola|oi+|bom dia|boa tarde|boa noite|obrigad[oa])$/, 'pt'],
  [/^(namaste|namaskar|k chha|ke chha|dhanyabad|dhanyawad)$/, 'ne'],
  [/^(kumusta( po)?|magandang (umaga|hapon|gabi)( po)?|salamat( po)?)$/, 'tl'],
  [/^(ok |da )?(xin chao|chao ban|cam on)( ban| em| chi| anh)?( nhieu| nhe| nha| a)*$/, 'vi'],
  // 「good morning po」: English greetings with Tagalog's polite po are Taglish.
  [/^(hello|hi|hey|good (morning|afternoon|evening)|thank you|thanks)( \w+)? po$/, 'tl'],
  [/^(hello|hi|hey|good (morning|afternoon|evening)|thank you|thanks)$/, 'en'],
]

/** Nepali verb endings (paainchha, chahinchha, garchhu, bhanchhan): no other language here ends a word so. */
const NEPALI_ENDING = /^[a-z]{2,}chh?(a|u|an|au|in|aina|ina|e)$/

/** Latin letters without diacritics, lower case: how the lists are written. */
const fold = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .toLowerCase()

/** English function words no other language here writes (not 「a」「at」「no」「me」: Tagalog's, Spanish's). */
const ENGLISH = new Set(
  'the my has have had is are was were of to and with for what where how this that your you he she his her they their our can cannot dont doesnt im its it there from about would could should will which who when'.split(
    ' ',
  ),
)
const englishWords = (words: Set<string>) => [...words].filter((w) => ENGLISH.has(w)).length

/** A Latin-script text's words as the lists write them: no diacritics, lower case. */
export const latinWords = (text: string): string[] =>
  fold(text)
    .split(/[^a-z]+/)
    .filter(Boolean)

/**
 * The reader of marker words, with `extra` words per language beside the hand lists: the words
 * learned from the corpus (src/nlu/generated/language-words.ts, `npm run build:language-words`), or,
 * to measure that learning on an author it never saw, words learned without that author.
 */
export const createMarkedLatinLanguage = (extra: MarkerWords) => {
  /** Each language's marker words: its list, its sole words, the extra ones. */
  const markers = LISTS.map(
    ([lang, set]) => [lang, new Set([...set, ...(SOLE[lang] ?? []), ...(extra[lang] ?? [])])] as const,
  )
  const handWritten = new Map(LISTS.map(([lang, set]) => [lang, new Set([...set, ...(SOLE[lang] ?? [])])]))
  /** A word two lists hold counts for neither (aqui, casa, nada in Spanish and Portuguese; o, la in Vietnamese). */
  const shared = new Set(
    markers.flatMap(([lang, set]) =>
      [...set].filter((w) => markers.some(([other, o]) => other !== lang && o.has(w))),
    ),
  )
  /**
   * The language whose marker words a Latin-script message carries, when they say it clearly: at least
   * two different marker words, more than any other language. Otherwise null (the detector decides).
   */
  return (text: string): ResidentLanguage | null => {
    const folded = fold(text).replace(/[!?.,。、！？…~]+/g, ' ')
    const greeting = GREETINGS.find(([re]) => re.test(folded.trim().replace(/\s+/g, ' ')))
    if (greeting) return greeting[1]
    const words = new Set(latinWords(folded))
    const scores = markers
      .map(([lang, set]) => {
        let n = 0
        let hand = 0
        for (const w of words) {
          if (shared.has(w) && !(lang === 'ne' && NEPALI_ENDING.test(w))) continue
          if (handWritten.get(lang)?.has(w) || (lang === 'ne' && NEPALI_ENDING.test(w))) hand++
          if (set.has(w) || (lang === 'ne' && NEPALI_ENDING.test(w))) n++
        }
        // Learned words alone never outvote English grammar: 「my son has a memory problem in the
        // evening」 holds two words only Taglish writers wrote here (memory, evening).
        return { lang, n: hand === 0 && englishWords(words) >= 2 ? 0 : n }
      })
      .sort((a, b) => b.n - a.n)
    const [best, next] = scores
    // One word no other language here writes, among English words (「elderly care help po」「ok gracias」
    // 「thank you hajur」), names the language; so do two Vietnamese words when one is such a word.
    const sole = (lang: ResidentLanguage) => [...words].some((w) => SOLE[lang]?.has(w) && !shared.has(w))
    if (best && best.n >= 1 && (next?.n ?? 0) === 0 && sole(best.lang) && (best.lang !== 'vi' || best.n >= 2))
      return best.lang
    // Otherwise Vietnamese words only keep Spanish and Portuguese from winning: short ones (can, me, em)
    // are English too.
    return best && best.lang !== 'vi' && best.n >= 2 && best.n > (next?.n ?? 0) ? best.lang : null
  }
}

export const markedLatinLanguage = createMarkedLatinLanguage(LEARNED_WORDS)
