// Readings the classifier gives weakly or wrongly, read from the words (a city errand, a refusal to say
// where one lives, violence said not to happen). Text is normalized (NFKC, lower case); one phrasing family a line.

/** One pattern from phrasings listed a family a line. */
const anyOf = (phrasings: string[]) => new RegExp(phrasings.join('|'), 'u')

/**
 * A city errand named: garbage, a tax notice, registering an address, a residence card, a passport,
 * parking, the child allowance. These are the `other` label's own words (intents/other.yaml), which the
 * classifier reads surely in Japanese (「住民税の通知が来た」 other 0.997) but weakly elsewhere
 * (「주민세 고지서가 왔는데」 other 0.44, 「đăng ký địa chỉ mới」 housing 0.71, 「sort the garbage」 other
 * 0.56). Not a welfare worry by itself: the flow sends it to the city's call centre unless a welfare
 * concern is read clearly too (「住民税が払えない」 reads livelihood).
 */
const FEE_LETTER_JA =
  '(?:保険料|国民健康保険|国保|後期高齢者医療|税)[^。？?]{0,6}?(?:の)?\\s*(?:お?手紙|通知|はがき|ハガキ|封筒|お知らせ)'
const ERRAND = anyOf([
  // ja
  '粗大ごみ|ごみの(?:出し|分別|収集|日)|ゴミの(?:出し|分別|収集|日)|ごみ\\s*の\\s*(?:だし|ひ)|住民票|じゅうみんひょう|戸籍|印鑑証明|マイナンバー|パスポート',
  '転入届|転出届|転居届|住民税|固定資産税|軽自動車税|納付書|児童手当|駐輪場|放置自転車|在留カード|ざいりゅう\\s*カード',
  // a big thing to throw away (「主人の使ってたベッドを捨てたい」「タンスを処分したい」): bulky waste, said without its name
  '(?:ベッド|べっど|タンス|たんす|箪笥|ソファ|ソファー|冷蔵庫|洗濯機|家具|布団|ふとん|座卓|机|本棚)[^。？?]{0,8}?(?:を|も|は)?\\s*(?:捨て|すて|処分し|出し)(?:たい|たく|ます|る|方|かた)',
  // a letter about a premium or a tax (「介護保険料のお手紙が来たんだけど字が小さくて」): what it says, whether to pay
  FEE_LETTER_JA,
  // Japanese words written in Latin letters by residents of every language
  '\\b(?:gomi|sodai ?gomi|ju(?:u)?minhyou?|zairyu(?:u)? ?(?:card|kaado|kado)|mainanbaa)\\b',
  // en
  '\\b(?:garbage|trash|rubbish|recycling|bulky waste|residen(?:ce|t|tial) tax|tax (?:notice|bill|form|letter|return)',
  'residence card|resident card|residence certificate|resident registration|register (?:my |our |a )?(?:new )?address',
  'change (?:of |my |our )?address|address change|my ?number card|passport|bicycle parking|parking permit|child allowance)\\b',
  // es pt
  '\\b(?:basura|reciclaje|impuestos?|cambio de (?:domicilio|direcci[oó]n)|tarjeta de residencia|pasaporte',
  'lixo|reciclagem|impostos?|(?:mudan[cç]a|troca|altera[cç][aã]o) de endere[cç]o|cart[aã]o de resid[eê]ncia|passaporte',
  'aux[ií]lio para crian[cç]as|abono de fam[ií]lia)\\b',
  // tl
  '\\b(?:basura|buwis|magpalit ng address|palitan ang address|pasaporte)\\b',
  // vi
  'rác|thuế|đăng ký (?:địa chỉ|chuyển|cư trú)|đổi địa chỉ|thẻ (?:ngoại kiều|cư trú|lưu trú)|hộ chiếu|trợ cấp nhi đồng',
  // ko
  '쓰레기|분리수거|세금|주민세|고지서|전입\\s*신고|주소\\s*변경|재류\\s*카드|여권|아동\\s*수당',
  // zh
  '垃圾|住民税|住民稅|纳税|納稅|税单|稅單|地址(?:变更|變更)|迁入|遷入|在留卡|护照|護照|儿童补贴|兒童津貼|儿童津贴',
  // ne (a letter of the national health insurance, of a tax: 「राष्ट्रिय स्वास्थ्य बीमाको चिठी आयो」)
  'फोहोर|\\bphohor\\b|ठेगाना परिवर्तन|\\bthegana (?:pariwartan|badal)|राहदानी|(?:बीमा|कर)[^।?]{0,8}चिठी',
])

/**
 * An errand's word that is no errand: garbage piling up at someone's home (「집 앞에 쓰레기가 쌓여 있어요」 about a thin
 * neighbour living alone, 「ゴミがたまって」「trash piling up」), a sign that the person cannot cope, not a question about
 * garbage days; and a document to bring to the office just shown (「do I need to bring my residence card?」「在留カード
 * は持っていきますか」), a question about the visit. Both had sent the conversation to the city's call centre.
 */
