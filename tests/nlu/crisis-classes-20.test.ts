import { describe, expect, it } from 'vitest'
import type { Nlu } from '../../src/core/nlu.ts'
import { neskForm } from '../../src/nlu/crisis-nepali.ts'
import { lineShown } from './crisis-helpers.ts'
import { sharedNlu } from './helpers.ts'

// Issue 9, crisis20: everyday consultations that share a crisis's words stay quiet by class (an errand at a high
// place, something to throw away, paperwork said to kill or make one faint, a language one cannot speak yet, a role
// not yet filled, a death told as a bereavement, a past told years back or as over with the present well), and the
// writer's own danger told around it is shown a line (the wheel turned toward a cliff, no tomorrow, the key left in
// the postbox, charcoal and tape ready, insurance arranged for the children with the last thing one can do, boiling
// water or a wall used on oneself, cutting again deep). Sentences written for this test, by class, in ja, ja-easy,
// vi, es, ne, en, pt, zh, ko; none from a held-out or sealed set. At 8fc09e7 (this file copied onto it) 38 of the
// 56 cases failed (12 of 22 to show a line, 24 of 31 to stay quiet, 2 of the 3 Nepali form cases).

// The whole analyzer, shared with the other crisis tests.
const nlu: Nlu = await sharedNlu()

// A line must be on screen (the crisis answer or the safety question).
const SHOWN = [
  '運転中、さっきから対向車のほうにハンドルを切りたくなってる',
  'driving home and I keep wanting to swerve into the oncoming trucks',
  'voy manejando y quiero girar el volante hacia el barranco',
  'đang lái xe, chỉ muốn lao xe xuống vực',
  'わたし には もう あした は ない。みんな ありがとう',
  'para mí ya no hay mañana, gracias por todo',
  'em không còn ngày mai nữa, cảm ơn mọi người',
  '部屋の鍵は郵便受けに入れておきました。今までありがとう',
  'mình chuẩn bị xong hết rồi, than với băng keo đã có',
  '熱湯をわざと足にかけた。皮がむけてきた',
  'I poured boiling water on my arm on purpose',
  'em đổ nước sôi lên tay mình',
  '頭を壁に何度も打ちつけてしまった',
  'me golpeé la cabeza contra la pared hasta sangrar',
  '머리를 벽에 박았어요 어지러워요',
  '我一直用头撞墙，现在头很晕',
  'lại cắt nữa rồi, lần này cắt sâu lắm',
  '保険金が家族に残るようにしておいた。最後にできることはこれくらい',
  "made sure my kids will get the life insurance. it's the last thing i can do for them",
  // a look-alike beside something firmer is not quiet
  '屋上で洗濯物を干してたら、もう飛び降りたくなった',
  '薬の捨て方を調べてたけど、もう死にたい',
  '睡眠薬を全部飲んだ。空き箱の捨て方は',
]

// Everyday consultations with a crisis's words: neither answered nor asked.
const QUIET = [
  '屋上で洗濯物を干したい',
  "I'm on the roof hanging washing",
  '屋上で布団を干してもいいですか。マンションの規約を知りたい',
  'ベランダの手すりがぐらぐらしていて、修理をお願いしたい',
  'tengo que tender la ropa en la azotea, ¿hay lavanderías baratas cerca?',
  'em phơi đồ trên sân thượng, có bị phạt không?',
  '我在楼顶晒被子，可以吗',
  'Tôi đánh rơi điện thoại ở ga Mizonokuchi, hỏi ở đâu ạ',
  '古い包丁の捨て方を教えてください',
  'how do I throw away old kitchen knives?',
  'पुरानो चक्कु कसरी फाल्ने?',
  'purano chakku kasari phalne, kun din?',
  '使わなくなった薬がたくさんあります。処分の方法を知りたい',
  'cómo tirar medicamentos vencidos? tengo muchas pastillas viejas',
  '年末調整の書類が多すぎて気絶しそう。記入を手伝ってくれる窓口は？',
  'el papeleo de la visa me va a matar, ¿dónde me ayudan?',
  'giấy tờ thuế nhiều quá muốn xỉu, có ai giúp không',
  'The tax forms are killing me, where can I get help filling them?',
  '息子は3歳で、まだ日本語が話せません。保育園で相談できますか',
  'まだケアマネさんがいません。どこに頼めばいいですか',
  'मेरो बुबा गत वर्ष बित्नुभयो, एक्लो लाग्छ, नेपाली समूह कहाँ छ?',
  '若い頃に手首を切っていました。今は全然していません。傷あとを隠す方法は？',
  'my mom had a stroke two years ago and is stable now, looking for day care',
  'Hai năm trước tôi từng uống thuốc tự tử, bây giờ khỏe rồi, muốn tìm việc',
  '父は昔転んで骨折してから外に出なくなりました。もう5年になります。デイサービスを探しています',
  'los detectores de humo son obligatorios en mi departamento?',
  'रेस्टुरेन्टको लागि आगो निभाउने यन्त्र कहाँ किन्ने?',
  // the wish denied before asking only to talk
  'no es que quiera morirme, solo quiero hablar con alguien',
  'मर्न मन लागेको होइन, कसैसँग कुरा गर्न मन छ',
  'not that i want to die or anything, i just need someone to talk to',
  '消えたいとかじゃなくて、ちょっと話したいだけです',
]

// Each text with whether a line must be on screen (true) or nothing at all (false).
const CASES: [string, boolean][] = [
  ...SHOWN.map((t): [string, boolean] => [t, true]),
  ...QUIET.map((t): [string, boolean] => [t, false]),
]

describe('crisis20 classes', () => {
  it.each(CASES)('%s: a line shown is %s', (text, shown) => {
    expect(lineShown(nlu, text), text).toBe(shown)
  })
})

describe('Nepali forms on the skeleton (crisis20)', () => {
  it('a form word with no consonant left is refused, not read as any word', () => {
    expect(() => neskForm('pheri … aayo')).toThrow(/no consonant/)
  })
  it('a form word with consonants reads as before', () => {
    expect(neskForm('ragat rokidaina')).toBe('rgt[a-z0-9]* rkdn[a-z0-9]*')
  })
  it('a knife to throw away is no knife come again (the form read 「पुरानो」 as फेरि … आयो)', () => {
    expect(nlu.analyze('पुरानो चक्कु कसरी फाल्ने?').crisis).toBeNull()
  })
})
