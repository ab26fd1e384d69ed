// A message that only adds when, where or who (「今です。家の台所で」「just now, at home」「刚才，在家里」「방금이요. 집
// 부엌에서」). Right after the crisis lines this is the emergency told more, not a new worry: the classifier reads
// such words as whatever they resemble (「家」 housing), so the flow answers them with the same lines again
// (src/flow/handlers.ts). Text is normalized (NFKC, lower case). The test covers the whole message: what is
// left after taking out the words of time, place, person and the few words that join them must be nothing.

// Words of time, place and person in the eleven languages (longer phrasings first, so that 「台所」 is
// taken whole), and apart from them the particles, copulas and yes that hold them together.
const CJK_TOLD = [
  // ja (and やさしい日本語's kana): time, place, person
  'たった今|ついさっき|今さっき|さっき|先ほど|さきほど|今朝|けさ|昨夜|ゆうべ|夜中|今日|きょう|数分前|\\d+分前|ちょっと前|今|いま',
  '台所|だいどころ|キッチン|お風呂場|お風呂|おふろ|風呂場|風呂|浴室|トイレ|寝室|居間|リビング|玄関|廊下|階段|ベランダ|庭|部屋|自宅|家の中|(?:いえ|うち)\\s*の\\s*なか|家|いえ|うち',
  'お母さん|おかあさん|お父さん|おとうさん|おばあちゃん|おじいちゃん|祖母|祖父|母親|父親|母|父|夫|妻|主人|息子|娘|子ども|こども|本人|私|わたし',
  // who, said of the person in danger with a rough age (「五十代の女の方です」「80さいの おとこの ひと」): the same emergency's person
  '(?:その|この)?(?:女の方|男の方|女性|男性|女の人|男の人|おんなの\\s?ひと|おとこの\\s?ひと|おばあさん|おじいさん|方)',
  '(?:\\d{1,3}|[一二三四五六七八九十百]{1,3})\\s*(?:代|歳|才|さい)(?:くらい|ぐらい)?',
  // ko
  '지금|방금|아까|좀 전에|조금 전에|집|부엌|주방|화장실|욕실|거실|방|어머니|엄마|아버지|아빠|할머니|할아버지|남편|아내|아들|딸|제가|저|본인',
  // zh-Hans, zh-Hant
  '就是现在|就是現在|现在|現在|刚才|剛才|刚刚|剛剛|家里|家裡|家中|家|厨房|廚房|浴室|卫生间|衛生間|厕所|廁所|客厅|客廳|房间|房間',
  '妈妈|媽媽|妈|媽|爸爸|爸|老公|丈夫|奶奶|爷爷|爺爺|我',
  // ne (Devanagari)
  'अहिले|भर्खरै|भर्खर|घर|भान्सा|बाथरुम|कोठा|आमा|बुबा|श्रीमान्',
]
const CJK_JOIN = [
  'でした|です|でございます|だよ|だ|ます|はい|ええ|から|まで|の中|で|に|の|は|が|も|ね|よ|さん',
  '이에요|예요|입니다|에서|이요|요|네|예',
  '是的|是|的|在|里|裡|就|了|呢|对|對',
  'नै|मेरो|हो|मा|छ',
]
// Latin-script words, matched whole: en, es, pt, tl, vi and romanized Nepali.
const LATIN_TOLD = [
  'right now|just now|a minute ago|a few minutes ago|\\d+ minutes ago|minutes ago|earlier|today|tonight|this morning|now',
  'kitchen|bathroom|bedroom|living room|house|apartment|home|hall',
  'mom|mum|mother|dad|father|husband|wife|son|daughter|grandma|grandmother|grandpa|me|she|he',
  'ahora mismo|ahorita|ahora|hace un momento|hace poco|hace \\d+ minutos|cocina|baño|casa|mamá|madre|papá|padre|esposo|esposa|hijo|hija|abuela|abuelo',
  'agora mesmo|agorinha|agora|há pouco|faz pouco|cozinha|banheiro|sala|quarto|mãe|mae|pai|marido|filho|filha|avó|avô',
  'ngayon|kanina|kani-kanina|bahay|kusina|banyo|kwarto|nanay|tatay|asawa|lola|lolo|ako',
  'ngay bây giờ|bây giờ|đang ở|vừa nãy|vừa rồi|lúc nãy|mới đây|nhà bếp|phòng tắm|nhà tắm|bếp|nhà|mẹ|bố|ba|chồng|vợ|tôi',
  'ahile|bharkharai|bharkhar|gharma|ghar|bhansama|bhansa|aama|ama|buba',
  // the person beside them (「yo estoy con ella」「kasama ko siya」「I'm with her」)
  'ella|él|ellos|ela|ele|siya|sila|her|him',
]
const LATIN_JOIN = [
  "my|it|it's|she's|he's|is|was|we|are|in|at|the|here|yes|just",
  'mi|es|está|fue|en|la|el|aquí|sí|su|con|yo|estoy|estamos|minha|meu|é|foi|em|na|no|aqui|sim|com|estou',
  "i'm|im|with|kasama|nasa",
  'ko|ang|sa|po|opo|oo|dito|na|lang|là|ạ|đang|ở|trong|tại|dạ|vâng|rồi|mero|nai|ma|ho|chha|cha',
]

