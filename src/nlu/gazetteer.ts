import type { WardEntity } from '../core/nlu.ts'
import type { WardId } from '../core/taxonomy.ts'
import { foldKana, foldPlaceKe } from './normalize.ts'

// Finds where the resident lives from ward names, 町名, stations, postal codes and places beyond the
// city. The data is compiled by `npm run build:model` into generated/gazetteer.json.

export interface GazetteerPlace {
  /** Matching key: NFKC, ヶ/が folded to ケ between kanji, kana folded to hiragana. */
  key: string
  /** The name as it stands in the data, safe to echo back. */
  place: string
  value: WardId | 'outside' | 'ambiguous'
  candidates: WardId[]
  via: WardEntity['via']
  /** Only in a place-like context (「平に住んでいます」「宮前区平」「平です」), never as a bare word. */
  needsContext: boolean
  /** All-kana key: must not start in the middle of a kana word (「たまく」 in 「あたまくらくら」). */
  kana?: boolean
  /** Latin key (「nakahara ward」): must stand as a whole word. */
  latin?: boolean
}

export interface Gazetteer {
  sourceHash: string
  places: GazetteerPlace[]
  postal: {
    prefixes: Record<string, WardId>
    exceptions: Record<string, WardId>
    codes: Record<string, { ward: WardId; town: string | null }>
  }
}

export const placeKey = (s: string): string => foldKana(foldPlaceKe(s.normalize('NFKC').toLowerCase()))

const KANA = /[\u3041-\u309f\u30a0-\u30ff]/
// What may follow a context-needing name for it to be a place.
// Spaced kana (やさしい日本語) may put a space before the particle: 「いだ に すんで います」「こすぎ の ちかく」.
// A bus stop or the back of a place, a flat in it (the text is folded: バス is ばす, マンション まんしょん), as voice input answers the ward question (「市営バスの小倉のバス停の前」「塚越の裏」).
const AFTER =
  /^(?:\s*の?\s*(?:バス|ばす)停|\s*の\s*(?:裏|うら|そば|横|向かい)|\s*(?:に\s*(?:すん|住)|の\s*(?:ちかく|近く|あたり|ほう)|です|で\s*くら|あたり|ふきん|付近|えき|駅)|町|丁目|\d|[一二三四五六七八九十]+丁目|番地|に住|にすん|在住|で暮ら|に暮ら|で一人暮ら|住まい|の\s*(?:近く|あたり|辺り|方面|ほう|自宅|家|団地|だんち|まんしょん|あぱーと|住宅|市営|県営)|団地|あたり|付近|周辺|駅|に引っ越|へ引っ越|から引っ越|から来|に実家|の実家|です(?:が|けど)|に(?:ある|あります)|在)/
// A ward in kana before the town, spaced or not: 「たかつく の のがわ」「なかはらくの いだ」.
const BEFORE =
  /(?:川崎市|区の?|神奈川県|住所は|住所が|住まいは|在住地は|家は|実家は|(?<![\u3041-\u309f])(?:かわさき|さいわい|なかはら|たかつ|こうつ|こうづ|みやまえ|たま|あさお|あそう)\s?く\s*の?)\s*$/
// What a short answer may contain besides the place: 「平です」「宮内に住んでます」「野川のあたり」.
const FILLER =
  /(?:^(?:あ|え|えっと|えーと|ええと|あの|あのー|うーん|はい)[、,\s]|に住んでいます|に住んでます|に住んでる|住んでいます|住んでます|在住です|在住|です|だよ|だ|ます|あたり|付近|の近く|です|ね|よ|に|の|は|[。、,.!?\s])/g

export interface PlaceMatch {
  p: GazetteerPlace
  start: number
  end: number
}

const index = new WeakMap<Gazetteer, Map<string, GazetteerPlace[]>>()
const byFirstChar = (g: Gazetteer) => {
  let m = index.get(g)
  if (!m) {
    m = new Map()
    for (const p of g.places) {
      const c = p.key[0]!
      m.set(c, [...(m.get(c) ?? []), p])
    }
    for (const list of m.values()) list.sort((a, b) => b.key.length - a.key.length)
    index.set(g, m)
  }
  return m
}

// The same in Latin letters (a town or a short station in romaji: 「Tama-ku, Noborito」「near Saginuma」「em
// Hirama」「sa Ikuta po」「Kurigidai desu」). A bare comma is not context: 「ida,」 is Spanish.
const LATIN_BEFORE =
  /(?:(?<![a-z])(?:ku|ward|near|in|at|around|perto d[eao]|cerca de|em|en|sa|malapit sa|gần|ở|tại)|[区區]|구|वार्ड)[\s,.、，]*$/
