import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { toRomaji } from 'wanakana'
import { parse } from 'yaml'
import { z } from 'zod'
import { DataFileError } from '../../src/core/errors.ts'
import { type WardId, wardIds, wardNames } from '../../src/core/taxonomy.ts'
import { type Gazetteer, type GazetteerPlace, placeKey } from '../../src/nlu/gazetteer.ts'
import { hashString } from '../../src/nlu/model.ts'
import { outsideLatin, outsideMunicipalities, outsideNeedsContext } from '../../src/nlu/places-outside.ts'
import { repoRoot } from './io.ts'

// Compiles data/kawasaki/{wards,postal_codes,stations}.yaml into src/nlu/generated/gazetteer.json.

const ward = z.enum(wardIds)
const wardsFileSchema = z.object({
  postal_prefix_to_ward: z.record(z.string(), ward),
  postal_prefix_exceptions: z.record(z.string(), ward).default({}),
  ambiguous_town_names: z.record(z.string(), z.array(z.object({ ward }))),
  wards: z.array(
    z.object({
      id: ward,
      name: z.string(),
      kana: z.string(),
      towns: z.array(z.object({ name: z.string(), kana: z.string().optional() })),
    }),
  ),
})
const postalFileSchema = z.object({
  codes: z.record(z.string(), z.object({ ward, town: z.string().nullable() })),
})
const stationsFileSchema = z.object({
  stations: z.array(
    z.object({
      name: z.string(),
      kana: z.string(),
      ward,
      aliases: z.array(z.string()).default([]),
      suffix_required: z.boolean().default(false),
      verified: z.boolean(),
    }),
  ),
})

/** Reads a data file's text by its repo path; a console version hands in its own files instead. */
export type ReadText = (file: string) => string

const fromRepo: ReadText = (file) => readFileSync(join(repoRoot, file), 'utf8')

const read = <T>(readText: ReadText, file: string, schema: z.ZodType<T>): { data: T; text: string } => {
  const text = readText(file)
  const r = schema.safeParse(parse(text))
  if (!r.success)
    throw new DataFileError(
      file,
      r.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
    )
  return { data: r.data, text }
}

/**
 * Town names that are also everyday words, surnames or places elsewhere (平, 宮内, 白鳥, 本町, 三田,
 * 等々力...). They count only in a place-like context. Every 1–2 character name is treated this way
 * too, except the distinctive ones below.
 */
const riskyTowns = new Set(
  (
    '本町 南町 元木 池田 小川町 中島 港町 旭町 昭和 台町 中瀬 殿町 田町 江川 日ノ出 塩浜 観音 大島 境町 小田 浅田 ' +
    '京町 浜町 貝塚 富士見 藤崎 伊勢町 扇町 夜光 千鳥町 大川町 小島町 田島町 浅野町 大師町 戸手 河原町 幸町 大宮町 ' +
    '柳町 都町 神明町 塚越 古川町 紺屋町 小倉 矢上 古市場 遠藤町 堀川町 宮内 井田 新城 木月 小杉 等々力 大倉町 ' +
    '田尻町 溝口 二子 瀬田 諏訪 坂戸 末長 新作 千年 明津 久本 久末 久地 宇奈根 有馬 土橋 小台 水沢 平 菅生 初山 ' +
    '神木 宮崎 南平台 菅 布田 堰 長尾 三田 長沢 生田 栗谷 細山 高石 白山 早野 片平 白鳥 古沢 栗木 黒川 向原 ' +
    '万福寺 多摩美 宮前町 上作延 下作延 菅野戸呂 栗平 鷺沼 登戸'
  ).split(/\s+/),
)
const distinctiveShort = new Set(['苅宿', '犬蔵', '馬絹', '枡形', '金程', '岡上'])

/** A reading as the matcher's key, when it is all hiragana once folded (else no kana or Latin forms). */
const hiraganaKey = (kana: string | undefined): string | null => {
  const key = kana ? placeKey(kana) : ''
  return /^[\u3041-\u309f]+$/.test(key) ? key : null
}

