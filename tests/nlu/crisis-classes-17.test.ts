import { beforeAll, expect, test } from 'vitest'
import type { Nlu } from '../../src/core/nlu.ts'
import { sharedNlu } from './helpers.ts'

// Issue 9, crisis17: violence now, a disaster, a medical emergency told by its signs, someone missing, someone else in
// danger seen, heard or smelt from outside; Korean, English and Tagalog first (Taglish, typos, kana-only easy Japanese
// too), written in the voices of a caretaker on night rounds, a church interpreter, a tenant and a child. Classes from
// d15's held-out misses; every sentence here was written for this test (none is from d15 or a sealed set). The
// look-alikes are what the same people write without any danger now: a fire drill, an extinguisher, a fire alarm
// support scheme, a quarrel over, a scream that turned out to be cats, a noise complaint, a 見守り question.
// On c027acd (this file copied onto it) 52 of the 91 cases failed: 30 of the 43 to be answered, 14 of the 22 to show a
// line, 6 of the 19 look-alikes, 2 of the 7 never to be answered (see docs/crisis.md › crisis17).

const ready: Promise<Nlu> = sharedNlu()
// Built in a hook (hookTimeout), not inside the first case: under load the build outlasts a test's timeout.
beforeAll(async () => {
  await ready
})
/** answered (the crisis answer), asked (the safety question with a line) or quiet. */
const tier = async (text: string): Promise<string> => {
  const r = (await ready).analyze(text)
  if (r.crisis) return 'answered'
  return r.risk.score >= 1 ? 'asked' : 'quiet'
}

/** The crisis answer at once. */
const ANSWER: [string, string][] = [
  // a fire caught or spreading, flames seen
  ['fire', '주방에서 기름에 불이 붙었어요 불이 안 꺼져요'],
  ['fire', '옆 동 5층 창문에서 불길이 치솟고 있어요'],
  ['fire', '분리수거장에서 불이 옮겨붙고 있어요'],
  ['fire', 'the curtains caught fire from the heater and the fire is spreading'],
  ['fire', 'I can see flames coming from the window of the unit below me'],
  ['fire', 'nagliyab yung kalan namin, kumalat ang apoy'],
  ['fire', '向かいのアパートの窓から炎が上がってる'],
  // a weapon shown or brandished, someone coming at the writer
  ['weapon', '술 취한 아저씨가 소주병 깨서 경비원한테 휘두르고 있어요'],
  ['weapon', '남편이 칼을 꺼냈어요 애들이랑 방에 있어요'],
  ['weapon', '아빠가 망치 들고 엄마한테 덤벼요'],
  ['weapon', 'my roommate is coming at me with a broken bottle'],
  ['weapon', 'a guy in the parking garage pulled out a knife on the night guard'],
  ['weapon', 'may lalaking may dalang kutsilyo sa hallway, sumisigaw'],
  ['weapon', '夫がいまバットを持ってる、こわい、たすけて'],
  ['weapon', 'un hombre está amenazando al portero con una botella rota'],
  ['weapon', '有个男的拿着锤子在楼道里追着人打'],
  ['weapon', 'có người cầm dao dọa bảo vệ chung cư'],
  // hitting or kicking now, told by a bystander or a child; a threat to come back and finish it
  ['hitting', '놀이터에서 중학생들이 한 명을 발로 차고 있어요'],
  ['hitting', '아저씨가 할머니를 때리고 있어요'],
  ['hitting', 'two guys are kicking a man on the ground outside the station'],
  ['hitting', 'sinasampal ng lalaki yung babae sa labas ng gate'],
  ['hitting', '오빠가 내 목 조르다가 나갔는데 돌아와서 끝장낸대'],
  // someone dragged away in the street
  ['dragged', '남자가 여학생을 억지로 끌고 가요'],
  ['dragged', 'a man is dragging a girl away by the arm and she is screaming'],
  ['dragged', 'kinakaladkad ng lalaki yung babae papunta sa kotse'],
  // a child alone in a closed car, shut out in the cold
  ['child', '마트 주차장 차 안에 아기 혼자 있어요 창문 닫혀 있고 너무 더워요'],
  ['child', 'may baby na naiwan sa loob ng kotse, sarado lahat ng bintana'],
  ['child', 'a toddler is alone in a hot car in the church lot, windows up'],
  ['child', 'となりの子がベランダにはだしで締め出されてる、雪が降ってる'],
  ['child', 'naka lock sa labas yung mga bata ng kapitbahay, gabi na at ang lamig'],
  ['child', '駐車場の車の中に赤ちゃんが一人、窓が閉まってる'],
  ['child', 'hay una bebé sola dentro de un coche al sol'],
  ['child', '停车场的车里有个孩子一个人，窗户关着'],
  // a means seen in someone else's home; a room sealed with a charcoal smell
  ['means_seen', '巡回中、向かいの棟の窓から天井にひもを結んで台に上がってる人が見えた'],
  ['means_seen', '순찰 중에 보니까 2층 방에 밧줄을 매달고 의자에 올라가 있는 사람이 있어요'],
  [
    'means_seen',
    'from the courtyard i can see a noose hung from the ceiling and someone standing on a stool',
  ],
  ['sealed', '隣の玄関のすきまにテープが貼ってあって、練炭のにおいがする'],
  ['sealed', '옆집 문틈이 테이프로 막혀 있고 번개탄 냄새가 나요'],
  // a seizure told by its signs
  ['seizure', '아이가 열이 나더니 몸이 뻣뻣해지고 눈이 뒤집혔어요'],
  ['seizure', 'naninigas ang katawan ng anak ko at tumirik ang mata'],
  // pinned under furniture in a quake (tl)
  ['trapped', 'lumindol, nadaganan ng cabinet si lola, hindi siya makagalaw'],
  // someone relaying a relative's intent for tonight
  ['relayed', 'mi prima me escribió que se va a quitar la vida hoy'],
  ['relayed', 'nag-text yung kaibigan ko na magpapakamatay na daw siya'],
]

