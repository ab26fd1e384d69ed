import type { CrisisLanguage } from '../core/nlu.ts'

// The crisis concepts: who, what, when, and the exceptions, each in the languages residents write.
// A rule (crisis-rules.ts) is a combination of concepts, so an inflection, a kana spelling, a dialect
// or another language is one more form of a concept, not one more sentence.
//
// How each language's forms are matched (see crisis-situations.ts):
//  - ja: regex over the normalized text with katakana folded to hiragana and spaces removed
//    (「シニタイ」「死に たい」 both read 「しにたい」/「死にたい」). Write kana forms in hiragana.
//  - base: regex over the kuromoji base forms joined by single spaces (「死ぬ たい」).
//  - en, es, pt, tl, vi: regex over lower-case text with diacritics removed (đ→d), spaces kept and
//    wrapped in word boundaries: write `muon chet`, not `muốn chết`; `nao` for `não`.
//  - romaji: Japanese written in Latin letters (「kusuri zenbu nonda」), read like en; the answer stays
//    Japanese.
//  - zh (simplified and traditional together), ko, ne: regex over the text with spaces removed
//    (ko, zh) or kept (ne, Devanagari and romanised). Write zh forms in simplified: traditional text
//    is folded to simplified before it is read (hanzi-fold.ts).
//  - nesk: Nepali in Devanagari or romanised, read as one consonant skeleton (crisis-nepali.ts:
//    「मर्न मन」 and "marna man" are both `mrn mn`). Write plain words in either script, no regex
//    ('ragat rokidaina'; `…` for a few words between): each word matches the start of a word.
// Forms are regex sources: keep each short and readable; add a form rather than widen one.

export type FormLanguage = Exclude<CrisisLanguage, 'zh-Hans' | 'zh-Hant'> | 'zh' | 'base' | 'romaji' | 'nesk'

export interface Concept {
  id: string
  forms: Partial<Record<FormLanguage, string[]>>
  note?: string
}

/** Romanised Nepali is read on the spaced view, which has no word boundaries: a form wrapped in B() has them. */
const B = (source: string) => `(?<![a-z])${source}(?![a-z])`

// A kana し that ends a word is not 死 (「たのしんだほうが」「わたしにたいして」).
const SHI = '(?:死|(?<![\\u4e00-\\u9fff々のたわあ])し)'

/**
 * Cannot speak (a stroke, someone unresponsive), but not a language named before it: 「usle japani bolna
 * sakdina」 is 'she can't speak Japanese' (answered as a stroke at dialogs8 dd4-045).
 */
// Nor a small child who does not talk yet (「3 barsa ko bhayo tara bolna sakdaina」: 'is 3 but can't speak', crisis11).
const NOT_A_LANGUAGE = '(?<!(?:japani|nepali|angreji|english|hindi|tara|जापानी|नेपाली|अङ्ग्रेजी|अंग्रेजी|हिन्दी|तर) )'
const cannotSpeakNe = [
  `${NOT_A_LANGUAGE}बोल्न (?:सक्दैन|सक्नुहुन्न|सक्दिन)`,
  B(`${NOT_A_LANGUAGE}bolna? (?:sakdaina|sakdina|saknu hunna|saknuhunna)`),
]

/**
 * No answer told as how it often is (「話しかけても返事がないことが多い」: a withdrawn daughter, asked at
 * dialogs8 dd-097), not as what happened now: written after 返事がない.
 */
const NOT_OFTEN = '(?!(?:こと|時|とき)(?:が|も)(?:多|おお|ある|あり))'

/**
 * The mail said NOT to be piling up (「郵便受けがあふれてる感じはないんだけど、なんとなく」, dialogs11 dd6-014): a
 * neighbour worry with the sign denied, the desk's, not asked (crisis12). Written after the piling-up word.
 */
const MAIL_NOT =
  '(?!(?:っ|て|た|り|ま)?(?:て|た)?(?:る|いる|いた|た)?(?:感じ|かんじ|様子|ようす|わけ|こと|ふう)?(?:では|じゃ|は|も)?(?:ない|なく|ありません|ません|なかった|ないです))'

const c = (id: string, forms: Concept['forms'], note?: string): Concept => ({
  id,
  forms,
  ...(note ? { note } : {}),
})

/**
 * The writer wanting to volunteer (a search network, a helpline; crisis11: 「我想參加…走失搜尋網絡當志工」
 * was asked): a course or a what-if (`hypothetical`), and on its own (`volunteering`) what keeps the danger
 * model from asking, where a what-if read in 「訪問したら」 must not.
 */
const VOLUNTEERING: Concept['forms'] = {
  ja: ['ボランティア(?:を|に|で)?(?:し(?:たい|てみたい)|やって?みたい|になり|参加)'],
  en: ['(?:become|be|want to|like to|love to) (?:a |an )?(?:[a-z-]+ )?volunteer'],
  es: ['ser voluntari[oa]|como voluntari[oa]'],
  pt: ['ser voluntari[oa]'],
  zh: ['(?:当|當|做|成为|成為|参加|參加).{0,10}(?:志工|志愿者|志願者|义工|義工)'],
  ko: ['자원봉사\\s?(?:하고|할|를\\s?하)'],
  tl: ['mag-?volunteer'],
  vi: ['lam tinh nguyen vien'],
}

// ── crisis26: the one feared come home drunk or raging now, and fear said in the first person (narrower than
// fear_now, which holds ahora/agora/ngayon too); read only as the pair (afraid_of_him_now, eitherOrder) ──
const ARRIVED_RAGING: Concept['forms'] = {
  ja: [
    '(?:酔|よ)っ(?:ぱらっ)?て(?:帰|かえ)って(?:き|来)(?:た|て|ました)',
    '(?:酒|さけ)を?(?:飲|の)んで(?:帰|かえ)って(?:き|来)(?:た|て|ました)',
  ],
  en: [
    '(?:came|got|just got|has come) (?:back )?home (?:drunk|wasted|raging|furious|really angry)',
    "(?:he|she)(?:'s| is) (?:drunk|raging|furious) and (?:shouting|yelling|smashing|breaking)",
  ],
  es: ['(?:llego|volvio|entro|vino) (?:a (?:la )?casa )?(?:borracho|tomado|furioso|alterado|drogado)'],
  pt: ['(?:chegou|voltou|entrou) (?:em casa |pra casa )?(?:bebado|transtornado|furioso|alterado|drogado)'],
  tl: [
    '(?:umuwi|dumating)(?: na)?(?: siyang| syang| siya| sya)? (?:na )?(?:lasing|lasing na lasing|galit na galit|nagwawala)',
  ],
  ko: ['술\\s?(?:취해서|먹고|마시고|에\\s?취해)\\s?(?:들어왔|왔어|와서|들어와)'],
  zh: ['(?:喝醉|喝多)了?(?:酒)?(?:回来|回家|进门|到家)'],
  vi: ['(?:say|say ruou|nhau say) (?:ve|ve nha|ve toi)'],
  ne: [
    'रक्सी (?:खाएर|पिएर) (?:आयो|आउनुभयो|घर आयो|आइपुग्यो)',
    B('raksi (?:khaera|piyera) (?:aayo|aaunu|ghar aayo)'),
  ],
}
const SCARED_SAID: Concept['forms'] = {
  ja: ['(?:怖|こわ)い(?:です|よ|の|$|。|、|!|…)?|(?:怖|こわ)くて'],
  en: ["(?:i'?m|i am) (?:so |really |very )?(?:scared|afraid|terrified|frightened)"],
  es: ['tengo (?:mucho )?miedo|estoy (?:muy )?asustad[ao]'],
  pt: ['(?:estou|to|tou) com (?:muito )?medo|(?:estou|to|tou) (?:muito )?assustad[ao]'],
  tl: ['(?:takot na takot|natatakot) ako|takot ako'],
  ko: ['무서워(?:요|서|죽)?|무섭(?:습니다|네요|어요)'],
  zh: ['(?:好|很|非常|真的)?(?:害怕|怕死了)'],
  vi: ['(?:em|toi|chau) (?:so|so qua|rat so|so lam)'],
  ne: ['डर (?:लाग्यो|लागिरहेको|लाग्दैछ)|डराएको छु', B('dar (?:lagyo|lagi rakheko|laagyo)')],
}
/** Both parts in one message, in either order, within a sentence or two (each language's forms paired). */
const eitherOrder = (a: Concept['forms'], b: Concept['forms']): Concept['forms'] => {
  const out: Concept['forms'] = {}
  for (const lang of Object.keys(a) as FormLanguage[]) {
    const x = (a[lang] ?? []).join('|')
    const y = (b[lang] ?? []).join('|')
    if (x && y) out[lang] = [`(?:${x}).{0,60}(?:${y})`, `(?:${y}).{0,60}(?:${x})`]
  }
  return out
}
// ── end crisis26 constants ──

export const concepts: Concept[] = [
  // ── suicidal thoughts said outright, in any language (Japanese has the phrase lexicon too) ─────
  c('want_to_die', {
    ja: [
      `${SHI}にた(?:い(?!して|する)|く(?:な|て)|かっ)`,
      `${SHI}んだ(?:ほう|方)が(?:まし|いい|らく|楽)`,
      `${SHI}ね(?:たら|れば)(?:いい|らく|楽)`,
      `${SHI}のう(?:と|か)(?:思|おも)`,
      'じさつ|自殺(?:したい|しよう|する|を考|しか|を図|未遂した(?:ばかり|ところ))',
      'いきていたくない|生きていたくない|生きたくない|いきたくない(?=.{0,6}(?:もう|人生|この世))',
      'この世から(?:消|き)え',
      '(?:消|き)えてなくなりたい|(?:消|き)えたい',
      'いなくなりたい|居なくなりたい',
      '人生(?:を)?(?:終わ|おわ|やめ|辞め)(?:らせ|り|たい)',
      '(?:命|いのち)を(?:絶|断|た)(?:ち|と|つ)',
      '(?:首|くび)を(?:吊|つ)(?:る|り|ろ)',
    ],
    base: ['死ぬ たい', '消える たい', '自殺 する'],
    en: [
      'want(?:s|ed)? to die',
      'wanna die',
      'wish (?:i|i was|i were) (?:dead|gone|never born)',
      'kill(?:ing)? my ?self|kms',
      'end(?:ing)? (?:my|it all|my own) ?(?:life|all)?',
      'take my (?:own )?life',
      'suicid\\w*',
      "(?:do ?n[o']?t|dont|no longer) want to (?:live|be alive|exist|be here|wake up)",
      'not want(?:ing)? to (?:live|be alive|exist|wake up)',
      'tired of (?:living|life|being alive)',
      'no (?:reason|point) (?:to|in) (?:live|living|going on)',
      'better off (?:dead|without me)',
      'disappear (?:forever|for good)',
      "can'?t go on (?:living|anymore|any more)",
      'life is(?: not|n.?t) worth',
      'sleep (?:forever|and never wake)',
    ],
    es: [
      'quiero morir\\w*',
      'me quiero morir',
      'morirme',
      'quitarme la vida',
      'suicid\\w+',
      'matarme',
      'me voy a matar',
      'no quiero (?:seguir )?vivir',
      'no quiero (?:despertar|existir)',
      'acabar con (?:todo|mi vida)',
      'desaparecer para siempre',
      'mejor muert[oa]',
      'sin ganas de vivir',
      'no vale la pena vivir',
    ],
    pt: [
      'quero morrer',
      'vou me matar',
      'me matar',
      'suicid\\w+',
      'tirar (?:a )?minha (?:propria )?vida',
      'nao quero (?:mais )?viver',
      'nao quero (?:mais )?acordar',
      'acabar com (?:tudo|minha vida)',
      'sumir para sempre',
      'melhor (?:morto|morta)',
      'sem vontade de viver',
      'queria estar morta?',
    ],
    tl: [
      'gusto ko(?: na)?(?:ng)? mamatay',
      'mamatay na lang',
      'magpapakamatay|magpakamatay|nagpapakamatay',
      'patayin (?:ko )?(?:ang )?sarili',
      'ayoko na(?:ng)? mabuhay|ayaw ko na(?:ng)? mabuhay',
      'wala nang saysay (?:ang )?(?:buhay|mabuhay)',
      'sana patay na ako',
      'tapusin (?:ko )?na (?:ang )?(?:lahat|buhay)',
      'suicide',
    ],
    vi: [
      'muon chet',
      'muon tu tu|tu tu|tu sat',
      'ket thuc (?:cuoc doi|cuoc song|tat ca|moi thu)',
      'khong (?:con )?muon song',
      'khong thiet song',
      'chan song',
      'song khong noi nua',
      'chet (?:di|quach) cho xong',
      'bien mat mai mai',
      'khong muon tinh day',
    ],
    zh: [
      '想死',
      '不想活',
      '自杀|自殺|轻生|輕生',
      '结束(?:自己的?)?生命|結束(?:自己的?)?生命',
      '活不下去',
      '活(?:着|著)(?:没|沒)(?:有)?(?:意思|意义|意義)',
      '一了百了',
      '死了算了|不如死了|去死了?算',
      '(?:永远|永遠)消失',
    ],
    ko: [
      '죽고싶',
      // not 혼자 살아 / 여자 살 read with the spaces removed
      '(?<![혼여남부환녀])자살',
      '극단적(?:인)?선택',
      '살기싫',
      '살고싶지않',
      '죽어버리',
      '죽을래',
      '사라지고싶',
      '생을마감',
      '삶을끝내',
      '끝내고싶',
      '살이유가없',
      '없어지고싶',
    ],
    ne: [
      'मर्न मन',
      'मर्न चाहन्छु',
      'मरौं जस्तो',
      'आत्महत्या',
      'बाँच्न मन (?:छैन|लाग्दैन)',
      'बाँच्नु (?:छैन|छैन)',
      'जीवन अन्त्य',
      'मरिदिन्छु|मर्छु होला',
      'marna man',
      'atmahatya',
      'banchna man (?:chaina|lagdaina)',
    ],
  }),
  c('self_harm_act', {
    ja: [
      'りすか|りすとかっと|自傷|じしょう',
      '(?:手首|てくび|腕|(?<![どこそ])うで)を?(?:切|き)(?:っ|る|ろ|り|ら)',
      '自分を(?:傷つけ|きずつけ|切|刺)',
      '(?:かみそり|剃刀|カッター|かったー)で(?:切|き)',
    ],
    en: [
      'cut(?:ting)? my ?self',
      'cut(?:ting)? my (?:wrists?|arms?|legs?)',
      'self[- ]?harm\\w*',
      '(?:hurt|hurting|burn|burning|burned) my ?self',
      'slit my',
    ],
    es: ['me (?:corte|estoy cortando)', 'cortarme', 'hacerme dano', 'autolesi\\w+', 'me lastimo'],
    pt: ['me cortei', 'me cortar', 'me cortando', 'me machuc\\w+', 'autoles\\w+', 'automutila\\w+'],
    tl: ['naglalaslas|naglaslas|laslas', 'hiniwa ko ang (?:pulso|braso|sarili)', 'sinasaktan ko ang sarili'],
    vi: ['rach tay', 'cat (?:co )?tay', 'tu lam dau (?:ban than|minh)', 'tu hai'],
    zh: ['割腕', '自残|自殘', '伤害自己|傷害自己', '划(?:手|自己)|劃(?:手|自己)'],
    ko: ['자해', '손목을?(?:그었|긋|그어)', '칼로(?:팔|손목)'],
    ne: ['आफैलाई चोट', 'हात काट', 'नस काट'],
  }),

  // ── preparation, burden, despair: the indirect ways of saying it ─────────────────────────────
  c(
    'preparation',
    {
      ja: [
        '身辺整理|しんぺんせいり|身の回り(?:の)?(?:整理|片付け)',
        // A will (遺言書) is an ordinary legal question; a farewell note is not.
        '遺書|いしょ(?:を|も)|遺言(?!書)|ゆいごん(?!しょ)',
        // not the parents' own (「私たち夫婦が死んだ後、あの子がどうなるのか」: the 8050 worry, a desk's question)
        '(?<!(?:夫婦|親|両親|私たち|わたしたち|私達|俺たち|僕たち)(?:が|は))死んだ(?:あと|後)|(?:死|し)後の(?:手続|こと|始末)',
        '(?:葬式|葬儀)(?:代|の費用|のお金)を?(?:置|用意|残)',
        '保険金で',
        '(?:持ち物|もちもの|大事なもの|形見|ペット|ねこ|猫|いぬ|犬)を?.{0,6}(?:あげ|譲|ゆず|頼み|たのみ|託)',
        '(?:通帳|つうちょう|暗証番号|ぱすわーど).{0,10}(?:書き残|まとめて置|わかるように)',
        '(?:迷惑|めいわく)を?かけない(?:ように|よう)に?.{0,12}(?:片付け|かたづけ|整理|準備|消え|いなくな)',
      ],
      en: [
        'giving (?:away )?(?:my )?(?:things|stuff|belongings|cat|dog) away',
        'gave (?:away )?(?:all )?(?:of )?(?:my )?(?:things|stuff|belongings)(?: away)?',
        '(?:wrote|writing|left) (?:a|my) (?:suicide )?(?:note|letter|will) (?:for|to) (?:my )?(?:family|kids|wife|husband|mom|parents)',
        'put my affairs in order|getting my affairs in order|sorted (?:out )?my affairs',
        "so (?:i|i'?m|i am) not a burden",
      ],
      es: ['regal(?:e|ando) mis cosas', 'carta de despedida', 'dejar todo en orden'],
      pt: ['dei (?:as )?minhas coisas', 'carta de despedida', 'deixar tudo organizado'],
      tl: ['ipinamigay ko (?:na )?(?:ang )?(?:gamit|lahat)', 'sulat (?:ng )?paalam'],
      vi: ['viet thu tuyet menh|thu tuyet menh', 'cho het do dac', 'sap xep moi thu truoc khi'],
      zh: ['遗书|遺書', '后事|後事', '把(?:东西|東西)都?送(?:人|给|給)'],
      ko: ['유서', '신변\\s?정리|신변정리', '물건을?(?:다)?(?:나눠|정리)'],
      ne: ['अन्तिम पत्र', 'सबै सामान बाँड'],
    },
    'arranging affairs, a note, giving things away',
  ),
  c('farewell', {
    ja: [
      '今までありがとう|いままでありがとう',
      'お世話になりました|おせわになりました',
      '(?:さようなら|さよなら)(?:です|。|$|!)',
      '(?:最後|さいご)の(?:メッセージ|めっせーじ|挨拶|あいさつ|連絡)',
      'みんな(?:元気|げんき)でね',
    ],
    en: [
      'goodbye (?:everyone|forever|world)',
      'this is my (?:last|final) (?:message|goodbye)',
      'thank you for everything.{0,20}goodbye',
    ],
    es: ['adios para siempre', 'mi ultimo mensaje', 'adios a todos'],
    pt: ['adeus para sempre', 'minha ultima mensagem', 'adeus a todos'],
    tl: ['paalam na(?: sa inyong lahat)?', 'huling mensahe ko'],
    vi: ['vinh biet', 'tin nhan cuoi cung', 'tam biet (?:tat ca|moi nguoi) mai mai'],
    zh: ['永别|永別', '最后的(?:留言|信息|话)|最後的(?:留言|訊息|話)', '再见了大家|再見了大家'],
    ko: ['마지막\\s?인사', '영원히\\s?안녕', '그동안\\s?고마웠'],
    ne: ['अन्तिम सन्देश', 'सधैँको लागि बिदा'],
  }),
  c('burden', {
    ja: [
      '(?:迷惑|めいわく)(?:ばかり|ばっかり|ばかし)',
      '(?:迷惑|めいわく)を?かけ(?:たくない|るだけ|てばかり)',
      '(?:重荷|おもに|足手まとい|あしでまとい|お荷物|おにもつ)(?:に|で|だ|な)',
      '(?:私|わたし|僕|ぼく|俺|おれ|自分|あたし|わし)(?:なんか|なんて|が|さえ)?(?:い|居)ない(?:ほう|方)が',
      '(?:い|居)なくなった(?:ほう|方)が',
      '(?:私|わたし|僕|ぼく|俺|おれ|自分|わし)(?:なんか|さえ)(?:い|居)なければ',
      '生きてる(?:価値|意味)|生きている(?:価値|意味)|いきてるいみ|生きる(?:価値|意味)(?:が|も|は)?(?:ない|無い|わから)',
      '(?:誰|だれ)(?:の|にも)(?:役|やく)に(?:も)?(?:立|た)たない',
      // Dialect: 「役さ立たねえ」 (Tohoku), 「役に立たん」 (Kansai, Kyushu); 「迷惑かけたくありません」.
      '(?:役|やく)(?:に|さ)(?:も)?(?:立|た)た(?:ねえ|ねぇ|ん(?:け|のや|ばい|と)?(?:。|、|$))',
      '(?:迷惑|めいわく)を?かけ(?:たくありません|とうない|たくなか)',
      '長生き(?:しすぎ|なんてしたくない|したくない)',
      '早く(?:お迎え|おむかえ)',
    ],
    en: [
      "i(?:'?m| am) (?:just |only )?a burden",
      'burden (?:to|on) (?:everyone|my family|them|my kids)',
      'everyone would be better (?:off )?without me',
      'no one would (?:miss|notice|care)',
      'no (?:reason|point) (?:to|in) living',
    ],
    es: ['soy una carga', 'estarian mejor sin mi', 'nadie me extranaria'],
    pt: ['sou um peso', 'sou um fardo', 'estariam melhor sem mim', 'ninguem sentiria (?:a )?minha falta'],
    tl: ['pabigat (?:lang )?ako', 'mas mabuti kung wala (?:na )?ako', 'walang makakapansin kung mawala ako'],
    vi: [
      'toi la ganh nang|la ganh nang',
      'khong co toi (?:thi )?(?:moi nguoi )?se tot hon',
      'song (?:cung )?vo ich',
    ],
    zh: [
      '(?:我是|成了)(?:个)?(?:负担|負擔|累赘|累贅)',
      '没有我.{0,4}(?:更好|会好|會好)|沒有我.{0,4}(?:更好|會好)',
      '活着?没用|活著?沒用',
    ],
    ko: ['짐이\\s?(?:될|되고|돼)', '나\\s?없으면\\s?(?:다|모두)?\\s?(?:편할|나을)', '살\\s?가치가\\s?없'],
    ne: ['म बोझ', 'म नभए (?:सबै )?खुसी'],
  }),
  c('hopeless', {
    ja: [
      'もう(?:無理|むり|だめ|ダメ|限界|げんかい|疲れた|つかれた|いや|嫌|しんどい|何も|なにも)',
      '(?:全部|ぜんぶ|何もかも|なにもかも)(?:嫌|いや|どうでもいい|終わり|おわり)',
      '生きるのが(?:つら|辛|しんど|疲|嫌|いや|苦し)|いきるのが(?:つら|しんど|いや|くるし)',
      '(?:希望|未来|将来)(?:が|も)?(?:ない|無い|見えない|みえない)',
      '絶望|ぜつぼう|何のために生き|なんのためにいき',
      '(?:楽|らく)に(?:なりたい|なれたら|なれる)',
      '(?:眠|ねむ)ったまま|ずっと(?:眠|ねむ)っていたい|目が覚めなければ|めがさめなければ|朝が来なければ',
      'もう(?:疲|つか)れ(?:まし)?た',
      '(?:消|き)えてしまいたい',
    ],
    en: [
      "i (?:can'?t|cannot) (?:take|do) (?:it|this) anymore",
      "can'?t go on",
      'no hope|hopeless|no way out|no future',
      "what'?s the point",
      "i(?:'m| am) (?:so )?(?:done|finished)(?: with everything)?$",
      'want (?:it|everything) (?:all )?to (?:stop|end)',
      'want to (?:sleep|rest) forever',
    ],
    es: [
      'ya no puedo mas',
      'no aguanto mas',
      'sin esperanza',
      'no tiene sentido',
      'quiero que todo (?:termine|acabe)',
    ],
    pt: ['nao aguento mais', 'nao consigo mais', 'sem esperanca', 'nao tem sentido', 'quero que tudo acabe'],
    tl: [
      'hindi ko na kaya',
      'suko na ako',
      'wala nang pag-?asa',
      'pagod na pagod na ako sa buhay',
      'gusto ko nang matapos ang lahat',
    ],
    vi: [
      'khong chiu noi nua',
      'het hy vong|tuyet vong',
      'khong con loi thoat',
      'muon moi thu ket thuc',
      'met moi qua roi',
    ],
    zh: [
      '受不了了',
      '撑不下去|撐不下去',
      '没有希望|沒有希望|绝望|絕望',
      '没有意义|沒有意義',
      '太累了.{0,6}(?:不想|活)',
    ],
    ko: ['더\\s?이상\\s?못\\s?버티', '희망이\\s?없', '절망', '다\\s?끝내고', '너무\\s?지쳤'],
    ne: ['अब सक्दिन', 'आशा छैन', 'सबै सकियो', 'थाकिसकें'],
  }),
  c('means', {
    ja: [
      '(?:薬|くすり|睡眠薬|すいみんやく|眠剤|安定剤|市販薬)を?.{0,6}(?:ためて|溜め|貯め|集め|あつめ|買い(?:込|こ|だめ|溜め)|用意|たくさん(?:ある|持))',
      '(?:ロープ|ろーぷ|ひも|紐|縄|なわ(?=を|も))(?:を|も)?.{0,6}(?:買|かっ|用意|準備|持|もっ|かけ|結|むす)',
      '練炭|れんたん',
      '(?:包丁|ほうちょう|ナイフ|ないふ|カッター|かったー|刃物)(?:を|も)?.{0,4}(?:持って|もって|握|にぎ|見つめ|手首|首に|用意|買)',
      '飛び(?:降|お)り|とびおり|飛び込|とびこ(?:み|む|もう)',
      '(?:首|くび)を(?:つ|吊)',
      '(?:遺書|いしょ)',
    ],
    en: [
      '(?:bought|got|have|saved|collected|stockpiled|hoarding|hoarded) (?:a )?(?:rope|pills|sleeping pills|charcoal|a gun)',
      'rope (?:ready|in my|around)',
      'jump(?:ing)? (?:off|from|in front)',
      'pills? (?:in my hand|ready|lined up)',
    ],
    es: [
      'compre una cuerda',
      'junte (?:las )?pastillas',
      'tengo (?:las )?pastillas',
      'tirarme (?:de|del|al)',
      'lanzarme',
    ],
    pt: [
      'comprei uma corda',
      'juntei (?:os )?(?:remedios|comprimidos)',
      'tenho os comprimidos',
      'pular da|me jogar d[oa]',
    ],
    tl: [
      'bumili ako ng lubid',
      'inipon ko (?:ang )?(?:mga )?gamot',
      'tatalon (?:ako )?(?:sa|mula)',
      'magbibigti|magbigti',
    ],
    vi: ['mua day thung', 'gom (?:het )?thuoc', 'tich thuoc ngu', 'nhay (?:cau|lau|xuong)', 'treo co'],
    zh: [
      '买了?绳子|買了?繩子',
      '攒了?(?:很多)?(?:药|藥|安眠药)|攢了?(?:很多)?(?:藥|安眠藥)',
      '跳楼|跳樓|跳河|跳桥|跳橋|跳下去',
      '上吊',
      '烧炭|燒炭',
    ],
    ko: ['밧줄을?\\s?(?:샀|준비)', '수면제를?\\s?(?:모았|모아|샀)', '뛰어내리', '목을\\s?매', '번개탄'],
    ne: ['डोरी किने', 'औषधि जम्मा', 'हाम फाल', 'झुण्डि'],
  }),
  c('high_place', {
    ja: [
      '屋上|おくじょう',
      '(?:橋|はし)の(?:上|うえ)',
      '(?:線路|せんろ|踏切|ふみきり)',
      '(?<!ぐるーぷ|ろうじん|ケア|けあ)(?:駅の)?(?:ホーム|ほーむ)(?:に|で|から)',
      '(?:崖|がけ)の?(?:上|うえ|ふち)',
      '\\d+階(?:の|から)(?:ベランダ|べらんだ|窓|まど)',
      '(?:ベランダ|べらんだ|窓|まど)(?:の外|から下|の手すり|のてすり)',
      '高い(?:ところ|所|ビル|びる)',
    ],
    en: [
      '(?:on|at) (?:the )?(?:roof|rooftop|bridge|edge|platform|railway|train tracks|cliff)',
      'top of (?:the )?(?:building|bridge)',
    ],
    es: ['(?:en|sobre) (?:la )?(?:azotea|el puente|el techo|las vias)'],
    pt: ['(?:no|na) (?:telhado|ponte|terraco|trilhos)', 'em cima da ponte'],
    tl: ['(?:nasa|sa) (?:bubong|tulay|rooftop|riles)'],
    vi: ['tren (?:cau|san thuong|noc nha|duong ray)'],
    zh: ['(?:在)?(?:楼顶|樓頂|天台|桥上|橋上|铁轨|鐵軌)'],
    ko: ['옥상', '다리\\s?위', '철로|선로'],
    ne: ['छतमा', 'पुलमा'],
  }),

  // ── the body: a medical emergency told by its signs ──────────────────────────────────────────
  c('chest', {
    ja: ['胸|むね|心臓|しんぞう'],
    en: ['chest', 'heart'],
    es: ['pecho'],
    pt: ['peito'],
    tl: ['dibdib'],
    vi: ['nguc'],
    zh: ['胸'],
    ko: ['가슴'],
    ne: ['छाती', 'chhati'],
  }),
  c('acute_pain', {
    ja: [
      // kana いた after a verb's stem is 「言いたくない」「会いたい」「思いたくない」, not pain (「場所は言いたくないです」
      // was read as pain and the model answered it as suicide: dialogs7, dd5-041)
      '痛(?:い|く|くて|み|む|がる)|(?<![言会買使払習洗歌笑思伝誘吸拾扱云逢い])いた(?:い|く|くて|み|む|がる)',
      '(?:苦し|くるし)',
      '(?:締め付け|しめつけ|圧迫|あっぱく)',
    ],
    // crisis26: not a pain wished gone (「I just want my back pain to go away」: asked on the danger model after a retrain)
    en: ['pain(?!s? (?:to )?(?:go away|stop|disappear))', 'hurts?', 'tight(?:ness)?', 'pressure', 'crushing'],
    es: ['dolor', 'duele', 'presion'],
    pt: ['dor', 'doendo', 'aperto', 'pressao'],
    // not a pain wished gone (「gusto kong mawala ang sakit ng ulo ko, may gamot ba?」: asked on the danger model, crisis19)
    tl: ['(?<!mawala (?:na )?ang )sakit|masakit|sumasakit|kumikirot'],
    // Without diacritics đau (pain) is also đầu (head, first), đâu (where) and dầu (oil): pain is read
    // with its place or degree (「đau ngực」「đau lắm」「bị đau」), never 「bắt đầu」「đi đâu」「lần đầu」.
    vi: [
      // not lần đầu làm… (the first time I do…), bắt đầu, hàng đầu
      '(?<!lan |bat |hang )dau (?:nguc|bung|dau|lung|tim|qua|lam|du doi|nhoi|buot|that|khong chiu)',
      '(?:bi|rat|dang|kho|qua) dau(?! tien)',
      // tức (tight), not thủ tục (a procedure)
      '(?<!thu )tuc',
      'that',
    ],
    zh: ['痛|疼|闷|悶|压|壓'],
    ko: ['아프|아파|통증|조이|답답'],
    // not dukhi / दुखी (sad, crisis23)
    ne: ['दुख(?!ी)', 'dukh(?!i(?![a-z]))'],
  }),
  c('cold_sweat', {
    ja: ['冷や汗|ひやあせ|脂汗|あぶらあせ'],
    en: ['cold sweat', 'sweating a lot', 'clammy'],
    es: ['sudor frio', 'sudando mucho'],
    pt: ['suor frio', 'suando muito'],
    tl: ['malamig na pawis', 'pinagpapawisan nang malamig'],
    vi: ['mo hoi lanh|va mo hoi'],
    zh: ['冷汗'],
    ko: ['식은땀'],
    ne: ['चिसो पसिना'],
  }),
  c('cannot_wake', {
    ja: [
      // 「危機意識」「問題意識」「病気の意識」 are not consciousness.
      '(?<!(?:危機|問題|当事者|罪|病|健康|美|目的|仲間|コスト|共通|帰属|被害者|加害者|病気の|という|プロ))(?:意識|いしき)(?:が)?(?:ない|無い|ありません|もうろう|朦朧|が(?:戻|もど)らない|がはっきりしない)',
      '意識不明|いしきふめい',
      'ぐったり(?!.{0,6}(?:疲|つか))',
      '(?:気絶|きぜつ|失神|しっしん)(?:し|した|して)',
    ],
    en: [
      // not the wish "(I want to) rest and not wake up" (crisis13: answered as someone unresponsive)
      "(?:can'?t|cannot|won'?t|will not|doesn'?t|does not|(?<!(?:and|to|just) )not) (?:wake|waking)(?: (?:him|her|them|up))*",
      'unconscious|unresponsive|not responding|no response',
      'passed out|fainted|blacked out',
      'limp|floppy',
      "isn'?t moving|not moving|stopped moving|won'?t move",
    ],
    es: [
      'no (?:se )?despierta',
      'inconsciente',
      'no (?:reacciona|responde)',
      'se desmayo',
      'no se mueve',
      'esta flojo|muy flojo',
    ],
    pt: [
      'nao acorda',
      'inconsciente',
      'nao (?:reage|responde)',
      'desmaiou',
      'nao se mexe',
      'esta mole|muito mole',
    ],
    tl: [
      '(?:hindi|di|ayaw) (?:magising|nagigising|gumigising)',
      'walang malay',
      'nahimatay',
      '(?:hindi|di) (?:gumagalaw|sumasagot)',
      'lupaypay|lantang-?lanta',
    ],
    vi: [
      'khong tinh',
      '(?:goi|lay) (?:mai )?khong (?:day|tinh|tra loi)',
      'bat tinh',
      'ngat xiu|ngat di|xiu',
      'khong cu dong',
      'li bi|lem nhem',
    ],
    zh: [
      '叫不醒',
      '昏迷|昏倒|晕倒|暈倒|晕过去|暈過去',
      '失去(?:意识|意識|知觉|知覺)',
      '没反应|沒反應|没有反应|沒有反應',
      '不动了|不動了',
      '软绵绵|軟綿綿',
    ],
    ko: [
      '안\\s?깨어|깨어나지\\s?않|일어나지\\s?않|안\\s?일어나',
      '의식(?:이)?\\s?없',
      '기절',
      '반응(?:이)?\\s?없',
      '축\\s?늘어',
      '움직이지\\s?않',
    ],
    ne: ['उठ्दैन|उठेन|उठ्नुहुन्न', 'बेहोस', 'होस छैन', 'चल्दैन', 'behos'],
  }),
  c('wont_wake', {
    ja: [
      // Not 「やる気が起きない」「朝起きない」「何も起きない」: moods, habits and events, not a body.
      '(?<!気が|気も|きが|きも|朝|あさ|何も|なにも|事が|ことが|早く|はやく)(?:起|お)き(?:ない|ません|なく|てこない)',
      '目を(?:覚ま|さま)さ(?:ない|ず)|めをさまさない',
      '目を(?:開け|あけ)(?:ない|ません)',
      '(?:反応|はんのう)(?:が|も)?(?:ない|無い|ありません|しない|が鈍|がにぶ)',
      `(?:返事|へんじ)(?:が|も)(?:ない|ありません)${NOT_OFTEN}`,
      '(?:動|うご)か(?:ない|なくなっ|ず)',
    ],
    en: ["(?:won'?t|will not|doesn'?t|does not|can'?t|cannot) wake", 'not moving', 'no response'],
    es: ['no despierta', 'no se mueve'],
    pt: ['nao acorda', 'nao se mexe'],
    tl: ['(?:hindi|di) (?:magising|gumagalaw)'],
    vi: ['khong (?:day|cu dong)'],
    zh: ['醒不过来|醒不過來|不动|不動'],
    ko: ['안\\s?깨|안\\s?움직'],
    ne: ['उठ्दैन'],
  }),
  c('rouse', {
    ja: [
      '(?:呼|よ)んでも|(?:揺|ゆ)すっても|(?:叩|たた)いても|(?:声|こえ)を?かけても|(?:起|お)こしても|(?:つね|抓)っても|(?:名前|なまえ)を(?:呼|よ)んでも',
      '(?:倒|たお)れ(?:て|た)',
      '(?:床|ゆか|風呂|ふろ|トイレ|といれ|布団|ふとん)(?:で|に)',
      // a child's 「ままが おきない」: the parent named only with waking, moving or answering after it, not
      // 「ママが こまってる」 (mum is in trouble: asked at dialogs8 dd4-071)
      '(?:まま|おかあさん|ぱぱ)(?:が|、)(?=.{0,8}(?:おき|起き|うご|動|へんじ|返事|めを|目を))',
    ],
    // not a noise through the floor (「banging on the floor at night」, a neighbour's complaint): someone lying there
    en: [
      'tried to wake|shaking (?:him|her)|calling (?:his|her) name|(?<!(?:bang|pound|stomp|knock|thump|jump|stamp)(?:s|ing|ed)? )on the floor',
    ],
    es: ['intente despertar|en el suelo'],
    pt: ['tentei acordar|no chao'],
    tl: ['ginising ko|sa sahig'],
    vi: ['lay (?:mai|manh)|goi mai|tren san'],
    zh: ['怎么叫|怎麼叫|摇|搖|地上'],
    ko: ['흔들어도|불러도|바닥에'],
    ne: ['बोलाउँदा पनि|भुइँमा'],
  }),
  c('not_breathing', {
    ja: [
      '(?:息|いき)(?:を)?(?:して(?:い)?ない|しない|してません|しとらん)',
      '(?:息|いき)(?:が|を)(?:止|と)ま(?!る(?:ほど|くらい|ぐらい|かと))|(?:息|いき)が(?:弱|よわ|苦しそう|くるしそう|おかしい|できな|ゼーゼー|ぜーぜー|ひゅーひゅー)',
      '(?:呼吸|こきゅう)(?:が|を)?(?:止|とま|して(?:い)?ない|おかしい|できな|困難|苦し|くるし|弱|荒)',
      '(?:顔色|唇|くちびる|顔)が(?:青|あお|紫|むらさき|真っ白|まっしろ|土気色)',
    ],
    en: [
      "(?:not|isn'?t|stopped|can'?t|cannot|struggling to|trouble) breath\\w*",
      'turning (?:blue|purple)',
      'lips (?:are )?(?:blue|purple)',
      'gasping',
    ],
    es: [
      'no respira',
      'dejo de respirar',
      'no puede respirar',
      'le cuesta respirar',
      'labios (?:azules|morados)',
      'se esta poniendo (?:azul|morado)',
    ],
    pt: [
      'nao (?:esta )?respira\\w*',
      'parou de respirar',
      'nao consegue respirar',
      'labios (?:roxos|azuis)',
      'ficando (?:roxo|azul)',
    ],
    tl: ['(?:hindi|di) (?:humihinga|makahinga)', 'huminto ang paghinga', 'nangingitim ang labi|nangangasul'],
    vi: ['khong tho', 'ngung tho|tat tho', 'kho tho', 'tho khong duoc', 'moi tim|tim tai'],
    zh: [
      '(?:没|沒)(?:有)?呼吸|不呼吸|停止呼吸',
      '呼吸困难|呼吸困難|喘不上气|喘不上氣|上不来气|上不來氣',
      '嘴唇(?:发|發)紫',
    ],
    ko: [
      '숨을?\\s?(?:안|못)\\s?쉬',
      '숨을?\\s?쉬지\\s?않',
      '숨이\\s?(?:멈|막|안\\s?쉬)',
      '호흡(?:이)?\\s?(?:없|곤란|멈)',
      '입술이\\s?(?:파랗|보라)',
    ],
    ne: ['सास (?:फेर्दैन|फेर्न सक्दैन|रोकियो)', 'सास फेर्न गाह्रो', 'sas ferdaina'],
  }),
  c('stroke_sign', {
    ja: [
      '(?:顔|かお)の?(?:片|半)(?:方|側|分)?(?:が)?(?:下が|さが|ゆが|歪|動か|垂れ|たれ)',
      '(?:口|くち)(?:元|もと)?が?(?:曲が|まが|ゆが|歪|垂れ|たれ)',
      '(?:片|半)(?:方|側|身)の?(?:手|腕|うで|足|あし|顔)?(?:が)?(?:動か|うごか|しびれ|痺れ|上がら|あがら|力が入らな)',
      'ろれつ|呂律',
      '(?:言葉|ことば)が(?:出|で)(?:ない|てこない)|(?:話|はな)し方が(?:変|へん|おかし)|しゃべり方が(?:変|へん|おかし)',
      '(?:急|きゅう)に.{0,6}(?:話せ|はなせ|しゃべれ)なく',
    ],
    en: [
      'face (?:is )?(?:drooping|droopy|crooked)',
      'droop\\w*',
      'slurr\\w*',
      "(?:can'?t|cannot) (?:speak|talk|lift|raise|move) (?:properly|his|her|my|one)",
      'one side (?:of (?:his|her|my) (?:body|face))?',
      'numb(?:ness)? on one side',
    ],
    es: [
      'cara (?:caida|torcida)',
      'boca torcida',
      'no puede hablar',
      'habla (?:raro|arrastrando)',
      'un lado (?:del cuerpo|de la cara)',
    ],
    pt: [
      'rosto (?:torto|caido)',
      'boca torta',
      'nao consegue falar',
      'fala (?:enrolada|estranha)',
      'um lado (?:do corpo|do rosto)',
    ],
    tl: ['tumabingi ang (?:mukha|bibig)', '(?:hindi|di) makapagsalita', 'bulol', 'isang bahagi ng katawan'],
    vi: [
      'meo (?:mieng|mat)|lech (?:mieng|mat)',
      'noi ngong|noi lap|noi khong ro',
      'te (?:nua|mot ben) nguoi',
      'khong noi duoc',
    ],
    zh: [
      '嘴歪|脸歪|臉歪|口眼歪斜',
      '说不出话|說不出話|口齿不清|口齒不清',
      '半身(?:不遂|麻|不能动|不能動)',
      '一(?:侧|側|边|邊)(?:手|脚|腳|身体|身體)?(?:麻|不能动|不能動)',
    ],
    ko: [
      '입이\\s?돌아',
      '얼굴(?:이)?\\s?(?:한쪽|마비|비뚤)',
      '말을?\\s?못\\s?하|말이\\s?어눌',
      '한쪽\\s?(?:팔|다리|몸)',
    ],
    ne: ['मुख बाङ्गो', 'बोल्न सक्दैन', 'एकातिर'],
  }),
  c('seizure', {
    ja: ['けいれん|痙攣|ひきつけ|引きつけ|引き付け', '白目を?(?:む|剥)|しろめ', '(?:泡|あわ)を(?:吹|ふ)'],
    en: [
      'seizure|convuls\\w*',
      'fitting|having a fit',
      'foaming at the mouth',
      'shaking (?:all over|uncontrollably)',
      'eyes rolled back',
    ],
    es: ['convulsi\\w+', 'ataque epileptico', 'espuma por la boca'],
    pt: ['convuls\\w+', 'ataque epileptico', 'espuma pela boca'],
    tl: ['nangingisay|kinokombulsyon|kombulsyon|seizure', 'bumubula ang bibig'],
    vi: ['co giat', 'dong kinh', 'sui bot mep'],
    zh: ['抽搐|抽筋|抽风|抽風|痉挛|痙攣', '口吐白沫', '翻白眼'],
    ko: ['경련', '발작', '거품을?\\s?물'],
    ne: ['काँप', 'मुखबाट फिँज', 'छारे'],
  }),
  c('bleeding', {
    ja: [
      '(?:血|ち)が(?:止|と)まら',
      '(?:血|ち)が(?:たくさん|いっぱい|大量|どくどく|噴|ふ|すごく|あふれ|溢)',
      '(?:大量|たいりょう)(?:に|の)?(?:出血|しゅっけつ)',
      '(?:血|ち)を(?:吐|は)|吐血|とけつ|下血',
      '(?:血|ち)(?:まみれ|だらけ)',
    ],
    en: [
      "bleeding (?:a lot|heavily|badly|won'?t stop|everywhere)",
      "won'?t stop bleeding",
      'lots of blood',
      'coughing (?:up )?blood|vomiting blood',
    ],
    es: ['sangra(?:ndo)? mucho', 'no para de sangrar', 'mucha sangre', 'vomit\\w+ sangre'],
    pt: ['sangra(?:ndo)? muito', 'nao para de sangrar', 'muito sangue', 'vomit\\w+ sangue'],
    tl: [
      'dumudugo nang (?:marami|malala)',
      '(?:hindi|di) tumitigil ang dugo',
      'maraming dugo',
      'nagsusuka ng dugo',
    ],
    vi: ['chay (?:rat )?nhieu mau', 'mau (?:khong|chay khong) (?:ngung|cam)', 'non ra mau|ho ra mau'],
    zh: ['流血不止|血流不止|大量出血|血止不住', '吐血'],
    ko: ['피가\\s?(?:안\\s?멈|멈추지\\s?않|많이|계속)', '출혈', '피를\\s?토'],
    ne: ['रगत (?:रोकिँदैन|धेरै बग)', 'रगत बान्ता'],
  }),
  c('choking', {
    ja: [
      '(?:喉|のど)に(?:詰|つ)ま',
      '(?:詰|つ)まらせ',
      '(?:餅|もち|こんにゃく|飴|あめ|パン|ぱん|ぶどう)が?(?:喉|のど)',
    ],
    en: ['chok(?:e|ed|ing)', 'something stuck in (?:his|her|my) throat'],
    es: ['se (?:esta )?atragant\\w+', 'se ahoga con'],
    pt: ['engasg\\w+'],
    tl: ['nabubulunan|nabulunan|nabilaukan'],
    vi: ['bi hoc|hoc (?:do an|thuc an|keo)', 'mac (?:o )?co hong'],
    zh: ['噎住|卡住(?:了)?(?:喉咙|喉嚨)|卡在(?:喉咙|喉嚨)'],
    ko: ['목에\\s?(?:걸|막)', '질식'],
    ne: ['घाँटीमा (?:अड्कि|अड्क्यो)'],
  }),
  c('fall', {
    ja: [
      '(?:転|ころ)(?:ん|ば|倒)|転倒|てんとう',
      '(?:落|お)ち(?:た|て)',
      '(?:倒|たお)れ(?:た|て|ました)',
      '(?:滑|すべ)って',
      '(?:頭|あたま)を?(?:打|う)',
    ],
    en: ['fell|fallen|fall(?:en)? down', 'collapsed', 'hit (?:his|her|my) head'],
    es: ['se cayo|me cai|se desplomo', 'golpe en la cabeza'],
    pt: ['caiu|cai no chao|desabou', 'bateu a cabeca'],
    tl: ['nahulog|natumba|nadulas|bumagsak|bumigay'],
    vi: ['nga|te nga|dap dau'],
    zh: ['摔倒|跌倒|摔了|倒在地上|倒下'],
    ko: ['넘어졌|넘어져|쓰러졌|쓰러져|떨어졌'],
    ne: ['लड्नु|लडे|लड्नुभयो|खसे'],
  }),
  c('cannot_get_up', {
    ja: [
      '(?:起|お)き(?:上|あ)が(?:れ|ら)',
      '(?:立|た)ち(?:上|あ)が(?:れ|ら)(?:ない|ません|なく)',
      '(?:立|た)て(?:ない|ません|なく)',
      '(?:動|うご)け(?:ない|ません|なく)',
    ],
    en: ["(?:can'?t|cannot|unable to) (?:get up|stand up|stand|move)"],
    es: ['no (?:se )?puede (?:levantar|mover)'],
    pt: ['nao consegue (?:levantar|se mexer|se mover)'],
    tl: ['(?:hindi|di) (?:makatayo|makabangon|makagalaw)'],
    vi: ['khong (?:dung|ngoi) day duoc|khong the dung day|khong cu dong duoc'],
    zh: ['起不来|起不來|站不起来|站不起來|动不了|動不了'],
    ko: ['못\\s?일어나|일어나지\\s?못|움직일\\s?수\\s?없'],
    ne: ['उठ्न सक्दैन|चल्न सक्दैन'],
  }),
  c('heat_sign', {
    ja: [
      '熱中症|ねっちゅうしょう',
      '(?:体|からだ)が(?:すごく|とても)?(?:熱|あつ)(?:い|く).{0,10}(?:ぼー|意識|いしき|返事|へんじ|汗が|あせが)',
      '(?:汗|あせ)が(?:出|で)(?:なく|ない)',
    ],
    en: ['heat ?stroke', 'heat exhaustion'],
    es: ['golpe de calor'],
    pt: ['insolacao|intermacao'],
    tl: ['heat ?stroke|na-heatstroke'],
    vi: ['say nang|soc nhiet'],
    zh: ['中暑'],
    ko: ['열사병|일사병'],
    ne: ['लू लाग'],
  }),
  c('infant', {
    ja: [
      '赤ちゃん|あかちゃん|赤ん坊|あかんぼう|乳児|にゅうじ|新生児|\\d+(?:か月|ヶ月|カ月|ケ月|かげつ)|生後|べびー|うちの(?:子|こ)|娘|むすめ|息子|むすこ|幼児|\\d+(?:歳|才)(?:の|になる|児)',
    ],
    en: ['baby|infant|newborn|toddler|my (?:son|daughter|kid|child)|\\d+ ?(?:month|year)s? old'],
    es: ['bebe|mi (?:hijo|hija|nino|nina)'],
    pt: ['bebe|meu filho|minha filha|crianca'],
    tl: ['baby|sanggol|anak ko'],
    vi: ['em be|con (?:toi|em|minh)|be \\w+ thang'],
    zh: ['宝宝|寶寶|婴儿|嬰兒|孩子|儿子|兒子|女儿|女兒'],
    ko: ['아기|아이|아들|딸'],
    ne: ['बच्चा|बाबु|नानी|छोरा|छोरी'],
  }),
  c('fever_danger', {
    ja: [
      '(?:高熱|こうねつ)',
      '(?:熱|ねつ)が(?:4\\d|39|高|たか)',
      '(?:ミルク|みるく|おっぱい)(?:を|も)?(?:飲|の)ま(?:ない|なく)',
      '(?:泣|な)き(?:声|ごえ)が(?:弱|よわ)',
    ],
    en: ['high fever', 'fever of (?:39|40|41)', "won'?t (?:feed|drink|eat)"],
    es: ['fiebre (?:muy )?alta', 'no quiere (?:comer|tomar leche)'],
    pt: ['febre (?:muito )?alta', 'nao quer (?:mamar|comer)'],
    tl: ['mataas na lagnat', 'ayaw (?:dumede|kumain)'],
    vi: ['sot (?:rat )?cao', 'khong (?:chiu )?bu'],
    zh: ['高烧|高燒|发烧到?(?:39|40)|發燒到?(?:39|40)', '不(?:吃奶|喝奶)'],
    ko: ['고열|열이\\s?(?:39|40)', '젖을\\s?안\\s?먹'],
    ne: ['धेरै ज्वरो|उच्च ज्वरो', 'दूध खाँदैन'],
  }),
  c('call_ambulance', {
    ja: ['救急車|きゅうきゅうしゃ', '119(?:番)?(?:に|へ)?(?:電話|でんわ|した|する|呼|よ)'],
    en: ['ambulance', 'call(?:ed)? 119'],
    es: ['ambulancia'],
    pt: ['ambulancia'],
    tl: ['ambulansya|ambulance'],
    vi: ['xe cap cuu|cap cuu'],
    zh: ['救护车|救護車|急救'],
    ko: ['구급차|응급실'],
    ne: ['एम्बुलेन्स'],
  }),

  // ── poisoning and overdose ──────────────────────────────────────────────────────────────────
  c('swallowed', {
    ja: [
      '(?:飲|の)み(?:込|こ)',
      '誤飲|ごいん|誤食|ごしょく',
      '(?:飲|の)んで?(?:しま|じゃ|ちゃ)',
      '(?:飲|の)んだ(?:みたい|かも|らしい|ようで|と思)?',
      '(?:口|くち)に(?:入|い)れ',
      '(?:食|た)べ(?:た|ちゃ|てしま)',
      '(?:舐|な)め(?:た|ちゃ)',
      '(?:吸|す)い(?:込|こ)ん',
    ],
    en: [
      'swallow(?:ed)?',
      'drank|drunk',
      // not the Tagalog 'Ate' (older sister) a message opens with: 「Ate, pwede po magtanong?」 (crisis13)
      // a meal had or missed is no swallowing: 「forgetting whether she's eaten」「hasn't eaten since Monday」 (lead, session 11)
      "(?<!(?:kay|si|ni|sa|ang|ng|mga) )ate(?![,!?.]| po| pwede| ask| tanong)|(?<!(?:whether|if) (?:she|he|they|you|i|mum|mom|dad)(?:'s|'ve| has| have) |(?:n't|not|never|barely|hardly) )eaten",
      'took|taken',
      'put (?:a |the )?\\w+ in (?:his|her) mouth',
      'inhaled',
    ],
    es: ['se trago|trago|tomo|bebio|se comio|ingirio|me tome|tome'],
    pt: ['engoliu|bebeu|tomou|comeu|ingeriu|tomei'],
    tl: ['nilunok|nakalunok|uminom|nainom|ininom|kinain|nakain'],
    vi: ['nuot|uong|an phai|ngam'],
    zh: ['吞|误吞|誤吞|误食|誤食|喝了|吃了|服了'],
    ko: ['삼켰|삼킨|마셨|먹었|먹어버'],
    ne: ['निल्यो|निलेको|खायो|खाएको|पियो|पिएको'],
  }),
  c('toxic', {
    ja: [
      '(?:ボタン)?(?:電池|でんち)|ぼたんでんち',
      '(?:洗剤|せんざい|漂白剤|ひょうはくざい|はいたー|かびきらー|じぇるぼーる|柔軟剤|消毒液|しょうどくえき)',
      '(?:たばこ|タバコ|煙草|吸い殻|すいがら|灰皿)',
      '(?:殺虫剤|さっちゅうざい|農薬|のうやく|除草剤|じょそうざい|防虫剤|ぼうちゅうざい|ナフタリン|なふたりん|殺鼠剤)',
      '(?:灯油|とうゆ|ガソリン|がそりん|シンナー|しんなー)',
      '(?:磁石|じしゃく|マグネット|まぐねっと)',
      '(?:乾燥剤|かんそうざい|保冷剤|ほれいざい|芳香剤|ほうこうざい|化粧水|除光液)',
      '(?:大人|おとな|親|おや|母|父|祖母|ばあば|じいじ)の(?:薬|くすり)',
    ],
    en: [
      'button battery|battery|batteries',
      'bleach|detergent|laundry pod|cleaner|disinfectant',
      'cigarette',
      'pesticide|insecticide|poison|rat poison|weed killer',
      'kerosene|gasoline|petrol|antifreeze',
      'magnets?',
      "(?:my|mom'?s|grandma'?s) (?:pills|medicine)",
    ],
    es: ['pila|bateria|lejia|cloro|detergente|veneno|insecticida|cigarro|iman'],
    pt: ['pilha|bateria|agua sanitaria|detergente|veneno|inseticida|cigarro|ima'],
    tl: ['baterya|battery|bleach|zonrox|clorox|sabon|lason|pesticide|sigarilyo|magnet'],
    vi: ['pin|thuoc tay|nuoc tay|nuoc giat|thuoc tru sau|thuoc diet chuot|thuoc la|nam cham'],
    zh: [
      '电池|電池|纽扣|鈕扣|漂白|洗洁精|洗潔精|洗衣液|消毒液|农药|農藥|杀虫剂|殺蟲劑|老鼠药|老鼠藥|烟头|煙頭|磁铁|磁鐵',
    ],
    ko: ['건전지|배터리|세제|락스|표백제|농약|살충제|쥐약|담배|자석'],
    ne: ['ब्याट्री|विष|कीटनाशक|चुरोट'],
  }),
  c('many_pills', {
    ja: [
      '(?:薬|くすり|錠剤|じょうざい|睡眠薬|すいみんやく|眠剤|みんざい|安定剤|市販薬|風邪薬|かぜぐすり|頭痛薬|鎮痛剤|ろきそにん|ぶろん|でぱす|咳止め)(?:を|も)?.{0,8}(?:全部|ぜんぶ|大量|たいりょう|たくさん|いっぱい|まとめて|一気|いっき|一箱|ひと箱|1箱|箱ごと|ひと瓶|一瓶|瓶ごと|しーとごと|\\d{2,}錠|\\d+箱|何十|なんじゅう|何錠も|なんじょうも|全部|50|100)',
      'od(?:した|しちゃ|して|中|った|る)|おーばーどーず|過量服薬|過剰摂取|かじょうせっしゅ',
    ],
    en: [
      'overdos\\w*|\\bod(?:ed|\\x27d|d)?\\b',
      '(?:took|taken|swallowed|ate) (?:a lot of|too many|lots of|all (?:of )?(?:my|the)|a whole (?:box|bottle|pack|strip) of|\\d{2,}) (?:pills|tablets|meds|medicine|sleeping pills|painkillers)',
      'whole (?:bottle|box|pack) of (?:pills|tablets|sleeping pills|painkillers)',
    ],
    es: [
      'sobredosis',
      '(?:me tome|tomo|se tomo|trago) (?:todas|muchas|un monton de) (?:las )?(?:pastillas|pildoras)',
      'caja (?:entera )?de pastillas',
    ],
    pt: [
      'overdose|superdosagem',
      '(?:tomei|tomou|engoliu) (?:todos|muitos|varios) (?:os )?(?:remedios|comprimidos)',
      'cartela inteira',
    ],
    tl: [
      'overdose',
      '(?:uminom|ininom|nilunok) (?:ako |niya )?(?:ng )?(?:maraming|lahat ng|isang banig ng) (?:gamot|tableta)',
    ],
    vi: [
      'qua lieu',
      'uong (?:het|ca|nhieu) (?:vi |hop |lo |vien )?thuoc',
      'thuoc ngu.{0,12}(?:het|nhieu|ca)',
    ],
    zh: [
      '(?:吃|吞|服)了?(?:一整|整|很多|大量|好多|一大把|全部的?)(?:瓶|盒|板)?(?:的)?(?:药|藥|安眠药|安眠藥|药片|藥片)',
      '(?:药|藥)物?过量|(?:药|藥)物?過量|过量服|過量服',
    ],
    ko: [
      '약을?\\s?(?:다|많이|한\\s?통|한꺼번에|전부|잔뜩)',
      '과다\\s?복용|약물\\s?과다',
      '수면제를?\\s?(?:다|많이|한\\s?통)',
    ],
    ne: ['धेरै औषधि', 'सबै औषधि', 'औषधि एकैचोटि'],
  }),
  c('mixed_gas', {
    ja: [
      '(?:混|ま)ぜ(?:た|て|ちゃ).{0,12}(?:ガス|がす|におい|臭|塩素|えんそ)',
      '塩素(?:系)?(?:ガス|がす)|硫化水素|りゅうかすいそ|一酸化炭素|いっさんかたんそ',
    ],
    en: ['mixed (?:bleach|chemicals|cleaners)', 'carbon monoxide|chlorine gas'],
    es: ['mezcle (?:lejia|productos)', 'monoxido de carbono'],
    pt: ['misturei (?:agua sanitaria|produtos)', 'monoxido de carbono'],
    tl: ['pinaghalo ko ang (?:bleach|zonrox)', 'carbon monoxide'],
    vi: ['tron (?:nuoc tay|hoa chat)', 'khi co|ngo doc khi'],
    zh: ['一氧化碳|混合了?.{0,6}(?:漂白|清洁剂|清潔劑)'],
    ko: ['일산화탄소|섞었더니'],
    ne: ['ग्यासले निसास'],
  }),

  // ── violence now, and someone else in danger ────────────────────────────────────────────────
  c('attacker', {
    ja: [
      '夫|おっと|旦那|だんな|主人|彼氏|かれし|元彼|もとかれ|元夫|もとおっと|父|ちち|親父|おやじ|義父|継父|兄|あに|息子|むすこ|同居人|交際相手|パートナー|ぱーとなー|彼(?:が|は)|知らない(?:人|男)|男(?:が|の人)|酔っ(?:た|ぱら)',
    ],
    en: ['husband|boyfriend|ex|partner|father|stepfather|dad|brother|son|he|him|someone|a man|stranger'],
    es: ['esposo|marido|novio|ex|pareja|padre|padrastro|hermano|hijo|el|alguien|un hombre'],
    pt: ['marido|namorado|ex|parceiro|pai|padrasto|irmao|filho|ele|alguem|um homem'],
    tl: ['asawa|mister|boyfriend|bf|ex|tatay|kuya|anak|siya|lalaki'],
    vi: ['chong|ban trai|nguoi yeu|bo|ba|cha duong|anh|con trai|hang xom|thang|ong ay|anh ay|han'],
    zh: ['老公|丈夫|男朋友|男友|前夫|前男友|爸爸|父亲|父親|继父|繼父|哥哥|儿子|兒子|他|有人|男人'],
    ko: ['남편|남자친구|남친|전남편|아빠|아버지|의붓아버지|형|오빠|아들|그가|누가|남자가'],
    ne: ['श्रीमान|लोग्ने|केटा साथी|बुबा|दाजु|छोरा|उसले|कोही'],
  }),
  c('attack_now', {
    ja: [
      '(?:今|いま(?!す|せん|した|しょう)|現在|さっきから|ずっと|また)、?.{0,12}(?:殴|なぐ|叩|たた|蹴|け(?:られ|って)|暴れ|あばれ|首を(?:絞|し)|襲|おそ)',
      '(?:殴|なぐ|叩|たた|蹴)(?:られ|っ)て(?:いる|る|います|ます)(?:$|。|!|、|助け|たすけ|怖|こわ)',
      '(?:殺|ころ)(?:す|される|してやる)(?:ぞ|と|って|」)',
      '(?:包丁|ほうちょう|刃物|はもの|ナイフ|ないふ)(?:を|で)?.{0,4}(?:持って|もって|持ち|振り回|ふりまわ|向け|むけ|脅|おど)(?!.{0,3}(?:研|と|し方|方))',
      '(?:入|はい)ってこようと|押し入(?!れ)|おしい(?:って|られ)',
    ],
    en: [
      '(?:is|are|keeps|started|keep) (?:hitting|beating|attacking|choking|strangling|kicking|punching) (?:me|us|my|her|him)',
      '(?:hitting|beating|attacking|choking|kicking) me (?:right )?now',
      '(?:has|with|holding|grabbed|got) a (?:knife|gun|bat|weapon)',
      '(?:going to|gonna|will|wants to|threaten(?:ing|s|ed)? to) kill (?:me|us|my|her|him|the kids)',
      '(?:banging|pounding|kicking) (?:on )?(?:the|my) door',
      'trying to (?:break|get) in|breaking in|broke in',
    ],
    es: [
      'me esta (?:pegando|golpeando|atacando|ahorcando)',
      'me (?:pega|golpea) ahora',
      '(?:tiene|con) un cuchillo',
      '(?:me|nos) va a matar',
      'amenaza con matar',
      'golpeando la puerta',
      'quiere entrar',
    ],
    pt: [
      '(?:esta|ta) me (?:batendo|agredindo|espancando|enforcando)',
      'me bate(?:ndo)? agora',
      '(?:tem|com|pegou) (?:uma )?faca',
      'vai me matar|vai nos matar',
      'ameac\\w+ (?:de )?(?:me )?matar',
      'batendo na porta',
      'quer entrar',
    ],
    tl: [
      'sinasaktan (?:niya )?(?:ako|kami)',
      'binubugbog',
      'sinasakal',
      'may (?:hawak na )?(?:kutsilyo|baril|itak)',
      'papatayin (?:niya )?(?:ako|kami)',
      'kinakalampag ang pinto',
    ],
    vi: [
      'dang (?:danh|dam|bop co) (?:toi|em|con|me)',
      'bi (?:danh|dam) (?:dap )?(?:dang|luc nay)',
      '(?:co|cam) (?:dao|sung)',
      'doa giet|se giet (?:toi|em)|giet (?:toi|em) mat',
      'dap cua',
    ],
    zh: [
      '(?:正在|在|一直)(?:打|揍|殴打|毆打)(?:我|我们|我們|孩子)',
      '(?:拿|拿着|拿著|持)(?:着|著)?刀',
      '要杀(?:了)?我|要殺(?:了)?我|杀了你|殺了你',
      '掐(?:我|住我)',
      '砸门|砸門|踹门|踹門',
    ],
    ko: [
      '(?:지금|계속)\\s?(?:때리|폭행|구타|발로\\s?차)',
      '칼을?\\s?(?:들|들고|휘두)',
      '죽이겠|죽여버리|죽인다',
      '목을\\s?조르',
      '문을\\s?(?:두드|부수|차)',
    ],
    ne: ['(?:कुट्दै|पिट्दै|हान्दै) (?:छ|छन्)', 'चक्कु|चुलेसी', 'मार्छु भन', 'मार्ने धम्की', 'ढोका (?:ठोक|फोड)'],
  }),
  c('door_banging', {
    ja: ['(?:ドア|どあ|扉|とびら|玄関|げんかん)を(?:叩|たた|蹴|け|壊|こわ|ガンガン|がんがん|どんどん)'],
    en: ['(?:banging|pounding|kicking) (?:on )?(?:the|my) door'],
  }),
  c('hiding', {
    ja: [
      '(?:隠|かく)れ(?:て|た|ています|てる)',
      '(?:閉|と)じこも|(?:鍵|かぎ)を(?:かけ|閉め)',
      '(?:トイレ|といれ|押し入れ|おしいれ|風呂|ふろ|クローゼット|くろーぜっと)に(?:逃|に|隠|かく|こも)',
      '(?:逃|に)げ(?:て|た|込|こ)(?:いる|る|きた|んだ|み|ん)',
    ],
    en: [
      'hiding (?:in|from|under)',
      'locked (?:my ?self|myself|us) in',
      'ran (?:away )?(?:to|into) the (?:bathroom|bedroom|closet)',
    ],
    es: ['escondid[oa]s?|me escondi|me estoy escondiendo', 'me encerre'],
    pt: ['escondid[oa]s?|me escondi|estou me escondendo', 'me tranquei'],
    tl: ['nagtatago|nagtago', 'nagkulong ako'],
    vi: ['dang tron|tron trong|tron duoi', 'khoa cua (?:trong|phong)'],
    zh: ['躲在|躲起来|躲起來|藏在', '锁在|鎖在'],
    ko: ['숨어\\s?있|숨었', '문을\\s?잠그'],
    ne: ['लुकेको|लुकेर|लुकिरहेको'],
  }),
  c('fear_now', {
    ja: [
      '(?:怖|こわ)い|(?:震|ふる)え|(?:助|たす)けて',
      '(?:今|いま)(?:も|、)',
      '(?:外|そと)に(?:いる|います)|(?:外|そと)で(?:怒鳴|どな|叫|さけ)',
      '(?:探|さが)して(?:いる|る)',
    ],
    en: ['scared|terrified|afraid', 'right now|now', 'help me|help us', 'outside the door|looking for me'],
    es: ['miedo|ahora|ayuda|ayudame'],
    pt: ['medo|agora|socorro|me ajud'],
    tl: ['takot|ngayon|tulong|tulungan'],
    vi: ['so qua|so lam|bay gio|luc nay|cuu'],
    zh: ['害怕|现在|現在|救命|救我'],
    ko: ['무서|지금|살려'],
    ne: ['डर|अहिले|बचाउ'],
  }),
  c('neighbour', {
    ja: [
      '(?:隣|となり)|近所|きんじょ|(?:向|む)かい|(?:上|下)の(?:階|部屋)|同じ(?:アパート|あぱーと|マンション|まんしょん)|(?:一人|ひとり)(?:暮|ぐ)らしの|住人|利用者|担当の|入居者|お(?:年寄|としより)',
    ],
    en: [
      'neighbou?r|next door|upstairs|downstairs|elderly man|elderly woman|old man|old lady|client|resident',
    ],
    es: ['vecin[oa]|al lado|la senora mayor|el senor mayor'],
    pt: ['vizinh[oa]|ao lado|idos[oa]'],
    tl: ['kapitbahay|katabi|matanda'],
    vi: ['hang xom|nha ben canh|ba cu|ong cu|nguoi gia'],
    zh: ['邻居|鄰居|隔壁|楼上|樓上|楼下|樓下|老人'],
    ko: ['이웃|옆집|윗집|아랫집|할머니|할아버지'],
    ne: ['छिमेकी|छिमेक|वृद्ध'],
  }),
  c('not_seen', {
    ja: [
      '(?:何日|なんにち|数日|すうじつ|\\d+日|一週間|いっしゅうかん|しばらく|ここ\\d+日|ずっと).{0,12}(?:見|み)(?:て|か)(?:い)?(?:ない|なく|ません|け(?:ない|なく|ません))',
      '(?:何日|なんにち|数日|\\d+日|一週間).{0,12}(?:姿|すがた|顔|かお|会|あ)',
      `(?:新聞|しんぶん|郵便|ゆうびん|ポスト|ぽすと)(?:物)?が(?:たま|溜ま|いっぱい|あふれ|溢れ)${MAIL_NOT}`,
      '(?:電気|でんき)が(?:つけっぱなし|つきっぱなし|ついたまま|消えない)',
      '(?:異臭|変なにおい|へんなにおい|嫌なにおい|腐ったような)',
      // not how it often is (「電話に出ないことが多い、耳が遠くなったのかな」: a hearing worry, crisis15)
      `(?:電話|でんわ|インターホン|いんたーほん|呼び鈴|ノック|のっく)(?:にも|に|を)?.{0,6}(?:出|で|応答|おうとう|反応)(?:ない|ません|がない)${NOT_OFTEN}`,
    ],
    en: [
      "(?:haven'?t|hasn'?t|not been|have not|has not) (?:seen|been seen|heard)\\w* .{0,30}(?:days|week|since)",
      'mail (?:is )?piling up|newspapers piling|mailbox (?:is )?full',
      '(?:strange|bad|awful|terrible) smell',
      "(?:not|isn'?t) answering (?:the )?(?:door|phone)",
    ],
    es: [
      'no (?:lo|la|le) (?:he visto|veo) (?:desde hace|en) (?:dias|una semana)',
      'se acumula el correo|periodicos acumulados',
      'olor (?:raro|feo|fuerte)',
      'no (?:abre|contesta)',
    ],
    pt: [
      'nao (?:o|a) vejo (?:ha|faz) (?:dias|uma semana)',
      'correspondencia acumulada|jornais acumulados',
      'cheiro (?:estranho|ruim|forte)',
      'nao (?:atende|abre)',
    ],
    tl: [
      '(?:ilang|ilan) araw (?:ko )?(?:na )?(?:hindi|di) (?:nakikita|lumalabas)',
      'naiipon ang (?:sulat|dyaryo)',
      'mabahong amoy|kakaibang amoy',
      '(?:hindi|di) sumasagot',
    ],
    vi: [
      'may ngay (?:nay )?khong thay',
      'thu (?:tu )?don lai|bao don lai',
      'mui hoi|mui la',
      'khong (?:mo cua|tra loi)',
    ],
    zh: [
      '好几天没(?:见|看到)|好幾天沒(?:見|看到)|几天没(?:见|看到|出来)|幾天沒(?:見|看到|出來)',
      '信箱(?:满|滿)|报纸堆|報紙堆',
      '(?:臭味|异味|異味)',
      '(?:不|没|沒)(?:开门|開門|应答|應答|接电话|接電話)',
    ],
    ko: [
      '며칠(?:째|동안)?\\s?(?:안\\s?보|못\\s?봤|안\\s?나와)',
      '우편물이\\s?쌓|신문이\\s?쌓',
      '이상한\\s?냄새|악취',
      '(?:문을|전화를)?\\s?안\\s?(?:열|받)',
    ],
    ne: ['धेरै दिनदेखि देखिएको छैन', 'गन्ध आउँछ', 'ढोका खोल्दैन'],
  }),
  c('cry_for_help', {
    ja: [
      '(?:助|たす)けて(?:っ)?(?:て|と|という)(?:声|こえ|叫|さけ|聞こえ|きこえ)',
      '(?:悲鳴|ひめい|叫び声|さけびごえ|うめき声|うめきごえ|助けを呼ぶ)',
      '(?:倒|たお)れる(?:音|おと)|どすんという|大きな(?:音|おと)がして',
    ],
    en: [
      '(?:screaming|shouting|yelling|crying|calling) (?:out )?for help',
      'someone (?:is )?screaming',
      'heard (?:a )?(?:scream|screams|thud|crash)',
    ],
    es: ['gritando (?:por )?ayuda|pidiendo ayuda|pidiendo auxilio|socorro', 'grito|gritos'],
    pt: ['gritando por (?:ajuda|socorro)|pedindo socorro|socorro', 'grito|gritos'],
    tl: ['sumisigaw ng tulong|humihingi ng tulong|saklolo', 'sigaw'],
    vi: ['keu cuu|cuu voi|cuu toi|tieng (?:la het|het)'],
    zh: ['呼救|喊救命|救命', '尖叫'],
    ko: ['살려\\s?(?:주세요|줘|달라)', '비명'],
    ne: ['बचाउ|गुहार', 'चिच्याए'],
  }),
  c('quoted_intent', {
    ja: [
      '(?:死|し)(?:ぬ|んでやる|にたい|んでやるー?)(?:」|』)?(?:って|と)?(?:言|い|叫|さけ|わめ|どな|怒鳴|泣|な)',
      '(?:死|し)ぬ(?:ぞ|から)(?:」|って|と)',
      '(?:殺|ころ)して(?:くれ|ほしい)(?:」|って|と)',
    ],
    en: [
      "(?:says|said|saying|keeps saying|shouting|screaming|texted|threatening|threatens) (?:that )?(?:he|she|they)(?:'ll|'s| will| is going to| wants to| gonna)? ?(?:kill (?:him|her|them)self|die|end (?:it|his life|her life))",
      "(?:he|she|they)(?:'d|'ll| would| will) .{0,2}(?:walk into|jump (?:off|from|into|in front of)) the (?:river|sea|ocean|bridge|water|lake|tracks|train)",
    ],
    es: [
      '(?:dice|dijo|diciendo|grita) que se (?:va|iba) a (?:matar|ahorcar|tirar)|amenaza con (?:matarse|suicidarse|ahorcarse)',
    ],
    pt: [
      '(?:diz|disse|dizendo|fala|falou|falando) que (?:vai|ia|quer) se (?:matar|enforcar|jogar)|ameaca se matar|falou que quer morrer',
    ],
    tl: ['sabi niya (?:magpapakamatay|papatayin (?:niya )?ang sarili)'],
    vi: ['doa tu tu|noi (?:muon|se) (?:chet|tu tu)'],
    zh: ['说要自杀|說要自殺|说不想活|說不想活|说要去死|說要去死|(?:喊|嚷)着?要死'],
    ko: ['죽겠다고|자살하겠다|죽어버린다고'],
    ne: ['मर्छु भन', 'आत्महत्या गर्छु भन'],
  }),

  // ── disaster ──────────────────────────────────────────────────────────────────────────────
  c('fire', {
    ja: [
      '火事|かじ(?:です|だ|!|。|$)',
      '(?:燃|も)えて(?:いる|る|います)|燃え(?:広|移)|もえうつ',
      '(?:煙|けむり)が(?:出|で|充満|すごい|上が|あが)|(?:煙|けむり)で',
      '火が(?:出|で|つい|燃え|消え(?:ない|ません))|出火|火の手',
      '(?:焦|こ)げ(?:臭|くさ)',
    ],
    en: [
      '(?:is|are|caught|on) fire',
      "there'?s a fire|fire in (?:the|my|our)",
      'smoke (?:is )?(?:coming|everywhere|filling|pouring)',
      'burning',
    ],
    es: ['incendio|fuego|se quema|humo'],
    pt: ['incendio|fogo|pegando fogo|fumaca'],
    tl: ['sunog|nasusunog|may apoy|usok'],
    vi: ['chay nha|dang chay|bi chay|boc chay|khoi (?:day|bay)'],
    zh: ['着火|著火|失火|火灾|火災|起火|冒烟|冒煙|浓烟|濃煙'],
    // not a fire alarm, fire insurance or a fire drill (「화재경보기 지원」, crisis17)
    ko: ['불이\\s?(?:났|나)|불나|화재(?!\\s?(?:경보|감지|보험|예방|훈련|대피\\s?훈련))|연기가'],
    ne: ['आगो लाग|आगलागी|धुवाँ'],
  }),
  c('gas_leak', {
    ja: [
      // not a leak alarm to fit or buy (「ガス漏れ警報器つけたい」, crisis13); an alarm ringing is still read
      // not a car's exhaust (「車の排気ガスの臭いが部屋に入ってくる」, crisis15)
      '(?<!排気|はいき)(?:ガス|がす)(?:の)?(?:におい|臭|くさ|漏れ|もれ)(?!(?:警報|けいほう|検知|けんち|報知|ほうち)(?:器|機|き)?(?:を)?(?:つけ|付け|設置|せっち|買|購入|こうにゅう|の(?:補助|ほじょ|設置|せっち)))|がすくさ',
    ],
    en: ['smell(?:s|ing)? (?:of )?gas|gas (?:leak|smell)'],
    es: ['(?:huele a|olor a|fuga de) gas'],
    pt: ['cheiro de gas|vazamento de gas'],
    tl: ['amoy gas|tagas ng gas|tumatagas na gas'],
    vi: ['mui ga|ro ri ga|ro ga|xi ga'],
    zh: ['煤气味|煤氣味|燃气泄漏|燃氣洩漏|瓦斯味|瓦斯外洩|漏气|漏氣'],
    ko: ['가스\\s?(?:냄새|누출|새)'],
    ne: ['ग्यास (?:गन्ध|चुहि)'],
  }),
  c('flood', {
    ja: [
      '浸水|しんすい',
      '(?:水|みず)が(?:入|はい)って(?:き|く)|(?:水|みず)が(?:膝|ひざ|腰|こし|胸|むね|床|ゆか)',
      '床上|ゆかうえ',
      '(?:川|かわ)が(?:あふれ|溢れ|氾濫)|氾濫|はんらん',
      '(?:流|なが)され',
      '(?:土砂|どしゃ)|(?:崖|がけ)(?:崩|くず)れ',
    ],
    en: ['flood\\w*', 'water is (?:rising|coming in)', 'swept away', 'landslide'],
    es: ['inundaci\\w+|inundad\\w+', 'el agua (?:esta )?subiendo', 'arrastrad\\w+', 'deslizamiento'],
    pt: ['inundac\\w+|alagad\\w+|enchente', 'a agua (?:esta )?subindo', 'arrastad\\w+', 'deslizamento'],
    tl: ['baha|binabaha|bumabaha', 'tumataas ang tubig', 'tinangay', 'landslide|guho ng lupa'],
    vi: ['ngap|lut', 'nuoc (?:dang )?(?:len|dang cao|tran vao)', 'bi cuon troi', 'sat lo'],
    zh: ['淹水|进水|進水|水灾|水災|洪水', '水(?:涨|漲)', '被冲走|被沖走', '泥石流|山体滑坡|山體滑坡'],
    ko: ['침수|홍수', '물이\\s?(?:차|들어|불어)', '떠내려', '산사태'],
    ne: ['बाढी', 'पानी (?:पस|बढ)', 'पहिरो'],
  }),
  c('trapped', {
    ja: [
      '(?:閉|と)じ(?:込|こ)め',
      '(?:下敷|したじ)き',
      '(?:挟|はさ)ま(?:れ|っ)',
      '(?<!(?:布団|ふとん|ベッド|べっど)から)(?:出|で)られ(?:ない|ません|なく)',
      '(?:生|い)き(?:埋|う)め',
      '(?:逃|に)げ(?:遅|おく)れ|(?:逃|に)げられ(?:ない|ません)',
    ],
    en: [
      'trapped|stuck (?:under|inside|in the)|pinned under',
      "(?:can'?t|cannot) get out(?! of bed)",
      'buried',
    ],
    es: ['atrapad\\w+', 'no (?:puedo|podemos|puede) salir'],
    pt: ['pres[oa]s?(?: embaixo| dentro)?|encurralad\\w+', 'nao (?:consigo|conseguimos|consegue) sair'],
    tl: ['naipit|nakulong|na-trap|trapped', '(?:hindi|di) (?:makalabas|kami makalabas)'],
    vi: ['mac ket|bi ket|bi de', 'khong (?:the )?(?:ra|thoat) (?:ngoai )?duoc'],
    zh: ['被困|困住|压住|壓住|出不去|逃不出'],
    ko: ['갇혔|갇혀|깔렸|깔려|못\\s?나가'],
    ne: ['फसे|फसेको|थिचिए|निस्कन सक्दैन'],
  }),
  c('quake', {
    ja: [
      '地震|じしん|揺れ|ゆれ|余震|倒壊|とうかい|(?:家|いえ|建物|たてもの|天井|てんじょう|壁|かべ|家具|かぐ)が(?:崩|くず|倒|たお)れ',
    ],
    en: ['earthquake|quake|collapsed (?:house|building|ceiling)'],
    es: ['terremoto|sismo|derrumb\\w+'],
    pt: ['terremoto|sismo|desab\\w+'],
    tl: ['lindol|gumuho'],
    vi: ['dong dat|sap (?:nha|tran)'],
    zh: ['地震|倒塌'],
    ko: ['지진|무너졌'],
    ne: ['भूकम्प|भत्कियो'],
  }),
  c('hurt_badly', {
    ja: [
      '(?:大|おお)?(?:けが|怪我|ケガ)(?:を)?(?:して|した|人)|(?:けが|怪我)人|負傷',
      // kana ちが is also 私たちが, ちがう (not so), うちが, きもちが: blood in kana is read with what it does
      // (「わたし かぞく ちがう」 was blood, so concrete, and asked: dialogs8 dd5-051)
      '血が|(?<![たうもまい])ちが(?:で|出|とま|止ま|なが|流|ふき|噴|いっぱい|たくさん)',
    ],
    en: ['injured|hurt badly|bleeding|wounded'],
    es: ['herid\\w+|sangr\\w+'],
    pt: ['ferid\\w+|sangr\\w+|machucad\\w+'],
    tl: ['sugatan|nasugatan|dumudugo'],
    vi: ['bi thuong|chay mau'],
    zh: ['受伤|受傷|流血'],
    ko: ['다쳤|부상|피가'],
    ne: ['घाइते|रगत(?!को चाप| ?चाप| ?जाँच|मा चिनी)'],
  }),

  // ── missing now ──────────────────────────────────────────────────────────────────────────────
  c('missing', {
    ja: [
      '行方不明|ゆくえふめい|捜索願|そうさくねがい',
      '(?:帰|かえ)って(?:こ|来)(?:ない|なく|ません)',
      // not the conditional 「いなくなったら」 (「私たちがいなくなったらと思うと」: the 8050 parents' own death)
      '(?:い|居)なくなっ(?:た(?!ら)|て|ちゃ)',
      // crisis26: not a room, a facility or a job searched for (「部屋を探してるけど全然見つからない」, t11)
      '(?<!(?:部屋|へや|物件|事業所|施設|仕事|しごと|保育園|空き|あき|病院|びょういん|相談先|バイト)[^。、]{0,12})(?:見|み)つから(?:ない|なく|ず)',
      '(?:迷子|まいご)',
      `(?:連絡|れんらく)が(?:取|と)れ(?:ない|ません|なく)|(?:電話|でんわ)に(?:出|で)(?:ない|ません)${NOT_OFTEN}`,
    ],
    en: [
      'missing',
      "(?:hasn'?t|has not|didn'?t|did not|not) (?:come|came|returned|been) (?:back|home)",
      'wandered (?:off|away|out)',
      "(?:can'?t|cannot) find (?:my )?(?:son|daughter|child|kid|mother|father|mom|dad|mum|grand\\w+|husband|wife)",
      'lost (?:my )?(?:child|kid|son|daughter)',
    ],
    es: [
      'desaparecid\\w+',
      'no (?:ha vuelto|volvio|regreso|aparece|ha llegado)',
      'no encuentro a (?:mi )?(?:hij|madre|padre|abuel|mama|papa)\\w*',
      'se perdio',
    ],
    pt: [
      'desaparecid\\w+|sumiu',
      'nao (?:voltou|chegou|apareceu)',
      'nao (?:encontro|acho) (?:o |a )?(?:meu |minha )?(?:filh|mae|pai|av)\\w*',
      'se perdeu',
    ],
    tl: [
      'nawawala|nawala',
      '(?:hindi|di) pa (?:umuuwi|bumabalik|nakakauwi)|(?:hindi|di) umuwi',
      '(?:hindi|di) ko (?:mahanap|makita) (?:ang )?(?:anak|nanay|tatay|lola|lolo|nanay ko)',
      'naligaw',
    ],
    vi: [
      'mat tich',
      'chua (?:ve|thay ve)|khong ve (?:nha)?',
      'khong (?:tim|thay) (?:duoc )?(?:con|me|bo|ba|ong|chau)',
      'bi lac|di lac|lac mat',
    ],
    zh: [
      '失踪|失蹤|走失|不见了|不見了|找不到',
      '(?:还|還)(?:没|沒)(?:回来|回來|回家)|(?:没|沒)(?:回来|回來|回家)',
      '联系不上|聯繫不上',
    ],
    ko: [
      '실종|없어졌|사라졌',
      '찾을\\s?수\\s?없|못\\s?찾',
      '(?:안|아직)\\s?(?:돌아오|들어오|왔)',
      '길을\\s?잃',
      '연락이\\s?안',
    ],
    ne: ['हराए|हराइ|बेपत्ता', 'घर फर्के(?:न|को छैन)', 'भेटिएन|भेट्टाउन सकिन'],
  }),
  c('vulnerable_person', {
    ja: [
      '認知症|にんちしょう|ぼけ|物忘れ|徘徊|はいかい|(?:子|こ)(?:ども|供)|息子|むすこ|娘|むすめ|\\d+(?:歳|才)|(?:父|母|祖父|祖母|おじいちゃん|おばあちゃん|じいちゃん|ばあちゃん|おふくろ|おやじ|夫|妻)|幼稚園|保育園|小学',
    ],
    en: [
      'dementia|alzheimer|son|daughter|child|kid|\\d+ ?(?:year|yr)s? old|mother|father|mom|mum|dad|grand\\w+',
    ],
    es: ['demencia|hij[oa]|nin[oa]|madre|padre|mama|papa|abuel[oa]'],
    pt: ['demencia|filh[oa]|crianca|mae|pai|av[oó]'],
    tl: ['demensya|dementia|anak|bata|nanay|tatay|lola|lolo'],
    vi: ['mat tri nho|lu lan|con|be|me|bo|ba|ong|chau'],
    zh: ['痴呆|失智|老年痴呆|孩子|儿子|兒子|女儿|女兒|妈妈|媽媽|爸爸|奶奶|爷爷|爺爺|老人'],
    ko: ['치매|아이|아들|딸|엄마|아빠|할머니|할아버지'],
    ne: ['बच्चा|छोरा|छोरी|आमा|बुबा|हजुर'],
  }),
  c('tonight', {
    ja: [
      '(?:今|いま(?!す|せん|した|しょう)|現在|さっき)|(?:朝|昼|夕方|昨日|昨夜|夜|ゆうべ|今朝|けさ)(?:から|に|出)|(?:何|\\d+)時間|(?:まだ|もう).{0,4}(?:夜|暗|\\d+時)|(?:探|さが)して|(?:心配|しんぱい)で|どうしよう|(?:警察|けいさつ)',
    ],
    en: [
      'tonight|now|hours|since (?:this )?(?:morning|afternoon|yesterday|last night)|still|looked everywhere|police',
    ],
    es: ['esta noche|ahora|horas|desde (?:la manana|ayer|anoche)|todavia|policia'],
    pt: ['hoje a noite|agora|horas|desde (?:manha|ontem)|ainda|policia'],
    tl: ['ngayong gabi|ngayon|oras|kaninang umaga|kahapon|pa rin|pulis'],
    vi: ['toi nay|bay gio|tieng|tu sang|tu hom qua|van chua|cong an'],
    zh: ['今晚|现在|現在|小时|小時|从早上|從早上|昨天|还|還|警察'],
    ko: ['오늘\\s?밤|지금|시간|아침부터|어제부터|아직|경찰'],
    ne: ['आज राति|अहिले|घण्टा|बिहानदेखि|हिजोदेखि|प्रहरी'],
  }),

  // ── crisis15 (issue 9: crises seen from outside, ja and ko first) ───────────────────────────────
  // Written by class after d13's held-out misses (a 民生委員 and 市営住宅 manager): what a neighbour, a postal round,
  // a newspaper deliverer, a visiting nurse or a grandchild sees, hears or smells from outside. Each class in the
  // languages the dev data showed missing; every new concept here names something happening (none is who or when,
  // which the models would read as a sign).
  // Someone lying inside, seen through a gap (the mail slot, a window) or in a corridor, with the door locked:
  // 「郵便受けのすきまから玄関に足が見える」「현관에 발이 보여요」.
  c('lying_seen', {
    ja: [
      '(?:玄関|げんかん|廊下|ろうか|床|ゆか|台所|だいどころ|通路|つうろ|階段|かいだん|踊り場|おどりば|風呂場|ふろば|トイレ|といれ)(?:で|に)(?:人|ひと|誰か|だれか|おじいさん|おばあさん|男の人|女の人|住人)?(?:が)?(?:横|よこ)にな(?:って|った)',
      '(?:足|あし)(?:だけ)?が(?:見|み)え',
      '(?:倒|たお)れて(?:いる|る)(?:の|人|ひと)?が(?:見|み)え',
    ],
    ko: [
      '(?:발|다리)(?:만|이|가)\\s?보여',
      '(?:바닥|현관|복도|계단|화장실)에\\s?(?:누워|쓰러져)\\s?(?:있|계)',
    ],
    en: [
      "(?:see|saw|can see) (?:her|his|their|someone'?s|a person'?s|the) (?:feet|legs)",
      '(?:lying|collapsed) (?:on|in) the (?:floor|hallway|corridor|stairs|stairwell|entrance|doorway)',
    ],
    es: ['se le ven los pies', 'tirad[oa] en el (?:piso|suelo|pasillo)'],
    pt: ['(?:vejo|da pra ver) os pes', 'caid[oa] no (?:chao|corredor)'],
    tl: ['nakahandusay', 'nakahiga sa (?:sahig|pasilyo|hagdan)'],
    vi: ['nam (?:duoi|tren) (?:san|nen)', 'thay chan'],
    // lying there, not pushed down before one's eyes (「把老媽媽推倒在地上」: elder abuse seen, the desk's)
    zh: ['看到(?:脚|腳)', '(?<!推|推了|打|打了)(?:倒|躺)在(?:地上|门口|門口|走廊|楼梯|樓梯|玄关|玄關)'],
  }),
  // The door locked with no answer (read with the above and a person unseen).
  c('locked_silent', {
    ja: ['(?:鍵|かぎ)(?:は|が|も)?(?:かか|掛か|閉ま|しま)って'],
    ko: ['문(?:이|은|도)?\\s?잠겨'],
    en: ['door (?:is |was )?locked|locked from (?:the )?inside'],
    es: ['la puerta (?:esta )?cerrada con llave'],
    pt: ['porta (?:esta |ta )?trancada'],
    tl: ['naka-?lock (?:ang )?pinto'],
    vi: ['cua (?:bi |van )?khoa'],
    zh: ['门(?:是)?锁(?:着|著|住)|門(?:是)?鎖(?:着|著|住)'],
  }),
  // A car with its exhaust led inside, or charcoal burnt in it (「マフラーからホースが窓に」「배기구에 호스」).
  c('exhaust_hose', {
    ja: [
      '(?:マフラー|まふらー|排気管|はいきかん|排気口|はいきこう)(?:から|に|の)?.{0,12}(?:ホース|ほーす)',
      '(?:ホース|ほーす).{0,10}(?:窓|まど)(?:に|へ|から|の)',
      '(?:車|くるま)(?:の中|のなか|内)?.{0,12}(?:練炭|れんたん|七輪|しちりん|目張り|めばり)',
    ],
    ko: ['(?:배기구|배기관|머플러).{0,12}호스', '호스.{0,12}창문', '차\\s?안.{0,12}번개탄'],
    en: ['exhaust.{0,30}hose|hose.{0,30}exhaust', 'hose.{0,30}(?:into|through) the (?:car )?window'],
    es: ['manguera.{0,30}(?:escape|ventana)'],
    pt: ['mangueira.{0,30}(?:escapamento|janela)'],
    tl: ['hose.{0,30}(?:tambutso|bintana)'],
    vi: ['ong (?:nuoc|nhua).{0,20}(?:ong xa|cua kinh)'],
    zh: ['(?:排气管|排氣管).{0,8}(?:管子|水管|软管|軟管)', '(?:车|車)(?:里|裡|内|內).{0,8}(?:烧炭|燒炭)'],
  }),
  // Someone on an edge or outside a railing, seen from below or across (a child on the balcony railing, a girl on
  // the roof's edge, someone outside the bridge's fence): 「柵の外側に出てる」「난간 바깥에 서 있어요」.
  c('at_edge', {
    ja: [
      '(?:屋上|おくじょう|ビル|びる|橋|はし|ベランダ|べらんだ|屋根|やね)の(?:ふち|縁|へり|端っこ|はしっこ)(?:に|で)',
      '(?:柵|さく|フェンス|ふぇんす|手すり|てすり|欄干|らんかん)の(?:外|そと)(?:側|がわ)?(?:に|で)',
      '(?:柵|さく|手すり|てすり|欄干|らんかん)に(?:登|のぼ|上|あが|またが|乗|の)(?:って|り)',
      '(?:窓|まど)から(?:身|み)を(?:乗り出|のりだ)(?!さ(?:ない|ず))',
      '(?:窓|まど)の(?:外|そと)に(?:出|で)て',
    ],
    ko: [
      '난간\\s?(?:바깥|밖|위|너머)',
      '(?:난간|창틀)에\\s?(?:올라|매달|걸터)',
      '옥상\\s?(?:끝|가장자리)',
      '창문\\s?밖으로\\s?(?:몸|나와)',
    ],
    en: [
      '(?:on|at|over) the edge of (?:the|a) (?:roof|bridge|building|balcony|platform)',
      '(?:standing|climbing|sitting|hanging) (?:on|over|from|outside) (?:the )?(?:balcony )?(?:railing|window ?sill|ledge)',
      'leaning (?:way )?out of (?:the|a) window',
    ],
    es: [
      'borde del (?:techo|puente|edificio|balcon|tejado)',
      'colgad[oa] del balcon|encima de la baranda|del otro lado de la baranda',
    ],
    pt: ['beira do (?:telhado|predio|ponte|terraco)|parapeito', 'pendurad[oa] na (?:janela|sacada)'],
    tl: ['gilid ng (?:bubong|tulay|rooftop|building)', 'nakasampa sa (?:bintana|railing|rehas)'],
    vi: ['mep (?:mai|san thuong|cau)', '(?:treo|dung) (?:ngoai|tren) lan can'],
    zh: [
      '(?:楼顶|樓頂|天台|屋顶|屋頂)(?:的)?(?:边缘|邊緣|边上|邊上)',
      '(?:栏杆|欄杆)(?:外|上面)',
      '(?:爬|坐)(?:上|在)(?:窗台|阳台栏杆|陽台欄杆)',
    ],
  }),
  // Someone dragged or forced into a car in the street (「髪をつかんで車に押し込もうとしてる」).
  c('abduction_seen', {
    ja: [
      '(?:車|くるま)に(?:押し込|おしこ|無理やり|むりやり|引きずり|ひきずり|連れ込|つれこ)',
      // now, not told as done (「髪つかまれて引きずられた」: the writer's DV, told after)
      '(?:髪|かみ)(?:の毛)?を?(?:つか|掴)んで.{0,12}(?:引|ひ)きず(?:って|り(?:込|こ)もうと|ろうと)',
    ],
    ko: ['(?:억지로|강제로)\\s?차에\\s?(?:태우|끌|밀어)', '머리채를?\\s?잡(?:고|아)'],
    en: [
      '(?:dragging|pulling|forcing|pushing|shoving) (?:a |the |this )?(?:woman|girl|kid|child|man|boy|her|him) into (?:a|the|his|their) (?:car|van|truck)',
      'by (?:the|her) hair into (?:a|the|his) (?:car|van)',
    ],
    es: ['(?:meter|subir)(?:la|lo)? a la fuerza (?:en|a) (?:un|el) (?:carro|coche|auto)'],
    pt: ['(?:forcando|puxando|empurrando) (?:ela|ele|uma mulher|uma menina) (?:pra|para) dentro do carro'],
    tl: ['(?:hinihila|pinipilit) (?:ang |yung )?(?:babae|bata) (?:papasok )?sa (?:kotse|van|sasakyan)'],
    vi: ['keo (?:co gai|nguoi phu nu|dua be) (?:len|vao) xe'],
    zh: ['(?:强行|強行|硬)(?:拉|拖|塞|推)(?:上|进|進)(?:车|車)', '抓(?:着|著)(?:头发|頭髮)'],
  }),
  // Alarming words then the call cut off (「息ができん」って言ったきり切れた, 전화로 숨을 못 쉬겠다고 하시고 끊겼어요).
  c('call_cut', {
    ja: [
      '(?:電話|でんわ)(?:が|は)?.{0,20}(?:切れ|きれ)(?:た|て|ちゃ)',
      '(?:言|い)(?:った|われた|われて)(?:きり|まま|だけで).{0,8}(?:切れ|きれ)',
      'そのまま(?:切れ|きれ|つながら)',
    ],
    ko: ['전화가?\\s?.{0,8}(?:끊겼|끊어졌)', '(?:하시고|하고|하더니)\\s?끊겼'],
    en: ['line went dead', '(?:call|phone) (?:got |was )?(?:cut off|dropped)', 'then (?:she |he )?hung up'],
    es: ['se corto la llamada'],
    pt: ['a ligacao caiu'],
    tl: ['naputol ang tawag'],
    vi: ['cup may|mat lien lac'],
    zh: ['(?:电话|電話)(?:就)?(?:断了|斷了|挂了|掛了)'],
  }),
  // Breathlessness in dialect (「息ができん」「いきがでけへん」).
  c('not_breathing', {
    ja: ['(?:息|いき)が(?:でき|でけ)(?:ん|へん|ひん|ねえ|ない)'],
  }),
  // Screams or thuds heard from next door now (「さけんでいます。どんどん おと。いまも」「쿵쿵 소리가 나요 지금도요」):
  // asked, with now said; a noise complaint (「うるさい」「층간소음」) is not.
  c('heard_now', {
    ja: [
      '(?:叫|さけ)んで(?:いる|る|います|ます)(?!.{0,20}(?:うるさ|迷惑|めいわく|苦情|くじょう))',
      '(?:どんどん|ドンドン|どすん|ガシャン|がしゃん)(?:って|と|という)?(?:音|おと)(?!.{0,20}(?:うるさ|迷惑|めいわく|苦情|くじょう))',
    ],
    ko: [
      '(?:쿵쿵|쾅쾅|우당탕)\\s?(?:하는\\s?)?소리(?!.{0,20}(?:시끄러|층간\\s?소음))',
      '소리\\s?(?:를\\s?)?지르고\\s?(?:있|쿵)',
    ],
    en: [
      '(?:screaming|thuds?|banging) (?:next door|upstairs|downstairs)(?!.{0,20}(?:noisy|too loud|complain))',
    ],
    es: ['(?:grita|gritos) (?:en el|del) (?:piso|departamento) de al lado'],
    pt: ['(?:gritando|gritos) no (?:apartamento|vizinho) do lado'],
    tl: ['sumisigaw sa (?:kabila|katabing bahay)'],
    vi: ['(?:tieng het|la het) (?:o )?nha ben canh'],
    zh: ['(?:隔壁|楼上|樓上)(?:一直)?(?:有人)?(?:尖叫|惨叫|慘叫)'],
  }),
  // Heat told by what the neighbour does in it (a kotatsu in midsummer, no air conditioner in a heatwave) with
  // confusion or no sweat seen: both parts in one form, since confusion alone is a dementia consultation.
  c('heat_confused', {
    ja: [
      '(?:真夏|まなつ|猛暑|もうしょ|この暑さ|このあつさ|暑いのに|あついのに|夏なのに|なつなのに).{0,30}(?:ぼーっと|ぼうっと|ぼんやり|(?:話|はなし)が(?:かみあわ|噛み合わ)|(?:汗|あせ)(?:も|を)?(?:かいて(?:い)?ない|出てない|でてない)|ぐったり)',
      '(?:ぼーっと|ぼうっと|ぼんやり|(?:話|はなし)が(?:かみあわ|噛み合わ)).{0,30}(?:真夏|まなつ|猛暑|もうしょ|この暑さ|このあつさ|暑いのに|あついのに)',
    ],
    ko: ['(?:더위|폭염|더운데|더운s?날).{0,30}(?:멍하|말이s?안s?통|횡설수설|땀(?:도|이)?s?안s?(?:나|흘))'],
    en: ['(?:heat ?wave|so hot|the heat).{0,40}(?:confused|not making sense|dazed|out of it|not sweating)'],
    es: ['calor.{0,30}(?:confundid[oa]|no (?:tiene sentido|se entiende) lo que dice|no suda)'],
    pt: ['calor.{0,30}(?:confus[oa]|falando coisa sem sentido|nao (?:esta )?suando)'],
    tl: ['(?:init|mainit).{0,30}(?:lito|wala sa sarili|hindi (?:na )?pinagpapawisan)'],
    vi: ['nong.{0,30}(?:lo mo|noi linh tinh|khong ra mo hoi)'],
    zh: ['(?:热|熱|高温|高溫).{0,12}(?:迷迷糊糊|神志不清|答非所问|答非所問|不出汗)'],
  }),
  // Parting words with a door locked or belongings handed out, told of someone else (「다시 볼 일 없을 거라고 하더니 문
  // 잠그고 들어갔어요」): both parts in one form, since parting words alone are as often an ex-partner's.
  c('parting_seen', {
    ja: [
      '(?:もう(?:会|あ)うこと(?:も|は)?(?:ない|なか)|(?:二度|にど)と(?:会|あ)え(?:ない|ん)).{0,30}(?:(?:鍵|かぎ)を?(?:かけ|閉め|しめ)|(?:閉じこも|とじこも)|(?:物|もの)を(?:くれ|配|くば))',
      '(?:(?:物|もの)を(?:くれ|配|くば)).{0,30}(?:もう(?:会|あ)うこと(?:も|は)?(?:ない|なか)|(?:二度|にど)と(?:会|あ)え(?:ない|ん))',
    ],
    ko: [
      '(?:다시\\s?(?:볼|만날)\\s?일\\s?(?:은\\s?)?없|다시는\\s?못\\s?(?:볼|봐)).{0,30}(?:문\\s?(?:을\\s?)?잠그|잠겨|물건)',
      '물건을?\\s?(?:자꾸\\s?)?(?:줘|주|나눠).{0,40}(?:다시\\s?(?:볼|만날)\\s?일\\s?(?:은\\s?)?없|다시는\\s?못\\s?(?:볼|봐))',
    ],
    en: [
      "won'?t see (?:me|each other|you) again.{0,40}(?:locked|gave (?:me|away))|gave (?:me|away) (?:his|her).{0,40}won'?t see (?:me|you) again",
    ],
  }),
  // Small signs a resident sees from outside a home: a dog crying since yesterday, milk or meals left at the door.
  c('unseen_sign', {
    ja: [
      '(?:犬|いぬ|猫|ねこ)が(?:きのう|昨日|朝|あさ|おととい|一昨日|\\d+日前)から.{0,8}(?:鳴|な|吠|ほ)え',
      // at the door, not in the fridge (「冷蔵庫に同じ牛乳が5本」 is a dementia consultation)
      '(?:玄関|げんかん|ドア|どあ|戸口|とぐち)(?:の前|のまえ|先|さき)?(?:に|で).{0,4}(?:牛乳|ぎゅうにゅう|ヤクルト|やくると|弁当|べんとう|配食|はいしょく)',
      '(?:姿|すがた)(?:を)?(?:見|み)て(?:ない|いない|ません)(?!.{0,40}(?:見守り|みまもり))',
    ],
    ko: [
      '(?:개|강아지|고양이)가?\\s?(?:어제부터|아침부터|며칠째).{0,8}(?:짖|울)',
      '(?:우유|신문|도시락)(?:이|가)?\\s?.{0,8}(?:쌓여|쌓였)',
    ],
    en: [
      '(?:dog|cat) (?:has been )?(?:barking|crying|howling) (?:since|for (?:two|2|three|3) days)',
      'milk (?:bottles )?piling',
    ],
    es: ['el perro (?:lleva|esta) (?:ladrando|llorando) desde ayer'],
    pt: ['o cachorro (?:esta )?latindo desde ontem'],
    zh: ['(?:狗|猫|貓)从昨天(?:开始|開始)?(?:一直)?(?:叫|哭)', '牛奶(?:都)?(?:堆|没拿)'],
  }),
  // The same classes as forms of the concepts the rules already read (crisis15):
  // smoke and a burning smell next door, a fire with the stairs full of smoke (ko, vi).
  c('fire', {
    ko: ['불났', '연기\\s?(?:나요|나와|나고|가득|꽉)'],
    vi: ['(?:co|thay) khoi.{0,20}mui khet|mui khet.{0,20}khoi'],
  }),
  c('disaster_sign', {
    ko: ['타는\\s?냄새'],
    vi: ['mui khet'],
    pt: ['agua (?:entrando |saindo |subindo )?pelo chao|saindo agua'],
    en: ['water (?:is )?coming (?:up )?(?:through|from) the floor'],
  }),
  c('trapped', {
    ko: ['연기.{0,12}못\\s?내려가'],
  }),
  // A stroke seen in someone else: speech unclear and an arm that will not rise (zh-Hant 講話, tl makasalita).
  c('stroke_sign', {
    zh: ['(?:讲|講|说|說)(?:话|話)不清楚', '手(?:举|舉|抬)不起'],
    tl: ['(?:hindi|di) (?:na )?makasalita(?: ng (?:maayos|ayos))?', 'nakangiwi'],
    ko: ['말이\\s?어눌', '한쪽\\s?(?:팔|손)을?\\s?못\\s?(?:들|올리)'],
  }),
  // Hit now with a weapon or "coming at me" (「バットで殴ってくる」「야구방망이로 때려요」), kerosene or petrol poured with a
  // threat to set fire, a stranger come into the room, a threat to kill relayed (「죽인대요」).
  c('attack_now', {
    ja: [
      '(?:バット|ばっと|木刀|ぼくとう|棒|ぼう|ゴルフクラブ|ごるふくらぶ|鉄パイプ|てつぱいぷ|包丁|ほうちょう)で(?:殴|なぐ|叩|たた)(?:って|られ|か|い)',
      '(?:殴|なぐ|叩|たた|蹴|け)ってくる(?!(?:かも|かもしれ|んじゃ|のでは))',
      '(?:灯油|とうゆ|ガソリン|がそりん)(?:を)?(?:まか|撒か|かけ|掛け|ま)(?:れ|い)',
      '(?:火|ひ)を?(?:つけ|付け)(?:る|てやる)(?:ぞ|って|と)',
      '(?:知らない|しらない|見知らぬ|みしらぬ)(?:人|ひと|男|おとこ|女|おんな)(?:の人|のひと)?が.{0,10}(?:入|はい)って(?:き|く)(?:た|て|ます|る)',
    ],
    ko: [
      '(?:방망이|몽둥이|골프채|쇠파이프|각목)로\\s?(?:때리|때려|맞)',
      '때려요.{0,6}지금',
      '죽인대|죽이겠대|죽여\\s?버린대|죽인다고',
      '(?:휘발유|기름|등유|시너)를?\\s?(?:뿌리|붓|부었)',
      '불\\s?(?:지르겠|지른대|질러\\s?버린|붙이겠)',
      '모르는\\s?(?:남자|사람|여자)가?.{0,10}들어왔',
    ],
    en: [
      'poured (?:gasoline|petrol|kerosene|gas) (?:on|over)',
      '(?:set|light) (?:me|us|the house|the apartment) on fire',
      '(?:a stranger|an intruder|a man i (?:do ?n.?t|dont) know) (?:just )?(?:came|broke|got|walked) in(?:to)?',
      'hitting (?:me|her|him) with a (?:bat|stick|club|pipe)',
      '(?:is |are |keeps |started )?throwing (?:things|stuff|bottles|chairs|plates) at (?:me|us|mom|mum|my|her|him)',
    ],
    es: [
      'me (?:echo|tiro) (?:gasolina|queroseno)',
      'prender(?:me|nos)? fuego',
      'un desconocido (?:entro|se metio)',
    ],
    pt: ['jogou (?:gasolina|alcool) em mim', 'tacar fogo', 'um (?:estranho|desconhecido) entrou'],
    tl: [
      'binuhusan (?:ako )?ng gasolina',
      'susunugin (?:niya )?(?:ako|kami|ang bahay)',
      'may pumasok na (?:estranghero|di kilala)',
    ],
    vi: [
      'tat xang (?:vao|len) (?:toi|em)',
      'doa dot (?:nha|toi|em)',
      'nguoi la (?:vao|xong vao) (?:nha|phong)',
    ],
    zh: [
      '(?:泼|潑|倒)(?:了)?(?:汽油|煤油)',
      '要(?:放火|点火|點火)',
      '陌生(?:人|男人)(?:闯|闖|进|進)(?:来|來)',
      '(?:用|拿)(?:棍子|球棒|铁棍|鐵棍)(?:打|揍)',
    ],
  }),
  // Blood dripping seen on someone (「手首から血がぽたぽた」): bleeding, 119.
  c('bleeding', {
    ja: ['(?:血|ち)が(?:ぽたぽた|ぼたぼた|だらだら|どくどく|したた)', '(?:手首|てくび)から(?:血|ち)が'],
    ko: ['피가\\s?(?:뚝뚝|줄줄|철철)', '손목에서\\s?피가'],
    en: ['blood (?:is )?(?:dripping|pouring|gushing)|dripping (?:with )?blood'],
    es: ['(?:chorreando|goteando) sangre'],
    pt: ['(?:pingando|escorrendo) sangue'],
    tl: ['tumutulo (?:ang )?dugo'],
    vi: ['mau (?:chay|nho) (?:rong rong|tong tong|ra nhieu)'],
    zh: ['(?:血|鲜血)(?:一直)?(?:滴|流个不停|流個不停)'],
  }),
  // A small child alone at night barefoot, a baby crying for hours with no adult and nobody answering (ko, en).
  c('child_alone_danger', {
    ja: [
      '(?:夜|よる|夜中|よなか|深夜|しんや).{0,20}(?:はだし|裸足)で.{0,6}(?:一人|ひとり)|(?:夜|よる|夜中|よなか|深夜|しんや).{0,20}(?:一人|ひとり)で.{0,6}(?:はだし|裸足)',
    ],
    ko: [
      '밤.{0,20}맨발로\\s?혼자',
      '아기가?.{0,16}(?:아침부터|몇\\s?시간째|하루\\s?종일)\\s?(?:계속\\s?)?울.{0,24}(?:어른|엄마|부모|아무도)',
    ],
    en: ['baby.{0,40}crying (?:since|for hours).{0,50}(?:nobody|no one|no adult)'],
  }),
  // A parent with dementia gone out and not back (「나가서 안들어와요」), and dementia in easy Japanese (「びょうき で わすれる」).
  c('not_back', {
    ko: ['나가서\\s?(?:아직\\s?)?안\\s?(?:들어|돌아)(?:와|오)'],
  }),
  c('gone_circumstance', {
    ja: ['びょうきでわすれ|わすれるびょうき|(?:病気|びょうき)で(?:物忘れ|ものわすれ)'],
  }),
  // Locking the door and going in, told of someone else (「문 잠그고 들어갔어요」).
  c('locked_silent', {
    ja: ['(?:鍵|かぎ)を(?:かけ|閉め|しめ)て(?:閉じこも|とじこも|こも|入|はい)'],
    ko: ['문\\s?(?:을\\s?)?잠그고'],
    en: ['locked (?:the|his|her) door'],
  }),
  // ── end crisis15 concepts ──

  // ── crisis17 (issue 9: violence, disaster, medical, third parties, missing; ko, en, tl first) ──────────────
  // Written by class after d15's held-out misses (a night security guard and caretaker at a large apartment complex,
  // church interpreter for Filipino and English-speaking neighbours) and probes written for it in the voices of a
  // caretaker on night rounds, a church interpreter, a tenant and a child. Forms of the concepts the rules already read,
  // and three new concepts that each name something happening (a means seen in someone else's home, a room sealed with
  // a smell, a child shut out in the cold): none of them is who or when.
  // A fire caught or spreading, flames seen (「커튼에 불 붙었어요」「불이 옮겨붙고」「창문에서 불꽃이 보여요」
  // "flames in the window", 「nagliyab」「炎が上がって」); not fireworks (불꽃놀이), nor a stove that will not light.
  c('fire', {
    ko: [
      '불(?:이|을)?(?:붙었|붙어(?:서|요|있)|옮겨(?:붙|붙었|붙고)|번지|번져|번졌)',
      '불(?:꽃|길)(?!놀이)(?:이|가)?(?:보여|보이|치솟|올라|솟)',
      // not a light left on (crisis23: 「화장실 불이 안 꺼져요」 was answered as a fire)
      '(?<!(?:화장실|방|거실|주방|부엌|현관|복도|전등|형광등|조명|스탠드|차|가로등))(?:불|연기)(?:이|가)?(?:안|못)꺼(?:져|짐|지)',
      '연기(?:가)?(?:새어|엄청|자욱|막나|계속나)',
    ],
    en: [
      '(?:see|saw|there are|there.?s) (?:big )?(?:flames|fire) (?:in|from|coming|on)',
      'flames (?:are )?(?:coming|shooting|everywhere|spreading|reaching)',
      '(?:fire|flames) (?:is |are )?(?:spreading|reaching the)',
      '(?:pan|oil|curtains?|stove|heater|kitchen) (?:caught|is on|on) fire',
    ],
    tl: [
      'nag-?liyab|lumiliyab|nagliliyab',
      'kumalat (?:na )?ang apoy',
      '(?:may )?apoy (?:sa|na) (?:bintana|kusina|kurtina)',
    ],
    ja: [
      '(?:炎|ほのお)が(?:見|み|上が|あが|出|で|天井|てんじょう)',
      '(?:天井|てんじょう)まで(?:火|ひ|炎|ほのお)',
    ],
  }),
  // A burning smell in a corridor (「탄내 엄청나요」): asked, a pot burnt is as likely.
  c('disaster_sign', {
    ko: ['탄\\s?내'],
    en: ['burning smell|smell (?:of )?(?:something )?burning|smells like (?:something )?burning'],
    tl: ['amoy (?:sunog|nasusunog)'],
  }),
  // Water rising now, to the knees or a floor (「물이 막 차오르는데」「물이 무릎까지」"water up to my knees",
  // 「tumataas yung tubig hanggang tuhod」「もう1階まで水きてて」).
  c('flood', {
    ko: [
      '물이?(?:막|계속|점점|자꾸)?(?:차올라|차오르|차올랐|들어와|들어오|불어나)',
      '(?:무릎|허리|가슴|발목|종아리)까지(?:물|차)',
    ],
    en: [
      'water (?:is |was )?(?:up to|at|reaching) (?:my|our|his|her|the) (?:knees|waist|chest|ankles|shins)',
      'water (?:is |keeps )?(?:still )?rising',
      '(?:knee|waist|chest)[ -]deep (?:water|in water)',
    ],
    tl: [
      'tumataas (?:na |pa )?(?:yung|ang) tubig',
      '(?:tubig|baha) (?:hanggang|abot) (?:tuhod|baywang|bewang|dibdib)',
      'hanggang (?:tuhod|baywang|bewang|dibdib) na (?:ang |yung )?(?:tubig|baha)',
    ],
    ja: [
      '(?:\\d|一|二|いっ|に)(?:階|かい)まで(?:水|みず)(?:が)?(?:来|き|上が|あが)',
      '(?:水|みず)(?:が)?(?:もう)?(?:\\d|一|二|いっ|に)?(?:階|かい|膝|ひざ|腰|こし)まで(?:来|き|上が|あが)',
    ],
  }),
  // Stuck in a lift, Taglish (「stuck kami ng anak ko sa elevator」).
  c('trapped', {
    tl: [
      'na-?stuck|stuck (?:kami|ako|sila|kayo)',
      '(?:elevator|lift) .{0,20}(?:stuck|huminto|tumigil)',
      // pinned under furniture in a quake (「nadaganan ng aparador」)
      'nadaganan|nadag-anan|naipit sa ilalim',
    ],
  }),
  c('quake', {
    tl: ['lumindol|lumilindol'],
  }),
  // Not home with the phone off (pt), a child or a relative out of reach now.
  c('not_back', {
    pt: ['nao (?:ta|esta) em casa.{0,40}(?:celular|telefone)(?: dela| dele)? (?:ta |esta )?desligado'],
  }),
  // A weapon shown or brandished, and someone coming at the writer with it (「칼 같은거 꺼냈어요」「맥주병 깨서 휘두르고」
  // 「망치 들고 나한테 덤벼요」"threatening me with a hammer"「may dalang itak」「ベルト持ってる、たすけて」).
  c('attack_now', {
    ko: [
      '칼(?:같은(?:거|것))?(?:을|를)?꺼(?:냈|내)',
      '(?:망치|흉기|맥주병|소주병|병|낫|도끼|가위|쇠파이프|각목|몽둥이|칼|벽돌)(?:을|를)?(?:깨서|들고|들었).{0,12}(?:덤비|덤벼|휘두르|휘둘|위협|협박|쫓아|달려)',
      '휘두르고(?:있|잇)',
      '(?:나|저|엄마|아빠|주민|사람)(?:한테|에게)(?:막)?덤벼',
      '(?:때리고|패고|폭행하고|구타하고)(?:있|잇)',
      '발로(?:막)?(?:차고|밟고)(?:있|잇)',
      '목(?:을|를)?조르(?:고|다가|더니|려)',
      '끝장(?:낸대|내겠|낼거|낸다고|내버리|내버린)',
    ],
    en: [
      '(?:threatening|threatened|coming at|came at|went for|chasing) (?:me|us|her|him|them|my \\w+) with (?:a |an |the )?(?:broken )?(?:hammer|bottle|machete|crowbar|pipe|axe|bat|knife|gun|blade|belt|stick|scissors)',
      '(?:pulled|took|got) out (?:a |an |his |her )?(?:knife|gun|blade|machete|box cutter)',
      '(?:swinging|waving|brandishing) (?:a |an |the )?(?:broken )?(?:hammer|bottle|machete|crowbar|pipe|axe|bat|knife|gun|blade)',
      '(?:kicking|stomping on|beating|punching|hitting|attacking) (?:an? |the |this |that |some )?(?:old |elderly |young |little )?(?:man|woman|kid|boy|girl|guy|person|lady|child|student|teenager)(?! (?:at|in) (?:a )?(?:game|video))',
    ],
    tl: [
      'may (?:dalang|dala na|bitbit na|hawak na) (?:itak|kutsilyo|baril|patalim|martilyo|tubo|bote|bolo|gunting)',
      // a person, not a door or a wall punched (「sinisipa niya ang pinto」: the DV desk's, crisis17)
      '(?:sinasampal|sinusuntok|sinisipa|hinahampas|pinagsusuntok|pinagsisipa|pinagbubugbog)(?! (?:niya |nya )?(?:ang |yung )?(?:pinto|pader|dingding|mesa|gamit))',
      // hit with something by someone, with the crying or now heard (a parent's belt told as a habit is the desk's)
      'pinapalo (?:ng|ni).{0,60}(?:iyak ng iyak|umiiyak|sumisigaw|ngayon)',
    ],
    ja: [
      '(?:ベルト|べると|バット|ばっと|棒|ぼう|鉄パイプ|てつぱいぷ|ハンマー|はんまー|金づち|かなづち|ゴルフクラブ|割れた(?:瓶|びん)|ビール瓶)(?:を)?(?:持|も)って(?:る|いる|います|ます)?.{0,12}(?:たすけ|助け|こわい|怖い|こっち|来る|くる|向かって)',
    ],
  }),
  // Hiding in a room holding the door, a door locked against someone (「방문 잠궜는데」"holding the door").
  c('hiding', {
    ko: ['(?:방문|문)(?:을)?잠(?:궜|갔|궈|가놨)'],
    en: ['holding the door (?:shut|closed)?', '(?:barricaded|locked) (?:myself|ourselves|us) in'],
  }),
  // Hitting heard through a wall, in easy Japanese (「たたいています こえ きこえます」): asked with a neighbour or now.
  c('heard_now', {
    ja: [
      '(?:たたいて|叩いて|なぐって|殴って|けって|蹴って)(?:い)?(?:ます|る).{0,12}(?:こえ|声|おと|音)(?:が|も)?(?:きこえ|聞こえ)',
      '(?:こえ|声|おと|音)(?:が|も)?(?:きこえ|聞こえ).{0,12}(?:たたいて|叩いて|なぐって|殴って)(?:い)?(?:ます|る)',
    ],
    ko: ['벽\\s?(?:너머|넘어)로?.{0,12}(?:비명|살려|때리는\\s?소리)'],
    en: ['(?:through|behind) the wall.{0,30}(?:screaming|hitting|beating|crying for help)'],
    tl: ['(?:naririnig|dinig) (?:ko )?(?:na )?(?:sinasaktan|binubugbog|pinapalo|sumisigaw)'],
  }),
  // Someone forced along or dragged away in the street, not only into a car (「억지로 끌고 가요」, kinakaladkad).
  c('abduction_seen', {
    ko: ['(?:억지로|강제로)(?:끌고|끌어|데리고)(?:가|간|갔)'],
    en: ['(?:dragging|forcing) (?:a |the |this )?(?:woman|girl|kid|child|boy|lady) (?:away|along|off)'],
    tl: ['kinakaladkad(?: [a-z]+){0,4} (?:babae|bata|dalaga)'],
    ja: ['(?:無理やり|むりやり)(?:連れて|つれて|引っ張|ひっぱ)(?:いこう|行こう|いって|行って|いく|行く)'],
  }),
  // A child alone in a closed car (「차 안에 애기 혼자 있어요」「batang naiwan sa loob ng kotse」), a child shut out
  // in the cold at night (「ベランダにはだしで締め出されて」「naka lock sa labas … ang lamig」), a baby's crying heard
  // growing weaker with no adult (「애기 소리도 점점 약해져요」).
  c('child_alone_danger', {
    ko: [
      '차안에(?:애기|아기|아이|애|꼬마)(?:가|만)?혼자',
      '(?:애기|아기|아이)(?:혼자|만)(?:차|차량)안에',
      '(?:애기|아기|아이)(?:가)?(?:우는)?소리.{0,16}(?:점점|갈수록)(?:약해|작아)',
      '(?:베란다|밖)에(?:맨발로)?(?:쫓겨나|내쫓겨|내쫓)',
    ],
    tl: [
      '(?:batang|bata|baby|sanggol) (?:na )?(?:naiwan|iniwan) sa (?:loob ng )?(?:kotse|sasakyan|van)',
      'naka-? ?lock sa labas.{0,60}(?:lamig|gabi|walang jacket|anak|bata)',
    ],
    en: [
      '(?:kid|child|toddler|baby|boy|girl) (?:is |was )?(?:left )?(?:alone )?(?:locked )?in (?:a|the|their) (?:hot |locked )?(?:car|van)',
      '(?:kids?|child|children|boy|girl|toddler) (?:locked|shut) out(?:side)?.{0,40}(?:cold|night|freezing|barefoot)',
      '(?:crying|cries) (?:is )?(?:getting|growing) (?:weaker|fainter|quieter)',
    ],
    ja: [
      // a child barefoot or a child named (an elderly mother seen shut out is an elder abuse report, asked at most)
      '(?:はだし|裸足)で(?:締め出|しめだ)され|(?:子ども|こども|子供|子が|この子).{0,20}(?:締め出|しめだ)され',
      '(?:泣き声|なきごえ)が(?:だんだん|どんどん)?(?:弱|よわ|小さ|ちいさ)く',
    ],
  }),
  // Someone outside a balcony or a window, in easy Japanese (「ベランダ の そと こども ひとり たっています」).
  c('at_edge', {
    ja: [
      '(?:ベランダ|べらんだ|屋上|おくじょう)の(?:外|そと)(?:側|がわ)?(?:に|で)?(?:子ども|こども|子供|人|ひと|男|おとこ|女|おんな)',
    ],
  }),
  // A means seen in someone else's home, from outside (「창문으로 보이는데 남자가 천장에 줄을 매달고 의자 위에」).
  c('means_seen', {
    ko: ['(?:천장|문틀|베란다|방)에(?:줄|끈|밧줄|로프)(?:을|를)?(?:매달|걸|묶).{0,16}(?:의자|올라)'],
    ja: [
      '(?:天井|てんじょう|鴨居|かもい)に(?:ロープ|ろーぷ|ひも|紐|縄|なわ)(?:を)?(?:かけ|掛け|吊|つる|結|むす).{0,16}(?:椅子|いす|台)',
    ],
    en: ['(?:rope|cord|noose) (?:tied |hung )?(?:to|from) the (?:ceiling|beam).{0,40}(?:chair|stool)'],
    tl: ['lubid.{0,30}(?:kisame|bubong).{0,30}(?:silya|upuan)'],
  }),
  // A door or window sealed with tape and a charcoal or burning smell (「炭みたいな焦げたにおい、ドアのすき間がテープで
  // 目張り」): both parts in one form, since tape on a window is also a typhoon precaution.
  c('sealed_room', {
    ja: [
      '(?:炭|すみ|練炭|れんたん|焦げ|こげ).{0,16}(?:におい|匂い|臭い|くさ).{0,30}(?:目張り|めばり|テープ|てーぷ)',
      '(?:目張り|めばり|(?:すき間|すきま|隙間)(?:に|を|が)?(?:テープ|てーぷ)).{0,30}(?:炭|すみ|練炭|れんたん|焦げ|こげ)(?:.{0,6})(?:におい|匂い|臭い|くさ)',
    ],
    ko: [
      '(?:문틈|창문틈|틈)(?:을|에|이)?(?:테이프|테잎).{0,30}(?:번개탄|숯|탄냄새|타는냄새)',
      '(?:번개탄|숯|탄냄새|타는냄새).{0,30}(?:문틈|틈)(?:을|에|이)?(?:테이프|테잎)',
    ],
    en: [
      '(?:door|window)s?.{0,20}(?:taped|sealed).{0,50}(?:charcoal|burning) smell',
      '(?:charcoal|burning) smell.{0,50}(?:door|window)s?.{0,20}(?:taped|sealed)',
    ],
    tl: ['amoy (?:uling|sunog).{0,40}(?:naka-?tape|tinape)'],
  }),
  // A neighbour who does not come to the door (「문 두드려도 안나와요」) or left without heating in the cold (ko):
  // asked, the desk's if it is a habit.
  c('unseen_sign', {
    ko: [
      '(?:문|초인종)(?:을)?(?:두드려도|두들겨도|눌러도|노크해도)(?:안나와|대답이?없|반응이?없|인기척이?없)',
      '난방(?:이)?(?:끊|안되|고장).{0,30}(?:영하|추운|추워)',
      // a rotten smell from a flat, the mail not taken in for days (「407호에서 썩은 냄새」「일주일째 우편물을 안 가져가」)
      '(?:\\d+호|옆집|윗집|아랫집|그집)(?:에서)?.{0,10}(?:썩은냄새|악취)',
      '(?:우편물|신문|택배)(?:을|를|이|가)?.{0,6}(?:안가져가|안챙겨|그대로있)',
    ],
    en: [
      '(?:rotten|terrible|strange) smell (?:from|coming from) (?:unit |apartment |room |flat )?(?:\\d+|next door|the unit|her|his)',
      "(?:hasn'?t|has not|didn'?t|not) (?:picked up|collected|taken in) (?:her|his|their|the) (?:mail|newspapers?)",
    ],
    tl: ['(?:kumatok|katok).{0,20}(?:walang sumasagot|hindi (?:lumalabas|sumasagot))'],
  }),
  // Febrile seizure told by its signs (「몸이 뻣뻣해지고 눈이 돌아갔어요」「naninigas … tumirik ang mata」).
  c('seizure', {
    ko: ['몸이(?:막)?(?:뻣뻣|굳어|경직)', '눈(?:이|을)?(?:돌아갔|돌아가|뒤집|흰자)'],
    tl: ['naninigas (?:ang )?(?:katawan|buong katawan)', 'tumirik (?:ang |yung )?mata'],
    en: ['went (?:all )?stiff and'],
  }),
  // Heat in a room with confusion or no sweat (「部屋すごく暑くて叔母が汗もかかずにもうろう」): both parts in one form.
  c('heat_confused', {
    ja: [
      '(?:暑|あつ)(?:くて|い中|いなか|いのに|すぎ).{0,30}(?:もうろう|朦朧|ぼーっと|ぐったり|(?:汗|あせ)(?:も|を)?(?:かかず|かいて(?:い)?ない|出てない|でてない))',
    ],
  }),
  // A relative with dementia gone (「치매 있으신데 … 없어지셨대요」) and a brother who wrote he will take his life
  // tonight, relayed (es, en, tl).
  c('missing', {
    ko: ['(?:없어지|사라지)(?:셨|셨대|었|졌|졌대)'],
  }),
  c('quoted_intent', {
    es: ['(?:me )?(?:escribio|dijo|dice|mando) que se (?:va|iba) a (?:quitar la vida|suicidar|matar)'],
    tl: [
      '(?:sabi|nag-?text|nag-?message|nagchat)(?: [a-z]+){0,4} (?:na )?(?:magpapakamatay|papatayin (?:nya|niya) (?:ang )?sarili)',
    ],
    ko: ['(?:가스|번개탄).{0,8}(?:틀어|피워|켜)(?:놓고|두고).{0,12}(?:같이|다같이|함께)(?:간다|가겠|죽)'],
  }),
  // The same classes in the other languages (ja, es, pt, vi, zh), probed after the ko/en/tl forms above: water rising to
  // a floor or the knees, a weapon used to threaten, a child alone in a closed car.
  c('flood', {
    ja: [
      '(?:床|ゆか|膝|ひざ|腰|こし)まで(?:水|みず)が?(?:来|き|上が|あが)',
      '(?:水|みず)が?(?:どんどん|まだ)(?:増え|ふえ|上が|あが)',
    ],
    es: [
      'el agua (?:ya )?(?:nos |me |le |les )?llega (?:a|hasta) (?:las? )?(?:rodillas|cintura|pecho)',
      'agua.{0,40}sigue subiendo',
    ],
    zh: ['水(?:已经|已經)?(?:到|淹到|漫到)(?:了)?(?:膝盖|膝蓋|腰|胸)', '水.{0,10}(?:还在|還在)(?:涨|漲)'],
  }),
  c('attack_now', {
    es: [
      'amenaza\\w* (?:a (?:mi|la|el|los|las) \\w+ |al \\w+ |me |nos )?con (?:un|una) (?:martillo|cuchillo|botella|machete|pistola|bate|navaja)',
    ],
    zh: [
      '拿(?:着|著)?(?:破)?(?:酒瓶|瓶子|刀|菜刀|锤子|錘子|铁棍|鐵棍|棍子).{0,8}(?:挥|揮|砍|追|威胁|威脅|打)',
    ],
    vi: ['cam (?:dao|bua|chai|gay|mã tấu|ma tau).{0,20}(?:doa|chem|duoi|danh)'],
  }),
  c('child_alone_danger', {
    ja: [
      '(?:車|くるま)の(?:中|なか)に(?:赤ちゃん|あかちゃん|子ども|こども|子供|幼児|ようじ)(?:が)?(?:一人|ひとり|だけ)',
    ],
    es: ['(?:nino|nina|bebe|nene)s? sol[oa]s? (?:dentro de|en) (?:un|el) (?:carro|coche|auto)'],
    pt: ['(?:crianca|bebe|menin[oa]) sozinh[oa] (?:dentro do|no) carro'],
    vi: [
      '(?:em be|be|dua tre|chau be|dua be) (?:bi )?(?:bo )?(?:lai )?(?:mot minh )?(?:trong|o trong) (?:xe|o to)',
    ],
    zh: ['(?:车里|车内)(?:有)?(?:个)?(?:小孩|孩子|婴儿|宝宝)(?:一个人|独自)'],
  }),
  // Look-alikes of these classes kept quiet: a scream that turned out to be cats (「알고보니 고양이 싸움이었어요」), the
  // police come and gone with all quiet now (「경찰 와서 다 정리됐고 지금은 조용해요」), a fire "at the time of" one
  // (「지난달 화재 때 집 잃은 세입자들」: past or what-if, never a fire now).
  c('past_safe', {
    ko: [
      '알고\\s?보니.{0,20}(?:였|이었|더라)',
      // a report already made last night (「어젯밤에 … 신고했었는데」): told after, not happening
      '신고했었',
      '(?:경찰|구급차|소방차|119)(?:이|가)?\\s?(?:와서|왔고|왔는데).{0,12}(?:정리|해결|끝났|괜찮)',
    ],
    en: [
      'turned out (?:it was|to be) (?:just )?(?:a |the |some )?(?:cats?|dogs?|a tv|the tv|a game|nothing)',
    ],
    tl: ['(?:pusa|aso|tv|laro) lang pala'],
  }),
  c('fire_safe', {
    ko: ['(?:화재|불났을|불이\\s?났을)\\s?때(?!문)'],
  }),
  // ── end crisis17 concepts ──

  // ── crisis19 (issue 9: violence, disaster, missing, medical, third parties; en, zh-Hant, zh-Hans first) ─────────────
  // Written by class after d17's held-out misses (a Taiwanese-born graduate student, night front desk of a hotel near
  // 川崎駅, peer-support chat for international students) and probes written for it in the voices of a night clerk, a
  // student, a tourist and a parent. Cantonese (喺 咗 緊 晒 搵 唔) is written beside Mandarin; traditional characters the
  // fold does not cover (鎚 錘 圍 噴 懷 揮 廚 腳 漲 撐 斬) are written beside the simplified ones.
  // A weapon in hand now: swung, held to someone, used on a door, or someone slashed (「swung a cutter at me」
  // 「拿剁骨刀追」「美工刀抵在她脖子上」「斧头砍门」「包丁みたいなの振り回してる」); not a knife bought, sharpened or cooked with.
  c('attack_now', {
    en: [
      '(?:swung|swinging|swings|waving|lunged|lunging|slashing) (?:a |an |the |his |her |that )?(?:box )?(?:cutter|knife|hatchet|axe|machete|bat|blade|cleaver|scissors|crowbar)(?! (?:set|sharpen|class|shop|store))',
      '(?:grabbed|picked up|took|has got|got) (?:a |an |the |his |her )?(?:\\w+ )?(?:hatchet|axe|machete|cleaver|knife|bat|crowbar)\\b.{0,60}(?:swinging|waving|coming at|chasing|threatening|pointing)',
      '(?:blade|knife|cutter|scissors|razor) (?:against|to|at) (?:(?:her|his|my|their|the) )?(?:\\w+.?s )?(?:throat|neck|chest)',
      '(?:pry|prying|break|breaking|smash|smashing|bash|bashing|hacking at|chopping at) (?:open )?(?:my |our |the |her |his )?(?:front |back |bedroom |bathroom )?(?:door|window)(?: open| in| down)? with (?:a |an |the )?(?:crowbar|axe|hammer|bat|hatchet|knife)',
      '(?:someone |a guy |a man |a woman |he |she )?(?:got |just got |has been |was just )(?:slashed|stabbed)',
      'grabbed (?:me|her|him) by the (?:throat|neck|hair)',
      '(?:slapped|punched|hit|kicked|choked) (?:me|her|him) so hard',
      '(?:kicking|stomping on|beating|punching|attacking) (?:an? |the |this |that |some )?(?:\\w+ ){0,2}(?:man|woman|guy|person|lady|kid|boy|girl)\\b.{0,80}(?:not getting up|not moving|on the ground|unconscious|bleeding)',
    ],
    zh: [
      '(?:拿|拎|揸)(?:着|著|住|起)?(?:一把|把|支|个)?.{0,3}(?:刀|斧头|斧|锤|鎚|錘|棍|擀面杖|剪刀|球棒).{0,8}(?:追|砍|挥|揮|打|抵|敲|威胁|斩|斬|劈|砸|嗌|喊)',
      '(?:刀|美工刀|剪刀|刀子)(?:抵|架|顶)(?:在|住)',
      '(?:斧头|斧|锤子|铁锤|铁鎚|鐵錘|刀)(?:在)?(?:砍|劈|敲|砸)(?:门|窗)',
      '(?:话|说)要(?:斩|斬|砍|杀|劈)(?:死|咗)?(?:我|你|佢|她|他)',
      '(?:去|走去|跑去|冲去)(?:厨房|廚房)(?:找|拿|揾|搵)(?:刀|菜刀)',
      '(?:用|拎|拿)(?:玻璃)?(?:樽|酒瓶|玻璃瓶|瓶子).{0,4}(?:打|砸|扑)',
      '(?:围住|圍住|围着|圍着).{0,8}(?:打|踢|揍)',
      '(?:推|撞|扯)(?:我)?(?:去|向)?撞(?:墙|牆)',
    ],
    ja: [
      '(?:包丁|ほうちょう|ナイフ|ないふ|かったー|刃物|はもの|斧|おの|なた|鉈|ばっと)(?:みたいな(?:の|もの)|のような(?:もの)?)?(?:を)?(?:振り回|ふりまわ|振りかざ|ふりかざ)',
      '(?:包丁|ほうちょう|ナイフ|ないふ|かったー|刃物|はもの)(?:を)?(?:首|くび|のど)に(?:当て|あて|突きつけ|つきつけ)',
    ],
  }),
  // A cut or a wound bleeding now (「it's pumping blood, the towel is soaked through」「血一直往外涌」「噴緊血」
  // 「頭上全是血」); not a small cut already dressed (「ゆびを すこし きりました もう だいじょうぶ」「已经处理好」).
  c('bleeding', {
    en: [
      '(?:pumping|spurting|gushing|pouring|squirting) (?:out )?blood|blood (?:is )?(?:pumping|spurting|gushing|pouring|squirting)(?! test)',
      '(?:soaked|soaking) (?:through|with blood|in blood)',
      'blood (?:all over|everywhere)',
      '(?:is|got|was|been) cut open|cut (?:really |pretty |very |so )deep|deep (?:cut|gash)\\b.{0,40}(?:blood|bleed)',
      "(?:can'?t|cannot|won'?t) stop the bleeding",
    ],
    zh: [
      '血(?:一直|不停|还在|還在|狂)(?:往外)?(?:涌|喷|噴|冒|流)',
      '(?:喷|噴)(?:紧|緊|着|著)血',
      '(?:头上|满脸|满身|全身|一地|成身|成面)(?:都|全)?是血',
      '(?:血|伤口).{0,6}(?:按不住|止不住|止唔到|止不了)',
      '(?:怀孕|懷孕|有身纪|大肚).{0,16}(?:出血|流血|有血)',
    ],
    ja: [
      '(?:血|ち)が(?:吹|ふ)き(?:出|だ)|(?:深|ふか)く(?:切|き)(?:った|れた|られた|れて|られて).{0,16}(?:血|ち)(?:が|も)',
    ],
  }),
  // The throat closing after food, the face swelling (「喉嚨好似塞住 講唔到嘢」"my throat is closing up"): choking's
  // danger, 119.
  c('choking', {
    zh: ['(?:喉咙|喉嚨)(?:好像|好似|似乎)?(?:塞住|塞咗|肿|腫|收紧|收緊|紧|緊|闭|閉)(?:了|晒|咗)?'],
    en: ['throat (?:is |feels )?(?:closing|swelling|tight(?:ening)?)(?! up (?:in|on) (?:interviews|stage))'],
  }),
  // Smoke filling a corridor or a stair, a fire growing, stairs on fire (「走廊全是黑烟」「房間外面都是煙」「燒起來了
  // 火越來越大」「煙だらけで前が見えない」"the hallway is full of smoke"); not cigarette smoke (烟味) nor fireworks.
  c('fire', {
    zh: [
      '(?:走廊|楼梯|楼道|外面|屋里|屋裡|房间|大堂|门口)(?:都|全|全部)?(?:是|係)?(?:黑)?(?:烟|煙)(?!味|酒|头|頭|灰缸|盒|瘾|癮)',
      '(?<!发|發)(?:烧|燒)(?:起来|起來|紧|緊)(?:了|咗)?',
      '火(?:越来越|越來越|越嚟越)大',
      '(?:楼梯|走廊|门口)(?:都|全)?(?:是|係)火',
      '着火了|著火了|起火了|失火了|火烛|火燭',
    ],
    en: [
      '(?:thick|black) smoke (?:is )?(?:coming|pouring|everywhere|in)',
      '(?:is|are|was) (?:full of|filled with) (?:thick |black )?smoke(?! from (?:cigarettes|smoking|the (?:bbq|barbecue|grill)))',
      '(?:the )?stairs? (?:is |are )?on fire',
    ],
    ja: [
      '(?:煙|けむり)(?:だらけ|が(?:充満|じゅうまん|すごく|いっぱい|たくさん))',
      '(?<![花び])(?:火|ひ)が(?:みえ|見え)(?:る|ます|て)',
    ],
  }),
  // A lift stuck between floors (「電梯卡住了」「部lift卡咗喺十樓同十一樓中間」"stuck in the lift"): a disaster only
  // with someone weak in it, fear, or nobody answering the button (disaster.lift_stuck).
  c('lift_stuck', {
    zh: [
      '(?:电梯|升降机|lift).{0,3}(?:卡住|卡咗|卡在|困住|停住|停咗|坏咗|壞咗)',
      '(?:卡|困|停)(?:咗|在|住)(?:喺)?.{0,6}(?:楼|樓)(?:同|和|与|與).{0,6}(?:中间|中間|之间|之間)',
    ],
    en: [
      '(?:stuck|trapped) (?:in|inside) (?:the |a |an )?(?:lift|elevator)|(?:lift|elevator) (?:is |got )?stuck',
    ],
    ja: ['(?:エレベーター|えれべーたー|えれべーた).{0,6}(?:閉じ込め|とじこめ|止ま|とま)(?:って|られ)'],
  }),
  c('giving_out', {
    zh: [
      '(?:快|就快)?(?:撑|撐|顶|頂)(?:不住|唔住)',
      '(?:开始|開始)(?:好|很)?辛苦',
      '(?:按钮|按鈕|掣).{0,4}(?:没人|冇人|无人|沒人)(?:回应|应|應|理)',
    ],
    en: [
      '(?:no one|nobody) (?:is )?(?:answering|responding)(?: to)? the (?:button|alarm|intercom)',
      "(?:can'?t|cannot) (?:breathe|hold on) much longer",
    ],
  }),
  // Water pouring in or rising suddenly, feet off the ground, up to a car's windows (「水一直灌進來」「水突然漲上來
  // 腳已經踩不到地」"the water is up to the windows").
  c('flood', {
    zh: [
      '水(?:一直|不停|突然|开始|開始)?(?:灌|涌|冲|衝|漫)(?:进来|進來|入嚟|入来|上来|上來)',
      '水(?:突然|一下子)?(?:涨|漲)(?:上来|上來|起来|起來)',
    ],
    en: [
      'water (?:is |was )?(?:up to|over|reaching) (?:the |our |my )?(?:windows|doors|roof|dashboard|seats)',
    ],
  }),
  c('trapped', {
    zh: ['(?:上|下)不(?:了楼|了樓|去)', '(?:脚|腳)(?:已经|已經)?(?:踩|踏|碰|掂)(?:不到|唔到)(?:地|底)'],
    en: [
      "(?:car )?doors? (?:won'?t|will not|wont|don'?t) open",
      "(?:feet|foot) (?:can'?t|don'?t|cannot) touch (?:the )?(?:bottom|ground)",
    ],
    // pinned under, written half in kana (「下じきになって」)
    ja: ['下じき'],
  }),
  // Something fallen on a person or into where they sleep (「ブロック塀くずれて子どもが下にいる」"mud broke into the back
  // room and my dad was asleep in there"「牆倒咗 下面有人」): 119.
  c('collapse_on_person', {
    ja: [
      '(?:ブロック塀|ぶろっくべい|塀|へい|壁|かべ|天井|てんじょう|家具|かぐ|棚|たな)(?:が)?(?:崩|くず|倒|たお)れ.{0,16}(?:下|した)(?:に|で)(?:子|こ|人|ひと|母|父|祖|夫|妻|息子|娘|だれ|誰)',
      '(?:下|した)(?:に|で)(?:子ども|こども|子供|人|ひと)が(?:いる|います|いて).{0,12}(?:声|こえ)',
      '(?:塀|へい|壁|かべ|天井|てんじょう|棚|たな)(?:が)?(?:崩|くず|倒|たお)れ(?:て|た).{0,12}(?:子ども|こども|子供|人|ひと|母|父|夫|妻)が(?:下|した)(?:に|で|じき)',
    ],
    en: [
      '(?:mud|debris|the slope|the hillside|rocks?) (?:came|broke|poured|rushed|slid|fell) (?:in|into|through|onto|on).{0,60}(?:asleep|sleeping|in there|inside|under it|buried)',
      '(?:wall|ceiling|roof|shelf|bookcase) (?:fell|collapsed|came down) on (?:my |our |a |the |her |his )?(?:\\w+ )?(?:son|daughter|kid|child|mum|mom|dad|husband|wife|grandma|grandpa|him|her|someone)',
    ],
    zh: [
      '(?:墙|牆|围墙|圍牆|天花板|屋顶|屋頂|柜子|櫃子)(?:倒|塌|冧)(?:了|咗)?.{0,12}(?:压住|壓住|下面有人|喺下面|在下面)',
    ],
  }),
  // A person missing in a crowd, at a station or a festival, bolted or walked out alone (「走散了」「行散咗 成個鐘都搵
  // 唔到」「轉頭人就沒了」"lost her in the crowd getting off at kawasaki" "he bolted through the ticket gates"); not
  // someone lost to death (「lost my mum last year」).
  c('lost_sight', {
    zh: [
      '走散|失散|行散|走丢|走丟|走甩|蕩失路|荡失路',
      '(?:都|也|仍然|还是|還是)(?:找|搵)(?:不到|唔到)(?:人|佢|她|他)?',
      '(?:转头|轉頭|一转身|一轉身|回头|回頭)(?:人)?(?:就)?(?:没了|沒了|不见了|不見了|唔见咗|唔見咗|冇咗)',
      '(?:自己|一个人|一個人)(?:走|跑|行)出(?:去|门|門)(?:了|咗)',
      '(?:冲|衝)出(?:门|門|家门|家門)',
    ],
    en: [
      'lost (?:my|our|her|him|them) (?:\\w+ ){0,3}(?:in the (?:crowd|crowds|station|mall|festival)|leaving|getting off|near the|outside the|somewhere)',
      '(?:bolted|ran off|wandered off|took off running) (?:through|from|out|into|at|off|in|alone)',
      'went out (?:barefoot|in (?:his|her) (?:pyjamas|pajamas|slippers))',
    ],
  }),
  c('missing', {
    en: [
      "(?:isn'?t|is not|hasn'?t come|has not come|still not|not) back(?: yet)?(?! from (?:a |his |her |the )?(?:trip|work trip|holiday|vacation))",
    ],
  }),
  c('vulnerable_person', {
    en: ["alzheimer'?s|autistic|autism|non ?-?verbal|early onset"],
    zh: ['认知症|認知症|自闭|自閉|过动|過動'],
  }),
  // Someone on an outside ledge or a railing, seen (「there's a guy sitting on the outside ledge」「こども ひとり てすり
  // の うえ」「小孩爬上陽台欄杆」).
  c('at_edge', {
    en: [
      '(?:guy|man|woman|girl|boy|kid|child|toddler|someone|person|lady|student) (?:is )?(?:sitting|standing|climbing|hanging|leaning)(?: out)? (?:on|onto|over|off|out of) (?:the |a )?(?:outside )?(?:window )?(?:ledge|railing|parapet)',
      'climbing (?:over |on |onto |up )?the (?:balcony )?(?:railing|ledge)',
    ],
    ja: ['(?:子ども|こども|子供|こ|ひと|人).{0,12}(?:てすり|手すり|手摺|らんかん|欄干)(?:の)?(?:うえ|上)'],
    zh: [
      '(?:小孩|孩子|小朋友|细路|細路|宝宝|寶寶|人|男人|女人|阿伯|阿婆).{0,10}(?:坐|站|爬|企)(?:在|上|喺)?.{0,4}(?:栏杆|欄杆|窗台|窗外|护栏|護欄)',
    ],
  }),
  // A car running in a closed garage, someone slumped in it (「a car running inside the neighbour's garage with the shutter
  // down」): the exhaust's danger, 119.
  c('exhaust_hose', {
    en: [
      "car (?:is )?(?:running|on) (?:inside|in) (?:the |a |their |his |her )?(?:\\w+'?s? )?garage.{0,60}(?:shutter|door) (?:is )?(?:down|closed|shut)",
    ],
    zh: ['(?:车库|車庫).{0,12}(?:车|車|引擎)(?:一直)?(?:开着|開著|没熄火|沒熄火|发动着|發動著)'],
  }),
  // A cry heard now in easy Japanese with the quote marks (「「たすけて」 の こえ ずっと きこえる」), a woman crying
  // "don't" (「女生在哭說不要」), someone moaning inside (「裡面有呻吟聲」).
  c('cry_for_help', {
    ja: ['(?:助|たす)けて[」』"]?(?:の|という|って)(?:声|こえ).{0,8}(?:聞こえ|きこえ)'],
    zh: ['哭(?:着|著)?(?:说|喊|叫|嗌)(?:不要|救命|住手|唔好)', '呻吟'],
    en: ['(?:moaning|groaning) (?:in pain|inside|from inside)'],
  }),
  // Hitting and crying heard, then silence now (「a kid crying and slaps through the wall … now the kid's gone totally
  // silent」「tiếng đánh đập … giờ im bặt」「打得好大聲 而家冇晒聲」): 110.
  c('silence_after', {
    en: [
      '(?:crying|screaming|yelling|hitting|slaps|slapping|banging|thuds?)\\b.{0,160}\\b(?:now|suddenly|then) (?:the |it |he |she |they )?(?:\\w+.?s? )?(?:has |have |is |are )?(?:gone|went|fell|is|are) (?:totally |completely |dead |all |really )?(?:silent|quiet)',
    ],
    vi: ['(?:khoc|danh|dap|la het).{0,80}(?:gio|bay gio|roi|tu nhien) (?:lai )?im (?:bat|lang|phang)'],
    zh: [
      '(?:哭|打|吼|叫|嗌).{0,40}(?:现在|現在|而家|突然|然后|然後)(?:完全)?(?:没声音|沒聲音|没有声音|沒有聲音|冇晒声|冇晒聲|冇声|冇聲|静了|靜了|没动静|沒動靜)',
    ],
  }),
  // Someone else doing it now, told from afar: a friend live with a blade to the wrist, a photo of pills sent with
  // "ate them all" (「send咗張相俾我 啲藥散晒 話食晒啦」「發了一堆藥的照片 說吃完就解脫了」): 119 and 110.
  c('relayed_act', {
    en: [
      '(?:blade|knife|razor) (?:against|to|on) (?:her|his|their) (?:wrist|arm)',
      'sent (?:me )?(?:a )?(?:photo|pic|picture) of (?:a (?:pile|bunch|handful) of |all (?:her|his|the) )?(?:pills|tablets|meds)',
    ],
    zh: [
      '(?:照片|相|图|圖).{0,20}(?<!医生|醫生|大夫)(?:话|说)(?:已经|已經)?(?:食晒|吃完|吃光|全吃|食咗)',
      '(?:药|藥|药片|藥片)(?:的)?(?:照片|相|图|圖).{0,20}(?:吃完|食晒|吃光|解脱|解脫)',
    ],
  }),
  // A neighbour's cigarette smoke drifting in is a complaint, no fire (「my neighbour smokes on the balcony and the smoke
  // comes into my room」 was answered as a disaster by the crisis model on 8fc09e7): certain against a disaster only.
  c('fire_safe', {
    en: [
      '(?:smokes|smoking) (?:on|by|at|in) (?:the |his |her |their |my )?(?:balcony|veranda|window|stairwell|hallway)(?! and (?:now|it caught|set))',
      'second-?hand smoke|cigarette smoke (?:comes|coming|drifts|drifting|gets)',
    ],
    zh: ['(?:在|到)(?:阳台|陽台|楼道|樓道|窗边|窗邊|走廊)(?:抽|吸)(?:烟|煙)|二手(?:烟|煙)'],
  }),
  // Someone else gone after a note or a message saying not to look for them (「a note saying she wants to disappear and
  // not to look for her」「以後別找她 然後就關機了」): 110.
  c('gone_with_note', {
    en: [
      '(?:told|telling|asked|asking|texted|messaged|wrote|saying) (?:me |us |everyone |her \\w+ |his \\w+ )?not to (?:look|search) for (?:her|him|them)',
      '(?:letter|note|message|text) (?:saying|that says|said) (?:she|he|they) (?:wants?|want|is going|are going) to disappear',
    ],
    zh: [
      '(?:别|別|不要|唔好)(?:再)?(?:找|搵)(?:她|他|佢)(?:了|啦)?.{0,12}(?:关机|關機|熄机|熄機|失联|失聯|不回|冇回)',
      '(?:关机|關機|熄机|熄機).{0,12}(?:别|別|不要|唔好)(?:再)?(?:找|搵)(?:她|他|佢)',
    ],
  }),
  // The same classes in es, pt, ko, vi, probed after the en/zh forms: a door broken in with an axe, someone lost in a
  // crowd or at a station (not someone lost to death: a place must be said), a lift stuck, a corridor full of smoke.
  c('attack_now', {
    es: [
      '(?:rompiendo|golpeando|tumbando|derribando) la puerta con (?:un|una) (?:hacha|martillo|barra|palo|bate)',
    ],
    pt: [
      '(?:arrombando|quebrando|batendo na|derrubando a) porta com (?:um|uma) (?:machado|martelo|barra|pe de cabra|taco)',
    ],
  }),
  c('lost_sight', {
    es: [
      'perd(?:i|imos) a (?:mi|mis|nuestr[oa]s?) (?:\\w+ ){0,5}(?:entre la (?:multitud|gente)|en la (?:estacion|multitud|feria|fiesta))',
    ],
    pt: [
      'perd(?:i|emos) (?:o |a )?(?:meu|minha|nosso|nossa) (?:\\w+ ){0,5}(?:na multidao|no meio da multidao|na estacao|no festival)',
    ],
    ko: [
      '(?:아이|애기|아기|아들|딸|동생|할머니|할아버지|어머니|아버지|엄마|아빠)(?:를|을)?(?:잃어버렸|놓쳤)',
    ],
    vi: [
      '(?:bi |di )?lac mat (?:con|be|chau|ba|ong|me|bo|em)|(?:con|be|chau|ba|ong|me|bo) (?:toi |em )?bi lac',
    ],
  }),
  c('lift_stuck', {
    es: ['(?:el )?ascensor (?:se (?:quedo|ha quedado) )?(?:atascado|parado|trabado)'],
    pt: ['(?:o )?elevador (?:travou|parou|quebrou|(?:ficou |esta |ta )?preso)'],
    ko: ['엘리베이터(?:에|안에)?(?:갇혔|갇혀|멈췄|멈춰)'],
    vi: ['thang may (?:bi )?(?:ket|dung|hong)'],
    tl: ['(?:na-?stuck|naipit|huminto) (?:kami |sila |ako )?sa (?:elevator|lift)'],
  }),
  c('fire', {
    vi: ['(?:hanh lang|cau thang|phong|nha|toa nha) (?:day|toan|ngap) khoi'],
  }),
  c('trapped', {
    vi: ['khong (?:the )?xuong (?:duoc|noi)'],
  }),
  // ── end crisis19 concepts ──
  // ── crisis22 (issue 9: a person missing now answered, not asked; third parties, disaster, medical, violence; es, tl,
  // ko, vi first) ──
  // Written by class after d20's held-out misses (a Peruvian-born city bus driver in 宮前区/多摩区, volunteer fire corps)
  // and probes written for it in the voices of a bus driver, a fire-corps volunteer, a parent and a carer.
  // A sign that makes a person gone certain, not a worry: hours gone, dark or cold now, barefoot or in pyjamas, the
  // phone or wallet left, still not found, heading for the river, long past the time they were due, not answering.
  // Read with someone vulnerable and a word of them gone (missing_person.gone_danger): answered, 110. Not a return
  // that is only late as usual (no word of them gone), nor one who came back (found_safe), nor "might wander one day".
  c('gone_danger', {
    ja: [
      '(?:[0-9０-９]+|一|二|三|四|五|六|数|すう|何|なん)(?:時間|じかん)(?:経過|けいか|たつ|経つ|たった|経った|たって|経って|以上|近く|ちかく|も(?:たつ|経つ|たって|経って|帰|かえ|戻|もど))',
      'もう(?:真っ暗|まっくら|暗く|くらく|暗い|夜中|よなか)',
      '(?:外|そと)(?:は)?(?:もう)?(?:真っ暗|まっくら|寒|さむ|雨|あめ|雪|ゆき)',
      '(?:はだし|裸足|パジャマ|ぱじゃま|寝間着|ねまき|薄着|うすぎ)(?:の)?(?:まま|で)',
      '(?:携帯|けいたい|スマホ|すまほ|財布|さいふ)(?:も)?(?:置|お)い(?:て|たまま|てった|ていった)',
      'まだ(?:見つか|みつか)(?:らない|りません|ってない|っていない|ってません)',
      '(?:川|かわ|多摩川|たまがわ)の(?:方|ほう)(?:へ|に)(?:歩|ある|向か|むか|行|い)',
      '(?:約束|やくそく|門限|もんげん|帰る時間|かえるじかん)(?:の時間)?(?:を|も)?(?:とっくに|だいぶ|もう)?(?:過ぎ|すぎ)',
      '(?:既読|きどく)(?:が|も)?(?:つかない|付かない|つきません)',
    ],
    en: [
      '(?:two|three|four|five|several|\\d+) hours? (?:ago|now|already)(?! (?:and (?:she|he)(?:.s| is) (?:home|back|fine)))',
      "(?:it'?s |it is )?(?:getting|already) dark|it'?s (?:\\d+|ten|nine|eight) ?(?:pm|at night)",
      "still (?:not found|missing|hasn'?t (?:come|turned up))|(?:isn'?t|is not|not) answering",
      'barefoot|in (?:his|her) (?:pyjamas|pajamas|slippers)',
    ],
    es: [
      'hace (?:mas de )?(?:\\d+|una|dos|tres|cuatro|cinco|varias) horas',
      'ya (?:esta|es) (?:oscuro|de noche)|ya (?:oscurecio|anochecio)|ya son las \\d+ de la noche',
      'descalz[oa]|en pijama|sin (?:abrigo|zapatos|chaqueta)',
      'no (?:aparece|contesta|responde)|todavia no (?:lo|la) (?:encontramos|encuentran|hallamos)|sigue sin aparecer',
      '(?:yendo|iba|fue|caminando) (?:pa(?:l| el)|para el|hacia el|al) rio',
    ],
    pt: [
      '(?:faz|ha) (?:mais de )?(?:\\d+|uma|duas|tres|quatro|cinco) horas',
      'ja (?:esta|ta|e) (?:escuro|de noite)|ja escureceu|ja sao \\d+ da noite',
      'descalc[oa]|de pijama',
      'ainda nao (?:voltou|apareceu|encontramos|achamos)|nao (?:atende|responde)',
    ],
    tl: [
      '(?:\\d+|isang|dalawang|tatlong|apat na) (?:oras|minutes?|minuto|mins?) na',
      'madilim na|gabi na',
      'hindi pa (?:namin |nila )?(?:nakikita|nahahanap|makita|mahanap)|hanggang ngayon (?:hindi|wala)',
      'nakayapak|naka ?pajama',
      'hindi (?:sumasagot|ma ?contact|makontak)|di (?:ko |namin )?ma ?contact',
    ],
    ko: [
      '\\d+\\s?시간(?:째|이\\s?넘|넘게|이상|동안|이\\s?지났)|몇\\s?시간째',
      '(?:벌써|이미|밖이)\\s?(?:깜깜|캄캄|어두워)',
      '맨발|잠옷',
      '(?:아직|여전히|오늘도)\\s?(?:못\\s?찾|안\\s?(?:왔|들어왔|돌아왔)|연락\\s?(?:없|이\\s?없|안))',
      '(?:전화|연락)(?:도|를)?\\s?안\\s?(?:받|돼|되)',
    ],
    vi: [
      '\\d+ (?:tieng|gio|phut) (?:roi|dong ho)|tu (?:sang|trua|chieu|hom qua) den gio',
      'troi (?:sap |da |dang )?toi',
      'van chua (?:tim thay|thay|ve)|(?:khong|chua) thay dau',
      'di chan dat|chan khong|mac do ngu',
      'goi (?:khong duoc|khong nghe|khong bat may)',
    ],
  }),
  // Gone, said plainly, in the languages the older forms lacked (「どっか行っちゃった」「se fue」「umalis」「bỏ đi」「가출」
  // 「saiu de casa」): read only beside a vulnerable person and a sign above, or a note (missing_person.note_then_gone).
  c('gone_out', {
    ja: ['(?:どっか|どこか)(?:に|へ)?(?:行|い)っ(?:ちゃ|てしま)'],
    es: ['(?:se fue|desaparecio|se perdio|salio de (?:la )?casa|no llego (?:a dormir|a casa))'],
    pt: ['(?:saiu de casa|sumiu|foi embora|desapareceu)'],
    tl: ['(?:umalis|nawala|lumayas|naglayas)'],
    vi: ['(?:bo di|di ra khoi nha|di ra phia|di lac|bo nha di)'],
    ko: ['가출|나가셨|나갔어요|없어졌'],
  }),
  // Someone old or small a passer-by sees (「おばあさん」「abuelito」「người già」「노인」), and someone who cannot walk:
  // who, not what happens (context only).
  c('vulnerable_person', {
    ja: ['おばあさん|おじいさん|お年寄り|おとしより|高齢|こうれい'],
    es: ['abuelit[oa]|viejit[oa]|ancian[oa]|senora mayor|senor mayor|no puede caminar'],
    pt: ['idos[oa]|velhinh[oa]|nao consegue andar'],
    tl: ['matanda|hindi makalakad'],
    vi: ['nguoi gia|cu gia|ong cu|ba cu|khong di duoc'],
    ko: ['노인|어르신|못\\s?걸으'],
  }),
  // A note or a last message of sorry, goodbye or "can't go on" left by someone now gone (「置き手紙」「dejó una carta」
  // 「nag-iwan ng sulat」「쪽지 남기고」「để lại lá thư」"left a note"; the last message 「ごめんね」「다 싫다」).
  c('note_left', {
    ja: [
      '(?:置き手紙|おきてがみ|書き置き|かきおき|手紙|てがみ|メモ|めも)(?:を|が)?(?:残|のこ|置|お)(?:して|いて|され|いてあ)',
      '最後(?:に|の)(?:来た|きた)?(?:の|メッセージ|めっせーじ|LINE|らいん|ライン)?(?:が|は)[「『]',
    ],
    es: ['dejo (?:una |un )?(?:carta|nota|mensaje)', 'ultimo mensaje (?:fue|decia|dice)'],
    pt: ['deixou (?:um |uma )?(?:bilhete|carta|recado)', 'ultima mensagem'],
    tl: [
      '(?:nag-?iwan|iniwan|nag iwan)(?: ng| ang)? (?:sulat|note|liham|mensahe)',
      'huling (?:message|mensahe|chat)',
    ],
    ko: ['쪽지|편지(?:를)?\\s?남기|마지막\\s?(?:카톡|메시지|문자)'],
    vi: ['de lai (?:la )?(?:thu|giay|tin nhan)|tin nhan cuoi'],
    en: ['left (?:a|us a|me a) (?:note|letter)|last (?:message|text) (?:was|said)'],
  }),
  // Found, or back on their own (「自分で帰ってきました」「volvió solo」「bumalik din siya」「tự về」「혼자 돌아왔」): the
  // kind is vetoed like the past said as over, unless something says now or again.
  c('found_safe', {
    ja: ['(?:自分|じぶん)で(?:帰|かえ|戻|もど)って(?:き|来)'],
    es: ['volvio sol[oa]|regreso sol[oa]|pero (?:ya )?(?:volvio|regreso|aparecio)'],
    pt: ['voltou sozinh[oa]|mas (?:ja )?(?:voltou|apareceu)'],
    tl: ['(?:bumalik|umuwi) (?:din|naman|na) (?:siya|sya)|nahanap (?:din|naman|agad)'],
    vi: ['(?:roi )?tu (?:ve|quay ve)|da (?:ve|quay ve) nha|tim thay roi'],
    ko: ['(?:혼자|스스로)\\s?(?:돌아|들어)오|찾았어요'],
    en: ['came back (?:on (?:his|her) own|by (?:himself|herself))'],
  }),
  // A worry that someone MIGHT get lost one day (「길을 잃으실까 봐」): no one is gone (the 見守り desk's).
  c('hypothetical', {
    ko: ['(?:잃|나가|없어지)(?:으실|을|실)까\\s?봐'],
  }),
  // Someone on foot in the roadway, sitting or lying there, told by a driver or a passer-by (「道路の真ん中で座り込んで」
  // 「caminando por la pista」「차도 쪽으로 걸어 나가」「giữa đường」「sa gitna ng kalsada」): with someone vulnerable or
  // the traffic said, 110 and 119 (third_party.in_road). Not a hole or a bicycle in the road (no one on foot).
  c('in_road', {
    ja: [
      '(?:道路|どうろ|車道|しゃどう|国道|県道|道|みち)の(?:真ん中|まんなか|ど真ん中)(?:に|で).{0,12}(?:座|すわ|寝て|ねて|寝そべ|ねそべ|倒れ|たおれ|立って|たって|立ち|たち|歩いて|あるいて|歩き|あるき|しゃがみ|うずくま)',
      '(?:車道|しゃどう)(?:に|を|で|の方に|のほうに)(?:出て|でて|歩いて|あるいて|歩き|あるき|座|すわ|寝て|ねて|倒れ|たおれ|立って|たって|ふらふら)',
    ],
    es: [
      '(?:caminando|sentad[oa]|parad[oa]|tirad[oa]|acostad[oa]|tendid[oa]|deambulando|cruzando) (?:sol[oa] )?(?:en medio de|por|en) (?:la )?(?:pista|calle|carretera|avenida|autopista)',
    ],
    pt: [
      '(?:andando|sentad[oa]|deitad[oa]|parad[oa]|caminhando) (?:sozinh[oa] )?(?:no meio da|na|pela) (?:rua|estrada|pista|avenida)',
    ],
    tl: [
      '(?:naglalakad|nakaupo|nakahiga|nakatayo|palakad-?lakad)(?: mag-?isa)? sa (?:gitna ng )?(?:kalsada|highway|kalye)',
    ],
    ko: ['차도(?:로|에|쪽으로|\\s?한가운데)|도로\\s?(?:한가운데|한복판)(?:에)|찻길(?:로|에)'],
    vi: ['(?:di|ngoi|nam|dung) (?:ra )?giua (?:duong|long duong|quoc lo)'],
    en: [
      '(?:walking|wandering|sitting|lying|standing|stumbling) (?:around )?(?:in|into|onto|along) (?:the )?(?:middle of the )?(?:road|highway|traffic|roadway)',
    ],
  }),
  c('traffic_now', {
    ja: [
      '(?:車|くるま)(?:が)?(?:びゅんびゅん|ビュンビュン|ばんばん|ひっきりなし|すごい|いっぱい|たくさん)',
      '(?:車|くるま)が(?:よけ|避け)',
    ],
    es: ['(?:los |muchos )?(?:carros|autos|coches|camiones|buses) (?:le )?(?:pasan|pasando|van rapido)'],
    pt: ['(?:os )?carros (?:passando|passam|buzinando)'],
    tl: ['(?:ang )?daming (?:sasakyan|kotse)|mabilis ang (?:mga )?sasakyan'],
    ko: ['차(?:가|들이)?\\s?(?:엄청|계속|많이|쌩쌩)\\s?(?:다니|지나|달리)'],
    vi: ['xe (?:chay|qua lai|di lai)'],
    en: ['cars (?:are )?(?:swerving|honking|passing|whizzing|speeding)'],
  }),
  // On a bridge's railing or edge, or a rooftop's, in the languages the older forms lacked (「橋の欄干に座って」
  // 「nakaupo sa gilid ng tulay」「ngồi trên lan can cầu」「다리 난간에 앉아」).
  c('at_edge', {
    ja: [
      '(?:欄干|らんかん|橋の(?:手すり|てすり|柵|さく|ふち)|屋上の(?:ふち|柵|さく|フェンス))(?:の(?:上|うえ|外|そと))?(?:に|で).{0,10}(?:座って|すわって|立って|たって|乗って|のって|またが)',
    ],
    tl: [
      '(?:nakaupo|nakatayo|umakyat) sa (?:gilid|railing|rehas|barandilya) ng (?:tulay|bubong|building|gusali)',
    ],
    vi: [
      '(?:ngoi|dung|treo|leo) (?:tren|len|ra ngoai) (?:lan can|thanh chan|mep) (?:cau|ban cong|san thuong)',
    ],
    ko: ['(?:다리|옥상|베란다)\\s?(?:난간|끝|가장자리)(?:에|위에).{0,12}(?:앉|서\\s?있|올라|매달)'],
    es: ['sentad[oa] en (?:el borde|la baranda|la orilla) del (?:puente|edificio|techo)'],
    pt: ['(?:sentad[oa]|em pe|de pe) na (?:beira|grade|mureta|borda) d[ao] (?:ponte|viaduto|predio|terraco)'],
  }),
  // Water in the house now or up to the body, a river overflowing now (「el agua entró a la casa」「nước tràn vào
  // nhà」「水が足元まで」「무릎까지 찼어요」): with someone vulnerable or people still there (disaster.flood_in).
  c('flood_in', {
    ja: [
      '(?:水位|すいい)(?:が|も)?(?:やばい|すごい|上が|あが)',
      '(?:水|みず)(?:が|も)?(?:もう)?(?:足元|あしもと|膝|ひざ|腰|こし|床上|ゆかうえ)(?:まで)',
    ],
    es: [
      '(?:se esta desbordando|esta desbordandose|se desborda)',
      'el agua (?:ya )?(?:entro|esta entrando|se mete|se esta metiendo) (?:a|en) (?:la|mi|nuestra) casa',
      '(?:ya )?(?:nos )?llega (?:a|hasta) (?:la|las) (?:rodilla|rodillas|cintura|pecho)',
    ],
    pt: [
      'a agua (?:ja )?(?:entrou|esta entrando|ta entrando) (?:em|na) casa',
      '(?:ja )?(?:esta|ta|chegou) (?:no|ate o|na|ate a) (?:joelho|cintura|peito)',
    ],
    vi: [
      'nuoc (?:song |lu )?(?:da |dang )?(?:dang|tran|ngap) (?:vao|len) (?:nha|tan)',
      'nuoc (?:da )?(?:ngap )?(?:den|toi) (?:dau goi|hong|eo|nguc)',
    ],
    tl: [
      '(?:pumapasok|pumasok) na (?:ang )?(?:baha|tubig) sa (?:bahay|loob)',
      'hanggang (?:tuhod|baywang|bewang|dibdib) na',
    ],
    ko: ['물이\\s?(?:집\\s?안으로|집으로|방으로)\\s?(?:들어)', '(?:무릎|허리|가슴)까지\\s?(?:찼|차올|올라)'],
    en: [
      'water (?:is )?(?:coming|pouring) (?:in|into the house)|(?:water|it)(?:.s| is) (?:up to|at) (?:my|our|the) (?:knees|waist|chest)',
    ],
  }),
  c('still_people', {
    ja: ['まだ(?:人|ひと)(?:が)?(?:いる|います|いて)'],
    es: ['todavia hay gente|hay gente (?:\\w+ ){0,4}(?:todavia|aun)|aun hay gente'],
    pt: ['ainda (?:tem|ha) gente'],
    tl: ['may tao pa'],
    vi: ['van con nguoi'],
    ko: ['아직\\s?사람(?:이|들이)?\\s?있'],
    en: ['(?:there are )?still people (?:in|on|down|there|at)'],
  }),
  // Violence now told in tl and ko: someone stabbed (「may sinaksak」), hit while bleeding (「피 흘리면서 계속 맞고」).
  c('attack_now', {
    tl: ['may sinaksak|sinaksak (?:yung|ang|si|nya|niya)|pinagsasaksak'],
    ko: ['피(?:를)?\\s?흘리면서\\s?(?:계속\\s?)?맞'],
  }),
  // Hiding now from one with a weapon in hand (「nagtatago ako sa CR, may hawak siyang kutsilyo」): now, whatever a
  // plainly told hit beside it says.
  c('still_now', {
    tl: [
      'nagtatago ako (?:ngayon )?sa|may hawak (?:siyang|syang|siya ng|sya ng) (?:kutsilyo|itak|patalim|baril)',
    ],
  }),
  // A child screaming and blows heard next door, still now (「tiếng đứa bé khóc thét với tiếng đánh」): 110.
  c('cry_for_help', {
    vi: ['(?:be|tre|con nit|dua be|em be|dua nho) khoc thet.{0,60}(?:danh|dap)'],
  }),
  // Chest pain with sweat pouring, in Tagalog (「sumakit ang dibdib, pawis na pawis」).
  c('acute_pain', {
    tl: ['suma(?:sa)?kit ang (?:dibdib|tiyan|ulo)'],
  }),
  c('cold_sweat', {
    tl: ['pawis na pawis|malamig na pawis|pinagpapawisan ng malamig'],
  }),
  // Look-alikes of d20 in these families: a small fire last month with all well now (「ya todo bien」), a fire heard of
  // on the news in Tagalog (「nabalitaan nyo ba yung sunog」), a fire-corps drill's scenario (「訓練で…想定」).
  c('past_safe', {
    es: [
      '(?:el mes pasado|la semana pasada|hace (?:un|dos|tres|\\d+) (?:mes|meses|semanas)).{0,60}ya (?:esta )?todo bien',
    ],
  }),
  c('fiction', {
    tl: ['nabalitaan|napanood (?:ko|namin) sa (?:news|balita)'],
    ja: [
      '(?:訓練|くんれん)(?:で|の|では).{0,30}(?:想定|そうてい)|(?:想定|そうてい)(?:の|した)?(?:訓練|くんれん)',
    ],
  }),
  // ── end crisis22 concepts ──
  // ── crisis23 (issue 9: violence happening now first, then medical, missing, third parties, disaster; es, tl, en, pt
  // first) ──
  // Written by class after d21's misses (a night-shift care worker who answers a Spanish line at a women's shelter) and
  // probes written for it in the voices of a caller hiding, a neighbour, a care worker on a night round and a relative
  // abroad. Every new form names something happening now; none is who or when.
  // Hit, kicked, pushed down, dragged or strangled now or just now, to the writer or to someone the writer sees or hears
  // (a partner, a child, an elder): a progressive or a just-now act, or the act with a word of now beside it; a weapon
  // held over someone or waited with; a threat to kill said of someone else (「la va a matar」「要被老公打死了」).
  c('attack_now', {
    es: [
      '(?:me|te|le|la|lo|les|las|los) (?:esta|estan) (?:pegando|golpeando|pateando|ahorcando|asfixiando|estrangulando|arrastrando|dando (?:golpes|patadas|una paliza))(?! el sol)(?!.{0,24}(?:en (?:la|las|el|los) (?:escuela|colegio|clases?|entrenamientos?|practicas?)|jugando|en el juego))',
      '(?:la|lo|me|nos) (?:tiene|tienen) (?:agarrad[oa]|cogid[oa]|apretad[oa]) (?:del|por el) (?:cuello|pescuezo|pelo|cabello)',
      'tiene a (?:su|mi|la|el|una|un) \\w+ (?:agarrad[oa]|cogid[oa]) (?:del|por el) (?:cuello|pescuezo|pelo|cabello)',
      '(?:la|lo|me|le|nos) (?:tiro|empujo|avento|arrastro) (?:al piso|al suelo|contra la pared|por las escaleras)(?=.{0,80}(?:ahora|ahorita|hace un (?:momento|rato)|recien|no (?:la|lo|me|nos) deja))',
      '(?:la|lo|le|te|los|las) (?:va|van) a matar',
      '(?:me|la|lo|nos|le|les) amenaza\\w* con (?:un|una|unos|unas|el|la|las|los) (?:tijeras?|cuchillos?|navajas?|machete|pistola|arma|martillo|botella|palo|bate)',
      '(?:navaja|cuchillo|machete|pistola|tijeras)\\b.{0,50}amenazando',
      '(?:con|tiene) (?:el|un|una|la) (?:machete|cuchillo|navaja|pistola)\\b.{0,60}(?:esperando|afuera|en la (?:sala|puerta))',
    ],
    pt: [
      '(?:me|a|o) (?:enforcou|esganou|sufocou|estrangulou)(?=.{0,40}(?:agora|agorinha|a pouco|ainda))',
      '(?:ta|esta|estao|tao) (?:batendo|espancando|chutando|enforcando|agredindo|esganando) (?:n[oa]s? |em |a |o )?(?:(?:minha|meu|sua|seu|dele|dela) )?(?:mulher|esposa|filh[oa]|crianca|menin[oa]|mae|vo|avo|irma|irmao|sobrinh[oa]|namorada|net[oa]|bebe|idos[oa])',
      '(?:vai|vao) matar (?:ela|ele|a gente|minha|meu)',
      '(?:me|a|o|nos) ameac\\w+ com (?:uma?|a|o) (?:faca|tesoura|facao|arma|revolver|martelo|garrafa)',
    ],
    en: [
      "(?:'s|s|is|are) (?:hitting|beating|punching|kicking|choking|strangling|slapping|dragging) (?:his|her|their|the|a|an|our|my) (?:\\w+ )?(?:mum|mom|mother|wife|girlfriend|partner|kid|kids|child|son|daughter|baby|grandma|grandmother|dad|father|sister|brother|neighbour|neighbor)",
      '(?:is |s )?waiting (?:at home |outside |for (?:me|her|him) )?to (?:beat|hit|hurt|kill) (?:me|her|him|us)',
    ],
    tl: [
      '(?:sinabunutan|kinaladkad|tinulak|itinulak|sinipa|hinampas|sinuntok|sinampal|sinakal) (?:ako|kami|siya|sya|si|ng|ni|nya|niya)(?!.{0,60}noong)(?=.{0,80}(?:ngayon(?! (?:ok|okay|ayos|maayos|safe|mabuti))|kanina|kakatapos|pa rin|nasa))',
      '(?:sinasaktan|binubugbog|sinasakal) ngayon|ngayon .{0,30}(?:sinasaktan|binubugbog|sinasakal)',
      'tinutukan (?:nya |niya |ako |kami )*(?:ng )?(?:gunting|kutsilyo|baril|itak|patalim)',
      'sasaksakin (?:nya |niya )?(?:ako|kami|siya|sya)',
      'may (?:dalang|hawak na|bitbit na) (?:bakal na |malaking )?(?:tubo|itak|kutsilyo|baril|patalim|martilyo|bote|gunting)',
    ],
    vi: [
      'dang (?:danh|dam|dap|bop co) (?:ban cung|nguoi|vo|chong|be|chi|ba|ong|thang|dua|chau|me|bo)(?! (?:bai|may|rang|phim))',
    ],
    ko: [
      '(?:벽에|바닥에|바닥으로)\\s?(?:밀치|밀쳐|밀쳤|던지|던져|던졌|내동댕이)',
      '(?:때려요|때리고\\s?있|밀치고|밀쳐요|발로\\s?차요)(?=.{0,30}지금)',
    ],
    ne: ['(?:हानि|कुटि|पिटि)रहेको (?:छ|छन्)', 'बेल्टले (?:हान|कुट|पिट)'],
    zh: [
      '(?:刚刚|刚才)(?:把我|把她|把他|把妈妈|把孩子)?.{0,4}(?:推倒|踹|掐|揍|打(?:了)?(?:我|她|他|妈妈|孩子|小孩))',
      '踹我|踹她|把我推倒|把她推倒',
      '要被.{0,6}(?:打死|杀了|杀死|弄死)',
    ],
    ja: [
      // the act told in the present with now after it (「けってる いま」「たたかれてる となりの へや いま」)
      '(?:殴|なぐ|叩|たた|蹴|(?<![かつあぬまぶどうよさ])け)(?:られ|かれ|っ|い)て(?:る|いる|います|ます).{0,12}(?:今|いま)(?!す|せん|した|しょう)',
      // the neck squeezed, said without を (「おっと くび しめた」)
      '(?:首|くび)(?:しめ|絞め|締め)(?:た|られ|て)',
      // hitting heard through the wall now (「なぐる こえ きこえる いま」)
      '(?:(?:なぐ|殴)(?:る|ってる|っている|られてる)|(?:たた|叩)かれてる|(?:け|蹴)られてる)(?:こえ|声|おと|音).{0,4}(?:きこえ|聞こえ)',
    ],
  }),
  // Hiding from someone in the home now, told by what the writer cannot do (call, speak) because they are beside or
  // outside (not en "I can't call, he'll hear me" alone: said after the crisis answer it is the DV desk's turn,
  // tests/dialogs/urgent.yaml): "she took my phone", whispering, "he is outside the door", 「sin que él se dé cuenta」.
  c('hiding', {
    en: [
      "(?:i'?m|im|i am|we'?re|we are) (?:locked|hiding|shut) in (?:the|my|our) (?:bathroom|toilet|closet|bedroom|room)",
      'whisper(?:ing)? (?:so|because|cause) (?:he|she|they) ',
      "(?:he|she)(?:'s| is) (?:right )?(?:outside|behind) the (?:door|bathroom|room)",
      '(?:he|she) took my phone',
    ],
    tl: [
      '(?:hindi|di) (?:ako )?makatawag\\b.{0,30}(?:nasa tabi|katabi|naririnig)',
      'kinuha (?:nya|niya) (?:ang |yung )?(?:cellphone|phone|cp)',
    ],
    es: ['sin que (?:el|ella) se de cuenta', 'me quito el (?:celular|telefono|movil)'],
    pt: ['sem (?:que )?(?:ele|ela) (?:perceb|ouvi)', 'pegou meu (?:celular|telefone)'],
  }),
  // Someone else doing it now, told as threatening to kill or beat, in Tagalog (「text lang kaya ko」): fear now.
  c('fear_now', {
    tl: ['text lang (?:ang )?kaya ko'],
  }),
  // A threat to kill as hyperbole: said with "if" and a laugh (「me va a matar si no llevo…jajaja」): neither answered
  // nor asked (crisis.ts denied()), as a boss's.
  c('boss_joke', {
    es: ['(?:me|nos) va a matar si\\b.{0,80}(?:jaja|jeje|xd|😂|🤣|😅)'],
    pt: ['(?:me|nos) (?:mata|matar|vai matar)\\w* se\\b.{0,80}(?:kkk|haha|rsrs|😂|🤣|😅)'],
    en: ['kill (?:me|us) if\\b.{0,60}(?:lol|haha|lmao|😂|🤣|😅)'],
  }),
  // Parted in Tagalog (「3 years na akong hiwalay」): past violence told with it is over (violenceOver).
  c('separated', {
    tl: ['hiwalay na (?:kami|ako)|(?:na )?akong hiwalay|nakipaghiwalay'],
  }),
  // A child alone crying at night with no adult, in easy Japanese (「こうえん で おとこのこ ひとり ずっと ないてる よる」),
  // and locked in a car in the heat in Tagalog (「may batang naka lock sa kotse … ang init」).
  c('child_alone_danger', {
    ja: [
      '(?:おとこのこ|おんなのこ|男の子|女の子|こども|子ども|子供|あかちゃん|赤ちゃん).{0,8}(?:ひとり|一人).{0,12}(?:ないて|泣いて)(?:る|いる|います).{0,30}(?:よる|夜|さむ|寒|おや(?:が)?いない|親(?:が)?いない)',
    ],
    tl: [
      '(?:bata|batang|baby|sanggol)\\w* .{0,20}(?:naka ?lock|nakakulong|naiwan|nakakandado) sa (?:loob ng )?(?:kotse|sasakyan|van|auto)',
    ],
    es: [
      '(?:nino|nina|bebe|criatura)\\w* .{0,20}(?:encerrad[oa]|sol[oa]) (?:en|dentro de)(?: el|l)? (?:carro|coche|auto)',
    ],
  }),
  // A nosebleed told as what often happens (「hay chảy máu cam」): a habit, not bleeding now.
  c('habit_or_worry', {
    vi: ['(?:hay|thuong|thuong xuyen) (?:bi )?chay mau cam'],
  }),
  // Cannot be woken, no pulse felt, in Tagalog (「hindi na gumigising … hindi ko makapa pulso」).
  c('cannot_wake', {
    tl: [
      '(?:hindi|di) (?:na )?(?:gumigising|nagigising|magising)',
      '(?:hindi|di) (?:ko )?makapa (?:ang |yung )?pulso|walang pulso',
    ],
    es: ['no (?:le|la|lo) (?:encuentro|siento) el pulso|no tiene pulso'],
    en: ["(?:can'?t|cannot|cant) (?:find|feel) (?:a |her |his )?pulse|no pulse"],
  }),
  // A fire seen next door in easy Japanese (「となり かじ ひ みえる」).
  c('fire', {
    ja: ['(?:火事|かじ)(?=.{0,8}(?:ひ|火|けむり|煙|もえ|燃え)(?:が)?(?:みえ|見え|でて|出て|あが|上が))'],
  }),
  // A fire that will not go out, or grows (「소화기로 안 꺼져요」 "the extinguisher isn't working"): the extinguisher words
  // are fire_safe's, so the fire is read by a rule of its own (disaster.fire_not_out).
  c('fire_not_out', {
    ja: ['火が(?:消え|きえ)(?:ない|ません)|(?:消火器|しょうかき)(?:で|でも)(?:消え|きえ)(?:ない|ません)'],
    // 불 is a light too (「화장실 불이 안 꺼져요」): a fire only when it broke out or an extinguisher is named
    ko: [
      '소화기로?.{0,10}(?:안\\s?꺼|못\\s?꺼|꺼지지\\s?않)',
      '불이?\\s?(?:났|붙).{0,16}(?:안\\s?꺼|못\\s?꺼|꺼지지\\s?않)',
    ],
    en: [
      "(?:fire|flames?) (?:won'?t|will not|isn'?t|is not|wont) (?:go(?:ing)? out|stop)|extinguisher (?:isn'?t|is not|didn'?t|did not|won'?t|can'?t) (?:putting it out|put it out)",
    ],
    es: ['(?:el fuego|las llamas) no se (?:apaga|apagan)|(?:el )?extintor no (?:lo|la) apaga'],
    pt: ['(?:o fogo|as chamas) nao (?:apaga|para)|(?:o )?extintor nao (?:o |a )?apaga'],
    tl: ['(?:hindi|di) (?:ma|namin ma)?patay (?:ang |yung )?apoy'],
    vi: ['(?:lua|dam chay) khong (?:tat|dap tat) (?:duoc|noi)'],
    zh: ['灭火器.{0,6}(?:灭不了|扑不灭|灭不掉)|火(?:灭不了|扑不灭|灭不掉)'],
  }),
  // Someone old gone at night in the cold, in Spanish (「desapareció en la noche … tiene 88 años y hace frío」).
  c('gone_danger', {
    es: ['(?:y|ya|afuera|y afuera) hace (?:mucho )?frio'],
  }),
  c('vulnerable_person', {
    es: ['(?:tiene|de) (?:[7-9]\\d|1[0-1]\\d) anos|residente del (?:asilo|hogar|geriatrico)'],
  }),
  // ── end crisis23 concepts ──

  // ── exceptions: the same words when nobody is in danger now ─────────────────────────────────
  c('past_safe', {
    ja: [
      '(?:昔|むかし|以前|いぜん|若い(?:頃|ころ)|学生(?:の)?(?:頃|時|とき)|子ども(?:の)?(?:頃|ころ)|当時|とうじ|\\d+年前|何年も前|去年|きょねん|昨年|さくねん)',
      '(?:今|いま)は(?:もう)?(?:大丈夫|だいじょうぶ|落ち着|おちつ|元気|げんき|平気|へいき|治|なお|回復|かいふく|安定|あんてい|幸せ)',
      '(?:治|なお)り(?:まし)?た|(?:回復|かいふく)し',
      '(?:何年|なんねん|もう|ずっと).{0,6}(?:して|やって)(?:い)?(?:ない|ません)',
      // 「なくなった」 in kana is a death only after a person (「祖母がなくなった」), never a verb's or a thing's: 「いなくなった」
      // (gone missing), 「息ができなくなった」, 「お金がなくなった」 had read as a death told and the danger as over
      '(?:亡くな|(?:さん|ちゃん|くん|さま|様|父|母|祖父|祖母|夫|妻|主人|息子|娘|兄|姉|弟|妹|親|ちち|はは)(?:が|は|も|、)?なくな)った|(?:遺品|いひん|遺族|いぞく|葬儀|そうぎ|四十九日|一周忌)',
    ],
    en: [
      'years ago|last year|when i was (?:young|a teen|in school|younger)|used to|in the past',
      "(?:i'?m|i am|doing) (?:fine|ok|okay|better|safe|well) now|now i'?m (?:fine|ok|okay|better|safe)|recovered|every(?:one|body)(?:'s| is| was) (?:fine|ok|okay|safe)",
    ],
    es: ['hace (?:anos|mucho)|el ano pasado|cuando era (?:joven|nin[oa])', 'ahora estoy bien|ya estoy bien'],
    pt: ['anos atras|ano passado|quando eu era (?:jovem|crianca)', 'agora estou bem|ja estou bem'],
    tl: ['noong (?:bata|isang taon|nakaraan)|dati', 'okay na ako ngayon|maayos na ako'],
    vi: ['nam ngoai|nhieu nam truoc|hoi (?:nho|truoc)|ngay xua', 'gio (?:toi|em) on roi|da on roi'],
    zh: [
      '以前|去年|几年前|幾年前|[\\d一二三四五六七八九十两]+年前|上个月|小时候|小時候',
      '现在(?:已经)?(?:好了|没事|很?稳定|很?穩定)|現在(?:已經)?(?:好了|沒事)',
    ],
    ko: ['예전에|작년에|몇\\s?년\\s?전|어렸을\\s?때', '지금은\\s?(?:괜찮|좋아)'],
    ne: ['पहिले|गत वर्ष|धेरै वर्ष अघि', 'अहिले ठीक'],
  }),
  c('fiction', {
    ja: [
      'げーむ',
      'あにめ',
      '漫画',
      'まんが',
      'どらま',
      '映画',
      'えいが',
      '小説',
      'しょうせつ',
      '番組',
      'ばんぐみ',
      '歌詞',
      'かし(?:が|の)',
      '(?:この|あの)曲',
      'きゃら',
      '主人公',
      'しゅじんこう',
      'がちゃ',
      '推し',
      'おし(?:が|の)',
      'らすぼす',
      'ぼす',
      'らんく',
      'apex',
      'ぽけもん',
      'ふぉーとないと',
      'まいくら',
      'えんでぃんぐ',
      'ねたばれ',
      '配信',
      'はいしん',
      '実況',
      'じっきょう',
      'vtuber',
      '話(?:で|の)(?:主人公|キャラ)',
      '(?:ゲーム|げーむ)(?:で|の)',
      'にゅーす|記事|きじ|報道|ほうどう|新聞で|しんぶんで|事件(?:の|が)(?:ニュース|にゅーす|報道)|ネットで見|ねっとでみ|ドキュメンタリー|どきゅめんたりー|ワイドショー',
    ],
    en: [
      'video game|game|(?<!me )anime|manga|movie|film|tv show|series|episode|novel|book|lyrics|character|the news|news|article|documentary|in the story|plot',
      // "song" with a word before it or in the plural: bare `song` is Vietnamese sống (to live) on this view,
      // which read 「không muốn sống nữa」 as fiction and vetoed the wish to die (crisis8).
      '(?:a|the|this|that|his|her|my|your|their|favou?rite|sad|love) song|songs',
    ],
    es: ['videojuego|juego|pelicula|serie|novela|cancion|personaje|noticia|noticias|telenovela'],
    pt: ['videogame|jogo|filme|serie|novela|livro|musica|personagem|noticia|noticias'],
    tl: ['laro|video game|pelikula|teleserye|palabas|nobela|kanta|karakter|balita'],
    // báo (the paper), not bảo vệ (a security guard) nor bảo hiểm (insurance) written without marks (crisis17)
    vi: ['tro choi|game|phim|truyen|tieu thuyet|bai hat|nhan vat|tin tuc|bao(?! ve| hiem)'],
    zh: ['游戏|遊戲|动漫|動漫|电影|電影|电视剧|電視劇|小说|小說|歌词|歌詞|角色|新闻|新聞|报道|報導'],
    // 가사 (lyrics) and 기사 (an article) only as such: bare, on this spaceless view they were inside 「아기가 사탕」
    // (a baby choking) and 「버스 기사」 (a bus driver), and vetoed real emergencies (crisis22's request)
    ko: [
      '게임|애니|만화|영화|드라마|소설|캐릭터|뉴스',
      '노래\\s?가사|가사(?:에서|에|처럼)|(?:뉴스|신문|인터넷|온라인)\\s?기사|기사(?:에서|를\\s?(?:봤|읽))',
    ],
    ne: ['खेल|फिल्म|सिरियल|उपन्यास|गीत|समाचार'],
  }),
  c('routine_meds', {
    ja: [
      '毎日|まいにち|毎朝|毎晩|種類|しゅるい|一包化|いっぽうか|飲み忘れ|のみわすれ|管理|処方(?:され|通り)|飲み終わ|のみおわ|飲みきっ|のみきっ|お薬手帳|薬局|やっきょく|残薬',
    ],
    en: ['every day|daily|prescribed|pharmacy|kinds of'],
  }),
  c('fire_safe', {
    ja: [
      '罹災|報知器|ほうちき|線香|せんこう|消火器|しょうかき|花火|はなび|たき火|焚き火|ばーべきゅー|きゃんぷ|火の用心|やる気|情熱|闘志|意欲|恋',
      // everyday words (worry, insurance, a drill) only beside a fire word: as a concept of their own they
      // taught the crisis model that any 「心配」 is safe (「祖母が…返事がなくて心配」 0.96 → 0.02) (crisis8)
      '(?:火|ひ(?=が|の|を|事)|燃|もえ|煙|けむり|焦げ|こげ|火事|かじ|火災|かさい).{0,12}(?:心配|しんぱい|対策|予防|保険|訓練|くんれん)',
      '(?:心配|しんぱい|対策|予防|保険|訓練|くんれん).{0,12}(?:火事|かじ|火災|かさい|燃え|もえ|煙|けむり)',
    ],
    en: ['alarm|extinguisher|drill|fireworks|bbq|barbecue|campfire|insurance'],
  }),
  c('end_of_life_care', {
    ja: ['(?:家|いえ|自宅|じたく)で(?:死|最期|看取)|看取り|みとり|在宅(?:で)?(?:死|最期)'],
    en: ['die (?:at home|in (?:a |the )?(?:hospital|peace|bed))'],
  }),
  c('told_by_doctor', {
    ja: ['(?:と|って)(?:言|い)われ|(?:診断|しんだん)され|(?:検査|けんさ)で'],
    en: ['(?:doctor|nurse) (?:said|told)|was told'],
  }),
  c('hypothetical', {
    ja: [
      '(?:講習|こうしゅう|研修|けんしゅう|訓練|くんれん|教室|きょうしつ|勉強|べんきょう|セミナー|せみなー)',
      '(?:ボランティア|ぼらんてぃあ|ゲートキーパー|げーときーぱー)',
      '(?:予防|よぼう|防止|ぼうし|対策|たいさく|備え|そなえ|防災|ぼうさい)',
      '(?:もし|万が一|まんがいち|もしも).{0,20}(?:たら|ば|時|とき|場合|ばあい)',
      '(?:とき|時|場合|ばあい)(?:は|の)(?:どう|どこ|何|なに|対応|たいおう|対処|連絡)',
      '(?:心配|しんぱい)(?:です|で|なので|なんです)?(?:。|$|、)?.{0,10}(?:準備|対策|備え|予防)',
    ],
    en: [
      // a class taken, not a student 'in my class' a teacher writes about (crisis13)
      'training|course|(?<!(?:in|from) (?:my|our|his|her|the) (?:[a-z]+ )?)class|volunteer|prevention|what (?:should|do) (?:i|we) do if|in case|if (?:someone|a person|my)',
    ],
    es: ['curso|capacitacion|voluntari\\w+|prevencion|que hacer si|en caso de'],
    pt: ['curso|treinamento|voluntari\\w+|prevencao|o que fazer se|em caso de'],
    tl: ['training|kurso|boluntaryo|volunteer|paano kung|kung sakali'],
    vi: ['khoa hoc|tap huan|tinh nguyen|phong chong|neu .{0,20} thi (?:lam sao|phai lam gi)'],
    zh: ['培训|培訓|课程|課程|志愿|志願|预防|預防|如果.{0,20}(?:怎么办|怎麼辦)'],
    ko: ['교육|강좌|자원봉사|예방|만약.{0,20}(?:어떻게)'],
    ne: ['तालिम|स्वयंसेवक|रोकथाम|यदि'],
  }),
  c('hyperbole', {
    ja: [
      '(?:消|き)えたい(?:くらい|ほど|ぐらい)(?:恥|はず)|(?:息|いき)が(?:止|と)まる(?:ほど|くらい|ぐらい|かと)',
      '(?:死|し)ぬ(?:ほど|くらい|ぐらい)(?:眠|ねむ|疲|つか|暇|ひま|笑|わら|美味|おいし|うま|好き|すき|恥|はず|寒|さむ|暑|あつ|忙|いそが|だる|退屈|たいくつ|緊張|きんちょう|かわい|可愛|楽し|たのし|面白|おもしろ|嬉し|うれし)',
      '爆死|ばくし|(?:笑|わら)い(?:死|じ)に|尊死|とうとし|萌え死|きゅん死|(?:死|し)ぬかと(?:思|おも)った|(?:殺|ころ)す(?:気|き)(?:か|？|\\?)',
      '(?:死|し)んだ(?:笑|w|ｗ)|(?:死|し)亡(?:笑|w)|www|(?<!玩)(?:笑|わら)$|\\(笑\\)|草$',
    ],
    en: [
      '(?:dying|dead|die) (?:of|from) (?:boredom|laughter|embarrassment|cuteness)',
      "i'?m dead (?:lol|lmao|😂)|lol|lmao",
      '(?:killing|kills) me (?:lol|haha)|this (?:is )?killing me',
      'to die for',
    ],
    es: ['me muero de (?:risa|hambre|sueno|aburrimiento|verguenza)', 'jaja'],
    pt: ['morrendo de (?:rir|fome|sono|tedio|vergonha)', 'kkk|haha'],
    tl: ['mamamatay (?:na )?ako sa (?:gutom|tawa|hiya|pagod)', 'haha'],
    vi: ['chet cuoi|buon cuoi chet|doi chet|met chet', 'haha'],
    zh: ['笑死|累死了|饿死了|餓死了|困死了|热死了|熱死了|烦死了|煩死了'],
    ko: ['웃겨\\s?죽|배고파\\s?죽|졸려\\s?죽|피곤해\\s?죽|ㅋㅋ'],
    ne: ['भोकले मरें|हाँसेर मरें'],
  }),

  // ── review 2026-12-06: forms the dev corpus showed missing (situations, not its sentences) ──────
  c('want_to_die', {
    ja: [
      '(?:樹海|じゅかい).{0,10}(?:行|い)き|片道(?:だけ|で)',
      '(?:何錠|なんじょう|何グラム|なんぐらむ|何箱|どれくらい|どのくらい).{0,12}(?:死|し)(?:ね|ぬ)',
      '致死量|ちしりょう|(?:死|し)ねる(?:量|方法|薬|くすり)|(?:楽|らく)に(?:死|し)ね',
      '(?:痛く|苦しく|くるしく)ない(?:死に方|方法|やり方)',
      '(?:首|くび)(?:って|は).{0,12}(?:苦しく|くるしく|痛く|いたく)ない',
      '(?:生命)?保険(?:金)?の受取人',
      '(?:日|ひ)にちを(?:決め|きめ)|決行',
      '(?:心残り|こころのこり)(?:は|も)?(?:ない|無い|ありません)',
      '(?:私|わたし|あたし|僕|ぼく|俺|おれ)(?:もう|も)?(?:すぐ)?(?:い|居)なくなる(?:から|ので|けど)',
      '(?:主人|夫|妻|母|父|家族|子).{0,4}(?:の後|あと)を(?:追|お)',
      '自分で(?:始末|けじめ)を(?:つけ|付け)',
      'kietai|shinitai|shinu|owari ni suru',
      '人生(?:リセット|終了|しゅうりょう)',
      '(?:生|い)きる(?:の)?が(?:無理|むり)',
      '(?:次|つぎ)の(?:快速|特急|電車|でんしゃ).{0,8}(?:で|に)',
    ],
    en: [
      'step(?:ping)? in front of (?:a|the) train',
      '(?:tonight|today) i (?:might|will|am going to|gonna) (?:actually )?do it',
      'i want die|want to die today',
      'first train',
      'how many (?:pills|tablets) (?:to|would) (?:die|kill)',
      'ending it (?:tonight|today|all)',
      'thinking (?:about|of) ending it',
      'not be here (?:tomorrow|anymore)',
    ],
    es: [
      'se quiere matar',
      'como hacerlo sin dolor',
      'manana ya no estare|ya no estare',
      'me las tomo todas',
      'ya no quiero seguir',
      'pienso en tirarme',
    ],
    pt: [
      'pra morrer|para morrer',
      'quero sumir',
      'posso ir em paz',
      'acabar com isso',
      'pular na frente do trem',
      'vou fazer hoje',
    ],
    tl: [
      'hindi na (?:ko|ako) babalik',
      'mawala na lang ako',
      'tapos na (?:ang )?lahat',
      'gusto ko na lang tumalon',
      'hinihintay ko (?:yung |ang )?tren',
    ],
    vi: ['toi nay em se di', 'lan cuoi', 'khong ai phai lo cho em', 'nhay xuong', 'bien mat', 'ket thuc'],
    zh: ['今晚就结束|今晚就結束', '以后我不在|以後我不在|我不在了', '我就跳', '不想再活'],
    ko: ['오늘\\s?밤에?\\s?끝', '마지막으로', '뛰어내릴', '죽으려고'],
    ne: ['मर्ने', 'अब म रहन्न'],
  }),
  c('self_harm_act', {
    ja: [
      'あむか|れぐか|根性焼き|こんじょうやき',
      '(?:腕|(?<![どこそ])うで|手首|てくび|太もも|ふともも|足|あし|肌|はだ|脚)(?:を|に)?.{0,6}(?:切|き)(?:っ|る|り|ろ)',
      // No other object between the blade and the cut: 「はさみで紙を切る」 is not a wound.
      '(?:カッター|かったー|カミソリ|かみそり|剃刀|ハサミ|はさみ|刃|ピアッサー|ぴあっさー|シャーペン|しゃーぺん|定規)(?:で|を)?[^をが]{0,8}(?:切|き|削|けず|傷|きず|こす|刺|さ|穴)',
      // A bare 「切った」 said alone or again, not with an object (「髪を切った」「電話切った」).
      '(?:^|[。、!！?？「」]|また|もう|きょうも|今日も|さっき)(?:切|き)(?:った|ってる|っちゃ|りたい)(?:。|、|$|!|\\s|　)',
      '(?:タバコ|たばこ|煙草|火|ライター|らいたー|ヘアアイロン|へああいろん|アイロン|あいろん|熱湯|ねっとう)(?:を|で|に)?.{0,8}(?:押し付け|押しつけ|おしつけ|焼|やい|やけ|やき|やく|つっこ|突っ込)',
      '(?:自分|じぶん)の?(?:腕|うで|手|て)を?(?:噛|か)ん',
      // Not listed beside throwing things (「怒ると物を投げたり壁を殴ったり」, dialogs11 dd6-010): someone's outburst at
      // home, told as DV, not the writer's self-harm (crisis12).
      // Nor after someone else named as the one doing it (「彼氏が怒ると壁を殴ったり」).
      '(?<!(?:投|な)げ(?:たり|て|、)?.{0,3})(?<!(?:夫|おっと|彼氏|彼|かれ|主人|しゅじん|旦那|だんな|父|ちち|兄|あに|息子|むすこ|相手|あいて)(?:は|が)[^。]{0,14})(?:壁|かべ)を?(?:殴|なぐ)(?:り|っ)',
      '(?:頭|あたま)を?(?:壁|かべ|床|ゆか)に?(?:打ち付|うちつ|ぶつけ)',
      '(?:自分|じぶん)を?(?:罰|ばっ|殴|なぐ|叩|たた)',
      '(?:線|せん)(?:を)?(?:増や|ふや)',
      '(?:縫|ぬ)わ(?:なきゃ|ないと)',
    ],
    en: [
      'burn(?:ed|ing|t)? my (?:arm|hand|skin|leg)',
      'bang(?:ing)? my head',
      // not someone else's outburst told before it ("when he gets angry he throws things and punched the wall")
      '(?<!\\b(?:he|she|husband|boyfriend|dad|father)\\b[^.]{0,30})punch(?:ed|ing)? the wall',
    ],
    es: [
      'me queme',
      '(?<!(?:empujo|empujon|tiro|cai|resbale)(?: \\w+){0,2} (?:y )?)me golpe(?:o|e)',
      'hacerme sangrar',
    ],
    pt: ['batendo a cabeca', 'me queimei'],
    tl: ['naghiwa', 'sinusuntok ko (?:yung |ang )?pader', 'nilalaslas'],
    vi: ['dot tay|dot bang bat lua|lay bat lua dot', 'rach chan', 'lay dao rach'],
    zh: ['又划了|划得很深|劃得很深', '烟头烫|煙頭燙|烫自己|燙自己'],
    ko: ['담뱃불로|칼로\\s?긋', '머리를\\s?벽에'],
    ne: ['आफैलाई जलाए'],
  }),
  c('means', {
    ja: [
      'べると(?:で|に)|どあのぶ|くろーぜっとのぽーる|ぽーる(?:って|は).{0,8}(?:体重|たいじゅう)',
      'めじこん|ぶろん|れすたみん|ぱぶろん|あせとあみのふぇん|でぱす|まいすりー|市販薬|睡眠導入剤|眠剤',
      '(?:快速|特急|電車|でんしゃ)(?:の)?(?:通過|つうか)',
      '(?:ホーム|ほーむ)の(?:端|はじ|はし)',
      '(?:車|くるま)で(?:壁|かべ|電柱|でんちゅう|海|うみ)に?(?:突っ込|つっこ)',
      '(?:灯油|とうゆ|ガソリン|がそりん)を?(?:かぶ|被)',
      '硫化水素|りゅうかすいそ',
    ],
    en: [
      '(?:rope|pills|charcoal|knife) (?:is |are )?(?:here|next to me|in my hand)',
      'saved up (?:my )?(?:pills|meds)',
    ],
    es: ['pastillas que guarde', 'cuchillo en la mano', 'ya tengo todo comprado'],
    pt: ['comprei carvao', '(?:com|to com) a corda'],
    tl: ['naka-?ipon (?:na )?(?:ako )?ng gamot', 'iinumin ko'],
    vi: ['(?:da )?mua (?:thuoc ngu|day thung|than)', 'dan kin cua', 'dot than'],
    zh: ['(?:药|藥)已经?攒够|攢夠|烧炭的东西|燒炭的東西'],
    ko: ['번개탄을?\\s?(?:샀|피웠)', '약을\\s?모아'],
  }),
  c('high_place', {
    ja: ['(?:柵|さく|手すり|てすり)を?(?:越え|こえ|乗り越|のりこ)', 'ここから(?:飛|と)'],
    en: ['platform edge|edge of the platform', 'balcony'],
    es: ['azotea|puente'],
    pt: ['em cima do predio|em cima da ponte'],
    tl: ['bubong|tulay|platform'],
    vi: ['ban cong|cau song|san ga'],
    zh: ['站台|阳台|陽台|桥|橋'],
    ko: ['난간|베란다'],
  }),
  c('farewell', {
    ja: [
      '(?:ばいばい|バイバイ)(?:みんな|皆)',
      'みんな(?:ごめん|ありがとう)(?:ね)?(?:。|$)',
      '(?:私|わたし)が(?:疲|つか)れただけ',
      '(?:ごめん|ありがとう)って(?:伝|つた)えて',
    ],
    en: ['sorry for (?:bothering|everything)', 'tell (?:my|them) i(?:\x27m| am) sorry'],
    es: ['perdon a todos', 'me despedi'],
    pt: ['mandou mensagem dizendo adeus', 'desculpa (?:a todos|por tudo)'],
    tl: ['sorry sa lahat', 'paalam sa inyo'],
    vi: ['cam on moi nguoi', 'tam biet'],
    zh: ['谢谢你们以前|謝謝你們以前', '最后一笔|最後一筆'],
    ko: ['모두\\s?안녕', '미안하다고\\s?전해'],
  }),
  c('preparation', {
    ja: [
      '(?:大切|たいせつ|大事|だいじ)に(?:して)?(?:た|いた)(?:もの|物).{0,6}(?:あげ|譲|ゆず)',
      '(?:猫|ねこ|犬|いぬ|ペット|ぺっと).{0,10}もらってくれる',
    ],
    en: ['gave (?:my )?\\w+ (?:and \\w+ )?to (?:my )?(?:little )?(?:sister|brother|friend)'],
    es: ['deje todo ordenado|papeles del seguro'],
    pt: ['organizei tudo|deixei a senha'],
    tl: ['binigay ko na (?:yung |ang )?(?:mga )?gamit'],
    vi: ['viet thu de lai|thu de lai', 'tien bao hiem'],
    zh: ['托付给|託付給'],
  }),
  c('cannot_wake', {
    ja: [
      '(?:反応|はんのう)(?:が)?(?:うす|薄|鈍|にぶ)い',
      '(?:目|め)が(?:うつろ|虚ろ)',
      '(?:意識|いしき)が(?:うす|薄|遠)',
    ],
    en: ['talking strange|not making sense|confused and', 'very (?:drowsy|sleepy) after'],
    es: ['muy dormida|muy dormido', 'no reacciona', 'confundido'],
    pt: ['falando coisa sem sentido', 'muito sonolent'],
    tl: ['confused na', 'hindi sumasagot'],
    vi: ['khong phan ung|mem nhun|goi khong (?:day|tinh|tra loi)'],
    zh: ['反应很慢|反應很慢|叫他没反应'],
    ko: ['반응이\\s?느려|의식이\\s?흐려'],
  }),
  c('not_breathing', {
    ja: [
      '(?:息|いき)(?:が)?(?:でき|出来)(?:ない|ません|なく)',
      '(?:過呼吸|かこきゅう)',
      '(?:喉|のど)が?.{0,4}(?:腫|は)れ|(?:喉|のど)(?:を)?(?:しめつけ|締め付け)',
      'あなふぃらきしー|(?:顔|かお)が(?:腫|は|むく)',
    ],
    en: ['throat (?:feels )?(?:tight|closing|swelling)', 'face swelling|swelling fast', "can'?t breathe"],
    es: ['no puede respirar|me cuesta respirar|garganta (?:cerrada|hinchada)'],
    pt: ['garganta (?:fechando|inchada)|falta de ar'],
    tl: ['hirap huminga|namamaga (?:ang )?lalamunan'],
    vi: ['kho tho|sung hong|hong sung'],
    zh: ['喉咙发紧|喉嚨發緊|喘不过气|喘不過氣'],
    ko: ['숨이\\s?차|목이\\s?부어'],
  }),
  c('bleeding', {
    ja: [
      '(?:出血|しゅっけつ)(?:が)?(?:止|と)まら|(?:血|ち)(?:が)?(?:いっぱい|たくさん)|(?:袖|そで)が(?:赤|あか)|(?:血|ち)が(?:染|し)み',
      '(?:破水|はすい)|(?:陣痛|じんつう)|(?:頭|あたま)が(?:見|み)えて',
    ],
    en: ['blood everywhere|so much blood', 'bleeding and (?:pain|cramps)'],
    es: ['sangre|sangrando'],
    pt: [
      '(?<!(?:exame|exames|teste|pressao|tipo|doacao|doar|acucar|glicose) (?:de |do |no )?)sangue|sangrando',
    ],
    tl: ['dugo|dinudugo|dumudugo'],
    vi: ['mau nhieu|ra mau|chay mau'],
    zh: ['血一直流|流了很多血|出血'],
    ko: ['피가\\s?많이|출혈'],
    ne: ['रगत(?!को चाप| ?चाप| ?जाँच|मा चिनी)'],
  }),
  c('acute_pain', {
    ja: [
      '(?:激痛|げきつう)|(?:割|わ)れそうに(?:痛|いた)|(?:人生|じんせい)で(?:一番|いちばん)|(?:刺|さ)すように',
    ],
    en: ['worst (?:headache|pain) of my life|sudden (?:severe|terrible)'],
    es: ['dolor terrible|la peor de mi vida'],
    pt: ['a pior da minha vida|dor muito forte'],
    tl: ['sobrang sakit'],
    vi: ['dau du doi|dau kinh khung'],
  }),
  c('heat_sign', {
    ja: ['(?:汗|あせ)(?:が)?(?:で|出)(?:ない|なく)|(?:炎天下|えんてんか)'],
    en: ['stopped sweating|skin (?:is )?(?:very )?hot'],
    es: ['ya no suda|muy caliente'],
    pt: ['parou de suar'],
    vi: ['khong ra mo hoi|nong ran'],
  }),
  c('many_pills', {
    ja: [
      '(?:飲|の)み(?:すぎ|過ぎ)',
      '(?:\\d+|何|なん)(?:錠|じょう|箱|はこ|瓶|びん|しーと)(?:目|め|も|ぐらい|くらい)',
      '(?:空|から)き?(?:箱|ばこ)が',
      '(?:大量|たいりょう)に(?:いった|飲|の)',
      'ちゃんぽん',
      '(?:お酒|おさけ|酒)と(?:薬|くすり|睡眠|安定|眠剤)',
      '(?:薬|くすり)を?(?:一度に|いちどに|一気に|いっきに)',
      '(?:\\d+)?(?:週間|日)分の(?:薬|くすり)を?(?:一度|まとめ|全部)',
    ],
    en: ['took like \\d+', 'whole (?:bottle|box|strip)'],
    es: ['todo el frasco|frasco entero|todas las pastillas'],
    pt: ['todos os comprimidos|cartela inteira'],
    tl: ['ininom ko lahat|isang banig'],
    vi: ['uong het|ca vi|ca hop'],
    zh: ['一整瓶|一整盒|全部吃了'],
    ko: ['한\\s?통\\s?다'],
  }),
  c('mixed_gas', {
    ja: [
      '(?:カビ取り|かびとり|塩素|えんそ|漂白|ひょうはく|洗剤|せんざい).{0,16}(?:気分|きぶん|めまい|目まい|咳|せき|立って|たって|喉|のど)',
      '(?:変|へん)な(?:煙|けむり|におい|臭い).{0,10}(?:咳|せき)',
      '(?:いびき|鼾)が(?:おかし|変|へん)',
    ],
    en: ['mixed (?:bleach|cleaners?) and'],
    es: ['mezcle'],
    pt: ['misturei'],
    tl: ['pinaghalo ko'],
    vi: ['tron (?:lan|chung)'],
  }),
  c('toxic', {
    ja: ['(?:ジェル|じぇる)(?:ボール|ぼーる)|洗濯(?:用)?(?:洗剤|せんざい)|(?:消毒|しょうどく)(?:液|えき)?'],
    en: ['dishwasher pods?|detergent pods?|laundry pods?|disinfectant'],
    es: ['capsula de detergente|desinfectante'],
    pt: ['desinfetante|capsula de sabao'],
    tl: ['panlinis|zonrox'],
    vi: ['nuoc tay|thuoc tay'],
    zh: ['消毒|洗衣凝珠'],
  }),
  c('swallowed', {
    ja: ['(?:噛|か)んで(?:しま|中身)|(?:口|くち)に(?:入|い)れて'],
    en: ['bit (?:one|it) open|got into (?:the )?(?:dishwasher|laundry|medicine)'],
    es: ['mordio|se tomo|bebio'],
    pt: ['mordeu|bebeu'],
  }),
  c('attack_now', {
    ja: [
      '(?:閉|と)じ(?:込|こ)められ|監禁|かんきん',
      '(?:出|だ)して(?:もらえ|くれ)(?:ない|ません)|(?:降|お)ろして(?:くれ|もらえ)(?:ない|ません)|(?:帰|かえ)して(?:くれ|もらえ)(?:ない|ません)',
      '(?:鍵|かぎ)(?:を)?(?:しめ|閉め)られ|(?:ベランダ|べらんだ|外|そと)に(?:出|だ)され',
      '(?:窓|まど)(?:ガラス|がらす)?(?:を)?(?:割|わ)られ',
      '(?:首|くび)を(?:しめ|絞め|締め)て(?:る|いる)',
      '(?:投|な)げ(?:つけ|付け)|(?:壁|かべ)に(?:投|な)げ',
      '(?:刃物|はもの|包丁|ほうちょう|ナイフ|ないふ)を?(?:ちらつか|突きつけ|つきつけ)',
      'ぼこられ|リンチ|りんち|(?:呼|よ)び(?:出|だ)されて',
      '無理(?:やり|矢理)(?:車|くるま)に',
      '(?:暴|あば)れて(?:て|いて|る|いる).{0,12}(?:叩|たた|殴|なぐ)かれ',
      '(?:腕|うで)を?(?:つかまれ|掴まれ).{0,8}(?:泣|な|嫌|いや)',
    ],
    en: [
      "won'?t let me (?:leave|go|out)",
      'locked (?:me|us) (?:in|out)',
      'took my (?:phone|passport).{0,30}(?:shouting|hit|still here)',
      '(?:he|she) (?:hit|beat) me.{0,20}still here',
      'outside (?:now )?trying the (?:door|handle)',
      'found my (?:new )?(?:apartment|address|place)',
    ],
    es: ['con cuchillo|un cuchillo', 'entraron a mi casa', 'golpes'],
    pt: ['ameacando|pedaco de pau', 'bateu em mim|bateu no meu'],
    tl: ['binugbog|papatayin'],
    vi: ['bi (?:quan ly )?dam|dang o day'],
    zh: ['(?<!不|没|沒|没有|沒有|不会|不會)(?:打我|打了我)'],
  }),
  c('missing', {
    ja: ['(?:連絡|れんらく)が?(?:つか|付か|取れ|とれ)(?:ない|ず)', '(?:既読|きどく)(?:が)?(?:つかな|付かな)'],
    en: ["didn'?t come home|not at (?:his|her) friend'?s", 'left a note', 'phone is off'],
    es: ['no regreso|no vuelve|dejo una nota|no contesta'],
    pt: ['nao voltou|saiu de casa|nao atende|celular desligado'],
    tl: ['hindi pa umuuwi|nawawala na'],
    vi: ['chua ve|tat may|khong biet di dau(?! de| cho| bay gio)|di dau khong biet'],
    zh: ['没回来|沒回來|联系不上|聯繫不上|不知道去哪'],
    ko: ['안\\s?들어왔|연락이\\s?안\\s?돼'],
  }),
  c('vulnerable_person', {
    ja: [
      '(?:障害|しょうがい)|(?:自閉|じへい)|(?:知的|ちてき)|(?:統合失調|とうごうしっちょう)|(?:園児|えんじ|児童|じどう|生徒|せいと)|\\d+年生|(?:小|中|高)\\d|(?:利用者|りようしゃ)|(?:後輩|こうはい|部下|ぶか|同僚|どうりょう|友達|ともだち|妹|いもうと|弟|おとうと|兄|あに|姉|あね)',
    ],
    en: ['\\d+ year old|sister|brother|friend|roommate|grandma|grandpa'],
    es: ['hija|hijo|suegro|suegra|hermana|hermano'],
    pt: ['filho|filha|sogra|sogro|irma|irmao'],
    tl: ['anak|kapatid|kaibigan|lola|lolo'],
    vi: ['con trai|con gai|ba ngoai|ong ngoai|ban cung phong|em gai'],
    zh: ['孩子|女儿|女兒|儿子|兒子|妹妹|弟弟|朋友'],
    ko: ['아이|딸|아들|동생|친구'],
  }),
  c('tonight', {
    ja: [
      '(?:夜|よる)|(?:外|そと)は(?:雪|ゆき|雨|あめ|暗)|(?:丸|まる)一日|(?:雨|あめ)(?:ふる|降る)|(?:今夜|こんや)',
    ],
    en: ['8 ?pm|9 ?pm|10 ?pm|dark'],
    es: ['pm|noche'],
    pt: ['19h|20h|21h|22h|madrugada|noite'],
    vi: ['gio toi|toi roi|tu chieu'],
  }),
  c('neighbour', {
    ja: [
      '(?:同僚|どうりょう|部下|ぶか|後輩|こうはい|生徒|せいと|利用者|りようしゃ|入居者|にゅうきょしゃ|\\d+号室)',
    ],
  }),
  c('not_seen', {
    ja: [
      '(?:無断欠勤|むだんけっきん)',
      '(?:チャイム|ちゃいむ)(?:も|にも)?(?:反応|はんのう|応答|おうとう)(?:なし|がない|しない)',
      '(?:\\d+|何|なん)日(?:も)?(?:応答|おうとう|連絡|れんらく)(?:なし|がない)',
    ],
    en: ['not (?:at|in) work for \\d+ days'],
    pt: ['nao aparece ha|caixa de correio cheia'],
    es: ['no ha salido en dias|se acumula'],
    vi: ['go cua khong ai mo|khong di lam \\d+ ngay'],
  }),
  c(
    'child_alone_danger',
    {
      ja: [
        '(?:車|くるま)の(?:中|なか)に?.{0,10}(?:子|こ)(?:ども|供)?.{0,10}(?:一人|ひとり|炎天下|暑|あつ)',
        '(?:柵|さく|手すり|てすり)に(?:登|のぼ)',
        '(?:用水路|ようすいろ|川|かわ|池|いけ|海|うみ)に?(?:落|お)ち',
        '(?:溺|おぼ)れ',
        '(?:踏切|ふみきり)の(?:中|なか)|(?:線路|せんろ)に(?:人|ひと|お年寄り|子)',
        '(?:道|みち)の(?:真ん中|まんなか).{0,12}(?:子|こ)',
        '(?:赤ちゃん|あかちゃん).{0,16}(?:ずっと|何時間|なんじかん|半日|はんにち).{0,8}(?:泣|な)',
        // not eating, only when told of a child left alone (crisis23: a friend who eats little is no child alone)
        '(?:親|おや)が(?:帰|かえ)って(?:こ|き)て(?:い)?ない|(?:ひとり|一人|親|おや).{0,20}(?:ごはん|ご飯)(?:を)?(?:食|た)べてない',
        '(?:知らない|しらない)(?:人|男|大人).{0,12}(?:連れ|つれ|腕|うで)',
      ],
      en: [
        '(?:child|kid|baby) (?:alone )?in (?:a|the) (?:hot )?car',
        'fell into the (?:river|canal|pond)',
        'drowning(?! in (?:\\w+ )?(?:debt|bills|work|paperwork|loans|stress))',
      ],
      es: ['se cayo al rio|ahogando'],
      pt: ['caiu no rio|se afogando|chorando ha horas'],
      tl: ['nalunod|walang kasama'],
      vi: ['rot xuong (?:song|ao)|duoi nuoc'],
      zh: ['掉进(?:河|水)|溺水'],
      ko: ['물에\\s?빠졌'],
    },
    'a child or a vulnerable person alone in danger',
  ),
  c('fire', {
    ja: [
      '(?:煙|けむり)(?:が|で|,|、)|(?:ドア|どあ)が(?:熱|あつ)|(?:落雷|(?<!いく)らくらい)|(?:雷|かみなり)が(?:落|お)ち',
      '(?:木|き|家|いえ|車|くるま)が(?:燃|も)えて',
    ],
    pt: ['fumaca'],
  }),
  c('flood', {
    ja: [
      '(?:冠水|かんすい)|(?:水|みず)かさ|(?:中洲|なかす)|(?:水|みず)が?(?:上|あ)が(?:って|る)|(?:水|みず)が(?:道|みち)まで|(?:腰|こし)まで',
    ],
    es: ['inund'],
    pt: ['no joelho|entrando em casa'],
    tl: ['baha na|hanggang bewang'],
    vi: ['ngap den|ngap toi'],
    zh: ['水淹到|水漫进|水漫進'],
  }),

  // ── the whole message is about the past and resolved, or a story: vetoes (see crisis.ts) ───────
  c('past_marker', {
    ja: [
      '(?:昔|むかし|以前|いぜん|若い(?:頃|ころ|時|とき)|\\d+年(?:前|まえ)|何年(?:か|も)?(?:前|まえ)|去年|きょねん|昨年|おととし|一昨年|先月|せんげつ|先週|せんしゅう|学生(?:の)?(?:頃|時)|当時|とうじ|かつて|子ども(?:の)?(?:頃|ころ)|ずいぶん前|前は|まえは|昨日|きのう)',
    ],
    en: ['years ago|last (?:year|month|week)|used to|when i was|in the past|back then|yesterday'],
    es: ['hace (?:anos|meses)|el ano pasado|antes'],
    pt: ['anos atras|ano passado|antes'],
    tl: ['noong|dati'],
    vi: ['truoc day|nam ngoai|ngay xua'],
    zh: ['以前|去年|几年前|幾年前|过去|過去'],
    ko: ['예전에|작년|몇\\s?년\\s?전|과거'],
  }),
  c('resolved', {
    ja: [
      '(?:今|いま)は',
      'もう(?:大丈夫|だいじょうぶ|元気|げんき|平気|へいき)',
      '(?:落|お)ち(?:着|つ)い',
      '(?:安定|あんてい)',
      '(?:通院|つういん)',
      '(?:カウンセリング|かうんせりんぐ)',
      '(?:治療|ちりょう)(?:中|を)',
      '(?:保護|ほご)され',
      '(?:入院|にゅういん)(?:中|して)',
      '(?:見|み)つか(?:り|っ)',
      'ことが(?:ある|あり|あっ)',
      '(?:亡|な)くし',
      '亡くな|(?:さん|ちゃん|くん|さま|様|父|母|祖父|祖母|夫|妻|主人|息子|娘|兄|姉|弟|妹|親|ちち|はは)(?:が|は|も|、)?なくな',
      '(?:命日|めいにち)',
      '(?:遺族|いぞく)',
      '(?:治|なお)(?:り|っ)',
      '(?:手術|しゅじゅつ)し',
      '(?:無事|ぶじ)',
    ],
    en: [
      "now i'?m|i'?m (?:fine|ok|okay|better|safe) now|doing (?:way )?(?:better|fine|well)|recovered|in therapy|with therapy|stable now|passed away|lost my",
    ],
    es: ['ahora estoy bien|ya estoy bien|en terapia|fallecio'],
    pt: ['agora estou bem|ja estou bem|em terapia|faleceu'],
    tl: ['okay na ako|maayos na ako'],
    vi: ['gio (?:toi|em) (?:on|khoe)|da on'],
    zh: ['现在(?:已经)?(?:好了|没事|稳定)|現在(?:已經)?(?:好了|沒事|穩定)'],
    ko: ['지금은\\s?(?:괜찮|안정)'],
  }),
  c('still_now', {
    ja: [
      '(?:今|いま)も|また(?:死|し|切|き|飲|の)|(?:今日|きょう|今夜|こんや|今から|いまから|これから|明日|あした)|もう(?:一度|いちど)|(?:最近|さいきん)また|(?:今|いま)(?:、|すぐ)|(?:助|たす)けて',
      // A threat made to the resident is real whatever it was about (「ゲームのことで息子に殺すと言われた」).
      '(?:殺|ころ)す(?:ぞ)?(?:」)?(?:と|って)(?:言|い)われ|(?:脅|おど)され',
      // 「今殴られてる」 is now, beside a pattern or the passport kept too (crisis12)
      '(?:今|いま)(?:まさに)?(?:殴|なぐ|叩|たた|蹴|け)(?:ら|か)れて',
    ],
    en: ['still|again|tonight|today|right now|help me'],
    es: ['todavia|otra vez|esta noche|hoy|ahora'],
    pt: ['ainda|de novo|hoje|agora'],
    tl: ['ngayon|ulit|pa rin'],
    // Not the lai of để lại (left behind), tương lai (future), quay lại (come back).
    // 'đang đánh' (is hitting) is now too, beside a pattern or the passport kept (crisis12)
    vi: [
      'van con|(?<!(?:de|tuong|quay|tro|con|o) )lai|toi nay|hom nay|bay gio',
      'dang (?:danh|dam|da|bop co)',
    ],
    zh: ['还是|還是|又|今晚|今天|现在|現在'],
    ko: ['아직도|또|오늘|지금'],
  }),
  c('lost_sight', {
    ja: [
      '(?:見失|みうしな)|(?:見|み)えなく(?:なっ|なり)',
      '(?:行方|ゆくえ)が(?:わから|分から)',
      '(?:家出|いえで)し',
      '(?:家|いえ|うち)に(?:着|つ)いて(?:い)?(?:ない|ません)|(?:帰宅|きたく)(?:した)?はず',
      '(?:降|お)りた(?:あと|後)(?:い|居)なく',
    ],
    en: ['lost sight of|ran away from home'],
  }),
  c('habit_or_worry', {
    ja: [
      'ことが(?:ある|あり|多|おお)|(?:日|ひ)が(?:多|おお)|ばかり|ばっかり|夜遊び|よあそび|朝帰り|あさがえり|(?:いつも|毎晩|毎日|毎夜|まいよ|よく|たびたび|しょっちゅう)',
      '(?:ない|ぬ|ん)か(?:が)?(?:心配|しんぱい|不安|ふあん)|(?:ない|ぬ)ように',
      // a key locked or open (「ドアは鍵がかかってます」) is no key mislaid (lead, session 11)
      '(?:財布|さいふ|鍵|かぎ|眼鏡|めがね|通帳|印鑑|はんこ|携帯|すまほ|入れ歯|保険証|書類)(?:が|を|も)(?!かか|かけ|閉|しま|開|あい|あけ)',
    ],
    en: ['sometimes|often|always|every night|worried (?:that|about)|in case'],
  }),
  // A trip or a business trip: someone away for a while, not for good (「旅行の間、犬を預けたい」) (lead, session 11)
  c('trip', {
    ja: ['旅行|りょこう|出張|しゅっちょう|帰省|きせい'],
    en: ['\\b(?:travel(?:l?ing)?|trip|vacation|holiday)\\b'],
    es: ['viaje|viajo|vacaciones'],
    pt: ['viagem|viajar|viajo|férias'],
    tl: ['biyahe|bakasyon'],
    zh: ['旅行|旅游|旅遊|出差'],
    ko: ['여행|출장'],
    vi: ['du lịch|công tác'],
  }),
  c('story_person', {
    ja: [
      'きゃら|主人公|しゅじんこう|登場人物|(?:の|が)役|犯人|はんにん|(?:この|その|あの)?しーん|場面|ばめん|歌詞|せりふ|台詞',
    ],
    en: ['character|scene|lyrics|protagonist|the villain'],
    es: ['personaje|escena'],
    pt: ['personagem|cena'],
    zh: ['角色|主角|剧情|劇情'],
    ko: ['캐릭터|주인공|장면'],
  }),
  // ── signs (issue 9, second part): what a resident writes when the danger is told around, not said ──
  // Each of these is asked about on its own (the `sign.*` cue rules): the safety question shows a line,
  // so a look-alike costs one gentle question. Written as situations, in every language we answer in.
  // Forms that would be too loose for a crisis rule (「逃げられない」「出てこない」) are kept in concepts
  // only the signs read (`unseen_sign`, `disaster_sign`, `pills_sign`), so they never answer a crisis.
  c('final_act', {
    ja: [
      '(?:そっち|あっち|あの世|あのよ|天国|てんごく)(?:へ|に)(?:行|い|逝)',
      '(?:静|しず)かに(?:逝|い)く|(?:逝|い)くだけ|いつ(?:逝|い)っても',
      '(?:海|うみ|川|かわ|山|やま|沢|さわ|崖|がけ|樹海).{0,3}(?:へ|に)(?:行|い)(?:く|き|こう|って).{0,16}(?:帰|かえ|戻|もど)ら',
      '(?:帰|かえ)らない(?:つもり|です)|(?:帰|かえ)りません|もう(?:戻|もど)らない',
      '(?:探|さが)さないで',
      '(?:思い残す|おもいのこす)こと(?:は|も)?(?:ない|無い|ありません)|(?:悔|く)いは(?:ない|無い)',
      '(?:最後|さいご)の(?:酒|お酒|おさけ|晩餐|食事|夜|日|電話|でんわ|手紙|てがみ)',
      '(?:今日|きょう|今夜|こんや|これ)で(?:最後|さいご|終わり|おわり)|こんやおわり',
      '(?:終わり|おわり)に(?:する|します|しよう)|(?:自分|じぶん)で(?:終わら|おわら)せ',
      'もう(?:十分|じゅうぶん)(?:生|い)きた',
      '道連れ|みちづれ|無理心中|むりしんじゅう|一家心中',
      '(?:消|き)えます|(?:消|き)えよう(?:と|か)',
      '(?:明日|あした|朝)(?:に|の朝)?(?:は|には)?もう(?:い|居)(?:ない|ません)',
      'もう(?:決|き)め(?:ました|た)(?:。|$)',
      '(?:ガス|がす)の(?:元栓|もとせん)',
      '(?:通帳|つうちょう|印鑑|いんかん|葬式代|そうしきだい|葬儀代).{0,16}(?:置|お)(?:いた|きました|いて)',
      '(?:手紙|てがみ|遺言|ゆいごん)(?:を|も)?(?:書|か)(?:いた|きました).{0,20}(?:さようなら|さよなら|ごめん|ありがとう)',
      '生前予約',
    ],
    en: [
      "(?:it'?s|its|i'?ve|i have) (?:all )?decided",
      'sorry for everything',
      'take care of (?:mom|mum|dad|the kids|my (?:kids|cat|dog|mom|mum|dad))',
      "(?:won'?t|will not|wont) be (?:here|around) (?:anymore|tomorrow|much longer)",
      "(?:don'?t|dont|do not) (?:wanna|want to) be here(?: anymore)?",
      "better (?:if|when) i(?:'?m| am) (?:not here|gone)",
      '(?:wrote|written|left) (?:letters|a letter|a note|notes) (?:to|for)',
      // Not "last night": yesterday evening is no farewell.
      'my (?:last|final) (?:day|night)|final (?:day|night)|last (?:day|night) (?:of my life|alive|on earth)',
      "(?:don'?t|dont) (?:look|search) for me",
      '(?:texted|messaged|sent) (?:me )?(?:a )?goodbye',
      'said goodbye',
      'end it (?:all|tonight|today)',
      '(?:pills|rope|knife) (?:are |is )?(?:in front of me|right here|next to me)',
    ],
    es: [
      '(?:estaran|estarian|quedaran) mejor sin mi',
      '(?:escribi|deje|dejo) (?:las |unas |una )?(?:cartas?|nota)',
      'no (?:me|lo|la) (?:busquen|busquemos|busques)',
      'mi (?:ultimo|ultima) (?:dia|noche)',
      'ya no (?:veo|hay|tengo) salida',
      'esta noche (?:las tomo|lo hago|termino|se acaba)',
      'perdon(?:ame|enme)? (?:a todos|por todo)',
    ],
    pt: [
      '(?:so )?queria que alguem soubesse',
      '(?:escrevi|deixei) (?:uma |as |umas )?(?:cartas?|bilhete)',
      'nao (?:me|o|a) procure(?:m)?',
      '(?:meu|minha) (?:ultimo|ultima) (?:dia|noite)',
      '(?:to|estou|tou) com a corda',
      'desculpa(?:m)?(?: a todos| por tudo)?[.!]?$',
      '(?:vao|vai) ficar melhor sem mim',
    ],
    tl: [
      // not 「ayoko na pumasok」 (I don't want to go to school any more: bullying, crisis11)
      // nor an everyday chore given up (「ayoko na mag diet」「ayoko na magluto」, crisis13)
      'ayoko na(?: talaga| mabuhay)?(?! (?:pumasok|mag-?aral|magtrabaho|pumunta|bumalik sa|mag-? ?diet|mag-?exercise|mag-?gym|magluto|maglaba|maglinis|kumain ng))',
      'pagod na (?:ako|ko) sa lahat',
      'ayaw na (?:niya|nya|ko|kong|niyang) mabuhay',
      '(?:wag|huwag) (?:niyo|nyo|na) (?:na )?(?:akong|ako) hanapin',
      'nag-?(?:message|text|chat) ng (?:goodbye|paalam)',
      'paalam',
    ],
    vi: [
      'het met|cho het met',
      'bien mat',
      '(?:di|ra di) cho nhe (?:nguoi|long)',
      'viet thu (?:cho|gui|de lai)',
      '(?:dung|khong can) tim (?:em|toi|con|minh|anh|chi)',
      'khong muon song',
      'chi cho (?:cuoi tuan|toi nay|ngay mai)',
      'tien bao hiem',
      '(?:nhay|lao) (?:xuong|tu)',
      'lan cuoi',
    ],
    zh: [
      '最后一天|最后一次|最后一晚',
      '下辈子',
      '没有牵挂|没牵挂',
      '对不起(?:大家|你们|所有人)',
      '不要找我|别找我',
      '往(?:海|河)里走',
      '想跳下去|要跳下去|要跳了',
      '结束(?:生命|一切|自己)',
      '(?:不想|唔想)再(?:生存|活)',
      '遗书|遗言',
      '说对不起.{0,10}(?:电话|打不通|不接)',
    ],
    ko: [
      '끝내려고|끝낼\\s?거|끝내고\\s?싶',
      '(?:저|나|제가)\\s?없을\\s?거',
      '없어지면',
      '고맙다고\\s?문자',
      '(?:강|바다|산|다리)에\\s?가려고',
      '찾지\\s?마',
      '마지막\\s?(?:날|밤|인사|문자)',
      '연탄',
      '보험금',
      '방법도?\\s?(?:다\\s?)?찾아봤',
    ],
    ne: [
      'अन्तिम पटक',
      'अब म जान्छु',
      'रहन्न',
      'अलबिदा|अलविदा',
      'बाँचेर के गर्ने',
      'बाँच्न सक्दिन|bachna sakdina|bachna man chaina',
      'marna chahanchu|marna man|marchu|marne ho',
      'hamfal|हामफाल',
      'डोरी',
      'बोझ हुँदैन',
      'ma aba jaanchu|antim patak',
    ],
  }),
  c('body_alarm', {
    ja: [
      'ぐったり',
      '意識が?(?:朦朧|もうろう|ない|なく|おかし|ぼんやり)|いしきが(?:ない|もうろう)',
      '(?:唇|くちびる|顔|かお|顔色|かおいろ)が?(?:紫|むらさき|青|あお|真っ青|まっさお|土色)',
      '(?:呼吸|こきゅう|息|いき)が?(?:苦し|くるし|荒|あら|おかし|変|へん|速|はや|ぜーぜー|ひゅー)',
      '(?:吐血|とけつ|血を吐|ちをは|血便|下血)',
      '破水|はすい|羊水|ようすい',
      '(?:体|からだ|顔|かお)の?(?:片方|半分|はんぶん|左|右).{0,6}(?:動かない|うごかない|下が|さが|しびれ|痺れ)',
      '(?:ろれつ|呂律)|(?:言葉|ことば)が?(?:へん|変|おかし|出ない|でない)',
      '激痛|げきつう|(?:今まで|人生)で(?:一番|いちばん)(?:痛|いた|ひど)',
      '(?:骨|ほね)が?(?:折れ|おれ)(?:た|てる)',
      '(?:汗|あせ)が(?:出ない|でない|出なく)',
      '(?:白目|しろめ)|(?:泡|あわ)を(?:吹|ふ)',
      '(?:頭|あたま)を(?:強く|つよく)?(?:打|う)っ(?:た|て)',
      '(?:血|ち)が(?:で|出)(?:た|てる|ている)|(?:血|ち)(?:も)?(?:すこし)?(?:で|出)た',
      '(?:赤ちゃん|あかちゃん|胎動|たいどう).{0,10}(?:動かない|うごかない)',
      '(?:はんぶん|半分)(?:うごかない|動かない)',
      '(?:顔|かお|皮|かわ)(?:が|も)?(?:むけ|剥け)|水ぶくれ|みずぶくれ',
    ],
    en: [
      'lips? (?:look |are |is |turning |went )?(?:kinda |a bit |slightly )?(?:blue|purple|grey|gray)',
      "breathing (?:weird|fast|strange|hard|funny|badly)|(?:can'?t|cannot|struggling to) breathe",
      'eyes? (?:rolled|rolling)',
      'shaking (?:whole|all over|uncontrollably)|whole body (?:is )?shaking',
      'worst headache',
      'water broke',
      'passed out|fainted|collapsed|unconscious|unresponsive',
      '(?:vomit|throw)(?:ed|ing)? (?:up )?blood|coughing (?:up )?blood',
      'burn(?:ed|t) (?:my|his|her|their) (?:whole )?(?:arm|leg|hand|face|skin)',
      'broken (?:leg|arm|bone|neck)|(?:leg|arm) (?:looks |is )?broken',
      'not sweating',
      'slurr(?:ed|ing)',
      'numb (?:on one side|arm|face)|one side of (?:his|her|my) (?:face|body)',
      'stiff neck',
      'blood (?:everywhere|on (?:my|his|her) (?:head|forehead|face))',
    ],
    es: [
      'no puede (?:respirar|pararse|levantarse|moverse)',
      'se puso (?:rigido|morado|azul)',
      '(?:tiembla|temblando) (?:todo|mucho)|convulsi\\w+',
      'labios (?:morados|azules)',
      'dolor (?:terrible|muy fuerte|insoportable|horrible)',
      'se desmayo|desmayad\\w+|inconsciente',
      'sangra\\w*|sangre',
      'rompio la fuente|rompi fuente',
      'mareada|mareado',
    ],
    pt: [
      'dor (?:de cabeca )?(?:muito forte|insuportavel|terrivel)',
      'a pior da minha vida',
      'vomit\\w+ sangue|vomitei',
      'desmai\\w+|inconsciente',
      'nao (?:consegue|consigo) (?:respirar|levantar|mexer)',
      'labios roxos',
      'convuls\\w+',
      'sangr\\w+',
      'bolsa (?:estourou|rompeu)',
    ],
    tl: [
      'hindi (?:makahinga|makagalaw|makatayo|makapagsalita)',
      'nahimatay|walang malay',
      'nangingisay|kinukumbulsyon',
      'dumudugo|duguan|maraming dugo',
      'sobrang sakit',
    ],
    vi: [
      'chong mat',
      'buon non|non ra mau',
      'khong ra mo hoi',
      'nguoi nong (?:ran|bung)',
      'kho tho|khong tho (?:duoc)?',
      'tai bien|dot quy',
      'te (?:tay|chan|nua nguoi|mat)',
      'noi (?:lieu|ngong|dot) luoi|lieu luoi',
      'ngat xiu|bat tinh|ngat di',
      'co giat',
      'chay (?:nhieu )?mau',
      'dau (?:dau|bung|nguc) (?:du doi|kinh khung|qua troi)',
      'vo oi',
    ],
    zh: [
      '说胡话',
      '脖子硬',
      '叫不(?:太)?醒',
      '羊水破',
      '呼吸(?:很|好)?(?:急|困难|不过来|不了)',
      '嘴唇(?:有点|有些)?(?:紫|发紫|青|发青)',
      '半边脸|半边身',
      '(?:讲|说)话不清楚',
      '头痛(?:得)?(?:像要)?(?:炸|裂)',
      '血(?:一直|不停)?(?:喷|止不住)|压不住',
      '(?:脚|腿|手)好像断了|骨折',
      '起泡|烫伤|烫到',
      '昏倒|晕倒|昏迷|抽搐|痉挛|不省人事',
      '剧痛|痛得(?:受不了|不行)',
      '吐血',
    ],
    ko: [
      '얼굴이\\s?(?:파래|파랗|창백|새파)',
      '입술이\\s?(?:파래|파랗|보라)',
      '사레',
      '피가\\s?(?:나|멈추지|안\\s?멈)',
      '배가\\s?너무\\s?아프',
      '말을\\s?이상하게|말이\\s?어눌',
      '땀도?\\s?안\\s?나',
      '숨을?\\s?(?:못|잘\\s?못)\\s?쉬',
      '의식이\\s?없|쓰러졌|기절',
      '경련|발작',
      '꺾였|부러졌',
    ],
    ne: [
      'धेरै ज्वरो',
      'काम्दै|काँप',
      'आँखा माथि',
      'छाला (?:निस्कि|उप्कि)',
      'पोलि',
      'उठ्न सक्नु(?:हुन्न|भएन)|उठ्न सकिन',
      'बेहोस|behos',
      'सास फेर्न (?:सक्दैन|गाह्रो)',
      'रगत (?:बग|रोकि)',
      'pasina aaudaina|pasina aayena',
      'bantha|बान्ता',
      'पानी फुट्यो',
      'बोल्नु(?:हुन्न|भएन)',
    ],
  }),
  c('not_back', {
    ja: [
      '(?:帰|かえ)らない|(?:帰|かえ)って(?:こない|きません|来ない)',
      '(?:戻|もど)って(?:こない|来ない|きません)',
      '(?:家|いえ|施設|しせつ)から(?:出|で)(?:た|て).{0,12}(?:時間|じかん)',
      '(?:どこ|何処)に(?:いる|行った|いった)か(?:わから|分から)',
      '(?:携帯|電話|でんわ|スマホ|すまほ)(?:も|が)?(?:つながらない|繋がらない|通じない|でない|出ない|電源が切)',
      '(?:既読|きどく)(?:が)?(?:つかない|付かない)',
    ],
    en: [
      "(?:isn'?t|is not|not|isnt|hasn'?t been|stopped) answering",
      'phone (?:is )?(?:off|dead|switched off|goes to voicemail)',
      '(?:left|ran away|run away).{0,20}(?:a note|home)',
      "(?:nobody|no one|we don'?t|we dont|i don'?t) knows? where (?:he|she|they) (?:is|are|went)",
      "(?:hasn'?t|has not|didn'?t|did not|not) (?:come|came|shown up|show up|showed up) (?:to work|to school|home|back)",
      'room is empty',
    ],
    es: [
      'no (?:sabemos|se|sabe) donde (?:esta|anda|fue)',
      'no (?:contesta|responde)',
      'celular apagado|telefono apagado',
      'dejo una nota',
      'no (?:llego|ha llegado|volvio) (?:a casa|de la escuela|del colegio)',
    ],
    pt: ['nao voltou|nao chegou', 'celular desligado|telefone desligado', 'nao atende', 'nao sabemos onde'],
    tl: [
      '(?:hindi|di) (?:namin|ko) alam (?:kung )?saan(?! (?:pupunta|tutuloy|lilipat|titira|ako|kami))',
      '(?:hindi|di) (?:sumasagot|ma-?contact|macontact)',
      'lumabas.{0,30}(?:hindi|di) pa',
    ],
    vi: ['khong nghe may', 'khong lien lac duoc', 'khong biet (?:o )?dau', 'tat may', 'chua ve nha'],
    zh: [
      '打不通',
      '不回(?:了|消息|信息|讯息)',
      '不知道(?:他|她)(?:在|去)哪|不知道(?:在|去)哪(?:了|里了|儿了)',
      '走丢',
      '不接电话',
      '还没回家|还没回来',
    ],
    ko: [
      '(?:끝나고|나갔는데|아직도?)\\s?안\\s?(?:와|들어와|돌아와)',
      '전화를?\\s?안\\s?받',
      '연락이\\s?안\\s?(?:돼|되)',
      '어디\\s?있는지\\s?몰',
    ],
    ne: ['घर आइन|घर आएन', 'फर्किनु?भएन|फर्केन', 'फोन उठाउँदैन|फोन पनि छैन', 'हराएको', 'सम्पर्क हुन सकेन'],
  }),
  c('unseen_sign', {
    ja: [
      // not beside a question about a 見守り service (「最近見かけない。見守りサービスってありますか」: the isolation
      // concern, crisis15)
      '(?:(?:見|み)かけない|(?:姿|すがた)を(?:見|み)(?:ない|せない|かけ))(?!.{0,40}(?:見守り|みまもり|安否確認|あんぴかくにん))(?<!(?:見守り|みまもり|安否確認|あんぴかくにん).{0,40})',
      `(?:新聞|しんぶん|郵便|ゆうびん|チラシ|ちらし).{0,6}(?:たま|溜ま|あふれ|溢れ|いっぱい)${MAIL_NOT}`,
      '(?:異臭|変なにおい|へんなにおい|変な臭い)',
      '(?:ハエ|はえ|蝿)が',
      `(?:応答|おうとう|返事|へんじ)が(?:ない|ありません)${NOT_OFTEN}`,
    ],
    en: [
      "(?:hasn'?t|haven'?t|have not|has not) (?:seen|heard from|been seen)",
      "(?:haven'?t|have not) seen (?:him|her|them)",
      'mailbox (?:is )?(?:full|overflowing)',
      '(?:strange|weird|bad) smell',
      'flies',
    ],
    es: [
      'no (?:lo|la) (?:he visto|hemos visto)',
      'buzon (?:esta )?lleno',
      'olor (?:raro|extrano)|huele mal|mal olor',
      'no sale (?:desde )?hace \\d+ dias',
    ],
    pt: ['nao aparece ha', 'caixa de correio cheia', 'cheiro (?:estranho|forte|ruim)'],
    tl: [
      'hindi (?:ko|namin) (?:na )?nakikita',
      'mabaho',
      'patong-?patong (?:na )?(?:yung |ang )?(?:sulat|mail|dyaryo)',
    ],
    vi: ['khong thay (?:ong|ba|anh|chi|ai)', 'mui (?:hoi|la)'],
    zh: ['信箱塞满', '苍蝇', '(?:一周|一个星期|好几天|几天)(?:都)?没(?:出来|看到|见)', '有(?:怪)?味道'],
    // not beside a question about a check-in service (「요즘 잘 안 보여요. 안부 확인 서비스가 있나요?」, crisis15)
    ko: ['며칠째', '안\\s?보여(?!.{0,30}(?:안부\\s?확인|서비스|돌봄))', '이상한\\s?냄새'],
    ne: ['निस्किनुभएन|निस्केका छैनन्', 'गन्ध आउँछ', 'देखिनुभएन'],
  }),
  c('other_danger', {
    ja: [
      '(?:飛び降り|とびおり|飛び込|とびこ)(?:る|む)(?:って|と)',
      '(?:溺|おぼ)れ',
      '(?:倒|たお)れて(?:いる|る|います)(?:人|ひと)?',
      '(?:線路|せんろ).{0,10}(?:人|ひと)',
      '(?:叩|たた|殴|なぐ)(?:く|かれ|られ)(?:音|おと|声|こえ)',
      '(?:叫|さけ)(?:び|ぶ)(?:声|こえ)|(?:悲鳴|ひめい)',
      'たすけて(?:の)?(?:こえ|声)',
    ],
    en: [
      "(?:says|said|saying|told me) (?:he|she|they)(?:'?ll| will| is going to| are going to)? (?:jump|kill)",
      'screaming(?: help)?|crying for (?:help|hours)',
      'drowning(?! in (?:\\w+ )?(?:debt|bills|work|paperwork|loans|stress))|in the water (?:and )?(?:struggling|screaming)',
      'lying (?:on|in) the (?:tracks|road|street)',
      'something breaking|big crash',
    ],
    es: [
      'va a saltar|se va a tirar',
      'grita(?:ndo)? (?:ayuda|auxilio)',
      'se esta ahogando',
      'tirad[oa] en la calle',
    ],
    pt: ['vai pular|vai se jogar', 'gritando (?:socorro|ajuda)', 'se afogando', 'remedios espalhados'],
    tl: [
      'tatalon (?:siya|sya|daw)',
      // crisis26: not shouting that is always so (「laging sumisigaw pero hindi nananakit」: a DV consultation the model
      // answered as medical after a retrain)
      'humihingi ng tulong|(?<!lagi(?:ng)? (?:na )?)sumisigaw',
      'nalulunod',
      'nakahiga sa (?:riles|kalsada)',
    ],
    vi: ['(?:se|sap|doi) nhay', 'keu cuu', 'dang chet duoi|duoi nuoc', 'nam tren duong ray'],
    zh: ['要跳|会跳', '救命|喊救命', '挣扎', '吼叫|哭着喊', '不要打了', '倒在(?:路|地)'],
    ko: ['뛰어내린다고|뛰어내리겠다고', '살려', '비명', '물에\\s?빠졌'],
    ne: ['बचाऊ', 'ढलेका', 'हाम फाल्छु भन्'],
  }),
  c('threat_now', {
    ja: [
      '(?:追|お)いかけ(?:られ|て)|(?:つ|付)け(?:られ|て)(?:いる|る|ます)',
      '(?:ドア|どあ|窓|まど|鍵|かぎ)を?(?:開け|あけ|こじ開|壊|こわ)(?:ようと|そうと)',
      '(?:殺|ころ)す(?:と|って)(?:言|い)',
      '(?:パスポート|ぱすぽーと|旅券).{0,6}(?:取|と)られ',
      '(?:閉|と)じ(?:込|こ)められ',
    ],
    en: [
      'trying to (?:open|break into|get into|get in|break in)',
      'break(?:ing)? in(?:to)?',
      '(?:following|chasing) me',
      '(?:threaten|threatening) to kill',
      "(?:won'?t|will not) let me (?:leave|go out)",
    ],
    es: ['me (?:sigue|persigue)', 'quiere entrar', 'amenaza con matar'],
    pt: ['me (?:seguindo|perseguindo)', 'tentando entrar', 'ameacou me matar'],
    tl: ['sinusundan ako', 'pinapasok|sinisira ang pinto', 'papatayin (?:daw )?ako'],
    vi: ['dang (?:theo|duoi theo) (?:em|toi)', 'pha cua', 'doa giet'],
    zh: ['拿着?(?:菜刀|刀|棍)', '追我', '躲在', '堵我', '闯进', '拎住刀', '斩死|砍死|杀了我', '要我好看'],
    // shouting now (「소리 지르고 있어요」), not shouting as a habit (「한국 가라고 소리 지르고요」, an ordinary DV
    // consultation of d11, crisis11)
    ko: ['골프채|칼을?\\s?들', '때리', '쫓아와', '소리\\s?(?:를\\s?)?지르고\\s?있', '여권'],
    ne: ['कुटि', 'लुके', 'pachyaudai|pichha', 'dar lagyo|डर लाग्यो', 'मार्छु भन'],
  }),
  c('disaster_sign', {
    ja: [
      '(?:水|みず)が(?:家|いえ|部屋|へや|へや|店|みせ|一階|1階)に?.{0,4}(?:入|はい)',
      '(?:ひざ|膝|腰|こし|胸|むね)(?:の高さ)?まで(?:水|みず|つか)?',
    ],
    en: ['water (?:is )?(?:coming|getting|pouring) (?:in|into)', 'flood(?:ed|ing)'],
    es: ['(?:el )?agua (?:esta )?(?:entrando|entra)', 'inundad\\w+|inundacion'],
    pt: ['agua.{0,20}entrando', '(?:no|ate o) joelho', 'alagad\\w+|enchente'],
    tl: ['baha', 'pumapasok (?:na )?ang tubig'],
    vi: ['nuoc (?:tran|dang vao|vao nha)', 'ngap'],
    zh: ['进水|淹水|水淹', '土石流|泥石流', '大水'],
    ko: ['물이\\s?(?:들어|차)', '침수'],
    ne: ['बाढी', 'पानी पस'],
  }),
  c('disaster_sign', {
    ja: ['(?:火花|ひばな)', '(?:煙|けむり)が(?:出|で|充満|じゅうまん|上が|あが)'],
    en: ['smoke (?:coming|everywhere|from)', 'on fire|catching fire'],
    vi: ['khoi boc|chay nha|dang chay'],
    zh: ['冒(?:出)?(?:很大的)?(?:火|烟)|烧到|着火'],
    ko: ['연기가|불이\\s?(?:났|붙)'],
    ne: ['आगो', 'धुवाँ'],
  }),
  c('disaster_sign', {
    ja: ['(?<!排気|はいき)(?:ガス|がす)(?:の)?(?:におい|臭い|匂い)'],
    en: ['smells? (?:like|of) gas'],
    es: ['huele (?:mucho )?a gas'],
    zh: ['燃气味|煤气味|瓦斯味'],
    ne: ['ग्यासको गन्ध|gas ko gandha'],
  }),
  c('disaster_sign', {
    ja: ['(?:下敷|したじ)き'],
    en: ['trapped|stuck under|pinned'],
    zh: ['压到|压住|被困|门打不开|出不去'],
    ko: ['갇혔|깔렸'],
    ne: ['च्यापि|थिचि'],
  }),
  c('self_harm_act', {
    en: ['hitting my head', 'cut(?:ting)? (?:again|myself|my (?:arm|wrist|leg)s?)', 'fresh cuts'],
    zh: ['扎(?:手|手臂|自己)', '又割了|割(?:手|腕)', '划(?:手|腿|大腿)|大腿上划', '撞墙'],
    ko: ['지지고|지졌', '주먹으로\\s?(?:벽|쳐)', '긋고'],
    ne: ['आफैलाई (?:काट|चोट)'],
  }),
  c('pills_sign', {
    zh: ['吃了.{0,8}(?:片|颗|排)', '一整排'],
    es: ['me tome (?:todas|muchas)'],
  }),
  // Japanese forms of the signs above: dialect and plain speech (「帰らんつもり」「帰ってけえへん」).
  c('final_act', {
    ja: [
      '(?:帰|かえ)ら(?:ん|へん|ない)(?:つもり|けえ|けん)',
      '(?:消|き)える(?:準備|じゅんび)|(?:準備|じゅんび)は(?:でき|出来)て',
      '(?:死|し)ぬ(?:勇気|ゆうき)',
      'もういいよね|もういいかな',
      '(?:私|わたし|俺|おれ|僕|ぼく|わし|あたし)が(?:死|し)んだら',
      '(?:明日|あした)(?:の朝)?には(?:もう)?(?:私|わたし|わし|俺)?(?:は)?(?:い|居|お)(?:ない|らん|ません)',
      '(?:だれか|誰か)(?:とめて|止めて)',
      '(?:全部|ぜんぶ)(?:飲|の)めば',
      '(?:一緒|いっしょ)に(?:連れ|つれ)て(?:逝|い)',
      '(?:海|うみ|川|かわ)に(?:入|はい)(?:る|ろう)',
      '(?:梁|はり|ドアノブ|どあのぶ)に(?:かけ|掛け)',
      '(?:首|くび)に(?:巻|ま)(?:いて|く|き)|(?:首|くび)を(?:自分で)?(?:絞|し)め',
      '(?:踏切|ふみきり|線路|せんろ)まで(?:行|い)って',
      'kie(?:たい|ru|tai)',
    ],
  }),
  c('self_harm_act', {
    ja: [
      '(?:壁|かべ)に(?:頭|あたま)を.{0,6}(?:打|う|ぶつけ)',
      '(?:腕|うで|手(?!続|つづ)|てを).{0,4}(?:ひっかいて|引っかいて|ぐちゃぐちゃ)',
      '(?:破片|はへん|安全ピン|あんぜんぴん|針|はり)で.{0,8}(?:刺|さ|切|き)',
      '(?:切|き)らないと(?:落ち着|おちつ)',
      '(?:カッター|かったー)(?:の刃|のは)?.{0,4}(?:出した|だした|新しい|あたらしい)',
    ],
  }),
  c('threat_now', {
    ja: [
      '(?:叩|たた|殴|なぐ)(?:いて|って)(?:いる|る|ます)',
      '(?:殴|なぐ)られ(?:る|てる|ている)',
      '(?:殺|ころ)してしまいそう',
      '(?:お湯|おゆ|熱湯|ねっとう)を?かけられ',
      '(?:連れ込|つれこ)まれ',
      '(?:引きずっ|ひきずっ)て',
      '(?:叩|たた)く(?:手|て)が(?:止|と)まら',
    ],
  }),
  c('not_back', {
    ja: [
      '(?:出|で)て(?:いった|行った|いっちゃった|った|ってしまった)(?:まま)?.{0,12}(?:戻|もど|帰|かえ)',
      '(?:抜け出|ぬけだ)し',
      '(?:姿|すがた)が(?:見当たら|みあたら)',
      '(?:家|いえ|部屋|へや)に(?:い|居|お)(?:ない|らん|ません)',
      '(?:行方|ゆくえ)が?(?:わから|分から)',
      '(?:帰|かえ)って(?:こん|けえへん|こーへん|こおへん)',
      '(?:戻|もど)ら(?:ない|ん)',
      '(?:約束|やくそく)の(?:場所|ばしょ)に(?:い|居)(?:ない|ません)',
    ],
  }),
  c('unseen_sign', {
    ja: [
      `(?:郵便受け|ゆうびんうけ|ポスト|ぽすと)が(?:いっぱい)${MAIL_NOT}`,
      '(?:応答|おうとう)(?:が)?(?:なし|ない)',
      '(?:気配|けはい)が(?:ない|しない)',
      '(?:同じ|おなじ)(?:姿勢|しせい)',
      '(?:泣き叫|なきさけ)',
      '(?:閉め出|しめだ)され',
    ],
  }),
  c('body_alarm', {
    ja: [
      '(?:頭|あたま)が(?:ふらふら|くらくら)',
      '(?:半身|はんしん)に(?:力|ちから)が(?:入|はい)らない',
      '(?:しゃべれ|喋れ)(?:ん|なく|ない)(?:ごと)?(?:なっ)',
      '(?:だらー|だらん)',
      '(?:倒|たお)れ(?:とる|てる|ている|ています)',
      `(?:返事|へんじ)(?:を)?(?:せん|しない|がない|ありません)${NOT_OFTEN}`,
      '(?:ぼーっと|ぼーと|ぼうっと)して',
      '(?:呼吸|こきゅう)が(?:ゆっくり|止ま|とま)|(?:呼吸器|こきゅうき).{0,8}(?:止ま|とま)',
      '(?:立|た)って(?:られない|いられない)',
      '(?:お腹|おなか)が(?:かたく|硬く).{0,8}(?:痛|いた)',
    ],
  }),
  c('disaster_sign', {
    ja: [
      '(?:水|みず)(?:かさ|嵩)が?(?:増|ふ)え',
      '(?:泥水|どろみず|水|みず)が(?:流れ込|ながれこ)',
      '(?:あふれ|溢れ)そう',
      '(?:窓|まど)(?:が)?(?:割|わ)れて',
    ],
  }),
  c('disaster_sign', {
    ja: ['(?:にげ|逃げ)られない', '(?:ボンベ|ぼんべ)が(?:膨|ふく)ら'],
  }),
  c('pills_sign', {
    ja: ['(?:あるだけ|何枚も|なんまいも|何錠も|なんじょうも)(?:飲|の|貼|は)', '何グラムで|なんぐらむで'],
  }),
  // Signs told with what is at hand: a cord, saved medicine, charcoal, a high place, the dead, a message
  // to someone left behind. Written as situations in each language, romanised Nepali and romaji too.
  c('means', {
    ja: [
      '(?:ロープ|ろーぷ|ひも|紐|縄|なわ)(?:が|も|は)?(?:ある|あります|買った|かった|かけた|買いました|かいました)',
      '(?:薬|くすり|睡眠薬|すいみんやく)(?:は|を|も)?.{0,10}(?:貯め|ため|溜め)て(?:ある|いる|る)',
      '(?:換気口|かんきこう|目張り|めばり|すきま|隙間).{0,10}(?:ふさ|塞)',
      '(?:道具|どうぐ)(?:は|が|も)?(?:そろ|揃)',
      '何階から',
      '(?:木炭|もくたん|七輪|しちりん)',
    ],
    romaji: ['roopu|himo (?:aru|katta)', 'kusuri (?:zenbu|takusan)'],
    en: [
      '(?:saving|saved|hoarding) up (?:my )?(?:meds|pills|medication)',
      '(?:finally )?have enough (?:pills|meds)',
      'engine running|motor running|car exhaust',
    ],
    es: ['soga|cuerda', 'carbon (?:vegetal)?'],
    pt: ['motor ligado.{0,30}(?:garagem|fechad)', 'carvao', 'corda'],
    tl: ['lubid', '(?:naipon|inipon) ko (?:na )?(?:yung |ang )?(?:mga )?gamot'],
    vi: ['day (?:mua|thung)|mua day', 'than (?:hoa|da mua)'],
    zh: [
      '绳子',
      '炭(?:已经|都)?(?:买|准备)',
      '木炭',
      '药(?:都|已经)?(?:准备|攒|存)好',
      '(?:剩下的|所有的)?药.{0,6}全部吃',
    ],
    ko: ['밧줄|로프', '번개탄|숯'],
    ne: ['dori|डोरी', 'chakku|चक्कु', 'goli sabai|औषधि सबै'],
  }),
  c('high_place', {
    ja: [
      '(?:外階段|そとかいだん|非常階段|ひじょうかいだん)',
      '(?:柵|さく|手すり|てすり)の(?:外|そと)',
      '(?:たかい|高い)(?:ところ|所)(?:を)?(?:さが|探)',
      '(?:まど|窓)から(?:とぶ|飛ぶ|とびおり|飛び降り)',
      '(?:ほーむ|ホーム)の(?:いちばん|一番)?(?:端|はし)',
    ],
    romaji: ['takai tokoro'],
    en: ['(?:top|edge) of (?:the )?(?:stairs|car ?park|parking|roof)'],
    es: ['ultimo piso', 'mirando (?:para|hacia) abajo', 'me tiro al tren'],
    pt: ['do lado de fora da janela', 'ultimo andar'],
    tl: ['(?:tatalon|tumalon).{0,20}(?:bintana|building)'],
    vi: ['o ga|san ga|tau sap toi'],
    zh: ['顶楼|顶层|天台', '黄线外', '楼顶边缘|顶楼边缘', '(?:坐|站)在.{0,6}(?:河边|海边|桥)'],
    ko: ['옥상|한강|다리\\s?위'],
    ne: ['pul ma|पुलमा|chhat ma|छतमा'],
  }),
  c('final_act', {
    ja: [
      '(?:母|はは|父|ちち|夫|おっと|主人|しゅじん|妻|つま|お父さん|お母さん|おとうさん|おかあさん)の(?:ところ|とこ)(?:に|へ)?(?:行|い)(?:こう|きたい|く(?:ね|から))',
      '(?:一緒|いっしょ)に(?:しぬ|死ぬ|いなくなる|消える|きえる|逝く)',
      '(?:届|とど)く(?:頃|ころ)には',
      '(?:明日|あした|今日|きょう)から(?:私|わたし)が(?:いなく|居なく)',
      '(?:もう)?(?:あえない|会えない)から',
      '(?:今世|人生)(?:は)?(?:もう)?(?:閉店|へいてん)',
      '(?:引き取り先|ひきとりさき|もらい手|もらいて).{0,20}(?:急|明日|あした|いなく)',
      '(?:解約|かいやく)した.{0,12}(?:最後|さいご)',
      '(?:消|き)える(?:。|」|$)|いなくなる(?:」|。)',
      '(?:書き置き|かきおき)',
    ],
    romaji: ['owari ni suru', 'shin(?:u|itai|imasu)', 'kie(?:ru|tai)', 'ikiru imi'],
    en: [
      "i won'?t be around",
      '(?:said|say) my goodbyes',
      "tonight'?s the night",
      "(?:tell|let) my (?:mom|mum|dad|family|kids|wife|husband) (?:that )?i (?:love|am sorry|'m sorry)",
      "won'?t be a problem for anyone",
      'not (?:planning|going) to get on it',
    ],
    es: [
      'diganle a mi (?:mama|madre|papa|hija|hijo|familia)',
      'ya no le (?:voy|vamos) a hacer falta',
      'descansar para siempre',
      'mande todo lo que tenia',
      'para no despertar',
    ],
    pt: [
      '(?:fala|diga|diz) (?:pra|para|a) minha (?:mae|filha|familia) que',
      'agora (?:to|estou|tou) pront[oa]',
      '(?:deixei|paguei) (?:o cachorro|o gato|todas as contas)',
      'acabo com isso',
    ],
    tl: ['handa na akong umalis', 'wala na ako', 'mawala na lang', 'hindi na ako magising'],
    vi: ['xin loi moi nguoi', 'tao di truoc', 'khong muon song', 'chang ai can'],
    zh: [
      '先走了',
      '(?:带着|和)孩子一起走',
      '再也见不到我',
      '我准备好了(?:[。.!！]|$)',
      '(?:钱|存款)都转给',
      '不想再(?:睁开眼|醒来)',
      '晚安.{0,3}永远|永远(?:再见|不来)',
      '转告我(?:的)?(?:女儿|儿子|妈|爸|家人)',
    ],
    ne: [
      'farkinna|pharkinna',
      'antim (?:din|post|patak)|अन्तिम (?:दिन|पोस्ट)',
      'bachdina|बाँच्दिन|rahadina|रहँदिनँ',
      'nakhoja|नखोज',
      'maaf gara|माफी माग',
      'म जाँदैछु|ma jadai chu',
      'aba sakiyo',
    ],
  }),
  c('not_back', {
    ja: [
      'はぐれ',
      '(?:一人|ひとり)(?:いません|いない)',
      '帰宅(?:して)?(?:ない|いない|しない)',
      '(?:施設|しせつ|学校|がっこう|家|いえ)に(?:着|つ)いて(?:ない|いない)',
      '(?:夜中|よなか|朝|あさ|パジャマ|ぱじゃま).{0,8}(?:家|いえ|うち)を(?:出|で)た',
      '(?:3|三|みっ)(?:日|か)(?:も)?(?:つながらない|繋がらない)',
    ],
    romaji: ['inai|kaette konai|mitsukaranai'],
    en: ['walked out with', '(?:went|gone) missing'],
    es: ['salio sol[oa]', 'salio anoche'],
    pt: ['saiu sozinh[oa]|saiu de madrugada'],
    vi: ['bo di', 'chua thay (?:ve|dau)', 'dien thoai tat|tat may'],
    tl: ['umalis (?:siya|sya)'],
    zh: ['一直不接', '开车走了|离家出走', '退群'],
    ne: ['ghar chhodera|घर छोडेर', 'phone uthaudaina|फोन उठाउँदैन', 'ghar aayena|घर आएन|dekhi aayena|देखि आएन'],
  }),
  c('unseen_sign', {
    ja: ['(?:利用者|りようしゃ)さん.{0,6}(?:出|で)てこない'],
    tl: ['langaw', 'sarado (?:ang )?kurtina'],
    ne: ['niskidaina|निस्किँदैन'],
    zh: ['坐在.{0,6}边缘', '脚悬在外面'],
  }),
  c('other_danger', {
    ja: [
      '(?:小さい|ちいさい)(?:子|こ)が(?:一人|ひとり)で(?:泣|な)いて',
      '(?:やめて|ごめんなさい).{0,6}(?:何回|なんかい)も',
    ],
    en: ['went down', "(?:he|she)(?:'s| is) (?:grey|gray|blue)"],
    es: ['se quiere tirar'],
    pt: ['vai se matar|sentad[oa] do lado de fora'],
  }),
  c('threat_now', {
    ja: [
      '(?:知らない|しらない)(?:人|ひと)が(?:家|いえ)',
      '(?:いえ|家)に(?:はいって|入って)きた',
      '(?:合鍵|あいかぎ).{0,6}(?:持って|もって)',
      '(?:ナイフ|ないふ|包丁|ほうちょう)(?:が)?(?:みえた|見えた)',
    ],
    romaji: ['houchou|naifu', 'kakurete?ru', 'naguru'],
    ko: ['두드리면서', '죽여버린다|죽이겠다'],
    ne: ['ghati thich|घाँटी थिच', 'chakku liyera', 'maarchu|मार्छु', 'dhamki|धम्की', 'lukeko|लुकेको'],
    vi: ['danh (?:em|toi|con)'],
  }),
  c('body_alarm', {
    ja: [
      '(?:汗|あせ)びっしょり',
      '(?:インスリン|いんすりん).{0,10}(?:何回|なんかい|たくさん)',
      '(?:白っぽい|しろっぽい)(?:の)?が(?:見え|みえ)',
    ],
    romaji: [
      'ugokanai',
      'iki (?:shiteru|shite nai)',
      'chi (?:takusan|ga tomaranai)',
      'kizu fukai',
      'atama guruguru',
    ],
    en: ['breathing (?:sounds )?wrong'],
    tl: ['nanginginig', 'nakatirik (?:ang )?mata'],
    vi: ['mau ra (?:rat )?nhieu', 'mat trang bech', 'co giat'],
    zh: ['嘴(?:巴)?歪', '拿不住', '口吐白沫'],
    ne: ['kampdai|काम्दै', 'aankha mathi', 'fij aaudai|फिँज', 'behos|बेहोस'],
  }),
  c('disaster_sign', {
    romaji: ['kaji|kemuri'],
  }),
  c('disaster_sign', {
    ja: ['(?:水|みず)が(?:来|き)てる', '(?:2|二)(?:階|かい)に(?:上が|あが)れない'],
    vi: ['nuoc lu|lu tran'],
  }),
  // ── Told around the danger (crisis3): what the dev authors' misses had in common, written as
  // situations, not sentences. All of these are read by sign rules only (they ask, never answer),
  // except `safe_now`, the exception that keeps a sign quiet.
  c('final_act', {
    ja: [
      // Going to the water or a height now, or already there (「今から川に行く」「海まで来た」).
      '(?:今から|いまから|これから|今夜|こんや|明日|あした|今日|きょう).{0,8}(?:海|うみ|川|かわ|橋|はし|崖|がけ|線路|せんろ|踏切|ふみきり|屋上|おくじょう)(?:の.{0,4})?(?:へ|に|まで)?(?:行|い|ゆ)(?:く|き|こう|ぐ)',
      '(?:海|うみ|川|かわ|橋|崖|がけ|線路|せんろ|踏切|ふみきり|屋上|おくじょう)(?:まで|に)(?:来|き)(?:た|ました|ちゃった|てる)',
      '(?:今から|いまから|これから|明日|あした|ここから).{0,6}(?:飛|と)(?:ぶ|びます|ぼう|び(?:降|お)り)',
      'ここから(?:降|お)り(?:よう|る)',
      '(?:同じ|おなじ)(?:ところ|とこ)(?:に|へ)?(?:行|い)(?:く|こう|きます)',
      '(?:一人|ひとり)で(?:終わら|おわら)せ|(?:終わら|おわら)せる(?:つもり|から|ね|わ)',
      '(?:最後|さいご)に(?:これだけ|ここだけ|一言|ひとこと)?.{0,4}(?:書|か)(?:いとく|いておく|いとこう|きます|いてます)',
      '(?:最後|さいご)に(?:誰か|だれか)と(?:話|はな)',
      '(?:死|し)ぬ(?:前|まえ)に(?:誰か|だれか|一言|ひとこと)',
      '(?:明日|あした)は(?:来|こ)ない(?:ように|よう)',
      '(?:決|き)めた(?:から|し|の)(?:、)?(?:止|と)めないで',
      '(?:生|い)きるか(?:死|し)ぬか',
      '(?:死|し)んだら(?:チャラ|ちゃら|保険|ほけん|楽|らく)',
      '(?:俺|おれ|私|わたし|僕|ぼく|わし|あたし)も(?:死|し)(?:ぬ|にます|のう)',
      '(?:一緒|いっしょ)に(?:死|し)(?:んでくれる|ねる|のう)',
      '(?:電車|でんしゃ)(?:を)?(?:止|と)めたら',
      '(?:あと|後)は(?:実行|じっこう)(?:する)?だけ',
      '(?:次|つぎ)は(?:ちゃんと|ほんとに|本当に|確実に|かくじつに)(?:やる|死|し)',
      'もういつでも(?:いい|ええ|よい)',
      '(?:全部|ぜんぶ|ほとんど).{0,4}(?:処分|しょぶん)(?:しました|した)|(?:身の回り|みのまわり)の(?:物|もの)を.{0,6}(?:処分|しょぶん)',
      'もう(?:必要|ひつよう)(?:ない|なくなる)から',
      '(?:アカウント|あかうんと|データ|でーた|写真|しゃしん).{0,10}(?:全部|ぜんぶ)(?:消|け)した',
      '(?:保険証|ほけんしょう|通帳|つうちょう|印鑑|いんかん|遺書).{0,8}(?:机|つくえ|テーブル|てーぶる)の(?:上|うえ)に(?:置|お)',
      '(?:墓|はか)の(?:場所|ばしょ)',
      '(?:遺書|いしょを|いしょかい)',
      '(?:さよなら|さようなら|お別れ|おわかれ)[」』]?の(?:投稿|とうこう|メッセージ|めっせーじ)',
      '(?:ちょうどいい|ちょうど良い|手頃な|てごろな)(?:枝|えだ|木|高さ|たかさ)',
      '(?:首|くび)に.{0,6}(?:巻|ま)いて(?:引|ひ)っ(?:ぱ|張)',
      '(?:生|い)きるの(?:を)?(?:やめ|止め|辞め)(?:たい|る|よう)',
      '人生(?:を)?(?:おしまい|お終い|終い)に',
      '(?:\\d+|何|なん)(?:階|かい)から(?:飛|と)(?:ん|ぶ|び)',
      '(?:死に場所|しにばしょ|死ぬ場所|しぬばしょ)',
      '(?:死|し)ぬ[」』]?って(?:書|か)いて',
      '(?:手に取|てにと)りそう|(?:包丁|ほうちょう|ナイフ|ないふ|ロープ|ろーぷ)ばかり(?:見|み)',
      '(?:死|し)んでも(?:誰|だれ)も(?:気づ|気付|きづ)',
      '(?:死|し)ねたら(?:ええ|えぇ|よか)',
      // Tohoku さ for へ: 「裏の沢さ行ぐべ」.
      '(?:沢|さわ|川|かわ|海|うみ|崖|がけ|山|やま)さ(?:行|い)(?:ぐ|く|が)',
    ],
    tl: ['mawala na lang', 'gusto ko na (?:lang )?mawala'],
    pt: ['obrigad[oa] por tudo.{0,30}(?:cuida|cuide)', 'cuida da minha (?:filha|familia|mae)'],
    en: ['(?:mine|my (?:cat|dog|pets?)) (?:will )?need(?:s)? a new home'],
    zh: ['永别', '(?:带着|帶著)孩子一起走', '想(?:跳下去|跳)', '牽掛|牵掛'],
  }),
  c('high_place', {
    zh: ['很高的地方', '车站.{0,6}(?:月台|站台|ホーム)', '(?:河|川|江|海)边上|川边'],
  }),
  c('harm_sign', {
    ja: [
      // Cutting told without the word for it (「また切った」「切った 深い」「切りたい衝動」).
      '(?:また|きょうも|今日も|今回)(?:、)?(?:切|き)(?:った|っちゃった|ってしまった|って(?:る|た))',
      '(?:切|き)りたい(?:衝動|しょうどう)|^(?:切|き)りたい',
      '(?:切|き)(?:った|っちゃった)(?:。|、)?(?:深|ふか)い|(?:もっと|もう少し|もうすこし)(?:深|ふか)く',
      '(?:今から|いまから)(?:切|き)る',
      '[「"](?:また)?(?:切|き)った',
      '(?:剃刀|カミソリ|かみそり|彫刻刀|ちょうこくとう|コンパス|こんぱす|ハサミ|はさみ|カッター|かったー|破片|はへん|ライター|らいたー|鉛筆|えんぴつ|刃|ペンチ|ぺんち)(?:で|の火|を)(?:、)?.{0,10}(?:腕|うで|手首|てくび|太もも|ふともも|手の甲|てのこう|自分|じぶん|肌|はだ|握|にぎ)',
      '(?:自分|じぶん)の(?:腕|うで|手首|てくび|手の甲|てのこう|太もも|ふともも|顔|かお|頭|あたま|爪|つめ|体|からだ).{0,12}(?:刺|さ|切|き|殴|なぐ|叩|たた|あぶ|炙|焼|火|傷つけ|きずつけ|はが|剥が)',
      '(?:自分|じぶん)で(?:叩|たた|殴|なぐ|刺|さ|焼|や)(?:いた|った|して|した)',
      '(?:自分|じぶん)の.{0,4}を(?:何度|なんど)も(?:殴|なぐ|叩|たた|刺|さ)',
      '(?:喉|のど)に(?:指|ゆび).{0,8}(?:吐|は)',
      '(?:傷つけ|きずつけ)ないと',
      'もっと(?:切|き)(?:りたい|る)|(?:深|ふか)く(?:切|き)(?:り|っ|る)',
      '(?:切|き)った.{0,6}(?:ふか|深)い|ぶりに(?:切|き)った|(?:何度|なんど)も(?:切|き)って',
      '[「"][^」"]{0,4}(?:切|き)った',
      '(?:自分|じぶん)の(?:腕|うで|手首|てくび|太もも|ふともも|手|て|足|あし).{0,4}を(?:剃刀|カミソリ|かみそり|彫刻刀|カッター|かったー|ハサミ|はさみ|コンパス|こんぱす|ナイフ|ないふ|包丁|ほうちょう)で',
      '(?:血|ち)のついた(?:ティッシュ|てぃっしゅ|タオル|たおる|刃)',
    ],
    ne: ['(?:haat|हात) (?:kaat|काट)', 'blade le'],
  }),
  c('body_alarm', {
    ja: [
      '(?:傷|きず)(?:口|ぐち)?(?:が)?(?:ぱっくり|ひらい|開い)',
      '(?:血|ち)(?:が|も)?(?:まじ|混じ)って',
      '(?:血|ち)(?:が|も)?(?:出|で)(?:てる|ている|てき|とる)|(?:血|ち)が(?:にじ|滲)',
      '(?:血|ち)(?:が)?(?:とまんない|止まんない|止まらん|とまらん|とまらない|止まらない)',
      '(?:湯船|ゆぶね|お風呂|おふろ|浴槽)(?:が|も)(?:赤|あか|真っ赤)',
      '(?:さっきから|急に|きゅうに).{0,6}(?:言|い)ってること(?:が)?(?:おかし|へん|変)',
      '(?:急|きゅう)に.{0,6}(?:意味不明|いみふめい|わけのわからない)',
      '(?:意味|いみ)(?:わかんない|わからない|不明な)こと(?:を)?(?:言|い)って',
      '(?:話|はなし)が(?:かみ合わ|噛み合わ)',
      'しゃべり(?:方|かた)(?:が)?(?:おかし|へん|変)',
      '(?:箸|お箸|おはし|コップ|こっぷ)が(?:持|も)てな|(?:字|じ)(?:が|も)(?:書|か)けな(?:く|い)',
      '(?:顔|かお)の(?:片|かた)(?:っぽ|ほう|方)|(?:顔|かお)の(?:右|左|みぎ|ひだり)(?:半分|はんぶん|側|がわ)(?:が)?(?:動|うご)いて(?:ない|いない)',
      '(?:半身|はんしん)に(?:力|ちから)が(?:入|はい)り?(?:ません|らん)',
      '(?:喉|のど)を(?:押|お)さえ|ひゅーひゅー|ぜいぜい|いびきみたいな(?:息|いき)',
      '(?:みるみる|どんどん)(?:青|あお|白|しろ)く',
      '(?:真っ青|まっさお|まっ青)な(?:顔|かお)',
      '(?:血圧|けつあつ).{0,4}(?:[2-9]\\d\\d)',
      '(?:頭|あたま)が(?:割|わ)れ(?:そう|る)|(?:目の前|めのまえ)が(?:ちかちか|暗|くら|真っ暗|まっくら)',
      '(?:体|からだ)が(?:氷|こおり)(?:みたい|のよう)',
      '(?:汗|あせ)だく(?:で)?.{0,8}(?:震|ふる|意味|おかし|変|へん|話)',
      '(?:インスリン|いんすりん)(?:を)?(?:打|う)ち(?:すぎ|過ぎ)|(?:インスリン|いんすりん).{0,20}(?:何も|なにも)(?:食|た)べて',
      'うずくまって(?:る|いる|います)',
      '(?:脚|足|あし|腕|うで)が?(?:変な|へんな)(?:方向|ほうこう)',
    ],
    zh: ['好像断了', '烫到|燙到|烫伤|燙傷', '皮都起泡'],
  }),
  c('pills_sign', {
    ja: [
      '(?:酒|さけ|ストゼロ|すとぜろ|ビール|びーる|焼酎|しょうちゅう|チューハイ).{0,10}(?:薬|くすり|睡眠薬|すいみんやく)(?:と)?(?:一緒|いっしょ)',
      '(?:薬|くすり|睡眠薬|すいみんやく)(?:と)?(?:一緒|いっしょ)に(?:お酒|酒|おさけ|さけ)',
      '(?:多め|おおめ|大量|たいりょう)に(?:飲|の)(?:ん|み)',
      '(?:[1-9]\\d|[1-9]\\d\\d)(?:錠|じょう|粒|つぶ)(?:も|くらい|ぐらい|以上)?(?:飲|の)ん',
      '(?:子|こ|子ども|こども|赤ちゃん|あかちゃん|娘|むすめ|息子|むすこ).{0,12}(?:口|くち)に(?:した|入れた|いれた)',
      '(?:エンジン|えんじん)(?:が|を)?(?:かか|かけ)(?:った|た)まま',
      '(?:家族|かぞく)(?:みんな|全員|ぜんいん)(?:が)?.{0,4}(?:頭痛|ずつう|吐き気|はきけ)',
    ],
  }),
  c('threat_now', {
    ja: [
      '(?:首|くび)(?:を)?(?:しめ|絞め|締め)られ|(?:首|くび)に(?:手|て)を(?:かけ|掛け)',
      '(?:ナイフ|ないふ|包丁|ほうちょう|刃物|はもの|斧|おの|バット|ばっと|瓶|びん)(?:みたいなの|のようなもの)?を(?:見せ|みせ|向け|むけ|振り回|ふりまわ)',
      '(?:斧|おの)(?:みたいなの|のようなもの)?を(?:持|も)',
      '(?:殺|ころ)して(?:俺|おれ|私|わたし|わし|自分|じぶん)も',
      '(?:ドア|どあ|玄関|げんかん)(?:を)?(?:け|蹴)っ(?:て|てる)|(?:開|あ)けろ',
      '(?:ストーカー|すとーかー|元夫|もとおっと|元カレ|もとかれ|元彼|知らない(?:男|人)|しらない(?:おとこ|ひと)|おとこ|男)(?:が)?.{0,6}(?:家|いえ)の(?:前|まえ)に(?:いる|い(?:て|ます))',
      '(?:インターホン|いんたーほん|チャイム|ちゃいむ)(?:が)?(?:ずっと|何度も|なんども)(?:鳴|な)',
      '(?:今から|いまから)(?:行|い)く(?:から)?(?:待|ま)って(?:ろ|な)',
      '(?:腕|うで|髪|かみ)(?:を)?(?:つかまれ|掴まれ|引っ張られ|ひっぱられ|引っ張って|ひっぱって)',
      '(?:まだ|ずっと)(?:ついて|付いて)(?:くる|来る)',
      '(?:車|くるま)に(?:押し込|おしこ|乗せ|のせ)(?:まれ|られ)|(?:乗|の)って[」』]?(?:って)?(?:言|い)って(?:くる|きた)',
      '(?:瓶|びん)(?:を)?(?:割|わ)って',
      '(?:なぐる|殴る|たたく|叩く)(?:。|、)?(?:いま|今)',
      '(?:殴|なぐ)られて.{0,10}(?:止まら|とまら|止まん|とまん|まだ)',
      '(?:まど|窓)(?:が)?(?:われた|割れた)',
      '(?:怒鳴り声|どなりごえ)と(?:物音|ものおと)|(?:突き飛ば|つきとば)し',
      '(?:子|こ)(?:ども|供)?を(?:連れて行こう|つれていこう|連れ去ろう|つれさろう)|(?:連れ去|つれさ)(?:ら|り|ろ)',
      '(?:どこか|どっか)に(?:連れて|つれて)(?:いった|行った|いかれ|行かれ)',
    ],
  }),
  c('gone_out', {
    // A person gone, said by the circumstances; asks with a vulnerable person or a circumstance (below).
    ja: [
      '(?:出|で)て(?:行|い)った|(?:出|で)てった|(?:出|で)て(?:いっちゃ|行っちゃ)った|(?:出|で)て(?:しまった|しまいました)|(?:出|で)ちゃった',
      '(?:出|で)た(?:きり|まま)|(?:行|い)った(?:きり|っきり)|(?:言|い)った(?:きり|っきり)',
      '(?:姿|すがた)が(?:見え|みえ)(?:ない|ません)|(?:見当|みあ)たら(?:ない|ず)|(?:こども|子ども|子)(?:が)?(?:みえない|見えない)',
      'いなくなり(?:ました|まして)|いなくなった(?!ら)',
      // A person not there (「母がいない」), not 「話し相手がいない」「行っていません」.
      '(?:母|父|夫|妻|子|娘|息子|むすめ|むすこ|こども|ちゃん|さん|くん|祖母|祖父|義父|義母|主人|お母さん|お父さん|おかあさん|おとうさん|ママ|パパ|まま|ぱぱ|弟|妹|兄|姉|孫)(?:が|は|も)?(?:、|。)?.{0,12}(?<!て)(?:いない|いません|いなくて|おらん|おらへん)',
      '(?:家出|いえで)(?!て|た)',
      '(?:送迎車|そうげいしゃ|車|くるま)から(?:降|お)りた(?:後|あと)',
      '(?:連絡|れんらく)(?:が)?(?:ない|とれない|取れない|つかない)',
      // kana には いって is 「には言ってない」 (「おやには いってない」 'not told my parents': dialogs8 dd-131)
      '(?:入|(?<!に)はい)って(?:いない|ない)',
      '(?:布団|ふとん|ベッド|べっど)が(?:空|から)',
      '(?:さが|探)して(?:も)?(?:いない|いません|見つから|みつから)',
      '(?:出|で)て(?:行|い)きました|(?:出|で)てっちゃった|(?:持|も)って(?:出|で)(?:た|ました|ていった)',
      'にも(?:いない|いなくて|いません)|(?:いま|今)(?:は)?いない|から(?:いない|いません)',
      '(?:家|いえ)を(?:出|で)て(?:から)?(?:もう)?.{0,4}(?:\\d+|[一二三四五六七八九十])時間',
    ],
    vi: ['chua thay', 'chua ve'],
    ne: [B('(?:gayo|gaeko)'), B('phone (?:pani )?chaina')],
  }),
  c('gone_circumstance', {
    ja: [
      '夜中|よなか|深夜|しんや|真夜中|もう暗|暗く|(?<!い)くらく(?!らい)|真冬|まふゆ|氷点下|ひょうてんか|0度|零度|薄着|うすぎ|裸足|はだし|パジャマ|ぱじゃま|台風|たいふう',
      '\\d+時間|[一二三四五六七八九十]時間|(?:今朝|けさ|朝|夕方|昨日|きのう)から|予定より|よていより',
      '認知症|にんちしょう|徘徊|はいかい|物忘れ|ものわすれ|(?:みち|道)(?:が)?(?:わからなく|分からなく)',
      '(?:手紙|てがみ|書き置き|かきおき|メモ|めも)(?:が)?(?:ある|あった|あります|置いて)',
      '(?:玄関|げんかん)の(?:鍵|かぎ)が(?:開|あ)いて|(?:財布|さいふ|靴|くつ|杖|つえ).{0,6}(?:置いた|おいた|置きっぱなし|はかないで|はかずに)',
      '(?:センサー|せんさー)が(?:鳴|な)',
    ],
    vi: ['troi (?:da )?toi'],
    ne: [B('(?:ghanta bhayo|\\d+ ghanta|rati|andhyaro)'), 'राति'],
  }),
  c('not_back', {
    ja: [
      '(?:利用者|りようしゃ|入所者|にゅうしょしゃ|入居者|にゅうきょしゃ|園児|えんじ|児童|じどう)(?:さん|の方|のかた)?.{0,24}(?:いなく|いない|見当た|みあた|見つから|みつから|行ってしまい|いってしまい)',
    ],
  }),
  c('unseen_sign', {
    ja: [
      '(?:カーテン|かーてん|雨戸|あまど)(?:が)?.{0,6}(?:閉|し)まった(?:まま|きり)|(?:閉め切り|しめきり|閉めきり)',
      '(?:呼|よ)んでも(?:出|で)てこ(?:ない|ず)|(?:呼|よ)んでも(?:返事|へんじ|応答|おうとう)',
      '(?:すき間|隙間|すきま)に(?:ガムテープ|がむてーぷ)',
      'ずっと(?:水|みず)の(?:音|おと)|(?:水|みず)の(?:音|おと)だけ',
      '(?:\\d|[一二三四五六七])(?:日|にち)(?:も)?(?:みない|見ない|見てない|みてない|見かけ)',
      `(?:しんぶん|新聞)(?:が)?(?:たくさん|いっぱい)${MAIL_NOT}`,
      '(?:室外機|しつがいき)(?:も|が)?(?:動|うご)いて(?:ない|いない)',
    ],
  }),
  c('other_danger', {
    ja: [
      '(?:怒鳴り声|どなりごえ|怒鳴る声|どなるこえ).{0,12}(?:泣き声|なきごえ|悲鳴)|(?:泣き声|なきごえ).{0,12}(?:怒鳴り声|どなりごえ)',
      '(?:ごめんなさい|やめて)[」』]?(?:って|と)(?:ずっと|何度も|なんども)',
      '(?:助|たす)けて(?:ー|〜|ぇ)*[」』"]?(?:って|と)(?:こえ|声|叫|さけ|言|い)',
      // Not 「部屋から出てこない」: a son withdrawn for years is a consultation (ひきこもり).
      '(?:トイレ|といれ|風呂|ふろ|浴室|よくしつ)から(?:出|で)てこない',
      '(?:顔|かお)に.{0,6}(?:アザ|あざ|痣)',
      // not a noise complaint (「上の階のドンドンって音がうるさい」, crisis17: answered by the model rebuilt with d15)
      '(?:ドン|どん)って(?:音|おと)(?!.{0,20}(?:うるさ|迷惑|めいわく|苦情|くじょう))',
    ],
    en: [
      "(?:yelling|screaming|saying) (?:that )?(?:he|she)(?:'ll| will| is going to| wants to)? jump",
      'leaning over the railing',
    ],
  }),
  c('disaster_sign', {
    ja: [
      '(?:煙|けむり)(?:が|も)?(?:出|で)(?:て|た)|(?:煙|けむり)で(?:真っ白|まっしろ|前が|見え)',
      '(?:臭い|におい|匂い)と(?:煙|けむり)|(?:煙|けむり)と(?:臭い|におい|匂い)',
      '(?:油|あぶら)に(?:火|ひ)(?:が)?(?:つ|付|着)いた|(?:火|ひ)が(?:広|ひろ)が',
      '(?:火災報知器|かさいほうちき|火災警報|かさいけいほう)(?:が)?(?:鳴|な)って',
      '(?:水|みず)(?:が)?(?:入|はい)って(?:き|く)|(?:雨|あめ)が(?:入|はい)って|(?:水|みず)が(?:どんどん)?(?:上が|あが)って',
      '(?:崖|がけ|土砂|どしゃ|裏山|うらやま)(?:が)?(?:崩|くず)れ|(?:家|いえ)が(?:傾|かたむ)い|(?:屋根|やね)が(?:飛|と)ん',
      '(?:人工呼吸器|じんこうこきゅうき|在宅酸素|ざいたくさんそ|酸素|さんそ|吸引器|きゅういんき).{0,20}(?:止ま|とま|切れ|きれ|あと)',
      '(?:ボンベ|ぼんべ).{0,10}あと',
      '(?:戻|もど)れ(?:ない|なく)',
    ],
  }),
  c('safe_now', {
    // The present said as safe: the only thing besides a "what if" that keeps a sign quiet. A past
    // time word alone (「去年」「昔住んでた家」) does not: a real danger is often told with its history.
    ja: [
      '(?:今|いま)は(?:もう)?(?:大丈夫|だいじょうぶ|落ち着|おちつ|元気|げんき|平気|へいき|治|なお|回復|かいふく|安定|あんてい|幸せ)',
      '(?:治|なお)り(?:まし)?た|(?:回復|かいふく)し',
      '(?:何年|なんねん|もう|ずっと).{0,6}(?:して|やって)(?:い)?(?:ない|ません)',
      '(?:昔|むかし|以前|いぜん|若い(?:頃|ころ)|学生(?:の)?(?:頃|時|とき)|子ども(?:の)?(?:頃|ころ)|当時|とうじ|\\d+年前|何年も前)(?:は|に|の)?.{0,30}(?:けど|けれど)(?!.{0,20}(?:また|今日|きょう|今も|いまも))',
      '(?:遺品|いひん|四十九日|一周忌)',
      '(?:今|いま)は.{0,10}(?:穏やか|おだやか)',
      '(?:去年|きょねん|昨年|さくねん|\\d+年前|先月|せんげつ)の.{0,12}(?:しました|でした)',
    ],
    en: [
      "(?:i'?m|i am|doing) (?:fine|ok|okay|better|safe|well) now|now i'?m (?:fine|ok|okay|better|safe)|recovered|every(?:one|body)(?:'s| is| was) (?:fine|ok|okay|safe)",
      'years ago|when i was (?:young|a teen|in school|younger)|used to',
    ],
    es: ['ahora estoy bien|ya estoy bien', 'hace (?:anos|mucho)|cuando era (?:joven|nin[oa])'],
    pt: ['agora estou bem|ja estou bem', 'anos atras|quando eu era (?:jovem|crianca)'],
    tl: ['(?:okay|ok) na ako ngayon|maayos na ako', 'noong bata'],
    vi: ['gio (?:toi|em) on roi|da on roi', 'nhieu nam truoc|ngay xua'],
    zh: ['现在(?:已经)?(?:好了|没事|很?稳定|很?穩定)', '几年前|小时候'],
    ko: ['지금은\\s?(?:괜찮|좋아)', '몇\\s?년\\s?전|어렸을\\s?때'],
    ne: ['अहिले ठीक', 'धेरै वर्ष अघि'],
  }),
  // The same situations in the other languages (crisis3), written from the situation, not from a
  // corpus line: going to the water or a height now, a person gone with a circumstance, cutting said
  // plainly, confusion, a neck squeezed, smoke and rising water. Romanised Nepali in B().
  c('final_act', {
    en: [
      '(?:going|heading|walking|on my way) (?:to|towards) the (?:bridge|river|sea|ocean|cliff|tracks|train tracks|rooftop|roof)(?: now| tonight)?',
      "(?:standing|sitting|i'?m|i am) (?:on|at) (?:the )?(?:edge|ledge|bridge|cliff|rooftop|platform edge)",
      '(?:gave|giving|give) away (?:my )?(?:cat|dog|pets?|things|stuff|belongings)',
      'who (?:will|would|is going to) (?:take care of|look after|feed) my (?:cat|dog|pets?|kids)',
      '(?:deleted|deleting) (?:all )?(?:my )?(?:accounts|photos|social media|everything)',
      'this is goodbye|goodbye (?:forever|for good)|(?:you )?(?:will not|won.?t) see me again',
      'jump(?:ing)? (?:off|from) (?:the|a|this)',
      '(?:step|jump|walk)(?:ing)? in front of (?:a|the) (?:train|truck|car)',
    ],
    tl: [
      'pupunta (?:na )?(?:ako|ko) sa (?:tulay|ilog|dagat|riles|bubong)',
      'nasa (?:tulay|bubong|rooftop|riles) (?:na )?ako',
      'tatalon (?:na )?ako',
      '(?:ibinigay|binigay|pinamigay) ko na (?:ang |yung )?(?:pusa|aso|gamit)',
      'salamat sa lahat.{0,20}paalam|paalam na',
      '(?:hindi|di) (?:nyo|niyo|mo) na ako makikita',
    ],
    es: [
      '(?:voy|me voy|estoy yendo) (?:al|a la|hacia el|hacia la) (?:puente|rio|mar|vias|azotea)',
      'estoy en (?:el|la) (?:puente|azotea|borde)',
      'regale (?:a )?mi (?:gato|perro)',
    ],
    pt: [
      '(?:vou|estou indo) (?:para|pra) (?:a |o )?(?:ponte|rio|mar|trilhos)',
      '(?:estou|to|tou) (?:na|no) (?:ponte|beirada|telhado)',
      'dei (?:o )?meu (?:gato|cachorro)',
    ],
    vi: ['dang (?:ra|di ra|den) (?:cau|song|bien)', 'dang dung tren (?:cau|mai)', 'vinh biet'],
    ko: ['다리\\s?위(?:에|야)', '강에\\s?(?:왔|와\\s?있)', '마지막\\s?인사'],
    ne: [
      'पुलमा|खोलामा|नदीमा',
      'अब भेट हुँदैन',
      // crisis24: not 'sabai lai dhanyabad' (thanks to everyone), which closes a good day too: thanks_all, read with a goodbye
      B('(?:pul ma jaadai|kholama|nadi ma|aba bhet hudaina)'),
    ],
  }),
  c('gone_out', {
    en: [
      '(?:wandered|walked|ran) (?:off|out|away)|wandered',
      'bed (?:is )?empty',
      "(?:can'?t|cannot|couldn'?t) find (?:him|her|them|my (?:son|daughter|mom|mum|dad|father|mother|grand\\w+|husband|wife|kid|child))",
      'nowhere to be found|no one has seen (?:him|her)',
      "(?:hasn'?t|has not|didn'?t|did not|never) (?:come|came|got|gotten) (?:home|back)",
      '(?:is|are|went|gone) missing',
    ],
    tl: [
      'nawawala',
      '(?:hindi|di) pa (?:umuuwi|bumabalik|nakakauwi|dumarating)',
      '(?:hindi|di) (?:namin|ko) (?:siya |sya )?mahanap',
      'wala (?:siya |sya )?sa (?:kama|kwarto|bahay)',
    ],
    es: ['no (?:aparece|lo encontramos|la encontramos)', 'no ha vuelto|no volvio', 'se fue (?:de casa|sin)'],
    pt: ['nao (?:o |a )?(?:encontramos|achamos)', 'sumiu|desapareceu', 'saiu (?:de casa|sem)'],
    vi: ['khong tim thay', 'mat tich', 'bo nha di'],
    zh: ['找不到(?:他|她|人)', '不见了|失踪', '还没回'],
    ko: ['안\\s?보여요|찾을\\s?수가?\\s?없', '집을\\s?나갔', '실종'],
    // Not 「हरायो」 alone: a residence card or a dog is lost as often.
    ne: ['फर्केको छैन|निस्कनुभयो', B('(?:ghar farkeko chaina|niskanu bhayo|niskyo)')],
  }),
  c('gone_circumstance', {
    en: [
      'dementia|alzheimer',
      '\\d+ hours?|(?:all|last) night|since (?:this morning|last night|yesterday|noon)',
      "it'?s (?:getting )?dark|freezing|snowing|pajamas|pyjamas|barefoot",
      'without (?:a |his |her )?(?:coat|jacket|shoes|phone|wallet)',
      'left (?:a )?note',
    ],
    tl: [
      'dementia|ulyanin|madaling araw|gabi na|ilang oras|\\d+ oras|nakapaa|pajama|iniwan (?:ang |yung )?(?:cellphone|phone|sulat)',
    ],
    es: [
      'demencia|alzheimer|\\d+ horas|de noche|ya es de noche|descalz[oa]|en pijama|sin (?:celular|telefono|zapatos)',
    ],
    pt: [
      'demencia|alzheimer|\\d+ horas|de madrugada|ja (?:esta|e) noite|descalc[oa]|de pijama|sem (?:celular|sapato)',
    ],
    vi: ['mat tri nho|lu lan|\\d+ (?:tieng|gio)|nua dem|troi toi|khong mang (?:dien thoai|giay)'],
    zh: ['痴呆|失智|\\d+个?小时|半夜|天黑|没穿鞋|穿着睡衣|没带手机'],
    ko: ['치매|\\d+\\s?시간|밤새|한밤중|맨발|잠옷'],
    ne: ['घण्टा|अँध्यारो|बिर्सने रोग', B('(?:birsane rog|dementia)')],
  }),
  c('harm_sign', {
    en: [
      'cut (?:again|deeper|too deep)|(?:want|need|urge) to cut',
      '(?:razor|blade) (?:in my hand|on my (?:arm|wrist|skin))',
      '(?:burning|scratching|stabbing) (?:my ?self|my (?:arm|skin|hand))',
    ],
    tl: ['(?:hiniwa|hinihiwa|sinusugatan) ko (?:ang |yung )?(?:braso|pulso|sarili)'],
    es: ['cortarme otra vez|ganas de cortarme', 'me (?:estoy )?quemando'],
    pt: ['vontade de me cortar|me cortei de novo'],
    vi: ['rach (?:tay|co tay)|cat (?:co tay|tay) (?:lai|nua)'],
    zh: ['又想割|想割(?:手|腕)'],
    ko: ['또\\s?그었|긋고\\s?싶'],
    ne: ['आफैलाई जलाउ', B('(?:haat kaat\\w*|aafai lai (?:kaat|jala)\\w*)')],
  }),
  c('body_alarm', {
    en: [
      '(?:talking|speaking) (?:nonsense|gibberish)|not making (?:any )?sense|confused and (?:sweaty|shaking)',
      '(?:face|mouth) (?:is )?drooping',
      "(?:can'?t|cannot) (?:lift|raise|move) (?:his|her|my) (?:arm|leg)",
      'gasping|wheezing',
      '(?:face|skin) (?:is )?(?:turning |gone )?(?:blue|grey|gray)',
      'cold and clammy',
      "(?:won'?t|will not|isn'?t|is not|not) respond(?:ing)? to (?:me|touch|(?:his|her) name|anything|(?:my|our) voice)",
    ],
    tl: [
      'nalilito|(?:hindi|di) makapagsalita ng maayos',
      'tumabingi ang mukha|namumutla|nangingitim',
      '(?:hindi|di) (?:siya |sya )?sumasagot',
    ],
    es: ['habla (?:raro|sin sentido)|no se le entiende', 'la cara (?:torcida|caida)'],
    pt: ['falando (?:coisa sem sentido|enrolado)|boca torta'],
    ne: ['मुख बाङ्गो', B('mukh bango'), ...cannotSpeakNe],
  }),
  c('threat_now', {
    en: [
      '(?:choking|strangling) (?:me|her|him|my (?:mom|mum|mother|sister|wife))',
      'hands? (?:around|on) (?:my|her|his) (?:neck|throat)',
      'kicking (?:the|my|our) door',
      '(?:ex|stalker|he|she)(?: is| has been)? (?:outside|at) (?:my|our) (?:door|house|apartment|flat)',
      'grabbed my arm|pulled (?:me|her|him) into (?:a|his|the) car',
    ],
    tl: [
      'sinasakal|sinakal',
      'sinisipa (?:ang|yung) pinto',
      'may hawak na (?:kutsilyo|itak|baril)',
      'binubugbog',
    ],
    es: ['me (?:esta )?ahorcando|la (?:esta )?ahorcando', 'pateando la puerta'],
    pt: ['(?:me|a) enforcando|chutando a porta'],
    ne: ['कुट्दै', B('(?:kutdai|kutyo|ghati thich\\w*)')],
  }),
  c('disaster_sign', {
    en: [
      'smoke (?:is )?(?:coming|pouring|filling)|(?:room|hallway|house|kitchen) (?:is )?full of smoke',
      'fire alarm (?:is )?(?:going off|ringing)',
      'water (?:is )?rising|landslide|roof (?:blew|blown) off',
      '(?:oxygen|ventilator).{0,30}(?:power|battery)|(?:power|battery).{0,30}(?:oxygen|ventilator)',
    ],
    tl: ['may usok|umuusok|sunog', 'tumataas (?:na )?ang tubig', 'gumuho|landslide'],
    es: ['sale humo|lleno de humo|el agua (?:esta )?subiendo'],
    pt: ['saindo fumaca|cheio de fumaca|a agua (?:esta )?subindo'],
    vi: ['khoi (?:bay|den)|nuoc dang len'],
    ne: ['पहिरो|आगो लाग्यो|पानी पस्यो', B('(?:dhuwa|aago lagyo|pani pasyo|pahiro)')],
  }),
  c('unseen_sign', {
    en: [
      'curtains (?:have been |are |were )?(?:closed|drawn) (?:for|all)',
      "(?:not|isn'?t|hasn'?t been) answering (?:the|his|her) door",
      '(?:newspapers|mail|post) piling up',
      "haven'?t seen (?:him|her|them) (?:in|for) (?:days|a week)",
    ],
    tl: ['ilang araw (?:na )?(?:hindi|di) (?:lumalabas|nakikita)', '(?:hindi|di) sumasagot sa pinto'],
    es: ['no abre la puerta|hace dias que no (?:sale|lo vemos|la vemos)'],
    pt: ['nao abre a porta|faz dias que (?:nao sai|nao vejo)'],
  }),
  // Tuned with d6 (a sixth author, after its held-out score): the same situations, more of their forms.
  c('final_act', {
    ja: [
      '(?:もう)?(?:長|なが)くは(?:おる|いる|生き|いき)(?:つもり|気|き)(?:は)?(?:ない|ねえ|なか)',
      '(?:私|わたし|わし|俺|おれ|僕|ぼく|あたし)が(?:おらん|いなく|居なく)(?:ように)?なったら',
      'もう(?:会|あ)うこと(?:も|は)(?:ない|ありません)',
      '(?:ベランダ|べらんだ|窓|まど|屋上|おくじょう|屋根|やね|ビル|びる|橋|はし)から(?:飛|と)(?:べ|ぶ|ん|び|ぼう)',
      '(?:書|か)くのが(?:最後|さいご)|これが(?:最後|さいご)の(?:メッセージ|めっせーじ|連絡|れんらく)',
      '樹海|じゅかい',
      '(?:川|かわ|海|うみ)の(?:水|みず)(?:って|は)?.{0,10}(?:冷た|つめた)',
      '(?:二人|ふたり|一緒|いっしょ)で?(?:海|うみ|川|かわ)に(?:行|い)こう',
      '(?:おばあちゃん|おじいちゃん|祖母|祖父|彼女|かのじょ|彼氏|かれし|妻|つま|娘|むすめ|息子|むすこ|あの人|あのひと)の(?:ところ|とこ)(?:に|へ)?(?:行|い)(?:こう|きたい|く(?:ね|から))',
      'もう(?:いない|いません)[」』]?(?:って|と)',
      '(?:さよなら|さようなら)(?:を)?します',
      '(?:死|し)んだ(?:人|ひと)の(?:ところ|とこ)',
    ],
    en: ['sort (?:it|things|everything)(?: out)? before i go'],
    tl: [
      'nagpaalam na (?:ako|ko)',
      'wala nang saysay',
      'mag-?alaga ng (?:mga )?(?:pusa|aso) ko',
      '(?:hindi|di) na (?:ako|ko) magtatagal',
      'tumalon (?:na lang )?sa (?:tren|riles|tulay)',
      '(?:wag|huwag) (?:niyo|nyo) na (?:ko|ako) hanapin',
    ],
    pt: ['(?:to|tou|estou) decidid[oa]'],
    zh: ['想去找(?:她|他|妈|爸|妈妈|爸爸)', '谢谢大家.{0,3}再见'],
    ko: ['그만\\s?살고\\s?싶', '다\\s?정리하려고'],
    ne: [
      'बाँच्न चाहन्न|सबै सकिन्छ|जिन्दगी पुग्यो',
      "मर्छु['’]? भन",
      B('(?:bachna chahanna|sabai sakinchha|(?:jindagi|jiwan) pugyo|phone ko password|bank ko kura)'),
    ],
  }),
  c('high_place', {
    ne: ['रेलको लाइन|रेल लाइन|बालकनीमा चढ', B('(?:rail ko line|train ko line|balcony ma chad\\w*)')],
  }),
  c('means', {
    ne: ['निद्राको गोली', B('(?:nindra ko goli|goli jamma)')],
  }),
  c('pills_sign', {
    pt: ['todos os remedios (?:de uma vez|juntos)'],
    es: ['todas las pastillas (?:de una vez|juntas)'],
    en: ['all (?:my|the) (?:pills|meds|tablets) at once'],
  }),
  c('harm_sign', {
    ne: [B('(?:blade (?:cha|liyera|le))')],
  }),
  c('gone_out', {
    ja: [
      '(?:持|も)って(?:家|いえ)を(?:出|で)',
      '(?:帰|かえ)って(?:ない|いない|ません|こん)',
      'それ(?:きり|っきり)(?:つながら|繋がら|連絡|れんらく)',
    ],
    ne: [B('(?:harayo|harau ?nu bhayo)')],
  }),
  c('gone_circumstance', {
    ja: [
      '(?:うつ|鬱|ウツ)(?:で|病|っぽ)',
      '(?:行き先|いきさき|行先)(?:は|も)?(?:言|い|わから|分から|不明)',
      '(?:昨日|きのう|昨夜|ゆうべ)の?(?:夜|よる)?から',
    ],
    ne: [B('(?:\\d+ minute bhayo|bato thaha chaina|bihana dekhi)')],
  }),
  c('not_back', {
    ja: ['(?:所在不明|しょざいふめい|行方不明|ゆくえふめい)'],
  }),
  c('unseen_sign', {
    ja: [
      '(?:閉|し)めっぱなし|(?:干|ほ)しっぱなし',
      '(?:郵便物|ゆうびんぶつ).{0,6}(?:\\d|一|二|三|何)(?:週間|日)',
      '(?:電話|でんわ)にも(?:出|で)(?:ず|ない|ません)',
      '(?:トイレ|といれ|風呂|ふろ|浴室|よくしつ)に(?:こも|籠)って',
      '(?:ノック|のっく)(?:して|しても).{0,4}(?:返事|へんじ|反応|はんのう)(?:が)?(?:ない|なし)',
    ],
    en: [
      "(?:hasn'?t|has not|not) (?:collected|picked up|taken in) (?:her|his|the|their) (?:mail|post|newspapers?)",
      'lights (?:are |have been )?on (?:24/7|all (?:day|night)|for days)',
      'locked (?:him|her|them)sel(?:f|ves) in',
      'no sound (?:at all|from)',
    ],
    tl: [
      '(?:hindi|di) na lumalabas',
      'puno na (?:ang |yung )?mailbox',
      '(?:hindi|di) nagbubukas ng pinto',
      'walang sumasagot',
    ],
    ne: [B('(?:room lock gar\\w*|bolaudaina)')],
  }),
  c('other_danger', {
    ja: ['(?:助|たす)けて[」』"]?(?:って|と).{0,6}(?:こえ|声)'],
  }),
  c('disaster_sign', {
    ja: [
      '(?:川|かわ)の(?:水|みず)が.{0,4}(?:増|ふ)えて',
      '(?:爆発|ばくはつ)',
      '(?:煙|けむり)(?:が|も)?(?:上が|あが|充満)',
      '(?:水|みず)(?:が)?(?:家|いえ|部屋|へや)に(?:入|はい)',
    ],
  }),
  c('body_alarm', {
    ja: ['(?:体|からだ)(?:が)?(?:ぶるぶる|がくがく)'],
  }),
  c('thing_sought', {
    // What is not found is a flat, a job or a guarantor, not a person (「次の部屋が見つからない」).
    ja: [
      '(?:部屋|へや|物件|ぶっけん|仕事|しごと|アパート|あぱーと|住まい|すまい|保証人|ほしょうにん|バイト|ばいと|働き口|就職先|仕事先|次|つぎ|病院|びょういん|施設|しせつ|預け先|あずけさき)(?:が|も)?(?:なかなか|全然|ぜんぜん)?(?:見つから|みつから)',
    ],
  }),
  c('doctor_said', {
    // The doctor's own words, for the signs: 「と言われた」 alone is as often an insult quoted before
    // the danger (「産まなきゃよかったと言われた。私、死ぬね」) or an order to evacuate.
    ja: [
      '(?:医者|医師|先生|せんせい|看護師|かんごし|病院|びょういん|主治医|しゅじい|ドクター|どくたー)(?:に|から|が|の)?.{0,20}(?:と|って)(?:言|い)われ',
      '(?:診断|しんだん)され|(?:検査|けんさ)で',
    ],
    en: ['(?:doctor|nurse|physician)s? (?:said|told|says)'],
  }),
  c('gone_circumstance', {
    ja: [
      '\\((?:\\d|1[0-7])\\)|(?<!\\d)(?:\\d|1[0-7])(?:歳|才)',
      '(?:SNS|sns)で(?:知り合|しりあ)|(?:知らない|しらない)(?:大人|おとな)',
    ],
  }),
  c('disaster_sign', {
    ja: ['(?:水位|すいい)が(?:すごい|上が|あが|高)'],
    vi: ['mui (?:gas|ga)'],
  }),
  c('unseen_sign', {
    ja: ['(?:電気|でんき|明かり|あかり)(?:が)?(?:つけっぱなし|ついたまま|つきっぱなし)'],
  }),
  c('final_act', {
    ja: ['(?:死|し)ぬ[」』]?ってずっと(?:叫|さけ|わめ|言|い)'],
  }),

  // ── Nepali as people type it, in either script (nesk: crisis-nepali.ts) ─────────────────────────
  // Plain words, romanised or Devanagari: 'marna man' also reads 「मर्न मन」, "marnaa mann" and
  // "ma marna chahanchu"; 'ragat rokidaina' also 「रगत रोकिँदैन」. Each word matches the start of a
  // word (रगतले, haatma), `…` leaves up to three words between. English and Japanese words people mix
  // in (blade, hospital, byoin, keisatsu) are written as they type them.
  c('want_to_die', {
    ne: [B('aa?tma ?ha?tt?ya')],
    nesk: [
      'marna man',
      'marna chahanchu',
      'marna chahanna',
      'marau jasto',
      'mari dinchu',
      'marihalchu',
      'suicide garchu',
      'suicide garne',
      'suicide garna',
      'banchna man chaina',
      'banchna man lagdaina',
      'banchna chahanna',
      'banchna chahandina',
      'banchnu chaina',
      'banchera ke garne',
      'jiwan antya',
      'jindagi antya',
      'jindagi sakau',
      'jindagi pugyo',
      'jiwan pugyo',
      'yo sansar chhod',
    ],
  }),
  c('self_harm_act', {
    nesk: [
      'haat … kaat',
      'nasa … kaat',
      'blade … kaat',
      'blade … haat',
      'aafai lai chot',
      'aaphailai chot',
      'aafulai chot',
      'aafai lai kaat',
      'aafulai kaat',
      'tauko bhitta … thok',
    ],
  }),
  c('preparation', {
    nesk: [
      'antim patra',
      'suicide note',
      'saman … di sake',
      'saman baad',
      'password … pathai',
      'bank ko kura … pathai',
      'mero saman … dinu',
      'mero saman … dinus',
    ],
  }),
  c('farewell', {
    nesk: [
      'antim sandesh',
      'antim message',
      'antim post',
      'antim patak',
      'antim choti',
      'sadhai ko lagi bida',
      'alabida',
      'albida',
      'sorry sabai lai',
      'sabai lai sorry',
      // a weak cue only (crisis24: no longer final_act, which answered a good day's thanks alone)
      'sabai lai dhanyabad',
      'maaf gara',
      'maaf garnu',
      'mero antim din',
      'aaja mero antim',
    ],
  }),
  c('final_act', {
    ne: [B('mar(?:chu|xu|dinchu|i ?dinchu)'), 'मर्छु|मरिदिन्छु'],
    nesk: [
      'aba jaanchu',
      'aba rahanna',
      'aba rahadina',
      'aba bachdina',
      'pheri farkinna',
      'farki aaudina',
      'malai nakhoja',
      'nakhojnu',
      'kasailai dukha dinna',
      'sabai sakincha',
      'aba sakiyo',
      'sabai sidhyauchu',
      'aaja raati nai sabai',
      'kati khaye pugcha',
    ],
  }),
  c('burden', {
    nesk: [
      'bojh matra',
      'bojh bhae',
      'bojh hu',
      'bojh hunna',
      'bojh hudaina',
      'mabina ramro',
      'ma nabhae … khusi',
    ],
  }),
  c('hopeless', {
    nesk: [
      'aba sakdina',
      'sahana sakdina',
      'aasha chaina',
      'kei aasha',
      'sabai sakiyo',
      'thakisake',
      'sabai barbad',
      'jindagi barbad',
      'kei arth chaina',
      'ke ko lagi banchne',
    ],
  }),
  c('means', {
    ne: [B('jh?und(?:i|inchu|iera|ine)'), 'झुण्डि|झुन्डि'],
    nesk: [
      'dori kin',
      'dori … lyaye',
      'dori … rakh',
      'goli jamma',
      'aushadhi jamma',
      'chakki jamma',
      'hamfal',
      'haam fal',
      'chakku … rakh',
      'chakku … haat',
      'blade … rakh',
    ],
  }),
  c('high_place', {
    nesk: [
      'chhat ma',
      'pul ma ubhi',
      'pul ma chu',
      'pul tira',
      'platform ma ubhi',
      'rail ko line',
      'railko line najik',
      'balcony ma chadh',
      'chhat ma chadh',
      'aglo building',
      'building ko chhat',
      'river tira jaanchu',
      'nadi tira jaanchu',
      'khola tira jaanchu',
    ],
  }),
  c('cannot_wake', {
    ne: [B('behos[h]?')],
    nesk: ['hosh chaina', 'hos chaina', 'bolaunda pani uthdaina', 'bolauda pani bolnuhunna'],
  }),
  c('wont_wake', {
    ne: [B('uth(?:nu ?hunna|nu ?bhaena|ena|enan)')],
    nesk: ['uthdaina'],
  }),
  c('rouse', {
    ne: [B('bhu(?:i|in|ii) ?ma'), B('dhal(?:yo|eko|eka|nu ?bhayo|era)')],
    nesk: ['bolaunda pani', 'hallaunda pani', 'dhalnubhayo'],
  }),
  c('not_breathing', {
    nesk: [
      'saas pherdaina',
      'saas ferdaina',
      'saas pherna sakdaina',
      'saas pherna garo',
      'saas pherna gahro',
      'saas rokiyo',
      'saas aaudaina',
      'saas muskil',
      'oth nilo',
      'oth niilo',
    ],
  }),
  c('stroke_sign', {
    nesk: ['mukh bangiyo', 'mukh baango', 'anuhar ekatira', 'boli larbar', 'boli aspasta', 'haat chaldaina'],
    ne: cannotSpeakNe,
  }),
  c('seizure', {
    nesk: ['chhare rog', 'jiu kamp', 'mukh bata fij', 'mukhbata phij', 'aankha mathi', 'kaampdai'],
  }),
  c('bleeding', {
    nesk: [
      'ragat rokidaina',
      'ragat rokiyena',
      'dherai ragat',
      'ragat bagdai',
      'ragat bagiraheko',
      'ragat bandha hudaina',
      'ragat bantha',
    ],
  }),
  c('choking', {
    nesk: ['ghaati ma adki', 'ghantima adki', 'gala ma adki'],
  }),
  c('cannot_get_up', {
    nesk: [
      'uthna sakdaina',
      'uthna sakdina',
      'uthna saknuhunna',
      'uthna sakena',
      'hidna sakdaina',
      'chalna sakdaina',
    ],
  }),
  c('call_ambulance', {
    ne: [B('kyu+ ?kyu+ ?s(?:h)?a')],
    nesk: ['ambulance bolau'],
  }),
  c('many_pills', {
    // 'khaye' (ate) is the one consonant k on the skeleton, which is also kaha (where) and ke (what): 'manager le dherai
    // gali garxa, kaha complain garne' (gali: scolding, read as goli: pills) was an overdose (crisis21). Spelled out.
    ne: [
      B(
        '(?:dherai|sabai|ekaichoti|ekai choti|nindra ko) (?:aushadhi|ausadhi|aushadi|ausadi|aushdhi|goli|golee)(?: [a-z]+){0,3} (?:khaye|khae|khayen|khaen|khayo|khaeko|khayeko|khaideko|khaidiye|khaidie)',
      ),
      B('(?:goli|aushadhi|ausadhi) sabai (?:khaye|khae|khayo|khaeko|khayeko|khaidiye)'),
      B('ekaichoti(?: [a-z]+){0,3} (?:khaye|khae|khayo|khaeko|khayeko)'),
      '(?:धेरै|सबै|निद्राको) (?:औषधि|औषधी|गोली)(?: \\S+){0,3} खा(?:एँ|ए|यो|एको|इदिएँ)',
      '(?:गोली|औषधि|औषधी) सबै खा(?:एँ|ए|यो|एको|इदिएँ)',
    ],
    nesk: ['dherai chakki'],
  }),
  c('swallowed', {
    ne: [B('nil(?:iyo|yo|eko|eyo)'), B('kha(?:yo|eko|ye|e|yeko)'), B('pi(?:yo|eko|ye)')],
  }),
  c('toxic', {
    ne: [B('bi(?:sh|s|kh)')],
    nesk: ['battery', 'kitnashak', 'churot', 'sabun', 'detergent', 'bleach'],
  }),
  c('attack_now', {
    nesk: [
      'kutdai cha',
      'kutirakheko',
      'kutiraheko',
      'kutdai hunuhuncha',
      'pitdai cha',
      'handai cha',
      'ghaati thichyo',
      'ghati thichyo',
      'maarchu bhan',
      'marchu bhandai dhamki',
      'marne dhamki',
      'dhamki di',
      'chakku … lier',
      'chakku … dekhaera',
      'dhoka thok',
      'dhoka phod',
      'pachyaudai',
    ],
  }),
  c('hiding', {
    ne: [B('luk(?:eko|eki|era|iraheko|irako|dai)')],
    nesk: ['lukiraheko', 'bhaagera'],
  }),
  c('attacker', {
    ne: [B('(?:logne|buba|kohi|manche|shriman|sriman|srimaan|boyfriend|roommate|room-mate)')],
    nesk: ['shriman', 'boyfriend', 'roommate'],
  }),
  c('fear_now', {
    ne: [B('(?:bachau|bachaau|a?h?ile|dar lag(?:yo|cha|chha|irako))')],
    nesk: ['dar lag'],
  }),
  c('missing', {
    ne: [
      B('hara(?:yo|eko|yeko|unu ?bhayo|u ?nu ?bhayo)'),
      // spelled out, not on the skeleton: there 'ghar aayena' is 'gr n', which any form of gar- (to do) before
      // a short word met (「gali garxa ani kaha…」, a manager's scolding, asked as a person missing)
      B('gh?ar a{1,2}(?:y?e|i|ya)na'),
    ],
    nesk: [
      'ghar aaeko chaina',
      'ghar aaeki chaina',
      'farkinu bhaena',
      'farkinubhayena',
      'farkeko chaina',
      'farkeki chaina',
      'pharkena',
      'bhetiena',
      'bhetiyena',
      'kaha gayo thaha chaina',
    ],
  }),
  c('vulnerable_person', {
    ne: [B('(?:chora|chhora|chori|chhori|bachha|bachcha|nani|babu)')],
    nesk: [
      'birsane rog',
      'dementia',
      'ninchisho',
      'barsa ko chora',
      'barsa ko chhori',
      'barsako',
      'hajurba',
      'hajuraama',
    ],
  }),
  c('tonight', {
    ne: [B('(?:raa?ti|andhyaro|andhakar)')],
    nesk: ['ghanta bhayo', 'ghanta dekhi', 'bihana dekhi', 'hijo raati dekhi', 'ahile samma'],
  }),
  c('not_back', {
    nesk: [
      'phone off',
      'phone uthaudaina',
      'phone uthaunna',
      'phone uthaudainan',
      'phone lagdaina',
      'message ko reply chaina',
      'reply aaudaina',
      'samparka hudaina',
    ],
  }),
  c('not_seen', {
    nesk: [
      'din dekhi dekhinu bhaena',
      'din dekhi dekhiyena',
      'din dekhi aayena',
      'din dekhi niskeko chaina',
      'din dekhi niskinu bhaena',
      'dhoka kholdaina',
      'dhoka kholdainan',
      'dhoka khuldaina',
    ],
  }),
  c('unseen_sign', {
    ne: [B('gan?dh?a (?:aa?u|aai)')],
    nesk: ['nramro gandha', 'chitthi thupri', 'batti baliraheko'],
  }),
  c('cry_for_help', {
    ne: [B('guhar')],
    nesk: ['bachau bachau', 'chichyaeko aawaj', 'karaeko aawaj'],
  }),
  c('quoted_intent', {
    nesk: ['marchu bhan', 'marchu bhandai', 'marchu bhanera', 'mardinchu bhan', 'aba rahanna bhan'],
    // sakiyo (it is over) and sakcha (it can) share the skeleton 'sk': spelled out (crisis20: 「…आउन सक्छ भन्यो」, the news
    // said a quake may come, was read as someone quoted saying it is over)
    ne: ['(?:sakiyo|sakyo|सकियो) (?:bhan|भन)'],
  }),
  c('fire', {
    nesk: [
      'aago lagyo',
      'aago lageko',
      'aago lagyo',
      'dhuwa aaudai',
      'dhuwa aairaheko',
      'dhuwa bhariyo',
      'dhuwa dherai',
    ],
  }),
  c('gas_leak', {
    nesk: ['gas ko gandha', 'gyas ko gandha', 'gas chuhiyo'],
  }),
  c('trapped', {
    ne: [B('chyap[a-z]*')],
    nesk: [
      'jharna sakina',
      'jharna sakidaina',
      'niskina sakdaina',
      'niskina sakina',
      'dailo khuldaina',
      'dhoka khuldaina',
      'chyapinu bhayo',
      'tala chyap',
    ],
  }),
  c('quake', {
    nesk: ['bhukampa', 'bhuichalo', 'jishin'],
  }),
  c('fiction', {
    nesk: ['game ma', 'pubg', 'free fire', 'film ma', 'serial ma', 'movie ma', 'upanyas'],
  }),
  c('hyperbole', {
    ne: [B('(?:haha+|lol|lmao)')],
    nesk: ['bhok le', 'jado le', 'garmi le', 'kaam le … mar', 'padhai le'],
  }),
  c('past_safe', {
    nesk: [
      'ahile thik chu',
      'aba thik chu',
      'ahile thik cha',
      'aba thik cha',
      'ahile surakshit',
      'barsa agadi',
      'barsa aghi',
      'pahila … thiye',
    ],
  }),

  // ── suicide inside a practical question, and a person unaccounted for in office language ──────
  // 「私が死んだら猫は」「アパートを解約して家具も人にあげた。もう必要ないので」: each part is an ordinary
  // question (終活, a move), so these concepts only ask, and only together (sign rules in crisis-rules.ts).
  c('after_me', {
    ja: [
      '(?:私|わたし|自分|じぶん|僕|ぼく|俺|おれ|あたし|わし)(?:が|の)?(?:死|し)んだ(?:ら|あと|後|とき|時)',
      '(?:私|わたし|自分|じぶん|僕|ぼく|俺|おれ|あたし|わし)が(?:い|居)なくなった(?:ら|あと|後|とき|時)',
    ],
    en: ["(?:after|when|once|if) i(?:'m| am)? (?:gone|dead|die)", 'before i go', 'after my death'],
    es: ['(?:si|cuando) (?:yo )?me muera', 'despues de mi muerte', 'cuando ya no este'],
    pt: ['(?:se|quando) eu morrer', 'depois que eu (?:morrer|partir)', 'quando eu nao estiver mais'],
    tl: ['pag namatay ako', 'kapag wala na ako', 'pag wala na ako'],
    vi: ['neu toi chet', 'khi toi chet', 'sau khi toi chet', 'khi toi khong con'],
    zh: ['我死(?:了|咗)?(?:以后|之后|后|嘅话|的话)', '我不在了(?:以后|之后)?', '我走了(?:以后|之后)'],
    ko: ['내가죽으면', '내가죽은후', '내가없으면'],
    nesk: ['ma mare pachi', 'mero mrityu pachi', 'ma nabhae pachi', 'ma marepachi'],
  }),
  c('no_longer_need', {
    ja: [
      'もう(?:必要|ひつよう)(?:ない|なくな|ありません)',
      'もう(?:いら|要ら)(?:ない|なくな)',
      'もう(?:使|つか)わ(?:ない|なくな)',
    ],
    en: [
      "(?:won'?t|will not|wont) (?:need|be needing) (?:it|them|this|that|any of (?:it|this)|my \\w+)(?: any ?more)?",
    ],
    es: ['ya no (?:lo |la |los |las )?(?:voy a )?necesitar'],
    pt: ['nao vou (?:mais )?precisar(?: mais)?'],
    tl: ['hindi ko na kailangan'],
    vi: ['khong can (?:nua|den nua)'],
    zh: ['(?:用不|用唔)(?:着|到|著)了|不再需要|唔再需要'],
    ko: ['이제필요없'],
    nesk: ['aba chahindaina', 'aba kaam chaina'],
  }),
  c('gave_away', {
    ja: [
      '(?:家具|かぐ|服|ふく|本|荷物|にもつ|持ち物|もちもの|私物|大事な物|大事なもの)(?:も|を|は)?(?:全部|ぜんぶ|ほとんど|みんな)?(?:人に|ひとに|友達に|友だちに|知り合いに)?(?:あげ|譲|ゆず|処分|しょぶん)',
    ],
    en: ['gave (?:away )?(?:all )?(?:my )?(?:furniture|clothes|books|things|stuff)'],
    pt: ['dei (?:todos )?(?:os )?(?:meus )?(?:moveis|roupas|livros)'],
    zh: ['(?:东西|東西|家具|衣服)(?:都)?送(?:人|给|給|晒)'],
  }),
  c('out_of_contact', {
    ja: [
      '(?:連絡|れんらく)が(?:(?:つか|付か)(?:ない|ず)|(?:つき|付き)ません|(?:取れ|とれ)(?:ない|ず|ません))',
      '(?:電話|でんわ)に(?:出|で)(?:ない|ず|ません)',
      '(?:応答|おうとう|応答)が(?:ない|ありません)',
    ],
  }),
  c('absent_from', {
    // Where the person should be and is not, in the words of a school, a care service or a landlord.
    ja: [
      '(?:登校|出勤|出社|来所|来園|通所)(?:されて|して)?(?:い)?(?:ない|おらず|いません|ず)',
      '(?:無断|むだん)(?:欠勤|欠席|外出)',
      '(?:自宅|ご自宅|家|部屋|居室)(?:も|に|は)?(?:不在|いない|いらっしゃらない|おらず|もぬけ)',
      '(?:所在|しょざい)(?:が)?(?:不明|わから|分から)',
    ],
  }),
  c('high_place', {
    en: [
      'tallest (?:building|tower|bridge)',
      'roof ?(?:top)? (?:access|open)',
      'get (?:on|onto|up) (?:to )?the roof',
    ],
    es: ['(?:edificio|puente) mas alto', 'acceso a la azotea'],
    pt: ['(?:predio|ponte) mais alt[oa]', 'acesso ao terraco'],
    zh: ['最高(?:的)?(?:大楼|大樓|楼|樓|桥|橋)', '天台(?:开|開|可以|点|點|怎)'],
  }),
  // ── Cantonese and traditional Chinese as people type them (read on the simplified view) ───────
  c('want_to_die', {
    zh: [
      '唔想(?:再)?(?:活|生存)',
      '(?:点样|點樣|怎么|怎麼|怎样|怎樣)(?:去)?死',
      '死(?:咗|了)(?:佢)?(?:算|好过|好過)',
      '唔想再(?:存在|醒)',
    ],
  }),
  c('cannot_wake', {
    zh: [
      '昏(?:低|迷|倒)|(?:晕|暈)(?:倒|低)',
      '叫(?:极|極|咗|了)?(?:都|也)?(?:唔|不)醒',
      '(?:冇|没有?|沒有?)(?:反应|反應|知觉|知覺)',
    ],
  }),
  c('attack_now', {
    zh: ['(?:打|踢|揍|打紧|打緊)(?:紧|緊)?我', '(?:而家|依家|现在|現在|正在)(?:佢|他)?(?:打|揍|踢)'],
  }),
  c('hiding', {
    zh: ['匿埋|(?:躲|收埋)(?:在|喺|入)'],
  }),
  c('vulnerable_person', {
    zh: ['认知障碍|認知障礙|失智|老人痴呆|脑退化|腦退化'],
  }),
  c('missing', {
    zh: [
      '(?:未|冇|没|沒)(?:有)?(?:返|回)(?:嚟|来|來|家|屋企)',
      '(?:搵|找)(?:唔|不)到(?:佢|人|他|她)',
      '唔(?:见|見)(?:咗)',
      '行咗出(?:街|去)|出咗(?:街|去)',
    ],
  }),

  // ── tuned with d7 (after its held-out score): leaving told through a practical errand ─────────
  // 「猫の里親募集…金曜までに。私はもう世話できなくなるので」「来月にはもういないので」: a practical errand
  // (a pet, a lease, insurance, organ donation) with the writer no longer being here. Moving house or
  // going home keeps it quiet (`moving`).
  c('wont_be_here', {
    ja: [
      '(?:来月|らいげつ|来週|らいしゅう|明日|あした|月末|週末)(?:には|から|は|以降)?もう(?:い|居)(?:ない|ません)',
      'もう(?:世話|せわ)(?:が)?できなくなる',
      '近いうちに(?:使われ|いなくな|(?:死|し)ぬ)',
    ],
    en: ["(?:i )?won'?t be (?:here|around)(?: any ?more)?", "i'?ll be gone", 'i will be gone'],
    es: ['ya no (?:voy a|vaya a) estar', 'no voy a estar (?:mas|aqui)'],
    pt: ['nao vou (?:mais )?estar(?: mais)?(?: aqui)?', 'nao estarei (?:mais )?aqui'],
    tl: ['wala na ako (?:dito|pagdating)', 'hindi na ako (?:aabot|makakabalik)'],
    zh: ['(?:之后|之後|以后|以後)我?(?:就)?(?:唔喺度|不在(?:了)?)', '唔喺度(?:喇|了)', '不需要住的地方'],
    nesk: ['tyaspachi … hunna', 'tespachi … hunna', 'ma rahanna', 'feri tala aaunna', 'pheri tala aaunna'],
  }),
  c('practical_after', {
    ja: [
      '里親|さとおや',
      '解約|かいやく',
      '臓器提供|ぞうきていきょう',
      '保険金|ほけんきん',
      '引き取(?:り|って)(?:手|先)',
      '(?:引き取|ひきと|もら|飼|か)って(?:くれる|もらえる)(?:人|ひと|方|かた|ところ)',
    ],
    en: [
      'adopt my (?:dog|cat|pet)',
      'take (?:care of )?my (?:dog|cat|pet)',
      'life insurance',
      'cancel (?:my|the) lease',
      'organ donor',
    ],
    es: ['adoptar a mi (?:perro|gato)', 'quede con mi (?:perro|gato)', 'seguro de vida'],
    pt: ['ficar com (?:o )?meu (?:cachorro|gato)', 'adotar (?:o )?meu (?:cachorro|gato)', 'seguro de vida'],
    tl: ['mag-?ampon (?:ng|sa) (?:aso|pusa) ko', 'life insurance'],
    zh: ['领养|領養', '解约|解約|退租', '保险金|保險金'],
    ne: [B('bima'), 'बीमा'],
    nesk: ['keiyaku cancel', 'hoken'],
  }),
  c('moving', {
    ja: ['引っ越|引越|ひっこし|ひっこす|転居|てんきょ|転勤|帰国|きこく|移住'],
    en: ['moving (?:out|to|back|house)', 'move (?:out|to|back)', 'relocat\\w+'],
    es: ['mudanza|me mudo|mudarme'],
    pt: ['mudanca|vou me mudar|mudar de casa'],
    zh: ['搬家|搬走|回国|回國|回台|移民'],
    nesk: ['basai sar', 'ghar sar'],
  }),
  c('want_to_die', {
    ja: [
      '(?:い|居)なくなる方法|(?:消|き)える方法',
      '(?:ずっと|永遠に|二度と).{0,10}(?:よくなる|済む|すむ)方法',
      '(?:連れて|つれて)(?:一緒に|いっしょに)(?:いこう|逝こう|行こう|(?:死|し)の)',
      '(?:ばあさん|じいさん|妻|夫|主人|家内|女房|母|父)の(?:ところ|とこ|所)へ?(?:早|はよ|はや)う?(?:行|い)きたい',
      '(?:自分|じぶん)で(?:死|し)んだ(?:場合|ばあい)',
    ],
    tl: ['hindi na (?:ako )?magising', 'matulog (?:at|nang|na) hindi na'],
    pt: ['tirar a (?:propria )?vida'],
    zh: ['想就(?:这样|這樣)消失'],
    nesk: ['sadhai ko lagi sutna', 'sadhai sutna', 'sadhaiko lagi sut'],
  }),
  c('final_act', {
    ja: [
      '(?:薬|くすり)(?:は|を|も)?(?:もう)?(?:飲|の)まん(?:で|ことに)',
      '(?:今|いま)、?.{0,12}(?:河川敷|かせんしき|海|川|橋)(?:に|で)(?:車|くるま)?を?(?:止|と)め',
      'もう(?:決|き)めた(?:こと|ので|から)',
    ],
    zh: ['(?:已经|已經)(?:决定|決定)(?:好)?了'],
    pt: ['ja decidi'],
    nesk: [
      'antim video',
      'antim phone',
      'aama lai antim',
      'khojnu pardaina',
      'khojna pardaina',
      'nakhojnu',
      'chit chod',
      'chitthi chod',
      'rope … kin',
      'afnai lagi',
    ],
  }),
  c('preparation', {
    ja: [
      '形見分け|かたみわけ',
      '(?:全部|ぜんぶ|すべて)(?:片付け|かたづけ)(?:ました|た)',
      '(?:手紙|てがみ)(?:は|を|も)(?:書|か)い(?:た|ておいた|ておきました)',
    ],
    zh: ['(?:给|給).{0,6}的信(?:写|寫)好'],
  }),
  c('farewell', {
    ja: ['もう(?:会|あ)えないと(?:思|おも)'],
    en: ['thanks for everything'],
    zh: ['(?:谢谢|謝謝|多谢|多謝)(?:你们|你們|大家)(?:一直以来|一直以來)?', '再见了|再見了'],
    tl: ['goodbye (?:tita|tito|ate|kuya|sa inyo)'],
  }),
  c('burden', {
    zh: ['(?:没有|沒有|冇)我(?:会|會)?(?:比较|比較|更)?好'],
  }),
  c('quoted_intent', {
    pt: ['(?:disse|falou) que (?:ia|vai|iria) se matar'],
    es: ['dijo que se (?:iba|va) a matar'],
  }),
  c('not_back', {
    ja: [
      '既読(?:に)?(?:ならない|つかない|がつかない)|きどく(?:に)?ならない',
      '(?:帰|かえ|戻|もど)って(?:こ|来)(?:ねえ|ねぇ)',
      '(?:電話|でんわ)が(?:つながら|繋がら)(?:ない|ず)|(?:つながり|繋がり)ません',
    ],
    en: [
      'phone (?:is )?(?:off|dead|switched off)',
      "(?:hasn'?t|has not|not) (?:replied|answered|answering|replying)",
    ],
    zh: ['冇覆|(?:没|沒)(?:回|读|讀)|已读不回|已讀不回', '(?:手机|手機)(?:关机|關機)'],
    tl: ['naka-?off (?:na )?(?:ang )?(?:phone|cp|cellphone)'],
    nesk: ['phone … utheena', 'phone … uthena'],
  }),
  c('not_seen', {
    en: [
      "(?:hasn'?t|has not) (?:shown up|come in|been seen) (?:in|for) (?:\\d+|a few|two|three|four|several) days",
    ],
    zh: ['(?:两|兩|三|四|五|\\d)天(?:没|沒)(?:出现|出現|来|來|上班)'],
    nesk: [
      'din dekhi … aayena',
      'din dekhi … aaena',
      'din dekhi … dekhiyena',
      'din dekhi … niskeko chaina',
      'dekhi … kura bhako chaina',
      'kasai sanga kura bhako chaina',
    ],
  }),
  c('out_of_contact', {
    ja: [
      '(?:お)?(?:電話|でんわ)に(?:出|で)られ(?:ず|ない|ません)',
      '(?:電話|でんわ)が(?:つながら|繋がら)(?:ない|ず)|(?:つながり|繋がり)ません',
    ],
  }),
  c('absent_from', {
    ja: ['(?:姿|すがた)を(?:見|み)(?:ていない|かけない|ておらず)'],
  }),
  c('missing', {
    ja: [
      '(?:おとうと|いもうと|弟|妹|こども|子ども|子供|むすこ|むすめ|息子|娘)(?:が)?(?:いない|いません)(?:!|！|。|$)',
    ],
    tl: ['lumabas ng bahay'],
    ne: [B('hara(?:i|ai|aai|ayi)')],
    nesk: ['school bata aayena', 'school bata aaena', 'ghar farkena', 'ghar pharkena'],
  }),
  c('vulnerable_person', {
    ja: ['(?<!\\d)(?:\\d|1[0-7])さい'],
    zh: ['(?<!\\d)(?:\\d|1[0-7])(?:岁|歲)', '个仔|個仔|个女|個女|小朋友'],
    ne: [B('\\d{1,2} ?(?:barsa|barsha|barsh|years?)')],
  }),
  c('attack_now', {
    ja: [
      '(?:首|くび)(?:を)?(?:絞|し)め(?:て|られ)',
      '(?:殴|なぐ|叩|たた|蹴|け)られて、?(?:今|いま(?!す|せん|した|しょう))、?.{0,6}(?:逃げ|にげ)',
    ],
  }),
  c('threat_now', {
    ja: ['(?:声|こえ)(?:を)?(?:出|だ)せない', 'また(?:始|はじ)まる'],
  }),
  c('body_alarm', {
    ja: [
      '(?:汗|あせ)(?:が|も)(?:止|と)ま(?:って|った)',
      '(?:返事|へんじ)が(?:おかし|へん|変)',
      '(?:喘息|ぜんそく)の?(?:発作|ほっさ).{0,12}(?:治まらない|おさまらない|止まらない|とまらない|効かない|きかない)',
      '吸入しても(?:治|おさ|効|き)',
    ],
  }),
  c('stroke_sign', {
    ja: ['(?:口|くち|顔|かお)が(?:片方|かたほう)(?:だけ)?(?:下が|さが)', '言葉が(?:うまく)?(?:出|で)てこな'],
    zh: [
      '(?:讲嘢|講嘢|说话|說話)(?:唔|不)(?:清楚|清)',
      '(?:一边|一邊)(?:手|脚|腳|身)(?:冇力|没力|沒力|無力)',
    ],
  }),
  c('choking', {
    nesk: ['gala ma atk', 'ghati ma atk', 'ghaati ma atk', 'gala ma atkyo'],
  }),
  c('not_breathing', {
    nesk: ['saas pherna sak', 'sas ferna sak'],
  }),
  c('self_harm_act', {
    zh: ['手腕(?:割|划|劃)'],
  }),
  c('bleeding', {
    zh: ['止不住(?:血)?|血止不住'],
  }),
  c('flood', {
    pt: ['entrando agua|agua (?:entrando|subindo)'],
  }),
  c('means', {
    ja: ['(?:首|くび)に(?:かけ|掛け|巻)', '(?:ロープ|ろーぷ).{0,6}(?:耐荷重|たいかじゅう)'],
  }),
  c('safe_now', {
    nesk: [
      'ahile thik chu',
      'aba thik chu',
      'ahile thik cha',
      'aba thik cha',
      'ahile surakshit',
      'parivar sabai thik',
    ],
  }),
  c('past_safe', {
    nesk: ['barsaaghi', 'barsa agadi', 'barsaagadi'],
  }),
  c(
    'not_hit',
    {
      ja: [
        '(?:手|て)[はを]?(?:一切|いっさい|全然|ぜんぜん)?(?:上げ|あげ)(?:て)?(?:い)?(?:ない|ません)',
        '(?:手|て)[はを]?(?:出|だ)さ(?:ない|ず)|(?:殴|なぐ|叩|たた)(?:ら|か)れ(?:ては|は)?(?:い)?(?:ない|ません)',
        // 「わたしには直接はまだ…」: not at me directly, not yet (dialogs11 dd6-010, crisis12)
        '(?:わたし|私|あたし|僕|ぼく|子ども|子供|こども)(?:に|へ)は?(?:直接|ちょくせつ)は?(?:まだ|何も|なにも|ない|ありません)',
      ],
      en: [
        "(?:doesn'?t|does not|never|didn'?t|did not|hasn'?t|has not|not) (?:hit|beat|hurt|touch)(?:s)? me",
      ],
      es: ['no me (?:pega|golpea|ha pegado|ha golpeado|pego|golpeo)'],
      pt: ['nao me (?:bate|agride|bateu)'],
      tl: ['(?:hindi|di) (?:niya |nya )?ako (?:sinasaktan|sinaktan|binubugbog|pinapalo)'],
      vi: ['khong (?:danh|dung tay)'],
      zh: ['(?:不|没|沒|没有|沒有|不会|不會)(?:动手|動手|打我|打过我|打過我)'],
      ko: ['때리(?:진|지는|지)\\s?않|때린\\s?적(?:은)?\\s?없|손(?:은|을)?\\s?안\\s?대'],
    },
    'Hitting denied (「没有打我，但是我很害怕」): fear and control are the DV centre, not 110 first.',
  ),
  c(
    'violence_pattern',
    {
      ja: [
        '(?:ほぼ)?(?:毎晩|まいばん)|たびに|酔(?:う|っ)(?:と|たら)|(?:よっぱら|酔っ払|酔っぱら)(?:うと|ったら)|(?:怒|おこ)ると|(?:何年|なんねん)も|(?:何回|なんかい)目|(?:何度|なんど)も',
      ],
      en: ["whenever|every time|when (?:he|she)(?:'?s| is| gets)? (?:drunk|drinks|angry)|for years"],
      es: ['cada vez que|cuando (?:bebe|toma|se emborracha|se enoja)|siempre que|desde hace (?:anos|meses)'],
      pt: ['toda vez que|quando (?:bebe|fica bravo|se irrita)|sempre que|ha anos'],
      tl: ['(?:pag|kapag|kung)(?:ka)? (?:lasing|galit|nagagalit|nalalasing|umiinom|nag-?aaway)|tuwing'],
      vi: ['moi lan|moi khi|khi (?:say|nhau|gian)|nhieu nam'],
      zh: [
        '每次|每当|每當|经常|經常|常常|总是|總是|之后又|之後又|(?:会|會)(?:打|踢|掐)',
        '(?:一|喝(?:了)?(?:酒|醉)(?:了)?|生气|生氣|吵架|不开心|不開心)(?:的时候|的時候|时|時)?(?:就|都|会|會)',
      ],
      // 술 마시면 / 술 먹으면 without 만 too (「남편이 술 마시면 소리 지르고 물건을 던져요」, dialogs11 dd6-063, crisis12)
      ko: ['때마다|(?:싸우|화나|취하)면|술(?:만|을)?\\s?(?:마시|먹으)면|나중에\\s?사과|항상|자주'],
    },
    'Violence told as a pattern (when drunk, every time, for years): the DV centre first, asked about, not 110.',
  ),
  // Control told beside the hitting (the passport or residence card kept, 「Chồng em đánh em, còn giữ hộ chiếu của
  // em」, dialogs11 dd2-107): a situation that goes on, the DV centre's, read like a pattern (crisis12). Drunk told
  // as 'say rượu là …' in vi. Something said now (still_now) still answers.
  // Not ja: 「しゃちょうが わたしを たたく。パスポート とられた。にげたい。いま りょう に いる」 is answered in the
  // dev corpus (d3-0747, violence), and ja DV with the passport kept was not answered at daafe9e anyway.
  c('violence_pattern', {
    en: [
      "(?:keeps|kept|took|takes|hides|hid|holds|has taken|won'?t give (?:me )?back) my (?:passport|residence card|papers)",
    ],
    es: ['me (?:quita|quito|guarda|esconde|escondio|retiene) (?:el |mi )?(?:pasaporte|documentos)'],
    pt: ['(?:pegou|guarda|esconde|escondeu|tirou) (?:o |meu )?(?:passaporte|documentos)'],
    tl: ['(?:kinuha|tinago|hawak) (?:niya )?(?:ang |yung )?(?:passport|pasaporte|mga papeles)'],
    vi: [
      '(?:giu|lay|cat|giau) (?:ca |luon )?(?:ho chieu|the cu tru|giay to)',
      'say (?:ruou )?(?:la|thi|vao)|uong ruou (?:vao|xong|la|thi)',
    ],
    zh: [
      '(?:扣|拿走|收走|藏|没收)(?:着|了|住)?(?:我的)?(?:护照|在留卡|证件)',
      '(?:护照|在留卡|证件)(?:也|都)?(?:被|让)?(?:他|她)?(?:扣|拿走|收走|藏|没收)',
    ],
    ko: ['(?:여권|재류\\s?카드|신분증)(?:을|를|도)?\\s?(?:빼앗|뺏|가져가|숨기|숨겼|안\\s?돌려)'],
  }),
  // Something that happens again and again, or a worry, in the other languages (Japanese and English
  // above): a grandmother with dementia who keeps saying she will be killed, a neighbour's child
  // scolded every night. The rules that read a danger now (NOT_NOW) are vetoed by it, so these are
  // asked about instead of answered.
  c('habit_or_worry', {
    es: ['siempre|a veces|a menudo|todos los dias|todo el dia|todas las noches|cada noche|me preocupa'],
    pt: [
      'sempre|as vezes|frequentemente|todo dia|todos os dias|toda noite|vive (?:dizendo|falando)|me preocupa',
    ],
    tl: ['lagi|palagi|madalas|minsan|araw-?araw|gabi-?gabi|tuwing gabi'],
    vi: ['thuong xuyen|luon luon|suot ngay|moi ngay|moi dem|dem nao cung|ngay nao cung|hay bi|lo lang'],
    zh: ['经常|常常|总是|老是|每天|每晚|天天|成日'],
    ko: ['자꾸|맨날|매일|항상|자주|밤마다|가끔'],
    ne: ['सधैं|सधै|हरेक (?:दिन|रात)|जहिले पनि'],
    nesk: ['hamesha', 'dherai choti', 'har din', 'har raat'],
  }),
  // A fire feared or nearly had (「sợ cháy nhà」「差点着火」): a dementia or kitchen worry, not a fire now.
  c('fire_safe', {
    ja: ['火事に(?:なら|なったら|なりかけ)|ぼやになりかけ'],
    en: ['(?:afraid|scared|worried) (?:of|about) (?:a )?fire|almost (?:caught|started a) fire'],
    es: ['miedo (?:a|de) (?:un )?incendio'],
    pt: ['medo de (?:incendio|pegar fogo)'],
    tl: ['takot (?:na )?(?:magkasunog|masunog)'],
    vi: ['so chay'],
    zh: ['差点(?:着火|起火|烧起来)|怕(?:着火|失火|火灾)'],
    ko: ['불(?:이)?\\s?날까'],
    ne: ['आगो लाग्न लागेको'],
  }),
  // Registering someone with dementia ahead of a disappearance (「いなくなった時のために登録」
  // 「可以事先跟警察登記嗎」): a question about preparing, not a person missing now.
  c('hypothetical', {
    ja: ['(?:時|とき)のために|事前(?:に)?(?:登録|とうろく)|登録制度|とうろくせいど'],
    en: ['in advance|ahead of time'],
    tl: ['iparehistro|magparehistro'],
    vi: ['dang ky truoc'],
    zh: ['事先|预先|防走失'],
    ko: ['사전\\s?등록|미리\\s?등록'],
  }),
  c(
    'withdrawn',
    {
      ja: [
        'ひきこもり|引きこもり|引き籠|ひきこも(?:って|り)|(?:\\d+|何|なん)年(?:も|間|かん)?(?:.{0,6})(?:部屋|へや|家|いえ)から(?:出|で)',
      ],
      en: ['hikikomori|shut-?in|for (?:\\d+|many|several|two|three|five|ten) years'],
      es: ['desde hace (?:\\d+|varios|muchos) anos|no sale de su cuarto'],
      pt: ['vive isolado|ha (?:\\d+|varios|muitos) anos'],
      tl: ['(?:\\d+|ilang) taon na'],
      vi: ['\\d+ nam nay|nhieu nam nay|khong buoc ra khoi phong|o li trong phong'],
      zh: ['家里蹲|茧居|繭居|整天在房间|不出门|[\\d一二三四五六七八九十两几]+年(?:了|都)'],
      ko: ['은둔|몇\\s?년째|\\d+년째'],
      ne: ['वर्ष (?:देखि|भयो)'],
      nesk: ['barsa dekhi', 'barsa bhayo'],
    },
    'A son or daughter withdrawn for years (ひきこもり): a door not answered is the hikikomori desk, asked about, not answered.',
  ),
  c(
    'own_parenting',
    {
      ja: [
        '(?:子|こ)(?:ども|供)?(?:に|を)(?:つい|また)?(?:手が出|手を(?:上げ|あげ|出し)|叩い|たたい|怒鳴っ|どなっ)(?:て(?:しま|ちゃ)|た)',
        '(?:叩|たた)いてしま|(?:手|て)が(?:出|で)てしま|(?:手|て)を(?:上げ|あげ)てしま',
      ],
      en: [
        'i (?:hit|smacked|spanked|slapped|yelled at|shouted at|hurt) my (?:son|daughter|child|kid|kids|children|baby)',
      ],
      es: ['les? (?:pego|pegue|grito|grite)\\b.{0,30}(?:hij[oa]s?|nin[oa]s?)'],
      pt: ['(?:bati|bato|gritei|grito) (?:no|na|com) (?:meu|minha|os meus|as minhas) filh'],
      tl: ['(?:napalo|pinalo|nasampal|sinigawan|nasaktan) ko (?:ang|si|yung) (?:anak|bata)'],
      vi: ['lo tay danh con|(?:toi|em|minh) (?:da )?danh con'],
      zh: ['我(?:打了|打|骂了|骂)(?:我的)?(?:孩子|儿子|女儿)|对孩子动手'],
      ko: ['(?:아이|애)를\\s?때리게|(?:아이|애)를\\s?때렸'],
      nesk: ['chora lai pit', 'chori lai pit', 'chora lai kut', 'chori lai kut'],
    },
    'A parent telling of their own smack or shouting (「つい叩いてしまう」「le pego a mi niño」): the child-rearing or child abuse desk, asked about unless told as now.',
  ),
  c(
    'someday',
    {
      ja: ['いつか(?:は)?(?:死|し)ぬ|そのうち(?:死|し)ぬ'],
      en: [
        "(?:some ?day|one day|soon)(?:,)? (?:she|he)(?:'ll| will)? die|(?:going to|gonna) die (?:soon|some ?day)",
      ],
      es: ['algun dia'],
      pt: ['algum dia'],
      tl: ['balang araw'],
      vi: ['mot ngay nao do'],
      zh: ['总有一天|早晚(?:会)?(?:死|走)'],
      ko: ['언젠가'],
      nesk: ['chadai marchu', 'chhitto marchu'],
    },
    "An old parent's words about dying some day (「もう長くない」, 'going to die soon'): a relative's quoted words asked about at most, not answered.",
  ),
  c(
    'intent_denied',
    {
      ja: [
        '(?:死ぬ|しぬ|自殺する|じさつする)(?:気|き|つもり)は(?:ない|なく|ありません)|(?:自殺|じさつ)(?:願望|がんぼう)は(?:ない|ありません)',
      ],
      en: [
        'not suicidal|no suicidal (?:thoughts|ideation|feelings)|never (?:been )?suicidal|not (?:thinking of|planning to|going to) (?:kill|hurt)(?:ing)? myself',
      ],
      es: ['no (?:tengo|tiene) (?:ideas|pensamientos) suicidas|no (?:pienso|quiero) (?:suicidarme|matarme)'],
      pt: ['nao (?:tenho|tem) (?:ideias|pensamentos) suicidas|nao (?:penso em|quero) me matar'],
      zh: ['(?:没有|沒有|不是)(?:想)?(?:自杀|轻生)', '没有(?:自杀|轻生)的(?:念头|想法)'],
      ko: ['자살할\\s?생각은\\s?없|자살\\s?생각은\\s?(?:없|안)'],
    },
    'Intent denied in so many words ("not suicidal, just numb"): a suicide word beside it is asked about, not answered.',
  ),
  c(
    'panic_named',
    {
      ja: ['パニック(?:障害|発作)|ぱにっく(?:しょうがい|ほっさ)|不安障害|ふあんしょうがい'],
      en: ['panic (?:attack|disorder)|anxiety'],
      es: ['ataques? de panico|ansiedad'],
      pt: ['crises? de panico|sindrome do panico|ansiedade'],
      tl: ['panic attack|anxiety'],
      vi: ['hoang loan|lo au|roi loan lo au'],
      zh: ['恐慌症|焦虑|焦慮|惊恐|驚恐'],
      ko: ['공황|불안장애'],
    },
    'Breathlessness the writer names as panic or anxiety (「一坐电车就喘不过气」): asked about, not 119 first.',
  ),
  // A parent's fear of their own anger (「子どもがかわいくない」「tengo miedo de perder el control con mis
  // hijos」): the child-rearing or child abuse desk, asked about (crisis7; own_parenting above).
  c('own_parenting', {
    ja: [
      '(?:子|こ)(?:ども|供)?が(?:かわいくない|可愛くない|かわいいと(?:思|おも)えない)',
      '(?:叩|たた)いた(?:あと|後)',
      '(?:子|こ)(?:ども|供)?(?:に|を).{0,10}(?:してしまいそう|しそうで(?:怖|こわ))',
    ],
    en: [
      '(?:afraid|scared) (?:i.ll|i will|of) (?:hurt|hit|hurting|hitting) my (?:son|daughter|child|kid|baby)',
    ],
    es: ['perder el control con mis hij[oa]s|antes de hacerle dano'],
    pt: ['perder o controle com (?:meu|minha|os meus|as minhas) filh[oa]s?'],
    zh: ['我(?:会|會)把(?:她|他|孩子|女儿|儿子)(?:关|關)在'],
    ne: ['बच्चालाई केही गर्छु कि', 'हात उठ्छ'],
  }),
  // Marks seen on someone after the fact (a bruise, a burn mark): a child abuse or DV concern reported,
  // asked about, not 110 first, unless something says now (crisis.ts NOT_NOW_FOR_MODEL).
  c(
    'marks_seen',
    {
      ja: ['(?:青)?あざ(?:が|を|だらけ|に|も)|痣|(?:やけど|火傷|たばこ)の(?:跡|あと)|(?:傷|きず)(?:跡|あと)'],
      en: ['bruises|bruised|burn marks?|marks on (?:his|her|their)'],
      es: ['moretones?|tiene marcas|marcas de'],
      pt: ['hematomas?|marcas de|marcas roxas'],
      tl: ['may pasa|mga pasa'],
      vi: ['vet bam|vet bong|vet thuong|bam tim'],
      zh: ['淤青|瘀青|伤痕|疤痕|烫伤的痕|烟头烫'],
      ko: ['멍(?:이|자국|들)|흉터'],
      ne: ['दाग', 'चोट लिएर'],
      nesk: ['dag cha', 'daag cha'],
    },
    'Marks seen on someone after the fact (bruises, a burn mark): a concern reported, asked about, not answered by the model.',
  ),
  // Someone else being hit right now, told with the verb in progress (「Ahora mismo mi pareja está golpeando
  // a mi hijo」): violence now, 110 first.
  c('attack_now', {
    en: ['(?:is|are) (?:beating|hitting|punching|kicking|strangling) (?:my|our|his|her|the|a)'],
    es: ['esta (?:golpeando|pegando|pateando|ahorcando) a (?:mi|mis|su|la|el|un|una)'],
    // not the sun, the rain or a heart beating on a balcony or a window (crisis23: 「o sol tá batendo na minha varanda」)
    pt: [
      '(?<!(?:sol|chuva|vento|coracao) )(?:esta|ta) (?:batendo|espancando|chutando|enforcando) (?:no|na|o|a|em) (?:meu|minha|seu|sua)?(?! ?(?:varanda|janela|parede|vidro|telhado|mesa|bola|panela|massa|roupa|carro|tapete|bolo))',
    ],
  }),

  // ── crisis7: suicide told through an errand, a place or a goodbye, as concepts in every language ──
  // Studied on d9 by class after its held-out score (not one form per sentence): a near day told as an
  // end, a pet or a phone contract to settle, everything arranged, a letter left; going with someone who
  // died; a third party's goodbye followed by silence, things given away. Most of these only ask.
  c('deadline', {
    ja: [
      '(?:週末|土曜|日曜|金曜|月曜|来週|今週|月末)(?:が|を)?(?:過ぎ|すぎ)たら',
      '(?:週末|土曜|日曜|金曜|月曜|来週)(?:以降|のあと|の後)',
    ],
    en: [
      'after (?:this |the )?(?:weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday)',
      'by (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|the weekend)',
    ],
    es: ['despues del? (?:lunes|martes|miercoles|jueves|viernes|sabado|domingo|fin de semana)'],
    pt: ['depois d[eo] (?:sabado|domingo|segunda|terca|quarta|quinta|sexta|fim de semana)'],
    tl: ['pagkatapos ng (?:linggo|lunes|martes|miyerkules|huwebes|biyernes|sabado|weekend)'],
    vi: ['cuoi tuan nay|sau cuoi tuan|tuan sau'],
    zh: ['下(?:个)?(?:礼拜|星期|周)|(?:周末|週末)(?:过后|之后)'],
    ko: ['주말\\s?지나면|다음\\s?주(?:면|부터)|이번\\s?주(?:까지|만)'],
    nesk: ['yo hapta pachi', 'aarko hapta', 'hapta pachi'],
  }),
  c('wont_be_here', {
    ja: ['もうこの(?:世|よ)に(?:い|居)(?:ない|ません)'],
    en: ["(?:not going to|won'?t|will not) be (?:around|here|alive) (?:after|by|past)"],
    tl: ['wala na (?:po )?ako'],
    vi: ['se khong con (?:o day|nua)'],
    zh: ['(?:家里|家裡)不(?:会|會)有人', '我(?:就)?不在了'],
    nesk: ['ma hunna'],
  }),
  c('no_longer_need', {
    pt: ['nao vai (?:mais )?precisar'],
    ko: ['필요\\s?없을\\s?것', '필요\\s?없어질'],
    nesk: ['malai kei chahindaina', 'kei chahindaina'],
  }),
  c('practical_after', {
    // a pet, a phone contract, everything arranged, a letter left
    ja: [
      '(?:全部|ぜんぶ|すべて)(?:整理|手続き)(?:しました|した|済み)',
      '(?:猫|ねこ|犬|いぬ|ぺっと)(?:は|を).{0,10}(?:頼|たの|預け|あずけ)',
    ],
    en: [
      'phone contract|my (?:dog|cat|pet)s?\\b',
      'sorted (?:everything|it all) out',
      'put my affairs in order',
    ],
    es: [
      'contrato|(?:los|mis|el|mi) (?:gatos?|perros?)|mascota',
      'deje todo (?:arreglado|listo|en orden)',
      'escribi una carta',
    ],
    pt: [
      'contrato|(?:meu|o) (?:gato|cachorro)|bichinho',
      'deixei tudo (?:arrumado|pronto|organizado|certo)',
      'escrevi uma carta',
    ],
    tl: ['contract|pusa ko|aso ko', 'naayos ko na (?:ang )?lahat', 'sinulatan ko na'],
    vi: ['hop dong|con meo|con cho', 'da sap xep (?:xong|het)', 'viet thu (?:xin loi|cho)'],
    zh: ['门号|合约|猫咪|宠物', '(?:都|全部)(?:整理|处理|安排)好了', '写了一封信'],
    ko: ['해지|계약|고양이|강아지', '다\\s?정리', '편지를\\s?썼'],
    ne: ['कुकुर|बिरालो'],
    nesk: ['contract', 'biralo'],
  }),
  c('gave_away', {
    en: ['giv(?:ing|en|e) away (?:her|his|my|their|all)'],
    es: ['regal(?:ando|o|e) (?:sus|mis|todas?|todos)'],
    pt: ['dando (?:os|as|todas?|todos) (?:as |os )?(?:roupas|moveis|coisas)'],
    tl: ['pinamimigay|ipinamigay|pinamigay|naibigay ko na (?:ang )?lahat|ibinigay (?:sa akin|nya|niya)'],
    vi: ['cho het (?:do|quan ao)'],
    zh: ['送给我|(?:都|全部)送(?:人|给)'],
    ko: ['나눠\\s?주|다\\s?줬'],
  }),
  c('final_act', {
    // going with someone who died (a pet, a mother): 「我想去陪她」「vou junto com ele」
    ja: [
      '(?:川|かわ|海|うみ)に(?:入|はい)って(?:みよう|みる|しまおう)',
      '(?:友だち|友達|ともだち|あかうんと|ふぉろわー)(?:を|も)?(?:全部|ぜんぶ|全員)?(?:消|け)し(?:た|て|ました)',
      '(?:最後|さいご)に(?:誰か|だれか)(?:に|と)',
      '(?:後|あと)を(?:追|お)(?:う|い|お)',
    ],
    en: ['(?:died|passed away|is gone|was gone).{0,80}(?:join|be with|follow) (?:him|her|them)'],
    es: ['(?:murio|fallecio).{0,80}(?:me voy|ire|voy) (?:con|detras de) (?:el|ella)'],
    pt: ['(?:morreu|faleceu).{0,80}vou (?:junto|atras) (?:com |dele|dela)?(?:ele|ela)?'],
    tl: ['susunod na (?:rin )?ako sa (?:kanya|kaniya|kanila)'],
    vi: ['di theo (?:no|me|bo|ba|anh|chi)'],
    zh: ['想去陪(?:她|他|妈|爸)', '(?:决定|想)好(?:了)?怎么(?:结束|死)'],
    ko: ['따라\\s?갈|곁으로\\s?갈'],
  }),
  c('final_act', {
    // watching the express trains pass from a platform (not waiting for a train: that is every day)
    ja: ['(?:通過|つうか)(?:する)?(?:電車|でんしゃ|快速|急行|特急)(?:を)?(?:見|み|待|ま)'],
    en: ['watch(?:ing)? the (?:express )?trains? (?:go|pass)'],
    zh: ['(?:看|等).{0,10}(?:快车|列车|电车|特急).{0,6}(?:通过|经过)'],
  }),
  c('want_to_die', {
    zh: ['不(?:用|想|要)再醒'],
    nesk: ['nauthne gari sut', 'nauthne gari sutchu'],
  }),
  c('burden', {
    pt: ['(?:e|sou) um peso (?:pra|para) (?:todos|todo mundo)'],
    zh: ['(?:走了|不在了|消失)(?:比较|会)?好', '对大家都好'],
  }),
  c('high_place', {
    ja: ['東尋坊|とうじんぼう'],
    en: ['how (?:high|tall) is (?:the )?.{0,30}(?:bridge|building|tower)'],
  }),
  c('pills_sign', {
    tl: ['tinatago (?:nya|niya) (?:yung|ang) (?:mga )?gamot'],
  }),
  c('not_back', {
    // a phone off or calls not answered, after a goodbye or a day away
    es: ['apago el (?:celular|telefono)|celular apagado|no contesta'],
    pt: ['desligou o celular|celular (?:ta |esta )?desligado|nao atende'],
    tl: ['hindi (?:na )?(?:sumasagot|macontact|makontak)'],
    vi: ['tat may|khong nghe may|khong lien lac duoc'],
    zh: ['(?:都)?(?:没|沒)人接|(?:联络|联系)不上'],
    ko: ['연락이\\s?안\\s?(?:돼|되)|전화를\\s?안\\s?받'],
    ne: ['फोन उठाउँदैन', 'फोन उठ्दैन'],
  }),
  c('missing', {
    ja: ['(?:見当|みあ)たらなく(?:なり|なっ)'],
    zh: ['走散|走失|走丢'],
    ne: ['हरायो|हराएको|हराइ'],
  }),
  c('choking', {
    zh: ['噎(?:到|住)'],
  }),
  c('body_alarm', {
    zh: ['(?:脸|嘴唇|嘴)(?:开始)?(?:发|变)紫'],
  }),
  c('flood', {
    pt: ['(?:casa|apartamento) alagando|agua (?:ta|esta) subindo'],
  }),
  c('not_seen', {
    ne: ['देखिनुभएको छैन', 'देखिएको छैन', 'देखेको छैन'],
  }),
  // An incident over and everyone safe (「きのう近所で火事があって、うちは大丈夫でした」, "put it out ourselves,
  // nobody hurt", 「nahanap na sya ng pulis」): a question about what comes after, not a crisis now.
  c('past_safe', {
    ja: ['(?:うち|家族|みんな)は(?:大丈夫|無事|ぶじ)でした'],
    en: ['(?:nobody|no one|no-one)(?: was)? (?:hurt|injured)|put it out (?:ourselves|myself)'],
    es: ['nadie (?:salio )?(?:herido|lastimado)'],
    pt: ['ninguem se machucou|ninguem ficou ferido'],
    tl: ['nahanap na (?:sya|siya)|walang nasaktan'],
    vi: ['khong ai bi thuong'],
    zh: ['没有人受伤|没人受伤'],
    ko: ['다친\\s?사람(?:은|이)?\\s?없'],
  }),
  c('hyperbole', {
    vi: ['met muon chet|(?:doi|buon ngu|nong|chan) muon chet'],
  }),
  // Household poisons and doses told as counts (a dementia parent who ate a roach bait, a double dose,
  // 「今10錠以上」, 「औषधि धेरै खायो」): leave one author out with d9 in the model no longer answered these on
  // the model's word, so the rules read them (crisis7).
  c('toxic', {
    ja: [
      'ほう酸|ほうさん|殺虫剤|さっちゅうざい|防虫剤|ぼうちゅうざい|農薬|のうやく|ごきぶり(?:用|よう)?の?(?:薬|くすり|だんご|団子)',
    ],
  }),
  c('many_pills', {
    ja: [
      '(?:\\d{2,}|十|何十)(?:錠|じょう)(?:以上|いじょう|も|くらい|ぐらい)?',
      '(?:薬|くすり).{0,8}(?:二重|にじゅう)に(?:飲|の)',
    ],
    ne: ['औषधि धेरै खायो|धेरै औषधि खायो|औषधि सबै खायो'],
  }),
  // ── crisis8: the indirect wish to die in every language (tired of living, not waking up, vanishing,
  // others better off without me), as Japanese already had it in the lexicon (suicide.not_wake,
  // suicide.living_is_painful); read in ten languages from the same concept, not per sentence. ─────
  c('want_to_die', {
    ja: ['(?:起|お)きなければ(?:いい|よかった)', '(?:目|め)(?:が)?(?:覚|さ)めないで(?:ほしい|欲しい)'],
    en: [
      "(?:hope|wish|pray) (?:that )?i (?:don'?t|do not|never|won'?t|wouldn'?t|didn'?t) wake(?: up)?",
      'go to sleep and (?:never|not) wake(?: up)?',
      '(?:sick|tired) of (?:being alive|existing|living)|(?:done|finished) with (?:living|life)',
    ],
    es: [
      'cansad[oa] de (?:vivir|la vida|existir)',
      'ojala no (?:despertar|despierte|despertarme|amanecer)',
      'dormir y no despertar',
      'no (?:volver a )?despertar(?:me)? (?:nunca|mas|jamas)',
      '(?:quiero|quisiera) desaparecer',
    ],
    pt: [
      'cansad[oa] de (?:viver|existir)|cansei de (?:viver|existir|tudo isso de viver)',
      'dormir e nao acordar',
      'nao acordar (?:nunca )?mais',
      'queria (?:nao )?(?:acordar|existir) mais',
      '(?:quero|queria) desaparecer',
    ],
    tl: [
      'pagod na (?:ako(?:ng)? )?(?:mabuhay|sa buhay)',
      'ayoko na(?:ng)? (?:magising|gumising)',
      'gusto ko(?: na(?:ng)?)? (?:mawala|maglaho)(?! ang| yung| ng)',
    ],
    vi: [
      'met moi (?:voi|vi) (?:cuoc song|viec song|song)',
      'song met moi qua',
      'ngu (?:mot giac )?(?:roi |ma )?khong (?:bao gio )?(?:day|tinh day|thuc day) nua',
      'uoc gi (?:minh |toi )?khong (?:tinh|thuc) day',
    ],
    zh: [
      '活(?:着|得)?(?:好|太|真|很|真的)累',
      '(?:不要|不想|别|別|不会|不再|永远不)(?:再)?醒(?:来|過來|过来)',
      '(?:我|好|真|很|只)想消失',
      '想(?:从|從)(?:这个)?世界(?:上)?消失',
    ],
    ko: [
      '사는(?:게|것이?|거)(?:너무|정말|진짜)?지(?:쳤|쳐|친)',
      '살기(?:가)?지(?:쳤|쳐)',
      '눈을?(?:안|못)?떴으면|눈을?뜨지않았으면|깨어나지않았으면|안깨어났으면|안일어났으면',
    ],
    ne: ['बाँच्न थाक', 'बाँचेर थाक', 'नउठे हुन्थ्यो', 'नब्युँझे हुन्थ्यो', 'हराउन चाहन्छु', 'हराइदिन मन', 'banchna thak'],
  }),
  c('burden', {
    en: [
      "(?:everyone|they|my family|my kids|people)(?: would|'d| will)? be better off if i (?:was|were|am)(?:n'?t| not) (?:here|around|alive)",
      "won'?t be a burden (?:much )?(?:longer|anymore|for long)",
    ],
    es: ['(?:todos|mi familia) (?:estaria[n]?|estarian) mejor sin mi'],
    pt: [
      'ficaria(?:m)? melhor sem mim',
      '(?:todos|todo mundo|minha familia) (?:estaria|ficaria)m? melhor sem mim',
    ],
    ko: ['내가없으면(?:다들|모두|다|가족)?(?:이|은|들)?(?:편할|나을|행복)'],
    zh: ['我不在了?.{0,4}(?:更好|会好|會好|轻松|輕鬆)'],
  }),
  c('hopeless', {
    // relief wished for (楽になりたい): a cue, never alone an answer; 「편해지고 싶어요」 is also ease
    ko: ['편해지고싶', '그만하고싶'],
    es: ['quiero descansar para siempre'],
    pt: ['quero descansar para sempre'],
    zh: ['想解脱|想解脫'],
  }),
  c('quoted_intent', {
    ko: ['죽어버릴(?:거|꺼)', '죽을(?:거|꺼)(?:야|라고|래)'],
  }),
  c('self_harm_act', {
    tl: ['nag-?cut (?:ako|ulit)', 'nagcu-?cut ako', 'sinugatan ko ang sarili'],
  }),
  c('out_of_contact', {
    ja: ['(?:電話|でんわ)(?:して|しても|したけど|をかけても).{0,8}(?:出|で)(?:ない|ず|ません)'],
  }),
  // Someone living alone (the person a relative or neighbour cannot reach): context, not a sign.
  c('lives_alone', {
    ja: ['(?:一人|独り|ひとり)(?:暮|ぐ|く)らし|独居|どっきょ'],
    en: ['lives? (?:on (?:his|her|their) own|alone|by (?:him|her|them)self)|living alone'],
    es: ['vive sol[oa]'],
    pt: ['mora sozinh[oa]|vive sozinh[oa]'],
    tl: ['mag-?isa (?:lang )?(?:siya|sya|nakatira)|nakatira (?:siya |sya )?(?:nang )?mag-?isa'],
    vi: ['song (?:mot minh|don than)'],
    zh: ['独居|一个人住|自己一个人住'],
    ko: ['혼자(?:사|살)'],
    ne: ['एक्लै बस', 'eklai bas'],
  }),
  // A week, a month or a year back, not "since" then (「先週転んで」 "fell last week", 「先週あざがあった」):
  // a past event the resident now asks about, where the danger model alone does not ask.
  c('last_period', {
    ja: [
      '(?:先週|せんしゅう|先月|せんげつ|去年|きょねん|昨年|\\d+(?:年|ヶ月|か月|カ月)(?:前|まえ))(?!から|より|以来|ずっと)',
    ],
    en: [
      '(?<!since )(?:last (?:week|month|year)|(?:a|one|two|three|\\d+|few|couple of) (?:weeks|months|years) ago)',
    ],
    es: [
      '(?<!desde )(?:la semana pasada|el mes pasado|el ano pasado)|hace (?:unas? |\\d+ |dos |tres )?(?:semanas|meses|anos)',
    ],
    pt: [
      '(?<!desde )(?:semana passada|mes passado|ano passado)|(?:ha|faz) (?:umas? |\\d+ |duas |tres )?(?:semanas|meses|anos)',
    ],
    tl: ['(?<!mula )(?:noong isang (?:linggo|buwan|taon)|nakaraang (?:linggo|buwan|taon))'],
    vi: ['(?<!tu )(?:tuan truoc|thang truoc|nam ngoai|nam truoc)'],
    zh: ['(?<![从自從])(?:上(?:个|個)?(?:星期|礼拜|禮拜|周|週|月)|去年)(?!以来|開始|开始)'],
    ko: ['(?:지난주|지난달|작년)(?!부터)'],
    ne: ['गएको हप्ता|गत हप्ता|गएको महिना|पोहोर'],
  }),
  c('burden', {
    ja: ['(?:生|い)きて(?:い|て)?(?:て)?も(?:意味|いみ|しょうがない|仕方(?:が)?ない|しかたない)'],
    ko: ['나없이(?:더|다들|모두)?(?:잘|편하게|행복하게)살'],
  }),
  c('want_to_die', {
    ko: ['영원히(?:쉬|잠들|자)', '(?:쉬|잠들)고싶어?요?[.,!…]*영원히'],
  }),
  c('not_seen', {
    ko: ['(?:일주일|며칠|사흘|이틀|\\d+일)(?:째|동안|넘게|이상)?(?:못|안)봤', '못본지(?:일주일|며칠|\\d+일)'],
    tl: ['(?:ilang araw|\\d+ araw|isang linggo) (?:ko )?(?:na(?:ng)? )?hindi (?:nakikita|nakita)'],
  }),
  c('quoted_intent', {
    en: [
      "(?:says|said|saying|texted|told me) (?:that )?(?:he|she|they)(?:'s|'re| is| are| was) (?:going to|gonna) (?:end it|kill (?:him|her|them)sel(?:f|ves)|die)",
    ],
  }),
  c('not_back', {
    en: ["(?:not|isn'?t|wasn'?t) picking up"],
  }),
  c('preparation', {
    en: ['wrote (?:goodbye )?(?:letters|notes)(?: to| for)?'],
  }),
  c('hopeless', {
    en: [
      "(?:tomorrow|tonight|soon) it(?:'ll| will) (?:all )?be over|it(?:'ll| will) (?:all )?be over (?:tomorrow|tonight|soon)",
    ],
  }),
  // Self-harm in plain words (marks put on an arm, a cut again, kept cutting) and someone being hit now
  // told in the passive, in the languages the sealed set scored lowest (ko, tl, ja-easy).
  c('self_harm_act', {
    ja: [
      '(?:腕|うで|手首|てくび|足|あし|太もも|ふともも)に(?:傷|きず)を?(?:いっぱい|たくさん|また)?(?:つけ|付け)',
    ],
    en: ['(?:keep|kept|been|started|start) cutting|cutting again|cut again'],
    tl: ['sinugatan ko (?:na naman |ulit |na )?(?:ang )?(?:braso|pulso|sarili|kamay|hita)'],
    ko: ['(?:손목|팔|다리|허벅지)에(?:또|다시)?상처(?:를)?(?:냈|내|나게)'],
  }),
  c('attack_now', {
    tl: ['(?:sinasaktan|sinusuntok|sinisipa|sinasampal) (?:ni|ng) [a-z]+(?: [a-z]+){0,3} ngayon'],
    ko: ['(?:한테|에게)(?:지금|또)?맞고있', '지금(?:\\s)?맞고있', '(?:때리고|폭행하고)있'],
  }),
  // Belongings handed round at work or in the block (「私物を配りはじめて」「把她的书全部送给我」).
  c('gave_away', {
    ja: ['(?:家具|服|本|私物|持ち物|もちもの)(?:とか|や|を|も)?.{0,8}(?:配って|配り|くばって|くばり)'],
    zh: ['把.{0,6}(?:全部|都)送(?:给|給)'],
  }),
  // The wish or the hitting denied, as people write it (「死にたいとかはない」「没有想伤害自己」「叩く音とかは聞こえない」
  // 「때리는 소리는 안 들리는데」), so a denial is not read as the thing it denies.
  c('intent_denied', {
    ja: ['(?:死|し)にたい(?:とか|わけ|って(?:わけ|こと))?(?:は|じゃ|では)?(?:ない|なく|ありません)'],
    en: [
      "not (?:going to |planning to |trying to )?(?:hurt|harm)(?:ing)? myself|(?:no|not having) thoughts of (?:hurting myself|self-?harm|suicide)|don'?t want to die",
    ],
    vi: ['khong (?:co )?(?:y dinh|muon) (?:tu tu|tu sat|chet dau)'],
    zh: ['(?:没有|沒有|不是|没|沒)想(?:伤害|傷害|伤|傷)(?:自己)|(?:没有|沒有|不是|没|沒)想(?:死|自杀|自殺)'],
    ko: ['죽고싶은(?:건|것은)아니', '자해할생각은없'],
    tl: ['hindi ako magpapakamatay|wala akong balak magpakamatay'],
  }),
  c('not_hit', {
    ja: [
      '(?:叩|たた|殴|なぐ)(?:いてる|いている|ってる|っている|く音|る音|かれてる|られてる)(?:か|かどうか|とか)?(?:は)?.{0,4}(?:わからない|わかりません|聞こえない|きこえない|聞こえません)',
    ],
    en: ["(?:can'?t|don'?t|didn'?t) hear (?:any )?(?:hitting|slapping|blows)|no sound of (?:hitting|blows)"],
    ko: ['때리는소리는?(?:안|못)들', '때리(?:는지는?|는건)모르'],
    zh: ['(?:没|沒)(?:有)?听到(?:打|打人)的?(?:声音|聲音)'],
  }),
  // A height told by looking down from it now (「窓を開けて、下をずっと見てる」「下、真っ暗」 "staring down at the
  // water"): held out, d3, d8 and d9 each told a place this way with no word of dying.
  c('high_place', {
    ja: [
      '(?:窓|まど|ベランダ|べらんだ|屋上|おくじょう|橋|手すり|てすり|\\d+階).{0,12}(?:下|した)を(?:ずっと)?(?:見|み)(?:て|下ろ|おろ)',
      '(?:下|した)(?:、|は|が)?(?:真っ暗|まっくら)',
    ],
    en: ['(?:looking|staring) down (?:from|at the (?:water|tracks|street|river|road))'],
    es: ['mirando (?:hacia )?abajo desde'],
    pt: ['olhando (?:pra|para) baixo (?:da|do|de)'],
    tl: ['nakatingin (?:ako )?sa ibaba (?:ng|mula)'],
    vi: ['nhin xuong (?:tu|song|duong ray)'],
    zh: ['(?:从|從).{1,6}往下(?:看|望)'],
    ko: ['(?:옥상|다리|창문|베란다|난간)(?:에서|위에서)?(?:아래를)?내려다보'],
  }),
  // Dying as the only way left (「死んで保険で返すしかない」「もう死ぬしかない」 "the only way out is to die"): the
  // wish said as a conclusion. d2-0343 was asked only because 保険 made a concept (fire_safe) of it.
  c('want_to_die', {
    ja: ['(?:死|し)(?:ぬ(?!まで)|んで).{0,10}しか(?:ない|ありません|なか)'],
    en: ['only (?:way out|option|thing left) is (?:to die|death|dying|to end it)'],
    es: ['solo me queda (?:morir|morirme|matarme)'],
    pt: ['so me resta (?:morrer|me matar)'],
    zh: ['只(?:能|有)(?:去)?死(?:了)?'],
    ko: ['죽는수밖에없|죽을수밖에없'],
    tl: ['mamatay na lang ang (?:paraan|solusyon)'],
  }),
  // ── crisis9 ──────────────────────────────────────────────────────────────────────────────────
  // A body part's pain wished gone (「gusto ko mawala ang sakit ng likod ko」 'I want my back pain to go'):
  // relief from pain, not wanting to vanish; the crisis model had answered it as suicide (0.96).
  c('pain_relief', {
    ja: [
      '(?:腰|こし|膝|ひざ|頭|あたま|歯|肩|かた|首|背中|せなか|足|あし|お腹|おなか|腹|関節)の?(?:痛|いた)み(?:が|を)?(?:消|き|なく|取|と|和ら|やわら|おさま|治ま)',
    ],
    en: [
      '(?:back|head|knee|tooth|stomach|joint|leg|neck|shoulder|hip)\\s?(?:pain|ache)s? (?:to )?(?:go away|stop|disappear)',
      '(?:get rid of|relief for|relieve|stop) (?:my |the |this )?(?:back|head|knee|tooth|stomach|joint|leg|neck|shoulder|hip)\\s?(?:pain|ache)',
    ],
    es: [
      '(?:quitar(?:me)?|calmar|aliviar|se (?:me )?quite) el dolor de (?:espalda|cabeza|muelas|rodilla|estomago|cuello|hombro)',
    ],
    pt: [
      '(?:tirar|passar|aliviar|acabar com) (?:a|essa) dor (?:nas|na|no|de) (?:costas|cabeca|joelho|dente|estomago|pescoco|ombro)',
    ],
    tl: [
      'mawala (?:na )?ang (?:sakit|kirot) ng (?:likod|ulo|ngipin|tiyan|tuhod|paa|balakang|katawan|batok|balikat|kasukasuan)',
    ],
    vi: ['het dau (?:lung|dau|rang|bung|goi|vai|co)'],
    zh: [
      '(?:腰|头|牙|膝盖|背|肩|肚子|胃)(?:痛|疼)(?:消失|好起来|缓解|止住|快点好)',
      '(?:止|缓解)(?:腰|头|牙|背)?(?:痛|疼)',
    ],
    ko: [
      '(?:허리|머리|무릎|이|어깨|배)\\s?(?:통증|아픈\\s?거|아픈\\s?게)\\s?(?:이|가)?\\s?(?:없어|사라|나았)',
    ],
  }),
  // The writer and the one who hurt them parted (「hiwalay na kami」「已經離婚」「今は離婚して」): past violence told
  // with it, and nothing of now, is over, and the DV desk's, not asked (crisis.ts, violenceOver).
  c('separated', {
    ja: [
      '離婚(?:し|が成立)|りこんし|別居(?:し|中)|べっきょ|(?:夫|元夫|彼|かれ)と(?:は)?(?:別れ|わかれ)(?:た|て|ました)|(?:家|いえ)を出て.{0,6}(?:年|ねん)',
      // he went back to his country (「まえは わたしを なぐった。いまは いない。くにに かえった」)
      '(?:国|くに)に(?:帰|かえ)(?:った|りました|ってしまった)',
    ],
    en: [
      "(?:we'?re|we are|i'?m|i am|we got|i got) (?:now )?(?:divorced|separated)",
      '(?:i )?(?:left|divorced) him (?:years|months|a year|last year|long) ago',
    ],
    es: [
      '(?:ya )?nos (?:separamos|divorciamos)|(?:estoy|ya estoy) (?:divorciada|separada)|me (?:separe|divorcie)',
    ],
    pt: [
      '(?:ja )?nos (?:separamos|divorciamos)|(?:sou|estou|ja estou) (?:divorciada|separada)|me (?:separei|divorciei)',
    ],
    tl: ['hiwalay na (?:kami|kmi)|nakipaghiwalay na ako|iniwan ko na siya'],
    vi: ['(?:da )?ly (?:hon|than) (?:roi|nam)|chung toi da ly hon'],
    zh: ['(?:已经|已經)?离婚了|(?:已经|已經)离婚|(?:已经|已經)分开|分居了'],
    ko: ['이혼했|헤어졌|별거\\s?중'],
    // (not 'chhutiyau': its skeleton, cht, is also 'choti', a time)
    nesk: ['sambandha bichhed'],
  }),
  // ── crisis9: suicide told indirectly and a third party in danger, by class, in pt, en, tl, ja first ──
  // The last sealed set showed suicide 88 % and third party 89 % on two unseen authors, pt/en/tl/ja the
  // lowest: the classes below were written per class in every language, each a concept with many forms.
  // Affairs settled (debts paid off, things returned): ask-only, with a near day, things no longer needed,
  // a goodbye or a pet to rehome (sign.suicide.settled); alone it is a household question.
  c('settled', {
    ja: [
      '(?:借り|かり)て(?:い)?た(?:もの|物|お金|おかね|本)(?:は|を|も)?(?:全部|ぜんぶ|みんな)?(?:返|かえ)し',
      '(?:借金|しゃっきん|支払い|しはらい|ろーん)(?:も|を|は)?(?:全部|ぜんぶ)?(?:返し|返済し|へんさいし|済ませ|すませ|払い終|はらいお)',
    ],
    en: [
      'paid (?:off|back) (?:everything|all (?:of )?my (?:debts?|loans?|bills)|what i owe|everyone|my debts?)',
      'returned (?:everything|all the things|what i borrowed|the things i borrowed)',
    ],
    es: ['pague (?:todas )?(?:mis |las )?deudas|devolvi (?:todo|lo que me prestaron|las cosas)'],
    pt: [
      'paguei (?:todas )?(?:as )?(?:minhas )?dividas|quitei (?:tudo|as dividas|minhas dividas)',
      'devolvi (?:tudo|as coisas|o que me emprestaram)',
    ],
    tl: [
      'nabayaran ko na (?:ang )?(?:lahat|utang)|bayad na (?:ang )?lahat ng utang',
      'naibalik ko na (?:ang )?(?:lahat|mga hiniram)',
    ],
    vi: ['tra (?:het|xong) no|tra lai (?:het )?(?:do|nhung thu) (?:da )?muon'],
    zh: ['(?:欠的?钱|债)(?:都|全部)?还(?:清|完)了|还清了|借的东西(?:都|全部)?还了'],
    ko: ['빚(?:도|을)?\\s?다\\s?갚|빌린\\s?(?:것|거|돈)(?:도|을)?\\s?다\\s?돌려'],
    ne: ['ऋण (?:सबै )?तिरें|सबै ऋण तिरें|ऋण तिरिसकें'],
    nesk: ['sabai rin tire', 'rin tirisake'],
  }),
  // A near day said as a weekday (「金曜までに」 "até sexta", "bago mag-Sabado", 「周五之前」): ask-only.
  c('deadline', {
    ja: ['(?:月|火|水|木|金|土|日)(?:曜|よう)(?:日|び)?(?:まで|までに)(?:は)?(?:全部|ぜんぶ|すべて)?'],
    es: [
      '(?:para|antes del?) (?:el )?(?:lunes|martes|miercoles|jueves|viernes|sabado|domingo|fin de semana)',
    ],
    pt: ['(?:ate|antes d[eo]) (?:a |o )?(?:sexta|sabado|domingo|segunda|terca|quarta|quinta|fim de semana)'],
    tl: ['bago (?:mag-?|ang )?(?:sabado|linggo|lunes|biyernes|huwebes|weekend)'],
    vi: ['truoc (?:thu (?:hai|ba|tu|nam|sau|bay)|chu nhat|cuoi tuan)'],
    zh: ['(?:周|星期|礼拜)[一二三四五六日天](?:之前|以前|前)'],
    ko: ['(?:월|화|수|목|금|토|일)요일까지'],
    ne: ['(?:सोमबार|मंगलबार|बुधबार|बिहीबार|शुक्रबार|शनिबार|आइतबार) ?सम्म'],
  }),
  // Thanks "for everything" with a goodbye or a sorry, the writer's own or a relative's message (「mensagem de
  // despedida」). Thanks alone closes ordinary messages (「Obrigada por tudo, a prefeitura me ajudou」).
  c('farewell', {
    ja: ['(?:今|いま)まで(?:本当に|ほんとうに)?ありがと'],
    en: [
      'thank you for everything.{0,80}(?:goodbye|bye|sorry)',
      'goodbye (?:message|text)',
      'said goodbye (?:to me )?(?:by|in a) (?:text|message)',
    ],
    es: ['gracias por todo.{0,80}(?:adios|perdon)', 'mensaje de despedida'],
    pt: ['obrigad[oa] por tudo.{0,80}(?:adeus|desculp)', 'mensagem de despedida', 'adeus'],
    tl: ['salamat sa lahat.{0,80}(?:paalam|patawad)', 'nagpaalam'],
    vi: [
      'cam on (?:moi nguoi )?vi tat ca.{0,60}(?:tam biet|vinh biet|xin loi)',
      'nhan tin tam biet',
      'tin nhan tam biet',
    ],
    zh: ['告别的?(?:信息|短信|消息|讯息)', '谢谢(?:你们)?(?:做的)?一切.{0,20}(?:再见|永别|对不起)'],
    ko: ['그동안\\s?(?:고마웠|감사했)', '작별\\s?(?:문자|인사|메시지)'],
    ne: ['सबैलाई धन्यवाद.{0,20}बिदा', 'बिदाइको (?:म्यासेज|सन्देश)'],
  }),
  // "Won't be a problem much longer" (「もうすぐ迷惑をかけることもなくなります」): being a burden, ended soon.
  c('burden', {
    ja: ['(?:迷惑|めいわく)(?:を)?かけ(?:る)?(?:こと)?(?:も)?(?:なくな|なくなり)'],
    en: [
      "won'?t be (?:a|anyone'?s) (?:problem|burden|bother|trouble)(?: to anyone)? (?:for )?(?:much|any) longer",
      "(?:soon )?i won'?t be anyone'?s (?:burden|problem)",
    ],
    es: [
      'no (?:voy a )?ser (?:un )?(?:problema|estorbo|carga) (?:por )?mucho tiempo',
      'pronto no sere (?:una )?carga',
    ],
    pt: [
      'nao vou ser (?:um )?(?:problema|peso|incomodo) por muito tempo',
      'nao vou mais dar trabalho (?:pra|para|a) ninguem',
    ],
    tl: ['hindi na ako magiging (?:pabigat|problema|abala)'],
    vi: ['se khong (?:con )?la ganh nang (?:cua ai|nua)'],
    zh: ['不会再(?:麻烦|拖累|连累)(?:你们|大家|任何人)'],
    ko: ['(?:더\\s?이상|곧)\\s?(?:짐|폐)(?:가|를)?\\s?(?:안|끼치지\\s?않)'],
  }),
  // A pet or someone in one's care handed on because the writer can no longer look after them: with the
  // pet (practical_after) it asks (sign.suicide.leaving); moving house keeps it quiet.
  c('wont_be_here', {
    en: ["won'?t be able to (?:look after|take care of|care for) (?:him|her|them|it)(?: any ?more)?"],
    es: ['ya no (?:podre|voy a poder) cuidarl[oa]s?'],
    pt: ['nao vou (?:mais )?poder cuidar (?:dele|dela|deles)'],
    tl: ['hindi ko na (?:siya|sila|sya) (?:maaalagaan|maalagaan)'],
    vi: ['khong the cham soc (?:no|nuoi) nua'],
    zh: ['照顾不了(?:它|他|她)(?:们)?了'],
    ko: ['이제\\s?돌볼\\s?수\\s?없'],
  }),
  c('practical_after', {
    es: ['quedarse con mi (?:perro|gato)'],
    pt: ['ficar com (?:o )?meu (?:gato|cachorro)'],
    tl: ['(?:ang )?pusa ko|(?:ang )?aso ko'],
    zh: ['收养我的(?:猫|狗)'],
    ko: ['고양이\\s?데려가|강아지\\s?데려가'],
  }),
  // A letter left to be read afterwards (「母が後で読むように手紙を書きました」).
  c('preparation', {
    ja: [
      '(?:後|あと)で(?:読|よ)(?:む|んで|める)(?:ように|ための|よう)?.{0,4}(?:手紙|てがみ)',
      '(?:手紙|てがみ).{0,10}(?:後|あと)で(?:読|よ)んで',
    ],
    en: ['letter (?:for .{1,20})?(?:to read|to be read|to open) (?:after|afterwards|when i)'],
    es: ['carta para que .{1,20}(?:lea|lean) despues'],
    pt: ['carta para .{1,20}ler depois'],
    tl: ['(?:liham|sulat) para basahin .{1,20}pagkatapos'],
    vi: ['thu de .{1,20}doc sau'],
    zh: ['(?:以后|之后)(?:再)?(?:看|读)的信'],
    ko: ['나중에\\s?(?:읽을|읽어)\\s?(?:편지|글)'],
  }),
  // A relative or friend who stopped answering (tl, zh) and a neighbour unseen with signs (tl, en, pt).
  c('not_back', {
    tl: ['hindi na (?:siya |sya )?(?:sumasagot|nagrereply|nagre-reply)'],
    zh: ['电话也不接|不接(?:电话|我电话)'],
  }),
  c('not_seen', {
    tl: ['ilang araw (?:na|nang) (?:hindi|di) (?:lumalabas|nakikita|lumabas)'],
    pt: ['nao aparece (?:ha|faz) (?:dias|\\d+ dias|uma semana)'],
  }),
  c('unseen_sign', {
    en: [
      'lights? (?:are |is |have been |has been )?on all (?:night|day)',
      'mail (?:is )?piling up',
      '(?:tv|television) (?:has been |is )?on all day',
    ],
    pt: [
      'luz (?:fica )?acesa (?:a noite toda|o dia todo|dia e noite)',
      'correspondencia (?:esta )?(?:acumulando|acumulada)',
      'tv (?:esta |fica )?ligada o dia (?:todo|inteiro)',
      'cheiro (?:estranho|ruim|forte)',
    ],
    es: ['luz (?:esta )?encendida toda la noche', 'correo (?:se esta )?acumulando'],
    tl: [
      'bukas ang ilaw (?:buong|magdamag)',
      'tambak ang (?:sulat|diyaryo|mail)',
      'buong araw bukas ang (?:tv|telebisyon)',
      'mabahong amoy',
    ],
    zh: ['灯(?:整晚|一直)(?:开着|亮着)', '信箱塞满'],
  }),
  // Wanting to jump (「在車站月台上，想跳下去」), tired of living in traditional characters (活著好累: 著 is not
  // folded), and ending it on a near day (「明天就結束吧」 "I'll end it tonight"): the wish said.
  c('want_to_die', {
    ja: ['(?:飛び降り|とびおり|飛び込み|とびこみ)たい'],
    en: ['(?:want|going) to jump (?:off|in front|from|onto)'],
    es: ['(?:quiero|voy a) (?:saltar|tirarme) (?:del|de la|desde|al|frente)'],
    pt: ['(?:quero|vou) (?:pular|me jogar) (?:da|do|de|na frente|no)'],
    tl: ['gusto (?:ko )?(?:nang )?tumalon (?:sa|mula)'],
    vi: ['muon nhay (?:xuong|cau|lau|tau)'],
    zh: ['想跳(?:下去|楼|河|海|轨|车|下来)', '活[着著](?:好|很|太|真的?)累'],
    ko: ['뛰어내리고\\s?싶'],
    ne: ['हाम फाल्न मन'],
  }),
  c('final_act', {
    en: ["(?:i'?ll|i will|going to|gonna) end it (?:tonight|tomorrow|today)"],
    es: ['voy a acabar con todo (?:hoy|manana|esta noche)'],
    pt: [
      'vou acabar com tudo (?:hoje|amanha|esta noite)',
      '(?:vou|irei|quero ir) junto com (?:ele|ela) (?:hoje|agora|esta noite)',
    ],
    tl: ['tatapusin ko na (?:ang )?(?:lahat )?(?:ngayon|bukas|mamaya)'],
    zh: ['(?:明天|今晚|今天)(?:就)?(?:结束|了结)(?:吧|了)'],
    nesk: ['aafu lai sak', 'afulai sak', 'aafulai sak'],
  }),
  // Suicide inside a practical question: if I die (tl, zh, ne) with a near day (「今天晚上就會用到」, "bago bukas").
  c('after_me', {
    tl: ['kung mamatay ako', 'pag namatay ako'],
    zh: ['如果我死了', '要是我死了'],
    ne: ['म (?:आफैं )?मरे(?:पछि| भने)'],
    nesk: ['ma mare bhane', 'ma aafai mare'],
  }),
  c('deadline', {
    en: ['(?:this|by the end of this) week before i go', 'before tomorrow'],
    tl: ['bago bukas'],
    zh: ['(?:今天|今晚|明天)(?:晚上)?就(?:会)?用(?:到|得到|得上)'],
  }),
  // "Don't tell anyone / my mother" with a goodbye (「aama lai kehi nabhannu」「誰にも言わないで」): a farewell part.
  c('farewell', {
    ja: ['(?:誰|だれ)にも(?:言わ|いわ)ないで'],
    en: ["don'?t tell (?:anyone|my (?:mom|mum|mother|parents))"],
    pt: ['nao (?:conta|contem|fala) (?:pra|para) ninguem'],
    tl: ['(?:huwag|wag) (?:mo(?:ng)? )?(?:sabihin|ipaalam) kay (?:nanay|mama|inay)'],
    zh: ['不要告诉(?:任何人|妈妈|家人)'],
    nesk: ['kasailai nabhan', 'aama lai kehi nabhan'],
  }),
  // A small child alone outside at night, in the cold, or crying alone with the parents gone for days
  // (「今ベランダに一人で出てる、寒いのに」 "sano baccha raati dekhi ekle roirako"): held out, d8.
  c('child_alone_danger', {
    ja: [
      '(?:べらんだ|外|そと)に(?:一人|ひとり)で(?:出て|で|い)(?:る|て|ます)',
      '(?:親|おや)が(?:何日|なんにち|\\d+日)(?:か|も)?(?:帰|かえ)って(?:き|こ)て(?:ない|いない)',
    ],
    en: [
      '(?:kid|child|toddler|baby) (?:is )?(?:alone|by (?:him|her)self) (?:outside|on the balcony|in the cold)',
    ],
    tl: ['(?:bata|baby) na mag-?isa sa (?:labas|balkonahe)'],
    zh: ['(?:小孩|孩子)(?:一个人)?在(?:阳台|外面)(?:哭|冻)'],
    nesk: ['baccha … ekle roi', 'bachha … ekle roi', 'aama baba … din dekhi dekheko chaina'],
  }),
  // Someone beaten right now, told by a bystander ("someone is being beaten in the parking lot"), and an
  // ex-partner at the door despite an order (「接近禁止命令出てるのに」「チャイム何回も鳴らして」).
  c('attack_now', {
    en: [
      '(?:someone|a (?:woman|man|girl|boy|kid|child)) (?:is )?being (?:beaten|attacked|hit|stabbed|kicked)',
    ],
    es: ['(?:estan|esta) (?:golpeando|pegando) a (?:una|un|alguien)'],
    pt: ['(?:estao|esta) (?:batendo|espancando) (?:em )?(?:uma|um|alguem)'],
    tl: ['may (?:binubugbog|sinasaktan) (?:sa labas|ngayon)'],
  }),
  c('door_banging', {
    ja: [
      '接近禁止(?:命令)?(?:が)?(?:出て|でて)(?:る|いる)?(?:のに)',
      '(?:ちゃいむ|いんたーほん)(?:を)?(?:何回|なんかい|何度|なんど|ずっと)(?:も)?(?:鳴ら|なら|押)',
    ],
    en: ['(?:restraining|protection) order'],
  }),
  // An old person who cannot drink and has not passed water since yesterday (dehydration; d8).
  c('body_alarm', {
    ja: [
      '(?:水|みず)も(?:飲|の)め(?:ない|ず|ません).{0,12}(?:おしっこ|尿|にょう)(?:も|が)?(?:出て|で)(?:ない|いない|ません)',
    ],
    en: ["(?:can'?t|cannot|won'?t) (?:drink|keep water down).{0,30}(?:not|hasn'?t) (?:peed|urinated)"],
  }),
  // A friend vomiting in the heat, body burning, not making sense (nesk: "jiu ekdam taato cha, kura bujhdaina").
  c('heat_sign', {
    nesk: ['jiu ekdam taato', 'jiu dherai taato', 'jiu taato … kura bujhdaina'],
  }),
  // A small sibling or child gone, told with the age between (「いもうと 5さい いない」).
  c('missing', {
    ja: [
      '(?:おとうと|いもうと|弟|妹|むすこ|むすめ|息子|娘|こども|子ども)(?:\\d+|[一二三四五六七八九十])(?:さい|歳|才)(?:が|は)?(?:いない|いません|いなくな)',
    ],
  }),
  // "Not now" said in so many words (「今じゃないけど、ほぼ毎晩」 "aaja hoina"): violence told so is the DV or
  // child abuse desk's, not asked (crisis.ts, denied()).
  c('not_now', {
    ja: ['(?:今|いま)(?:じゃ|では|は)(?:ない|なく|ありません)(?:けど|です|が|。|、)'],
    en: ["(?:it'?s |it is )?not (?:happening )?(?:right )?now(?: but|,|\\.)"],
    es: ['no (?:es|esta pasando) ahora'],
    pt: ['nao (?:e|esta acontecendo) agora'],
    tl: ['hindi (?:naman )?ngayon(?: pero|,)'],
    vi: ['khong phai bay gio'],
    zh: ['不是现在|现在没有在'],
    ko: ['지금은\\s?아니'],
    nesk: ['aaja hoina', 'ahile hoina'],
  }),
  // A parent's own smack regretted (「hôm qua em lỡ đánh con, em hối hận lắm」): the parenting desk's.
  c('own_parenting', {
    vi: ['lo (?:tay )?danh con', 'danh con (?:xong|roi) (?:hoi han|an han)'],
    en: [
      '(?:i )?(?:smacked|hit|slapped) my (?:son|daughter|child|kid) (?:yesterday|last night|and (?:i )?(?:regret|feel terrible))',
    ],
  }),
  // Someone hit now told in the passive, as a child writes it (「ママが たたかれてる」): crisis8 read only られ.
  c('attack_now', {
    // Only with fear or a cry for help right after it (「ママが たたかれてる。パパ こわい。たすけて」): told alone,
    // as hearsay or a suspicion (「叩かれてるみたい」「叩かれているようです」「殴られてるって打ち明けて」「叩かれてる
    // んじゃないかと」: d8c-0113, intents/corpus), it is the abuse desk's concern (crisis-lookalikes).
    ja: [
      '(?:(?:叩|たた)か|(?:殴|なぐ)ら|(?:蹴|け)ら)れて(?:る|いる|います)(?=[。、!！\\s]?.{0,6}(?:助け|たすけ|怖|こわ))',
    ],
  }),
  // Gone after a word at the door and not back (「『ちょっと出てくる』って言ったまま…戻りません」), leaving the
  // phone and wallet behind: at 2042c78 this was shown only because 「まま、」 read as ママ (rouse).
  c('gone_out', {
    ja: ['(?:言|い)ったまま.{0,24}(?:戻|もど|帰|かえ)(?:らない|りません|ってこない|ってきません|って来ない)'],
  }),
  c('gone_circumstance', {
    ja: ['(?:携帯|けいたい|すまほ|財布|さいふ)(?:も|を)?.{0,10}(?:置いて|おいて)'],
    en: ['left (?:his|her) (?:phone|wallet)'],
  }),
  // 「既読になりません」 as well as 「既読にならない」 (a student's 『今までありがとうございました』 then silence).
  c('not_back', {
    ja: ['既読(?:に)?(?:なりません|つきません)'],
  }),
  // Violence again (「今天又來打我」「sinaktan niya ulit ako」): what keeps past violence after parting from being
  // over (crisis.ts violenceOver), where a 'now' about money or a move (「現在想搬家」「wala akong pera ngayon」)
  // does not.
  c('again', {
    ja: ['また(?:殴|なぐ|叩|たた|蹴|け|来|き|暴|あば)', '(?:最近|さいきん)(?:また|も)'],
    en: ["again|(?:he|she)(?:'s| is) back"],
    es: ['otra vez|de nuevo|volvio a'],
    pt: ['de novo|outra vez|voltou a'],
    tl: ['ulit|na naman|bumalik (?:siya|sya)'],
    vi: ['lai (?:danh|den|toi)|quay lai'],
    zh: ['又(?:来|打|找|在)|再次'],
    ko: ['또|다시\\s?(?:와|때|찾)'],
    // 'aayo' has no consonant left on the skeleton: spelled out (crisis20: 'pheri … aayo' read as 'pheri' and anything)
    ne: ['(?:pheri|feri|फेरि)(?: \\S+){0,3} (?:aayo|ayo|aaye|आयो|आए)'],
    nesk: ['pheri … kutyo', 'feri … kutyo'],
  }),

  // Self-harm in slang (crisis11): the arm "done" again (「腕やった」「手首やっちゃった」), lines on the arm
  // (「腕に線ふえた」), an arm covered in cuts with today; relapsed and cut; hurt myself again; too many pills.
  c('harm_sign', {
    ja: [
      '(?:腕|うで|手首|てくび|太もも|ふともも)(?:に|を|、)?(?:また|きょうも|今日も)?(?:やった|やっちゃった|やってしまった|いった)',
      '(?:腕|うで|手首|てくび|太もも|ふともも)(?:に|の)?(?:また)?(?:線|せん)(?:が)?(?:ふえ|増え|ひい|引い)',
      '(?:腕|うで|手首|てくび)(?:が|は|、)?(?:傷|きず)だらけ',
    ],
    en: ['relapsed.{0,12}(?:cut|cutting|burn)|(?:cut|cutting).{0,12}relapse', 'hurt myself again'],
    es: ['me (?:hice|volvi a hacer) dano(?: otra vez)?', 'me lastime otra vez|me volvi a lastimar'],
    pt: ['me machuquei de novo|me cortei de novo'],
    ko: ['(?:팔|손목|허벅지)에\\s?(?:또|다시)\\s?(?:그었|긁었)'],
  }),
  c('bleeding', {
    en: ["(?:a lot of|so much|lots of|tons of) blood|blood (?:everywhere|won'?t stop)"],
    es: ['mucha sangre|no para (?:de sangrar|la sangre)'],
  }),
  c('pills_sign', {
    es: ['me pase con las pastillas|(?:un|el) (?:monton|puno) de pastillas'],
    ko: ['약을?\\s?(?:한\\s?주먹|왕창|잔뜩)'],
    en: ['(?:a bunch|a handful|all) of (?:my )?pills'],
  }),
  // A person with dementia or a child not back, in honorific Korean (「아침에 나가셨는데 아직 안 오셨어요」)
  // and unreachable in every language: a relative "can't be reached" (sign.missing_person.unaccounted with
  // someone living alone or low mood).
  c('not_back', {
    ko: [
      '안\\s?(?:돌아|들어)?오(?:셨|셔|시|세)',
      '(?:나가셨|나가셔|나갔|나가서).{0,12}(?:안\\s?(?:와|오)|소식이\\s?없)',
    ],
  }),
  c('out_of_contact', {
    en: [
      "can'?t (?:reach|get (?:a )?hold of|get through to)",
      "(?:hasn'?t|has not|isn'?t|is not|not) (?:answering|picking up|replying|responding)",
    ],
    es: [
      'no (?:puedo|logro|podemos|logramos) (?:comunicarme|contactar|localizar|hablar con)',
      'no (?:contesta|responde)',
    ],
    pt: ['nao (?:consigo|conseguimos) (?:falar|contato|contatar|localizar)', 'nao (?:atende|responde)'],
    tl: [
      'hindi (?:ko|namin) (?:siya|sya) (?:ma-?contact|makontak|matawagan)',
      'hindi (?:siya|sya) sumasagot',
    ],
    vi: ['khong lien lac duoc|khong nghe may'],
    zh: ['联络不到|联系不到|联络不上|联系不上|打不通|不接电话|没人接'],
    ko: ['연락이\\s?(?:안\\s?(?:돼|되|닿)|없)|전화를?\\s?안\\s?받'],
  }),
  // Someone gone and already found (「昨日いなくなったけど、警察に保護されました」「ya apareció」): not a person
  // missing now: the signs of a person gone are not asked (an ordinary dementia consultation, crisis11).
  c('found_safe', {
    ja: [
      '(?:無事|ぶじ)(?:に)?(?:見つか|みつか|保護|ほご|帰|かえ|戻|もど)',
      '(?:警察|けいさつ|交番|こうばん)(?:に|で)(?:保護|ほご)',
      // not 「前も…保護されたことがある。今回はもう4時間」 (a past episode told beside one now)
      '(?:保護|ほご)され(?:まし)?た(?!ことが)',
    ],
    en: [
      '(?:was|were|got|been) found (?:safe|ok|alive|unharmed)|(?:police|they|we) found (?:him|her|them)|came (?:back|home) safe',
    ],
    es: ['ya (?:aparecio|volvio|lo encontramos|la encontramos)|(?:lo|la) encontro la policia'],
    pt: ['ja (?:apareceu|voltou|encontramos)|a policia (?:o|a) encontrou'],
    zh: ['已经找到|平安回来|被警察(?:找到|保护)'],
    ko: ['무사히\\s?(?:돌아|찾)|경찰이\\s?(?:찾|보호)|(?<!못)찾아\\s?주셨'],
  }),
  // ── crisis11, by class after d10/d11's held-out misses (each class in the languages it lacked) ──
  // A person gone now: told by a nurse, a relative or a passer-by (「还没到家」, "he's gone… front door was
  // open", 「no lo encuentran」, 「핸드폰 두고 나갔는데」, 「就出門了…電話關機」, 「まだ見つかってません」).
  c('not_back', {
    ja: ['まだ(?:見つか|みつか)って(?:い)?(?:ない|ません)'],
    es: ['no (?:lo|la) (?:encuentran|encuentro|hallan|hallamos)', 'no (?:ha )?regres(?:a|ado|o)'],
    zh: [
      '(?:还|還)?(?:没|沒)(?:到家|回到家)',
      '(?:电话|電話)(?:也)?(?:关机|關機)',
      '(?:车|車)也(?:开|開)走了',
    ],
    ko: ['연락(?:도|이)\\s?안\\s?(?:돼|되|닿)'],
  }),
  c('gone_out', {
    en: [
      "(?:he|she)(?:'s| is| has) gone(?! to| out for| back| home)",
      '(?:front )?door was (?:open|unlocked) when',
    ],
    es: ['salio (?:del|de la) (?:hospital|residencia|casa|centro)', 'salio (?:esta manana|anoche|hace)'],
    zh: ['就出(?:门|門)了', '(?:出|走)(?:门|門)(?:了)?(?:以后|之後|之后)'],
    ko: ['(?:두고|놓고)\\s?나갔|나갔는데'],
  }),
  c('gone_circumstance', {
    en: [
      '(?:in|wearing) (?:a |his |her )?(?:t-?shirt|pyjamas|pajamas|slippers|hospital gown)|(?:\\d+|five|zero) degrees',
    ],
    es: ['en bata|en pantuflas|descalz[oa]|hace frio'],
    zh: [
      '(?:纸条|紙條|留言|字条)',
      '(?:没有|沒有|沒|没)(?:带|帶)(?:手机|手機)|身上(?:没有|沒有)(?:手机|手機)',
    ],
    ko: ['(?:핸드폰|휴대폰|폰)\\s?(?:두고|놓고)', '메모|쪽지', '맨발'],
  }),
  // Someone lost in the street who cannot say where home is (「집이 어딘지 모르세요」「家がわからない」).
  c('lost_sight', {
    ja: ['(?:家|いえ|自宅|じたく)(?:が|の場所が)(?:わから|分から)(?:ない|ないみたい)'],
    en: ["(?:doesn'?t|does not|can'?t) (?:know|remember|say) where (?:she|he) lives|lost (?:and|,) confused"],
    es: ['no sabe (?:donde vive|volver|regresar)'],
    zh: ['不知道(?:自己)?(?:家|住)在哪'],
    ko: ['집이\\s?어딘지\\s?모르', '길을\\s?잃(?:으신|은|었)', '헤매(?:고|시|는)'],
  }),
  // A neighbour unseen, with the mail piling up or no light at night (ko, ja-easy: 「우편함이 꽉 찼어요」「ポスト
  // に てがみ いっぱい」).
  c('unseen_sign', {
    ja: [
      `(?:ぽすと|郵便受け|ゆうびんうけ)(?:に|が|の)?(?:てがみ|手紙|郵便|新聞|しんぶん)?(?:が)?(?:いっぱい|たま|溜ま|あふれ)${MAIL_NOT}`,
    ],
    ko: [
      '(?:일주일|며칠|사흘|닷새)째\\s?안\\s?보이',
      '우편함이\\s?(?:꽉|가득)(?!\\s?(?:차지는|차진|차지|찬\\s?(?:건|것은|거는))\\s?(?:않|아니))',
      '불이\\s?안\\s?켜',
    ],
  }),
  // Fire and smoke in plain speech (「火でてる」「けむり いっぱい」「かじ かも」, vi, en water coming in).
  c('fire', {
    ja: [
      '火(?:が)?(?:でて|出て)(?:る|いる|ます)',
      '(?:けむり|煙)(?:が)?(?:いっぱい|充満|こっち|へや|部屋に)',
      'かじ(?:かも|だ|です)',
    ],
    vi: ['chay (?:roi|nha)|khoi (?:tran|bay|vao)'],
  }),
  c('flood', {
    en: ["water(?:'s| is) coming (?:in|into)"],
  }),
  // A stroke told by its signs (「言ってることがちぐはぐ」「口の右はしからよだれ」).
  c('stroke_sign', {
    ja: [
      '(?:言|い)って(?:る|いる)?こと(?:が)?(?:ちぐはぐ|おかしい|変|へん)',
      '(?:口|くち)の(?:右|左|みぎ|ひだり)(?:はし|端)?から(?:よだれ|涎)',
    ],
  }),
  // Violence heard next door or at the door in Chinese and Cantonese (「打人的聲音」「撳鐘同踢門」).
  c('cry_for_help', {
    zh: ['(?:哭叫|哭喊|尖叫)(?:声|聲)', '打人的(?:声音|聲音)'],
  }),
  c('door_banging', {
    zh: ['踢(?:门|門)', '(?:撳|按)(?:钟|鐘|门铃|門鈴).{0,4}(?:同|和|又|一直)'],
  }),
  // Someone about to jump, told by a bystander (shoes placed side by side on the bank).
  c('other_danger', {
    ja: ['(?:靴|くつ)を(?:そろえて|揃えて|ぬいで|脱いで)'],
    en: ['(?:shoes|slippers) (?:left |placed )?(?:neatly|side by side)'],
    zh: ['(?:鞋子?)(?:摆|擺|脱|脫)(?:好|在)'],
  }),
  // Someone shut in a room or toilet with a blade or a note (「화장실에서 안 나와요…커터칼」, 'trancada no quarto…
  // me desculpem'): asked.
  c('locked_in', {
    ja: [
      '(?:部屋|へや|トイレ|といれ|風呂|ふろ)(?:に|から)(?:閉じこも|とじこも|鍵|かぎ|出てこない|でてこない)',
    ],
    en: [
      "locked (?:himself|herself|themselves) in|(?:won'?t|will not) come out of (?:the|his|her) (?:room|bathroom|toilet)",
    ],
    es: ['encerrad[oa] en|no (?:quiere|sale) (?:abrir|del bano|de su cuarto)'],
    pt: ['trancad[oa] no (?:quarto|banheiro)'],
    zh: ['(?:锁|鎖)在(?:房间|房間|厕所|廁所)|(?:躲|关|關)在(?:厕所|廁所|房间|房間)里?不出来'],
    ko: ['(?:화장실|방)에서\\s?안\\s?나와'],
  }),
  c('locked_with', {
    ja: ['(?:カッター|かったー|包丁|ほうちょう|ナイフ|ないふ|薬|くすり)(?:を)?(?:持って|もって)'],
    en: ['(?:a knife|a blade|pills|razor)|sorry note'],
    es: ['(?:navaja|cuchillo|pastillas|perdon|desculp)'],
    pt: ['(?:faca|lamina|remedios|me desculpem|desculpa)'],
    zh: ['(?:刀|药|藥|对不起|對不起)'],
    ko: ['커터칼|칼(?:을|이|로)?|약을|약\\s?(?:먹|들고|가지고)|미안'],
  }),
  // Self-harm now in the third person or slang: ㅈㅎ (자해), 圓規刺自己, me quemo con el encendedor, se está
  // cortando.
  c('self_harm_act', {
    es: ['me quemo con', 'se (?:esta )?cort(?:a|ando)(?! el pelo)'],
    zh: ['刺自己|(?:圆规|圓規)刺'],
    // ㅈㅎ (자해 in initials) is read after NFKC, which turns the compatibility jamo into conjoining ones
    ko: ['(?:ㅈㅎ|\u110c\u1112)'],
  }),
  // The wish or plan said indirectly: decided, before tonight; jumping in front of a train; better to die
  // together (a carer of eight years); a painless way asked in kana; 紫砂 (slang for 自杀); ending it all tonight.
  c('final_act', {
    en: [
      '(?:made up my mind|decided).{0,40}(?:tonight|today|before)',
      '(?:gonna|going to) do it (?:tonight|today|now)',
      'tell someone before (?:tonight|i go)',
    ],
    ja: ['(?:いなくな|消え|きえ)ろう(?:と|か)(?:思|おも)'],
  }),
  c('want_to_die', {
    ja: ['(?:しにかた|死に方)(?:\\s)?(?:らく|楽|いたくない|痛くない)'],
    ko: ['뛰어들(?:까|고\\s?싶|려고)', '(?:같이\\s?)?죽는\\s?게\\s?(?:낫|나아)'],
    zh: ['紫砂|自鲨', '一起死(?:了)?算了|不如死了'],
    es: ['mejor (?:morirnos|morirme|estar muert[oa])'],
    nesk: ['sab antya gar', 'sabai antya gar'],
  }),
  // Preparation: a letter written for the family (「寫好給家人的信」), passwords written down.
  c('preparation', {
    zh: ['(?:写|寫)好(?:了)?(?:给|給).{0,4}的?信', '密码.{0,6}(?:写|寫)在'],
  }),
  // A relative's or friend's quoted intent (「叔父が『もう死ぬ』と電話」, 'dijo que se va a colgar').
  c('quoted_intent', {
    ja: ['[「『]もう(?:死|し)ぬ'],
    es: ['(?:dijo|dice|escribio|puso) .{0,20}que se va a (?:colgar|matar|suicidar|tirar)'],
    pt: ['(?:disse|falou|escreveu) .{0,20}que vai se (?:matar|enforcar|jogar)'],
  }),
  // Goodbyes said as a post or relayed (「みんなにありがとうって伝えといて」, 'this is my last post, love you all',
  // 『おやすみ、永遠に』, 『生まれ変わったらまた遊ぼ』, 'cuiden a mi mamá'): asked (sign.suicide.bye_all).
  c('bye_all', {
    ja: [
      'みんなに(?:ありがとう|よろしく)(?:って)?(?:伝え|つたえ)',
      'おやすみ(?:、)?(?:永遠|えいえん)に|(?:永遠|えいえん)に(?:おやすみ|さよう?なら)',
      '(?:生まれ変わ|うまれかわ)ったら(?:また|一緒|いっしょ)',
    ],
    en: [
      'my (?:last|final) post|love (?:you|u) all',
      'tell (?:everyone|my (?:mom|mum|dad|family)) i (?:love|said)',
    ],
    es: ['cuiden (?:a|de) mi (?:mama|mamita|papa|hermanit[oa]|perro|gato|hij[oa])', 'diles que los quiero'],
    pt: ['cuidem (?:da|do) minha|cuid(?:a|em) da minha mae'],
    zh: ['照顾好(?:孩子|妈妈|爸爸|家人)|照顧好(?:孩子|媽媽|爸爸|家人)'],
    ko: ['(?:엄마|아빠|가족)\\s?잘\\s?부탁'],
  }),
  // A goodbye then silence (「'잘 있어' 올리고…연락도 안 돼요」): sign.third_party.goodbye_silent.
  c('farewell', {
    ja: ['(?:もう|二度と|にどと)(?:会|あ)えない(?:けど|と思|ね|から)'],
  }),
  // Ordinary consultations of d10/d11 that were shown a line (crisis11): a past wandering episode, now home
  // (「前に一度、行方不明になったことがあって」, "wandered off twice this year. He's home and fine now"); the
  // writer wanting to volunteer (search networks, helplines); 「消えたいとまでは思わない」; a partner who
  // shouts but does not hit, in Tagalog.
  c('found_safe', {
    ja: ['(?:行方不明|ゆくえふめい|いなくな|迷子|まいご)(?:に)?(?:なった|った)ことが(?:あ)'],
    en: [
      "(?:home|back) (?:and|,) (?:fine|safe|ok)|(?:he|she)(?:'s| is) (?:home|back) (?:safe|now)",
      'wandered off (?:twice|once|several times|a few times|before)',
    ],
  }),
  c('hypothetical', VOLUNTEERING),
  // the same forms on their own: the danger model does not ask on them (crisis.ts middleTier)
  c('volunteering', VOLUNTEERING),
  c('intent_denied', {
    ja: ['(?:消|き|死|し)え?(?:たい|にたい)とまでは(?:思|おも)わ'],
  }),
  c('not_hit', {
    tl: ['(?:di|hindi) naman (?:siya |sya )?nananakit|hindi (?:niya |nya )?ako sinasaktan'],
  }),
  // Gone again now (「またいなくなった…今回はもう4時間」): a past episode told beside it is not the present safe.
  c('again', {
    ja: ['また(?:いなくな|行方不明|ゆくえふめい|迷子|まいご|出て行|でていっ)', '今回(?:は|も)'],
  }),
  // Going to the water, then a goodbye (「かわ いきます。さようなら」).
  c('final_act', {
    ja: [
      '(?:海|うみ|川|かわ|橋|はし|線路|せんろ)(?:に|へ|まで)?(?:行|い)(?:きます|く)(?:。|、)?.{0,6}(?:さよう?なら|ばいばい)',
    ],
    en: ['(?:going|headed|heading) to the (?:river|sea|bridge|tracks).{0,20}(?:bye|goodbye)'],
  }),
  // A child who chewed or drank a household product (「防虫剤かじってた」「芳香劑喝了一口」): ingestion in the
  // words a parent uses, and household products in Chinese as in Japanese (乾燥剤, 芳香剤).
  c('swallowed', {
    // only a product chewed: 「りんごをかじってた」 is a snack
    ja: [
      '(?:剤|ざい|電池|でんち|たばこ|タバコ|ボタン|ぼたん|石鹸|せっけん)(?:を)?(?:かじ|齧)(?:って|った|ってた|ってる)',
    ],
  }),
  c('toxic', {
    zh: ['芳香剂|除臭剂|干燥剂|保冷剂|防虫剂|樟脑丸|化妆水|洗甲水|柔顺剂|洗衣球|洗衣凝珠'],
    ko: ['방향제|방충제|나프탈렌|습기제거제|세탁\\s?세제|캡슐\\s?세제'],
    es: ['ambientador|naftalina|capsula de detergente'],
  }),
  // Told to die and meaning to do as told (「死ねば？って言われた。言われたとおりにしようと思う」).
  c('want_to_die', {
    ja: ['(?:死|し)ね.{0,20}(?:言|い)われた(?:とおり|通り)に(?:しよう|する|します)'],
  }),
  // Found already, in the words of d10's look-alikes' class (the police found him, he is home now).
  c('found_safe', {
    ja: [
      '(?:けいさつ|警察)(?:が|に)(?:みつけ|見つけ)',
      '(?:みつか|見つか)(?:って|り)(?:、)?(?:もう)?(?:だいじょうぶ|大丈夫)',
    ],
    es: ['la policia (?:lo|la) (?:encontro|hallo)', 'ya esta en casa'],
    // not 「não tá em casa」 (is not home: d9c-0196, lost by the held-out model after crisis17's rebuild)
    pt: ['(?:a )?policia (?:achou|encontrou) (?:ele|ela)', '(?<!nao )(?:ta|esta) em casa'],
    vi: ['(?:may ma )?(?:nhan vien|canh sat|cong an).{0,10}tim thay'],
    en: ["police found (?:him|her|them)|(?:he|she)(?:'s| is) home (?:now|safe)"],
  }),
  // The wish said as a daily thought (「このまま死ねたらって毎日思ってる」).
  c('want_to_die', {
    ja: ['(?:このまま|いっそ)(?:死|し)ね(?:たら|れば)'],
  }),
  // Coverage by language (crisis11: every concept a rule reads, checked for es, ko and zh beside ja/en/pt):
  // someone kicking at the door in es/pt/ko; absent from where they should be (a school, work) in
  // en/es/pt/ko/zh, read with out of contact (sign.missing_person.unaccounted).
  c('door_banging', {
    es: ['(?:golpeando|pateando|patea) la puerta|tocando el timbre sin parar'],
    pt: ['(?:batendo|chutando|esmurrando) (?:na|a) porta'],
    ko: ['문을\\s?(?:쾅쾅|계속\\s?두드리|발로\\s?차|걷어차)|초인종을\\s?계속'],
  }),
  c('absent_from', {
    en: [
      "(?:didn'?t|did not|hasn'?t|has not) (?:come|shown up|show up|turned up|turn up) (?:to|for|at) (?:school|work|class|day ?care)",
    ],
    es: ['no (?:llego|vino|fue) a (?:la escuela|clase|trabajar|su trabajo)'],
    pt: ['nao (?:veio|foi|apareceu) (?:na escola|no trabalho|pra aula|para o trabalho)'],
    ko: ['(?:학교|회사|학원)에\\s?안\\s?(?:왔|나왔|갔)|(?:출근|등교)(?:을|를)?\\s?안\\s?(?:했|하)'],
    zh: ['(?:没|沒)(?:来|來|去)(?:上学|上學|上班|学校|學校)|(?:没|沒)有?(?:到校|上班)'],
  }),
  // ── crisis11: what is completed across turns ────────────────────────────────────────────────
  // Low mood said mildly (「最近しんどい」「病んでる」「너무 힘들어」「好累」): no danger alone, and no cue of
  // despair (hopeless.said would ask with one more weak cue). Its context cue (low.said, weight 0) is kept
  // in the session so that a later goodbye, a means or a place asks (src/flow/handlers.ts).
  c('low_mood', {
    ja: [
      'しんど(?:い|すぎ|かった)',
      '(?:病|や)んで(?:る|いる|ます|て)',
      '(?:疲|つか)れ(?:た|ちゃった|ました)(?:。|、|$|な|よ|わ)',
      'つらい|辛(?:い|すぎ)(?!物|もの|味|口)',
      '(?:学校|がっこう|会社|かいしゃ)(?:に)?(?:行|い)きたくない',
      '(?:何|なに)も(?:したくない|する気)',
      '(?:全部|ぜんぶ)どうでも',
    ],
    en: [
      "(?:i'?m|im|i am|so|really|feeling) (?:so |really |just )?(?:tired|exhausted|down|low|sad|depressed)",
      "(?:i'?m|im|i am) not (?:ok|okay|fine)",
      'everything sucks|life sucks|(?:i )?hate my life',
      'tired of (?:everything|it all|life)',
    ],
    es: [
      'estoy (?:muy |tan )?(?:cansad[oa]|mal|triste|deprimid[oa]|bajonead[oa])',
      'ando (?:muy |bien )?(?:mal|triste|bajonead[oa]|deprimid[oa])',
      'todo me sale mal|odio mi vida',
    ],
    pt: ['estou (?:muito |tao )?(?:cansad[oa]|mal|triste|deprimid[oa])', 'odeio minha vida'],
    tl: ['pagod na (?:ako|ko)', 'ang bigat ng (?:loob|pakiramdam)', 'malungkot (?:ako|na ako)'],
    vi: ['met (?:moi )?qua', 'buon qua', 'chan (?:doi|song) qua'],
    zh: ['好累|很累|心累|好煩|好烦|好难过|好難過|什么都不想做|什麼都不想做|不想上学|不想上學'],
    ko: ['너무\\s?힘들|힘들어|지쳐|지쳤|우울해|우울하'],
  }),
  // A goodbye said bare (「ばいばい」「bye」「안녕」「掰掰」): closes ordinary conversations every day (「バイバイ」
  // alone is an ordinary message of the dev corpus), so alone it is a context cue (bye.said, weight 0) that
  // asks only after low mood or despair in an earlier turn.
  c('bye', {
    ja: ['ばいばい|ばいばーい|じゃあね|さよう?なら|ばいび'],
    en: ['bye|goodbye|farewell|see ya'],
    es: ['adios'],
    pt: ['tchau|adeus'],
    tl: ['paalam|bye'],
    vi: ['tam biet|bye'],
    zh: ['再见|再見|掰掰|拜拜'],
    ko: ['안녕(?!하|히)|잘\\s?있어|잘\\s?지내'],
  }),
  // A goodbye to everyone (「みんなばいばい」「bye everyone」「다들 안녕」「大家掰掰」): nobody says it to a
  // consultation desk, so it asks alone (sign.suicide.bye_all).
  c('bye_all', {
    ja: [
      '(?:みんな|皆|みなさん)(?:、|,|\\s)?(?:ばいばい|じゃあね|さよう?なら|元気でね|げんきでね)',
      '(?:ばいばい|さよう?なら)(?:、|,|\\s)?(?:みんな|皆)',
    ],
    en: [
      "(?:bye|goodbye) (?:everyone|everybody|all|guys|y'?all|world)",
      'love (?:you|u) all.{0,12}bye|bye.{0,12}love (?:you|u) all',
    ],
    es: ['(?:adios|chao|chau) a todos', 'adios,? (?:mundo|amigos)'],
    pt: ['(?:tchau|adeus),? (?:a )?todos|(?:tchau|adeus),? (?:mundo|galera|pessoal)'],
    tl: ['paalam sa (?:inyong )?lahat|bye sa (?:inyong )?lahat'],
    vi: ['tam biet (?:tat ca|moi nguoi)'],
    zh: ['大家(?:保重|再见|掰掰|拜拜|永别)|(?:再见|掰掰|拜拜)了?大家|各位再见'],
    ko: ['(?:다들|모두|여러분)\\s?(?:안녕|잘\\s?지내|잘\\s?있어)'],
  }),
  // ── crisis18, by class after d16's held-out misses (es and pt first, then zh and ja) ──────────────
  // A burden said as a fact, not a wish: things easier or everyone better off without me, a weight or a nuisance
  // to the family (sin mí todo sería más fácil, sou um peso, 我就是个累赘, 活着就是给大家添麻烦), never troubling
  // anyone again, the problem over once I disappear.
  c('burden', {
    es: [
      'sin mi,? (?:[a-z]+ ){0,3}(?:seria|serian|estaria|estarian|vivirian|iria|irian) (?:mas facil|mas faciles|mejor|mejores|tranquil|en paz)',
      '(?:seria|serian|estaria|estarian) (?:todo |todos )?(?:mas facil|mas faciles|mejor|mejores)[^.?!]{0,25} sin mi(?= *[.,;!?]|$)',
      'nadie (?:me )?(?:va a|iba a|va) (?:extranar|echar de menos)',
      'soy (?:un|una) (?:estorbo|carga|peso) para',
      'ya no (?:voy a|quiero) molestar (?:mas )?a nadie',
      'si (?:yo )?(?:desaparezco|me muero|me voy)[^.?!]{0,30}se (?:acaba|acaban|termina|terminan) (?:el|los) problemas?',
      'si (?:yo )?(?:me muero|desaparezco|me tiro|me mato|no estuviera)[^.?!]{0,50}nadie se (?:daria|va a dar) cuenta',
    ],
    pt: [
      'sem mim,? (?:[a-z]+ ){0,3}(?:seria|seriam|ficaria|ficariam|viveriam|estaria|estariam) (?:mais facil|mais faceis|melhor|melhores|em paz)',
      '(?:seria|seriam|ficaria|ficariam) (?:tudo |todos )?(?:mais facil|mais faceis|melhor|melhores)[^.?!]{0,25} sem mim(?= *[.,;!?]|$)',
      'ninguem (?:vai|iria|vai nem) sentir (?:a )?(?:minha )?falta',
      'sou (?:so |apenas )?(?:um|uma) (?:peso|fardo|estorvo)(?= (?:pra|para|na vida|em casa)|[.,;!?]|$)',
      'cansei de ser (?:um|uma) (?:peso|fardo|estorvo)',
      'nao (?:quero|vou) (?:mais )?(?:incomodar|atrapalhar|dar trabalho (?:pra|a|para)) ninguem',
    ],
    zh: [
      '没有我.{0,6}(?:会|都|就)?(?:过得|活得)?更(?:好|轻松)',
      '(?:就是|只是|是)(?:个|一个)?(?:家里的|大家的|家人的)?累赘',
      '活着(?:就是|只是|只会)?(?:给|替).{0,4}添麻烦',
      '不(?:会)?再?(?:麻烦|拖累)(?:任何人|大家|你们|家人)了',
      '不在了.{0,6}(?:会)?更轻松',
    ],
  }),
  // Vanishing for good said as the best way (lo mejor es que yo desaparezca, sumir de vez / pra sempre).
  c('want_to_die', {
    es: ['desaparec\\w* para siempre', 'lo mejor (?:es|seria) que (?:yo )?desaparezca'],
    pt: ['sumir (?:de vez|pra sempre|para sempre)', 'o melhor (?:e|seria) eu (?:sumir|desaparecer)'],
  }),
  // The way decided (ya pensé cómo hacerlo, já sei como vou fazer, 已经想好怎么做), made to look like an accident,
  // a place one does not come back from, waiting for the nerve (pra quando eu tiver coragem), not wanting to be
  // talked out of it, only leaving for good left to do.
  c('final_act', {
    es: [
      'ya (?:se|pense|decidi|tengo pensado|tengo decidido) (?:en )?(?:como|de que manera|donde) (?:lo voy a hacer|hacerlo|matarme|terminar)',
      '(?:para )?que parezca (?:un )?accidente',
      'un lugar (?:de donde|del que|del cual|donde) no se (?:vuelve|regresa)',
      'no quiero que me convenzan',
      '(?:meter|estrellar|tirar) el (?:carro|coche|auto) contra (?:un|el|una) (?:camion|tren|muro|poste|pared)',
      'para cuando (?:tenga (?:el )?valor|me anime a hacerlo)',
    ],
    pt: [
      'ja (?:sei|pensei|decidi) (?:em )?como (?:vou fazer|fazer isso|fazer|me matar|acabar com tudo)',
      '(?:pra|para) quando eu tiver coragem',
      'so falta eu (?:ir embora|partir|ir)',
      'nao quero que me convencam',
      '(?:jogar|bater|meter) o carro (?:contra|em|no) (?:um|o) (?:caminhao|trem|muro|poste)',
    ],
    zh: ['(?:已经|都)想好(?:了)?(?:要)?(?:怎么|如何)(?:做|死|走|结束)'],
  }),
  // Not being here any more (ya no voy a estar, não vou estar mais, 我之后就不在了, わたし もう いない から): asked only
  // beside another sign (an animal or a child entrusted, a near day, affairs settled).
  c('wont_be_here', {
    es: [
      '(?:yo )?ya no (?:voy a|vaya a) estar(?! (?:en casa|disponible|en el trabajo))',
      'cuando (?:yo )?ya no este',
    ],
    pt: ['(?:eu )?nao vou (?:mais )?estar (?:mais|aqui)', '(?:quando|se) eu nao estiver mais aqui'],
    zh: ['我(?:以后|之后|下个月|下周|过几天|明天)?(?:就|也)?不(?:会)?再?在了'],
    ja: [
      '(?:わたし|私|あたし)(?:は|、)?もう(?:すぐ)?いない(?:から|ので|です)',
      '(?:来週|らいしゅう|来月|らいげつ|明日|あした|週末|しゅうまつ)には(?:もう)?いない(?:から|ので|です)',
    ],
  }),
  // The railway and a height as the place: a footbridge over the tracks, waiting on the platform for the express
  // that does not stop, which train passes fastest, a balcony floors up to jump from, 「川…ここならいいかな」.
  c('high_place', {
    es: [
      'puente (?:sobre|encima de) (?:las )?vias',
      'esperando el tren (?:rapido|expreso|que no para)',
      '(?:cual|que) tren pasa (?:mas )?rapido',
      '(?:me (?:voy a )?tir(?:o|ar|are)|tirarme) (?:del|de la|desde el|desde la) (?:balcon|ventana|azotea|terraza|puente|edificio)',
    ],
    pt: [
      'passarela (?:sobre|da|do|em cima d[ao]s?) (?:a |os )?(?:linha|trilhos|trem)',
      'esperando o trem (?:expresso|rapido|que passa direto|que nao para)',
      'pular (?:da|do) (?:varanda|janela|predio|sacada|terraco)',
    ],
    en: ['(?:foot ?bridge|overpass) (?:over|above) the (?:tracks|railway|rails|line)'],
    zh: ['等(?:那班|那趟)?不停(?:站)?的(?:快车|列车|电车|车)', '站台(?:边|边上|边缘)'],
    ja: [
      '(?:川|かわ|土手|どて|橋|はし|海|うみ|崖|がけ|屋上|ホーム).{0,24}ここ(?:なら|で)(?:いい|いける|しね|死ね|楽)',
      '(?:川|かわ|がわ)の(?:はし|橋)(?:に|の上|のうえ)(?:います|いる|きた|来た)',
    ],
  }),
  // Sleeping pills or medicine being saved up (攒安眠药, juntando os remédios, guardando pastillas).
  c('means', {
    es: [
      '(?:juntando|guardando|acumulando|ahorrando|junte|guarde) (?:las |unas |mis |todas las )?(?:pastillas|pildoras|calmantes|medicinas)',
    ],
    pt: [
      '(?:juntando|guardando|acumulando|separei|separando|juntei) (?:os |uns |meus |as |todos os )?(?:remedios|comprimidos|pilulas|calmantes)',
    ],
    zh: ['(?:安眠药|药|药片|安定)[^，。]{0,6}攒', '攒(?:了)?[^，。]{0,6}(?:安眠药|药片|药)'],
  }),
  // A letter to the family written (给家人的信已经写好了, escrevi uma carta de despedida).
  c('preparation', {
    es: ['escribi (?:una )?carta (?:de despedida|para mi familia|a mi familia|a mis hijos|para mis hijos)'],
    pt: [
      'escrevi (?:uma )?carta (?:de despedida|pra minha familia|para minha familia|pros meus filhos|para os meus filhos)',
    ],
    zh: ['(?:遗书|给.{1,4}的信)(?:已经|都|也)?写好', '信(?:已经|也已经|都)写好了'],
  }),
  // Affairs put in order: a bank account closed, debts or rent paid, a bankbook's password handed to a sister,
  // a ring sent home, a child's things packed (cerré mi cuenta del banco, fechei a conta, 存折密码写给了我姐).
  c('settled', {
    es: [
      'cerre (?:mi|la) cuenta (?:del|de|en el) banco',
      'pague todas (?:mis|las) deudas',
      'cancele (?:el|mi) (?:celular|telefono|contrato)',
      'pague todo lo que debia',
      '(?:le )?mande (?:la |toda la |mi )?(?:plata|dinero) a mi (?:mama|madre|familia)',
    ],
    pt: [
      'fechei (?:minha|a) conta (?:do|no|de) banco',
      'paguei (?:todas as (?:minhas )?dividas|o aluguel)',
      'limpei o quarto (?:inteiro|todo)',
      'vendi o (?:carro|carro e|meu carro)',
      'mandei (?:o|todo o|meu) dinheiro (?:pra|para)',
    ],
    zh: [
      '存折.{0,6}(?:密码|交给|留给|写给)',
      '(?:戒指|首饰|存款|积蓄)[^，。]{0,4}(?:寄回|交给|留给)',
      '(?:东西|物品)(?:我)?(?:都|全)?(?:收拾好|整理好)了',
    ],
    ja: ['てがみ(?:を)?(?:かきました|かいた|書きました|書いた)'],
  }),
  // A farewell: asking everyone's forgiveness with love, a gift of goodbye, wanting to say goodbye on a bridge.
  c('farewell', {
    es: ['(?:los|las) quiero (?:mucho )?y que me perdonen', 'regalo de despedida'],
    pt: [
      'presente de despedida',
      '(?:amo|amava) (?:todos|voces|vcs) e (?:me perdoem|desculpa)',
      'digam (?:pra|a|para) (?:todo mundo|todos) que eu (?:amo|amava)',
    ],
    ja: ['さよう?なら(?:を)?(?:いいたい|言いたい|いいにきた|言いに来た)'],
  }),
  // A pet or a child entrusted (我的猫可以托给谁, deixar meu filho com minha irmã, mi perrito se va a quedar solo,
  // 猫を引き取ってくれる人, こども の こと おねがい): asked with not being here or a near day (sign.suicide.entrusted).
  c('entrust', {
    zh: [
      '(?:猫|狗|孩子|宠物|女儿|儿子)[^，。？?]{0,4}(?:托给|交给|托付给)(?:谁|你|别人)',
      '把(?:猫|狗|孩子|宠物)托付',
    ],
    pt: ['deix(?:ar|o|a) (?:o |a )?(?:meu|minha) (?:filho|filha|gato|gata|cachorro|cachorra) com'],
    es: ['(?:mi|mis) (?:perr|gat)\\w* se (?:va|van) a quedar sol[oa]s?'],
    ja: [
      '(?:猫|ねこ|犬|いぬ)を?引き取ってくれる(?:人|ひと|方)',
      '(?:こども|子ども|子供|ねこ|猫|いぬ|犬)(?:の(?:こと|世話|せわ))?(?:を)?(?:おねがい|お願い)(?:します|ね)?',
    ],
  }),
  // My things wanted in someone's hands (quiero que ella los tenga, quero que ela fique com): asked beside not
  // being here (sign.suicide.leaving) or a near day.
  c('gave_away', {
    es: ['quiero que (?:el|ella|ellos|ellas|tu|usted) (?:los|las|lo|la) tenga'],
    pt: ['quero que (?:ele|ela|eles|voce|vc) fique com (?:eles|elas|ele|ela|minhas|meus)'],
  }),
  // Self-harm now: hot water poured on one's own arm, glass punched on purpose, a photo of a cut wrist sent.
  c('self_harm_act', {
    ja: ['熱湯を(?:自分の)?(?:腕|うで|手|足)に(?:かけ|掛け)'],
    es: [
      'foto de su muneca (?:cortada|abierta|sangrando)',
      'me hice un corte (?:profundo|hondo)(?! (?:cocinando|en el trabajo|con el cuchillo de cocina))',
      '(?:quemando|quemandose|quemo|quema) (?:el|los|su|sus) (?:brazo|brazos) con (?:agua hirviendo|el encendedor|un cigarro)',
    ],
    pt: [
      '(?:socando|socou|batendo|bateu|quebrando|quebrou) (?:o|a|no|na) (?:vidro|janela|parede|espelho)(?: d[aoe] \\w+)? de proposito',
      'se (?:cortou|cortando|queimou|queimando) de proposito',
    ],
  }),
  // Insulin injected in excess (me inyecté mucha insulina, injetei insulina demais): an overdose like pills.
  c('many_pills', {
    es: [
      'me (?:inyecte|puse) (?:la |mucha |toda la |demasiada )?insulina(?: de mi \\w+)?,? (?:bastante|mucha|toda|demasiada)',
      'me (?:inyecte|puse) (?:mucha|toda la|demasiada) insulina',
    ],
    pt: ['(?:injetei|apliquei|tomei) (?:insulina demais|muita insulina|toda a insulina)'],
  }),
  // A child who ate insecticide or roach poison (comió veneno para cucarachas, 喝了杀虫剂).
  c('toxic', {
    es: ['veneno (?:para|de) (?:cucarachas|ratas|ratones|hormigas)|insecticida|raticida'],
    pt: ['veneno (?:de|para) (?:barata|baratas|rato|ratos|formiga)|inseticida'],
  }),
  c('swallowed', {
    es: [
      'se (?:comio|trago|tomo) (?:algo|veneno|eso|un|una)',
      'comio (?:algo|veneno|insecticida)(?: del piso| del suelo)?',
    ],
    pt: ['(?:comeu|engoliu|bebeu) (?:algo|veneno|inseticida)'],
  }),
  // ── look-alikes (crisis18): the past said as over with the present said well, in the words d16's misses used and
  // beyond (いま げんき です, hoje tô bem, ngayon ok na ako, 现在已经好了). `well_now` is the present said well in so many
  // words, not a past time word (safe_now holds those too): with a past told (past_marker, past_safe, an attempt
  // told) and nothing of again, it keeps the layer quiet (crisis.ts overAndSafe).
  c('well_now', {
    ja: [
      '(?:今|いま)は?(?:もう)?(?:元気|げんき|大丈夫|だいじょうぶ|落ち着いて|おちついて|安定して|あんていして|平気|へいき)',
      '(?:今|いま)は(?:通院|つういん|治療|ちりょう|カウンセリング|かうんせりんぐ)[^。]{0,10}(?:落ち着|おちつ|安定|あんてい)',
      '(?:今|いま)は(?:もう)?(?:して|やって)(?:い)?(?:ない|ません)',
    ],
    en: [
      "(?:i'?m|i am|she'?s|he'?s|she is|he is) (?:fine|ok|okay|better|doing well|doing better|stable|safe) now",
      "now (?:i'?m|i am|she'?s|he'?s) (?:fine|ok|okay|better|safe|stable)",
    ],
    es: ['(?:ahora|hoy|ya) (?:ya )?(?:estoy|esta|estamos) (?:bien|mejor|estable|tranquil[oa])'],
    pt: ['(?:hoje|agora|ja) (?:eu )?(?:ja )?(?:to|tou|estou|ta|esta) (?:bem|melhor|estavel|tranquil[oa])'],
    tl: [
      'ngayon (?:ay )?(?:ok|okay|maayos|mabuti) na (?:ako|siya|sya)',
      '(?:ok|okay|maayos|mabuti) na (?:ako|siya|sya) ngayon',
    ],
    zh: ['现在(?:已经|都)?(?:好了|没事了?|很?稳定|好多了|康复)'],
    ko: ['지금은\\s?(?:괜찮|좋아|안정)'],
    vi: ['(?:gio|bay gio) (?:toi|em|minh) (?:da )?on (?:roi|dinh)'],
  }),
  c('safe_now', {
    pt: ['(?:hoje|agora) (?:eu )?(?:to|tou|estou) bem'],
    tl: ['ngayon (?:ay )?(?:ok|okay|maayos) na (?:ako|siya)'],
    ja: ['(?:今|いま)(?:げんき|元気)です'],
  }),
  // A past said at the start of a message in やさしい日本語 (「まえ に しにたい と おもって…」): 前に / まえ に
  // opening a sentence, not 「しぬまえに」 (before dying).
  c('past_marker', {
    ja: ['(?:^|。|、)(?:まえ|前)(?:に|は)(?!も)(?!.{0,3}(?:いく|行く|来|く))'],
  }),
  // A number of years back written out (hace cinco años, há três anos, três anos atrás).
  c('past_marker', {
    es: ['hace (?:un|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|varios|muchos) (?:anos|meses)'],
    pt: [
      '(?:ha|faz) (?:um|dois|tres|quatro|cinco|seis|sete|oito|nove|dez|varios|muitos) anos',
      '(?:um|dois|tres|quatro|cinco|seis|sete|oito|nove|dez|varios|muitos) anos atras',
    ],
  }),
  // News told as "I read that", "somewhere a child swallowed…" (leí que hubo, vi no jornal, どこかの県で…事故があったって).
  c('fiction', {
    es: ['lei (?:en (?:el periodico|las noticias|internet) )?que hubo', 'en las noticias'],
    pt: ['vi no jornal|li no jornal|li na internet|vi na (?:tv|televisao)'],
    ja: [
      '(?:どこか|よそ|ほか)の(?:県|けん|町|まち|市|し)で',
      '事故が(?:あった|起きた|おきた)(?:って|らしい|そう)',
    ],
  }),
  // A course or phrases to learn (aprender frases como 'no respira', học cách sơ cứu): a what-if.
  c('hypothetical', {
    es: ['aprender (?:frases|palabras|a decir)|frases como|hay cursos? de primeros auxilios'],
    pt: ['aprender (?:frases|palavras|primeiros socorros)|curso de primeiros socorros'],
    vi: ['hoc (?:cach )?so cuu|lop (?:hoc )?so cuu'],
  }),
  // 「上司に殺される〜〜ってくらい残業」: a boss's "will kill me" as a measure of overtime is hyperbole.
  c('boss_joke', {
    ja: [
      '(?:上司|じょうし|部長|ぶちょう|課長|かちょう|社長|しゃちょう)に(?:殺|ころ)され(?:る|ちゃう|そう)[〜ー~]*(?:って|くらい|ほど|w|笑)',
    ],
  }),
  // A story or a joke revealed (「…って小説の話です」「冗談です」"jk it's from a game", es broma, 开玩笑的): read only
  // after the safety question or the crisis answer, in the next turn (safe.story, handlers.ts).
  c('joke_told', {
    ja: [
      '(?:冗談|じょうだん)(?:です|だよ|でした|だって|だから)',
      '(?:小説|しょうせつ|ドラマ|どらま|ゲーム|げーむ|漫画|まんが|マンガ|映画|えいが|アニメ|あにめ)の(?:話|はなし|セリフ|せりふ|台詞)(?:です|でした|だよ|なんです)',
    ],
    en: [
      'jk|j/k|just kidding|just joking|i was joking|kidding',
      "(?:it'?s|it was|that'?s|that was) (?:a line )?(?:from|in|for) (?:a|the|my) (?:game|story|novel|movie|show|book|script)",
    ],
    es: [
      '(?:es|era) (?:una )?broma|solo bromeaba|estoy bromeando',
      '(?:es|era) (?:de|del|para) (?:un|una|el|la|mi) (?:juego|novela|cuento|pelicula|serie|libro)',
    ],
    pt: [
      '(?:e|era) brincadeira|to brincando|estou brincando',
      '(?:e|era) (?:de|do|da|pra) (?:um|uma|o|a|meu|minha) (?:jogo|livro|novela|filme|serie|historia)',
    ],
    zh: ['开玩笑的|开个玩笑|(?:是|说的是)(?:小说|游戏|电视剧|电影|漫画|剧)(?:里|中)?的'],
    ko: ['농담이(?:에요|야|었어요)|(?:소설|게임|드라마|영화)\\s?(?:얘기|대사)'],
    tl: ['biro lang|joke lang|charot'],
    vi: ['dua thoi|chi dua thoi|dua (?:day|ma)'],
  }),
  // ── end crisis18 concepts ──
  // ── crisis20 (issue 9: everyday consultations kept quiet; d18's classes, ja/ja-easy/vi/es/ne first) ─────────────
  // An everyday errand at a high place (hanging the washing or a futon on the roof or balcony, watering plants, a
  // railing too low for a grandchild, fireworks) or at a station (a wallet lost there): the place is where it
  // happens, not a place to jump from. Read by crisis.ts LOOKALIKE (it denies suicide and self-harm where nothing
  // of despair, a means or a goodbye is said; the place cue and the sign it gives are dropped with it).
  c('place_errand', {
    ja: [
      '(?:洗濯物|せんたくもの|洗濯|せんたく|布団|ふとん|シーツ|しーつ)(?:を|が|も|は)?(?:干|ほ|取り込|とりこ|乾|かわ|しまい)',
      '(?:物干し|ものほし|家庭菜園|かていさいえん|プランター|ぷらんたー|植木|うえき|鉢植え|はちうえ|水やり|みずやり|室外機|しつがいき|バーベキュー|ばーべきゅー|花火|はなび|日光浴|にっこうよく)',
      '(?:手すり|てすり|柵|さく|フェンス|ふぇんす)(?:が|の|を|は)?(?:低|ひく|高く|たかく|補強|ほきょう|工事|こうじ|修理|しゅうり|取り付|とりつ|つけ|ぐらぐら|ガタガタ|がたがた)',
      '(?:落とし物|おとしもの|忘れ物|わすれもの|財布|さいふ|定期|ていき)(?:を|が)?(?:落|お|なく|忘|わす|とど)',
    ],
    en: [
      '(?:hang|hanging|put|putting|dry|drying) (?:out |up )?(?:the |my |our )?(?:washing|laundry|clothes|futons?|sheets|bedding)',
      'water(?:ing)? (?:the |my )?(?:plants|flowers|garden)|fireworks|barbecue|bbq|sunbathing',
      '(?:railing|handrail|fence) (?:is |are |feels )?(?:too |a bit |quite )?(?:low|loose|wobbly|broken)',
      'lost my (?:wallet|purse|phone|bag|card|pass)|left my (?:wallet|phone|bag|umbrella)',
    ],
    es: [
      '(?:tender|tendiendo|colgar|colgando|secar|secando) (?:la |mi )?ropa|tendedero',
      'regar (?:las )?(?:plantas|flores)|fuegos artificiales|parrillada',
      '(?:barandal|barandilla|baranda) (?:esta |es |muy )?(?:baj|floj|rot)',
      'perdi (?:mi|la) (?:cartera|billetera|celular|bolsa|tarjeta)',
    ],
    pt: [
      '(?:estender|estendendo|pendurar|pendurando|secar|secando) (?:a |minha )?roupa|varal',
      'regar (?:as )?(?:plantas|flores)|fogos de artificio|churrasco',
      '(?:grade|corrimao|parapeito) (?:ta |esta |e |muito )?(?:baix|solt|quebrad)',
      'perdi (?:minha|a|meu|o) (?:carteira|celular|bolsa|cartao)',
    ],
    tl: [
      'magsampay|nagsasampay|nagsampay|sampayan|magdilig|nagdidilig',
      'nawala ang (?:wallet|pitaka|cellphone)',
    ],
    vi: [
      'phoi (?:do|quan ao|chan|mung|ao)',
      'tuoi (?:cay|hoa)|phao hoa|nuong thit',
      'lan can (?:thap|long|hong|lung lay)',
      'mat (?:vi|dien thoai|the|tui)|danh roi|bo quen|de quen',
    ],
    zh: [
      '晒(?:衣服|被子)|晾(?:衣服|被子)',
      '浇花|看烟花|烤肉',
      '栏杆(?:太|有点|很)?(?:低|松|坏)',
      '钱包(?:丢|掉)了|丢了钱包',
    ],
    ko: [
      '빨래(?:를)?\\s?(?:널|말리|걷)|이불(?:을)?\\s?(?:널|말리|털)',
      '불꽃놀이|화분|바비큐',
      '난간이?\\s?(?:낮|흔들)',
      '지갑(?:을)?\\s?(?:잃어|잃었)',
    ],
    ne: ['लुगा सुकाउ|लुगा सुकाउन|फूलमा पानी'],
    nesk: ['luga sukau', 'luga sukaune'],
  }),
  // Throwing something away (how to dispose of old medicine, needles, a knife): the thing is named to be got rid of.
  // Read by crisis.ts LOOKALIKE: it denies an overdose, self-harm or violence where nothing is swallowed, no one
  // threatens and nothing of despair is said.
  c('disposal', {
    ja: [
      '(?:捨て方|すてかた|捨てかた|処分の?(?:仕方|しかた|方法)|廃棄|はいき|回収|かいしゅう)',
      '(?:捨て|すて)(?:れば|ていい|てもいい|られる|る(?:場所|ところ|日))|(?:処分|しょぶん)(?:すれば|していい|できる)',
      '(?:何|なに|なん)(?:ごみ|ゴミ)',
    ],
    en: [
      '(?:throw|throwing) (?:away|out)|dispose of|disposal|get rid of|which (?:garbage|trash|rubbish) day',
    ],
    es: [
      '(?:como|donde) (?:se )?(?:tira|tiro|tirar|desecho|desechar|boto|botar)|deshacerme de|reciclaje',
      '(?:tirar|desechar|botar) (?:los|las|el|la|unos|unas|mis) (?:medicamentos|medicinas|pastillas|remedios|cuchillos?|agujas|jeringas|pilas)',
    ],
    pt: ['jogar fora|jogo fora|descartar|descarte|me livrar de'],
    tl: ['itapon|itatapon|pagtapon|saan (?:ko )?(?:ilalagay|itatapon)'],
    vi: [
      'cach vut|vut (?:o|vao) dau|vut (?:thuoc|dao|kim|rac)|xu ly (?:thuoc|dao|kim|do cu)|loai rac|phan loai rac',
    ],
    zh: ['扔掉|丢掉|处理掉|怎么扔|怎么丢|怎么处理|回收'],
    ko: ['(?:어떻게|어디에?)\\s?버리|버리는\\s?(?:방법|법|곳|날)|폐기|처분'],
    ne: ['(?<!हाम )(?:फाल्ने|फाल्न|फ्याँक्ने|फ्याँक्न)', '(?<!ham )(?:phalne|falne|phalna|falna|fyakne|phyakne)'],
  }),
  // Paperwork, forms, homework, an exam, children fighting or a chore said to kill, to make one faint or the head
  // explode (「確定申告の書類見て気絶しそう」, el papeleo me va a matar, giấy tờ nhiều muốn xỉu, あたま ばくはつ): hyperbole
  // about the errand the message asks help with. Read by crisis.ts LOOKALIKE as boss_joke is: neither answered nor asked,
  // unless the wish to die or a means is said too.
  c('chore_joke', {
    ja: [
      '(?:書類|しょるい|手続|てつづき|申告|しんこく|申請|しんせい|宿題|しゅくだい|テスト|てすと|試験|しけん|レポート|れぽーと|事務|じむ|家事|かじ|けんか|ケンカ|育児|いくじ|残業|ざんぎょう|税金|ぜいきん)[^。？！?!]{0,24}(?:気絶|きぜつ|死にそう|しにそう|死ぬ(?:ー|〜|~|w|笑)|しぬ(?:ー|〜|~|w|笑)|爆発|ばくはつ|発狂|はっきょう|倒れそう|たおれそう)',
      '(?:頭|あたま)(?:が)?(?:爆発|ばくはつ)(?:する|しそう|寸前)',
    ],
    en: [
      '(?:paperwork|forms|tax return|homework|exam|the kids|this heat)[^.?!]{0,30}(?<![a-z])(?:kill me|killing me|make me faint|going to faint|gonna faint|my head (?:will |is going to |gonna )?explode)',
    ],
    es: [
      '(?:papeleo|tramites?|solicitud|formularios?|papeles|tarea|examen|deberes)[^.?!]{0,30}(?<![a-z])(?:me va(?:n)? a matar|me mata|me muero|me desmayo|me voy a desmayar|voy a explotar)',
    ],
    pt: [
      '(?:papelada|burocracia|formularios?|documentos|prova|tarefa)[^.?!]{0,30}(?<![a-z])(?:vai me matar|vao me matar|me mata|to morrendo|vou desmaiar|vou explodir)',
    ],
    tl: ['(?:papeles|requirements|dokumento|forms)[^.?!]{0,30}(?<![a-z])(?:mamamatay|hihimatayin|sasabog)'],
    vi: [
      '(?:giay to|thu tuc|ho so|bai tap|bai thi|viec nha|don tu)[^.?!]{0,30}(?<![a-z])(?:muon xiu|xiu mat|muon chet|chet mat|muon dien|no tung)',
    ],
    zh: ['(?:手续|材料|表格|作业|考试|文件)[^。？！?!]{0,15}(?:累死|要死|晕倒|要疯|崩溃|头要炸)'],
    ko: ['(?:서류|숙제|시험|서류작업)[^.?!]{0,15}(?:죽겠|기절|미치겠|머리\\s?터지)'],
    ne: ['(?:कागजपत्र|फारम|कागज)[^।?!]{0,30}(?:मर्छु|बेहोस|टाउको फुट)'],
  }),
  // A language named before "cannot speak" (vào mẫu giáo không nói được tiếng Nhật, 「日本語が話せない」, no puede hablar
  // japonés): a language, not a stroke. Read by crisis.ts LOOKALIKE (denies medical where nothing else of the body).
  c('language_named', {
    ja: [
      '(?:日本語|にほんご|英語|えいご|母語|ぼご|ベトナム語|スペイン語|ネパール語)(?:が|を|は|で|も)?(?:まだ)?(?:話せ|はなせ|しゃべれ|喋れ|出てこ|でてこ|言えな|いえな)',
    ],
    en: [
      "(?:can'?t|cannot|doesn'?t|does not|don'?t) (?:speak|talk) (?:japanese|english|much japanese|any japanese)",
    ],
    es: ['(?:no )?(?:puede|sabe|habla) (?:hablar )?(?:japones|ingles)|no habla (?:nada de )?japones'],
    pt: ['(?:nao )?(?:consegue|sabe) (?:falar )?(?:japones|ingles)|nao fala (?:nada de )?japones'],
    tl: ['(?:hindi|di) (?:pa )?(?:marunong|makapagsalita) (?:ng )?(?:hapon|nihongo|japanese)'],
    vi: ['khong noi (?:duoc )?tieng (?:nhat|viet|anh)|noi tieng (?:nhat|viet|anh)|tieng nhat'],
    zh: ['(?:不会|不能|说不了)(?:说)?(?:日语|日文|英语)'],
    ko: ['일본어(?:를)?\\s?(?:못|잘\\s?못)'],
  }),
  // "We have no care manager / no one assigned yet" (「ケアマネさんはまだいません」): a role not yet filled, not a person gone.
  // Read by crisis.ts LOOKALIKE (denies a person missing and a third party in danger).
  c('role_absent', {
    ja: [
      '(?:ケアマネ|けあまね|ケアマネジャー|担当|たんとう|主治医|しゅじい|かかりつけ|保証人|ほしょうにん|相談相手|そうだんあいて|友達|ともだち|知り合い|しりあい)(?:さん)?(?:は|が|も)?(?:まだ)?(?:い|居)(?:ません|ない)',
    ],
  }),
  // Someone who died, told as a bereavement (「आमा नेपालमा बित्नुभयो」, "passed away two years ago"): not someone missing.
  c('bereaved', {
    // 「なくなってから」 after a person only: 「母がいなくなってから3時間」 is someone gone missing, not a death
    ja: [
      '(?:亡くな|(?:さん|ちゃん|くん|さま|様|父|母|祖父|祖母|夫|妻|主人|息子|娘|兄|姉|弟|妹|親|ちち|はは)(?:が|は|も|、)?なくな)(?:って|りました|った)(?:から|あと|後)',
    ],
    // a child or a spouse lost, told with how long ago: a loss mourned, not someone lost now (「perdí a mi hijo en la estación」
    // has no "ago" and stays a missing child)
    en: [
      'passed away',
      'lost my (?:son|daughter|child|baby|husband|wife|mother|father|mom|mum|dad) (?:\\w+ )?(?:\\w+ )?(?:years?|months?) ago',
    ],
    es: [
      '(?:fallecio|murio) hace',
      'perdi a (?:mi|nuestro|nuestra) (?:hijo|hija|bebe|esposo|esposa|marido|madre|padre|mama|papa) hace',
    ],
    vi: ['(?:mat|qua doi) (?:duoc|roi|nam)'],
    ne: ['बित्नुभयो|बितिन्|बिते|स्वर्गवास'],
    nesk: ['bitnu bhayo', 'bitnubhayo', 'swargabas'],
  }),
  // The present said well or stable in more words (crisis20: d18's past look-alikes): "is stable now" with no pronoun,
  // 「今は全然やってません」, giờ điều trị ổn định rồi, अहिले ठीक छु / उपचारपछि ठीक.
  c('well_now', {
    ja: ['(?:今|いま)は(?:全然|ぜんぜん|まったく|一切|いっさい)(?:して|やって)(?:い)?(?:ない|ません)'],
    en: [
      '(?:is|are|was) (?:stable|fine|okay|ok|better|doing (?:well|fine|better)) now|(?:stable|fine|doing well) now',
    ],
    vi: [
      '(?:gio|bay gio|hien gio|hien tai)[^.?!]{0,20}(?<![a-z])(?:on dinh|khoe|on roi|binh thuong)(?: roi)?',
      '(?:be|con|em|toi|chong|me|bo) khoe (?:roi|lai)',
    ],
    ne: ['अहिले[^।?]{0,20}(?:ठीक छु|ठिक छु|ठीक छ|ठिक छ|सन्चै)', '(?:उपचार|औषधि)(?:पछि|ले)[^।?]{0,10}(?:ठीक|ठिक)'],
    nesk: ['aile thik chu', 'ahile thik chu', 'aile thik cha', 'ahile thik cha'],
  }),
  c('past_marker', {
    vi: [
      '(?:mot|hai|ba|bon|nam|sau|bay|tam|chin|muoi|vai|may|\\d+) nam (?:truoc|ve truoc)|nam ngoai|hoi truoc|truoc day',
      'tung (?:bi |co )?(?:danh|uong|cat|tu tu|muon|nghi|nga|mat)',
    ],
    ne: ['पहिले|गत वर्ष|वर्ष अगाडि|वर्ष अघि'],
  }),
  // A sign told a year or years back with the time said to have passed (「もう3年たつ」「3年経ちます」).
  c('last_period', {
    ja: ['(?:もう|かれこれ)?\\d+年(?:たつ|経つ|たちます|経ちます|になる|になります)'],
    vi: ['nam ngoai|(?:mot|hai|ba|\\d+) nam truoc'],
    en: ['last year|(?:two|three|four|five|several|\\d+) years ago'],
  }),
  // Safety equipment told as the subject (smoke detectors, an extinguisher's inspection: los detectores de humo son
  // obligatorios, आगो निभाउने यन्त्रको जाँच): a fire's precaution, certain about a fire (fire_safe).
  c('fire_safe', {
    es: ['detector(?:es)? de humo|extintor(?:es)?|alarma(?:s)? (?:de|contra) incendios'],
    pt: ['detector(?:es)? de fumaca|extintor(?:es)?'],
    vi: ['binh chua chay|may bao khoi|bao chay'],
    ne: ['आगो निभाउने|अग्नि नियन्त्रक|धुवाँ पत्ता'],
    ja: ['消火器|しょうかき|火災報知器|かさいほうちき|煙感知器'],
    zh: ['灭火器|烟雾报警器'],
    ko: ['소화기|화재\\s?감지기|연기\\s?감지기'],
    tl: ['fire extinguisher|smoke detector'],
  }),
  // A play, a role rehearsed, a story being written (演劇サークルで…役の練習, viết truyện ngắn… nhân vật chính,
  // escribiendo un cuento): fiction.
  c('fiction', {
    ja: ['(?:演劇|えんげき|芝居|しばい|劇団|げきだん)', '役(?:の|を)(?:練習|れんしゅう|演じ|えんじ)'],
    vi: ['viet (?:truyen|tieu thuyet|kich ban)|truyen ngan|nhan vat chinh'],
    en: ['(?:writing|write) (?:a |my )?(?:story|novel|script|play)|rehears(?:e|ing|al)|(?:in|for) a play'],
    es: [
      '(?:escribiendo|escribo) (?:un |una |mi )?(?:cuento|novela|guion|obra)|obra de teatro|ensayo de teatro',
    ],
    pt: ['(?:escrevendo|escrevo) (?:um |uma |meu |minha )?(?:conto|romance|roteiro|peca)|peca de teatro'],
    ne: ['कथा लेख|नाटक'],
  }),
  // Something told as once done, in Vietnamese (từng uống thuốc tự tử, từng cắt tay): the past, as 以前 is.
  c('past_safe', {
    vi: ['tung (?:bi |co )?(?:uong thuoc|tu tu|cat tay|cat co tay|muon chet|nghi den (?:cai chet|tu tu))'],
  }),
  // Parted from the one who hit (giờ đã ly hôn, ly dị rồi): violence over (crisis.ts violenceOver).
  c('separated', {
    vi: ['(?:da )?ly (?:hon|di)(?: roi)?'],
  }),
  // ── crisis20: the writer's own danger told around it (d18's held-out misses, ja/ja-easy/vi first, then the rest) ──
  // The wheel turned toward a cliff, a truck or the sea while driving (「崖のほうにハンドル切りたくなってる」): the wish
  // told as an urge in the act.
  c('want_to_die', {
    ja: [
      '(?:崖|がけ|壁|かべ|対向車|たいこうしゃ|トラック|とらっく|川|かわ|海|うみ|電柱|でんちゅう)の?(?:ほう|方)?(?:に|へ)(?:ハンドル|はんどる)を?(?:切|き)り(?:たく|たい|そう)',
      '(?:ハンドル|はんどる)を?(?:崖|がけ|対向車|トラック|川|海)(?:の方)?(?:に|へ)(?:切|き)り(?:たく|たい|そう)',
    ],
    en: [
      '(?:want|wanting|urge) to (?:turn|jerk|swerve|steer) (?:the wheel )?(?:into|toward|towards|off) (?:the |a )?(?:cliff|truck|oncoming|wall|sea|river|edge)',
    ],
    es: [
      '(?:girar|dar|tirar) (?:el )?volante (?:hacia|contra|al) (?:el |un )?(?:barranco|precipicio|camion|muro|mar|rio)',
    ],
    pt: [
      '(?:virar|jogar) o (?:volante|carro) (?:pro|para o|contra o|no) (?:barranco|precipicio|caminhao|muro|mar|rio)',
    ],
    vi: [
      '(?:muon|chi muon) (?:lao|dam|danh lai) (?:xe )?(?:xuong vuc|xuong song|vao xe tai|vao tuong|xuong bien)',
    ],
    zh: ['(?:想|好想)(?:把方向盘)?(?:往|朝)(?:悬崖|卡车|墙|河|海)(?:打|冲|开)'],
    ko: ['(?:절벽|트럭|벽|바다)\\s?(?:쪽으로|으로|로)\\s?핸들(?:을)?\\s?(?:꺾고|틀고)\\s?싶'],
    ne: ['गाडी (?:भीरबाट|खोलामा|ट्रकमा) (?:खसाल|हान|ठोक)'],
  }),
  // No tomorrow for the writer (「わたし には もう あした は ない」, para mí ya no hay mañana): despair said as a fact.
  c('hopeless', {
    ja: [
      '(?:わたし|私|あたし|僕|ぼく|俺|おれ)(?:には|に)?(?:もう)?(?:あした|明日|あす)(?:は|が)(?:もう)?(?:ない|こない|来ない)',
    ],
    en: ["(?:there is|there'?s) no tomorrow for me|i (?:won'?t|will not) (?:have|see) (?:a )?tomorrow"],
    es: ['para mi (?:ya )?no hay manana'],
    pt: ['(?:pra|para) mim (?:ja )?nao (?:tem|existe|ha) amanha'],
    vi: ['(?:toi|em|minh) (?:se )?khong con (?:ngay mai|tuong lai)'],
    zh: ['我(?:已经)?没有明天了'],
    ko: ['(?:나한테는|나에게는|나는)\\s?(?:이제\\s?)?내일이\\s?없'],
    ne: ['मेरो (?:लागि )?भोलि छैन'],
  }),
  // The room's key left in the postbox, the charcoal and tape ready (chuẩn bị xong rồi, than với băng keo dán cửa).
  c('preparation', {
    ja: ['(?:部屋|へや|家|いえ)の(?:鍵|かぎ)(?:は|を)(?:ポスト|ぽすと|郵便受け|ゆうびんうけ)'],
    en: ['(?:left|put) (?:the |my )?(?:room |apartment |door )?keys? in the (?:mailbox|postbox|letterbox)'],
    es: ['(?:deje|puse) (?:la|las) llaves? en el buzon'],
    pt: ['(?:deixei|coloquei) a chave na caixa de correio'],
    vi: ['(?:da )?chuan bi xong (?:het )?roi', 'chia khoa (?:phong |nha )?(?:o|de) (?:trong )?hop thu'],
    zh: ['钥匙(?:放在|留在)(?:信箱|邮箱)'],
    ne: ['साँचो (?:पत्रपेटीमा|हुलाकबाकसमा)'],
  }),
  c('means', {
    vi: ['than (?:voi|va) bang keo|bang keo dan (?:kin )?cua|dot than (?:trong|o) phong'],
    ja: ['(?:目張り|めばり)(?:用の|の)?(?:テープ|てーぷ)'],
  }),
  // Insurance money arranged to reach the children (「子どもたちには保険金が入るようにしておきました」): asked with a near
  // night, answered with the last thing one can do or despair (suicide.insured); alone it is an insurance question.
  c('insured_family', {
    ja: [
      '(?:保険金|ほけんきん)(?:が|を|は)?(?:子ども|こども|子供|家族|かぞく|娘|息子|妻|夫)(?:たち)?(?:に|へ)(?:入る|はいる|残る|のこる|渡る|わたる)(?:ように)',
      '(?:子ども|こども|子供|家族|かぞく)(?:たち)?(?:には|に)(?:保険金|ほけんきん)が(?:入る|はいる|残る|のこる)(?:ように)',
    ],
    en: [
      '(?:made sure|sure that|so that) (?:my )?(?:kids|children|family|wife|husband) (?:will )?get (?:the |my )?(?:life )?insurance',
    ],
    es: ['(?:para que|que) (?:mis hijos|mi familia) (?:cobren|reciban) (?:el|mi) seguro'],
    pt: ['(?:pra que|para que) (?:meus filhos|minha familia) (?:recebam|fiquem com) o seguro'],
    vi: ['(?:de )?(?:cac )?con (?:duoc )?nhan tien bao hiem|tien bao hiem (?:de lai )?cho (?:cac )?con'],
    zh: ['(?:让|保证)孩子(?:们)?(?:能)?(?:拿到|领到)保险金|保险金(?:留给|给)孩子'],
    ko: ['(?:아이들|애들|가족)(?:이|한테|에게)\\s?보험금(?:이|을)?\\s?(?:나오|받)'],
    ne: ['बीमाको पैसा (?:छोराछोरी|परिवार)'],
  }),
  // The last thing one can do (「母親として最後にできるのはこれくらい」, lo último que puedo hacer por ellos).
  c('farewell', {
    ja: ['最後に(?:できる|してあげられる)(?:の|こと)(?:は|って)'],
    en: ['(?:the )?last thing i can do for (?:them|my)'],
    es: ['lo ultimo que puedo hacer por'],
    pt: ['a ultima coisa que (?:eu )?posso fazer por'],
    vi: ['dieu cuoi cung (?:toi|em|minh|me) (?:co the )?lam (?:duoc )?cho'],
    zh: ['最后(?:能|可以)为(?:孩子|他们|你们)做的'],
  }),
  // Self-harm told by the act (d18): boiling water poured on one's own arm, the head banged on a wall over and over,
  // cutting again and deep enough to see the white (lại cắt nữa rồi… thấy cả lớp trắng).
  c('self_harm_act', {
    ja: [
      '(?:熱湯|ねっとう|熱いお湯|あついおゆ)を(?:自分で|じぶんで|わざと)?(?:腕|うで|手|て|足|あし|体|からだ)に(?:かけ|掛け)',
      '(?:頭|あたま)を(?:壁|かべ|床|ゆか)に(?:何回|何度|なんかい|なんど|何回も|何度も)?も?(?:打ちつけ|うちつけ|打ち付け)',
    ],
    en: [
      'poured (?:boiling|hot) water (?:on|over) (?:my|her|his) (?:arm|hand|leg)',
      '(?:banged|banging|hit|hitting) my head (?:against|on) the wall (?:over and over|again and again|until|many times)',
    ],
    es: ['me (?:eche|tire) agua hirviendo|me golpe(?:e|o) la cabeza contra la pared'],
    pt: [
      '(?:joguei|derramei) agua fervendo (?:no|em) (?:meu )?(?:braco|mao)|bati (?:a|minha) cabeca na parede',
    ],
    vi: [
      'lai cat nua roi|cat (?:sau|rat sau) (?:qua|lam)?|thay (?:ca )?lop (?:mo )?trang',
      'do nuoc soi (?:len|vao) (?:tay|chan|nguoi)|dap dau vao tuong',
    ],
    zh: ['(?:用|拿)头撞墙|开水(?:浇|倒)(?:在)?(?:自己的?)?(?:手|胳膊)'],
    ko: ['머리를?\\s?벽에\\s?(?:박|찧)|끓는\\s?물(?:을)?\\s?(?:팔|손)에'],
    ne: ['टाउको भित्तामा (?:ठोक|हान)|तातो पानी (?:हातमा|आफैँ)'],
  }),
  // Tonight when everyone is asleep (「今夜みんな寝たら」): a near time, read beside affairs settled.
  c('deadline', {
    ja: ['(?:今夜|こんや|今晩|こんばん)(?:みんな|家族|かぞく|子ども|こども)(?:が)?(?:寝|ね)(?:たら|静ま)'],
    en: ['tonight (?:when|after|once) (?:everyone|the kids) (?:is |are )?asleep'],
    es: ['esta noche cuando (?:todos|los ninos) (?:se )?duerman'],
    vi: ['toi nay khi (?:moi nguoi|cac con) ngu'],
  }),
  // ── end crisis20 misses ──
  // The wish denied before asking only to talk (「消えたいとかじゃなくて、話したいだけ」, no es que quiera morirme, solo quiero
  // hablar; "not that i want to die, i just need someone"; मर्न मन लागेको होइन): a young person's way in, not asked.
  c('intent_denied', {
    ja: [
      '(?:死にたい|しにたい|消えたい|きえたい|死のう|しのう)(?:とか|わけ|って)(?:じゃ|では)(?:なく|ない|ありません)',
    ],
    en: [
      "(?:it'?s )?not (?:that|like) i (?:want|wanna) (?:to )?die|i don'?t (?:actually |really )?want to die,? i just",
    ],
    es: ['no es que quiera (?:morirme|morir|matarme|desaparecer)|no quiero morir(?:me)?,? solo'],
    pt: ['nao e que eu queira (?:morrer|sumir)|nao quero morrer,? so'],
    tl: ['hindi (?:naman )?sa gusto kong mamatay'],
    zh: ['(?:并)?不是想死'],
    ko: ['죽고\\s?싶은\\s?(?:건|게)\\s?아니'],
    ne: ['मर्न मन लागेको (?:होइन|छैन)', 'marna man lageko (?:hoina|chaina)'],
  }),
  // ── end crisis20 concepts ──
  // ── crisis21 (issue 9: suicide told indirectly, self-harm, overdose; d19's classes, ne and やさしい日本語 first) ──
  // Things given away named one by one and to whom (kana: 「にもつは ぜんぶ ともだちに あげました」; 「寮の子にも教科書
  // ゆずった」; "gave my guitar and books to my roommate"; 'sabai luga … dide'; 「把电脑和自行车都送给学弟了」): read with
  // a goodbye, a near day or "won't need them" (sign.suicide.gave_away, given.away across turns); a move keeps it quiet.
  c('gave_away', {
    ja: [
      '(?:着物|きもの|教科書|きょうかしょ|ぱそこん|自転車|じてんしゃ|ぎたー|洋服|ようふく|荷物|にもつ|服|ふく|本|ほん|家具|かぐ|持ち物|もちもの)(?:も|を|は)?(?:全部|ぜんぶ|ほとんど|みんな)?(?:[^。、]{0,8}(?:に|へ))(?:も)?(?:あげ|譲|ゆず)',
      '(?:に|へ)(?:も)?(?:着物|きもの|教科書|きょうかしょ|ぱそこん|自転車|じてんしゃ|ぎたー|洋服|ようふく|荷物|にもつ|服|ふく|本|家具|かぐ|持ち物|もちもの)(?:も|を|は)?(?:全部|ぜんぶ)?(?:あげ|譲|ゆず)',
    ],
    en: [
      "(?:gave|given|giving) (?:away )?(?:all (?:of )?)?my (?:[a-z']+,? (?:and )?(?:my )?){0,3}(?:guitar|laptop|computer|bike|books|clothes|shoes|things|stuff|plants|camera|games|console|jewelry|textbooks)\\b",
    ],
    es: [
      '(?:le |les )?(?:di|regale) (?:todas )?(?:mi|mis) (?:\\w+ (?:y )?(?:mi |mis )?){0,2}(?:bici|bicicleta|guitarra|ropa|libros|cosas|computadora|laptop|celular)',
      '(?:puede|pueden) quedarse con (?:mi|mis) (?:bici|bicicleta|guitarra|ropa|libros|cosas|computadora|laptop|microondas)',
    ],
    pt: [
      '(?:pode|podem) ficar com (?:a |o |as |os )?(?:minha|meu|minhas|meus) (?:bicicleta|bike|roupas|livros|coisas|moveis|micro-?ondas|computador|notebook|violao)',
      '(?:dei|doei) (?:a |o )?(?:minha|meu|minhas|meus) (?:bicicleta|bike|violao|computador|notebook|roupas|livros) (?:pra|para)',
    ],
    tl: [
      '(?:binigay|ibinigay|pinamigay|ipinamigay) ko na (?:lahat ng |ang |yung )?(?:gamit|damit|libro|bike|laptop|gitara)',
    ],
    vi: ['(?:da )?(?:cho|tang) (?:het|lai|luon) (?:do dac|quan ao|sach|xe dap|laptop|may tinh|dan guitar)'],
    zh: ['把.{1,12}(?:都|全部|全)送(?:给|人)'],
    ko: [
      '(?:기타|노트북|자전거|옷|책|물건)(?:을|를|이랑|하고|도)?.{0,6}(?:다|전부)\\s?(?:줬|주었|나눠\\s?줬)',
    ],
    nesk: ['sabai luga … di', 'sabai saman … di', 'sabai luga … dide', 'sabai saman … dide'],
  }),
  c('no_longer_need', {
    ja: ['もう(?:私|わたし|自分|じぶん)(?:には|に)(?:必要|ひつよう)(?:ない|なくな|ありません)'],
    zh: ['(?:以后|以後)(?:也)?用不上了|用不上了'],
    ne: [B('chahinna'), 'अब चाहिँदैन', 'अब चाहिन्न'],
  }),
  // The writer gone soon, said plainly (「わたしは もう いなくなるから」「わたし もう いないので」「来週からはいないので」,
  // म अब धेरै दिन बस्दिन): read with an errand, a goodbye or things given away; a move keeps it quiet.
  c('wont_be_here', {
    ja: [
      '(?:わたし|私|あたし|僕|ぼく|俺|おれ)(?:は)?もう(?:い|居)(?:なくなる|ない|ません)(?:ので|から|し|です)',
      '(?:来月|らいげつ|来週|らいしゅう|明日|あした|月末|週末)(?:から|以降)は?(?:もう)?(?:い|居)(?:ない|ません)(?:ので|から)',
    ],
    en: ["i (?:won'?t|will not) be (?:alive|here) (?:by|after|next)"],
    nesk: ['dherai din basdina', 'dherai din bachdina', 'dherai din rahanna'],
    ne: ['धेरै दिन बस्दिन'],
  }),
  // Not living until a date (「来月の誕生日まで生きるつもりない」「おしょうがつ まで いきない と おもう」, not planning to be
  // alive by, 活不到过年): the wish told as a plan with its day.
  c('want_to_die', {
    ja: [
      '(?:生|い)きる(?:つもり|よてい|予定)(?:は|が|も)?(?:ない|ありません|ねえ)',
      '(?:誕生日|たんじょうび|正月|しょうがつ|月末|げつまつ|年末|ねんまつ|来月|らいげつ|来週|らいしゅう|週末|給料日|きゅうりょうび)(?:まで|までは)(?:生|い)き(?:ない|られない|てない|ていない)',
      '(?:ずっと|永遠に|えいえんに)(?:眠|ねむ)(?:りたい|っていたい).{0,6}(?:起|お)きたくない',
      '(?:眠|ねむ)ったまま(?:起|お)きたくない|もう(?:目|め)を?(?:覚|さ)ましたくない',
      '(?:何錠|なんじょう|どのくらい|どれくらい|どれだけ)(?:飲|の)めば(?:確実|かくじつ|(?:死|し)ね)',
    ],
    en: [
      "(?:not|don'?t) (?:plan|planning|intend|intending) (?:on|to) (?:be alive|living|still be alive|still be here|live) (?:by|until|till|past|after)",
      "(?:won'?t|will not) (?:live|be alive|make it) (?:to|until|till|past) (?:my birthday|new year|christmas|next month|the weekend|friday)",
      'how many (?:pills|tablets) (?:would|will|to) (?:kill|be enough to (?:die|kill))',
    ],
    es: [
      'no (?:pienso|planeo|voy a) (?:seguir )?(?:viv[oa]|vivir) (?:hasta|para) (?:mi cumpleanos|navidad|fin de mes|el mes que viene)',
    ],
    pt: [
      'nao (?:pretendo|planejo|vou) (?:estar )?viv[oa] (?:ate|no|pro|para o) (?:meu aniversario|natal|fim do mes|mes que vem)',
    ],
    vi: ['khong (?:song|muon song) (?:den|toi) (?:sinh nhat|tet|cuoi thang|thang sau)'],
    zh: ['活不(?:过|到)(?:生日|过年|春节|下个月|月底)', '不打算活(?:到|过)'],
    ko: ['(?:생일|설날|월말|다음\\s?달)까지\\s?(?:살|버틸)\\s?(?:생각|계획)(?:은|이)?\\s?없'],
    tl: ['hindi na (?:ako )?(?:aabot|abutin) (?:ng buhay )?(?:sa|hanggang) (?:birthday|pasko|bagong taon)'],
    // kahi harau jaun (vanish somewhere), kasailai thaha nahos (let no one know)
    nesk: ['harau jaun', 'harayera jaun', 'kahi harau jaun', 'हराउँ कतै'],
  }),
  // Today, for real (「きょう ほんとうに やるかもしれない」「今日は実行しそう」, hoy lo hago de verdad): the act said near.
  c('final_act', {
    ja: [
      '(?:今日|きょう|今夜|こんや|今晩|こんばん)(?:は|こそ)?(?:本当に|ほんとうに|ほんとに|まじで)?(?:やる|実行|じっこう)(?:かもしれない|かも|しそう|する|します|つもり)',
      '(?:本当|ほんとう|ほんと)はもう(?:決|き)めて(?:る|いる|ます)',
    ],
    en: [
      "(?:i think )?i'?(?:m|ll) (?:really )?(?:going to|gonna) (?:do it|go through with it) (?:today|tonight)",
    ],
    es: ['hoy (?:si )?lo hago de verdad'],
    nesk: ['yojana banaisake', 'योजना बनाइसकेँ'],
  }),
  // A letter or note left for afterwards (「给爸妈的信放在桌上」, "already written the note", 'nakasulat na yung sulat ko
  // sa anak ko'): preparation.
  c('preparation', {
    en: [
      "(?:already|i'?ve|i have) (?:written|wrote|left) (?:the|my) (?:last )?(?:note|letter)(?! (?:for|to) (?:the )?(?:landlord|teacher|school|office))",
    ],
    tl: [
      '(?:nakasulat|naisulat|sinulat) (?:ko )?na (?:yung |ang )?(?:sulat|liham) (?:ko )?(?:sa|para sa|kay)',
    ],
    zh: ['(?:给|給).{0,6}的信(?:放在|留在|压在)'],
  }),
  // A last message sent (ama lai last message pathaisake, अन्तिम सन्देश, mandei mensagem pra minha mãe me despedindo, 「LINEグ
  // ループのみんなにありがとうってメッセージ送った」): a goodbye, weak alone.
  c('farewell', {
    ja: [
      '(?:みんな|皆|ぐるーぷ)(?:の(?:みんな|皆))?に(?:ありがとう|ありがと)(?:って|と)(?:めっせーじ|line|LINE|らいん)?(?:を)?(?:送|おく)(?:った|りました)',
    ],
    pt: [
      '(?:mensagem|carta) (?:pra|pro|para|para o|para a) (?:minha |meu )?(?:mae|pai|familia|irma|irmao) (?:me )?despedindo',
    ],
    es: ['(?:mensaje|carta) (?:a|para) (?:mi) (?:mama|madre|papa|familia) (?:para )?despedirme'],
    en: ['(?:sent|texted) (?:my )?(?:mom|mum|mother|dad|family|sister) (?:a )?goodbye'],
    nesk: ['last message pathai', 'antim message', 'antim sandesh', 'अन्तिम सन्देश'],
  }),
  // Not to see the replies, the phone off for good (「もう返事は見ない。スマホの電源切る」): with a goodbye it is asked
  // (sign.suicide.bye_silent).
  c('phone_off', {
    ja: [
      'もう(?:返事|へんじ|既読|きどく|らいん|line|LINE)(?:は|も)?(?:見|み)(?:ない|ません)',
      '(?:すまほ|携帯|けいたい)の電源(?:を)?(?:切|き)(?:る|った|ります)',
    ],
    en: [
      "(?:turning|turned|switching) (?:my )?phone off (?:for good|now)|(?:won'?t|not going to) (?:read|see) (?:the|any) (?:replies|messages)",
    ],
    es: ['apago (?:el|mi) (?:celular|telefono) (?:para siempre|ya)'],
    pt: ['(?:vou )?desligar o celular (?:pra sempre|de vez)'],
  }),
  // Not to be a burden, in Nepali (kasaiko bojh banna chahanna, बोझ बन्न चाहन्न) and its Devanagari.
  c('burden', {
    nesk: ['bojh banna', 'bojh bane', 'bojh bhaye', 'बोझ बन्न', 'बोझ भएँ'],
  }),
  // Life useless, in Nepali (जीवनै बेकार लाग्छ, jiwan bekar lagyo).
  c('hopeless', {
    nesk: ['jiwan bekar', 'jiban bekar', 'jiwanai bekar', 'जीवनै बेकार', 'जीवन बेकार'],
  }),
  // Charcoal and tape in Nepali (charcoal ra tape kinisake, कोइला र टेप).
  c('means', {
    nesk: ['charcoal … tape', 'koila … tape', 'कोइला … टेप'],
  }),
  // The edge of a station platform as a train comes (रेल आउँदा प्लेटफर्मको किनारमा, 「ホームの端に立ってる」).
  c('high_place', {
    ja: ['(?:ほーむ)の(?:端|はし|いちばん前|一番前|先|さき)(?:に|で|まで)(?:立|た|来|き)'],
    en: ['(?:edge of the platform|platform edge)'],
    es: ['(?:borde|orilla) del anden'],
    pt: ['beira da plataforma'],
    vi: ['mep (?:san ga|duong ray|sân ga)'],
    zh: ['(?:站台|月台)(?:的)?边(?:上|缘)'],
    ko: ['승강장\\s?(?:끝|가장자리)'],
    tl: ['gilid ng (?:platform|riles)'],
    nesk: ['platform … kinar', 'प्लेटफर्म … किनार'],
  }),
  // Self-harm told by the act and the tool (hitting my arm with a hammer; आफ्नै हात जलाएँ, aafulai sajaya dina man, a hand
  // burnt on purpose; 'khutta ma dherai kaatera' on a photo): not a stove's accident.
  c('self_harm_act', {
    en: [
      '(?:hitting|hit|smashing|smashed|burning|burned|burnt|stabbing|stabbed) my (?:own )?(?:arm|arms|hand|hands|leg|legs|wrist|wrists|thigh|thighs) (?:with|on) (?:a |the )?(?:hammer|lighter|cigarette|knife|blade|razor|compass|scissors)',
    ],
    ja: ['(?:自分|じぶん)(?:を|に)(?:罰|ばっ)(?:する|したい|しないと|を与え)'],
    nesk: [
      'aafulai sajaya',
      'aaphulai sajaya',
      'aafnai haat jala',
      'aafai haat jala',
      'khutta ma … kaatera',
      'haat ma … kaatera',
      'pakhura ma … kaatera',
      'आफैँलाई सजाय',
      'आफूलाई सजाय',
    ],
  }),
  // Today's medicine taken three times, twice (obachan le aaja ko ausadhi 3 choti khanu bhayo): an overdose by mistake.
  c('pills_sign', {
    // today's dose taken again (not a prescription's 'three times a day')
    nesk: ['aaja ko ausadhi … choti khanu bhayo', 'aaja ko ausadhi … choti khaye', 'आजको औषधि … पटक खानुभयो'],
    ja: [
      '(?:今日|きょう|朝|夜)の(?:薬|くすり)(?:を)?(?:2|3|二|三|に|さん)(?:回|かい)(?:も)?(?:飲|の)(?:んだ|んで|んじゃ)',
    ],
    en: ["took (?:(?:today|this morning)'?s? )?(?:pills|medicine|meds) (?:twice|three times)"],
  }),
  // Ending it all on a day said (「签证到期那天，我就结束这一切」): the act, asked.
  c('final_act', {
    zh: ['我(?:就|要|会)(?:把)?结束(?:这一切|一切|掉自己|自己的生命)'],
  }),
  // The last pay sent home (「さいごの きゅうりょう は くにの おかあさんに おくって ください」, send my last paycheck to my mom):
  // a practical errand read with the writer gone soon (sign.suicide.leaving).
  c('practical_after', {
    ja: [
      '(?:最後|さいご)の(?:給料|きゅうりょう|きゅうよ|給与)',
      '(?:けいやく|契約)(?:を|は)?(?:やめ|かいじょ|解除|きり|切り)',
    ],
    en: ['my last (?:paycheck|pay ?check|salary|wages?)'],
    es: ['mi ultimo (?:sueldo|salario|pago)'],
    pt: ['meu ultimo (?:salario|pagamento)'],
    tl: ['(?:huling|last) (?:sweldo|sahod) ko'],
    vi: ['(?:tien )?luong cuoi cung'],
    zh: ['最后(?:一个月)?的工资'],
    nesk: ['antim talab', 'last salary'],
  }),
  // ── crisis21 look-alikes and exceptions (d19's quiet items answered, by class) ──
  // Studying the crisis as a topic: a class, an assignment, a report, a textbook case, a roleplay of a patient (a nursing
  // student's pharmacology, a suicide-prevention poster): read by LOOKALIKE, it denies suicide, self-harm and overdose
  // unless the writer's own plan, means or goodbye is said beside it (「看護の勉強してるから…今日は実行しそう」 still asks).
  c('study_topic', {
    ja: [
      '(?:授業|じゅぎょう|課題|かだい|れぽーと|宿題|しゅくだい|試験|しけん|てすと|教科書|きょうかしょ|ろーるぷれい|演習|えんしゅう|単元|たんげん|講義|こうぎ|卒論|そつろん|ぽすたー)(?:で|の|に|について|では)?.{0,14}(?:自殺|じさつ|自傷|じしょう|過量服薬|かりょうふくやく|おーばーどーず|OD|od|りすか)',
      '(?:自殺|じさつ|自傷|じしょう|過量服薬|おーばーどーず|OD|od)(?:予防|よぼう|のさいん|のサイン|対策|たいさく|の単元|について)(?:の|を|で)?.{0,8}(?:れぽーと|課題|かだい|授業|じゅぎょう|ぽすたー|きゃんぺーん|調べ|しらべ|発表|はっぴょう)',
      '(?:ろーるぷれい|ロールプレイ)で.{0,16}(?:患者|かんじゃ)(?:役|やく|さん)',
    ],
    en: [
      '(?:for|in) (?:a |my |our |the )?(?:nursing |pharmacology |psychology |health )?(?:class|course|assignment|lecture|exam|report|essay|presentation|textbook)\\b.{0,60}\\b(?:suicide|overdose|self-?harm)',
      '(?:suicide|overdose|self-?harm) (?:prevention|awareness) (?:poster|campaign|assignment|report|project|presentation)',
      'roleplay (?:a |as a )?patient',
      '(?:textbook|case study) (?:case )?(?:of|about|on) (?:an? )?(?:overdose|suicide)',
    ],
    es: [
      '(?:para|en) (?:la |mi )?(?:clase|tarea|curso|examen|exposicion) de (?:enfermeria|farmacologia|psicologia).{0,40}(?:suicidio|sobredosis|autolesion)',
      '(?:tarea|trabajo|exposicion|cartel) sobre (?:la )?(?:prevencion del )?(?:suicidio|sobredosis|autolesion)',
    ],
    pt: [
      '(?:trabalho|aula|prova|cartaz|apresentacao) (?:da faculdade |de enfermagem )?sobre (?:a )?(?:prevencao do |prevencao de )?(?:suicidio|overdose|automutilacao)',
    ],
    tl: [
      '(?:pinag-?aaralan|inaaral|pinag aaralan) (?:namin|kami|ko)(?: sa [a-z]+)? (?:tungkol sa |ang )?(?:overdose|suicide|pagpapakamatay)',
      '(?:assignment|report|klase|class) (?:namin |ko )?(?:sa nursing )?(?:tungkol sa|about) (?:overdose|suicide|pagpapakamatay)',
    ],
    vi: [
      '(?:viet|lam) (?:bai|bao cao|de tai)(?: ve)? (?:phong chong |phong ngua )?(?:tu tu|qua lieu|tu hai)',
      'mon (?:duoc ly|dieu duong).{0,30}(?:qua lieu|tu tu)',
    ],
    zh: [
      '(?:作业|報告|报告|课上|课堂|考试|论文|海报)(?:里|上|中)?.{0,10}(?:自杀|过量服药|自残)',
      '(?:自杀|自残)(?:预防|防治)(?:的)?(?:作业|报告|海报|宣传)',
    ],
    ko: [
      '(?:과제|수업|리포트|레포트|시험|포스터)(?:로|에서|에)?.{0,10}(?:자살|과다복용|자해)',
      '(?:자살|자해)\\s?예방\\s?(?:캠페인|포스터|과제)',
    ],
    ne: [
      '(?:नर्सिङको|नर्सिङ) (?:रोलप्ले|असाइनमेन्ट|कक्षा)',
      B('nursing ko (?:assignment|class|roleplay|report)'),
      B('(?:assignment|roleplay|rolplay)'),
    ],
  }),
  // A joke among friends said so: laughing as it was said, like a joke (「わらって いってた。 ともだちと じょうだん みたい」).
  c('boss_joke', {
    ja: ['(?:笑|わら)(?:って|いながら)(?:言|い)って(?:た|る|ました).{0,24}(?:冗談|じょうだん)'],
    en: ['(?:laughing|laughed) (?:as|while) (?:he|she|they) said it.{0,30}(?:joke|joking|kidding)'],
  }),
  // The past told by when: at school age (「中学生のとき」「高校の頃」), as a child.
  c('past_marker', {
    ja: ['(?:中学|ちゅうがく|高校|こうこう|小学|しょうがく)(?:生|せい)?(?:の)?(?:とき|時|頃|ころ)'],
    en: ['when i was (?:in (?:middle|high) school|a teen(?:ager)?|a kid|younger)'],
  }),
  // A hospital stay told in the past (「まえに くすり たくさん のんで びょういん いきました」): what happened once, over.
  c('past_safe', {
    ja: [
      '(?:まえに|前に|以前|いぜん|むかし|昔|去年|きょねん).{0,24}(?:びょういん|病院)(?:に|へ)?(?:いき|行き|はこばれ|運ばれ|入院|にゅういん)(?:ました|た)',
    ],
    vi: ['tung bi (?:duoi nuoc|chet duoi|tai nan)'],
  }),
  // The present said well (tl 'okay na ko ngayon', ne 'aba thik xu').
  c('well_now', {
    ja: ['(?:今|いま)は(?:全然|ぜんぜん|もう)?(?:大丈夫|だいじょうぶ|元気|げんき)(?:です)?(?:けど|が|。|$)'],
    tl: ['(?:okay|ok|ayos|maayos|mabuti) na (?:ako|ko) ngayon'],
    ne: [B('aba (?:thik|thikai|theek) (?:xu|chu|chhu)')],
  }),
  // Tired enough to faint after a night shift (vi mệt muốn xỉu, zh 累死我了): hyperbole.
  c('hyperbole', {
    vi: ['met (?:muon|sap|gan|chet) xiu'],
    zh: ['(?:累|困|忙)死(?:我)?了'],
  }),
  // A child or a pet entrusted in Tagalog with 'mag-alaga' (「pwede ba kayo mag alaga sa anak ko kung may mangyari sa akin」):
  // read with 'if something happens to me', a goodbye or a near day (sign.suicide.entrusted); alone it is childcare.
  c('entrust', {
    tl: [
      '(?:mag[- ]?alaga|alagaan|bantayan) (?:nyo |niyo |mo )?(?:sa |ang |si |yung )?(?:anak|aso|pusa|baby) ko',
    ],
  }),
  // ── end crisis21 concepts ──
  // ── crisis24 (issue 9: self-harm, suicide told indirectly, overdose; d22's classes, ja slang and kana, en, ko, zh, vi) ──
  // Self-harm by the act in slang, another word order or a dropped particle: 「あーむかっと」 (half-width ｱｰﾑｶｯﾄ folds so),
  // the head beaten against a wall again and again (not an accident's past 「ぶつけた」, nor someone else's: 「息子が壁に…」),
  // boiling water poured on oneself, cutting as the only way to cope; en/ko/zh/vi/tl/es/pt in the same classes.
  c('self_harm_act', {
    ja: [
      'あーむか(?:っと)?|れっぐかっと|りすとかっと',
      '(?<![がはもの])(?:壁|かべ|床|ゆか|柱|はしら)に(?:頭|あたま)(?:を)?(?:ぶつけ|打ち付け|打ちつけ|うちつけ)(?:る|続け|つづけ|て(?:る|いる|た)|ちゃ|たく)',
      '(?:頭|あたま)(?:を)?(?:壁|かべ|床|ゆか)に(?:ぶつけ|打ち付け|打ちつけ|うちつけ)(?:る|続け|つづけ|て(?:る|いる)|ちゃ|たく)',
      '(?:熱湯|ねっとう|熱いお湯|あついおゆ)[^。？?]{0,20}(?:腕|うで|手首|てくび|足|あし|太もも|ふともも)に(?:かけ|掛け)(?:た|て|ちゃ)',
      '(?:腕|うで|手首|てくび|太もも|ふともも)に(?:熱湯|ねっとう)(?:を)?(?:かけ|掛け)',
      '(?:私|わたし|あたし|自分|じぶん)(?:は|に)?(?:切|き)る(?:こと|の)(?:しか|だけ)',
      '(?:りすか|あむか|自傷|じしょう)(?:しか|だけ)(?:ない|なくて|できな)',
    ],
    en: [
      '(?:banging|bashing|hitting|slamming|smashing) my (?:own )?head (?:against|on|into) (?:the |a )?(?:wall|floor|door|desk)',
      '(?:scratching|cutting|carving|slicing|digging) (?:into )?my (?:own )?(?:wrists?|arms?|legs?|thighs?|skin|stomach)(?! hair)',
      '(?:burn(?:ing|ed|t)?|scald(?:ing|ed)?) myself (?:with (?:a |the )?(?:lighter|cigarette|iron|boiling|hot)|on purpose|again)',
      'poured (?:boiling|hot) water (?:on|over) my (?:own )?(?:arm|hand|leg|wrist|thigh)',
    ],
    ko: [
      '(?<![가이는은])벽에\\s?머리(?:를)?\\s?(?:계속\\s?)?(?:박|찧)',
      '(?:손목|팔|허벅지)(?:을|를)?\\s?(?:또\\s?)?(?:긋고|그었|그어)',
    ],
    zh: ['(?:头|脑袋)(?:一直)?(?:往墙上)?撞(?:墙|墙壁)', '用(?:烟头|打火机|开水)(?:烫|烧)(?:自己|手|胳膊)'],
    vi: ['(?:dap|dam|dong|dung) dau vao tuong', '(?:rach|cat|cua) (?:co tay|tay|dui) (?:minh|em|toi)'],
    tl: [
      'sinasaktan ko (?:na naman |ulit |nanaman )?(?:ang |yung )?sarili ko',
      '(?:inuuntog|iniuuntog|inuumpog) ko (?:ang |yung )?ulo ko',
    ],
    es: ['me (?:golpeo|pego|estoy golpeando) la cabeza contra la pared'],
    pt: ['(?:batendo|bati|bato) (?:a |minha )?cabeca na parede'],
  }),
  // The tool in hand with the urge said (「我慢できなくてハサミ出した」, holding a razor and not trusting oneself): asked, not
  // answered (a tool named alone is a household's).
  c('harm_sign', {
    ja: [
      '(?:我慢|がまん)(?:でき|出来)な(?:くて|い)[^。]{0,12}(?:はさみ|かったー|かみそり|剃刀|刃|ないふ|包丁|ほうちょう)',
      '(?:はさみ|かったー|かみそり|剃刀|刃)(?:を)?(?:出し|持って|握って|手に取)[^。]{0,10}(?:我慢|がまん|止ま|とま|やめ)',
    ],
    en: [
      "(?:holding|have|got|grabbed) (?:a |the |my )?(?:razor|blade|knife|box cutter|scissors)[^.?!]{0,40}(?:(?:don'?t|dont|do not) trust myself|can'?t stop|cant stop|might use it)",
    ],
    tl: ['(?:hindi ko mapigilan|di ko mapigilan)[^.?!]{0,40}(?:blade|kutsilyo|labaha|gunting)'],
    ko: ['(?:칼|면도칼|커터칼|커터)(?:을|를)?\\s?(?:들고|쥐고)\\s?있'],
    zh: ['(?:手里|手上)(?:拿着|握着)(?:刀|刀片|剃刀|美工刀)'],
    vi: ['dang cam (?:dao lam|luoi lam|dao)'],
  }),
  // A date chosen (「誕生日の前の日に決めた」「날짜도 정했어」「日子已经定好了」, đã chọn ngày rồi, picked the date) and a count of
  // days left (「あと三日」): read with tiredness, despair or the act (suicide.date_set); alone a wedding's or a move's.
  c('date_set', {
    ja: [
      '(?<![曜0-9０-９一二三四五六七八九十])日に(?:決|き)め(?:た|ました|てる|てある)(?:。|$|、)',
      '(?:日|日にち|ひにち|日付|ひづけ)(?:も|は)(?:もう)?(?:決|き)め(?:た|ました|てる|てある)',
    ],
    en: ['(?:picked|chose|chosen|set|decided on) (?:a |the |my )?(?:date|day)(?:\\.|,|$| already)'],
    ko: ['날짜(?:도|는)\\s?(?:정했|정해\\s?놨|골랐)'],
    zh: ['(?:日子|日期)(?:已经|都)?(?:定好|选好)了'],
    vi: ['(?:da )?chon ngay roi|da chon (?:xong )?ngay'],
    es: ['ya (?:elegi|escogi|tengo) (?:el dia|la fecha)(?:\\.|,|$)'],
    pt: ['ja (?:escolhi|marquei) (?:o dia|a data)(?:\\.|,|$)'],
    tl: ['(?:napili|pinili) ko na (?:ang |yung )?(?:araw|petsa)'],
  }),
  c('countdown', {
    ja: ['あと(?:[1-9１-９]|一|二|三|四|五|六|七|いち|に|さん)(?:日|にち)(?:。|$|、|で)'],
    en: ['(?:only )?(?:\\d|one|two|three|four|five) (?:more )?days? (?:left|to go)(?:\\.|$)'],
  }),
  // Tired and letting go (「真的累了 算了吧」, mệt rồi thôi kệ): low mood, a context a later part completes.
  c('low_mood', {
    zh: ['真的累了|算了吧'],
    vi: ['met roi|thoi ke'],
  }),
  // Tonight it ends (「今夜でおしまい」, hoje à noite acaba, doesn't matter after tonight), "won't need them after friday": the act
  // said near, asked; with a letter or a date it is answered (suicide.note_and_day).
  c('final_act', {
    ja: [
      '(?:今夜|こんや|今晩|こんばん|今日|きょう)で(?:おしまい|お終い)',
      '(?:わたし|私|あたし)(?:は|も)?もう(?:おわり|終わり)(?:。|$|、)',
    ],
    en: [
      "(?:doesn'?t|doesnt|does not|won'?t|wont|will not) matter (?:after|by|past) (?:tonight|tomorrow|friday|saturday|sunday|this weekend)(?! (?:anyway )?(?:because|since) (?:i|we)'?(?:ll| will)? (?:move|leave|graduate))",
    ],
    pt: ['hoje (?:a noite )?(?:tudo )?acaba(?: tudo)?(?:\\.|$|,)'],
    es: ['esta noche (?:se )?acaba(?: todo)?(?:\\.|$|,)'],
  }),
  c('no_longer_need', {
    en: [
      "(?:not gonna|not going to|won'?t|wont|will not) need (?:them|it|these|this|any of (?:it|this|them)) (?:after|anymore|where)",
    ],
  }),
  // A letter of sorry or thanks written to someone close (「母さんにはごめんって手紙書いた」, wrote my note, já escrevi a carta pra minha
  // mãe, 最后一封讯息已经写好, em viết thư rồi): preparation.
  c('preparation', {
    ja: [
      '(?:ごめん|ありがとう|さよなら|さようなら)(?:って|と|の)(?:手紙|てがみ)(?:を|も)?(?:書|か)(?:いた|きました|いて)',
    ],
    en: ['(?:wrote|written|left) my (?:last )?note\\b(?!s)(?! for (?:class|school|work))'],
    pt: ['ja escrevi (?:a|uma) carta (?:pra|para) (?:a |o )?(?:minha|meu)'],
    vi: ['(?:em|toi|minh) (?:da )?viet (?:xong )?(?:la )?thu (?:roi|cho (?:me|bo|ba|gia dinh))'],
    zh: ['最后(?:一封|的)(?:讯息|信息|消息|信)(?:已经)?(?:写好|写完)'],
  }),
  // Things given away asked around (who wants my guitar and my switch, ai cần đồ của em không, em cho hết, 东西也都送人了).
  c('gave_away', {
    en: [
      "(?:who wants|anyone want|does anyone want) my (?:[a-z']+,? (?:and )?(?:my )?){0,3}(?:guitar|switch|laptop|bike|books|clothes|games|console|camera|stuff|things|plants)",
    ],
    vi: ['ai can do cua (?:em|toi|minh)|(?:em|toi|minh) cho het'],
    zh: ['东西(?:也)?(?:都|全)送人了'],
  }),
  c('entrust', {
    zh: ['(?:猫|狗|宠物)(?:已经)?(?:拜托|托付|交给)(?:朋友|别人|家人)(?:照顾|养)'],
  }),
  // Things borrowed returned to everyone and now free to vanish (「これで心置きなく消えられる」): the wish.
  c('want_to_die', {
    ja: ['(?:心置きなく|こころおきなく)(?:消|き)え|(?:これで|やっと)(?:消|き)えられる'],
  }),
  // A balcony or a building's top told as where it will be (「家族が寝たらベランダから」「5階だし」「ビルの うえ に います」).
  c('high_place', {
    ja: [
      '(?:寝|ね)(?:たら|静まったら|しずまったら)[^。]{0,6}(?:べらんだ|屋上|おくじょう|窓|まど)から',
      '(?:[0-9０-９]{1,2}|五|六|七|八|九|十)階だし',
      '(?:びる|建物|たてもの|まんしょん)の(?:うえ|上|屋上|おくじょう)に(?:います|いる|来た|きた|きました)',
    ],
  }),
  c('means', {
    ja: ['ろーぷ(?:を|も)?(?:買|か)(?:いました|った|ってきた)'],
  }),
  // Thanks, then "tell everyone" (「ありがとう ございました。みなさん に つたえて ください」): a goodbye relayed, asked.
  c('bye_all', {
    ja: ['ありがとう.{0,16}(?:みなさん|皆さん|みんな)に(?:つたえ|伝え)'],
  }),
  // A count of pills taken, in slang (「カフェイン錠を50個いった」, took 40 pills, 吃了30片): an overdose.
  c('many_pills', {
    ja: [
      '(?:錠|じょう|薬|くすり|かふぇいん|ぶろん|眠剤|みんざい)(?:を)?(?:[1-9１-９][0-9０-９]{1,2})(?:個|こ|錠|じょう|粒|つぶ|しーと)(?:いった|いっ|飲|の|きめ|一気)',
      '(?:[1-9１-９][0-9０-９]{1,2})(?:錠|じょう|粒|つぶ)(?:いった|一気|いっき)',
    ],
    en: [
      '(?:took|swallowed|popped|downed) (?:like |about |around )?\\d{2,3} (?:of )?(?:my )?(?:[a-z]+ )?(?:pills|tabs|tablets|caffeine pills)',
    ],
    ko: ['(?:약|알약|수면제|진통제)\\s?\\d{2,3}\\s?(?:알|개|정)(?:을|를)?\\s?(?:먹었|삼켰|털어)'],
    zh: ['(?:吃|吞)了\\d{2,3}(?:片|粒|颗)'],
    vi: ['(?:uong|nuot) (?:het )?\\d{2,3} vien'],
  }),
  c('thanks_all', {
    ne: [B('sabai lai dhanyabad')],
  }),
  // A child who bit or chewed something toxic (「むすめが ジェルボール かんだ」): swallowed, read with the toxic thing (LOAO d18).
  c('swallowed', {
    ja: [
      '(?:じぇるぼーる|洗剤|せんざい|電池|でんち|たばこ|煙草|防虫剤|ぼうちゅうざい)(?:を)?(?:かん|噛ん|かじ)(?:だ|じゃ|で|っ)',
    ],
  }),
  // ── crisis24 look-alikes and exceptions (d22's quiet items answered, by class) ──
  // The wish with a laugh or a meme (「月曜ってだけで消えたいｗ」「人生終了のお知らせ」), or over a game lost (「マイクラで…全ロスした、しにたい」):
  // hyperbole, asked at most.
  c('hyperbole', {
    ja: [
      '(?:消えたい|きえたい|しにたい|死にたい)(?:w|笑|\\(笑\\))',
      '人生終了のお知らせ|じんせいしゅうりょうのおしらせ',
      '(?:月曜|げつよう|ばいと|バイト|てすと|テスト|一限|いちげん)(?:って|という)?(?:だけ|ってだけ)で(?:消|き)えたい',
      '(?:全ろす|ぜんろす|がちゃ|爆死|ばくし|負けた|まけた|溶岩|ようがん)[^。]{0,12}(?:しにたい|死にたい|消えたい)',
    ],
    zh: ['(?:要)?考死(?:了|我了)'],
  }),
  // A chore or an exam said to kill (「今天打工累死了…救命」「期末考要考死了 救命」): chore_joke, which also explains a cry for help.
  c('chore_joke', {
    zh: ['(?:打工|上班|加班|考试|期末|期末考|作业)[^。！!？?]{0,10}(?:累|考|忙)死(?:我)?了'],
  }),
  // Someone else asking how to guide a person who says it (a moderator, a teacher: 「死にたいって書く子がいたとき」): the desk's,
  // not the writer's own (LOOKALIKE helper_asks), unless a plan, a means or the act of now is said beside it.
  c('helper_asks', {
    ja: [
      '(?:って|と)(?:書く|かく|書いてる|言う|いう|言ってる)(?:子|こ|人|ひと|友達|ともだち|生徒|せいと|めんばー)(?:が|に)(?:いた|い)(?:とき|時|ら|る場合|るとき)',
    ],
    en: [
      '(?:if|when) (?:someone|a (?:member|kid|student|teen|friend)) (?:in (?:the|my|our) [a-z]+ )?(?:says|writes|posts) (?:they|he|she) (?:want|wants) to (?:die|kill)',
    ],
  }),
  // The present safe for everyone in so many words (「今は誰も危なくないです」); a night's sleep will mend it (mà thôi ngủ một
  // giấc là khỏe, 「寝たら治る」), said after tiredness: the answer 'no' after the safety question (safe.said).
  c('safe_now', {
    ja: [
      '(?:今|いま)は?(?:誰|だれ)も(?:危な|あぶな)く(?:ない|ありません|なくて)',
      '(?:寝|ね)たら(?:治|なお)る(?:し|から|けど|。|$)',
    ],
    vi: ['ngu (?:mot giac|mot dem)(?: la| thi)? (?:khoe|het met|on)'],
    en: ["(?:a good )?night'?s sleep (?:and i'?ll be|will fix it)"],
  }),
  // An attempt told as an experience (「前に死のうとしたことある」): of the past alone, asked (crisis.ts attemptPast).
  c('attempt_told', {
    ja: ['(?:死|し)のうとした(?:こと|事)'],
  }),
  // An attempt told as an experience (「前に死のうとしたことある」「母が前に自殺未遂した」): the past said.
  c('past_marker', {
    ja: ['(?:前|まえ)に(?:一度|いちど)?(?:自殺|じさつ|死のう|しのう|od|OD|自傷|じしょう|りすか)'],
  }),
  // A story being written with someone who overdoses or dies in it (writing a short story where someone overdoses).
  c('fiction', {
    en: [
      '(?:writing|wrote|write) (?:a |my )?(?:short )?(?:story|novel|fanfic|fic|script|screenplay|poem)\\b',
    ],
  }),
  c('story_person', {
    en: [
      '(?:where|in which) (?:someone|a character|the (?:main )?character|a girl|a boy) (?:overdoses|dies|kills|cuts|attempts)',
    ],
  }),
  // ── end crisis24 concepts ──
  // ── crisis16, by class after d14's held-out misses (zh-Hant and es first, then ja and the rest) ──
  // Not wanting to be a burden said as a wish (no quiero ser una carga, 不想再拖累, 誰の迷惑にもなりたくない),
  // nobody needing me, nobody troubled once I am gone (ninguém ter trabalho comigo).
  c('burden', {
    es: [
      'no quiero (?:ser|seguir siendo) una carga',
      'no quiero (?:molestar|estorbar) (?:a nadie|mas) (?:nunca|ya)?',
      'nadie me necesita',
    ],
    pt: [
      'nao quero (?:mais )?ser (?:um peso|um fardo|uma carga)',
      '(?:pra|para) ninguem ter (?:trabalho|que cuidar de mim|que se preocupar) comigo',
      'ninguem precisa de mim',
    ],
    vi: ['khong muon (?:lam|la|thanh) (?:mot )?ganh nang', 'khong ai can (?:toi|em|minh)'],
    tl: [
      '(?:ayoko|ayaw ko|ayokong|ayaw kong) (?:na |nang )?(?:maging )?pabigat',
      'walang nangangailangan sa akin',
    ],
    en: ["(?:don'?t|do not|dont) want to be a burden", '(?:nobody|no one) (?:needs|wants) me'],
    zh: [
      '不想(?:再)?(?:成为|当|做)?(?:别人|大家|任何人|家人|你们)?的?(?:负担|累赘)',
      '不想再?拖累',
      '没有人需要我|没人需要我',
      '我不在了?(?:也)?(?:没有人|没人)会?(?:在意|难过|发现)',
    ],
    ja: [
      '(?:誰|だれ)の(?:迷惑|めいわく)にも(?:なりたく|なりません)',
      '(?:誰|だれ)に(?:も)?(?:必要|ひつよう)(?:と)?され(?:て)?(?:い)?(?:ない|ません)',
      '(?:私|わたし|僕|ぼく|俺|おれ|自分)が(?:い|居)なく(?:ても|なっても)(?:誰|だれ)も(?:困|こま)らない',
    ],
    ko: ['짐이\\s?되고\\s?싶지\\s?않', '아무도\\s?(?:나를|날)\\s?필요로\\s?하지\\s?않'],
  }),
  // Thanks for everything with a word of leaving (gracias por todo. ya…), thanks for the years with a goodbye (zh),
  // sorry said to a parent (對不起媽媽, con xin lỗi mẹ): a weak cue alone; with a burden, affairs in order or a means
  // it adds up. Thanks for everything alone closes ordinary messages (「Obrigada por tudo, a prefeitura me ajudou」):
  // it is `thanks_all` below, read only beside a goodbye.
  c('farewell', {
    vi: ['con xin loi (?:me|bo|ba|ma)'],
    es: ['gracias por todo[.,!] (?:ya|no|perdon|cuiden)'],
    zh: [
      '谢谢你们?(?:这些年|一直以来)的?(?:照顾|陪伴)?.{0,6}(?:再见|永别|对不起)',
      // sorry said to a parent or to everyone (對不起媽媽): low mood beside it asks (handlers.ts completesLow)
      '(?:对不起|對不起)(?:妈妈|媽媽|爸爸|妈|媽|爸|爸妈|爸媽|大家|家人)',
    ],
    ja: [
      '(?:お母さん|おかあさん|母さん|かあさん|お父さん|おとうさん|ママ|まま|パパ|ぱぱ)、?(?:ごめん|ごめんなさい)(?:ね|な)?(?:。|$|、)',
    ],
    en: ['(?:i?m )?sorry (?:mom|mum|dad|mama|papa)(?:[.,!]|$)'],
    ko: ['(?:엄마|아빠)\\s?미안해'],
  }),
  // Thanks for everything, read beside a goodbye in the same message (sign.suicide.thanks_bye): 「今までありがと ばいばい」,
  // "obrigado por tudo… adeus"; alone it closes ordinary conversations.
  c('thanks_all', {
    ja: ['(?:今|いま)まで(?:本当に|ほんとうに|ほんと)?(?:ありがと|ありがとう)'],
    en: ['thank(?:s| you) for everything'],
    es: ['gracias por todo'],
    pt: ['obrigad[oa] por tudo'],
    tl: ['salamat sa lahat'],
    vi: ['cam on (?:\\w+ ){0,2}vi (?:moi thu|tat ca)'],
    zh: ['谢谢(?:你们|大家|你)?(?:这些年|一直以来)?的?(?:一切|照顾)'],
    ko: ['그동안\\s?(?:고마웠|고마워|감사했)'],
  }),
  // Thanks passed on to everyone as the last word (「カウンセラーの先生に、ずっとありがとうって伝えといて」).
  c('bye_all', {
    ja: ['(?:ずっと|今まで|いままで|本当に|ほんとうに)ありがとう(?:って|と)(?:伝え|つたえ)'],
  }),
  // Ending it on a near day (hoy lo voy a terminar, 今天晚上就結束吧, 今夜でおしまいにします), not lasting to a near
  // day (撐不到下個月), going somewhere and not coming back, not meaning to be around long; asking how many pills
  // "so I don't wake / so nothing hurts any more"; charcoal and tape in zh/ja; waiting by the tracks for a train.
  c('final_act', {
    es: [
      '(?:hoy|esta noche|manana) lo (?:voy a|vo a) (?:terminar|acabar)(?! de)',
      '(?:voy a )?(?:terminar|acabar) con todo (?:hoy|esta noche)',
      'cuantas (?:pastillas|pildoras|tabletas)(?: de \\w+)? (?:hacen falta|necesito|tengo que tomar|hay que tomar) para (?:que )?(?:ya )?no (?:despertar|despierte|duela nada|sentir nada)',
      '(?:parad[oa]|sentad[oa]|esperando) (?:en|junto a|cerca de) (?:las vias|el paso a nivel)',
      'esperando (?:a )?que (?:pase|venga|llegue) el tren',
      '(?:paso a nivel|las vias)(?: del tren)? esperando',
    ],
    pt: [
      '(?:hoje|esta noite) (?:eu )?(?:vou )?acab(?:o|ar) com tudo',
      'quantos (?:comprimidos|remedios) (?:precisa|preciso|tem que tomar) (?:pra|para) (?:nao acordar|morrer)',
    ],
    en: [
      '(?:standing|sitting|waiting) (?:by|near|on|at|beside) the (?:tracks|railway|railroad|level crossing)',
      "how many (?:pills|tablets|sleeping pills) (?:would it take|does it take|do i need) (?:to|so) (?:not wake|never wake|i don'?t wake|die)",
      "(?:i'?m|i am) not (?:planning|going) to be (?:around|here) (?:much )?(?:longer|for long)",
    ],
    tl: ['tatapusin ko na (?:ngayong gabi|ngayon|mamaya)'],
    vi: ['uong bao nhieu (?:vien|vi)(?: thuoc)? (?:thi|de) (?:khong (?:tinh|day) (?:lai|nua)|chet)'],
    zh: [
      '(?:今天|今晚|今天晚上|明天)就?(?:结束|了结)(?:吧|了|一切|自己)',
      '(?:撑|撐)不(?:到|过|過)(?:下个月|下個月|明天|下周|下週|月底|今晚)',
      '(?:今晚|今天|明天).{0,15}不(?:会)?再?回来了',
      '(?:炭|木炭)(?:和|跟|与|还有)?(?:胶带|胶布)|(?:胶带|胶布)(?:和|跟|与)(?:炭|木炭)',
      '(?:吃|吞)?(?:多少|几)(?:片|颗|粒).{0,4}(?:才)?(?:会|能)?(?:不会醒|醒不过来|死得了|会死)',
    ],
    ja: [
      '(?:今夜|こんや|今晩|こんばん|今日|きょう)で(?:全部|ぜんぶ|もう)?(?:おしまい|お終い|終わり|おわり)に(?:します|する|しよう)',
      '(?:もう)?(?:長|なが)く(?:い|居|生き)る(?:つもり|気)は(?:ない|ありません)',
      '(?:練炭|れんたん)(?:と|も)?.{0,4}(?:ガムテ|がむて|テープ|てーぷ)',
      '(?:何錠|なんじょう|何粒|なんつぶ|どれくらい|どのくらい|何個).{0,12}(?:飲|の)(?:め|んだ)ば.{0,8}(?:死ね|しね|目が覚めない|めがさめない|起きない)',
    ],
    ko: ['몇\\s?알.{0,10}(?:먹으면|먹어야)\\s?(?:죽|안\\s?깨)', '오늘\\s?밤에?\\s?(?:다\\s?)?끝낼'],
  }),
  // The wish as sleeping on and on (只想一直睡下去) or tired of living with a word between (pagod na talaga ako mabuhay).
  c('want_to_die', {
    zh: ['(?:只想|想)(?:一直|永远)睡下去|睡着就不要醒|不想再醒来'],
    tl: ['pagod na (?:talaga |po |ako talaga )?(?:ako |akong )?(?:mabuhay|mamuhay)'],
  }),
  // A height or the railway described (el paso a nivel, el borde del andén, 平交道, by the tracks): weak alone.
  c('high_place', {
    es: ['paso a nivel', '(?:borde|orilla) del anden', '(?:junto a|cerca de) las vias'],
    pt: ['passagem de nivel', '(?:beira|borda) da plataforma', '(?:perto|beira) dos trilhos'],
    en: ['(?:by|near|beside|next to) the (?:tracks|railway|railroad|level crossing)', 'edge of the platform'],
    zh: ['平交道|铁道边|铁路边|月台边|站台边|月台边缘'],
    ko: ['건널목|선로\\s?(?:옆|앞)'],
    ja: ['(?:ホーム|ほーむ)の(?:端|はし)'],
    vi: ['duong ray tau'],
    tl: ['riles ng tren'],
  }),
  // Affairs put in order (年金のことは姉に全部書いて渡した, 通帳と印鑑は机の上にまとめた, 銀行卡和鑰匙都交給房東,
  // já deixei tudo arrumado, di de baja el celular, gửi hết tiền về nhà): a household
  // matter alone, asked beside a burden, thanks for everything, a near day (sign.suicide.settled).
  c('settled', {
    ja: [
      '(?:通帳|つうちょう|印鑑|いんかん|保険証|ほけんしょう|鍵|かぎ)(?:と|や|も)?.{0,12}(?:まとめ|置いて|おいて|書いて渡|わかるように)',
      '(?:年金|ねんきん|保険|ほけん|口座|こうざ|お金|おかね)の?(?:こと|手続き)?は.{0,10}(?:全部|ぜんぶ)(?:書いて|かいて)?(?:渡|わた)し',
      '(?:部屋|へや)の?(?:片付け|かたづけ)(?:も|は)?(?:済|す|終|お)(?:ん|ませ|わ|え)',
    ],
    zh: ['(?:银行卡|存折|钥匙|密码).{0,8}(?:都|全)?(?:交给|留给|给了)'],
    pt: ['ja deixei tudo (?:arrumado|organizado|pronto|em ordem)'],
    es: ['(?:di|ya di) de baja (?:el|mi) (?:celular|telefono|movil|linea)'],
    vi: ['gui het tien (?:ve nha|cho)'],
  }),
  c('gave_away', {
    es: ['ya (?:lo|la|los|las) regale'],
  }),
  c('no_longer_need', {
    es: ['no (?:lo|la|los|las) voy a necesitar (?:mas|nunca)'],
  }),
  // Self-harm seen now in es/zh: burning the arm with a lighter, banging the head on the wall.
  c('self_harm_act', {
    es: ['quemandose (?:el|los|la|las) (?:brazo|brazos|piel|mano|manos|pierna|piernas)'],
    zh: ['(?:拿|用)(?:头|頭)撞(?:墙|牆)|一直撞(?:墙|牆)'],
  }),
  // Insulin taken twice (se puso la insulina dos veces, 胰島素打了兩次): an overdose like pills.
  c('many_pills', {
    es: ['(?:puso|inyecto|aplico) (?:la )?insulina (?:dos veces|doble)'],
    en: [
      '(?:took|injected|gave (?:her|him)self) (?:(?:her|his|my) )?insulin twice|double (?:dose of )?insulin',
    ],
    zh: ['胰岛素打了(?:两|2)次|打了(?:两|2)次胰岛素'],
    ja: ['(?:インスリン|いんすりん)を?(?:2回|二回|にかい|二重に)'],
  }),
  // The past said as over, in the wordings d14 used: a school age (学生のころ, 高中的時候), a small child's age
  // (子どもが小さいころ), having consulted before (前に…相談したことがある), not done for years (已經好多年沒有了,
  // 今は全然してない), now calm with treatment (今は通院して落ち着いて, 現在有看醫生 很穩定, ahora… con tratamiento),
  // someone else fine now ("he's fine now"). A present danger beside them still answers (again_now below).
  c('past_safe', {
    ja: [
      '学生(?:の)?ころ|(?:小|ちい)さい(?:頃|ころ)|(?:幼|おさな)い(?:頃|ころ)',
      '(?:前|まえ)に.{0,20}(?:相談|そうだん)した(?:こと|事)が',
      '(?:今|いま)は(?:全然|ぜんぜん|まったく|もう)?(?:して|やって)(?:い)?(?:ない|ません)',
      '(?:今|いま)は.{0,10}(?:落ち着|おちつ|安定|あんてい)',
    ],
    zh: [
      '(?:高中|初中|国中|國中|大学|大學|学生|學生|年轻|年輕)的?(?:时候|時候)',
      '(?:已经|已經)?好(?:多|几|幾)年没(?:有)?(?:再)?',
      '(?:现在|現在)(?:有)?(?:在)?(?:看医生|看醫生|一直在治疗|一直在治療|在治疗|在治療)',
    ],
    es: ['(?:con|en) tratamiento'],
    pt: ['(?:com|em) tratamento'],
    en: ["(?:he|she|they)(?:'s| is| are|'re) (?:fine|ok|okay|better|safe|stable|doing well) now"],
  }),
  c('past_marker', {
    ja: [
      '学生(?:の)?ころ|(?:小|ちい)さい(?:頃|ころ)|(?:幼|おさな)い(?:頃|ころ)|(?:前|まえ)に.{0,20}した(?:こと|事)が',
    ],
    zh: [
      '(?:高中|初中|国中|國中|大学|大學|学生|學生|年轻|年輕)的?(?:时候|時候)|曾经|曾經|[\\d一二三四五六七八九十两兩]+年前',
    ],
  }),
  c('resolved', {
    ja: ['(?:今|いま)は(?:全然|ぜんぜん|まったく|もう)?(?:して|やって)(?:い)?(?:ない|ません)'],
    zh: [
      '(?:已经|已經)?好(?:多|几|幾)年(?:没|沒)(?:有)?|很(?:稳|穩)定|(?:状|狀)(?:态|態)很好|(?:在|一直在)(?:治疗|治療)|有看(?:医|醫)生',
    ],
    es: ['(?:con|en) tratamiento'],
    pt: ['(?:com|em) tratamento'],
    en: ["(?:he|she|they)(?:'s| is| are|'re) (?:fine|ok|okay|better|safe|stable|doing well) now"],
  }),
  c('safe_now', {
    ja: [
      '(?:今|いま)は(?:全然|ぜんぜん|まったく|もう)?(?:して|やって)(?:い)?(?:ない|ません)',
      '(?:今|いま)は.{0,10}(?:落ち着|おちつ|安定|あんてい)',
    ],
    zh: ['很(?:稳|穩)定|(?:状|狀)(?:态|態)很好|(?:已经|已經)?好(?:多|几|幾)年(?:没|沒)(?:有)?'],
    es: ['(?:estoy|esta) bien y (?:con|en) tratamiento'],
    pt: ['(?:estou|esta) bem e (?:com|em) tratamento'],
    en: ["(?:he|she|they)(?:'s| is| are|'re) (?:fine|ok|okay|better|safe|stable|doing well) now"],
  }),
  // A drama's frame in zh (台劇, 追劇, 編劇, 女主角, 大結局): a story about others.
  c('fiction', {
    zh: [
      '(?:台|日|韩|韓|国产|國產|美|陆|陸)(?:剧|劇)|追(?:剧|劇)|编剧|編劇|女主角?|男主角?|大结局|大結局|结局|結局',
    ],
  }),
  // A drill (避難訓練, fire drill, simulacro, आगलागी अभ्यास): practice, a what-if.
  c('hypothetical', {
    ja: ['(?:避難|ひなん|防災|ぼうさい|消防)(?:訓練|くんれん)'],
    en: ['(?:fire|evacuation|earthquake) drill'],
    es: ['simulacro'],
    pt: ['simulado de (?:incendio|evacuacao)'],
    zh: ['(?:消防|防灾|避难|疏散)(?:演习|演練|演练|训练)'],
    ko: ['(?:소방|대피)\\s?훈련'],
    ne: ['(?:आगलागी|भूकम्प) अभ्यास'],
    vi: ['dien tap'],
  }),
  // Thinking of it again now after an attempt told in the past ("I tried years ago and I'm thinking about it again
  // tonight", 「3年前に未遂…今夜またやろう」, 以前曾經自殺過，現在又想死了): the past does not veto it (suicide.again).
  c('again_now', {
    en: ['thinking (?:about|of) (?:it|doing it|that) again|(?:want|going) to (?:try|do) it again'],
    es: [
      '(?:lo estoy|estoy) pensando (?:en eso |en hacerlo )?otra vez|(?:quiero|voy a) (?:volver a intentarlo|intentarlo otra vez|hacerlo otra vez)',
    ],
    pt: ['(?:estou )?pensando (?:nisso )?de novo|(?:quero|vou) tentar de novo'],
    ja: ['また(?:やろう|死の|しの|死にた|しにた|やりた)|(?:今|いま)も(?:死にた|しにた)'],
    zh: ['(?:现在|今天|今晚)?又想(?:死|自杀|再试)'],
    ko: ['다시\\s?(?:죽고\\s?싶|시도하고\\s?싶)'],
    vi: ['lai (?:muon|nghi den chuyen) (?:chet|tu tu)'],
    tl: ['(?:gusto|naiisip) ko na naman'],
  }),
  // An attempt told (自殺未遂, intenté quitarme la vida, 自殺過): of the past alone, read only with again_now.
  c('attempt_told', {
    en: [
      'attempted suicide|suicide attempt|tried to (?:kill myself|end my life|end it)',
      '(?:i )?(?:tried|attempted)(?: it)? (?:\\w+ ){0,2}(?:years|months) ago',
    ],
    es: ['intente (?:matarme|quitarme la vida|suicidarme)|intento de suicidio'],
    pt: ['tentei (?:me matar|suicidio|tirar minha vida)|tentativa de suicidio'],
    ja: ['(?:自殺|じさつ)?(?:未遂|みすい)'],
    zh: ['自杀过|自杀未遂|试过自杀|(?:吃药|割腕|跳楼)自杀过'],
    ko: ['자살\\s?시도'],
    vi: ['(?:tung|da) tu tu'],
    tl: ['nagtangkang? (?:magpakamatay|mag-?suicide)'],
  }),
  // ── crisis13, by class after d12's held-out misses (tl, en, es first; each class in the languages it lacked) ──
  // Suicide told around it: a goodbye that says the friend was the only one; a plan kept for a near day or
  // for when the house is asleep; charcoal and tape bought; asking how high or how many "so I don't wake up";
  // "only one way out"; "if I don't reply tomorrow, you know"; saying goodbye (magpapaalam na ako), I won't
  // live on; I know how to do it; "tomorrow I won't be here"; an old person quoted as going to see a husband
  // who died. All ask (sign.suicide.words); the rules answer when despair or a means comes with them.
  c('final_act', {
    en: [
      'you (?:were|are|was) the only one (?:who (?:ever )?(?:cared|listened|understood)|i (?:had|trusted))',
      "(?:know|figured out) (?:exactly )?how many (?:i need|i(?:'ll| will) need|to take|it takes)",
      'charcoal and (?:duct |gaffer )?tape|(?:duct |gaffer )?tape and charcoal',
      "(?:so|that) (?:you|i|one|a person) (?:definitely |surely )?(?:don'?t|dont|won'?t|wont|wouldn'?t) survive",
      "(?:there'?s|there is|i see) only one way out",
      "if i (?:don'?t|dont|do not) (?:reply|answer|text back|respond)(?: by)? tomorrow",
      "(?:i )?know (?:exactly )?how (?:i'?m going to|i'?ll|to) do it",
      "(?:tomorrow|by tomorrow) i (?:won'?t|will not|wont) be (?:here|around|alive)",
      '(?:see|join|be with) (?:her|his|my) (?:late )?(?:husband|wife|son|daughter|mother|father|mom|mum|dad) (?:soon|again).{0,60}(?:died|passed away|is dead|was dead)',
      '(?:going to|gonna|will|wants? to) (?:join|see|be with|follow) (?:\\w+ ){0,3}(?:soon|again).{0,60}(?:died|passed away|is dead|passed)',
      '(?:going to|gonna|will|wants? to) (?:join|see|be with) (?:her|his|my) late \\w+',
      "(?:how many|enough) (?:sleeping )?(?:pills|tablets|meds).{0,30}(?:never wake|not wake|to die|to not wake|won'?t wake)",
      'said (?:my )?(?:bye|goodbye)s? (?:at work|to everyone at work).{0,80}(?:free|over|end)',
    ],
    es: [
      'fuiste (?:la|el|lo) unic[oa]',
      'carbon y cinta|cinta y carbon',
      '(?:para|y) no sobrevivir|que altura.{0,40}(?:morir|sobrevivir|matarse)',
      'solo (?:hay|me queda|veo) una salida',
      'si (?:manana )?(?:ya )?no (?:contesto|respondo)(?: manana)?',
      'ya (?:se|tengo pensado) como hacerlo',
      'manana ya no (?:estoy|estare|voy a estar)',
      '(?:murio|fallecio|perdio).{0,80}(?:se quiere ir|quiere irse|se va a ir) con (?:ella|el)',
      'dice que ya cumplio',
    ],
    pt: [
      'carvao e fita',
      'so (?:tem|vejo|existe) uma saida',
      'amanha (?:ja )?nao (?:estou|estarei|vou estar)',
    ],
    tl: [
      'uling at (?:tape|masking)|tape at uling',
      'magpapaalam na (?:ako|ko)(?! sa)',
      '(?:hindi|di|d) na (?:rin )?(?:ako|ko) mabubuhay',
      'para (?:hindi|di|d) na (?:ako |ko )?magising',
      'ilang (?:tableta|pills|piraso|gamot) para (?:mamatay|hindi|di|d)',
      'gaano (?:ka)?taas.{0,40}(?:mamatay|para (?:hindi|di))',
      'iisa na lang (?:ang )?(?:paraan|solusyon|daan)',
      'kung (?:bukas )?(?:hindi|di|d) na (?:ako|ko) (?:mag-? ?reply|magreply|sumagot|magparamdam)',
      'salamat sa pagiging (?:mabuting )?(?:kaibigan|kaibigan ko)',
      'alam ko na kung paano (?:gagawin|ko gagawin)',
      'plano ko na (?:talaga )?(?:po )?(?:ngayong|bukas|mamaya)',
      'bukas wala na (?:ako|ko)',
    ],
    vi: ['than va bang keo|mua than.{0,20}bang dinh'],
    ja: ['(?:目|め)が(?:覚|さ)めなくて(?:も)?(?:いい|いー)'],
  }),
  // The wish itself, said as vanishing or not waking (es mejor desaparezco; ja-easy 「めが さめなくて いい」).
  c('want_to_die', {
    en: ['(?:rest|sleep) and (?:not|never) wake(?: up)?'],
    es: [
      'mejor (?:me )?desaparezco|mejor desaparecer(?:me)?',
      // to sleep forever, not to wake (the English form has been there since crisis8)
      '(?:quiero|quisiera) dormir (?:para siempre|y no despertar)',
    ],
    pt: ['(?:quero|queria) dormir (?:para sempre|e (?:nunca mais|nao) acordar)'],
    tl: [
      '(?:matulog|magpahinga) (?:na )?(?:habang ?buhay|nang tuluyan|at (?:hindi|di) na (?:magising|gumising))',
    ],
    ja: [
      '(?:目|め)が(?:覚|さ)めなければ(?:いい|いー)',
      '(?:永遠|えいえん)に(?:休|やす|眠|ねむ)|(?:休|やす|眠|ねむ)(?:り|み|ら)?(?:たい|ませて|せて).{0,12}(?:永遠|えいえん)に',
    ],
  }),
  // Nobody would notice if I were gone (en, es, tl, pt).
  c('burden', {
    en: [
      "(?:nobody|no one|no-one) (?:would|will|'d|is going to) (?:even )?(?:notice|care|miss me)(?: if i)?",
    ],
    es: ['nadie (?:me )?(?:va a |iba a )?(?:extranar|notar|echar de menos)(?:me|ia)?'],
    pt: ['ninguem (?:vai|iria) (?:sentir minha falta|perceber|notar)'],
    tl: ['walang (?:makakapansin|makakamiss|mag-?mimiss)(?: sa akin)?'],
  }),
  c('hopeless', {
    en: [
      "(?:don'?t know|dont know|idk) why (?:i'?m|im|i am) still (?:here|alive|living)",
      '(?:finally )?be free (?:of|from) (?:all )?(?:this|it all)',
    ],
    es: ['no se (?:por que|pa que) sigo (?:aqui|viv[oa])'],
    tl: ['wala na (?:akong|kong) ibang (?:paraan|magawa)'],
  }),
  // Means kept: sleeping pills saved up (en; ja and zh have it).
  c('means', {
    en: [
      'sav(?:e|ing|ed) up (?:my )?(?:own )?(?:sleeping )?(?:pills|meds|tablets|medication)',
      '(?:stockpil|hoard)(?:ing|ed) (?:my )?(?:sleeping )?(?:pills|meds|tablets)',
    ],
    es: ['(?:juntando|guardando|ahorrando) (?:mis )?(?:pastillas|somniferos)'],
    tl: ['(?:iniipon|nag-?iipon) (?:ko |ako )?(?:ng )?(?:sleeping pills|gamot|tableta|pampatulog)'],
  }),
  // Things given away or thrown out, sold, money shared out (tl binigay/tinapon, es regalé/repartió, en sold).
  c('gave_away', {
    en: [
      'sold (?:all )?(?:of )?my (?:stuff|things|belongings|everything)',
      'gave me (?:her|his) (?:house )?keys and (?:her|his) (?:bankbook|savings|bank book)',
    ],
    es: ['regale (?:mi|mis) \\w+', 'repartio (?:su|sus) (?:plata|dinero|cosas|ahorros)'],
    tl: [
      '(?:binigay|ibinigay) ko na (?:kay \\w+ )?(?:ang |yung |lahat ng )?(?:mga )?(?:damit|gamit|alahas|pera|ipon)',
      '(?:tinapon|itinapon) ko na (?:ang |yung |lahat ng )?(?:mga )?gamit',
    ],
  }),
  c('no_longer_need', {
    tl: ['(?:hindi|di|d) ko na (?:po )?kailangan'],
  }),
  c('settled', {
    en: ['paid (?:the |my )?last (?:rent|bill|month)'],
    tl: ['nabayaran ko na (?:\\w+ ){0,2}(?:sa |ang )?utang'],
  }),
  c('after_me', {
    tl: ['kung mamatay (?:po )?(?:ba )?(?:ako|ko)'],
  }),
  // "If something happens to me": an old person living alone says it of a fall at night (「si me pasa algo de
  // noche nadie se entera」), so only the entrusted sign reads it (with a child or a pet handed on).
  c('if_something_happens', {
    es: ['si (?:algo )?me pasa algo'],
    en: ['if (?:anything|something) (?:happens|should happen) to me'],
    tl: ['kung (?:may )?mangyari (?:sa akin|saakin)'],
    pt: ['se (?:algo|alguma coisa) (?:me )?acontecer comigo'],
  }),
  // A child or a pet entrusted to someone (cuida a mi perrito, que alguien cuide a mis hijos, alagaan nyo si
  // baby): an everyday childcare question too, so it asks only with a goodbye, "if something happens to me",
  // or silence after it (sign.suicide.entrusted), and answers with a farewell (suicide.goodbye).
  c('entrust', {
    en: [
      '(?:please )?(?:take care of|look after) my (?:baby|kids|children|son|daughter|dog|cat|puppy|pets?)(?: for me)?(?! (?:while|when|after school|during))',
    ],
    es: [
      '(?:cuida|cuidame|cuiden|cuidan|cuidenme) (?:a |de )?(?:mi|mis) (?:perrit[oa]|perr[oa]s?|gatit[oa]|gat[oa]s?|hij[oa]s?|bebe|nin[oa]s?)',
      'que alguien cuide (?:a |de )?(?:mi|mis)',
    ],
    pt: ['(?:cuida|cuidem) (?:do|da|dos|das) meu?s? (?:cachorr|gat|filh|bebe)\\w*'],
    tl: [
      '(?:alagaan|alagaan nyo|alagaan mo|alagaan niyo) (?:nyo |niyo |mo )?(?:si|ang|yung|ang mga|mga) (?:baby|anak|aso|pusa|bunso)',
    ],
  }),
  // Someone else's self-harm or pills shown in a photo, phone dead or gone offline after a goodbye.
  c('self_harm_act', {
    es: [
      '(?:munecas|brazos|brazo|muneca) cortad[oa]s?',
      'me estoy (?:golpeando|pegando|lastimando)(?: la cabeza)?',
    ],
    tl: ['(?:gusto|gustong) (?:ko |kong )?(?:saktan|sugatan) (?:ang )?sarili (?:ko )?ngayon'],
  }),
  c('harm_sign', {
    tl: [
      '(?:gusto|gustong) (?:ko |kong )?(?:saktan|sugatan) (?:ang )?sarili',
      'hawak ko na (?:ang |yung )?(?:cutter|blade|labaha|kutsilyo|gunting)',
    ],
    en: ['(?:holding|have) (?:the |a )?(?:blade|razor|box cutter|cutter) (?:in my hand|right now|now)'],
  }),
  c('pills_sign', {
    tl: ['(?:picture|litrato|pic|photo) ng (?:maraming |madaming )?(?:gamot|tableta|pills)'],
    es: ['foto de (?:muchas )?(?:pastillas|pildoras)'],
    en: ['(?:picture|photo|pic) of (?:a lot of |lots of |many |all (?:her|his) )?(?:pills|tablets|meds)'],
  }),
  c('not_back', {
    tl: ['patay na (?:ang |yung )?(?:phone|cellphone|cp)', '(?:tapos|pagkatapos) offline na'],
    en: ['then (?:went )?offline'],
    es: ['(?:y|luego) se desconecto'],
  }),
  // A small child or baby: a household bleach swallowed (Haiter, the Japanese brand, told in every language);
  // a baby limp and not feeding; bleeding or a hard belly in late pregnancy.
  c('toxic', {
    en: ['haiter|kitchen haiter'],
    es: ['haiter|lejia|cloro'],
    pt: ['haiter|agua sanitaria'],
    tl: ['haiter'],
    vi: ['haiter|thuoc tay'],
  }),
  c('swallowed', {
    tl: ['nakainom'],
  }),
  c('body_alarm', {
    tl: [
      'parang malata|malata (?:sya|siya|si baby|ang baby)|lupaypay',
      '(?:hindi|di) (?:na )?(?:dumedede|dumede|sumususo)',
    ],
    en: ["(?:baby|infant|newborn).{0,40}(?:limp|floppy|not feeding|won'?t feed)"],
    es: ['(?:bebe).{0,40}(?:no quiere (?:comer|tomar pecho)|decaid[oa]|floj[oa])'],
  }),
  c('bleeding', {
    ja: [
      '(?:妊娠|にんしん).{0,30}(?:出血|しゅっけつ)(?:して|が|し)',
      '(?:妊娠|にんしん).{0,20}(?:お腹|おなか)が(?:かちかち|がちがち|固|硬)',
    ],
    en: ['pregnant.{0,40}(?:bleeding|belly (?:is )?(?:rock )?hard)'],
    es: ['embarazada.{0,40}(?:sangrando|sangrado|sangre)'],
    pt: ['gravida.{0,40}(?:sangrando|sangramento)'],
    tl: ['buntis.{0,40}(?:dinudugo|nagdudugo|duguan)'],
  }),
  c('many_pills', {
    nesk: ['sabai nidra ko aushadhi', 'sabai nindra ko aushadhi'],
    ne: ['सबै निद्राको औषधि'],
  }),
  // A person with dementia who left the house (en): asked with a circumstance (hours, rain, pajamas).
  c('gone_out', {
    en: [
      '(?:he|she|mum|mom|mother|dad|father|grand\\w+|husband|wife)(?: (?!and )\\w+){0,3} (?:left|walked out of) (?:the house|home)(?! for (?:good|another))',
    ],
  }),
  // Someone hurt next door heard now (tl), a man banging on the door in easy Japanese (no を).
  c('cry_for_help', {
    tl: ['naririnig (?:ko|akong|kong) .{0,20}(?:sinasaktan|binubugbog|pinapalo)'],
  }),
  c('door_banging', {
    ja: ['(?:どあ|扉|とびら|玄関|げんかん)(?:、|\\s)?(?:たたく|叩く|たたいて|叩いて|けって|蹴って|どんどん)'],
  }),
  // A boss's or teacher's "will kill me" over lateness or a slip, said with a laugh: hyperbole, neither
  // answered nor asked (crisis.ts denied()); a boss who hits, keeps a passport or a weapon is read as before.
  c('boss_joke', {
    en: [
      "(?:boss|manager|supervisor|teacher|coach)(?: is|'s| will)? (?:gonna |going to )?kill me.{0,60}(?:late|forgot|forget|again|lol|haha|😂|🤣|😭|😅)",
      "(?:late|forgot|missed|messed up).{0,60}(?:boss|manager|supervisor|teacher)(?: is|'s| will)? (?:gonna |going to )?kill me",
    ],
    es: [
      'mi (?:jef[ea]|supervisor[a]?|profe|maestr[oa]) me va a matar.{0,60}(?:tarde|olvid|otra vez|jaja|😂|🤣|😅)',
    ],
    pt: [
      '(?:meu|minha) (?:chefe|gerente|supervisor[a]?|professor[a]?) vai me matar.{0,60}(?:atrasad|esqueci|de novo|kkk|haha|😂|🤣)',
    ],
    tl: [
      'papatayin (?:na )?ako (?:bukas )?ng (?:amo|boss|manager|supervisor|teacher)(?: ko)?.{0,40}(?:late|haha|😂|🤣)',
    ],
    vi: ['sep (?:se )?giet (?:em|toi|minh|tao).{0,40}(?:tre|quen|haha|😂)'],
    ja: [
      '(?:上司|課長|かちょう|部長|ぶちょう|店長|てんちょう|先生|せんせい)に(?:殺|ころ)され(?:る|そう).{0,20}(?:笑|w|😂|遅刻|ちこく|忘れ|わすれ)',
    ],
  }),
  c('hyperbole', {
    vi: ['(?:xau ho|nguong|ngai) muon chet(?: luon| di duoc)?'],
    en: ['kill me now.{0,60}(?:😭|😂|🤣|lol|haha|replied|reply-?all|embarrass)'],
  }),
  // The past said as over (pt há 3 anos, es ahora está limpio, tl nung isang taon … ngayon regular na).
  c('past_marker', {
    pt: ['ha \\d+ anos'],
    es: ['hace \\d+ (?:anos|meses)'],
    tl: ['nung (?:isang taon|bata (?:pa )?ako|\\d{4})'],
  }),
  c('past_safe', {
    pt: ['ha \\d+ anos.{0,60}(?:hoje|agora) (?:estou|to|ela esta|ele esta) bem'],
    es: ['hace \\d+ (?:anos|meses).{0,60}ahora (?:esta|estoy|estamos) (?:limpi[oa]|bien|sobri[oa])'],
    tl: [
      'nung (?:isang taon|bata (?:pa )?ako).{0,80}ngayon (?:ay )?(?:regular na|okay na|ok na|maayos na|\\d+ na)',
    ],
  }),
  c('resolved', {
    pt: ['hoje estou bem|faco tratamento'],
    es: ['ahora (?:esta|estoy) (?:limpi[oa]|sobri[oa])'],
    tl: ['ngayon (?:ay )?(?:regular na ako|okay na|ok na|maayos na)'],
  }),
  c('safe_now', {
    pt: ['hoje estou bem'],
    es: ['ahora (?:esta|estoy) (?:limpi[oa]|sobri[oa])'],
    tl: ['ngayon (?:ay )?regular na (?:ako|ko)'],
  }),
  // Plain partner violence told as how it is, with no word of now (「老公打我」「Chồng em đánh em」「sinasaktan ako
  // ng asawa ko」): the DV concern, as in ja/en/es/pt/ko, neither answered nor asked unless fear or control
  // is said (crisis.ts violenceNotNow); 「正在打我」「đang đánh」「ngayon」 still answer (crisis13).
  c('plain_hit', {
    // 「夫に殴られる」「彼氏に毎日叩かれます」「夫に殴られることがある」 told plainly or as a habit (crisis14): the DV concern,
    // as 「老公打我」「My husband hits me」 are; 「いま殴られてる」「殴られている」 (attack_now) and fear said still ask or answer.
    ja: [
      '(?<!(?:今|いま)、?)(?:夫|おっと|旦那|だんな|主人|しゅじん|彼氏|かれし|恋人|こいびと|パートナー|ぱーとなー|元夫|もとおっと|元彼|もとかれ)(?:さん)?(?:に|から)(?:は)?(?:毎日|まいにち|いつも|よく|しょっちゅう|たまに|ときどき|時々)?(?:殴|なぐ|叩|たた)(?:られ|かれ)(?:る|ます)(?!かも|よう|そう|と思|とおも|ところ|前|まえ|かな)',
    ],
    zh: [
      '(?:老公|丈夫|男朋友|男友|前夫|爸爸|我爸|父亲|妈妈|我妈|他)(?:经常|总是|常常|会|老是)?打我(?![了着])',
    ],
    vi: ['(?:chong|ban trai|bo) (?:em|toi|minh) (?:hay |thuong )?danh (?:em|toi|minh)'],
    tl: [
      '(?:asawa|mister|kinakasama|boyfriend|bf|partner|tatay) ko (?:ay )?(?:sinasaktan|binubugbog) ako',
      '(?:sinasaktan|binubugbog) ako ng (?:asawa|mister|kinakasama|boyfriend|bf|partner|tatay) ko',
    ],
  }),
  // Wanting to escape now from someone who hits or keeps the passport ("my boss hits me… I want to escape
  // now"): asked with violence or control (sign.violence.escape), never the menu (crisis13).
  c('escape_now', {
    en: [
      '(?:want|need|have|going|trying) to (?:escape|run away|get away|get out)(?: of here| from (?:him|her|them))? (?:now|tonight|today|right now|asap)',
    ],
    es: ['(?:quiero|necesito) (?:escapar(?:me)?|huir|irme) (?:ya|ahora|hoy|esta noche)'],
    pt: ['(?:quero|preciso) (?:fugir|escapar) (?:agora|hoje|ja)'],
    tl: [
      '(?:gusto|kailangan) (?:ko|kong) (?:nang |na )?(?:tumakas|umalis dito) (?:na )?(?:ngayon|mamaya|agad)',
    ],
    vi: ['muon (?:tron|bo tron|thoat) (?:ngay|di ngay|ngay bay gio|toi nay)'],
    zh: ['(?:现在|今晚|马上)就?想(?:逃|跑|逃走|逃跑)'],
    ja: ['(?:今すぐ|いますぐ|今夜|こんや|今日中)(?:に)?(?:逃げ|にげ)(?:たい|だしたい|出したい)'],
    ko: ['(?:지금|오늘\\s?밤)\\s?(?:당장\\s?)?(?:도망|탈출)'],
  }),
  // A fire put out, nobody hurt: the present said as safe, so neither a sign nor the danger model asks (a past
  // kitchen fire and who to report it to, crisis13: the danger model rebuilt on d12 asked on it).
  c('safe_now', {
    en: ['(?:nobody|no one|no-one)(?: was)? (?:hurt|injured)|put it out (?:ourselves|myself|right away)'],
    es: ['nadie (?:salio )?(?:herido|lastimado)|lo apagamos'],
    pt: ['ninguem se machucou|ninguem ficou ferido'],
    tl: ['walang nasaktan|napatay (?:na )?namin (?:agad )?ang apoy'],
  }),
  // A boss or employer who hits or keeps the passport (a trainee's or a caregiver's employer): who, and the
  // control, for sign.violence.escape (crisis13).
  c('attacker', {
    en: ['(?:my )?(?:boss|employer)'],
    es: ['(?:mi )?(?:jefe|patron|empleador)'],
    pt: ['(?:meu )?(?:chefe|patrao)'],
    tl: ['(?:amo|boss) ko'],
  }),
  c('violence_pattern', {
    es: ['tiene (?:mi|el) pasaporte|se quedo con mi pasaporte'],
  }),
  // A plan to die written or told by someone else (a student's journal, a friend's post: "wrote in her journal
  // that she's planning to die on her birthday", 「escribió que quiere morirse el domingo」): crisis13.
  c('quoted_intent', {
    en: [
      "(?:wrote|writes|written|posted|journal|diary|note).{0,40}(?:she|he|they)(?:'s|'re| is| are|s)? (?:planning|plans|going|gonna|wants?) to (?:die|kill (?:her|him|them)sel(?:f|ves)|end (?:her|his|their) life)",
    ],
    es: [
      '(?:escribio|escribe|publico|puso|dijo|dice).{0,40}que (?:quiere|va a|planea) (?:morirse|morir|matarse|suicidarse)',
    ],
    pt: ['(?:escreveu|postou|disse|falou).{0,40}que (?:quer|vai|planeja) (?:morrer|se matar)'],
  }),
  // Tired of fighting, then a goodbye said in the same message (sign.suicide.despair_bye); 'hoy me despido'
  // and 'perdónenme' (plural, to everyone) as a farewell (crisis13, class probes after d12).
  c('hopeless', {
    // not 'so tired of everything', low mood that a later turn completes (crisis11's low_mood)
    en: ['(?:so )?tired of (?:fighting|trying)'],
    es: ['me canse de (?:vivir|luchar)'],
  }),
  c('farewell', {
    es: ['(?:hoy |ya )?me despido(?: de (?:todos|ustedes|ti))?', 'perdonenme'],
  }),
  c('burden', {
    en: ["(?:i'?m )?sorry for being (?:such )?a burden"],
  }),
  // Affairs put in order: bills paid, a will written, passwords left for someone (en/es).
  c('settled', {
    en: [
      'paid all (?:of )?my (?:bills|debts)',
      "(?:everything|it)(?:'s| is)? (?:all )?(?:in order|sorted) now",
    ],
    es: ['(?:deje|dejo) todo (?:arreglado|listo|en orden)', 'arregle todos mis papeles'],
  }),
  c('preparation', {
    en: ['left (?:the |my )?(?:bank |account )?passwords? (?:for|to|with)'],
    es: ['(?:deje|dejo) (?:las |mis )?contrasenas (?:para|a)'],
  }),
  // Ready now, said after affairs settled (ya estoy lista, handa na ako): read only beside them.
  c('ready_now', {
    en: ["i'?m ready now|i am ready now"],
    es: ['ya estoy list[oa]'],
    tl: ['handa na (?:ako|ko)|ready na (?:ako|ko)'],
    pt: ['ja estou pront[oa]'],
  }),
  // A pet handed on (give my dog to my sister, dale mi gato a, ipaalaga mo si bantay) and love to everyone as the
  // goodbye (los quiero a todos, mahal ko kayo, i love you all): read by sign.suicide.entrusted.
  c('entrust', {
    en: ['give my (?:dog|cat|puppy|kitten|pets?) to'],
    es: ['(?:dale|denle|regala|regalen) (?:mi|mis) (?:gat|perr)\\w* a'],
    tl: ['(?:ipaalaga|ipaampon) (?:mo|nyo|niyo) (?:na lang )?(?:si|ang|yung)'],
  }),
  c('bye', {
    en: ['i love (?:you|u) all'],
    es: ['(?:los|las) quiero (?:mucho )?a todos'],
    tl: ['mahal ko kayo(?:ng lahat)?'],
  }),
  // lead, session 15 (after merging crisis23 and crisis24): fear of being heard by the one hiding from is fear now
  // (「whispering because he will hear me」 was violence only through the model, which the merged retrain read as a
  // disaster: violence.hiding needs a fear_now or an attack_now beside `hiding`)
  c('fear_now', {
    en: ["(?:he|she|they)(?:'ll| will| would| might| can| could)? hear me"],
    es: ['(?:me|nos) (?:va|van) a (?:oir|escuchar)|(?:el|ella) (?:me|nos) (?:oye|escucha)'],
    pt: ['(?:ele|ela) vai (?:me |nos )?(?:ouvir|escutar)|(?:ele|ela) (?:me|nos) (?:ouve|escuta)'],
    tl: ['(?:maririnig|marinig) (?:nya|niya) (?:ako|kami)'],
  }),
  // Shut in a room of the home, told with the one feared (es/pt: 「estou no banheiro, ele vai me ouvir」 was neither
  // answered nor asked): hiding, read by violence.hiding only beside an attacker and fear now
  c('hiding', {
    es: [
      '(?:estoy|estamos) (?:encerrad[ao]s?|escondid[ao]s?) en el (?:bano|cuarto|closet|armario)',
      'en el (?:bano|closet|armario)\\b.{0,40}(?:me|nos) (?:va a|van a)? ?(?:oir|oye|escucha)',
      'en el (?:bano|closet|armario) con (?:mi|mis) (?:hij[oa]s?|nin[oa]s?|bebes?)',
    ],
    pt: [
      '(?:estou|estamos) (?:trancad[ao]s?|escondid[ao]s?) no (?:banheiro|quarto|armario)',
      'no (?:banheiro|armario)\\b.{0,40}(?:vai (?:me |nos )?(?:ouvir|escutar)|(?:me|nos) (?:ouve|escuta))',
      'no (?:banheiro|armario) com (?:minha|meu|meus|minhas) (?:filh[oa]s?|bebes?|criancas?)',
    ],
    tl: [
      'nagtatago (?:ako |kami )?sa (?:cr|banyo|kwarto|kuwarto|aparador)',
      '(?:nasa|sa) (?:cr|banyo)\\b.{0,40}maririnig',
    ],
  }),
  // An object struck, not a person: a drum, a futon, mochi, hands clapped (「こどもが たいこ を たたいてる おと」 heard
  // through the wall was answered as violence by the merged model). LOOKALIKE struck_object: violence is asked at most.
  c('struck_object', {
    ja: [
      '(?:太鼓|たいこ|ドラム|どらむ|布団|ふとん|餅|もち|手|て|鍋|なべ|ピアノ|ぴあの|木琴|もっきん)を?\\s?(?:叩|たた)',
    ],
    en: ['(?:drum(?:s|ming)?|banging (?:on )?(?:the )?(?:pots?|pans?|drums?)|clapping)'],
    es: ['(?:tambor|bateria|tocando la bateria|aplaudiendo)'],
    pt: ['(?:tambor|bateria|tocando bateria|batendo palmas)'],
    tl: ['(?:tambol|drums?)'],
    ko: ['(?:북을|드럼|박수)'],
    zh: ['(?:打鼓|敲鼓|鼓声|鼓聲|拍手)'],
    vi: ['(?:danh trong|go trong|vo tay)'],
  }),
  // ── crisis26 (issue 9: medical, disaster, missing, violence told now by class; es, tl, ne, ko first; d25's misses) ──
  // Water rising or come in where someone is, or filling an underpass (disaster.flood_in reads it beside someone
  // still there: a car with a person in it, an elder who cannot or will not leave).
  c('flood_in', {
    ja: [
      '(?:地下道|ちかどう|アンダーパス|あんだーぱす|地下駐車場|ちかちゅうしゃじょう)(?:に|が|は|の|も)?(?:水|みず)',
      '(?:水|みず)が?(?:どんどん|すごい勢いで|すごいいきおいで)(?:入|はい)って',
    ],
    es: [
      'el agua (?:del rio |de la calle )?(?:ya )?(?:llega|esta llegando) (?:a|hasta) (?:su|la|mi|nuestra|tu) (?:puerta|casa|cuarto)',
      '(?:el rio|el agua)(?: \\w+){0,2} (?:sube|esta subiendo|crece|esta creciendo) (?:rapid\\w*|muy rapido|mucho|cada vez mas)',
      '(?:paso|tunel|sotano|calle|casa|cuarto|estacionamiento)(?: \\w+){0,3} se (?:esta|estan) (?:llenando|inundando)(?: de agua)?',
    ],
    pt: [
      'a agua d[oa] (?:rio|chuva|enchente|rua) (?:ja )?(?:entrou|esta entrando|ta entrando)',
      '(?:a agua|o rio) (?:ta|esta) (?:subindo|enchendo) (?:rapido|muito|demais)',
      '(?:tunel|passagem|porao|rua|casa|garagem)(?: \\w+){0,3} (?:ta|esta) (?:enchendo|alagando)(?: de agua)?',
    ],
    en: [
      "(?:the )?(?:water|river)(?:'s| is) (?:rising|coming up) (?:fast|quickly|so fast|really fast)",
      '(?:underpass|tunnel|basement|subway) (?:is )?(?:filling|flooding)',
      '(?:underpass|tunnel|basement|street|house|car|garage)(?: \\w+){0,3} (?:is )?filling (?:up )?with water',
    ],
    ko: [
      '물이\\s?(?:계속\\s?|빨리\\s?|막\\s?)?차오르',
      '(?:지하차도|지하도|지하\\s?주차장).{0,8}(?:물이\\s?차|잠기|잠겼|침수)',
    ],
    zh: [
      '(?:地下通道|隧道|地下道|地下车库).{0,6}(?:积水|进水|淹)',
      '水(?:位)?(?:一直|不停|越来越快地?)?(?:涨|上涨)(?:得)?(?:很快|好快|太快)',
    ],
    tl: [
      '(?:tumataas|tumaas) (?:na )?(?:ang )?(?:tubig|baha) (?:nang )?(?:mabilis|bilis)',
      'pumapasok na ang tubig',
    ],
    vi: [
      'nuoc (?:dang )?(?:len|dang len|dang dang) (?:nhanh|rat nhanh|qua nhanh)',
      '(?:ham chui|ham) (?:dang )?(?:ngap|bi ngap)',
    ],
    ne: [B('pani (?:badhdai|badhirahe|bhitra pas)\\w*'), 'पानी (?:बढ्दै|बढिरहे|भित्र पस)'],
  }),
  // Someone there as the water or the danger comes: a person in a stuck car, an elder who will not or cannot leave,
  // people caught in water (read only beside flood_in, like `still_people` was).
  c('still_people', {
    ja: ['(?:車|くるま)の?(?:中|なか)に(?:人|ひと|子|こ|おばあさん|おじいさん)'],
    es: [
      '(?:carro|auto|coche|camioneta) (?:atascado|atrapado|varado|parado)(?: \\w+){0,4} (?:adentro|dentro)',
      'no (?:quiere|puede) salir(?! de (?:su cuarto|la cama))',
    ],
    pt: [
      'carro (?:preso|parado|ilhado)(?: \\w+){0,4} dentro',
      'nao (?:quer|consegue) sair(?! do quarto| da cama)',
    ],
    en: [
      '(?:car|van) (?:is )?(?:stuck|trapped)(?: \\w+){0,4} (?:inside|in it)',
      "(?:won'?t|will not|can'?t|cannot) (?:leave|get out)(?! of (?:bed|his room|her room))",
    ],
    ko: ['차\\s?안에\\s?(?:사람|할머니|할아버지|아이|애)', '안\\s?나오(?:려고|겠다)'],
    zh: ['车里(?:还)?有人', '(?:不肯|不愿意?|不想)(?:离开|出来|走)'],
    tl: ['may tao sa loob (?:ng|nung) (?:kotse|sasakyan)', 'ayaw (?:niyang |nyang )?(?:lumabas|umalis)'],
    vi: ['trong xe (?:con )?co nguoi', 'khong chiu (?:ra|di)'],
    ne: [B('pani ?ma phas\\w*'), 'पानीमा फस'],
  }),
  // A small child lost sight of at a place, told without the word missing: 「目をはなした」「こども いない」, "lost my
  // 3yo", 손을 놓쳤어요, ya no lo veo, dekhidaina (missing_person.vulnerable reads it with the child's age or word).
  c('lost_sight', {
    ja: [
      '(?:目|め)を(?:はな|離)し(?:た|て|ちゃ|たら|たすき)',
      '(?:子ども|子供|こども|娘|むすめ|息子|むすこ|\\d+(?:歳|才|さい)の(?:子|こ))(?:が)?(?:い|居)(?:ない|なくなっ)(?!(?:家|世帯|夫婦|人|ので|から|けど|し$|と|なら|場合|時|とき|間|あいだ|うち|ほう|方))',
    ],
    en: [
      "lost (?:my )?(?:[1-9]|1[0-2]) ?(?:yo|y/o|yr old|year old)\\b(?!'s)",
      "(?:can'?t|cannot) see (?:my )?(?:son|daughter|kid|child|toddler) anywhere",
    ],
    es: [
      'ya no (?:lo|la) (?:veo|vemos|encuentro|encontramos)',
      'hace \\d+ minutos que (?:lo|la) (?:busco|buscamos)',
    ],
    pt: ['(?:nao|ja nao) (?:vejo|acho) (?:mais )?(?:o|a) (?:meu|minha) (?:filh|net)\\w*'],
    ko: ['손을\\s?놓쳤', '(?:아이|애|아들|딸)(?:를|을|가|이)?\\s?(?:잃어버렸|안\\s?보여|없어졌)'],
    zh: ['(?:孩子|儿子|女儿)(?:不见了|找不到了|走丢了)', '一转眼(?:孩子)?(?:就)?不见了'],
    tl: ['hindi (?:ko |namin )?(?:na )?(?:makita|mahanap) (?:si|ang|yung) (?:anak|bata)'],
    vi: ['(?:lac|mat) (?:mat )?con', 'khong thay (?:con|be) dau'],
    ne: [B('(?:ahile )?dekhi(?:daina|dainan|enan)'), '(?:अहिले )?देखि(?:ँदैन|दैन|एन)'],
  }),
  // A child's or an elder's age or condition said in the short ways residents type: 3yo, 6さい, 3살, १२ वर्षकी, dementia
  // in Nepali words.
  c('vulnerable_person', {
    ja: ['(?<!\\d)[1-9](?:さい|才)'],
    en: ['(?<!\\d)(?:[1-9]|1[0-2]) ?(?:yo|y/o|yr old|yrs old)\\b'],
    ko: ['(?<!\\d)(?:[1-9]|1[0-2])살'],
    ne: ['[०-९]{1,2} वर्ष(?:को|की)', 'बिर्सने रोग', B('birsane rog')],
  }),
  // Gone with the time counted, at night, or without what one carries: ja faz 40 minutos, 20분째, 寒いのに, 財布も
  // 持ってない, phone off, still not back (missing_person.gone_danger: with someone vulnerable and gone).
  c('gone_danger', {
    ja: [
      '(?:寒|さむ)いのに',
      '(?:財布|さいふ|携帯|けいたい|スマホ|すまほ)も?(?:持|も)って(?:ない|いない|いかず|いって(?:ない|いない))',
      '\\d+分(?:も|以上|いじょう)?(?:たつ|経つ|たって|経って|探して|さがして)',
    ],
    es: ['hace (?:\\d+|media|una) (?:minutos|hora|horas) que (?:lo|la|los) (?:busco|buscamos|buscan)'],
    pt: ['(?:ja )?faz (?:\\d+|meia|uma) (?:minutos|hora|horas)'],
    en: ['(?:for|over|almost|nearly) (?:\\d+|twenty|thirty|forty) (?:minutes|mins)(?: now)?'],
    ko: ['\\d+분(?:째|이나|넘게|이\\s?넘)'],
    zh: ['(?:已经|都)?\\d+分钟了'],
    tl: ['\\d+ (?:minuto|oras) na (?:namin |ko )?(?:hinahanap|hanap)'],
    vi: ['(?:da )?\\d+ phut (?:roi|nay) (?:van )?(?:chua|khong)'],
    ne: [
      'फोन (?:पनि )?(?:बन्द|अफ)',
      B('phone (?:pani )?(?:banda|off)'),
      'अझै (?:फर्क|आउनु|आएको)',
      B('ajhai? (?:pharki|farki|farkinu|aaeko)\\w*'),
    ],
  }),
  c('not_back', {
    ne: ['(?:स्कुल|विद्यालय)बाट (?:आइन|आएन|फर्किन|फर्केन)', B('school bata (?:aaina|aaena|farkina|farkena)')],
  }),
  // An infant's danger sign told by colour, tone or breathing: lips gone purple or blue, limp and not feeding, eyes that
  // do not open, breathing that stops (medical.infant_sign, with `infant`).
  c('infant_sign', {
    ja: [
      '(?:唇|くちびる|口びる|顔色|かおいろ)(?:が|も)?(?:紫|むらさき|青|あお)',
      '(?:目|め)を(?:開け|あけ)(?:ない|ません)',
      '(?:息|いき)が(?:止ま|とま)(?:る|って|った)',
      '(?:からだ|体)(?:が)?(?:ぴくぴく|びくびく|ぴくっと).{0,4}(?:止まらない|とまらない)',
    ],
    es: [
      '(?:labios|boca|carita) (?:morad|azul|moradit)\\w*',
      '(?:morad|azul|moradit)\\w* (?:los labios|la boca|la carita)',
      'no abre los ojos',
      '(?:deja|dejo) de respirar|se le (?:para|corta) la respiracion',
    ],
    pt: [
      'labios? (?:roxo|azul|azuis|arroxead)\\w*',
      '(?:ficou|ta|esta) (?:todo |toda )?(?:roxinh|arroxead)\\w*',
      'respiracao (?:ta|esta) (?:parando|falhando)',
      '(?:ta|esta) (?:molinho|molinha|mole demais)',
      'nao abre os olhos',
    ],
    en: [
      '(?:lips|face) (?:are |is )?(?:turned |turning |going |gone |looks? )?(?:blue|purple|grey|gray)',
      '(?:keeps |kept )?stop(?:s|ped)? breathing for',
      "(?:won'?t|will not|doesn'?t) open (?:his|her|their) eyes",
      '(?:really |so |very )?(?:floppy|limp) and',
    ],
    ko: [
      '(?:입술|얼굴)(?:이|색이)?\\s?(?:파래|파랗|보라)',
      '축\\s?(?:처져|늘어져|쳐져)',
      '눈을?\\s?(?:안|못)\\s?떠',
      '숨을?\\s?(?:안|잘\\s?안|못)\\s?쉬',
    ],
    zh: ['(?:嘴唇|嘴巴|脸)(?:发|变|都)?(?:紫|青)', '软绵绵|不睁眼|睁不开眼'],
    tl: [
      '(?:labi|mukha)(?: niya| nya)? (?:ay )?(?:nangingitim|nangangasul|kulay ube|violet)',
      '(?:nangingitim|nangangasul) (?:ang )?(?:labi|mukha)',
      'lupaypay',
    ],
    vi: ['moi (?:tim|tai)|tim tai', 'khong mo mat', 'mem nhun'],
    ne: ['ओठ (?:निलो|नीलो|कालो)', B('oth (?:nilo|kalo)'), 'आँखा (?:खोल्दैन|खोल्दैनन्)', B('aankha kholdaina')],
  }),
  // An infant named by age in months in the other languages (bebe de 4 meses, nenem de 1 mes, 6개월, 1 buwan).
  c('infant', {
    es: ['de \\d+ (?:mes|meses)|recien nacid\\w*'],
    pt: ['nen[e]m|de \\d+ (?:mes|meses)|recem-?nascid\\w*'],
    ko: ['\\d+개월'],
    tl: ['\\d+ buwan(?:g| na)? (?:gulang|pa lang)'],
    zh: ['\\d+个?月大'],
    ne: ['[०-९\\d]+ महिना(?:को|की)', B('\\d+ mahina ko')],
  }),
  // Someone unresponsive told as not rousable by the caller (no lo puedo despertar, 깨워도 안 일어나요, 叫不醒).
  c('cannot_wake', {
    es: [
      'no (?:lo|la|le) (?:puedo|podemos) despertar',
      '(?:le hablo|le grito)(?: \\w+){0,3} y (?:nada|no responde|no reacciona)',
    ],
    pt: ['nao (?:consigo|conseguimos) (?:acordar|acorda-l)\\w*'],
    en: ["(?:can'?t|cannot|couldn'?t) wake (?:him|her|them) up"],
    ko: ['깨워도\\s?(?:안|못)\\s?(?:일어나|깨)'],
    zh: ['叫不醒|摇不醒'],
    tl: ['hindi (?:ko|namin) (?:siya |sya )?(?:magising|ma-?gising)'],
    vi: ['goi (?:mai )?khong (?:tinh|day)'],
  }),
  // Someone else hit now, heard: a child being hit, the slaps heard, hitting that does not stop, a threat to come and
  // hit again (violence.attack_now).
  c('attack_now', {
    en: [
      '(?:kid|child|boy|girl|baby|toddler|woman|lady)(?: \\w+){0,3} (?:is )?being (?:hit|beaten|slapped|kicked)',
      'hear (?:\\w+ )?(?:slaps|slapping|someone (?:hitting|beating))',
    ],
    es: ['(?:golpeandol|pegandol|pateandol)[oa]s?'],
    zh: ['被.{0,4}(?:一直|一直在|正在|狠狠地?)打', '(?:一直|正在)打(?:小孩|孩子|她|他)'],
    ko: ['(?:맞는|때리는)\\s?소리(?:가)?\\s?(?:나|들려)'],
    ne: ['(?:हान्न|कुट्न|पिट्न) (?:आउँदै|आइरहे)', B('(?:hanna|kutna|pitna) (?:aaudai|aairahe)\\w*')],
  }),
  // A door being broken down (ko: 문 부수려고 해요; the at_the_door rule reads it beside an attacker or fear).
  c('door_banging', {
    ko: ['문(?:을)?\\s?(?:부수|부술|부서|따려고|발로\\s?차)'],
    zh: ['(?:砸|踹)门'],
    tl: ['sinisira (?:ang|yung) pinto'],
  }),
  // Smoke seen in kana (ja-easy), not a cigarette's or a barbecue's.
  c('fire', {
    ja: [
      '(?<!(?:たばこ|ばーべきゅー|やきにく|焼肉|線香|せんこう|さんま)の?)けむり(?:が)?(?:たくさん|いっぱい|すごい|もくもく)',
    ],
  }),
  c('gas_leak', {
    ne: [B('gas ?ko gandha (?:aai?rahe|aaudai|bhari|aayo)'), 'ग्यासको गन्ध (?:आइरहे|आउँदै|भरि|आयो)'],
  }),
  // ── crisis26 look-alikes: hyperbole, the past now stable, a drill, the news ──
  // Degree said to kill (难到我想死, 累到想死) and a laugh after an "I'll die" (ne), a joke declared (开玩笑的).
  c('hyperbole', {
    zh: [
      '(?:难|累|忙|热|冷|烦|丢脸|尴尬|饿|困|无聊|好笑|可爱|帅)到(?:我)?(?:想死|快死|要死)',
      '(?:开玩笑的|开个玩笑|开玩笑啦)',
    ],
    ne: [
      'नखाई .{0,12}मर्छु',
      'मर्छु\\S*(?: \\S+){0,2} (?:हाहा|हिहि|हेहे)',
      B('(?:marchu|mare|marne bhaye)\\w*(?: \\w+){0,2} (?:haha|hehe|lol)\\w*'),
    ],
    tl: ['mamamatay (?:na )?ako sa (?:hiya|kilig|tawa|gutom|inggit|pagod)'],
    ko: ['(?:배고파|피곤해|힘들어|웃겨|더워|추워|졸려)\\s?죽겠'],
  }),
  // The past told as over now: a flood or an attempt last year, now all right (ne), treated and stable (en, tl).
  c('past_safe', {
    ne: [
      '(?:पोहोर|गत वर्ष|अस्ति|पहिले).{0,60}अहिले (?:सबै )?(?:ठीक|ठिक)',
      B('(?:pohor|gata barsa|pahile).{0,60}ahile (?:sabai )?thik'),
    ],
    en: [
      "(?:i'?m|i am) (?:stable|doing ok|doing okay|better) now,? (?:and )?(?:seeing|see) a (?:doctor|therapist|counsellor|counselor)",
    ],
    ko: ['적이\\s?있(?:는데|었는데|지만|었지만).{0,24}지금은.{0,16}(?:괜찮|안정|좋아)'],
    tl: ['ngayon (?:ok|okay|maayos) na (?:ako )?at may (?:doktor|doctor|counselor) na'],
  }),
  // A drill or a role in one (防災訓練, simulacro, ड्रिल, 훈련): a what-if, not an emergency.
  c('hypothetical', {
    ja: ['(?:防災|避難|消防)(?:訓練|くんれん)', '(?:訓練|くんれん)で.{0,12}(?:役|やく)'],
    es: ['(?:para|en) el simulacro'],
    pt: ['(?:para|no) (?:o )?simulado'],
    en: [
      '(?:fire|earthquake|evacuation|disaster) drill',
      // a disaster said with if and a shelter or a plan asked (「which shelter should we go to if the river floods?」)
      '\\bif (?:the |a |our |a big )?(?:river|typhoon|earthquake|flood|tsunami|quake)s?(?: \\w+){0,2} (?:floods?|comes?|hits?|happens?|overflows?)',
    ],
    ko: ['(?:소방|대피|재난)\\s?훈련'],
    zh: ['(?:消防|防灾|疏散|地震)(?:演习|演练)'],
    tl: ['(?:fire|earthquake) drill'],
    vi: ['dien tap (?:phong chay|dong dat|so tan)'],
    ne: ['ड्रिलमा|ड्रिलको', B('drill ma')],
  }),
  // The news or TV watched (vi en la tele que…, saw on the news): a story.
  c('fiction', {
    es: ['vi en (?:la tele|las noticias|el noticiero|youtube)', 'sali[o] en (?:la tele|las noticias)'],
  }),
  // Wandering told as something that keeps happening (already brought home twice, 세 번째예요, 何回目): the dementia
  // or the child's desk, asked at most; 又 and "again tonight, not back" still keep it now (`again`, `still_now`).
  c('habit_or_worry', {
    ja: ['何回目|なんかいめ|(?:これで|もう)(?:\\d|二|三|四|何)(?:回|度)目'],
    zh: [
      '(?:已经|都)?(?:被.{0,6})?(?:送回来|找回来|带回来)(?:过)?(?:两|二|三|几|好几)次',
      '(?:已经|这是)第(?:二|三|四|几)次',
      '会自己(?:跑|走)出去',
    ],
    ko: ['(?:벌써|이번이)\\s?(?:두|세|네|몇)\\s?번째'],
    en: ['(?:third|fourth|second) time (?:this|that) (?:week|month)'],
  }),
  // The one feared come home or in now, drunk or raging, and fear said in the first person beside it (「meu marido
  // chegou bêbado e estou com medo」, closing-15's probe): sign.violence.afraid_now asks. One concept for the pair, so
  // that neither half alone is a sign the danger model hears; not "whenever he drinks" (violence_pattern).
  c('afraid_of_him_now', eitherOrder(ARRIVED_RAGING, SCARED_SAID)),
  // The present said as safe after an attempt told (treated, stable, a doctor now): 「現在有在看醫生 狀況穩定」,
  // 지금은 치료 받으면서 괜찮아요, ngayon ok na at may doktor na (an entry's words are then read as the past).
  c('safe_now', {
    zh: [
      '(?:状况|状态|情况|病情)(?:很|都|比较)?稳定',
      '(?:现在|目前)(?:有在|在|定期)?(?:看医生|看心理医生|接受治疗|吃药治疗)',
    ],
    ko: ['지금은\\s?(?:치료\\s?받(?:으면서|고\\s?있고|고\\s?있어서)\\s?)?(?:괜찮|안정|많이\\s?좋아)'],
    tl: ['ngayon (?:ok|okay|maayos|stable) na(?: (?:ako|siya|sya))?(?: at may (?:doktor|doctor|gamot))?'],
    en: ["(?:i'?m|i am) (?:stable|doing (?:ok|okay|better)) now"],
  }),
  // A disaster or a harm of before, now cleaned up, rescued or over (「台風で床上浸水した 今は片付いた」, 구조됐어요,
  // "ok na ako"): the present said as safe, so its sign is not asked either.
  c('safe_now', {
    ja: ['(?:今|いま)は(?:もう)?(?:片付|かたづ)(?:いた|きました|いてる)'],
    ko: ['구조(?:됐|되었)(?:어요|습니다|고|는데)'],
    tl: ['ok na (?:ako|kami)(?! dito| ngayon lang)'],
  }),
  // ── end crisis26 concepts ──
  // ── crisis25 (issue 9: self-harm, suicide told indirectly; d23's and d24's classes, ko, ne, tl, ja-easy first) ──
  // A blade got new or kept hidden (「カミソリ新しく買った」, 면도날 새로 샀어, bumili ako ng blade, naya blade kineko, bought
  // new blades, 刀片藏在笔袋里): a household's alone; with the urge said now (self_harm.tool_and_urge) an act about to be.
  c('blade_got', {
    ja: [
      '(?:かみそり|剃刀|かったー|刃|替え刃|かえば)(?:を)?(?:新しく|あたらしく|また)?(?:買|か)(?:った|っちゃった|ってきた|いました)',
      '(?:新しい|あたらしい)(?:かみそり|剃刀|かったー|刃)(?:を)?(?:買|か)(?:った|っちゃった|ってきた|いました)',
      '(?:かみそり|剃刀|かったー|替え刃|かえば)(?:の)?(?:新しいの|あたらしいの)(?:を)?(?:買|か)(?:った|っちゃった|ってきた|いました)',
      '(?:かみそり|剃刀|かったー|刃)(?:を)?[^。]{0,8}(?:隠して|かくして|筆箱|ふでばこ|ぽーち)',
    ],
    en: [
      '(?:bought|got|buying|ordered) (?:some |a |a pack of )?(?:new |fresh )?(?:blades?|razor blades?|razors?|box cutters?)',
      "(?:blade|razor)(?:'s| is)? (?:already )?in my (?:hand|pocket|bag)",
      '(?:hid|hide|hiding|keep|keeping) (?:a |the |my )?(?:blade|razor)',
    ],
    ko: [
      '(?:면도날|면도칼|커터칼|칼날)(?:을|를)?(?:새로)?(?:샀|사왔|사놨|구했)',
      '(?:면도날|면도칼|커터칼|칼날)(?:을|를)?.{0,10}(?:숨겨|넣고다녀|필통)',
    ],
    ne: [
      '(?:naya |nayaa )?blade (?:kine|kineko|kinera|lyaye|lyaeko|lukai)',
      '(?:नयाँ )?ब्लेड (?:किनें|किनेको|किनेर|ल्याएँ|लुकाएर)',
    ],
    tl: [
      '(?:bumili|bili|binili) ako ng (?:bagong |isang )?(?:blade|cutter|labaha)',
      '(?:blade|cutter|labaha)[^.?!]{0,20}(?:nakatago|tinago|itinago)',
    ],
    es: ['compr[ea] (?:unas |una |otra )?(?:cuchillas|navajas?|hojas de afeitar|cutter)(?: nuevas?)?'],
    pt: ['comprei (?:umas |uma |outra )?(?:laminas?|gilete|estilete)(?: novas?)?'],
    vi: ['mua (?:them )?(?:dao lam|luoi lam|dao roc giay)'],
    zh: ['买了?(?:新的?)?(?:刀片|剃刀|美工刀)', '(?:刀片|美工刀|剃刀)藏在'],
  }),
  // The urge said for now or tonight (「今夜は我慢できる気がしない」, 오늘 밤은 참을 자신이 없어, di ko na kaya pigilan, rokna
  // sakdina, urges are bad rn, 今晚忍不住): a part; read with a blade got (self_harm.tool_and_urge).
  c('urge_now', {
    ja: [
      '(?:我慢|がまん)(?:でき|出来)(?:る気がしない|るきがしない|そうにない|なさそう|ない)',
      '(?:また|もう一回|もういっかい)(?:切|き)りたい',
      '(?:やりたく|したく|切りたく|きりたく)て(?:たまらない|しかたない|仕方ない)',
    ],
    en: [
      'urges? (?:are|is) (?:really |so |super )?(?:bad|strong)',
      "(?:can'?t|cant|won'?t|wont|not gonna|not going to) (?:hold (?:back|out|off)|make it through tonight|resist|stop myself)",
      'want(?:s|ing)? to (?:do it|cut) again',
    ],
    ko: ['참을자신이없', '(?:또|다시|너무)하고싶', '못참을것같'],
    ne: [
      'rokna sak(?:dina|ina|chhaina|dinna)',
      '(?:feri|pheri) garna man',
      'रोक्न सक्(?:दिन|िन|िरहेको छैन)',
      'फेरि गर्न मन',
    ],
    tl: [
      '(?:di|hindi) ko na (?:kaya(?:ng)?|kayang) (?:pigilan|pigilin)',
      'gusto ko (?:ulit|pa ulit|ulit) (?:gawin|mag)',
      '(?:di|hindi) ko mapigilan',
    ],
    es: [
      'no (?:voy a )?(?:aguantar|resistir)|no (?:puedo|podre) (?:aguantar|parar)|quiero (?:volver a hacerlo|hacerlo otra vez)',
    ],
    pt: ['nao (?:vou )?aguentar|quero fazer de novo'],
    vi: ['khong (?:nhin|chiu) duoc|muon (?:lam|rach|cat) (?:lai|nua)'],
    zh: ['忍不住|想再(?:划|割)'],
  }),
  // Injuring oneself by heat or the nails, told with "on purpose", "until it bleeds" or "cannot stop" (일부러 뜨거운 물에,
  // 손톱으로 피 날 때까지, kinakalmot ko hanggang dumugo, haat jalaye, compass on the arm, 用指甲抓到流血): the act.
  // Not an accident's burn, an itch scratched (アトピー, a mosquito bite), a cat's claws.
  c('self_harm_act', {
    ja: [
      '(?:うで|腕|手首|てくび|ふともも|太もも)(?:を)?(?:かきむし|ひっかい|引っかい|引っ掻い)[^。]{0,16}(?:やめられ|止められ|とめられ|止まらな|とまらな)',
      '(?:わざと)[^。]{0,8}(?:やけど|火傷)(?:させ|し)',
    ],
    en: [
      '(?:scratch(?:ed|ing)?|claw(?:ed|ing)?) (?:at )?my (?:own )?(?:arms?|wrists?|skin|legs?|thighs?) (?:till|until|til|untill) (?:it |they )?(?:bled|bleeds?|bleeding)',
    ],
    ko: [
      '일부러.{0,10}(?:뜨거운|끓는)물에(?:손|팔|발)',
      '(?:팔|손목|허벅지|다리)(?:을|를)?(?:손톱으로)?피(?:날|나)(?:때까지|도록)(?:긁|뜯)',
      '(?:팔|손목|허벅지)에(?:또|다시)(?:했|그었)',
      '(?:팔|손목|허벅지)에한(?:거|것).{0,20}(?:들킬|숨기|가리)',
    ],
    ne: [
      '(?:haat|hat|naadi|nadi) (?:ma )?(?:jalaye|jalaen|jalauchu|jalaudai|polchhu|polen|kotyae|kotyaen)',
      '(?:हात|नाडी|खुट्टा)(?:मा)? ?(?:जलाएँ|पोलें|कोर्दै|कोरें|कोट्याएँ|कोट्याउँदै)',
      '(?:feri|pheri) gare[^.?!]{0,12}(?:haat|hat|naadi)',
    ],
    tl: [
      '(?:kinakalmot|kinalmot|kinakamot) ko (?:ang |yung )?(?:sarili ko|braso ko|balat ko|pulso ko|hita ko)[^.?!]{0,20}(?:dugo|magdugo|dumugo)',
      '(?:pinaso|pinapaso|sinunog|sinusunog) ko (?:ang |yung )?(?:sarili ko|braso ko|kamay ko)',
      'ginawa ko (?:po )?(?:ulit|na naman|nanaman) sa (?:braso|hita|pulso|kamay) ko',
    ],
    es: [
      '(?:me rasco|me rasque|me arano|me arane) (?:los brazos|el brazo|la piel|las piernas) hasta (?:sangrar|que sangr)',
      '(?:se|me) (?:las|los|la|lo) (?:hace|hago|hizo|hice) con (?:el|un) (?:encendedor|mechero|cigarro)',
    ],
    pt: ['(?:me queimo|me queimei) (?:de proposito|com (?:o |um )?(?:isqueiro|cigarro))'],
    vi: ['(?:cao|cau) (?:tay|canh tay|da) (?:den|cho den) (?:khi )?(?:chay mau|ra mau)'],
    zh: ['(?:手臂|胳膊|手腕)(?:抓|挠)(?:到|得)(?:流血|出血)'],
  }),
  // Things given away (「服もかばんもぜんぶあげた」, 물건 다 나눠줬어, sabai bahini lai diye, gửi lại cho bạn) and not needed after a
  // day named (「日曜のあとはもういらない」, 금요일 지나면 필요 없어, sukrabar pachi chahindaina, after tonight): the signs
  // sign.suicide.no_longer_need and suicide.given_before_day read. Alone: a bazaar, a move (moving vetoes).
  c('gave_away', {
    ja: [
      '(?:ぜんぶ|全部|みんな)(?:を)?(?:あげ|譲っ|ゆずっ)(?:ました|た|ちゃった)',
      '(?:ふく|服|かばん|鞄|ぐっず|もの|物)(?:と|も)?[^。]{0,12}(?:ぜんぶ|全部)[^。]{0,8}(?:あげ|譲っ|ゆずっ)',
    ],
    ko: ['(?:다|전부|모두)나눠(?:주고|줬|주었)', '(?:물건|옷|기타|책)[^.]{0,12}(?:나눠|줘버렸|다줬)'],
    ne: [
      '(?:mero|मेरो) [^.?!]{0,30}(?:sabai|sab|सबै) [^.?!]{0,20}(?:diye|dide|pathaidiye|pathaide|दिएँ|दिइदिएँ|पठाइदिएँ)',
    ],
    vi: [
      '(?:gui|tra) lai [^.?!]{0,24} cho (?:ban|nguoi ta|moi nguoi)',
      '(?:cho|tang) (?:het|ban) (?:do|quan ao|sach)',
    ],
    tl: ['(?:pinamigay|ipinamigay|binigay|ibinigay) ko na (?:lahat )?(?:ang |yung )?(?:gamit|damit)'],
    es: ['(?:regale|di) (?:todas? )?mis (?:cosas|ropa|libros)'],
    pt: ['(?:dei|doei) (?:todas? )?(?:as )?minhas (?:coisas|roupas)'],
  }),
  c('no_longer_need', {
    ja: [
      '(?:日曜|にちよう|月曜|げつよう|火曜|かよう|水曜|すいよう|木曜|もくよう|金曜|きんよう|土曜|どよう|明日|あした|週末|しゅうまつ|今夜|こんや)(?:日|び)?(?:の|が)?(?:あと|後|以降|から先|からさき|過ぎたら|すぎたら)(?:は)?(?:もう)?(?:いらない|要らない|必要ない|ひつようない)',
    ],
    ko: [
      '(?:금요일|토요일|일요일|월요일|화요일|수요일|목요일|주말|내일|오늘밤)(?:만)?(?:지나면|이후엔?|부터는?|뒤엔?)(?:다|이제)?필요(?:가)?없',
    ],
    ne: [
      '(?:sukrabar|shukrabar|sanibar|shanibar|aitabar|bholi|aaja rati) (?:pachhi|pachi|pachhadi)[^.?!]{0,24}(?:chahindaina|chaidaina|chahidaina|hunna)',
      '(?:शुक्रबार|शनिबार|आइतबार|भोलि) पछि[^।?!]{0,24}(?:चाहिँदैन|चाहिदैन|हुन्न)',
      'aba malai chahindaina',
    ],
    vi: [
      '(?:sau|qua) (?:chu nhat|thu bay|thu sau|cuoi tuan|ngay mai|toi nay)[^.?!]{0,24}khong (?:can|con can)',
    ],
    tl: [
      '(?:pagkatapos ng|after ng|after) (?:linggo|sabado|biyernes|bukas|weekend|ngayong gabi)[^.?!]{0,24}(?:hindi|di) ko na (?:kailangan|magagamit)',
    ],
    es: [
      '(?:despues del?|tras el) (?:domingo|sabado|viernes|fin de semana|hoy)[^.?!]{0,24}(?:ya )?no (?:lo |los |las |la )?(?:voy a )?necesit',
    ],
    pt: ['depois (?:de|do) (?:domingo|sabado|sexta|fim de semana|hoje)[^.?!]{0,24}nao (?:vou )?precis'],
    en: [
      "(?:won'?t|wont|will not|not gonna|not going to) (?:be )?need(?:ing)? (?:anything|it|them|any of it|a thing) (?:after|past) (?:tonight|tomorrow|friday|saturday|sunday|the weekend)",
    ],
    zh: [
      '(?:周日|星期天|周末|明天|星期六|周六|周五|今晚)(?:以后|之后|过后)(?:就)?(?:不需要|用不到|用不上)了',
    ],
  }),
  // ── end crisis25 concepts ──
  // Not coming any more from tomorrow, said to someone one sees often (「明日からもう来られない」, 내일부터는 못 갈 것 같아요,
  // simula bukas hindi na ako makakapunta, desde mañana ya no voy a poder ir): with thanks for everything, a goodbye
  // (sign.suicide.thanks_no_more, asked); alone a part-timer quitting or a move.
  c('no_more_visits', {
    ja: [
      '(?:明日|あした|来週|らいしゅう)から(?:は)?(?:もう)?(?:店|みせ|ここ|そっち|教室|きょうしつ)?(?:に|へ)?(?:行け|いけ|来られ|こられ|来れ|これ)(?:ない|ません)',
    ],
    ko: ['(?:내일|다음주)부터(?:는)?(?:이제)?못(?:갈|올|가|와)'],
    tl: [
      '(?:simula|mula) bukas (?:ay )?(?:hindi|di) na (?:po )?(?:ako )?(?:makakapunta|makakapasok|pupunta)',
    ],
    es: [
      '(?:desde|a partir de) manana ya no (?:voy a (?:poder )?ir|podre ir|vengo|voy)',
      'ya no voy a ir mas',
    ],
    pt: ['(?:a partir de|desde) amanha (?:ja )?nao (?:vou (?:poder )?ir|posso ir|venho)'],
    en: [
      "(?:won'?t|wont|will not|can'?t|cant) (?:be )?(?:coming|come) (?:by |in )?(?:any ?more|again) (?:after|from) (?:today|tomorrow|tonight)",
    ],
    vi: ['tu (?:ngay )?mai (?:em|toi|chau) (?:khong|se khong) (?:den|toi|qua) (?:duoc )?nua'],
    ne: ['bholi dekhi (?:ma )?(?:aauna|auna|jana) (?:sakdina|sakina|paudina)'],
    zh: ['(?:从)?明天(?:开始|起)(?:就)?(?:不能|没法|去不了|来不了)'],
  }),
  c('thanks_all', {
    tl: ['salamat (?:po )?sa lahat(?! ng (?:tulong|sagot|info))'],
  }),
  // A move said in Korean (이사 가서, 이사해서, 이사 가요): explains things given away and not needed (given.moving), as in the
  // other languages; ko had no form.
  c('moving', {
    ko: ['이사(?:를)?(?:가서|가요|가니까|가게|갑니다|해서|하니까|하게|할거|할 거)'],
  }),
  // A letter written to the family (「夫と子どもへ手紙書きました」, चिठी लेखेर राखें, wrote letters to my kids): preparation; with
  // a high place or the window said (suicide.letter_and_place) an act about to be.
  c('preparation', {
    ja: [
      '(?:手紙|てがみ)(?:を)?(?:書|か)(?:きました|いた|いて)[^。]{0,12}(?:おっと|夫|こども|子ども|子供|家族|かぞく|むすめ|娘|むすこ|息子|はは|母|ちち|父)',
      '(?:おっと|夫|こども|子ども|子供|家族|かぞく|むすめ|娘|むすこ|息子)(?:と|や)?[^。]{0,10}(?:へ|に|あて)の?(?:手紙|てがみ)(?:を)?(?:書|か)(?:きました|いた|いて)',
    ],
    ne: ['(?:चिठी|chithi|chitthi) (?:लेखेर|लेखें|लेखिसकें|lekhera|lekhe|lekhisake)'],
    en: [
      'wrote (?:the |my )?(?:goodbye |last )?letters? (?:to|for) (?:my )?(?:kids|children|son|daughter|wife|husband|family|mom|mum|mother)',
    ],
    tl: [
      '(?:nasulat|sinulat|nagsulat) (?:ko )?na (?:ako )?(?:ng )?(?:yung |ang )?sulat (?:para )?(?:sa|kay) (?:anak|asawa|nanay|mama|pamilya)',
    ],
    ko: ['(?:가족|아이들|아이|남편|엄마|딸|아들)(?:에게|한테)편지(?:를)?(?:썼|써놨|써뒀)'],
  }),
  c('going_up', {
    ja: ['(?:まんしょん|びる|建物|たてもの)の(?:うえ|上|屋上|おくじょう)に(?:行きます|いきます|行く|いく)'],
    ne: ['(?:झ्याल|छत|बार्दली)(?:को)? ?(?:छेउमा|छेउ|माथि) (?:छु|बसेकी छु|बसेको छु)'],
  }),
  // The stockpiled pills to be taken all at once today (모아둔 약 오늘 다 먹으려고, ためてた薬を今夜ぜんぶ飲む, take all the pills
  // i saved tonight); a car driven into the river; ㅈㅅ, the Korean abbreviation of suicide, with a way or a wish: the act said.
  c('want_to_die', {
    ko: [
      '모아(?:둔|놓은|놨던|뒀던)(?:약|거|수면제)[^.]{0,8}(?:오늘|오늘밤|지금|이따)(?:다|전부)먹',
      '(?:ㅈㅅ|\u110c\u1109)(?:하고싶|할래|하려|할거|방법)',
    ],
    ja: [
      '(?:ためてた|貯めてた|ためた|貯めた|集めた|あつめた)(?:薬|くすり)(?:を)?(?:今日|今夜|きょう|こんや)(?:ぜんぶ|全部)(?:飲|の)(?:む|みます)',
    ],
    en: [
      "(?:gonna|going to|will) take all (?:the|my) (?:pills|meds) (?:i'?ve )?(?:saved|stockpiled|been saving|collected) (?:tonight|today)",
      "(?:gonna|going to|will|i'?ll) drive (?:my |the )?car (?:into|off) (?:the |a )?(?:river|sea|ocean|cliff|bridge|lake)",
    ],
    tl: [
      'iinumin ko (?:na )?lahat (?:ng|yung) (?:naipon kong )?(?:gamot|tableta|pills) (?:mamaya|ngayon|ngayong gabi)',
    ],
  }),
  // At the river or a bridge now, with the water said dark or cold, or the wish to walk in (在多摩川河堤 我想走进去, かわの はし に
  // きました みず くらい, nasa tulay ako gusto kong tumalon): suicide.water. A barbecue at the riverbank names no wish.
  c('water_edge', {
    ja: [
      '(?:かわ|川|河原|かわら|河川敷|かせんじき|はし|橋)(?:の)?(?:はし|橋|うえ|上|そば|ところ)?に(?:きました|来ました|来た|きた|います|いる)(?!よ|けど|から|ので)',
    ],
    zh: ['(?:在|到了)[^。，,]{0,6}(?:河堤|河边|桥上|江边|海边)'],
    ko: ['(?:다리|강가|한강|강변)(?:위)?에(?:왔어|와있어|있어요|있어)'],
    tl: ['nasa (?:tulay|ilog|dagat) (?:ako|na ako)'],
    en: ["(?:i'?m|im|i am) (?:at|on) the (?:bridge|river|riverbank) (?:now|rn)"],
    es: ['estoy en el puente(?: ahora)?'],
    ne: [
      '(?:खोला|पुल)(?:को)? ?(?:छेउमा|माथि) (?:छु|आएँ)',
      '(?:khola|pul) (?:ko )?(?:chheu|mathi) (?:ma )?(?:chu|chhu|aaye)',
    ],
  }),
  c('into_water', {
    ja: [
      '(?:みず|水)(?:が)?(?:くらい|暗い)(?!から|ので|けど)',
      '(?:川|かわ|水|みず)に(?:入り|はいり|飛び込み|とびこみ)たい',
    ],
    zh: ['(?:想|要)(?:走进去|跳下去|走进水里|跳进)', '水(?:好|很)黑'],
    ko: ['(?:들어가고|뛰어들고|뛰어내리고)싶', '물이(?:너무)?어둡'],
    tl: ['gusto (?:ko )?(?:nang )?(?:tumalon|lumusong)'],
    en: [
      '(?:want|wanna) to (?:walk|jump) in(?:to)?(?: the water| it)?',
      'the water (?:looks|is) (?:so )?dark',
    ],
    es: ['quiero (?:tirarme|saltar|meterme)', 'el agua (?:esta|se ve) (?:muy )?oscura'],
    ne: ['(?:हाम फाल्न|पस्न) मन', '(?:haam falna|pasna) man'],
  }),
  // Self-harm in kana-only, Taglish and with the wound hidden (d23's misses by class): cutting oneself now in kana
  // (「じぶん を きってる」), the head struck against a wall many times (「かべに なんども ぶつけた」), nag-uuntog ng ulo sa pader,
  // nagcucutting / naglalaslas (not of paper or cloth), arms cut open, a wound of one's cutting that nobody knows of.
  c('self_harm_act', {
    ja: [
      '(?:じぶん|自分)(?:を|の(?:うで|てくび|あし|ふともも)を)(?:きって|きり|きっちゃ)(?:る|いる|た|ます)',
      '(?:かべ|壁)に(?:あたま|頭)(?:を)?(?:なんども|何度も|たくさん|なんかいも|何回も)(?:ぶつけ|うちつけ|打ち付け)',
      '(?:あたま|頭)(?:を)?(?:かべ|壁)に(?:なんども|何度も|たくさん|なんかいも|何回も)(?:ぶつけ|うちつけ|打ち付け)',
    ],
    en: ['(?:scratched|sliced|cut|tore|ripped) (?:my |both )?(?:arms?|wrists?|legs?|thighs?|skin) open'],
    tl: [
      'nag ?(?:uuntog|untog|uumpog|umpog) (?:ako )?(?:ng )?ulo (?:ko )?sa (?:pader|dingding|pinto)',
      '(?:nagcucutting|nagcu-cutting|nagkakatting|naglalaslas|naglaslas)(?! ng (?:papel|tela|buhok|gulay))',
    ],
    ne: [
      '(?:काटेको|kaateko|kateko|katyeko) (?:घाउ|ghau)[^।?!]{0,40}(?:कसैलाई थाहा छैन|kasailai thaha chaina|lukai)',
    ],
  }),
  // The language gaps (report's table): a date chosen in Nepali, days counted in ko/tl/ne/es/pt/vi/zh, a child or a pet
  // entrusted in ko/ne/vi. Each is context only (date_set, countdown) or asked together (entrust), as in the other languages.
  c('date_set', {
    ne: [
      '(?:din|मिति|दिन) (?:pani )?(?:tay|तय|taya) (?:gare|garisake|गरें|गरेकी छु|गरेको छु|गरिसकें)',
      'tay gareki chu|tay gareko chu',
    ],
  }),
  c('countdown', {
    ko: ['(?:이제|앞으로)?(?:[1-9]|하루|이틀|사흘|나흘)일?(?:밖에)?안남았'],
    tl: ['(?:[1-9]|isa|dalawa|tatlo) (?:na )?araw na lang(?: (?:natitira|ako))?(?:\\.|$|,)'],
    ne: ['(?:aba )?(?:[1-9]|ek|dui|tin) din (?:matra )?(?:baki|bachyo)'],
    es: ['(?:solo )?(?:me )?quedan (?:[1-9]|dos|tres|cuatro) dias(?:\\.|$|,)'],
    pt: ['(?:so )?faltam (?:[1-9]|dois|tres|quatro) dias(?:\\.|$|,)'],
    vi: ['chi con (?:[1-9]|hai|ba) ngay(?: nua)?(?:\\.|$|,)'],
    zh: ['(?:只)?剩(?:下)?(?:[1-9]|两|三|四)天了'],
  }),
  c('entrust', {
    ko: ['(?:우리)?(?:고양이|강아지|아이|애들|동생)(?:을|를|좀)?(?:부탁해|부탁드려|잘돌봐|맡길게)'],
    ne: [
      '(?:mero )?(?:biralo|kukur|chhora|chhori|bachha) ko (?:heraichaha|rekhdekh) (?:garnu|gardinu)',
      '(?:biralo|kukur) (?:lai )?(?:sathi lai )?(?:dine|sumpe|sumpiye)',
    ],
    vi: ['(?:nho|nhờ) (?:chi|anh|ban) (?:cham soc|trong) (?:con meo|con cho|em be|con)'],
  }),
  c('low_mood', {
    ne: ['(?:dherai )?(?:thakeko|thakisakeko) (?:chu|chhu)', '(?:धेरै )?(?:थाकें|थाकिसकें)'],
  }),
  // A drill in Spanish of a flood or a quake (simulacro), as of a fire: fire_safe (the model retrained with d23 and d24
  // answered a school's flood drill as a disaster); for crisis26 to review with the other drills.
  c('fire_safe', {
    es: ['simulacros? de (?:inundacion|sismo|terremoto|evacuacion|incendio)'],
  }),
  // ── end crisis25 concepts (2) ──
]