const NOT_ERRAND = anyOf([
  // garbage piling up: ja en es pt tl vi ko zh ne
  '(?:ごみ|ゴミ)(?:が|も|で)?\\s*(?:たま|溜ま|いっぱい|山|散らか|あふれ|溢れ)|(?:ごみ|ゴミ)屋敷',
  '\\b(?:garbage|trash|rubbish)\\b[^.?!]{0,20}\\b(?:pil(?:e|ed|ing)|everywhere|build(?:s|ing)? up|accumulat)|\\b(?:piles?|full) of (?:garbage|trash|rubbish)\\b',
  '\\b(?:basura|lixo)\\b[^.?!]{0,20}(?:acumula|amontoa|se junta|juntando|por todas partes|por todo lado)|(?:mont[oó]n|pilha|monte)s? de (?:basura|lixo)',
  '\\b(?:tambak|nakatambak|natambak|patong-patong)\\b[^.?!]{0,15}\\bbasura\\b|\\bbasura\\b[^.?!]{0,15}\\b(?:tambak|nakatambak|natambak)\\b',
  'rác[^.?!]{0,15}(?:chất đống|đầy|ngập|bừa bộn)|đống rác',
  '쓰레기[가이를은는]?\\s*(?:[가-힣]+\\s+)?(?:쌓|가득|넘쳐|산더미)',
  '垃圾[^。？！]{0,6}(?:堆|满|滿|成山)',
  'फोहोर[^।?]{0,15}(?:थुप्रि|थुप्रो|भरि)',
  // a document to bring to the office
  '\\b(?:bring|take|carry)\\b[^.?!]{0,25}\\b(?:residence card|resident card|zairyu|passport|my ?number)',
  '\\b(?:levar|trazer|llevar|traer|dalhin|magdala)\\b[^.?!]{0,25}\\b(?:cart[aã]o|tarjeta|zairyu|passaporte|pasaporte)',
  '(?:在留カード|ざいりゅう\\s*カード|パスポート|マイナンバー)[^。？?]{0,8}(?:持って|もって|必要)',
  'mang theo[^.?!]{0,20}(?:thẻ|hộ chiếu)|(?:재류\\s*카드|여권)[^.?!]{0,10}(?:가져|가지고|챙겨)|(?:带|帶)[^。？?]{0,6}(?:在留卡|护照|護照)',
])

export const namesErrand = (text: string): boolean =>
  (ERRAND.test(text) || MOVE_PAPERWORK.test(text)) && !NOT_ERRAND.test(text)

/**
 * A letter about a premium or a tax, asked about (「市役所から介護保険料のお手紙が来たんだけど字が小さくて」 care 0.95, 「राष्ट्रिय
 * स्वास्थ्य बीमाको चिठी आयो」): what it says or whether to pay, the city's errand, whatever the premium's name leans to. Not
 * when it cannot be paid (「保険料が払えない」, 「督促状が来た」): that is a want of money.
 */
const FEE_LETTER = anyOf([FEE_LETTER_JA, '(?:बीमा|कर)[^।?]{0,8}चिठी'])
const CANNOT_PAY = /払えな|はらえな|払うお金|払う余裕|滞納|督促|差し押さえ|差押/
export const feeLetter = (text: string): boolean => FEE_LETTER.test(text) && !CANNOT_PAY.test(text)

/**
 * Registering an address after a move (「전입신고도 아직 안 했어요」「đăng ký địa chỉ mới」「転入届」): the errand whose
 * words are housing's (moving, address), so the classifier reads housing (0.83) and the housing desk answered.
 */
const ADDRESS_ERRAND = anyOf([
  '転入届|転出届|転居届|住所変更|住所の変更|引っ越しの手続き|引越しの手続き',
  '\\b(?:register (?:my |our |a )?(?:new )?address|change (?:of |my |our )?address|address change|resident registration)\\b',
  '(?:mudan[cç]a|troca|altera[cç][aã]o) de endere[cç]o|cambio de (?:domicilio|direcci[oó]n)|magpalit ng address|palitan ang address',
  'đăng ký (?:địa chỉ|chuyển|cư trú)|đổi địa chỉ|전입\\s*신고|주소\\s*변경|地址(?:变更|變更)|迁入|遷入|ठेगाना परिवर्तन|\\bthegana (?:pariwartan|badal)',
])

/**
 * A move said, then the paperwork for the address asked about, in the residents' words (「引っ越したので住所の手続きは
 * どこで」「Mới dọn nhà, đăng ký ở đâu?」「I just moved, where do I register?」「Me mudé, ¿dónde hago el
 * trámite?」「이사했는데 주소 신고는」「搬家了，地址手续在哪里办」): the same errand, said without its office's name. The
 * housing desk had answered it (housing 0.67) after the choices. A move looked for (a flat, the rent) names no paperwork.
 */
const MOVE_PAPERWORK = anyOf([
  '(?:引っ越|引越|転居|ひっこ)[^？?]{0,16}(?:手続き|てつづき|届け|とどけ|住所|じゅうしょ)',
  '(?:chuyển nhà|chuyển chỗ ở|dọn nhà)[^?]{0,50}(?:thủ tục|đăng ký|địa chỉ)|thủ tục (?:đổi |chuyển |về )?địa chỉ',
  '\\b(?:moved|just moved|have moved|moving)\\b[^?]{0,50}\\b(?:register|registration|paperwork|procedure|update (?:my |our )?address)\\b|\\baddress (?:registration|procedure|paperwork)\\b',
  '(?:me mud[ée]|nos mudamos|mudanza)[^?]{0,50}(?:tr[áa]mite|registr|domicilio|direcci[óo]n)',
  '(?:mudei|mudamos|mudan[çc]a)[^?]{0,50}(?:tr[âa]mite|registr|endere[çc]o)',
  'lumipat[^?]{0,50}(?:address|magparehistro|iparehistro)',
  '이사[^.?]{0,15}(?:신고|주소|절차)',
  '搬家[^。？?]{0,12}(?:手续|手續|地址|登记|登記)',
])