const LATIN_AFTER = /^\s*(?:station|eki|area|desu|po|ni\s*sunde|ni\s*sumu|[駅에역]|स्टेसन)(?![a-z])/

const KANJI = /[\u4e00-\u9fff々]/
const inContext = (text: string, start: number, end: number, key: string, latin = false): boolean => {
  if (AFTER.test(text.slice(end))) return true
  if (latin && (LATIN_BEFORE.test(text.slice(0, start)) || LATIN_AFTER.test(text.slice(end)))) return true
  // 「中原区の平間」: a kanji right after the name makes a longer name (平間, not 平), whatever stands before.
  if (KANJI.test(text[end] ?? '') && KANJI.test(key.at(-1) ?? '')) return false
  if (BEFORE.test(text.slice(0, start))) return true
  // The whole message is the place with polite filler: 「平です」.
  const rest = (text.slice(0, start) + text.slice(end)).replace(FILLER, '')
  return rest.length === 0 && key.length >= 1
}

/** Every place named in the text, longest match first at each position. `text` is normalized. */
export const findPlaces = (g: Gazetteer, text: string): PlaceMatch[] => {
  const folded = placeKey(text)
  const first = byFirstChar(g)
  const out: PlaceMatch[] = []
  for (let i = 0; i < folded.length; ) {
    const cands = first.get(folded[i]!)
    let hit: PlaceMatch | null = null
    if (cands) {
      for (const p of cands) {
        if (!folded.startsWith(p.key, i)) continue
        const end = i + p.key.length
        if (p.kana && i > 0 && KANA.test(folded[i - 1]!)) continue
        if (p.latin && (/[a-z]/.test(folded[i - 1] ?? '') || /[a-z]/.test(folded[end] ?? ''))) continue
        // A longer place-word continuing the name (「平間」 for 「平」) is a different name: not this one.
        if (p.needsContext && !inContext(folded, i, end, p.key, p.latin)) continue
        hit = { p, start: i, end }
        break
      }
    }
    if (hit) {
      out.push(hit)
      i = hit.end
    } else i++
  }
  return out
}

const POSTAL = /(?:〒|郵便番号\s*(?:は|:)?\s*)?(\d{3})-?(\d{4})(?!\d)/g

export const findPostal = (g: Gazetteer, text: string): WardEntity | null => {
  for (const m of text.matchAll(POSTAL)) {
    const marked = m[0].startsWith('〒') || m[0].startsWith('郵便')
    const hyphen = m[0].includes('-')
    const before = text.slice(0, m.index)
    // A bare 7-digit run or a phone fragment (044-...) is not a postal code.
    // A bare 7-digit number counts alone or with a place context (「2130011 に住んでる」).
    if (
      !marked &&
      !hyphen &&
      text.trim() !== m[0] &&
      !/^\s*(?:に住|在住|です|に引っ越)/.test(text.slice(m.index + m[0].length))
    )
      continue
    if (/[\d-]$/.test(before)) continue
    const code = `${m[1]}${m[2]}`
    const exception = g.postal.exceptions[code]
    const known = g.postal.codes[code]
    const ward = exception ?? known?.ward ?? g.postal.prefixes[m[1]!]
    const display = `${m[1]}-${m[2]}`
    if (ward) return { value: ward, candidates: [], via: 'postal_code', place: known?.town ?? display }
    if (marked) return { value: 'outside', candidates: [], via: 'postal_code', place: display }
  }
  return null
}

/** The resident's ward from a normalized message, or null when it names no place. */
/**
 * やさしい日本語 puts a space between words, the ward suffix too: 「たかつ く」「かわさき く に すんで います」.
 * The suffix is joined back to the kana before it, so the ward reads as 「たかつく」 does.
 */
const joinKanaWardSuffix = (text: string) =>
  text.replace(/([\u3041-\u3096])[ 　]+く(?=$|[ 　。、.,!?]|です|に|の|で)/g, '$1く')

/**
 * Ward names in Hangul (the Korean ward buttons spell them so: 「나카하라구」) and the characters Chinese
 * writes differently in ward and station names (「多摩區」「登戶」「宫前区」) are read as the Japanese
 * names the gazetteer knows. 가와사키 and 다마 alone are the city and a common word: only with 구.
 */
