import { beforeAll, expect, test } from 'vitest'
import type { Nlu } from '../../src/core/nlu.ts'
import { sharedNlu } from './helpers.ts'

// Issue 9, crisis19: a weapon in hand or a wound bleeding now, violence seen or heard, smoke, fire, water rising, a lift
// stuck, something fallen on a person, someone missing in a crowd or walked out, someone on a ledge, someone else doing
// it now told from afar; English, traditional and simplified Chinese (Cantonese too) first, then Japanese. Written in the
// voices of a hotel night clerk, an international student, a tourist and a parent. Classes from d17's held-out misses;
// every sentence here was written for this test (none is from d17 or a sealed set). The look-alikes are what the same
// people write with no danger now: a kitchen cut already dressed, a knife to buy, a fire drill, a noise complaint, a
// quarrel made up, a 見守り question about a neighbour living alone, a lift stuck last month, a game or a novel.
// On 8fc09e7 (this file copied onto it) 36 of the 85 cases failed: 33 of the 56 to be answered, 1 of the 20 look-alikes
// to stay quiet, 2 of the 9 never to be answered (see docs/crisis.md › crisis19).

// The NLU is built once in a hook (hookTimeout): under load the build outlasts a single case's timeout.
let nlu: Nlu | undefined
beforeAll(async () => {
  nlu = await sharedNlu()
})
/** What the resident gets: the crisis answer, the safety question with a line, or nothing. */
const verdict = (text: string): 'answered' | 'asked' | 'quiet' => {
  if (!nlu) throw new Error('the NLU was not built')
  const r = nlu.analyze(text)
  return r.crisis ? 'answered' : r.risk.score >= 1 ? 'asked' : 'quiet'
}

/** The crisis answer at once. */
const ANSWER: [string, string][] = [
  // the same classes in es, pt, ko, vi, tl and ja
  ['weapon', 'mi vecino está rompiendo la puerta con un hacha, estoy sola con mi hija'],
  ['missing', 'perdi meu filho de 4 anos na multidão do festival'],
  ['missing', '사람 많은 데서 아이를 잃어버렸어요 6살이에요'],
  ['missing', 'お祭りの人ごみで5歳の息子を見失いました'],
  ['lift', 'o elevador travou com minha mãe dentro, ela tem problema no coração'],
  ['lift', 'na-stuck kami sa elevator, hirap huminga si lola'],
  ['smoke', 'hành lang đầy khói, chúng tôi không xuống được'],
  ['note', 'my cousin messaged her mum not to look for her and her phone has been off since'],
  ['note', '學妹傳訊息說謝謝大家 別再找她了 然後手機就關機了'],
  ['collapse', '地震で本棚がたおれて、弟が下じきになっています'],
  ['weapon', 'a drunk guest in the lobby is swinging a kitchen knife at the night porter'],
  ['weapon', 'my roommate grabbed the axe from the shed and is waving it at his brother'],
  ['weapon', "he's holding a box cutter to my sister's throat in the bathroom"],
  ['weapon', "someone is trying to smash our front door in with a hammer, we're hiding upstairs"],
  ['weapon', 'a guy just got stabbed outside the karaoke place near the station'],
  ['weapon', "my stepdad grabbed me by the neck and said he'd finish me when he's back"],
  ['weapon', '客人拿着水果刀在大堂挥来挥去 前台只有我一个'],
  ['weapon', '他拿菜刀追着我妈跑 我们在楼下'],
  ['weapon', '隔壁的男人拿斧頭劈門 裡面有小孩在哭'],
  ['weapon', '老公喝醉了說要砍死我 我躲在廁所'],
  ['weapon', '佢揸住把刀喺門口 話要斬死我哋'],
  ['weapon', '有幾個人圍住一個學生打 佢倒喺地下'],
  ['weapon', '店長がカッターを振り回してて、バイトの子が逃げてきた'],
  ['bleed', 'my dad sliced his hand on the mandoline and blood is spurting everywhere'],
  ['bleed', 'she cut her leg on the glass door and the towel is soaked with blood'],
  ['bleed', '切菜的时候切到手 血一直往外冒 止不住'],
  ['bleed', '我朋友被玻璃割到 手臂噴着血'],
  ['bleed', '懷孕七個月 突然肚子痛 一直流血'],
  ['bleed', '彼は割れた瓶で腕を深く切られて、血が止まらない'],
  ['choke', 'my son ate a cashew and his throat is swelling shut, he can barely talk'],
  ['choke', '阿嫲食咗花生之後喉嚨好似腫咗 講唔到嘢'],
  ['smoke', "the corridor on our floor is full of smoke and we can't get to the stairs"],
  ['smoke', '走廊全是烟 我们在十二楼下不去'],
  ['smoke', '樓梯都是火 我們被困在五樓'],
  ['smoke', '廚房的油鍋燒起來了 火越來越大'],
  ['smoke', 'アパートの廊下が煙だらけで、ドアの外に出られない'],
  ['flood', "the water is up to the car windows in the underpass and the doors won't open"],
  ['flood', '雨好大 水一直灌進來 奶奶腳不方便上不了樓'],
  ['flood', '河水突然涨上来 我儿子抓着栏杆 脚踩不到地'],
  [
    'lift',
    'stuck in the lift between floors with my grandma, she has a heart problem and nobody is answering the button',
  ],
  ['lift', '电梯卡在五楼和六楼中间 里面的老人快撑不住了'],
  ['lift', '部lift卡咗 入面個阿婆話好辛苦'],
  ['collapse', 'the ceiling came down on my husband in the bedroom after the quake'],
  ['collapse', '地震でブロック塀がたおれて、下に子どもがいます'],
  [
    'missing',
    'my 6 year old got separated from us in the crowd at the fireworks, we lost him near the river',
  ],
  ['missing', "my dad with alzheimers wandered off at the station an hour ago and we can't find him"],
  ['missing', '我奶奶有失智 在商场走散了 两个小时都找不到人'],
  ['missing', '個仔有自閉症 喺車站衝咗出去 搵唔到佢'],
  ['missing', '阿爺有認知症 轉頭人就冇咗 佢唔識日文'],
  ['edge', "there's a little boy standing on the balcony railing on the 6th floor across the street"],
  ['edge', '對面大樓有個小孩爬上陽台欄杆 家裡好像沒大人'],
  [
    'silence',
    'the kids next door were screaming and something was being thrown for an hour and now it has gone completely silent',
  ],
  ['silence', '樓上一直有打小孩的聲音 小孩哭 現在突然沒聲音了'],
  ['exhaust', "there's a car running in the garage next door with the door shut and someone slumped inside"],
  ['relayed', 'my friend back home is on a video call with a knife against her wrist'],
  ['relayed', '同学发了一堆安眠药的照片给我 说吃完就解脱了'],
]