const latin = (words: string[]) => `(?<![\\p{L}\\p{N}])(?:${words.join('|')})(?![\\p{L}\\p{N}])`
const TOLD = new RegExp(`(?:${CJK_TOLD.join('|')})|${latin(LATIN_TOLD)}`, 'gu')
const JOIN = new RegExp(`(?:${CJK_JOIN.join('|')})|${latin(LATIN_JOIN)}`, 'gu')
// The ward it happens in, beside the home or the time (「いえ です。たかつく。」「Está en su casa, en Kawasaki-ku」 after 119):
// where, as much as 「家」 is. A ward alone answers the ward question asked after the lines (「中原区です」), not this.
const WARD =
  /川崎区|幸区|中原区|高津区|宮前区|多摩区|麻生区|(?<![\u3041-\u309f])(?:かわさき|さいわい|なかはら|たかつ|こうつ|みやまえ|たま|あさお|あそう)\s?く(?![\u3041-\u309f])|(?<![\p{L}])(?:kawasaki|saiwai|nakahara|takatsu|miyamae|tama|asao)(?:-ku| ku| ward)(?![\p{L}])/gu
// Where it happens out of the home (「今、駅前のタクシー乗り場」「いま みぞのくち えき」「橋の近く。今。」「Đang ở gần ga X」「Malapit sa X
// station」): a station, a stop, a bridge or a road, by its name or not, and 'near' or 'in front of' it. Like the ward, it tells
// where only beside a time, the home or a person (「駅の近くです」 alone answers the ward question asked after the lines).
const OUT_JA =
  '(?:(?:[\\p{Script=Han}\\p{Script=Katakana}ー・]|の(?=[\\p{Script=Han}\\p{Script=Katakana}])){1,8}|[\\u3041-\\u309f]{2,8}\\s?(?:の\\s?)?(?=えき))?\\s?(?:駅前|駅|えき|橋|はし|川|河川敷|公園|交差点|タクシー乗り場|乗り場|のりば|ロータリー|改札|バス停|駐車場|コンビニ)'
const OUT_NEAR =
  '車内|車の中|くるま\\s?の\\s?なか|タクシー|路上|道路|前|まえ|近く|ちかく|そば|横|あたり|付近|外|そと'
const OUT_LATIN =
  '(?:[a-z][a-z-]+\\s+)?(?:station|eki)|(?:ga|estación|estacion|estação|estacao|station)(?:\\s+de)?\\s+[a-z][a-z-]+|near|in front of|outside|next to|by the|street|road|bridge|river|taxi rank|taxi|car|malapit|harap ng|tabi ng|cerca de|frente a|perto d[aeo]|na frente d[aeo]|gần|trước|cạnh|cầu|sông|đường|ngoài'
const OUT = new RegExp(
  `(?:${OUT_JA}|${OUT_NEAR})|(?<![\\p{L}\\p{N}])(?:${OUT_LATIN})(?![\\p{L}\\p{N}])`,
  'gu',
)
// What may be left between the words: spaces and punctuation.
const NOTHING_LEFT = /^[\s\p{P}\p{S}]*$/u

/**
 * The message only says when, where or who: 「今です。家の台所で」「right now, at home」「en la cocina, ahora」
 * 「지금요. 집이에요」. Never a message that tells anything else (「家賃が払えない」 keeps 「賃」「払えない」), nor
 * one of particles and yes alone (「はい」).
 */
export const addsOnlyWhenWhere = (text: string): boolean => {
  if (text.length === 0 || text.length > 60) return false
  const placed = text.replace(WARD, ' ').replace(OUT, ' ')
  const rest = placed.replace(TOLD, ' ')
  return rest !== placed && NOTHING_LEFT.test(rest.replace(JOIN, ' '))
}