const WARD_SPELLINGS: [RegExp, string][] = [
  // The big stations in Hangul and Devanagari (「신카와사키 근처」「शिन-कावासाकी नजिक」): read as the station, before the ward
  // spellings below (「कावासाकी」 alone is the city).
  [/신\s?-?\s?가와사키|신\s?-?\s?카와사키|शिन\s?-?\s?कावासाकी/g, '新川崎駅'],
  [/무사시\s?-?\s?고스기|무사시\s?-?\s?코스기|मुसा(?:सी|शी)\s?-?\s?कोसुगी/g, '武蔵小杉駅'],
  [/미조노쿠치|मिजोनोकुची|मिजो\s?नो\s?कुची/g, '溝の口駅'],
  [/노보리토|नोबोरितो/g, '登戸駅'],
  [/모토스미요시|मोतोसुमियोशी/g, '元住吉駅'],
  [/가시마다|카시마다|काशिमादा|कासिमादा/g, '鹿島田駅'],
  [/신유리가오카|शिन\s?-?\s?युरिगाओका/g, '新百合ヶ丘駅'],
  [/사기누마|सागिनुमा/g, '鷺沼駅'],
  [/가와사키\s?구/g, '川崎区'],
  [/사이와이(?:\s?구)?/g, '幸区'],
  [/나카하라(?:\s?구)?/g, '中原区'],
  [/다카(?:쓰|츠)(?:\s?구)?/g, '高津区'],
  [/미야마에(?:\s?구)?/g, '宮前区'],
  [/다마\s?구/g, '多摩区'],
  [/아사오(?:\s?구)?/g, '麻生区'],
  // Nepali in Devanagari (「नाकाहारा-कु」「ताकात्सु वार्ड」); कावासाकी and तामा alone are the city and a word.
  [/कावासाकी\s?-?\s?(?:कु|वार्ड|वडा)/g, '川崎区'],
  [/साइ?ई?वाइ?ई?(?:\s?-?\s?(?:कु|वार्ड|वडा))?/g, '幸区'],
  [/नाकाहा?रा(?:\s?-?\s?(?:कु|वार्ड|वडा))?/g, '中原区'],
  [/ताका(?:त्सु|त्सू|चु|त्शु)(?:\s?-?\s?(?:कु|वार्ड|वडा))?/g, '高津区'],
  [/मियामा?(?:ए|ये|े)(?:\s?-?\s?(?:कु|वार्ड|वडा))?/g, '宮前区'],
  [/तामा\s?-?\s?(?:कु|वार्ड|वडा)/g, '多摩区'],
  [/(?:आ|अ)साओ(?:\s?-?\s?(?:कु|वार्ड|वडा))?/g, '麻生区'],
]
const HAN_VARIANTS: Record<string, string> = {
  區: '区',
  宫: '宮',
  戶: '戸',
  櫻: '桜',
  樱: '桜',
  鹤: '鶴',
  岛: '島',
  泽: '沢',
}
const HAN_VARIANT = new RegExp(`[${Object.keys(HAN_VARIANTS).join('')}]`, 'g')

// 「かわさきえき ちかい」: a station in kana with 「えき」 in kana is the station (keys end in 駅).
const KANA_STATION = /([\u3041-\u309f]{3,})\s*えき/g

const readableWardText = (text: string) =>
  WARD_SPELLINGS.reduce((t, [re, ja]) => t.replace(re, ja), joinKanaWardSuffix(text))
    .replace(HAN_VARIANT, (c) => HAN_VARIANTS[c] ?? c)
    .replace(KANA_STATION, '$1駅')

// A place the resident came from is not where they live: 「大阪から引っ越してきました」「i just moved from
// osaka」「from Yokohama to Nakahara」「chuyển từ Yokohama」「mudei de Osaka」「lumipat galing sa Osaka」.
const CAME_FROM_AFTER =
  /^\s*(?:から|より)\s*(?:引っ越|ひっこ|越して|こして|移って|移り|転居|転入|来まし|来た|きまし|きた)/
const CAME_FROM_BEFORE =
  /(?:mov(?:ed|ing)|came|relocated|transferred)\s+(?:here\s+|back\s+)?from\s+$|(?:chuyển|chuyen)\s+(?:nhà\s+|nha\s+|đến\s+)?(?:từ|tu)\s+$|(?:mudei|mudamos|me mudé|me mude|nos mudamos|vine|vim|viemos)\s+(?:de|desde|do|da)\s+$|lumipat\s+(?:kami\s+|ako\s+)?(?:galing\s+sa|mula\s+sa|mula)\s+$|[从從]\s*$/
const cameFrom = (folded: string, m: PlaceMatch): boolean =>
  CAME_FROM_AFTER.test(folded.slice(m.end)) ||
  CAME_FROM_BEFORE.test(folded.slice(0, m.start)) ||
  (/\bfrom\s+$/.test(folded.slice(0, m.start)) && /^\s+to\s/.test(folded.slice(m.end)))

