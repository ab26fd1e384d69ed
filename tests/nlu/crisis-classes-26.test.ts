import { beforeAll, describe, expect, it } from 'vitest'
import type { CrisisKind, Nlu } from '../../src/core/nlu.ts'
import { checkCrisis, screenCrisis } from '../../src/nlu/crisis.ts'
import { checkSituations, crisisLanguageOf, crisisViews } from '../../src/nlu/crisis-situations.ts'
import { normalizeText } from '../../src/nlu/normalize.ts'
import { lineShown } from './crisis-helpers.ts'
import { sharedNlu } from './helpers.ts'

// Issue 9, crisis26: medical, disaster, missing, violence told now, by class (es, tl, ne, ko first), and their
// look-alikes. Classes from d25's held-out misses and t11's everyday messages answered as a crisis; every sentence
// written for this test (none from d25, t11 or a sealed set): an infant's danger sign told by colour, tone or
// breathing; water rising or come in where someone is (a car in an underpass, an elder who cannot leave); a small
// child lost sight of at a place, with the age or the minutes counted; someone vulnerable gone at night without a
// wallet or with the phone off; a child or a woman being hit, heard now; a door being broken; smoke in kana; gas smelt
// (ne). Then the one feared come home drunk with fear said now (asked). The look-alikes: a fire alarm with no fire, a
// drill, degree said to kill (zh, ne, tl, ko), an attempt or a flood long ago now stable, the news on TV, a room or a
// day-care place not found, wandering that keeps happening, a stroke a carer's worry is told after.
// On 5805f1c (this file copied onto it) 40 of the 79 cases failed: 24 of the 48 to be answered of their kind, 7 of the
// 9 to show a line, 7 of the 17 never to be answered, 0 of the 2 quiet, and 2 of the 3 language cases (the reader's
// verdict was not taken by the situation layer; script-decided languages passed).

// One analyzer for the file: every case below reads its message once through it.
const analyzer: { nlu?: Nlu } = {}
beforeAll(async () => {
  analyzer.nlu = await sharedNlu()
})