/** Long vowels written short, as Hepburn without macrons does (「mukogaoka-yuen」, 「honcho」). */
const shortVowels = (latin: string): string => latin.replace(/ou/g, 'o').replace(/uu/g, 'u')

/**
 * A 町名 in kana as residents write it (「こすぎまち」「コスギマチ」「かみひらま」), from the data's own `kana`
 * (KEN_ALL's reading). A name ending in 町 is also offered with the other reading of 町 (「こすぎじんやまち」
 * for 小杉陣屋町, コスギジンヤチョウ): which one a town uses is hard to know, and residents guess. Short
 * readings (under five kana: いだ, こすぎ, ひらま) and those of names that are everyday words count only in a
 * place-like context, as their kanji do; a kana key never starts inside a kana word.
 */
export const townKanaForms = (name: string, kana: string | undefined): string[] => {
  const key = hiraganaKey(kana)
  if (key === null) return []
  const forms = new Set([key])
  if (name.endsWith('町') && key.length >= 6) {
    if (key.endsWith('ちょう')) forms.add(`${key.slice(0, -3)}まち`)
    else if (key.endsWith('まち')) forms.add(`${key.slice(0, -2)}ちょう`)
  }
  return [...forms]
}

const romaji: Record<(typeof wardIds)[number], string> = {
  kawasaki: 'kawasaki',
  saiwai: 'saiwai',
  nakahara: 'nakahara',
  takatsu: 'takatsu',
  miyamae: 'miyamae',
  tama: 'tama',
  asao: 'asao',
}

/**
 * A station's name as residents write it in Latin letters (Hepburn, by wanakana, at build time only):
 * 「musashikosugi」 and, with one hyphen or space between two morae, 「musashi-kosugi」「musashi kosugi」.
 * Where the break falls is not in the data, so every mora boundary is offered; the odd ones match
 * nothing anyone writes.
 */
