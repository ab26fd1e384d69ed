import { describe, expect, it } from 'vitest'
import { nextLanguage, readLanguage } from '../../src/nlu/language.ts'

// Language detection on the kinds of short message that went to Japanese or to the wrong Latin language
// (dev texts measured with `npm run eval -- --first-reply-language`): romanised Nepali, Taglish, Chinese
// with a Japanese loan word, Cantonese, a bare greeting; and Japanese that must stay Japanese.
const cases: [string, string | null][] = [
  ['hoikuen ko lagi kuyakusho ma kahile apply garne?', 'ne'],
  ['malai risa uthda chhora lai pitchhu, pachi dukha lagchha', 'ne'],
  ['first time mom ako at wala akong kasama dito, sobrang hirap', 'tl'],
  ['good morning po', 'tl'],
  ['namaste', 'ne'],
  ['hola', 'es'],
  ['soy mama primeriza y no tengo familia aqui, no se si lo estoy haciendo bien', 'es'],
  ['eu nao sei o que fazer com meu filho, ele nao quer ir na escola', 'pt'],
  ['la ケアマネ dice que mi mama tiene demencia pero mi hermano no lo acepta', 'es'],
  ['孩子老是发脾气扔东西，两岁，是不是叫イヤイヤ期', 'zh-Hans'],
  ['物忘れ外来是什么 要预约吗', 'zh-Hans'],
  ['看到公园里一个妈妈一直扇孩子耳光', 'zh-Hans'],
  ['隔離屋成晚聽到細路喊，大人仲喺度鬧，好似有打嘢聲', 'zh-Hant'],
  ['失智的媽媽晚上不睡覺，白天一直睡', 'zh-Hant'],
  ['tôi bị chồng đánh, tôi không biết phải làm gì', 'vi'],
  ['母の物忘れがひどくなってきました', 'ja'],
  ['ケアマネさんに相談したいです', 'ja'],
  ['我が家の母が認知症かもしれません', 'ja'],
  ['はは が ひとり で すんで います', 'ja-easy'],
  ['介護保険サービス申請', 'ja'],
  ['OK', null],
  ["I can't call, he'll hear me", 'en'],
  // Only Japanese place names in Latin letters say nothing about the language (tinyld: Spanish).
  ['Miyamae. Saginuma', null],
  ['Kawasaki-ku, Ogishima', null],
  ['Shin-Yurigaoka station', null],
  // Japanese names inside a sentence leave the rest to say it (tinyld read the first three as Tagalog);
  // a message that is little more than names stays undecided, so the conversation keeps its language.
  ['Estamos em Kawasaki-ku perto de Hatchonawate', 'pt'],
  ['Cerca de Hatchonawate en Kawasaki-ku', null],
  ['Yes, Nakahara-ku near Motosumiyoshi', null],
  ['Moro perto de Hatchonawate', 'pt'],
  ['Nakatira kami sa Kawasaki-ku malapit sa Hatchonawate', 'tl'],
  ['Vivo en Tama-ku cerca de Noborito con mi hijo', 'es'],
  ['My mother lives alone near Musashi-Kosugi station', 'en'],
  ['chào buổi chiều', 'vi'],
  // Taglish: one Tagalog word no other language here writes, among English ones.
  ['elderly care help po', 'tl'],
  ['elder abuse report saan', 'tl'],
  ['stress sa work di ko na kaya', 'tl'],
  ['my father needs help at home', 'en'],
  // Romanised Nepali with an English word or two, and 「ko」 (Nepali and Tagalog alike) counts for neither.
  ['wheelchair ko paisa madat paainchha ki?', 'ne'],
  ['staff sanga connect garidinus', 'ne'],
  ['pheri pahila bata garau na', 'ne'],
  ['sobrang anxious ko palagi', 'tl'],
  // One word only that language writes, among English ones, names it (not only Tagalog's po).
  ['ok gracias', 'es'],
  ['thanks hajur, bye', 'ne'],
  ['ok valeu, bye', 'pt'],
  ['ok cam on nhieu', 'vi'],
  ['thank you, please help', 'en'],
  ['can you help me with my mother', 'en'],
  // Letters only Vietnamese writes decide, however short (tinyld and the markers saw too few letters).
  ['cảm ơn nhé', 'vi'],
  ['bắt đầu lại', 'vi'],
  ['da cam on chi nhieu', 'vi'],
  // Traditional characters beyond the short list (敗 債 輸 稅), by OpenCC's table; a Simplified sentence
  // with Japanese terms (訪問看護) stays Simplified.
  ['生意失敗以後欠了很多債', 'zh-Hant'],
  ['薪水全部輸光了，稅也付不起', 'zh-Hant'],
  ['訪問看護怎么申请？', 'zh-Hans'],
  ['溝の口附近的地域包括支援センター在哪', 'zh-Hans'],
  // A Japanese term in hiragana inside Chinese; Japanese with the same term stays Japanese.
  ['ひきこもり的家人可以去哪里咨询吗', 'zh-Hans'],
  ['いこいの家有什麼活動嗎', 'zh-Hant'],
  ['ひきこもりの息子のことで相談したいです', 'ja'],
  ['いこいの家は何時からですか', 'ja'],
]

describe('readLanguage on short messages', () => {
  it.each(cases)('%s → %s', (text, lang) => {
    expect(readLanguage(text).detected).toBe(lang)
  })
})

describe('a Chinese message with no character that differs between the variants', () => {
  it('keeps a conversation in Traditional Chinese there (「是我自己」 used to switch it to Simplified)', () => {
    expect(nextLanguage('zh-Hant', readLanguage('是我自己，我住在川崎'))).toBe('zh-Hant')
    expect(nextLanguage('zh-Hans', readLanguage('是我自己，我住在川崎'))).toBe('zh-Hans')
  })
  it('opens a conversation in Simplified, the default, and a marked one still switches', () => {
    expect(nextLanguage('ja', readLanguage('是我自己，我住在川崎'))).toBe('zh-Hans')
    expect(nextLanguage('zh-Hans', readLanguage('我媽媽不會說日語'))).toBe('zh-Hant')
  })
})
