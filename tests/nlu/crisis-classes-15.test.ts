import { beforeAll, expect, test } from 'vitest'
import type { Nlu } from '../../src/core/nlu.ts'
import { sharedNlu } from './helpers.ts'

// Issue 9, crisis15: someone else in danger seen, heard or smelt from outside, as a neighbour, a postal worker, a
// newspaper deliverer, a visiting nurse, a 管理人 or a grandchild writes it (ja and ko first, then the other
// languages d13 showed missing). Classes from d13's held-out misses; every sentence here was written for this test
// (none is from d13 or a sealed set). 'shown' is the crisis answer or the safety question: a line on screen.
// On b3d0579 (this file copied onto it) 41 of the 69 cases failed: 37 of the 55 that must show a line, and 4 of the
// 14 look-alikes (the 見守り questions in ja and ko, a hearing worry, a car exhaust smell); see docs/crisis.md › crisis15.

let nlu: Nlu
beforeAll(async () => {
  nlu = await sharedNlu()
})

type Outcome = 'answered' | 'asked' | 'quiet'
const outcome = (text: string): Outcome => {
  const r = nlu.analyze(text)
  if (r.crisis !== null) return 'answered'
  return r.risk.score >= 1 ? 'asked' : 'quiet'
}

/** Must get a line at once (the crisis answer). */
const ANSWERED: Record<string, string[]> = {
  // someone lying inside, seen through a gap, or in a corridor, the door locked
  lying_seen: [
    '郵便受けのすきまからのぞいたら、玄関で人が横になってるのが見える。鍵はかかってる',
    '新聞を入れようとしたら、ドアの新聞受けから廊下に足が見えた。ドアは鍵がかかってます',
    '우편함 틈으로 보니까 현관 바닥에 누워 계세요 문은 잠겨 있어요',
    '배달 갔는데 창문으로 발이 보여요 문이 잠겨 있고 대답이 없어요',
    "I can see her feet through the mail slot, she's on the floor and the door is locked",
  ],
  // a car with a hose from the exhaust to the window, charcoal burnt inside
  exhaust: [
    '駐車場の車、エンジンかけっぱなしで中に人。排気管からホースが窓に入ってる',
    '団地の裏の車、窓に目張りしてあって中に練炭みたいなのがある',
    '주차장 차에 사람이 있는데 배기관에 호스를 연결해서 창문으로 넣어놨어요',
    '차 안에서 번개탄 피운 것 같아요 창문이 테이프로 막혀 있어요',
    'a car in the lot has a hose running from the exhaust into the window and someone is inside',
  ],
  // someone on an edge or outside a railing, seen from below or across
  at_edge: [
    '子どもが5階のベランダの柵の外側に出てる。親はいないみたい',
    '向かいのマンションで小さい子が窓から身を乗り出してる',
    '屋上のふちに女の子が座って泣いてる',
    '団地の屋上の柵の外に人が立ってる',
    '아이가 베란다 난간에 올라가 있어요 5층이에요 부모가 없어요',
    '옥상 난간 바깥에 학생이 서 있어요',
    'a toddler is standing on the balcony railing on the 6th floor, no adult around',
    'un hombre esta parado en el borde del puente mirando el agua',
  ],
  // someone forced into a car in the street
  abduction: [
    '向こうの歩道で男が女の人の髪をつかんで車に押し込もうとしてる',
    '남자가 여자를 억지로 차에 태우려고 해요 여자가 소리 지르고 있어요',
    'a man is dragging a woman into a van by her hair',
  ],
  // violence now with a weapon, petrol or kerosene, a stranger in the room, a threat relayed
  violence: [
    '同居の息子が金を出せと木刀で殴ってくる',
    '孫に金属バットで叩かれてる。わたし85',
    '손자가 야구방망이로 때려요 지금요',
    '아들이 때려요 지금도요 저 80살이에요',
    '夫に灯油をかけられて、火をつけるって言われてる',
    '남편이 휘발유를 뿌리고 불 지르겠대요',
    '知らない男が部屋に入ってきた',
    '모르는 남자가 집에 들어왔어요',
    'a stranger just came into my apartment',
    '전남친이 문 앞에서 죽인대요 문을 발로 차요',
  ],
  // smoke or a burning smell next door, a fire with the stairs full of smoke
  fire: [
    '옆집에서 타는 냄새가 나고 연기 나요 할머니 혼자 사세요',
    '불났어요 복도에 연기가 꽉 차서 못 내려가요',
    'nhà bên cạnh có khói bay ra, mùi khét lắm',
  ],
  // a stroke seen in someone else
  stroke: [
    '阿嬤突然講話不清楚 左手舉不起來',
    '할아버지가 갑자기 말이 어눌해지고 한쪽 팔을 못 들어요',
    'si lolo biglang hindi makasalita ng maayos, nakangiwi ang bibig',
  ],
  // a baby crying for hours with nobody answering, a small child barefoot alone at night
  child_alone: [
    '옆집 아기가 아침부터 계속 울어요 어른이 없는 것 같아요',
    'the baby next door has been crying since morning and nobody answers the door',
    '夜中に団地の廊下で小さい子がはだしで一人で泣いてる',
    '밤에 복도에 어린애가 맨발로 혼자 울고 있어요',
  ],
  // breathlessness in dialect, then the call cut off
  call_cut: ['ひとり暮らしの父が電話で息ができんって言ってそのまま切れた'],
}

