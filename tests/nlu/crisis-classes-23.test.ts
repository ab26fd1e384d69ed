import { beforeAll, describe, expect, it } from 'vitest'
import type { CrisisKind, Nlu } from '../../src/core/nlu.ts'
import { sharedNlu } from './helpers.ts'

// Issue 9, crisis23: violence happening now, every way it is told. By the one hit (the act said in the present or just
// now, the neck squeezed, hiding and unable to call because he is beside or outside the door, the phone taken), by a
// witness (a partner, a child or an elder hit in the next room or seen from a window), a weapon held over someone or
// waited with, a threat to kill told of someone else. es, tl, en, pt first, then ko, zh, vi, ja kana and やさしい日本語.
// Then a child alone crying at night or shut in a hot car, no pulse, a fire seen next door or that will not go out,
// an elder gone in the cold. Classes from d21's misses; every sentence written for this test (none from d21 or a sealed
// set), in the voices of a caller hiding, a neighbour, a care worker on a night round and a relative. The look-alikes are
// what the same people write with no danger now: a drama, a game, judo, the sun on a balcony, a joke with a laugh, a
// past told as over, a drum heard, an extinguisher asked about, a nosebleed that often comes.
// Violence against a partner, a child or an elder now leads with 110 (issue #9 item 6): the Japanese cases check that
// the answer's kind is violence (a resident writing in another language gets 119 and 110 both, first).
// On 72249b1 (this file copied onto it) 32 of the 64 cases failed: 21 of the 34 to be answered, 4 of the 4 Japanese
// to lead with violence, 4 of the 15 to stay quiet, 3 of the 11 never to be answered (see docs/crisis.md › crisis23).

/** Answered at once by a rule or the model of this kind (another kind may lead). */
const ANSWERED: [CrisisKind, string][] = [
  // hit, pushed, held by the neck now or just now; a weapon held over or waited with (es)
  ['violence', 'ahora mismo mi padrastro le está pegando a mi hermanita, la oigo llorar'],
  ['violence', 'el vecino tiene a su esposa agarrada del pelo en el pasillo'],
  ['violence', 'mi pareja me empujó contra la pared hace un rato y sigue gritando en la cocina'],
  ['violence', 'mi suegro la tiró al suelo ahorita y no la deja pararse'],
  ['violence', 'un señor con un cuchillo está amenazando a los clientes en la tienda'],
  ['violence', 'mi ex está afuera con una pistola esperando que yo salga'],
  ['violence', 'estoy encerrada en el baño, escribo sin que él se dé cuenta, tiene un cuchillo'],
  // the lead, after the merge: hiding where the one feared would hear, in a bathroom with the children (own words)
  ['violence', 'hiding under the bed, he will hear me if i call'],
  ['violence', 'estou no banheiro, ele vai me ouvir se eu ligar, ele está quebrando tudo'],
  ['violence', 'estoy en el baño con mi hija, mi esposo está borracho y tengo miedo'],
  ['violence', 'nasa cr ako, maririnig niya ako, lasing siya at nananakit'],
  // pt
  ['violence', 'o meu marido tá batendo na minha filha agora'],
  ['violence', 'ele me esganou agorinha, ainda tô tremendo'],
  ['violence', 'meu padrasto me ameaçou com uma faca agora há pouco'],
  // en
  ['violence', 'my stepdad is kicking my little brother right now'],
  ['violence', "i'm locked in the bathroom, whispering because he will hear me"],
  ['violence', "he took my phone and he's outside the door, using my tablet"],
  ['violence', 'the man next door is beating his wife right now i can hear her screaming'],
  ['violence', "her boyfriend is waiting outside to hurt her, she's hiding at my place"],
  // tl
  ['violence', 'tinulak ako ng asawa ko sa hagdan kanina, nasa taas pa siya'],
  ['violence', 'binubugbog ngayon ng tatay yung kapatid ko'],
  ['violence', 'hindi ako makatawag, katabi ko siya, text lang kaya ko'],
  ['violence', 'tinutukan niya ako ng kutsilyo, sasaksakin daw niya ako'],
  // ko, zh, vi
  ['violence', '아빠가 지금 엄마를 벽에 밀치고 때려요'],
  ['violence', '삼촌이 할머니를 바닥에 던졌어요'],
  ['violence', '爸爸刚才把妈妈推倒了 还在踹她'],
  ['violence', '我室友说要被男朋友打死了'],
  ['violence', 'bố đang đánh mẹ em, em sợ quá'],
  ['violence', 'anh ta đang bóp cổ vợ ở ngoài hành lang'],
  // someone else in danger, the body, a fire, someone gone
  ['third_party', 'こうえん で あかちゃん ひとり ないてる よる おや いない'],
  ['third_party', 'may batang nakakulong sa sasakyan sa parking, ang init'],
  ['third_party', 'hay un niño solo encerrado en el carro en el estacionamiento, y el sol está fuertísimo'],
  ['medical', 'hindi na nagigising si lola at walang pulso'],
  ['medical', "grandpa is on the floor and i can't find a pulse"],
  ['disaster', 'となり の いえ かじ けむり でてる'],
  ['disaster', '베란다에 불 붙었어요 소화기 뿌려도 안 꺼져요'],
  ['disaster', "the pan caught fire and the flames won't go out"],
  ['missing_person', 'mi abuela de 85 años desapareció de la residencia y afuera hace frío'],
]

