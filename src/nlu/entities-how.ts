// How help is given, asked after an answer (AnswerReading.asksHow): a home visit, an interpreter or a class in
// Japanese, at night or at the weekend, by phone or mail, free of charge, whether the family may ask in the person's
// place, what to bring or how to book, whether to report it or only watch. The classifier reads the words of such a
// question as a worry of their own
// (「だれか いえ に きて くれますか」 home medical care 0.80 after a son's withdrawal; 「일본어 지원 교실 같은 것도 있나요?」
// health 0.89 after a daughter's school refusal; 「家族だけでも相談できるんですか」 hikikomori 0.47 after a husband's
// drinking), and the conversation ended at a desk for a worry never told. Text is normalized (NFKC, lower case).

/** Phrasings in the residents' languages, any of them, case folded. */
const anyPhrasing = (phrasings: string[]) => new RegExp(phrasings.join('|'), 'iu')

const HOW = anyPhrasing([
  // ja: a visit
  '(?:家|いえ|うち|自宅|じたく)\\s*(?:に|まで|へ)\\s*(?:来て|きて|来る|くる|来れ|これ|訪ね|たずね)|訪問(?:して|に来|は|も|って|で|の相談|でき)|(?:来て|きて)\\s*(?:もらえ|くれ|いただけ)|(?:見|み)に(?:来て|きて)',
  // ja: language, an interpreter, a class
  '通訳|つうやく|日本語(?:教室|の教室|の支援|の勉強|を教え)|にほんご\\s*(?:きょうしつ|の\\s*べんきょう)',
  // ja: at night, at the weekend, the hours
  '(?:夜|よる|夜間|夜中|土日|土曜|日曜|休日|祝日|週末|平日の夜)\\s*(?:でも|も|は|に|なら)\\s*(?:相談|電話|話|はなし|やって|開いて|あいて|つなが|対応|大丈夫|いい|でき|行け|いけ)|何時(?:まで|から)|なんじ\\s*(?:まで|から)|24時間',
  // ja: by phone, mail, LINE, in person or not
  '(?:電話|でんわ|メール|めーる|ライン|line|チャット|手紙)(?:だけ|のみ)?\\s*(?:で|でも)\\s*(?:も)?\\s*(?:相談|話|はなし|いい|大丈夫|でき|ok|つなが)',
  // ja: free of charge, the cost
  '無料|むりょう|タダ|ただで|お金\\s*(?:は|が)?\\s*かか|おかね\\s*(?:は|が)?\\s*かか|費用\\s*(?:は|が|って)|料金|いくら\\s*(?:かか|ですか|くらい|ぐらい)',
  // ja: who may ask: the family in the person's place, without a name
  '家族(?:だけ|のみ)?\\s*(?:でも|から|が)\\s*(?:相談|電話|話)|本人(?:じゃ|で)(?:なくても|なくて(?:も)?いい)|本人\\S{0,8}(?:行かなくても|いかなくても|来なくても|こなくても)|代わりに\\s*(?:相談|電話|聞)|匿名でも|名前\\s*(?:は|を)?\\s*(?:言わなくても|出さなくても)',
  // ja: what to bring, how to book or go, something to hand over
  '何を\\s*持って|なにを\\s*もって|持ち物|予約\\s*(?:は|が|って|し|なし|いる|要)|どうやって\\s*(?:行|い|申し込|もうしこ|相談|連絡|申請)|申し込み(?:方|は)|どこに\\s*行けば|渡せる\\s*(?:もの|物|パンフ|チラシ)|パンフレット|チラシ',
  // ja: whether to report or only watch (「通報になるのか 見守りでいいのか」 after a child's harm: 孤立・見守り 0.97)
  '通報\\s*(?:に\\s*なる|って|は|で|した\\s*(?:ほう|方)|すべき|するべき|して\\s*(?:いい|も|よい)|する\\s*(?:ほど|もの|の|べき|ん))|(?:様子を?\\s*)?見守(?:り|る)\\s*(?:だけ)?\\s*(?:で|でも)\\s*(?:いい|よい|大丈夫)|(?:様子を\\s*見る|様子見)\\s*(?:だけ)?\\s*(?:で|でも)\\s*(?:いい|よい|大丈夫)|(?:知らせ|しらせ|連絡す|相談す)る\\s*(?:べき|ほう|方)\\s*(?:か|が|なの)',
  // en
  '\\b(?:home visits?|visit (?:us|me|him|her|them)(?: at home)?|come (?:to|over to|round to) (?:our|my|the|his|her|their) (?:house|home|place|flat|apartment)|check on (?:him|her|them)|interpreters?|translators?|at night|in the evenings?|on (?:the )?weekends?|on (?:saturdays?|sundays?)|what time|opening hours|is it free|free of charge|how much (?:does it|will it|is it|would it)|does it cost|by (?:phone|e-?mail|line|text)|over the phone|on (?:his|her|their|my) behalf|instead of (?:him|her|them)|(?:does|do) (?:he|she|they) (?:have|need) to (?:come|go|be there)|appointments?|what (?:should|do) i (?:bring|need to bring)|japanese (?:class|classes|lessons?|support))\\b',
  // ko
  '방문|집(?:으로|에)\\s*(?:와|오|찾아)|통역|야간|밤에도|주말|몇\\s*시까지|무료|비용|돈이\\s*(?:드|들)|가족(?:이|도|만)\\s*(?:상담|전화)|본인이\\s*(?:안|못)\\s*(?:가|와|오)|예약|뭘\\s*가져|일본어\\s*(?:지원|교실|수업|반)',
  // zh
  '上门|上門|来家里|來家裡|家访|家訪|翻译|翻譯|口译|口譯|晚上|夜里|夜裡|周末|週末|几点|幾點|免费|免費|收费|收費|要钱|要錢|多少钱|多少錢|家属|家屬|家人(?:可以|也能|能不能)|预约|預約|要带什么|要帶什麼|日语(?:班|教室|课)|日語(?:班|教室|課)',
  // es pt
  '\\b(?:visita a domicilio|venir a (?:mi|la|nuestra) casa|int[eé]rprete|traductor|de noche|fin de semana|horario|gratis|gratuito|cu[aá]nto cuesta|una cita|qu[eé] (?:tengo que|debo) llevar|en (?:su|mi) nombre|clases? de japon[eé]s)\\b',
  '\\b(?:visita domiciliar|vir (?:at[eé] )?(?:em |na |[aà] )?(?:minha |nossa )?casa|tradutor|[aà] noite|fim de semana|hor[aá]rio|de gra[cç]a|quanto custa|agendar|marcar hora|o que levar|em nome (?:dele|dela)|aulas? de japon[eê]s)\\b',
  // tl vi ne
  '\\b(?:pumunta(?: po)? sa (?:bahay|amin)|bisita sa bahay|tagasalin|sa gabi|libre ba|may bayad|magkano|ano(?: po)? ang dadalhin)\\b',
  'đến nhà|thăm nhà|phiên dịch|thông dịch|buổi tối|ban đêm|cuối tuần|mấy giờ|miễn phí|mất tiền|bao nhiêu tiền|hẹn trước|mang theo gì|lớp tiếng nhật',
  'घरमा आउ|दोभाषे|अनुवादक|राति|शनिबार|निःशुल्क|नि:शुल्क|कति पैसा|शुल्क',
])

