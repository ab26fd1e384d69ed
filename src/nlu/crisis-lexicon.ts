import type { CrisisKind } from '../core/nlu.ts'

// The reviewed crisis lexicon. `text` is matched on the normalized message with kana folded to
// hiragana and spaces removed (so 「シニタイ」「しにたい」「死に たい」 meet the same entry); `en` on the
// lower-cased message with its spaces kept (English and romaji: "want to die", "shinitai"); `bases`
// on the sequence of token base forms (so inflections like 「死にたくなる」「死にたかった」 are covered).
//
// A missed crisis is the worst error this product can make; a rare false alarm is acceptable. When
// unsure, add the entry. `unless` is only for well-known casual uses (「蚊に刺された」) and for a past,
// resolved event said as such. Ids are stable: they are logged for staff review instead of the
// resident's words. Entries are grouped by kind of expression, not by example sentence.

export interface CrisisEntry {
  id: string
  kind: CrisisKind
  /** Regex source over the folded, space-free text. */
  text?: string
  /** Regex source over the lower-cased text with single spaces kept (English, romaji). */
  en?: string
  /** Regex source over base forms joined by single spaces, e.g. `死ぬ たい`. */
  bases?: string
  /** The entry fires only if this also matches somewhere in the same form of the text. */
  requires?: string
  /** Casual uses that must not fire (same form of the text). */
  unless?: string
  note: string
}

/**
 * One alternative per line: `alt('a', 'b')` is the regex source `a|b`. Long entries are written this
 * way (one phrasing per line, the named parts above shared), not as one line of hundreds of characters.
 */
const alt = (...alternatives: string[]): string => alternatives.join('|')

const KANJI = '\\u4e00-\\u9fff々'
// 死 and its net spellings: 氏 (typo-slang), タヒ (folded to たひ).
const SHI_K = '(?:死|たひ)'
// A kana し must not end a word: 「楽しんだほうがいい」「たのしんだほうが」 are not 「死んだほうが」,
// 「わたしにますます」 is not 「死にます」.
const SHI = `(?:死|氏|たひ|(?<![${KANJI}のた])し)`
const DEMENTIA =
  '(?:認知症|にんちしょう|徘徊|はいかい|ぼけ|物忘れ|もの忘れ|ものわすれ|認知|アルツハイマー|あるつはいまー)'
// An age under 18 (「5歳」「16才」), not 「72歳です」 nor 「30代」.
const CHILD =
  '(?:子ども|子供|こども|子が|息子|娘|むすこ|むすめ|赤ちゃん|あかちゃん|幼児|園児|小学生|(?<!\\d)(?:\\d|1[0-7])(?:歳|才)|孫|まご)'
// Things a person with dementia often cannot find (「財布が見つからない」): not the person missing.
const THINGS =
  '(?:財布|さいふ|鍵|かぎ|眼鏡|めがね|メガネ|通帳|印鑑|はんこ|物|もの|携帯|スマホ|入れ歯|薬|書類|保険証|カード|服)'
// Gone and not back (「帰ってこない」「家を出て3時間」「行方がわからない」), a thing not found excepted.
const GONE = `(?:${alt(
  '(?:帰|かえ|戻|もど)って(?:こ|来|き)(?:ない|なく|ません|ず)',
  '(?:帰|戻)ら(?:ない|ず)',
  '(?:帰|戻)りません',
  '出て(?:行|い)って(?:から)?.{0,6}(?:時間|日)',
  // not the conditional 「いなくなったら」 (「私たちがいなくなったら、息子は」: the 8050 parents' own death)
  '(?:い|居)なくなっ(?!たら)',
  `(?<!${THINGS}[がをもは]?(?:どこにも|なかなか|まだ)?)(?:見つから(?:ない|なく|ず)|みつから(?:ない|ず))`,
  '行方が(?:わから|分から)',
  '出て(?:行|い)ったまま',
  '(?:家|うち|施設)を出て(?:から)?.{0,8}(?:時間|日)',
  'どこにいるか(?:わから|分から)',
)})`
// A child or a person with dementia 「迷子」 is missing; a lost dog is not.
// What is not found is a flat, a job or a nursery place, not a person (「次の部屋が見つからない」).
// crisis26: with words between too (「部屋を探してるけど全然見つからない」, t11), and a day-care office (事業所).
const SOUGHT =
  '(?:部屋|へや|物件|仕事|しごと|アパート|保証人|バイト|保育園|預け先|病院|施設|次|つぎ|事業所)[^。、]{0,12}(?:見つから|みつから)'
const LOST = `(?:${GONE}|(?:迷子|まいご)(?:で|です|だ|になっ|になりました|になった))`
// Said of a habit, not of tonight (「夜遊びばかりして帰ってこない」). Kept tight next to the verb:
// 「いつもの公園も探したけど見つからない」 is tonight.
const HABIT = '(?:いつも|毎晩|毎日|よく|たびたび|しょっちゅう)'
// crisis26: gone and back so often the writer has lost count (「これで何回目かわからない」): HABITUALLY_GONE's last part
const HABIT_AFTER = '(?:ことが|日が|時が|ときが|のが(?:心配|悩み))'
const HABITUALLY_GONE = `(?:ばかり|ばっかり|夜遊び|よあそび|朝帰り|外泊|遊び歩)(?:して|で)?.{0,4}${GONE}|${HABIT}${GONE}|${GONE}.{0,2}${HABIT_AFTER}|${GONE}.{0,12}(?:何回目|なんかいめ|何度目|なんどめ)`
// A medical event already behind the family (「父が倒れたのは去年で、今はリハビリ中」).
const RESOLVED =
  '(?:去年|昨年|先月|先週|以前|前に|年前|月前|ヶ月|か月|入院|退院|リハビリ|のは|ことが|時のため|ときのため|(?:死|し)ぬかと(?:思|おも)っ|\\(笑|笑$|w$)'