/** Violence against a partner, a child or an elder now, in Japanese: answered, and violence leads (110 first). */
const VIOLENCE_LEADS: string[] = [
  '隣の部屋で子どもが叩かれてる いま泣き声がする',
  'ははが ちちに けられてる いま',
  'おっと が わたし の くび しめた',
  'となり の いえ おとこ が なぐる こえ きこえる いま',
]

/** Neither answered nor asked: everyday consultations with the same words. */
const QUIET: string[] = [
  'mi hijo practica judo y le están pegando mucho en las clases, es normal?',
  'mi mamá me va a matar si llego tarde otra vez jajaja',
  'o sol tá batendo na minha varanda, dá pra colocar toldo?',
  "he used to hit me, i'm divorced now and safe, how do i change my name",
  'hiwalay na kami, dati sinasaktan niya ako, ngayon safe na',
  '아이가 태권도에서 발로 차는 연습을 해요',
  '화장실 불이 안 꺼져요 관리실 번호 알려주세요',
  'em đang đánh răng rồi đi ngủ',
  'bố em đang đánh cờ với bạn',
  '弟弟刚刚跟我打闹 玩得很开心',
  '消火器の使い方を教えてください',
  "the extinguisher in our hall isn't working, who do i tell?",
  // crisis21's requests: a friend who eats little is no child alone; Nepali dukhi (sad) is no pain
  '留学生の友達が最近ごはん食べてないみたいで心配',
  'ma dherai dukhi chu, naya sathi kasari banaune?',
  // nlu18's: an adult son taking his mother's pension and shouting is the elder abuse desk's, no disaster
  'meu filho adulto pega a pensão da mãe e grita com ela, onde denunciar?',
]

/** Never the crisis answer (the safety question is allowed: a story, a joke or a habit vetoes a rule, and a vetoed
 * rule is asked, since those vetoes are often wrong). */
const NOT_ANSWERED: string[] = [
  'vi una película donde el marido la tiene agarrada del cuello, qué miedo',
  'my brother is beating me at chess right now lol',
  "we watched a movie where he's choking his wife, can't sleep",
  'watching a horror movie where a guy gets stabbed lol, anyway what time does the library close',
  '드라마에서 남편이 아내를 벽에 밀치는 장면',
  'ドラマで夫が妻の首しめてるシーン怖かった',
  'こどもが たいこ を たたいてる おと きこえる',
  // the lead, after the merge: an object struck; a room of one's own (own words)
  'うえのへやで ふとんを たたく おと が まいあさ うるさい',
  'estou no quarto estudando, meu pai me ouve tocar violão',
  'estoy en el baño, ahorita salgo, gracias',
  'tinulak ako ng kaklase ko noong elementary, ngayon ok na ako',
  'el año pasado mi ex me empujó contra la pared, ya me separé y estoy bien',
  // crisis21's request: 救命 said after a night shift is hyperbole, no third party
  '加班累死了 救命啊 明天还要早起😭',
  // crisis22's: a nosebleed told as what often happens, fine now
  'con em hay bị chảy máu cam, giờ hết rồi, có cần đi khám không?',
]

let built: Promise<Nlu> | null = null
beforeAll(() => {
  built = sharedNlu()
  return built.then(() => undefined)
})

/** What the layer made of a text: answered with a rule or the model of `kind`, which kind leads, and whether a line shows. */
const outcome = async (text: string, kind?: CrisisKind) => {
  if (!built) throw new Error('the NLU was not built')
  const r = (await built).analyze(text)
  const ids = r.crisis?.matched ?? []
  return {
    ofKind: kind !== undefined && ids.some((id) => id.startsWith(`${kind}.`) || id === `model.${kind}`),
    lead: r.crisis?.kind ?? null,
    answered: r.crisis !== null,
    asked: r.crisis === null && r.risk.score >= 1,
    matched: ids.join(','),
  }
}

describe('crisis23', () => {
  it.each(ANSWERED)('answered as %s: %s', async (kind, text) => {
    const o = await outcome(text, kind)
    expect(o.ofKind, `${text}: ${o.matched}`).toBe(true)
  })

  it.each(VIOLENCE_LEADS)('violence leads (110 first): %s', async (text) => {
    expect((await outcome(text)).lead, text).toBe('violence')
  })

  it.each(QUIET)('neither answered nor asked: %s', async (text) => {
    const { answered, asked } = await outcome(text)
    expect({ answered, asked }, text).toEqual({ answered: false, asked: false })
  })

  it.each(NOT_ANSWERED)('never answered: %s', async (text) => {
    expect((await outcome(text)).answered, text).toBe(false)
  })
})