export const registersAddress = (text: string): boolean =>
  ADDRESS_ERRAND.test(text) || MOVE_PAPERWORK.test(text)

/**
 * 「Em không muốn nói địa chỉ」「不想說住哪裡」: the writer will not say where they live, in the residents'
 * other languages (the Japanese phrasings are in entities.ts). At an open ward question, and at the safety
 * question asked before it, this was read as 「わからない」 or not at all, and the question came again.
 */
const PLACE_REFUSED = anyOf([
  // en
  "\\b(?:(?:don't|do not|won't|would rather not|i'd rather not|rather not|prefer not to|can't|cannot) (?:want to )?(?:say|tell|give|share|disclose)(?: you)? (?:my |our )?(?:address|where|ward|location))",
  // es pt
  '\\b(?:(?:no quiero|prefiero no) (?:decir|dar|compartir)(?:le)? (?:mi |la )?(?:direcci[oó]n|d[oó]nde)',
  '(?:n[aã]o quero|prefiro n[aã]o) (?:dizer|falar|informar|dar)(?: o| meu)? (?:endere[cç]o|onde))',
  // tl
  '\\b(?:ayoko|ayaw ko)(?:ng)?(?: po(?:ng)?)? (?:sabihin|ibigay)(?: ang| kung)? (?:address|saan)',
  // vi
  // (and the clause 'where I live / which ward I am in': 「không muốn nói em sống ở đâu」「… em ở quận nào」)
  'không (?:muốn|thể) (?:nói|cho biết|tiết lộ) (?:(?:(?:tôi|em|mình|chúng tôi|cháu) )?(?:sống |ở )?(?:ở đâu|ở (?:quận|khu) nào|quận nào|khu nào)|địa chỉ|chỗ ở|nơi ở)',
  // zh
  '不(?:想|愿意|願意|方便)(?:说|說|告诉|告訴|透露)(?:我)?(?:住|地址|住址|在哪)',
  // ko
  '(?:주소|사는 곳|어디 사는지|어디에 사는지|사는 데)[은는를을]?\\s*(?:말하고 싶지 않|말하기 싫|밝히고 싶지 않|말 안 할|알려 드리기 어렵|말씀드리기 어렵)',
  // ne
  // ne: the address or the place (ठाउँ, कहाँ), not wanting to say it, in the forms a short reply takes (चाहन्न, चाहन्नँ, भन्दिनँ)
  '(?:ठेगाना|ठाउँ|कहाँ)(?:को नाम)? भन्न (?:मन )?(?:छैन|चाहन्नँ?|चाहँदिनँ?)|(?:ठेगाना|ठाउँ) भन्दिनँ?|\\b(?:thegana|thau|kaha) bhanna (?:mann? )?(?:chhaina|chahanna)',
])

export const refusesPlaceForeign = (text: string): boolean => PLACE_REFUSED.test(text)

// Words a short reply may carry around a refusal or an 'I don't know' (sorry, please, po, ạ, 요).
const AROUND =
  '(?:sorry|lo siento|perd[oó]n|desculp[ae]|pasensya(?: na)?|xin lỗi|죄송(?:해요|합니다)|对不起|對不起|माफ गर्नुहोस्|po|ạ|na|muna|pa|agora|ahora|now|yet|todavía|ainda|때는|还|還|em|tôi|mình|我|저는|전|ako|eu|yo)'
const reply = (core: string) =>
  new RegExp(`^(?:${AROUND}[,.\\s、，]*)*(?:${core})(?:[,.\\s、，]*${AROUND})*[.!。！\\s]*$`, 'u')

/**
 * The whole reply is a refusal (「I'd rather not say」「prefiero no decirlo」「ayoko pong sabihin」「말하고 싶지 않아요」「不想说」)
 * or says the writer does not know (「I don't know」「no sé」「hindi ko po alam」「모르겠어요」「不知道」「không biết ạ」「थाहा
 * छैन」), in the residents' other languages, as 「言いたくない」「わからない」 are. At the ward question it was asked again
 * (「Sorry, could you tell me again?」) instead of routing city-wide, or with what is known. A longer message with such
 * words (「I don't want to say it, but my husband…」「I don't know what to do」) tells more and is neither.
 * Each row: one language, [refusal, unsure].
 */