/** The crisis answer at once, found by a rule of this kind or the model reading it (another kind may lead). */
const ANSWERED: [CrisisKind, string][] = [
  // water rising or come in where someone is
  ['disaster', 'アンダーパスに水がたまってきて、車の中に人がいる'],
  ['disaster', 'el agua del rio ya esta llegando a la puerta de mi vecina y ella no puede salir'],
  ['disaster', 'a agua da chuva ja entrou em casa e minha avó não consegue sair'],
  ['disaster', "the underpass is flooding and there's a car stuck with a woman inside"],
  ['disaster', '지하차도에 물이 차고 있어요 차 안에 사람이 있어요'],
  ['disaster', '地下通道积水了 车里有人出不来'],
  ['disaster', 'tumataas na ang tubig nang mabilis, may tao sa loob ng kotse'],
  ['disaster', 'nadi ko pani badhdai cha, manche pani ma phaseka chan'],
  ['disaster', 'hầm chui đang ngập, trong xe có người'],
  // smoke in kana, gas smelt (ne)
  ['disaster', 'となり の へや から けむり いっぱい'],
  ['disaster', 'kotha ma gas ko gandha aairaheko cha'],
  // an infant's danger sign: colour, tone, breathing, eyes
  ['medical', 'mi bebé de 2 meses tiene la boca morada y no reacciona'],
  ['medical', 'minha bebê de 3 meses ficou roxinha e tá molinha'],
  ['medical', '5개월 아기 입술이 보라색이에요 축 늘어졌어요'],
  ['medical', "my 3 month old is floppy and won't open her eyes"],
  ['medical', '生後2か月 くちびるが むらさき になってる'],
  ['medical', 'あかちゃん かおいろ あおい いき よわい'],
  ['medical', '宝宝三个月 嘴唇发紫 软绵绵的'],
  ['medical', 'ang baby ko nangingitim ang labi at lupaypay'],
  ['medical', 'मेरो ३ महिनाको बच्चाको ओठ निलो भयो'],
  ['medical', 'em bé 2 tháng môi tím tái, không mở mắt'],
  // someone who cannot be roused by the caller
  ['medical', 'mi papá no lo puedo despertar, le grito y nada'],
  ['medical', 'hindi ko siya magising, si lolo, ang lamig ng kamay'],
  ['medical', '할아버지가 깨워도 안 일어나요'],
  // a small child lost sight of at a place, the age or the minutes counted
  ['missing_person', 'lost my 4yo at the mall, red shirt'],
  ['missing_person', '마트에서 아이 손을 놓쳤어요 5살이에요'],
  ['missing_person', 'mi hija de 6 años estaba en el parque y ya no la veo'],
  ['missing_person', '公園で目をはなしたら4歳の息子がいない'],
  ['missing_person', 'こども いない こうえん 5さい'],
  ['missing_person', 'meu filho de 5 anos sumiu na praia, já faz meia hora'],
  ['missing_person', 'mero chhora park ma kheldai thiyo, ahile dekhidaina, 6 barsa ko'],
  ['missing_person', 'मेरो १० वर्षकी छोरी स्कुलबाट आइन, फोन बन्द छ'],
  ['missing_person', '在商场一转眼孩子就不见了 才4岁'],
  // someone vulnerable gone at night, without a wallet or a phone, still not back
  ['missing_person', '認知症の祖母が夜に出ていった 携帯も持ってない'],
  ['missing_person', 'हजुरबुबालाई बिर्सने रोग छ, बेलुका निस्कनुभयो, अझै फर्कनुभएन'],
  // someone else hit now, heard; a door being broken; a threat to come and hit
  ['violence', 'the girl next door is being slapped, i can hear it now'],
  ['violence', '楼上小孩被一直打 哭得很厉害'],
  ['violence', '옆집에서 아이 때리는 소리가 들려요 지금'],
  ['violence', 'oigo que están golpeándola en el departamento de al lado'],
  ['violence', '전 남편이 문을 부수려고 해요 무서워요'],
  ['violence', 'साहु मलाई कुट्न आउँदैछ'],
  ['violence', 'can hear slapping and a kid screaming next door'],
  // the same classes in the remaining languages
  ['missing_person', 'hindi ko na makita ang anak ko sa mall, 4 na taon'],
  ['missing_person', 'không thấy con đâu cả, bé 3 tuổi, ở siêu thị'],
  ['medical', '赤ちゃんが目をあけない 顔色が青い'],
  ['disaster', 'the river is rising fast and my grandma can’t get out'],
  ['violence', 'escucho que le están pegando a un niño arriba, golpeándolo fuerte'],
  ['disaster', 'rio subindo rápido, a água da rua já entrou e meu avô não consegue sair'],
]

/** A line on screen at once (the crisis answer or the safety question with its line). */
const SHOWN: string[] = [
  // the one feared come home drunk or raging, and fear said now (closing-15's class)
  'meu marido chegou bêbado e estou com medo',
  'mi esposo llegó borracho y tengo miedo',
  'he came home drunk and i am scared',
  '夫が酔って帰ってきた 怖い',
  '남편이 술 취해서 들어왔어요 무서워요',
  '老公喝醉了回家 我好害怕',
  'chồng em say rượu về nhà, em sợ quá',
  'श्रीमान रक्सी खाएर घर आयो, डर लाग्यो',
  'umuwi siyang lasing, takot ako',
]

/** Neither answered nor asked: everyday messages with the same words. */
const QUIET: string[] = [
  "lost my 3yo's shoe at the park, is there a lost and found",
  'la tina se esta llenando de agua, cuanto cuesta el agua en kawasaki',
]

/** Never the crisis answer (the safety question is allowed). */
const NOT_ANSWERED: string[] = [
  // a fire alarm with no fire, a drill
  'the fire alarm in the hallway keeps beeping with no fire, who do we call',
  '防災訓練で倒れている人の役をします',
  'para el simulacro quiero practicar como pedir una ambulancia',
  // degree said to kill, a laugh after it
  '今天热到我想死 哈哈',
  'मोमो नखाई म मर्छु हाहा',
  'mamamatay ako sa hiya kanina haha',
  // an attempt or a flood long ago, now stable
  '前年自殺未遂 現在在看醫生 情況穩定',
  '예전에 약을 많이 먹은 적이 있는데 지금은 괜찮아요',
  'nag overdose ako dati, ngayon ok na ako, may tanong lang',
  'गत वर्ष बाढी आएर घरमा पानी पस्यो, अहिले सबै ठीक छ',
  // the news watched
  'vi en las noticias que se quemó una casa en otra ciudad',
  // a room or a day-care place not found, wandering that keeps happening, a stroke a carer's worry is told after
  '引っ越し先の部屋をずっと探してるけど全然見つからない、子どもがいるので',
  '放課後デイの事業所がどこもみつからない',
  '奶奶晚上会自己走出去，已经被警察送回来三次了',
  '어머니가 밤에 길을 잃으셨어요 이번이 세 번째예요 상담하고 싶어요',
  "caring for my mum since her stroke, i'm worn out, is there respite care",
  // a pattern, not now
  'cuando mi esposo llega borracho siempre tengo miedo, ¿a dónde puedo consultar?',
]