export const latinStationForms = (kana: string): string[] => {
  const latin = (k: string) => toRomaji(k).replace(/'/g, '')
  const whole = latin(kana)
  const forms = new Set([whole])
  for (let i = 2; i <= kana.length - 2; i++) {
    // Not inside a mora: small kana and 「ん」 belong to what precedes them.
    if (/^[ゃゅょぁぃぅぇぉっんー]/.test(kana.slice(i)) || /っ$/.test(kana.slice(0, i))) continue
    const [a, b] = [latin(kana.slice(0, i)), latin(kana.slice(i))]
    if (a + b !== whole) continue
    forms.add(`${a}-${b}`).add(`${a} ${b}`)
  }
  // Long vowels written short (「mukogaoka-yuen」 for むこうがおかゆうえん).
  for (const f of [...forms]) forms.add(shortVowels(f))
  return [...forms]
}

/**
 * A 町名 as residents write it in Latin letters, from the data's own reading (wards.yaml `kana`, KEN_ALL) by
 * wanakana: 「kurigidai」, and with the long vowels written short as Hepburn without macrons does
 * (「kosugicho」 for コスギチョウ, 「honcho」). A name ending in 町 is also offered with 町 apart and read either
 * way (「kosugi-cho」「kosugi cho」「kosugi-machi」), as residents write it on forms. Keys are whole words only
 * (GazetteerPlace.latin); the short ones and the risky names need a place-like context (see gazetteer.ts).
 */
export const latinTownForms = (name: string, kana: string | undefined): string[] => {
  const key = hiraganaKey(kana)
  if (key === null) return []
  const latin = (k: string) => toRomaji(k).replace(/'/g, '')
  const plain = shortVowels(latin(key))
  const forms = new Set([latin(key), plain])
  const cho = name.endsWith('町') ? /(ちょう|まち)$/.exec(key) : null
  const stem = cho ? shortVowels(latin(key.slice(0, -cho[1]!.length))) : null
  if (stem)
    for (const suffix of ['cho', 'machi'])
      for (const sep of ['', '-', ' ']) forms.add(`${stem}${sep}${suffix}`)
  // 「Shimo-Hirama」「Kami Odanaka」: a town's leading 上・下・東・西・南・北・新 apart.
  const lead = /^(kami|shimo|higashi|nishi|minami|kita|shin)(?=[a-z]{4})/.exec(plain)
  if (lead) for (const sep of ['-', ' ']) forms.add(plain.replace(lead[1]!, `${lead[1]}${sep}`))
  return [...forms]
}

/** Other readings of a ward's kanji that residents write in kana (高津 as こうつ, 麻生 as あそう), with 区. */
const MISREAD_WARD_KANA: Partial<Record<(typeof wardIds)[number], string[]>> = {
  takatsu: ['こうつく', 'こうづく'],
  asao: ['あそうく'],
}

/** Latin keys shorter than this (「ikuta」「hirama」, words in some language) need a place-like context. */
const LATIN_BARE_MIN = 7

/** Landmarks and short names of places in one ward each (parks, a museum, a station's common short name). */
const LANDMARKS: [string, WardId][] = [
  ['新ゆり', 'asao'],
  ['王禅寺ふるさと公園', 'asao'],
  ['生田緑地', 'tama'],
  ['藤子・F・不二雄ミュージアム', 'tama'],
  ['藤子不二雄ミュージアム', 'tama'],
  ['東高根森林公園', 'miyamae'],
  ['等々力緑地', 'nakahara'],
  ['等々力競技場', 'nakahara'],
  ['夢見ヶ崎動物公園', 'saiwai'],
  ['夢見ヶ崎', 'saiwai'],
]

export const buildGazetteer = (readText: ReadText = fromRepo): Gazetteer => {
  const wards = read(readText, 'data/kawasaki/wards.yaml', wardsFileSchema)
  const postal = read(readText, 'data/kawasaki/postal_codes.yaml', postalFileSchema)
  const stations = read(readText, 'data/kawasaki/stations.yaml', stationsFileSchema)
  const places: GazetteerPlace[] = []
  const push = (p: Omit<GazetteerPlace, 'key'>, name = p.place) => places.push({ key: placeKey(name), ...p })

  for (const id of wardIds) {
    const w = wards.data.wards.find((x) => x.id === id)!
    push({ place: wardNames[id], value: id, candidates: [], via: 'ward_name', needsContext: false })
    push(
      { place: wardNames[id], value: id, candidates: [], via: 'ward_name', needsContext: false, kana: true },
      w.kana,
    )
    // 「中原に住んでいます」: the stem alone, in context. Not 川崎 (the city), 幸 (a word), 多摩 (多摩市).
    const stem = wardNames[id].slice(0, -1)
    if (!['川崎', '幸', '多摩'].includes(stem)) {
      push({ place: wardNames[id], value: id, candidates: [], via: 'ward_name', needsContext: true }, stem)
      push(
        { place: wardNames[id], value: id, candidates: [], via: 'ward_name', needsContext: true, kana: true },
        w.kana.slice(0, -1),
      )
    }
    // A ward said in kana by another reading of its kanji (「こうつく」 for 高津区, 「あそうく」 for 麻生区), as voice input
    // and residents who guess write it: with 区 and in a place-like context only (「こうつく です」「あそうく に すんでる」).
    for (const misread of MISREAD_WARD_KANA[id] ?? [])
      push(
        { place: wardNames[id], value: id, candidates: [], via: 'ward_name', needsContext: true, kana: true },
        misread,
      )
    // Residents writing in English or romaji: 「Nakahara ward」「nakahara-ku」, and the bare name except
    // where it is also the city's or another place's name (Kawasaki, Tama).
    const latinForms = [`${romaji[id]} ward`, `${romaji[id]}-ku`, `${romaji[id]} ku`, `${romaji[id]}ku`]
    if (id !== 'kawasaki' && id !== 'tama') latinForms.push(romaji[id])
    for (const form of latinForms)
      push(
        {
          place: wardNames[id],
          value: id,
          candidates: [],
          via: 'ward_name',
          needsContext: false,
          latin: true,
        },
        form,
      )
  }
  const ambiguous = wards.data.ambiguous_town_names
  const seenTown = new Set<string>()
  // A town read like a station (みぞのくち, さぎぬま, のぼりと) stays the station, as residents mean it.
  const stationKana = new Set(stations.data.stations.map((s) => placeKey(s.kana)))
  for (const w of wards.data.wards) {
    for (const t of w.towns) {
      if (seenTown.has(t.name)) continue
      seenTown.add(t.name)
      const amb = ambiguous[t.name]
      const needsContext = riskyTowns.has(t.name) || (t.name.length <= 2 && !distinctiveShort.has(t.name))
      const town = {
        place: t.name,
        value: amb ? 'ambiguous' : w.id,
        candidates: amb ? amb.map((a) => a.ward) : [],
        via: 'town',
      } as const
      push({ ...town, needsContext })
      for (const kana of townKanaForms(t.name, t.kana).filter((k) => !stationKana.has(k)))
        push({ ...town, needsContext: needsContext || kana.length < 5, kana: true }, kana)
      // A town read like a station (「noborito」) stays the station, as in kana.
      if (t.kana && stationKana.has(placeKey(t.kana))) continue
      for (const latin of latinTownForms(t.name, t.kana))
        push({ ...town, needsContext: needsContext || latin.length < LATIN_BARE_MIN, latin: true }, latin)
    }
  }
  for (const s of stations.data.stations) {
    // The kana spelling too (「むさしこすぎ」), when long enough not to occur inside ordinary words.
    const kanaForms = s.kana.length >= 4 && s.kana !== s.name ? [s.kana] : []
    for (const name of [s.name, ...s.aliases, ...kanaForms]) {
      const kana = /^[\u3041-\u309f]+$/.test(name)
      push(
        { place: `${s.name}駅`, value: s.ward, candidates: [], via: 'station', needsContext: false, kana },
        `${name}駅`,
      )
      if (!s.suffix_required)
        push(
          { place: `${s.name}駅`, value: s.ward, candidates: [], via: 'station', needsContext: false, kana },
          name,
        )
    }
  }
  // Residents writing in Latin letters: 「near Musashi-Kosugi」「Mizonokuchi station」. Short names
  // (「kashima」) and those that need 「駅」 in Japanese match only with station after them.
  // A short name (「Noborito」「Saginuma」) stands alone only in a place-like context (「Tama-ku, Noborito」
  // 「near Saginuma」, or the whole answer), as a short town does.
  for (const s of stations.data.stations) {
    const bare = !s.suffix_required && s.kana.length >= 5
    const station = {
      place: `${s.name}駅`,
      value: s.ward,
      candidates: [] as GazetteerPlace['candidates'],
      via: 'station' as const,
      latin: true,
    }
    for (const form of latinStationForms(s.kana)) {
      for (const key of bare ? [form] : [`${form} station`, `${form} eki`])
        push({ ...station, needsContext: false }, key)
      if (!bare && !s.suffix_required) push({ ...station, needsContext: true }, form)
    }
  }
  // Landmarks and short names residents answer the ward question with (「生田緑地のそば」「新ゆりの近く」): each lies in
  // one ward only. Read like a station (no 町名, so no 地域包括支援センター is guessed from it).
  for (const [name, ward] of LANDMARKS)
    push({ place: name, value: ward, candidates: [], via: 'station', needsContext: false })
  for (const name of outsideMunicipalities)
    push({ place: name, value: 'outside', candidates: [], via: 'place_outside', needsContext: false })
  for (const name of outsideLatin)
    push({
      place: name,
      value: 'outside',
      candidates: [],
      via: 'place_outside',
      needsContext: false,
      latin: true,
    })
  for (const name of outsideNeedsContext)
    push({ place: name, value: 'outside', candidates: [], via: 'place_outside', needsContext: true })

  const codes: Gazetteer['postal']['codes'] = {}
  for (const [code, c] of Object.entries(postal.data.codes))
    codes[code.replace('-', '')] = { ward: c.ward, town: c.town }
  const body = {
    places,
    postal: {
      prefixes: wards.data.postal_prefix_to_ward,
      exceptions: Object.fromEntries(
        Object.entries(wards.data.postal_prefix_exceptions).map(([k, v]) => [k.replace('-', ''), v]),
      ),
      codes,
    },
  }
  return { sourceHash: hashString(JSON.stringify(body)), ...body }
}