/** Neither answered nor asked. */
const QUIET: string[] = [
  'perdí a mi hijo hace dos años y todavía me duele',
  '지갑을 잃어버렸어요 어디에 신고해요',
  "i cut my finger chopping onions yesterday, it's fine now, where can i buy plasters at night?",
  '切菜的时候切到手指 已经贴好创可贴了 请问附近有药店吗',
  '昨日包丁で指を少し切りました。もう大丈夫です。ばんそうこうはどこで買えますか',
  'where can i buy a good kitchen knife in kawasaki',
  '川崎哪里可以买到好用的菜刀',
  'our dorm has a fire drill on friday, do international students need to join?',
  '宿舍下周有消防演习 需要参加吗',
  '防災訓練で煙体験をしました。楽しかったです',
  'the guy upstairs keeps banging on the floor at night, who do i complain to?',
  '樓上每天晚上都很吵 可以跟誰反映',
  'my roommate and i had a big fight last week but we talked it out, is there a mediation service for flatmates?',
  '上个月跟男朋友吵架了 现在已经和好 想找人聊聊感情问题',
  'my neighbour is 85 and lives alone, is there a service that checks on her?',
  '隔壁的阿婆一個人住 有沒有人可以定期去看看她',
  '隣のおばあさんが一人暮らしで心配です。見守りサービスはありますか',
  '電梯上個月卡住過一次 現在修好了 管理公司電話是多少',
  '走廊里全是烟味 有人在楼道抽烟 可以投诉吗',
  'we got separated from our friends at the fireworks last year, is there a meeting point this year?',
]

/** Never the crisis answer; the safety question is allowed (a flood asked about, a lift stuck last month, a game, a
 * story, a neighbour's smoke: a past or a story vetoes a rule, which is asked, since those vetoes are often wrong). */
const NOT_ANSWERED: string[] = [
  'my daughter had a seizure with a fever in the spring, she is fine now, where are first aid classes for parents?',
  'was there a big fire near kawasaki station last night? saw some smoke in a photo, just wondering',
  'which evacuation shelter should we go to if the river floods?',
  'the lift in our building got stuck last month, who is responsible for inspections?',
  '在玩生存游戏 角色被困在电梯里了哈哈 顺便问一下区役所几点关门',
  "two years ago my ex hit me with a bottle, i'm safe now and want counselling",
  'did you see the news about the stabbing in kawasaki last year? is the area safe for students?',
  '我在寫小說 主角拿刀追殺敵人 這段寫得好嗎',
  'my neighbour smokes on the balcony and the smoke comes into my room, what can i do?',
]

// One table: the class (or 'quiet' / 'not answered') and the text, and what must come of it.
const CASES: [string, string, 'answered' | 'quiet' | 'not answered'][] = [
  ...ANSWER.map(([c, t]): [string, string, 'answered'] => [c, t, 'answered']),
  ...QUIET.map((t): [string, string, 'quiet'] => ['look-alike', t, 'quiet']),
  ...NOT_ANSWERED.map((t): [string, string, 'not answered'] => ['look-alike', t, 'not answered']),
]

test.each(CASES)('%s: %s (%s)', (_c, text, want) => {
  if (want === 'not answered') expect(verdict(text), text).not.toBe('answered')
  else expect(verdict(text), text).toBe(want)
})