/** Must get a line (the crisis answer or the safety question). */
const SHOWN: Record<string, string[]> = {
  heard_now: [
    'となりの へや で おとこのひと さけんでいます。いまも',
    '옆집에서 여자가 계속 소리 지르고 쿵쿵 소리가 나요 지금도요',
  ],
  heat_seen: [
    '近所のおばあさん、この暑さでこたつに入ってて、ぼーっとして話がかみあわない',
    '옆집 할머니가 이 더위에 에어컨도 없이 계시는데 멍하고 말이 안 통해요',
  ],
  unseen: [
    'ひとり暮らしのおじいさん、玄関に牛乳が3本たまってる',
    '옆집 강아지가 어제부터 계속 짖어요 할머니 혼자 사시는데 안 보이세요',
    '독거 어르신 집 앞에 우유가 세 개나 쌓여 있어요',
  ],
  call_cut: [
    '祖母から電話で「胸が苦しい」って言ったきり切れて、かけ直してもつながらない',
    "my grandma called saying she couldn't breathe and then the line went dead, she's not picking up",
  ],
  parting: ['담당 아저씨가 다시 볼 일 없을 거라고 하더니 문 잠그고 들어갔어요'],
  missing: ['おとうさん びょうき で わすれる。ひる から いない', '치매 있는 엄마가 새벽에 나가서 안들어와요'],
  flood: ["the water is coming up through the floor and my grandmother can't walk"],
}

/** Look-alikes: no line (the concern's own desk). */
const QUIET = [
  // an ordinary 見守り worry about a neighbour living alone is the isolation concern
  'となりのおばあさん、ひとり暮らしで最近見かけない。見守りサービスってありますか',
  '옆집 할머니가 혼자 사시는데 요즘 잘 안 보여요. 안부 확인 서비스가 있나요?',
  'おばあちゃんが最近電話に出ないことが多い、耳が遠くなったのかな',
  '車の排気ガスの臭いが部屋に入ってきて困ってる',
  '子どもが窓から身を乗り出さないように柵をつけたい',
  '夫が金を出せってうるさい。生活費の相談をしたい',
  '孫がバットを買ってほしいって',
  '윗집 쿵쿵 소리가 시끄러워요',
  '隣の犬がずっと吠えててうるさい',
  '옆집 아기가 밤마다 울어서 잠을 못 자요',
  '夏にこたつ出してる母、物忘れもあって心配。デイサービスある?',
  '전화가 자꾸 끊겨요 휴대폰 상담 어디서 해요',
  '昨日知らない男の人が訪問販売に来た',
  '전 남친이랑은 다시 볼 일 없어요',
]

const cases = (table: Record<string, string[]>) =>
  Object.entries(table).flatMap(([cls, texts]) => texts.map((t) => [cls, t] as const))

test.each(cases(ANSWERED))('%s: answered: %s', (_cls, text) => {
  expect(outcome(text)).toBe('answered')
})

test.each(cases(SHOWN))('%s: a line shown: %s', (_cls, text) => {
  expect(outcome(text)).not.toBe('quiet')
})

test.each(QUIET)('quiet: %s', (text) => {
  expect(outcome(text)).toBe('quiet')
})
