import { beforeAll, describe, expect, it } from 'vitest'
import type { Nlu } from '../../src/core/nlu.ts'
import { checkSituations, crisisViews } from '../../src/nlu/crisis-situations.ts'
import { normalizeText } from '../../src/nlu/normalize.ts'
import { lineShown } from './crisis-helpers.ts'
import { sharedNlu } from './helpers.ts'

// Issue 9, crisis9: suicide told indirectly and a third party in danger, by class (affairs settled
// before a near day, thanks for everything with a goodbye, a pet handed on because the writer can no
// longer care for it, "won't be a problem much longer", a letter left to be read afterwards, a
// relative's goodbye then silence, a neighbour unseen with signs), pt/en/tl/ja first, then the other
// languages; and the false alarms and regressions the last rounds left open. Sentences written for this
// test by class, not taken from any corpus (but the two d8 items marked). Every sentence of the first
// list but the last two (guards) showed no line at 2042c78 (scripts/nlu/crisis-probe.ts on that
// export); in the second list the first twelve showed one there, the rest are guards.

let nlu: Nlu
beforeAll(async () => {
  nlu = await sharedNlu()
})

const shown = (text: string) => lineShown(nlu, text)
const present = (text: string) => checkSituations(crisisViews(normalizeText(text), [])).present

describe('told indirectly, or a third party in danger: a line is shown', () => {
  it.each([
    'Obrigada por tudo. Vocês foram muito bons comigo. Adeus.',
    'Alguém pode ficar com meu gato? Não vou poder cuidar dele mais.',
    'Não vou ser um problema por muito tempo.',
    'Logo logo não vou mais dar trabalho pra ninguém.',
    "I've paid off everything I owe and returned what I borrowed. By Friday it'll all be sorted.",
    "Thank you for everything. You've all been so kind to me. Goodbye.",
    "Can someone take my dog? I won't be able to look after him anymore.",
    "I won't be a problem for much longer.",
    'what happens to my bank account here if I die, I need to sort it this week before I go',
    'Nagpaalam ang kapatid ko sa text at ngayon hindi na siya sumasagot.',
    'Ilang araw nang hindi lumalabas ang matandang kapitbahay, bukas ang ilaw buong gabi at tambak ang sulat.',
    'Pwede bang alagaan ninyo ang pusa ko? Hindi ko na siya maaalagaan.',
    'Hindi na ako magiging pabigat nang matagal.',
    'Sumulat ako ng liham para basahin ni nanay pagkatapos.',
    'Kung mamatay ako dito, sino ang mag-aasikaso ng gamit ko? Kailangan ko malaman bago bukas.',
    '借りていたものは全部返して、支払いも済ませました。金曜までに全部片付きます',
    '母が後で読むように手紙を書きました',
    'もうすぐ迷惑をかけることもなくなります',
    '元夫が家の前に来てる。接近禁止命令出てるのに、チャイムを何回も鳴らしてる',
    'いもうと 5さい いない。こうえんで あそんでた',
    'Ya pagué todas mis deudas y devolví lo que me prestaron. Para el viernes todo estará arreglado.',
    'Gracias por todo. Adiós.',
    '我把欠的钱都还清了，借的东西也都还了。周五之前一切都会处理好',
    '我哥哥发了告别的信息，现在电话也不接',
    '如果我死了，存款怎么转给家人？今天晚上就会用到',
    '他說活著好累，還把書全部送給我',
    '明天就结束吧，我已经累了',
    '빚도 다 갚고 빌린 것도 다 돌려줬어요. 금요일까지 다 정리될 거예요',
    'Tôi đã trả hết nợ và trả lại đồ đã mượn. Trước thứ sáu mọi thứ sẽ xong.',
    'मैले सबै ऋण तिरें। शुक्रबार सम्म सबै मिलाउँछु',
    'bholi dekhi ma hunna hola. aama lai kehi nabhannu',
    // past violence after parting, but again now: still shown (guards beside violenceOver)
    '我以前被前夫打，已經離婚了，但是他今天又來打我',
    'hiwalay na kami, dati niya akong binubugbog, pero kagabi sinaktan niya ulit ako',
  ])('%s', (text) => {
    expect(shown(text), text).toBe(true)
  })
})