// A person in danger of falling/jumping, or reporting where they stand.
const HIGH_PLACE = '(?:屋上|おくじょう|橋の上|はしのうえ|崖|がけの上|線路|せんろ|踏切|ふみきり)'
const NOW = '(?:今|いま(?!す|せん|した|しょう)|現在|さっきから|さっき|ずっと)'

export const crisisLexicon: CrisisEntry[] = [
  // ── suicidal thoughts, active ────────────────────────────────────────────────────────────
  {
    id: 'suicide.wish_to_die',
    kind: 'suicide',
    // Kana し/氏 readings must not be 「わたしにたいして」(私に対して) or 「わたしにたくさん」.
    text: `${SHI_K}に(?:たい|たく|たか|たひ|て)|(?<!\\d)4に(?:たい|たく)|(?<![${KANJI}])(?:し|氏)に(?:たい(?!して|する)|たく(?:な|て)|たかっ|たか(?=$|[よね、。!?…])|てえ|て(?=$|[よなわ、。!?…]))`,
    bases: '(?:死ぬ|しぬ) たい',
    // A past, resolved time said as such, and the laughing hyperbole of embarrassment.
    unless: `(?:昔|むかし|以前|前に|若い頃|学生の頃|一時期).{0,12}${SHI}にた(?:い|かった).{0,24}(?:今は|いまは)(?:もう)?(?:落ち着|大丈夫|平気|元気)|${SHI}にたい(?:くらい|ぐらい|ほど)(?:恥|はず)(?=.*(?:かった|笑|\\(笑|w$))`,
    note: '死にたい, 死にたくなる, しにてぇ, 死んでしまいたか',
  },
  {
    id: 'suicide.word',
    kind: 'suicide',
    text: '自殺|自死|じさつ|希死念慮|命を(?:絶|断|たと|たち)|自ら命',
    // Prevention work, and a family's affairs after a suicide, are not a crisis now.
    unless:
      '^(?!.*(?:自殺|自死)(?:したい|しよう|する|を考|の方法|未遂)).*(?:自殺|自死)(?:予防|対策|防止)|(?:自殺|自死)(?:した|された|で亡くな).{0,8}(?:遺品|遺族|手続き|相続|葬儀|保険|法要)|(?:自死|自殺)遺族',
    note: '自殺したい, 命を絶つ; not 自殺予防のボランティア',
  },
  {
    id: 'suicide.hotline',
    kind: 'suicide',
    text: 'いのちの電話|命の電話|よりそいほっとらいん|こころの健康相談統一ダイヤル',
    note: 'asking for a suicide line is itself a signal',
  },
  {
    id: 'suicide.farewell',
    kind: 'suicide',
    text: alt(
      '(?:今まで|いままで)ありがとう.{0,12}(?:さようなら|さよなら|ばいばい)',
      '(?:さようなら|さよなら).{0,12}(?:もう|終わり|おわり|今まで|いままで)',
      '(?:もう|全部|人生|すべて)を?(?:終わり|おわり)に(?:します|する|しよう)',
      '(?:これで|もう)最後に(?:します|する)',
      '(?:最後|さいご)の(?:メッセージ|めっせーじ|連絡|ライン|らいん)',
      '(?:疲れ|つかれ|無理|むり|限界|つらい|辛い).{0,10}(?:さようなら|さよなら)',
    ),
    note: '今までありがとう、さようなら; 「もう終わりにする」とメール',
  },
  {
    id: 'suicide.farewell_sent',
    kind: 'suicide',
    // A goodbye sent to family out of the blue; not one for a move, a new school or a farewell party.
    text: '(?:さようなら|さよなら|お別れ|おわかれ).{0,4}(?:メッセージ|めっせーじ|ライン|らいん|line|メール|めーる|手紙|てがみ|連絡)を?(?:送|おく)',
    unless: '引っ越|ひっこ|転校|てんこう|卒業|退職|転勤|送別',
    note: '家族に「さよなら」とメッセージを送ってしまった',
  },
  {
    id: 'suicide.lets_die',
    kind: 'suicide',
    text: `${SHI_K}の(?:う|うか|うと)|(?<![${KANJI}])しの(?:うか|うと|う(?=$|[よ、。!?…]))`,
    note: '死のうと思う, 一緒に死のう; not わたしのうち',
  },
  {
    id: 'suicide.will_die',
    kind: 'suicide',
    text: alt(
      `^${SHI}ぬ[。!…]*$`,
      `${SHI_K}にたみ`,
      `(?<![${KANJI}])しにたみ`,
      'たひ(?:りたい|ります|ろう)',
      `${SHI}ぬしか`,
      `(?:もう|今から|いまから|これから)${SHI}ぬ(?=$|[、。!?…よわね])`,
      `${SHI}ぬ(?:準備|用意|日)`,
      `${SHI}ぬつもり`,
      `${SHI}ぬ方法`,
      `${SHI}ぬほうほう`,
      `${SHI}ぬこと(?:ばかり|ばっかり|しか|を考)`,
      `${SHI}にます(?!ま)`,
      `(?:今|いま)から${SHI}ぬ`,
      `${SHI}ぬ(?:って|と)(?:言|い|ライン|line|連絡|メール)`,
      `${SHI}んで(?:やる|しま(?:いた|お|え)|楽に|らくに)`,
      `${SHI}んじゃ(?:いたい|おう|おうか)`,
      `${SHI}んだ(?:ほう|方)が`,
      `${SHI}ね(?:ば|れば|たら)(?:いい|良い|楽|らく|いいのに)`,
      `${SHI}なせて`,
      `${SHI}のうとし`,
      `${SHI_K}ねない`,
      `(?:楽|らく)に(?:${SHI_K}|し(?:ぬ|ね|に|の|んで|んだ))`,
      `${SHI_K}に方`,
      '致死量',
    ),
    // Being told 「死ねばいいのに」 by someone else is abuse, for its own route.
    unless: `${SHI}ねばいい(?:のに)?」?(?:と|って)(?:言|い)われ`,
    note: '死ぬしかない, 今から死ぬ, 死んでやる, 死ねばいい, 楽に死ねる, 死に方',
  },
  {
    id: 'suicide.would_not_mind_dying',
    kind: 'suicide',
    text: `${SHI}んでも(?:いい|かまわ|構わ)|${SHI}んだら(?:楽|らく|終わ|おわ)`,
    unless: `${SHI}んでもいいから`,
    note: 'このまま死んでもいい, 死んだら楽になれる; not 死んでもいいから食べたい',
  },
  {
    id: 'suicide.unbearable',
    kind: 'suicide',
    // 「死ぬほど」 is casual with 疲れた/おいしい, but not with つらい/苦しい plus a sign of the end.
    text: `${SHI}ぬほど(?:つら|辛|苦し|くるし|しんど)|(?:助けて|たすけて).{0,10}${SHI}にそう(?!言|い|な)|${SHI}にそう.{0,10}(?:助けて|たすけて)`,
    requires: 'もう|限界|耐えられ|たえられ|助けて|たすけて|無理|むり|消え|終わ|楽に',
    note: '死ぬほどつらい、もう無理; 助けて、死にそう',
  },
  {
    id: 'suicide.end_life',
    kind: 'suicide',
    text: alt(
      '人生を?(?:やめ|終わらせ|おわらせ)',
      '首をくく',
      '殺して(?:ほしい|ください|くれ)',
      '自分を殺(?:したい|す(?:しか|つもり))',
      '(?:誰か|だれか).{0,4}殺して',
      '(?:薬|くすり)を?(?:ため|貯め|溜め)(?:て|込)',
      'いっそ.{0,12}(?:事故|死|消え|いなく|楽に|轢か|ひか)',
      '事故にでも(?:あ|遭)(?:えば|ったら|いたい)',
    ),
    note: '人生やめたい, 殺してほしい, 薬をためている, いっそ事故にでも',
  },
  // ── suicidal thoughts, passive ───────────────────────────────────────────────────────────
  {
    id: 'suicide.wish_to_vanish',
    kind: 'suicide',
    text: '(?:消|き)え(?:たい|たく|たか(?=$|[よね、。!?…])|てしまいたい|ちゃいたい|てなくなりたい|てしまえたら|られたら)|消え(?:去|さ)りたい|(?:存在|自分)を消(?:したい|してしまいたい|せたら)',
    bases: '(?:消える|きえる) たい',
    unless: '(?:消|き)えたい(?:くらい|ほど|ぐらい)(?:恥|はず)',
    note: '消えたい, きえてしまいたい',
  },
  {
    id: 'suicide.wish_to_be_gone',
    kind: 'suicide',
    text: alt(
      '(?:い|居)なくなりたい',
      '(?:い|居)なくなります',
      '(?:この世|ここ)に(?:い|居)たくない',
      '(?:もう|私|わたし|僕|ぼく|俺|おれ|自分|あたし)(?:は|も)?消え(?:ます|るね|る(?=$|[。!…]))',
      '消えようと',
      '(?:い|居)なくなってしまいたい',
      '(?:い|居)なくなれたら',
      '(?:い|居)ない(?:ほう|方)が(?:いい|楽|まし|家族|みんな)',
      '(?:い|居)なくなった(?:ほう|方)が',
      'この世から(?:消|き|い|居|去|さ)',
      '(?:私|わたし|僕|ぼく|俺|おれ|自分|あたし)が(?:い|居)なくなっても',
      '(?:い|居)なくなっても(?:誰も|だれも|困らない|こまらない)',
    ),
    note: 'いなくなりたい, 私なんかいないほうが, 私がいなくなっても誰も困らない',
  },
  {
    id: 'suicide.wish_for_the_end',
    kind: 'suicide',
    // How older residents often say it: 「早くお迎えが来てほしい」「もう長生きしたくない」.
    text: alt(
      '(?:早く|はやく)お迎えが',
      'お迎えが(?:来|き)てほしい',
      'お迎えを待',
      '天国に(?:行|い)きたい',
      'あの世に(?:行|い)き',
      'あの世へ',
      '長生き(?:なんて|など)?(?:したくない|しすぎた)',
      '永遠に(?:眠|ねむ)り',
      '二度と(?:目覚め|目が覚め|起き)たくない',
      '目覚めたくない',
      '(?:い|居)なくなれば(?:いい|楽)',
      '(?:私|わたし|自分|僕|ぼく|俺|おれ|あたし)(?:さえ|なんか|なんて)(?:い|居)なければ',
    ),
    // A child's pick-up (保育園のお迎え) is not the end of life.
    unless: '保育|園|幼稚|学童|ばす|バス|塾|習い事',
    note: '早くお迎えが来てほしい, 天国に行きたい, 長生きしたくない, 私さえいなければ',
  },
  {
    id: 'suicide.living_is_painful',
    kind: 'suicide',
    text: '(?:生|い)き(?:て|と)(?:い|お)?(?:る|く|っ)?の(?:が|も|は)(?:つら|辛|しんど|疲れ|つかれ|嫌|いや|苦し|くるし|めんど)|(?:生|い)きる(?:の|こと)(?:が|に|も)(?:つら|辛|しんど|疲れ|つかれ|嫌|いや|苦し|くるし)',
    note: '生きているのがつらい, もう いきるのが つらい',
  },
  {
    id: 'suicide.no_will_to_live',
    kind: 'suicide',
    // Kana 「いきたくない」 after a destination is 行きたくない (「がっこう いきたくない」).
    text: alt(
      '生きて(?:いたく|たく|いける気が|いけない気が)',
      '生きたくない',
      '生きる(?:意味|価値|理由|気力|希望|望み)',
      '生きてる(?:意味|価値)',
      '生きている(?:意味|価値)',
      '生き(?:てて|ていて|とって|とっ)も(?:仕方|しょうが|しゃあない|しゃーない|意味|無駄|むだ)',
      '生きていても',
      '生きていけない',
      '生きられ(?:ない|そうにない|ません)',
      '生きる(?:の|こと)を(?:やめ|止め|諦め|あきらめ)',
      'いきていたくない',
      'いきてたくない',
      'いきるいみ',
      '(?<!(?:に|へ|も|は|校|社|院|事|園|所|店|塾|外|場|館|こう|しゃ|いん|ごと|えん|しょ|みせ|じゅく|そと|ば|かん))いきたくない',
    ),
    note: 'もう生きていたくない, 生きる意味がない, 生きとってもしゃあない',
  },
  {
    id: 'suicide.wish_for_relief',
    kind: 'suicide',
    text: '(?:楽|らく)にな(?:りたい|れる|れたら|れるかな|る(?:のかな|かな|かも|んじゃ))',
    requires: `もう|いっそ|全部|ぜんぶ|すべて|死|消え|生き|限界|疲れ|つかれ|飛び|${HIGH_PLACE}|電車|ほーむ|入れば`,
    note: '楽になりたい in a context of exhaustion or ending; 線路…ここに入れば楽になるのかな',
  },
  {
    id: 'suicide.end_it',
    kind: 'suicide',
    text: '(?:もう|全部|ぜんぶ|すべて|人生|何もかも|なにもかも|自分)を?(?:終わり|おわり)にしたい|(?:人生|全部|自分|すべて)を?終わらせ|(?:終わり|おわり)にしたい',
    // The end of a pile of paperwork, a relationship or a job said as the object.
    unless:
      '(?:終わり|おわり)にしたい.{0,3}(?:この|その|あの).{0,12}を|(?:仕事|書類|作業|片付け|関係|喧嘩|けんか|残業)を(?:もう)?(?:終わり|おわり)にしたい|(?:終わり|おわり)にしたい(?:関係|恋|仕事|作業)',
    note: 'もう終わりにしたい; not もう終わりにしたい、この書類の山を',
  },
  { id: 'suicide.note', kind: 'suicide', text: '遺書|いしょを', note: '遺書' },
  {
    id: 'suicide.not_wake',
    kind: 'suicide',
    text: alt(
      '(?:朝|あさ|明日|あした)(?:が|なんて|なんか)?(?:来|こ)な(?:ければ|きゃ)',
      '(?:目|め)が(?:覚|さ)めなければ',
      '目覚めなければ',
      '(?:眠|ねむ)ったまま(?:死|しね|起き)',
      '(?:生|う)まれてこなければ',
      '(?:生|産|う)まれなければよかった',
      '(?:生|産|う)まれてこなきゃ',
    ),
    note: '朝が来なければいいのに, 生まれてこなければよかった',
  },
  {
    id: 'suicide.method',
    kind: 'suicide',
    // 首を吊る/つる only: 「首をつかまれる」 is not hanging.
    text: alt(
      'ロープを(?:用意|買|準備)',
      'ろーぷを(?:用意|買|準備)',
      '練炭',
      'れんたん',
      '首を?(?:吊|つる|つり|つろ|つっ(?!こ))',
      'くびつり',
      '(?:電車|線路|ホーム|車)に飛び込',
      '飛び込(?:もう|みたい|んで死|む(?:つもり|しか))',
      '飛び降り',
      'とびおり',
      '飛びおり',
      '身投げ',
      '身を投げ',
      '(?:ビル|屋上|マンション|ベランダ|橋|崖|がけ)から(?:飛(?:び|ん|ぼ)|とび|落ち|おち|身を)',
    ),
    unless: '(?:飛び降り|とびおり)る?(?:夢|ゆめ)',
    note: '首を吊る, 飛び降りる, 練炭, 電車に飛び込む',
  },
  {
    id: 'suicide.high_place',
    kind: 'suicide',
    // Someone telling a consultation line they stand on a roof or a bridge, or feel pulled in.
    text: `${HIGH_PLACE}に(?:い(?:ます|る|て)|立って|来(?:た|ました|てる|ている))|(?:ほーむ|ホーム|線路|せんろ|電車|下|川|海)に?.{0,8}吸い込まれ|吸い込まれそう`,
    note: 'ビルの屋上にいます, 橋の上にいます, ホームで吸い込まれそう',
  },
  {
    id: 'suicide.english',
    kind: 'suicide',
    en: alt(
      '\\b(?:(?:want|wants|wanted|going|ready) to|wanna|gonna) die\\b',
      '\\bkill (?:myself|herself|himself|themselves)\\b',
      '\\bend (?:my|his|her|their) (?:own )?life\\b',
      '\\bsuicid',
      "\\b(?:do not|don[’']?t|does not|doesn[’']?t) want to (?:live|be alive)\\b",
      '\\bno reason to (?:keep )?(?:live|living|go on|going on)\\b',
      "\\b(?:don[’']?t|do not|can[’']?t|cannot) see (?:any|a|the) (?:reason|point) (?:to|in) (?:keep )?(?:live|living|go on|going on)\\b",
      '\\b(?:want|wants|going|about|ready) to jump\\b(?! (?:rope|on the trampoline|for joy|up and down|in the pool|into the pool))',
      '\\bstanding on (?:the|a) (?:bridge|roof|rooftop|edge|ledge|platform)\\b',
      '\\bbetter off (?:dead|without me)\\b',
      '\\b(?:want to|wanna) disappear\\b',
      '\\bdisappear(?:ing)? forever\\b',
      '\\bgoodbye (?:message|note|letter)\\b',
      '\\bhang myself\\b',
      '\\bjump (?:off|from) (?:a|the)\\b',
      '\\b(?:shinitai|shinitee?|kietai|jisatsu)\\b',
    ),
    // Dying at home is how a family speaks of end-of-life care (home_medical).
    unless: '\\bdie (?:at home|in (?:a |the )?(?:hospital|peace|bed))\\b',
    note: 'English and romaji',
  },
  // ── self-harm with intent to die ─────────────────────────────────────────────────────────
  {
    id: 'self_harm.cutting',
    kind: 'self_harm',
    text: 'りすか|りすとかっと|(?:手首|腕)を?(?:切|き)(?:っ|る|ろ|り|ら)|自傷|自分を(?:傷つけ|きずつけ|切|刺)|じしょう|(?:刃物|包丁|ナイフ|かったー|カッター)で(?:自分|手首|腕|首)|首を(?:切|き)(?:った|ろう|りたい)',
    // Long-healed scars said as such.
    unless:
      '(?:痕|跡|あと)を(?:消|け)す.{0,24}(?:何年も|もう|ずっと).{0,6}(?:して|やって)(?:い)?(?:ない|ません)',
    note: 'リスカ, 手首を切った, 刃物で自分を切ろうとしている',
  },
  {
    id: 'self_harm.overdose',
    kind: 'overdose',
    text: alt(
      '(?:薬|くすり|睡眠薬|錠剤|安定剤)を?(?:一箱|ひと箱|1箱|箱ごと|一瓶|ひと瓶|瓶ごと|一しーと|シートごと|しーとごと)?(?:全部|ぜんぶ|大量|たくさん|いっぱい|まとめて|一気に|何十|\\d+錠).{0,3}(?:飲|のん|のみ|のま|のむ|服)',
      '(?:薬|くすり|睡眠薬|錠剤|安定剤)を?(?:一箱|ひと箱|1箱|箱ごと|一瓶|ひと瓶|瓶ごと).{0,3}(?:飲|のん|のみ|のま|のむ|服)',
      '(?:大量|たくさん|いっぱい)の(?:薬|くすり|睡眠薬)を?(?:飲|のん|のみ|のま|のむ|服)',
      'おーばーどーず',
      '過量服薬',
      '飲んで(?:死|し(?:ぬ|にた|のう))',
    ),
    // An older resident's many daily prescriptions (polypharmacy) are a care question.
    unless: '毎日|毎朝|毎晩|種類|飲み忘れ|管理|一包化|処方されて|飲み終わ|のみおわ|飲みきっ|のみきっ',
    note: '薬を大量に飲んだ; not 毎日たくさんの薬を飲んでいる',
  },
  {
    id: 'self_harm.english',
    kind: 'self_harm',
    en: alt(
      '\\bod\\b',
      '\\boverdos',
      '\\btoo many (?:pills|tablets|sleeping pills|meds)\\b',
      '\\b(?:cut|cutting|hurt|hurting|harm|harming) (?:myself|herself|himself)\\b',
      '\\bself[- ]harm',
    ),
    note: 'OD, I took too many pills, I cut myself',
  },
  // ── someone collapsed, not breathing, bleeding, fire ─────────────────────────────────────
  {
    id: 'medical.collapsed',
    kind: 'medical',
    text: alt(
      '(?:倒|たお)れて(?:い|る|動か|うごか|意識|返事|反応|起き|しまって動)',
      '(?:倒|たお)れた(?:まま|きり|人|ひと)',
      '(?:今|いま|急に|きゅうに|突然|とつぜん|目の前|さっき)、?.{0,12}(?:倒|たお)れ(?!る前|るか|ること|ないよう|ないか|たら|ても|たこと|たとき|た時|る時|るとき)',
      '(?:倒|たお)れた.{0,4}(?:動か|うごか|起きない|返事)',
      '(?:吐|は)いて(?:倒|たお)れ',
    ),
    // The past, resolved event (「父が倒れたのは去年で、今はリハビリ中」) does not reach these forms.
    // crisis26: a drill and a role played in it (「防災訓練で倒れた人の役」) are no collapse
    unless:
      '(?:とき|時|場合)の(?:対応|対処|ため)|講習|研修|教室|倒れたこと(?:は|が)(?:ない|ありません)|訓練|くんれん|(?:人|ひと)の(?:役|やく)',
    note: '倒れて動かない, 人が倒れています, 今倒れた',
  },
  {
    id: 'medical.just_happened',
    kind: 'medical',
    // A collapse, fall or injury said as news, ending the clause: 「父が倒れた、どうしよう」.
    text: '(?:倒|たお)れ(?:た|ました)(?=$|[、。!?…]|どうしよう|助けて|たすけて)|心臓が(?:止ま|とま)|心肺停止|大(?:けが|怪我)|重傷|(?:高いところ|高い所|ベランダ|窓|階段|屋根|二階|2階|はしご|脚立)から(?:落ち|転落|転げ落ち)',
    unless: RESOLVED,
    note: '父が倒れた, 心臓が止まってる, 子どもが高いところから落ちた; not 倒れたのは去年',
  },
  {
    id: 'medical.fall_or_accident',
    kind: 'medical',
    text: alt(
      '(?:落ち|転落し|転ん|ころん|転倒し|ぶつか(?:っ|られ)|(?:頭|あたま|胸|腰)を?(?:打|うっ))て?.{0,8}(?:動かない|うごかない|動けない|起き上がら|起きあがら|意識|返事がない|反応がない|血が)',
      '起き上がらない',
      '起きあがらない',
      '(?:トイレ|風呂|浴室|床|廊下|道|外|庭)で動けな',
      '動けなくなって(?:い|る)',
      '(?:車|電車|トラック|バイク|自転車)に(?:はねられ|跳ねられ|撥ねられ|ひかれ|轢かれ)(?!そう)',
      '(?:はねられ|跳ねられ|撥ねられ|轢かれ)(?:た|て)',
      '(?:風呂|浴槽|湯船|お湯|川|海|プール|池)で?(?:沈ん|しずん|溺れ(?:て|た)|おぼれ(?:て|た))',
      '(?<!(?:酒|恋|愛|薬|博|ル|ム))(?:溺|おぼ)れ(?:て|た|そう)',
    ),
    note: '階段から落ちて動かない, 車にはねられた, 風呂で沈んでいた, 溺れてる',
  },
  {
    id: 'medical.not_breathing',
    kind: 'medical',
    text: alt(
      '(?:息|いき)を?(?:して(?:い)?ない|しない|してません)',
      '息苦しそう',
      '(?:息|呼吸)が(?:苦し|くるし)そう',
      '息(?:が|を)(?:止ま|とま|弱|よわ|浅|あさ)',
      '呼吸(?:が|を)?(?:して(?:い)?ない|止ま|とま|ない|できない|弱|浅|おかし)',
      '息ができない',
      'いきができない',
    ),
    unless: '息(?:が|を)(?:止ま|とま)る(?:ほど|くらい|ぐらい|かと)|(?:浅|弱)いと(?:言|い)われ',
    note: '息をしていない, 息が弱い; not 息が止まるほど驚いた',
  },
  {
    id: 'medical.unconscious',
    kind: 'medical',
    // 「危機意識がない」「問題意識がない」 and a message that gets no reaction are not a person.
    text: alt(
      '(?<!(?:危機|問題|当事者|罪|病|健康|美|目的|仲間|コスト|共通|帰属|被害者|加害者|病気の|という))意識(?:が)?(?:ない|無い|ありません|もうろう|朦朧|戻らない|なく|おかしい)',
      '意識不明',
      '意識がもう',
      'いしきがない',
      '(?:呼びかけ|声をかけ|呼ん|よん|ゆすっ|揺すっ)(?:て|に|で)?も?(?:反応|返事)(?:が)?(?:ない|しない|なし)',
      '(?<!(?:めーる|らいん|line|連絡|投稿|返信|既読|sns).{0,5})反応がない',
      '脈がない',
    ),
    note: '意識がない, 呼んでも返事がない',
  },
  {
    id: 'medical.limp',
    kind: 'medical',
    text: 'ぐったり',
    // The carer's own exhaustion (「介護でぐったり疲れた」) is not a limp body.
    unless: '疲れ|つかれ|介護で|暑さで|仕事で|家事で|育児で|毎日',
    note: '赤ちゃんがぐったりしている',
  },
  {
    id: 'medical.bleeding',
    kind: 'medical',
    text: '血まみれ|血だらけ|ちまみれ|ちだらけ|血が(?:止まらない|とまらない|たくさん|いっぱい|大量|どくどく|すごく|出て)|ちがとまらない|大量(?:に)?出血|大量の血|血を(?:吐|は)|吐血|喀血',
    note: '血が止まらない, 血がたくさん出ている, 血を吐いた',
  },
  {
    id: 'medical.acute',
    kind: 'medical',
    // Stroke signs, choking, seizures: call 119 first, ask later.
    text: alt(
      'ろれつが(?:回|まわ)らな',
      '呂律が(?:回|まわ)らな',
      '(?:顔|口)が(?:ゆがん|歪ん)',
      '急に.{0,10}(?:しびれ|痺れ|動かなく|話せなく|しゃべれなく)',
      '誤飲',
      '(?:喉|のど)に(?:詰|つ)ま',
      '(?:詰|つ)まらせ',
      '(?:飲み込|のみこ)んで.{0,6}(?:苦し|くるし|息|いき|ぐったり)',
      'けいれん(?:して|が止ま)',
      '痙攣(?:して|が止ま)',
      '救急車を?(?:呼|よ)',
      'きゅうきゅうしゃを?(?:呼|よ)',
      '(?<!\\d)(?:#?7119|119番?)(?:に電話|にでんわ|を呼|を?よ|すべき|した(?:方|ほう)|して|に(?:かけ|連絡))',
    ),
    unless: '(?:救急車を?|119番?に?)(?:呼|よ|電話す)ぶ?(?:ほど|まで)(?:では|じゃ)',
    note: 'ろれつが回らない, 何か飲み込んで苦しそう, けいれん, 救急車を呼ぶべきか',
  },
  {
    id: 'medical.fire',
    kind: 'medical',
    // A fire is a 119 call; the closest kind in the contract is medical (its route is 119).
    text: '火事(?:です|だ|!|。|$|になっ|になり)|かじです|(?<!(?:やる気|情熱|闘志|意欲|意欲)に?)燃えて(?:い|る)|もえて(?:い|る)|燃え移|もえうつ|煙が(?:出|で)(?:て|た)|けむりが(?:出|で)(?:て|た)|火が(?:出|で)て|火の手',
    unless: '心配|しんぱい|対策|予防|保険|罹災',
    note: '火事です, コンロの火が燃え移った, 隣の家から煙が出てる; not 火事が心配',
  },
  {
    id: 'medical.english',
    kind: 'medical',
    en: alt(
      '\\bcollapsed\\b',
      "\\b(?:not|isn[’']?t|is not|stopped|can[’']?t|cannot) breath",
      '\\bunconscious\\b',
      '\\bunresponsive\\b',
      '\\bnot responding\\b',
      '\\bbleeding\\b',
      '\\bheart attack\\b',
      // crisis26: not the stroke a carer's worry is told after (「caring for my father-in-law after his stroke」, t11)
      '(?<!(?:after|since|from) (?:his|her|my|a|the) )\\bstroke\\b',
      '\\bseizure',
      '\\bchoking\\b',
      '\\bdrowning\\b(?! in (?:\\w+ )?(?:debt|bills|work|paperwork|loans|stress))',
      '\\bambulance\\b',
      '\\bhit by a (?:car|train|truck)\\b',
      // crisis26: not an alarm, a drill, an extinguisher, nor 'no fire' (a fire alarm going off with no fire is the landlord's)
      '(?<!\\bno )\\bfire\\b(?! ?(?:alarm|drill|extinguisher|station|department|escape|exit|safety|insurance))',
    ),
    // A fire over with everyone safe is a question about what comes after (crisis7, d9).
    // A fire hazard or risk asked about (an old heater to throw away, crisis13) is no fire.
    unless:
      '\\b(?:nobody|no one|no-one)(?: was)? (?:hurt|injured)\\b|\\bput it out (?:ourselves|myself)\\b|\\bfire (?:hazard|risk)s?\\b' +
      // nor fire safety things: a drill, an extinguisher, an alarm tested, insurance (crisis17)
      '|\\bfire (?:drills?|extinguishers?|insurance|safety|inspections?|escape plan)\\b|\\b(?:alarm|alarms) (?:tests?|testing|inspection)\\b|\\bduring (?:the )?(?:testing|test|drill)\\b' +
      // nor a sign told as over with all well now, a fire asked about as news (crisis19: 「my son had a febrile seizure last
      // month, all fine now」「was there a big fire in takatsu yesterday?」)
      "|\\b(?:all|everything(?:'?s| is)?|(?:he|she)(?:'?s| is)|they(?:'?re| are)) (?:fine|ok|okay|good|well) now\\b|\\bwas there (?:a )?(?:big |huge )?fire\\b",
    note: 'English',
  },
  // ── a weapon, an attack now ──────────────────────────────────────────────────────────────
  {
    id: 'violence.weapon',
    kind: 'violence',
    text: '(?:包丁|ほうちょう|刃物|はもの|ナイフ|ないふ|凶器|バット|銃)を?(?:持って|もって|持った|もった|持ち|向け|むけ|振り回|ふりまわ|突きつけ|手に)|(?:包丁|ほうちょう|刃物|はもの|ナイフ|ないふ|銃)で(?:脅|おど|刺|さ|切りつけ|襲)',
    unless: '(?:持|も)ったこと',
    note: '包丁を持って, 刃物を持った人, 包丁で脅された',
  },
  {
    id: 'violence.stabbed',
    kind: 'violence',
    text: '刺され|さされた|刺した|刺す(?:ぞ|と|って)',
    unless:
      '(?:蚊|か|虫|むし|蜂|はち|ダニ|だに|ぶよ|ブヨ|蟻|あり)(?:に|が)(?:刺|さ)(?:され|した)|注射|針を?刺',
    note: '刺された',
  },
  {
    id: 'violence.kill_threat',
    kind: 'violence',
    text: '殺され(?:る|そう|かけ)|ころされ(?:る|そう)|殺す(?:ぞ|と|って)|ころす(?:ぞ|と|って)|殺してやる|ころしてやる|首を(?:絞|締|し)められ',
    // Shouted at a game is play; a threat made over a game (「ゲームのことで殺すと言われた」) is not.
    unless:
      '(?:げーむ)(?:しながら|中|ちゅう|の中|をしながら)|冗談|じょうだん|\\(笑\\)|られたことが(?:ある|あります)',
    note: '殺される, 殺すと言われた, 首を絞められた; not 「殺すぞ」とゲームしながら',
  },
  {
    id: 'violence.attack_now',
    kind: 'violence',
    text: alt(
      `${NOW}、?.{0,16}(?:殴られ|なぐられ|殴って|なぐって|殴り|暴力を(?:振る|ふる)われ|蹴られ|けられて|蹴って|叩かれ|たたかれ|暴れ|あばれ|脅され|おどされ|襲われ|おそわれ|追いかけられ|おいかけられ|つけられ)`,
      '(?:殴|なぐ|蹴|暴れ|あばれ|叩|たた|暴力|首を絞).{0,16}(?:今です|いまです|今も|いまも|止まらない|とまらない|続け|つづけ)',
      '(?:助けて|たすけて).{0,12}(?:殴|なぐ|暴力|殺|刺|追いかけ|おいかけ|襲|暴れ|あばれ)',
      '(?:殴|なぐ|暴力|殺|刺|追いかけ|おいかけ|襲われ|暴れ|あばれ).{0,12}(?:助けて|たすけて)',
      '放火',
      '火をつけ(?:る|てやる)(?:ぞ|と|って)',
      '(?<!\\d)110番?(?:に電話|にでんわ|を呼|すべき|した(?:方|ほう)|して|に(?:かけ|連絡))',
      '警察を?(?:呼ん|よん)で',
    ),
    note: '今殴られている, 殴り続けていて止まらない, 助けて + violence',
  },
  {
    id: 'violence.screams',
    kind: 'violence',
    // A scream with a sign of an attack; screams heard every night are a report for 189, not 110.
    text: '悲鳴|ひめい|叫び声|さけびごえ',
    requires: '暴れ|あばれ|助けて|たすけて|殴|なぐ|刺|血|殺|刃物|包丁',
    unless: HABIT,
    note: '隣の部屋から悲鳴が聞こえる、誰かが暴れてる',
  },
  {
    id: 'violence.intruder',
    kind: 'violence',
    text: alt(
      '押し入(?!れ)',
      'おしい(?:って|られ)',
      '侵入され',
      '(?:誰か|だれか|人|男|女|不審者|知らない).{0,8}侵入',
      '不審者が(?:家|部屋|中)',
      '強盗',
      '(?:家|部屋|中|うち)に(?:入|はい)って(?:こよう|来よう|きそう|来そう)',
      '(?:入|はい)ってこようと',
      'ドアを(?:こじ開け|壊|蹴|け(?:って|られ)|叩|たた)(?:い|か|さ|っ|ら|れ|こう)?.{0,12}(?:入|はい|開け|あけ|今|いま|怖|こわ|助け|たすけ)',
    ),
    note: '家に誰かが押し入ってきた, 知らない男が家に入ってこようとしている',
  },
  {
    id: 'violence.at_the_door',
    kind: 'violence',
    text: '押しかけ|押し掛け|おしかけ|待ち伏せ|まちぶせ',
    requires: `${NOW}|助けて|たすけて|怖|こわ|逃げ|開けろ|あけろ`,
    note: '元夫が家に押しかけてきた、怖い',
  },
  {
    id: 'violence.followed',
    kind: 'violence',
    text: '(?:追いかけられ|おいかけられ|追われ|(?:後|跡|あと)を(?:つけ|付け)られ|(?:人|男|女|誰か|だれか|ひと)に(?:つけ|付け)られ|つきまとわれ)',
    requires: `${NOW}|助けて|たすけて|怖|こわ|後ろ|うしろ|逃げ`,
    note: '知らない人につけられていて怖い、今も後ろにいる',
  },
  {
    id: 'violence.english',
    kind: 'violence',
    en: alt(
      '\\bknife\\b',
      '\\bgun\\b',
      '\\bstabbed\\b',
      '\\b(?:going to|gonna|will) kill (?!myself|herself|himself|themselves)',
      '\\bbroke in\\b',
      '\\bbreaking in\\b',
      '\\btrying to get in\\b',
      '\\battacking me\\b',
      '\\bbeing attacked\\b',
      '\\b(?:hitting|beating|choking|chasing) me\\b',
      '\\bkill me\\b',
    ),
    // A knife as a thing to buy, sharpen, pack or eat with is no weapon (crisis19: 「where can i buy a proper japanese
    // kitchen knife … pack it in my suitcase」 was answered as violence).
    unless:
      '\\bwhere (?:can|do|could) i (?:buy|get|find) (?:a |an |some )?(?:\\w+ ){0,3}knife|\\bbuy(?:ing)? (?:a |an |some )?(?:\\w+ ){0,3}knife\\b|\\bknife (?:set|sharpener|sharpening|shop|store|block)\\b|\\bsharpen(?:ing)? (?:a |my |the |our )?(?:\\w+ )?knife|\\bpack (?:it|a knife|the knife|knives) in\\b|\\bknife and fork\\b|\\bbutter knife\\b' +
      // nor a scene watched or read (crisis23: a stabbing seen in a crime drama, told with a laugh)
      // nor beaten at a game (「my brother is beating me at chess」)
      '|\\b(?:beating|beat|killing) (?:me|us) (?:at|in) \\w+' +
      '|\\b(?:watch(?:ed|ing)?|saw|seen|read(?:ing)?) (?:a |an |the |this |that )?(?:\\w+ )?(?:drama|movie|film|show|series|episode|anime|novel|manga|book)\\b(?! (?:is|was) real)',
    note: 'English',
  },
  // ── a person with dementia, or a child, missing ──────────────────────────────────────────
  {
    id: 'missing.dementia',
    kind: 'missing_person',
    text: LOST,
    requires: DEMENTIA,
    // Said as something that happens sometimes, it is a dementia consultation.
    unless: `${GONE}.{0,2}(?:ことが(?:ある|あり|多)|時がある|ときがある)`,
    note: '認知症の父が帰ってこない',
  },
  {
    id: 'missing.child',
    kind: 'missing_person',
    text: LOST,
    requires: CHILD,
    unless: `${HABITUALLY_GONE}|${SOUGHT}`,
    note: '５歳の子どもが迷子で見つからない; not 夜遊びばかりして帰ってこない',
  },
  {
    id: 'missing.out_of_sight',
    kind: 'missing_person',
    text: '(?:目を離した|めをはなした|気づいたら|きづいたら|さっきから|いつの間にか|いつのまにか).{0,15}(?:い|居)(?:ない|なく|ません)|\\d+(?:歳|才)の(?:子|息子|娘|男の子|女の子|孫)が(?:い|居)(?:ない|ません)(?=$|[、。!?…])',
    requires: `${CHILD}|${DEMENTIA}|(?:父|母|祖父|祖母|おじいちゃん|おばあちゃん|じいちゃん|ばあちゃん)`,
    note: '2歳の娘がいない, 目を離したすきにいなくなった',
  },
  {
    id: 'missing.english',
    kind: 'missing_person',
    en: alt(
      '\\b(?:is|are|went|gone|has been|have been) missing\\b',
      '\\bwandered off\\b',
      "\\b(?:has|have|hasn[’']?t|haven[’']?t) (?:not )?(?:come|came) (?:back|home)\\b",
      "\\b(?:cannot|can[’']?t) find (?:him|her|my (?:son|daughter|child|kid|baby|boy|girl|mother|mom|father|dad|grand\\w+|husband|wife))\\b",
    ),
    note: 'English',
  },
  {
    id: 'missing.reported',
    kind: 'missing_person',
    text: '行方不明|ゆくえふめい|捜索願|そうさくねがい',
    note: '行方不明',
  },
  {
    id: 'missing.overdue',
    kind: 'missing_person',
    text: `(?:朝|昼|夕方|昨日|昨夜|夜|何時間|\\d+時間|さっき).{0,15}${GONE}|${GONE}.{0,8}(?:まだ|探して|さがして|警察)`,
    unless: HABITUALLY_GONE,
    note: '朝から帰ってこない, いなくなってまだ見つからない',
  },
]