/** Longer than this, a message tells more than how help is given (a worry told beside the question). */
const HOW_MAX = 60

/** The reply asks how help is given (see above), and is short enough to be only that question. */
export const asksHow = (text: string): boolean => {
  const t = text.trim()
  return t.length <= HOW_MAX && HOW.test(t)
}

/**
 * 'What do I do now?' and 'should I call an ambulance / the police?', asked and nothing else (AnswerReading.asksWhatNow).
 * Right after the crisis lines the classifier read 「どうすれば」 as home medical care 0.23, and the lines gave way to that
 * desk's ward question (closing-15, dialogs17 d023 and d042). Text is normalized (NFKC, lower case).
 */
const WHAT_NOW = anyPhrasing([
  // ja (and kana): what do I do, what now, should I call
  '^(?:で|じゃあ?|それで|えっ?|あの)?\\s*(?:(?:私|わたし|僕|ぼく|俺|おれ)\\s*(?:は|が)?\\s*)?(?:(?:今|いま)\\s*)?(?:どう|何を?|なにを?|なに|何)\\s*(?:すれば|したら|する|しよう|しましょう|すればいい|したらいい|すりゃ|すべき)',
  '^(?:今|いま)?\\s*どうしよう',
  '(?:救急車|きゅうきゅうしゃ|警察|けいさつ|119番?|110番?)\\s*(?:を|に|は|って)?\\s*(?:呼|よ|電話|でんわ|かけ|通報)\\S{0,4}\\s*(?:ほう|方)\\s*が\\s*(?:いい|よい)',
  '(?:救急車|きゅうきゅうしゃ|警察|けいさつ|119番?|110番?)\\s*(?:を|に|は|って)?\\s*(?:呼|よ|電話|でんわ|かけ|通報)\\S{0,4}(?:べき|か[?？]|\\s*[?？]$)',
  // en es pt tl
  '\\bwhat (?:do|should|can|must) (?:i|we) do\\b|\\bwhat now\\b|\\bshould (?:i|we) call (?:an ambulance|the ambulance|the police|119|110|911)\\b',
  '\\bqu[eé] (?:hago|hacemos|(?:debo|tengo que|puedo|debemos|tenemos que) hacer)\\b|\\b(?:llamo|llamamos) (?:a (?:una |la )?ambulancia|al 119|a la polic[ií]a)\\s*\\?',
  '\\bo que (?:eu |a gente )?(?:fa[cç]o|fazemos|(?:devo|tenho que|posso|devemos|temos que) fazer)\\b|\\b(?:ligo|chamo) (?:para |pra )?(?:a ambul[aâ]ncia|o 119|a pol[ií]cia)\\s*\\?',
  '\\bano(?:ng)?(?: po)?(?: ang)? (?:gagawin|dapat kong gawin)\\b',
  // vi ko zh ne
  '(?:phải|nên) làm (?:sao|gì)(?: bây giờ)?|làm (?:sao|gì) bây giờ|có nên gọi (?:cấp cứu|xe cấp cứu|cảnh sát|119)',
  '어떻게\\s*해야|어떡해|어떻게\\s*하(?:죠|지|나요)|뭘\\s*해야|구급차\\s*(?:를\\s*)?불러야',
  '怎么办|怎麼辦|该怎么做|該怎麼做|我该做什么|我該做什麼|要不要叫救护车|要不要叫救護車',
  'के गर्ने|के गरूँ|के गरौं',
])