/** Whether one message gets what its list asks: its kind's answer, a line, nothing at all, or no crisis answer. */
const gets = (text: string, want: 'answered' | 'shown' | 'quiet' | 'not answered', kind?: CrisisKind) => {
  const nlu = analyzer.nlu
  if (!nlu) throw new Error('the NLU was not built')
  const r = nlu.analyze(text)
  const why = `${r.crisis?.matched.join(',') ?? '-'} / ${r.risk.cues.join(',') || '-'}`
  const ok = {
    answered: (r.crisis?.matched ?? []).some((id) => id.startsWith(`${kind}.`) || id === `model.${kind}`),
    shown: lineShown(nlu, text),
    quiet: !lineShown(nlu, text),
    'not answered': r.crisis === null,
  }[want]
  return { ok, why }
}

describe('crisis26: answered as its own kind', () => {
  it.each(ANSWERED)('%s: %s', (kind, text) => {
    const { ok, why } = gets(text, 'answered', kind)
    expect(ok, why).toBe(true)
  })
})
describe('crisis26: a line on screen (the one feared come home, fear said now)', () => {
  it.each(SHOWN)('%s', (text) => expect(gets(text, 'shown').ok).toBe(true))
})
describe('crisis26: look-alikes with no line', () => {
  it.each(QUIET)('%s', (text) => expect(gets(text, 'quiet').ok).toBe(true))
})
describe('crisis26: look-alikes never answered (asked at most)', () => {
  it.each(NOT_ANSWERED)('%s', (text) => {
    const { ok, why } = gets(text, 'not answered')
    expect(ok, why).toBe(true)
  })
})

// The fallback path (screenCrisis, when the tokenizer fails) reads the situations without analyze(): the line's
// language is then the situation layer's, so the language reader's verdict is passed in to it (closing-15's review).
describe('crisis26: the crisis line names the reader’s language on the situation layer too', () => {
  const lang = (text: string, reading: string | null) =>
    checkSituations(crisisViews(normalizeText(text), []), reading).lang
  it('a Portuguese fall with bleeding: the first form is Spanish and Portuguese alike, the reader says pt', () => {
    expect(lang('minha mãe caiu da escada e está sangrando muito', 'pt')).toBe('pt')
  })
  it('a script-decided language keeps its script whatever the reader says', () => {
    expect(lang('엄마가 쓰러져서 피가 나요', 'en')).toBe('ko')
    expect(crisisLanguageOf('血が止まらない', null, 'es')).toBe('ja')
  })
  it('romanised Nepali read as Tagalog by the reader follows the reader, as analyze() does', () => {
    expect(crisisLanguageOf('ragat rokidaina', null, 'tl', true)).toBe('tl')
  })
  // The lead, after the merge: screenCrisis itself now gives the reader's verdict (it named Spanish before).
  it('the fallback screen, rules alone, names Portuguese for a Portuguese fall and Spanish for a Spanish one', () => {
    expect(screenCrisis('minha mãe caiu da escada e está sangrando muito', null)).toMatchObject({
      lang: 'pt',
    })
    expect(screenCrisis('mi mamá se cayó de la escalera y está sangrando mucho', null)).toMatchObject({
      lang: 'es',
    })
    // without the reader's verdict the layer names the first form's language: the case the verdict mends
    expect(
      checkCrisis(normalizeText('minha mãe caiu da escada e está sangrando muito'), [], null).signal?.lang,
    ).toBe('es')
  })
})