const WHOLE_REPLIES: [string, string][] = [
  [
    "(?:i'?d |i would )?(?:rather|prefer) not(?: to)?(?: say| tell| answer)?(?: (?:it|that))?|i (?:don'?t|do not) want to (?:say|tell|answer)(?: (?:it|that|you))?|i can'?t say",
    "i (?:don'?t|do not) know|not sure|no idea|i'?m not sure",
  ],
  [
    '(?:prefiero|preferiría) no (?:decir(?:lo)?|contestar|responder)|no quiero (?:decir(?:lo)?|contestar|responder)',
    'no (?:lo )?s[eé]',
  ],
  [
    '(?:prefiro|preferia) n[aã]o (?:dizer|falar|responder)|n[aã]o quero (?:dizer|falar|responder)',
    'n[aã]o sei',
  ],
  ['(?:ayoko|ayaw ko|ayaw kong?)(?:ng)?(?: po(?:ng)?)? (?:sabihin|magsabi)', 'hindi ko (?:po )?alam'],
  [
    '말하고 싶지 않(?:아요|습니다|아)|말하기 싫(?:어요|습니다)|말 안 할(?:래요|게요)|말씀드리기 어렵(?:습니다|네요)',
    '(?:잘\\s*)?모르겠(?:어요|습니다|네요)|몰라요',
  ],
  ['不(?:想|愿意|願意|方便)(?:说|說|讲|講|告诉|告訴|回答)', '不知道|不清楚|不太清楚'],
  ['không (?:muốn|tiện) (?:nói|trả lời)', 'không (?:biết|rõ)'],
  [
    'भन्न (?:मन )?(?:चाहन्न|छैन)|bhanna (?:mann? )?(?:chahanna|chhaina)',
    'थाहा छैन|थाहा भएन|thaha (?:chhaina|chaina)',
  ],
]
const REFUSED = reply(WHOLE_REPLIES.map(([refusal]) => refusal).join('|'))
const UNSURE = reply(WHOLE_REPLIES.map(([, unsure]) => unsure).join('|'))

export const refusesForeign = (text: string): boolean => REFUSED.test(text.trim())

export const unsureForeign = (text: string): boolean => UNSURE.test(text.trim())

/**
 * 「no, that's not it, it's about money」「não é isso, é sobre dinheiro」「그게 아니라 돈 문제예요」「不是这个，是钱的问题」: the worry
 * we settled on was wrong, said at the start of the reply in the residents' other languages, as 「そうじゃなくて」 is.
 * Unread, the ward question was asked again over it. Only as the reply's opening words: 「不是因为他懒，是…」 inside a
 * story tells more about the worry, it does not reject it.
 */