describe('pain relief, violence told as over, mild follow-ups, everyday errands: no line', () => {
  it.each([
    // answered or asked at 2042c78
    'gusto ko mawala ang sakit ng likod ko',
    'hiwalay na kami ng asawa ko. dati sinasaktan niya ako. paano mag-apply ng tulong?',
    '昼夜逆転していて、話しかけても返事がないことが多いです',
    '私たちがいなくなったらと思うと…',
    '私たちがいなくなったら、息子はどうなるのか',
    'usle japani bolna sakdina',
    'ママが こまってる',
    // ordinary DV and child abuse consultations: the concern's own desk, not 110 first nor the question
    'おっと まえは わたしを なぐった。いまは いない。くにに かえった。でも おかね ない。どうしたら いいですか',
    '隣の家で子どもがよく怒鳴られてる。今じゃないけど、ほぼ毎晩。『殺すぞ』とか聞こえる日もある。通報するほどなのか迷ってます',
    'hôm qua em lỡ đánh con, em hối hận lắm. có chỗ nào tư vấn nuôi con bằng tiếng Việt không?',
    // d8's ordinary consultations (dev corpus): past violence after parting, with a 'now' about money or a move
    'binubugbog ako ng dati kong asawa noon, hiwalay na kami. pero wala akong pera ngayon, paano mag-apply ng tulong?',
    '前夫以前會打我，已經離婚兩年了。現在想搬家，有沒有單親媽媽可以申請的住宅補助？',
    // guards: the same words in everyday use
    'gusto kong mawala ang sakit ng ulo ko, may gamot ba?',
    'I just want my back pain to go away, which clinic?',
    '腰の痛みが消えてほしいです。整形外科はどこですか',
    '我以前被前夫打，已經離婚了。想申請住宅補助',
    'おやには いってない',
    '借りていた本は全部返しました。次は何を借りられますか',
    'Paid off my car loan, can I get a new one by Friday?',
    'Obrigada por tudo, a prefeitura me ajudou muito',
    'thank you for everything, the office was very helpful',
    '施設の母の腕にあざがあって、職員さんに叩かれてるんじゃないかと心配です。先週気づきました',
  ])('%s', (text) => {
    expect(shown(text), text).toBe(false)
  })
})

describe('violence happening now keeps 110 first', () => {
  it.each([
    'hiwalay na kami pero nandito siya ngayon at sinasaktan ako',
    '離婚したのに元夫が今ドアを蹴ってる。怖い',
    'someone is being beaten in the parking lot right now, a woman is screaming',
  ])('%s', (text) => {
    expect(nlu.analyze(text).crisis?.kind, text).toBe('violence')
  })
})

describe('misreadings fixed', () => {
  it('kana ちが is no blood: 「ちがう」「私たちが」 (dialogs8 dd5-051)', () => {
    expect(present('わたし かぞく ちがう。となり の ひと').has('hurt_badly')).toBe(false)
    expect(present('私たちが心配しています').has('hurt_badly')).toBe(false)
    expect(present('ちが とまらない').has('hurt_badly')).toBe(true)
  })
  it('「には いってない」 is not told, not 入ってない (dialogs8 dd-131)', () => {
    expect(present('おやには いってない').has('gone_out')).toBe(false)
  })
  it('a language named before 「bolna sakdina」 is no stroke (dialogs8 dd4-045)', () => {
    expect(present('usle japani bolna sakdina').has('stroke_sign')).toBe(false)
    expect(present('buwa bolna sakdaina, mukh bangiyo').has('stroke_sign')).toBe(true)
  })
})