/** More letters than this beside the question (「いいんでしょうか」 is 8, 「agora」 5), and the message tells more than it. */
const WHAT_NOW_REST = 8

/** The reply only asks what to do now, or whether to call the lines (see above). */
export const asksWhatNow = (text: string): boolean => {
  const t = text.trim()
  const m = WHAT_NOW.exec(t)
  if (!m) return false
  const rest = t.slice(0, m.index) + t.slice(m.index + m[0].length)
  return (rest.match(/\p{L}/gu)?.length ?? 0) <= WHAT_NOW_REST
}

/**
 * Japanese with no word of harm at all (「夫は80、私は77。誰にも頼れない」「夫は毎日帰りが遅いです。実家は遠くて頼れない」):
 * the classifier reads a partner's or a child's harm from the kin word alone (DV 0.98, 0.85), and a care worry in hand or
 * a young mother's choices on screen gave way to the DV centre. The list is wide on purpose (fear, pain, leaving, money
 * withheld, marks, crying out for help all count as harm said): only a message with none of them is read so.
 */
const HARM_WORDS =
  /殴|なぐ|叩|たた[かいきくけっ]|蹴|け[らっ]て|暴|ぼうりょく|怒鳴|どな|虐待|ぎゃくたい|dv|モラハラ|ハラスメント|束縛|支配|脅|おど[さし]|怖|こわ|恐|手を?(?:上|あ)げ|手が出|手を出|つか[まんみ]|押[しさ]|突き飛ば|閉じ込め|締め出|しめだ|追い出|放置|ほったらかし|ネグレクト|くれない|もらえない|食べさせ|取られ|とられ|取り上げ|盗|使い込|無視|あざ|アザ|痣|傷|けが|怪我|ケガ|逃げ|にげ|別れ|離婚|シェルター|避難|監視|見張|携帯|スマホ|生活費|渡さ|罵|ののし|ばか|バカ|死|殺|ころす|首|刃物|包丁|投げ|壊|こわれ|暴れ|あばれ|泣|怒|おこ[らっる]|キレ|責め|せめ|嫌がらせ|いやがらせ|性的|触ら|さわら|無理やり|むりやり|帰れない|かえれない|家を出|いえをで|ひど|酷|つら|辛|苦し|くるし|たすけ|助け|危|あぶな|痛|いた[いくか]|やめて|止めて|閉め|縛|しば[らっ]|火|やけど|火傷|同じ服|おなじ\s*ふく|お腹\s*(?:を)?\s*すか|おなか\s*(?:を)?\s*すか|空腹|腹ペコ|はらぺこ|ご飯\s*(?:が|も)?\s*(?:ない|なく|食べて)|ごはん\s*(?:が|も)?\s*(?:ない|なく|たべて)|食べてな|たべてな|風呂に入って(?:な|い?な)|汚れ|よごれ|臭[いう]|におう|夜遅くまで|一人で(?:留守番|置|お)|ひとりで(?:るすばん|お)/