/** The message names a place and says little else (「Tama-ku」「미야마에구예요」「あ、麻生です」). */
export const onlyPlace = (g: Gazetteer, text: string): boolean => {
  const readable = readableWardText(text)
  const folded = placeKey(readable)
  const matches = findPlaces(g, readable)
  if (matches.length === 0) return false
  let rest = ''
  let at = 0
  for (const m of matches) {
    rest += folded.slice(at, m.start)
    at = m.end
  }
  rest += folded.slice(at)
  // Filler and 'near' in the residents' languages (「Tama-ku, malapit sa Ikuta station」「gần ga」), 'we are in' or 'I'm at'
  // (「Estamos en Mizonokuchi」「We're at Kawasaki station」「Nasa Kawasaki kami」: said after 119, where the emergency is), and
  // the building the place holds (「えきの ちかくの まんしょんです」).
  const words = rest
    .replace(FILLER, ' ')
    .replace(
      /(?<![\p{L}])(?:ku|ward|station|eki|city|near|malapit|sa|po|cerca|perto|de|do|da|gần|ga|ạ|근처|예요|이에요|요|附近|旁边|नजिक|मा|i|im|am|we|are|re|in|at|here|estamos|estoy|estou|está|esta|en|em|no|na|aqui|aquí|nasa|kami|ako|dito|tôi|đang|ở|chúng)(?![\p{L}])/gu,
      ' ',
    )
    .replace(/まんしょん|あぱーと|だんち|団地|自宅|いえ|家/g, ' ')
  return (words.match(/\p{L}/gu)?.length ?? 0) <= 4
}

// 「Tama」 alone in Latin letters is no key (多摩市 is a city beside ours, and 「tama」 is Tagalog for 'right'),
// but the whole answer 「Tama」 or 「moro em Tama」「I live in Tama」「ở Tama」 is the ward: read as nothing, the
// ward question was asked again and the conversation ended there (dd5-084, dd5-098).
const BARE_TAMA =
  /^\s*(?:(?:i|we|she|he|they|ela|ele)\s+)?(?:(?:moro|mora|vivo|vive|vivimos|moramos|lives?|living|i'm|im|we're|nakatira|nakatira kami|sống|ở|em ở|tôi ở|nhà em ở)\s+(?:em|en|in|sa|ở)?\s*)?tama(?!\s*(?:-?shi|city|市))\s*[.!。]?\s*$/u
const TAMA: WardEntity = { value: 'tama', candidates: [], via: 'ward_name', place: '多摩区' }

export const findWard = (g: Gazetteer, text: string): WardEntity | null => {
  const postal = findPostal(g, text)
  if (postal) return postal
  const readable = readableWardText(text)
  const folded = placeKey(readable)
  const matches = findPlaces(g, readable).filter((m) => m.p.value !== 'outside' || !cameFrom(folded, m))
  if (matches.length === 0) return BARE_TAMA.test(folded) ? TAMA : null
  const entity = (m: PlaceMatch, value = m.p.value, candidates = m.p.candidates): WardEntity => ({
    value,
    candidates,
    via: m.p.via,
    place: m.p.place,
  })
  const inCity = matches.filter((m) => m.p.value !== 'outside')
  const wardName = inCity.find((m) => m.p.via === 'ward_name')
  const town = inCity.find((m) => m.p.via === 'town' && m.p.value !== 'ambiguous')
  // The ward the resident names wins over a town of another ward read beside it (「中原区の平間」 must not
  // become 宮前区 by a town read inside a longer name); a town in the named ward says more and is kept.
  if (town && wardName && town.p.value !== wardName.p.value) return entity(wardName)
  if (town) return entity(town)
  const ambiguous = inCity.find((m) => m.p.value === 'ambiguous')
  // 「宮前区の野川」: the ward named beside an ambiguous town settles it.
  if (ambiguous && wardName && ambiguous.p.candidates.includes(wardName.p.value as WardId))
    return entity(ambiguous, wardName.p.value, [])
  if (wardName) return entity(wardName)
  const station = inCity.find((m) => m.p.via === 'station')
  if (station) return entity(station)
  if (ambiguous) return entity(ambiguous)
  return entity(matches[0]!)
}

/** Replaces every place and postal code with 「場所」 so the classifier does not learn places. */
export const maskPlaces =
  (g: Gazetteer) =>
  (text: string): string => {
    let out = text.replace(/〒?\s*\d{3}-\d{4}/g, '場所')
    const matches = findPlaces(g, out)
    for (let i = matches.length - 1; i >= 0; i--) {
      const m = matches[i]!
      out = `${out.slice(0, m.start)}場所${out.slice(m.end)}`
    }
    return out
  }
