import type { CrisisKind } from '../core/nlu.ts'

// The reviewed crisis lexicon. Matched on the normalized message with kana folded to hiragana and
// spaces removed (so 「シニタイ」「しにたい」「死にたい」 all meet the same entry), and `bases` on the
// sequence of token base forms (so inflections like 「死にたくなる」「死にたかった」 are covered).
//
// A missed crisis is the worst error this product can make; a rare false alarm is acceptable. When
// unsure, add the entry. `unless` is only for well-known casual uses (「蚊に刺された」).
// Ids are stable: they are logged for staff review instead of the resident's words.

export interface CrisisEntry {
  id: string
  kind: CrisisKind
  /** Regex source over the folded text. */
  text?: string
  /** Regex source over base forms joined by single spaces, e.g. `死ぬ たい`. */
  bases?: string
  /** The entry fires only if this also matches somewhere in the folded text. */
  requires?: string
  /** Casual uses that must not fire. */
  unless?: string
  note: string
}

// 「タヒ」 is net slang for 死 (folded to たひ).
// A kana し must not end a kanji word (「楽しんだほうがいい」 is not 「死んだほうが」).
const SHI = '(?:死|氏|たひ|(?<![\\u4e00-\\u9fff々])し)'
const DEMENTIA =
  '(?:認知症|にんちしょう|徘徊|はいかい|ぼけ|物忘れ|もの忘れ|ものわすれ|認知|アルツハイマー|あるつはいまー)'
const GONE =
  '(?:(?:帰|かえ|戻|もど)って(?:こ|来|き)(?:ない|なく|ません|ず)|(?:帰|戻)ら(?:ない|ず)|(?:帰|戻)りません|出て(?:行|い)って(?:から)?.{0,6}(?:時間|日)|いなくなっ|居なくなっ|見つから(?:ない|なく)|みつからない|行方が(?:わから|分から)|出て(?:行|い)ったまま|どこにいるか(?:わから|分から))'