const JAPANESE = /[\u3041-\u3096\u30a1-\u30fa]/
const HANGUL = /[\uac00-\ud7af]/

/** Japanese, and not one word of harm in it (see HARM_WORDS). */
export const noHarmWords = (text: string): boolean =>
  JAPANESE.test(text) && !HANGUL.test(text) && !HARM_WORDS.test(text)

/**
 * The writer's own money has run short for food or living (「今月の食費がもうない。子どもにご飯食べさせられない」 child abuse
 * 0.55, and the child guidance centre's card said 「if you worry a child is abused」 to a parent out of money; 「no money
 * for food for my kids」「没钱给孩子买吃的」): a want of means, the livelihood desk's, not a child's harm
 * (src/flow/readings.ts meansNotHarm). Harm said beside it (a hand raised, a child left alone) is never this.
 */
const SHORT_OF_MONEY = new RegExp(
  [
    '(?:食費|しょくひ|生活費|せいかつひ|お金|おかね|給料|きゅうりょう|貯金|ちょきん|米|こめ)\\s*(?:が|も|は)?\\s*(?:もう\\s*)?(?:ない|無い|なくて|なくなっ|足りな|たりな|尽き|つき[たて]|底を|そこを|残ってな|のこってな)',
    '(?:ご飯|ごはん|食べ物|たべもの|食料|食材)\\s*(?:を|が)?\\s*(?:買え|かえ)(?:ない|なく|ません)|給料日まで\\s*(?:もたな|持たな|足りな)|フードバンク',
    "\\b(?:no|out of|ran out of|run out of|don'?t have (?:any )?|can'?t afford)\\s*(?:money|cash)?\\s*(?:for|to buy)?\\s*(?:food|groceries|rice)\\b|\\bfood bank\\b",
    '没钱(?:买|給|给)?|沒錢(?:買|給)?|买不起(?:吃|饭|米)|買不起(?:吃|飯|米)|밥값|먹을\\s*것(?:을)?\\s*살\\s*돈|식비가\\s*없',
    '\\b(?:sin|no tengo) dinero para (?:comida|comer)|\\bsem dinheiro (?:para|pra) (?:comida|comer)|\\bwalang pambili ng pagkain|không có tiền mua (?:đồ ăn|thức ăn|gạo)',
  ].join('|'),
  'iu',
)

/** The writer's own money for food or living has run short (see above). */
export const shortOfMoney = (text: string): boolean => SHORT_OF_MONEY.test(text)