/** A line on screen: the crisis answer or the safety question. */
const SHOWN: [string, string][] = [
  ['water', '반지하에 물이 허리까지 차올라요'],
  ['water', 'water is up to our knees in the ground floor flat and still rising'],
  ['water', 'tumataas na yung tubig sa loob ng bahay, hanggang tuhod na'],
  ['water', 'もう1階まで水が来てる、母が歩けない'],
  ['water', 'el agua ya nos llega a la cintura'],
  ['water', '床まで水が来てて、まだ上がってる'],
  ['water', '水已经到膝盖了'],
  ['lift', 'na-stuck kami sa elevator, 30 minutes na, mainit na'],
  ['smoke', '3층 복도에 탄내가 심하고 문틈으로 연기가 새어 나와요'],
  ['smoke', 'theres a strong burning smell in the corridor on the 5th floor'],
  ['heard', 'となり の へや こども たたいて います こえ きこえます'],
  ['heard', 'naririnig ko na sinasaktan yung bata sa kabilang kwarto'],
  ['unseen', '옆집 할머니 문 두드려도 안 나와요 불은 켜져 있고 우편물도 그대로 있어요'],
  ['unseen', '302호에서 썩은 냄새가 나요 할아버지가 며칠째 안 보여요'],
  ['unseen', "the lady in 210 hasn't picked up her mail in a week and there's a strange smell from her unit"],
  ['missing', '치매 있는 할머니가 산책 나갔다가 사라지셨어요 밖이 너무 추워요'],
  ['missing', 'minha filha de 12 anos não tá em casa e o celular dela tá desligado desde as 8'],
  ['baby', '윗집에서 아기 우는 소리가 몇 시간째 나는데 점점 약해져요 어른 소리는 없어요'],
  ['baby', 'the baby next door has been crying for hours and the crying is getting weaker'],
  ['heat', '祖母の家がすごく暑くて、汗もかかずにぐったりしてる'],
  ['hiding', 'my brother is drunk and smashing things, im holding the door shut'],
  ['hiding', '아빠가 술 먹고 소리 질러서 방문 잠궜어요 무서워요'],
]

/** Neither answered nor asked. */
const QUIET: string[] = [
  'we have a fire drill at church on sunday, do the kids need to come?',
  'where do I dispose of an expired fire extinguisher?',
  'the fire alarm test is on tuesday, will the elevator still work?',
  'may fire drill sa school ng anak ko bukas, ano dadalhin?',
  '다음 주 아파트 소방훈련 몇 시예요?',
  '혼자 사는 어르신 화재경보기 설치 지원 받을 수 있나요?',
  '작년 화재 때 이재민 지원금 신청 아직 가능한가요?',
  '윗집 발소리 때문에 너무 시끄러워요 관리사무소에 말해도 안 돼요',
  '어제 옆집 부부가 크게 싸워서 경찰이 와서 다 정리됐어요 지금은 조용해요',
  "the couple upstairs had a big fight last month, it's calm now, is there family counselling?",
  'my neighbour lives alone and is getting frail, is there a service that checks on her?',
  'mag-isa lang si lola sa apartment, may programa ba na bumibisita sa matatanda?',
  '隣のおじいさんが一人暮らしで心配です。見守りサービスはありますか',
  '불꽃놀이 보러 가고 싶은데 언제 해요?',
  '가스레인지 불이 안 붙어요 수리 어디에 불러요?',
  '台風が来るので窓にテープを貼りました',
  'my son keeps kicking the ball against the wall and the neighbours complain',
  'nasa abroad ngayon ang asawa ko, ako lang mag-isa sa mga bata',
  '주말에 교회 바자회 하는데 자원봉사자 필요해요',
]

/** Never the crisis answer; the safety question is allowed (a scream that turned out to be cats: the past vetoes a
 * rule, which is asked, since a past word is often wrong). */
const NOT_ANSWERED: string[] = [
  '밤에 비명 같은 소리가 나서 나가봤는데 알고 보니 고양이 소리였어요 길고양이 어디에 신고해요?',
  'heard screaming in the car park on my round, turned out it was just cats fighting',
  '夫は今、出張中です',
  'my husband is away on a business trip until next week',
  // a parent's belt told as how things are, a door kicked in anger, an elderly mother seen shut out: the desks' reports
  'pinapalo ng mister ko ng hanger yung anak namin pag makulit',
  'sinisipa niya yung pinto pag galit siya, takot ako',
  'お向かいのおばあさんが夜に玄関の外へ締め出されているのを見ました。どこに相談すればいいですか',
]

test.each(ANSWER)('%s: answered: %s', async (_c, text) => {
  expect(await tier(text)).toBe('answered')
})
test.each(SHOWN)('%s: a line shown: %s', async (_c, text) => {
  expect(await tier(text)).not.toBe('quiet')
})
test.each(QUIET)('quiet: %s', async (text) => {
  expect(await tier(text)).toBe('quiet')
})
test.each(NOT_ANSWERED)('not answered: %s', async (text) => {
  expect(await tier(text)).not.toBe('answered')
})