// (en, es, pt, tl, ko, zh, vi, ne, in that order)
const CORRECTED =
  /^(?:(?:no[,.!]?\s+)?(?:that'?s not (?:it|right|what i (?:meant|said))|not that\b|you(?:'ve)? got it wrong|it'?s not (?:about|that)\b)|(?:no[,.!]?\s+)?(?:no es eso|eso no es|no se trata de|no es (?:por|sobre) )|(?:n[aã]o[,.!]?\s+)?(?:n[aã]o [eé] isso|n[aã]o se trata de|n[aã]o [eé] (?:sobre|por) )|hindi (?:po )?(?:yun|iyon|ganun|ganon|ganoon|tungkol)\b|(?:아니요|아뇨|아니)?[,.\s]*(?:그게|그런\s*게|그건)\s*아니(?:라|고|에요|예요)|不是(?:这个|這個|这样|這樣|那个|那個|这件事|這件事)|不对|不對|không phải(?: vậy| thế| chuyện đó| cái đó| đâu)?\s*(?:[,.]|\s(?:là|mà)\s)|(?:त्यो |त्यस्तो )?होइन[,।\s])/u

export const correctsForeign = (text: string): boolean => CORRECTED.test(text.trim())

/**
 * 「폭력은 없어요」「暴力とかはないです」「他没打我」「he doesn't hit me」: violence said not to happen. The classifier
 * reads the violence words (「폭력은 없어요. 그런데 회사도 자주 빠져요」 DV 0.87), so after a worry about a
 * husband's drinking the topic went to DV; the flow does not take such a reading as a new worry.
 */
const VIOLENCE_DENIED = anyOf([
  // ja
  '(?:暴力|殴|なぐ|叩|たた|蹴|手を(?:上|あ)げ)\\S{0,6}?(?:は|とか|も|まで)\\s*(?:ない|ありません|して(?:い)?(?:ません|ない|へん)|しない|しません|されて(?:い)?(?:ません|ない))',
  // 「手はあげてない」「手は出してません」
  '手\\s*(?:は|も)\\s*(?:上げ|あげ|出し|だし)て(?:い)?(?:ない|ません|へん)',
  '(?:殴られ|叩かれ|蹴られ|暴力)(?:たり|る)?(?:は|も)?(?:して)?(?:い)?(?:ません|ない|なかった)',
  '(?:殴られ|叩かれ|蹴られ|なぐられ|たたかれ)て(?:は|も)?(?:い)?(?:ません|ない)',
  // ko zh
  '폭력[은는이]?\\s*없|때리(?:지|진)\\s*(?:는\\s*)?않|안\\s*때려',
  '(?:没有|沒有|没|沒|不)(?:打|动手|動手)(?:我|她|他)|(?:没有|沒有)(?:暴力|动手|動手)',
  // en es pt tl vi ne
  "\\b(?:(?:doesn't|does not|never|didn't|did not|won't) (?:hit|beat|hurt|punch)|no (?:physical )?violence|not violent|isn't violent)\\b",
  '\\bno (?:me|la|le) (?:pega|golpea)\\b|\\bno hay violencia\\b|\\bn[aã]o (?:me |a )?bate\\b|\\bn[aã]o (?:h[aá]|tem) viol[eê]ncia\\b',
  // es pt in the past: 「ele nunca me bateu」「nunca me pegó」
  '\\b(?:nunca|jam[aá]s|n[aã]o|no) (?:me |a |la |le )?(?:bateu|pegou|pegó|golpeó|golpeou|agrediu)(?!\\p{L})',
  '\\bhindi (?:naman )?(?:niya )?(?:ako )?(?:sinasaktan|binubugbog|pinapalo)\\b|\\bwalang pananakit\\b',
  'không (?:đánh|có bạo lực)',
  '\\b(?:kutdaina|pitdaina|kutdainan)\\b|हिंसा छैन|कुट्दैन|पिट्दैन',
])

export const deniesViolence = (text: string): boolean => VIOLENCE_DENIED.test(text)

/**
 * A parent's own strain with a child (「子どもを育てる自信がありません」「育児に疲れて限界」「육아가 너무 힘들어요」
 * 「带孩子好累」「I'm exhausted with the baby」), with no harm said: the classifier reads these as child abuse
 * (「正直、子どもを育てる自信がありません…」 0.71), and 189's card says 「when you worry about abuse」 to a parent
 * asking for help. The flow answers child-rearing support first (its route lists the child guidance
 * centre's 24-hour line with a child-rearing reason). Harm said (「上の子にまた手をあげてしまいました」
 * 「叩いてしまいそう」) is never strain alone: it stays abuse.
 */
const STRAIN = anyOf([
  // ja
  '(?:育て|育児|子育て|親として|母親として|父親として|ワンオペ)\\S{0,8}?(?:自信が(?:ない|ありません|持てな|もてな|なく)|疲れ|つかれ|つらい|辛い|しんどい|限界|余裕が(?:ない|なく)|ノイローゼ|もう無理|むり)',
  '(?:子ども|子供|こども|わが子|我が子|赤ちゃん|息子|娘)\\S{0,4}?(?:を|が)(?:かわいい|可愛い|愛せ)\\S{0,3}?(?:と思え|ない|なく)',
  '(?:子ども|子供|こども|赤ちゃん|息子|娘)\\S{0,8}?(?:に|で)\\s*(?:イライラ|いらいら)',
  // the parent's own yelling from strain, no hitting (「イライラして怒鳴ってばかり」「つい怒鳴ってしまう」): a parent asking for help
  '(?:イライラ|いらいら)\\S{0,8}?(?:怒鳴|どな|当たっ|あたっ|当たる|あたる)',
  '(?:怒鳴|どな)(?:って|っ|り)\\s*(?:ばかり|ばっかり|ばっか|しまう|しまって|しまい|しまいます|ちゃう|ちゃって|ちゃいます)',
  // en
  "\\b(?:exhausted|overwhelmed|burn(?:ed|t) out|can't cope|at my limit|no confidence)\\b.{0,40}\\b(?:baby|babies|kids?|child(?:ren)?|parenting|toddler|son|daughter)\\b",
  "\\b(?:parenting|raising (?:my |the )?(?:kids?|child(?:ren)?|baby))\\b.{0,30}\\b(?:exhausting|too hard|overwhelming|can't)\\b",
  // ko zh
  '육아\\S{0,2}\\s*(?:너무\\s*)?(?:힘들|지쳐|지치|자신(?:이)?\\s*없)|(?:애|아이)(?:를)?\\s*키울\\s*자신(?:이)?\\s*없',
  '(?:带孩子|帶孩子|育儿|育兒|养孩子|養孩子)\\S{0,3}?(?:累|崩溃|崩潰|没信心|沒信心|受不了)',
  // vi es pt tl
  'nuôi con\\S{0,20}?(?:mệt|kiệt sức|không tự tin)',
  '\\b(?:agotad[ao]|esgotad[ao]|cansad[ao])\\b.{0,30}\\b(?:beb[eéê]|hij[oa]s?|filh[oa]s?|crian[cç]as?|niñ[oa]s?)\\b',
  '\\bpagod na pagod\\b.{0,30}\\b(?:anak|baby)\\b',
])
const HARM_SAID = anyOf([
  // (Yelling is the strain itself, not harm said: 「怒鳴ってしまう」 is a parent asking for help; the hitting words decide.)
  '叩|たたい|たたく|たたいて|殴|なぐ|蹴|手を(?:上|あ)げ|つねっ|虐待|ぎゃくたい|放置|閉じ込め|傷つけ|揺さぶ',
  '\\b(?:hit|hitting|beat|beating|slap(?:ped)?|shak(?:e|ing|en)|hurt (?:him|her|them|my))\\b',
  '때리|때렸|학대|打了|打他|打她|打孩子|虐待|đánh|\\b(?:pegar|pegu[eé]|bater|bati|golpe\\w*|pinalo|sinaktan|hampas\\w*)\\b',
])

export const parentStrain = (text: string): boolean => STRAIN.test(text) && !HARM_SAID.test(text)

/** Harm to a child said in so many words (hitting, shaking, leaving alone, locking in): see HARM_SAID. */
export const harmSaid = (text: string): boolean => HARM_SAID.test(text)

// Whom, and nothing else: kin words a reply names the person by (ja, en), joined once for the patterns below.
const KIN_JA =
  '(?:夫|主人|妻|嫁|母|父|母親|父親|義母|義父|息子|娘|子ども|子供|祖母|祖父|姉|妹|兄|弟|お母さん|お父さん|おかあさん|おとうさん|おっと|つま|はは|ちち)'
const KIN_EN =
  '(?:husband|wife|partner|mother|mom|mum|father|dad|son|daughter|child|kid|grandmother|grandma|grandfather|grandpa|brother|sister|friend|neighbou?r)'

// Who the writer is, when they tell of someone else: a neighbour, a volunteer, a teacher, a carer at work.
const ROLE_JA =
  '(?:近所の(?:者|人|もの)|隣の(?:者|人)|民生委員|ボランティア|担任|教員|教師|先生|ケアマネ(?:ジャー)?|ヘルパー|職員|保育士|看護師)'
const ROLE_EN =
  '(?:neighbou?r|volunteer|teacher|counsell?or|social worker|nurse|care manager|carer|caregiver|friend)'
const ROLE_KO =
  '(?:이웃|봉사자|자원봉사자|교회\\s?봉사자|선생님|교사|담임|상담사|상담원|사회복지사|간호사|요양보호사)'
const ROLE_ZH = '(?:邻居|鄰居|志愿者|志工|义工|老师|老師|护士|護士|社工)'

/**
 * A reply that names only whom the worry is about (「me」「it's me」「for my mother」「夫です」「私です」「자예요」
 * 「是我」「soy yo」「ako po」): the classifier reads the person word as a worry (「me」 DV 0.98, 「夫です」 DV
 * 0.95), so the flow reads the person and no worry (src/flow/readings.ts). The whole message must be the
 * person: 「夫が怖い」「私じゃないです、夫です」 (a correction) are not this.
 */
const WHOM_ONLY = anyOf([
  // Only who the writer is (「近所の者です」「I'm just the neighbour, we're not related」「저는 교회 봉사자예요」
  // 「我只是邻居」): the reporter, not a worry (「저는 교회 봉사자예요」 read 孤立・見守り 0.99 and replaced a
  // child's harm on screen).
  `^(?:私は|わたしは)?(?:ただの)?${ROLE_JA}(?:です|の者です|をしています|をしてます)(?:[。、,\\s]*(?:親戚|家族|身内)(?:では|じゃ)(?:ない|ありません)(?:です)?)?[。.!！\\s]*$`,
  `^(?:i'?m|i am)\\s+(?:just\\s+)?(?:a|an|the|their|her|his)\\s+${ROLE_EN}(?:[,.;]?\\s*(?:we'?re|we are|i'?m)\\s+not\\s+(?:related|family)(?:\\s+to\\s+(?:him|her|them))?)?[.!\\s]*$`,
  `^(?:저는|전|제가)\\s*(?:그냥\\s*)?${ROLE_KO}(?:예요|이에요|입니다|요)[.!\\s]*$`,
  `^(?:我)?(?:只是|是)${ROLE_ZH}(?:而已)?[。.!！\\s]*$`,
  // ja: 「はい、私です」「夫のことです」「母です。」
  `^(?:はい|ええ|うん)?[、,\\s]*(?:私|わたし|あたし|自分|僕|ぼく|本人|ほんにん|${KIN_JA})(?:の(?:こと|ほう|方))?(?:です|でございます|だよ|だ|なんです)?[。.!！\\s]*$`,
  // en: 「me」「it's me」「it's for my mom」「about myself」「my husband」
  `^(?:(?:yes|yeah|no)[,.]?\\s+)?(?:it'?s\\s+|it is\\s+|just\\s+|only\\s+)?(?:(?:for|about)\\s+)?(?:me|myself|i am|i'm|my\\s+${KIN_EN}|my\\s+own)(?:\\s+myself)?[.!\\s]*$`,
  // ko zh es pt vi tl: the resident themself
  '^(?:저|제가|나|본인)(?:예요|이에요|입니다|요)?[.!\\s]*$|^(?:是)?(?:我|我自己|本人)(?:的事)?[。.!\\s]*$',
  '^(?:(?:soy|para|sou|para)\\s+)?(?:yo|m[ií]|eu|mim)(?:\\s+mism[oa])?[.!\\s]*$',
  '^(?:l[aà]\\s+)?(?:t[oô]i|em|con|m[iì]nh)(?:\\s+[aạ])?[.!\\s]*$|^(?:para\\s+sa\\s+)?(?:ako|akin)(?:\\s+po)?[.!\\s]*$',
])

// A reply made only of who the person is, told in parts (「義父です。夫の父。85」「じぶん です 80 です」「自分です。72の一人
// 暮らし」「いや、母じゃなくて義母です。夫の母」「ネパール から きました。おっと は しごと」「Tôi là du học sinh, 22
// tuổi」「是我自己，45歲，台灣人」): each part a person, a kin correction, an age, where the writer comes from, a
// family member at work. The classifier reads the kin and origin words as worries (「夫の母」 DV 0.69, 「おっと は
// しごと」 DV 0.89, 「du học sinh」 youth 0.97), so a mother-in-law's care ended at the DV centre, a pregnant
// newcomer's at the DV centre, a student's eviction at the young people's desk.
const KIN_MORE = `(?:${KIN_JA}|義理の(?:母|父|親)|実の(?:母|父|親)|姑|舅|義姉|義兄|祖母|祖父|孫|おばあちゃん|おじいちゃん|ばあちゃん|じいちゃん)`
const WHO_UNIT = [
  // a person, and whose: 「義母です」「夫の母」「わたし の おとうさん です」「自分」
  `(?:(?:私|わたし|自分|じぶん|${KIN_MORE})\\s*の\\s*)?(?:私|わたし|あたし|自分|じぶん|僕|ぼく|本人|ほんにん|${KIN_MORE})(?:\\s*の(?:こと|ほう|方))?(?:\\s*(?:は|も))?`,
  // who the writer is: 「私は会長です」「民生委員です」
  `(?:(?:私|わたし)\\s*は\\s*)?(?:${ROLE_JA}|(?:町内会|自治会)?会長)`,
  // a kin correction: 「母じゃなくて義母です」 (「私じゃないです、夫です」 corrects whom the worry is about: not this)
  `(?:いや|いえ|いいえ)?[、,\\s]*${KIN_MORE}\\s*(?:じゃ|では)\\s*なく(?:て)?[、,\\s]*${KIN_MORE}`,
  // an age: 「85さい」「80」「72の一人暮らし」
  '(?:\\d{1,2}|10\\d)\\s*(?:さい|歳|才)?(?:\\s*の\\s*(?:一人暮らし|ひとり\\s*(?:暮らし|ぐらし)|独り暮らし))?',
  // where the writer comes from: 「ネパール から きました」「ベトナム人です」「台湾出身」
  '[\\p{Script=Katakana}ー]{2,}\\s*(?:から\\s*(?:きました|来ました|きた|来た)|じん|人|出身)',
  // a family member at work: 「おっと は しごと」「夫は仕事です」
  `${KIN_MORE}\\s*(?:は|も)\\s*(?:しごと|仕事)(?:\\s*(?:して(?:い)?ます|に行ってます|に(?:い|行)って(?:い)?ます))?`,
  // where a family member is, or what they say, and no harm: 「おっと は くに に かえった」「夫は単身赴任です」「夫は「ほっとけ」
  // と いう」 (read DV 0.96 / 0.97 after a child's or a son's worry, and answered with the DV centre)
  `${KIN_MORE}\\s*(?:は|も)\\s*(?:(?:くに|国|母国|実家|ちゅうごく|中国|ほんごく|本国)\\s*(?:に|へ)\\s*(?:かえ|帰)(?:った|りました|って(?:い)?ます|ってる)|たんしんふにん|単身赴任|しゅっちょう|出張)(?:\\s*(?:です|中です|ちゅう))?`,
  `${KIN_MORE}\\s*(?:は|も)\\s*「[^」]{1,12}」\\s*(?:と|って)?\\s*(?:いう|言う|いいます|言います|いってる|言ってる|いって(?:い)?ます|言って(?:い)?ます)`,
  // the writer's sex: 「85さい おんな」
  '(?:おんな|おとこ|女性|男性)',
  // vi en zh ko: a student, an age, a nationality
  '(?:t[oô]i|em|m[iì]nh)\\s+l[aà]\\s+(?:du h[oọ]c sinh|sinh vi[eê]n|h[oọ]c sinh)|\\d{1,2}\\s*tu[oổ]i',
  "(?:i'?m|i am)\\s+(?:a|an)\\s+(?:international\\s+|exchange\\s+|university\\s+|college\\s+)?student|\\d{1,2}\\s*(?:years old|yo)",
  '(?:我)?(?:是)?(?:我自己|本人|留学生|留學生|大学生|大學生)|\\d{1,2}\\s*[岁歲]|(?:台湾|台灣|中国|中國|越南|韩国|韓國|菲律宾|菲律賓|尼泊尔|尼泊爾|巴西)人',
  '(?:저는\\s*)?(?:유학생|대학생)(?:이에요|예요|입니다)?|\\d{1,2}\\s*(?:살|세)(?:예요|이에요|입니다)?',
].join('|')
const WHO_PART = new RegExp(
  `^(?:(?:はい|ええ|うん|いや|いえ|…|\\.{2,})[、,\\s]*)?(?:${WHO_UNIT})(?:\\s*(?:です|だよ|で)?\\s*(?:${WHO_UNIT}))*\\s*(?:です|でございます|だよ|だ|なんです|とだけ)?$`,
  'u',
)
/** Every part (split at 。、,) is who the person is; and one of them is more than a number. */
const toldOnlyWho = (text: string): boolean => {
  const t = text.trim().replace(/^(?:はい|ええ|うん|いや|いえ|いいえ)[、,\\s]*/, '')
  if (t.length > 60) return false
  const parts = t
    .split(/[。、,，.!！]+/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0)
  return (
    parts.length > 0 &&
    parts.every((p) => WHO_PART.test(p)) &&
    parts.some((p) => !/^(?:\d{1,3})\s*(?:さい|歳|才|tuổi|[岁歲]|살|세)?(?:です|だよ)?$/.test(p))
  )
}

export const namesOnlyWhom = (text: string): boolean => WHOM_ONLY.test(text.trim()) || toldOnlyWho(text)

/**
 * A correction of whom, not of the worry (「いや、母じゃなくて、自分のことです。腰を悪くして…」「父のことではなく、私の
 * ことで」「not my mother, it's me」): the worry read stays and only the person changes. Read as a correction of the
 * worry, it set aside the care question in hand and offered two unrelated worries, and the conversation ended with
 * no place to call. The opening must name a person on both sides of 「じゃなくて」.
 */
const SELF_JA = '(?:私|わたし|あたし|自分|じぶん|僕|ぼく|本人|ほんにん)'
const WHOM_CORRECTED = new RegExp(
  `^(?:(?:いや|いえ|いいえ|あ|ちがう|違う|違います)[、,\\s]*)?(?:${KIN_MORE}|${SELF_JA})\\s*(?:の\\s*(?:こと|ほう|方|話|相談))?\\s*(?:じゃ|では)\\s*(?:なく(?:て)?|ない(?:です)?|ありません)[、,。\\s]*(?:${KIN_MORE}|${SELF_JA})`,
  'u',
)

// 「そうじゃなくて母の方」「いや違う、妻のこと」「違います、本人です」: 'no' to the person the bot took it to be about, and only
// the person said, as the whole reply (terse). Read as a correction of the worry, the question in hand was dropped for
// choices of unrelated worries; the worry goes on about this person.
const WHOM_ONLY_CORRECTED = new RegExp(
  `^(?:(?:いや|いえ|いいえ)[、,\\s]*)?(?:そう\\s*(?:じゃ|では)\\s*(?:なく(?:て)?|ない(?:です)?)|ちがう|違う|違います|ちがいます)[、,。\\s]*(?:${KIN_MORE}|${SELF_JA})\\s*(?:の\\s*(?:こと|ほう|方|話|相談))?\\s*(?:です|だ|だよ|なんです)?[。.!！\\s]*$`,
  'u',
)

export const correctsWhom = (text: string): boolean =>
  WHOM_CORRECTED.test(text.trim()) || WHOM_ONLY_CORRECTED.test(text.trim())

/**
 * Someone hurt by their partner (「姉が旦那さんから叩かれてるみたい」「언니가 형부한테 맞는 것 같아요」「sinasaktan ng asawa
 * niya ang kapatid ko」): the classifier reads a sister's or a friend's partner violence as a child's or an
 * elder's harm (child abuse 0.59, elder abuse 0.69 / 0.65) for the kin word; it is partner violence. The flow
 * reads it so when no child is named (src/flow/readings.ts partnerHarmIsDv).
 */
const PARTNER_HARM = anyOf([
  // ja: the partner as the one doing it (から / に + a passive of hitting, spoken 「ぶたれてる」 too), or his violence
  '(?:旦那|だんな|夫|おっと|主人|彼氏|かれし|元夫|元彼|パートナー|内縁の夫)(?:さん)?(?:から|に)\\S{0,6}?(?:叩か|たたか|殴ら|なぐら|蹴ら|けら|ぶた|ぶっ叩か|はたか|暴力|首を絞め)',
  '(?:旦那|だんな|夫|おっと|主人|彼氏|かれし|パートナー)(?:さん)?の(?:暴力|dv)',
  // the partner as the danger now, kana too (「おっとが ほうちょう もってる」「彼氏が殴ってくる」)
  '(?:旦那|だんな|夫|おっと|主人|彼氏|かれし|元夫|元彼|パートナー)(?:さん)?(?:が|は)\\s*\\S{0,8}?(?:(?:包丁|ほうちょう|刃物|はもの|ナイフ|ないふ)\\s*(?:を)?\\s*(?:持|もっ|もち|振|ふり|ふっ|向け|むけ|出し|だし|突きつけ|つきつけ)|殴って|なぐって|殴り|なぐり|叩いて|たたいて|蹴って|けって|暴れ|あばれ|首を)',
  // a wife's marks seen by a neighbour (「近所の若い奥さんが顔にあざを作って」「お嫁さんの腕に痣が」)
  '(?:奥さん|おくさん|奥様|おくさま|若い(?:お母さん|おかあさん|ママ)|お嫁さん|およめさん)\\S{0,12}?(?:あざ|アザ|痣|腫れ|はれて)',
  // ko: 남편/형부/매형/남자친구 한테·에게 맞다, 이/가 때리다, 물건을 던지다
  '(?:남편|형부|매형|제부|남자\\s?친구|애인)(?:한테|에게|이|가)?\\s?\\S{0,4}(?:맞|때리|때려|폭력)',
  '(?:남편|형부|매형|제부|남자\\s?친구|애인)(?:이|가|은|는)?\\s.{0,16}?물건(?:을|을\\s*집어)?\\s*던지',
  // en
  "\\b(?:husband|boyfriend|partner|ex)(?:'s)?\\b.{0,24}\\b(?:hits?|hitting|beats?|beating|beaten|kicks?|chokes?|abuses?|violent)\\b",
  // zh
  '(?:被|让)?(?:她|我)?(?:老公|丈夫|男朋友|男友|先生)(?:打|家暴|揍)',
  // es pt
  '\\b(?:esposo|marido|novio|pareja|namorado|companheiro)\\b.{0,20}\\b(?:la golpea|le pega|la pega|bate nela|bate|golpea|apanha)',
  '\\b(?:apanha|golpeada|pegada) (?:do|de su|del) (?:marido|esposo|namorado|novio)\\b',
  // tl vi
  '\\b(?:sinasaktan|binubugbog|sinasampal|sinusuntok|pinapalo)\\b.{0,16}\\b(?:asawa|kinakasama|boyfriend|nobyo)\\b',
  '\\b(?:chồng|bạn trai)\\b.{0,12}\\b(?:đánh|bạo hành)',
])

export const partnerHarm = (text: string): boolean => PARTNER_HARM.test(text)