export const crisisLexicon: CrisisEntry[] = [
  // suicidal thoughts, active
  {
    id: 'suicide.wish_to_die',
    kind: 'suicide',
    text: `${SHI}に(?:たい|たく|たか|て[えぇー]|たぃ|たひ)`,
    bases: '(?:死ぬ|しぬ) たい',
    // A past, resolved time said as such (「昔、死にたいと思った時期があったけど、今は落ち着いています」).
    unless: `(?:昔|むかし|以前|前に|若い頃|学生の頃|一時期).{0,12}${SHI}にた(?:い|かった).{0,24}(?:今は|いまは)(?:もう)?(?:落ち着|大丈夫|平気|元気)`,
    note: '死にたい, 死にたくなる, しにてえ',
  },
  {
    id: 'suicide.word',
    kind: 'suicide',
    text: '自殺|自死|じさつ|suicid',
    unless: '^(?!.*(?:自殺|自死)(?:したい|しよう|する|を考|の方法|未遂)).*(?:自殺|自死)(?:予防|対策|防止)',
    note: '自殺したい, 自殺の方法; not 自殺予防のボランティア',
  },
  {
    id: 'suicide.farewell',
    kind: 'suicide',
    text: '(?:今まで|いままで)ありがとう.{0,12}(?:さようなら|さよなら)|(?:さようなら|さよなら).{0,12}(?:もう|終わり|おわり)|(?:もう|全部|人生|すべて)を?(?:終わり|おわり)にします|(?:これで|もう)最後に(?:します|する)',
    note: '今までありがとう、さようなら (a farewell)',
  },
  {
    id: 'suicide.lets_die',
    kind: 'suicide',
    text: `${SHI}の(?:う|うか|うと)`,
    note: '死のうと思う, 一緒に死のう',
  },
  {
    id: 'suicide.will_die',
    kind: 'suicide',
    text: `${SHI}ぬしか|${SHI}ぬ(?:準備|用意|日)|${SHI}ぬつもり|${SHI}ぬ方法|${SHI}ぬほうほう|${SHI}にます|(?:今|いま)から${SHI}ぬ|${SHI}ぬ(?:って|と)(?:言|い|ライン|line|連絡|メール)|${SHI}んで(?:やる|しまいたい|しまおう|しまえ|楽に|らくに)|${SHI}んだ(?:ほう|方)が|${SHI}ね(?:たら|ば楽|ればいい|ば楽になる)|${SHI}なせて|${SHI}のうとし`,
    note: '死ぬしかない, 今から死ぬ, 死んでやる, 死んだほうがまし',
  },
  {
    id: 'suicide.ending_life',
    kind: 'suicide',
    text: `命を(?:絶|断|たと|たち)|自ら命|希死念慮|(?:死|たひ)に方|致死量|楽に(?:死|しね|しぬ|たひ)|(?:死|たひ)んじゃ(?:いたい|おう)|(?:死|たひ)んだら(?:楽|らく|終わ)|人生を?(?:やめ|終わらせ|おわらせ)|首をくく|殺して(?:ほしい|ください|くれ)|薬を(?:ため|貯め)て`,
    note: '命を絶つ, 死に方, 楽に死ねる, 人生やめたい, 殺してほしい',
  },
  {
    id: 'suicide.would_not_mind_dying',
    kind: 'suicide',
    text: `${SHI}んでも(?:いい|かまわ|構わ)`,
    unless: `${SHI}んでもいいから`,
    note: 'このまま死んでもいい; not 死んでもいいから食べたい',
  },
  // suicidal thoughts, passive
  {
    id: 'suicide.wish_to_vanish',
    kind: 'suicide',
    text: '(?:消|き)え(?:たい|たく|たか|てしまいたい|ちゃいたい|てなくなりたい|てしまえたら|られたら)',
    bases: '(?:消える|きえる) たい',
    unless: '(?:消|き)えたい(?:くらい|ほど)(?:恥|はず)',
    note: '消えたい, きえてしまいたい',
  },
  {
    id: 'suicide.wish_to_be_gone',
    kind: 'suicide',
    text: '(?:い|居)なくなりたい|(?:い|居)なくなります|(?:この世|ここ)に(?:い|居)たくない|消えます|消えるね|消えようと|(?:い|居)なくなってしまいたい|(?:い|居)なくなれたら|(?:い|居)ない(?:ほう|方)が(?:いい|楽|まし|家族|みんな)|(?:い|居)なくなった(?:ほう|方)が|この世から',
    note: 'いなくなりたい, 私なんかいないほうが',
  },
  {
    id: 'suicide.living_is_painful',
    kind: 'suicide',
    text: '生きて(?:いる|る|いく|く)?の(?:が|も|は)(?:つら|辛|しんど|疲れ|嫌|いや|苦し|くるし|めんど)|生きる(?:の|こと)(?:が|に|も)(?:つら|辛|しんど|疲れ|嫌|いや|苦し|くるし)|いきてるのが(?:つら|しんど)',
    note: '生きているのがつらい',
  },
  {
    id: 'suicide.no_will_to_live',
    kind: 'suicide',
    text: '生きて(?:いたく|たく|いける気が|いけない気が)|生きたくない|生きる(?:意味|価値|理由|気力)|生きてる(?:意味|価値)|生きている(?:意味|価値)|生きてても|生きていても(?:仕方|しょうが|意味)|生きていけない|いきていたくない|いきたくない',
    unless: '(?:行|い)きたくない(?:店|会|学校|仕事)',
    note: 'もう生きていたくない, 生きる意味がない',
  },
  {
    id: 'suicide.wish_for_relief',
    kind: 'suicide',
    text: '(?:楽|らく)になりたい|(?:楽|らく)になれ(?:る|たら)|(?:楽|らく)にな(?:りたい|れる)',
    requires: 'もう|いっそ|全部|ぜんぶ|すべて|死|消え|生き|限界|疲れ|つかれ|飛び',
    note: '楽になりたい in a context of exhaustion or ending',
  },
  {
    id: 'suicide.end_it',
    kind: 'suicide',
    text: '(?:もう|全部|ぜんぶ|すべて|人生|何もかも|なにもかも|自分)を?(?:終わり|おわり)にしたい|(?:人生|全部|自分|すべて)を?終わらせ|(?:終わり|おわり)にしたい',
    note: 'もう終わりにしたい',
  },
  { id: 'suicide.note', kind: 'suicide', text: '遺書|いしょを', note: '遺書' },
  {
    id: 'suicide.not_wake',
    kind: 'suicide',
    text: '(?:朝|あさ|明日|あした)(?:が|なんて|なんか)?(?:来|こ)な(?:ければ|きゃ)|(?:目|め)が(?:覚|さ)めなければ|目覚めなければ|(?:眠|ねむ)ったまま(?:死|しね|起き)|(?:生|う)まれてこなければ|(?:生|産|う)まれなければよかった|(?:生|産|う)まれてこなきゃ',
    note: '朝が来なければいいのに, 生まれてこなければよかった',
  },
  {
    id: 'suicide.method',
    kind: 'suicide',
    text: 'ロープを(?:用意|買|準備)|ろーぷを(?:用意|買|準備)|練炭|れんたん|首を(?:吊|つ)|首(?:吊|つ)り|くびつり|(?:電車|線路|ホーム|車)に飛び込|飛び込(?:もう|みたい|んで死|む(?:つもり|しか))|飛び降り|とびおり|飛びおり|身投げ|ビルから|屋上から',
    note: '首を吊る, 飛び降りる, 練炭, 電車に飛び込む',
  },
  {
    id: 'suicide.english',
    kind: 'suicide',
    text: "want to die|wanna die|kill myself|end my life|(?:do not|don'?t) want to live|no reason to live|better off dead|want to disappear",
    note: 'English',
  },
  // self-harm with intent to die
  {
    id: 'self_harm.cutting',
    kind: 'self_harm',
    text: 'りすか|りすとかっと|手首を(?:切|き)|腕を(?:切|き)|自傷|自分を傷つけ|じしょう',
    note: 'リスカ, 手首を切った',
  },
  {
    id: 'self_harm.overdose',
    kind: 'self_harm',
    text: '(?:薬|くすり|睡眠薬|錠剤|安定剤)を?(?:全部|ぜんぶ|大量|たくさん|いっぱい|まとめて|一気に|何十|\\d+錠)|(?:大量|たくさん)の(?:薬|くすり|睡眠薬)|おーばーどーず|(?:^|[^a-z])od(?:[^a-z]|$)|過量服薬|飲んで(?:死|し)',
    note: '薬を大量に飲んだ, OD',
  },
  // someone collapsed, not breathing, bleeding
  {
    id: 'medical.collapsed',
    kind: 'medical',
    text: '(?:倒|たお)れて(?:いる|いて|る|動か|うごか|意識|返事|反応|起き上が|しまって動)|(?:倒|たお)れた(?:まま|きり)|(?:今|いま|急に|きゅうに|突然|とつぜん|目の前|さっき)、?.{0,12}(?:倒|たお)れ(?!る前)|(?:倒|たお)れた.{0,4}(?:動か|うごか|起きない|返事)',
    note: '倒れて動かない, 今倒れた, 急に倒れた',
  },
  {
    id: 'medical.english',
    kind: 'medical',
    text: "collapsed|not breathing|unconscious|stopped breathing|can'?t breathe|bleeding|heart attack|ambulance",
    note: 'English',
  },
  {
    id: 'medical.not_breathing',
    kind: 'medical',
    text: '息を?(?:して(?:い)?ない|してない|しない)|息(?:が|を)(?:止ま|とま)|呼吸(?:が|を)?(?:して(?:い)?ない|止ま|とま|ない|できない)|息ができない|いきをしてない|いきしてない',
    note: '息をしていない',
  },
  {
    id: 'medical.unconscious',
    kind: 'medical',
    text: '意識(?:が)?(?:ない|無い|ありません|もうろう|朦朧|戻らない|なく|おかしい)|意識不明|意識がもう|いしきがない|(?:呼びかけ|声をかけ|呼ん|よん|ゆすっ|揺すっ)(?:て|に|で)?も?(?:反応|返事)(?:が)?(?:ない|しない|なし)|反応がない|脈がない|ぐったりして(?:動か|返事|反応)',
    note: '意識がない',
  },
  {
    id: 'medical.bleeding',
    kind: 'medical',
    text: '血が(?:止まらない|とまらない)|ちがとまらない|大量(?:に)?出血|大量の血',
    note: '血が止まらない',
  },
  {
    id: 'medical.ambulance',
    kind: 'medical',
    text: '救急車を?(?:呼|よ)|きゅうきゅうしゃを?(?:呼|よ)|けいれん(?:して|が止ま)|痙攣(?:して|が止ま)',
    note: '救急車を呼ぶべきか',
  },
  // a weapon, an attack now
  {
    id: 'violence.weapon',
    kind: 'violence',
    text: '(?:包丁|ほうちょう|刃物|はもの|ナイフ|ないふ|凶器|バット|銃)を?(?:持って|もって|向け|むけ|振り回|ふりまわ|突きつけ|手に)',
    note: '包丁を持って',
  },
  {
    id: 'violence.stabbed',
    kind: 'violence',
    text: '刺され|さされた|刺した|刺す(?:ぞ|と|って)',
    unless: '(?:蚊|か|虫|むし|蜂|はち|ダニ|だに|ぶよ|ブヨ|蟻|あり)に(?:刺|さ)され',
    note: '刺された',
  },
  {
    id: 'violence.kill_threat',
    kind: 'violence',
    text: '殺され(?:る|そう|かけ)|ころされ(?:る|そう)|殺す(?:ぞ|と|って)|ころす(?:ぞ|と|って)|殺してやる|ころしてやる|首を(?:絞|締|し)められ',
    note: '殺される, 殺すと言われた, 首を絞められた',
  },
  {
    id: 'violence.attack_now',
    kind: 'violence',
    text: '(?:今|いま|現在|さっきから)、?.{0,10}(?:殴られてい|殴られてる|なぐられて|暴力を(?:振る|ふる)われてい|蹴られてい|叩かれてい|暴れてい|暴れてる)|(?:助けて|たすけて).{0,12}(?:殴|なぐ|暴力|殺|刺)|(?:殴|なぐ|暴力|殺|刺).{0,12}(?:助けて|たすけて)|放火|火をつけ(?:る|てやる)(?:ぞ|と|って)',
    note: '今殴られている, 助けて + violence',
  },
  {
    id: 'violence.intruder',
    kind: 'violence',
    text: '押し入|おしい(?:って|られ)|侵入され|不審者が(?:家|部屋|中)|強盗',
    note: '家に誰かが押し入ってきた',
  },
  {
    id: 'violence.english',
    kind: 'violence',
    text: 'knife|stabbed|going to kill|broke in|attacking me|being attacked|(?:hitting|beating) me now|kill me',
    note: 'English',
  },
  // a person with dementia (or a child) missing
  {
    id: 'missing.dementia',
    kind: 'missing_person',
    text: GONE,
    requires: DEMENTIA,
    note: '認知症の父が帰ってこない',
  },
  {
    id: 'missing.english',
    kind: 'missing_person',
    text: '(?:is|are|went|gone|has been) missing|wandered off|(?:has|have) not come (?:back|home)|cannot find (?:my|him|her)',
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
    note: '朝から帰ってこない, いなくなってまだ見つからない',
  },
]
