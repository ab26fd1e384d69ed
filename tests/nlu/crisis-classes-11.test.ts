import { beforeAll, describe, expect, it } from 'vitest'
import type { Nlu } from '../../src/core/nlu.ts'
import { lineShown } from './crisis-helpers.ts'
import { sharedNlu } from './helpers.ts'

// Issue 9, crisis11: the classes the two new dev authors (d10, a police-box counsellor and dementia-search
// volunteer; d11, a school counsellor) showed the layer missing or mistaking, held out before any tuning
// (/work/notes/d10-heldout-baseline.txt, d11-…). Sentences written for this test by class, not taken from
// the corpus. Every sentence of the first list showed no line at 168708c, and every one of the second showed
// one there (scripts/nlu/crisis-probe.ts on /tmp/base-168708c); the guards after them passed both.

let nlu: Nlu
beforeAll(async () => {
  nlu = await sharedNlu()
})

const shown = (text: string) => lineShown(nlu, text)

describe('a person gone now, fire, a stroke, violence at the door, someone shut in, self-harm slang, the wish said around it, goodbyes posted or relayed: a line is shown', () => {
  it.each([
    'Mi abuelo salió del centro de día y no lo encuentran, tiene demencia',
    '我兒子六點下課，現在九點了還沒到家',
    'うらの家から火でてる',
    'けむり いっぱい。 かじ かも',
    '父の言ってることがちぐはぐで、口の左はしからよだれが出てる',
    '前男友一直在踢門',
    '언니가 방에서 안 나와요. 약을 가지고 들어갔어요',
    'ㅈㅎ 또 했어',
    '又用圓規刺自己了',
    'mi hermana se está cortando ahora mismo',
    "I've made up my mind, it's happening tonight",
    '지하철에 뛰어들까 생각 중이에요',
    '想紫砂',
    'しにかた らくなの おしえて',
    '我寫好給家人的信了',
    'this is my last post. love you all',
    'cuiden a mi perro, gracias por todo',
    'みんなにありがとうって伝えて',
    'おやすみ、永遠に',
    // coverage by language: absent from school and out of reach (zh), kicking at the door (ko)
    '我兒子沒去上學，也聯絡不到他',
    '전 남편이 문을 발로 차고 있어요',
    // guards: shouting now with a knife is still violence now; the Tagalog wish to live no more still shows
    '남편이 칼 들고 소리 지르고 있어요',
    'ayoko na mabuhay',
    // guards: gone again now beside a past episode found (found_safe is no veto then); a product chewed
    'ばあちゃんがまたいなくなった。前も駅で保護されたことがある。今回はもう3時間',
    '娘が乾燥剤かじってた',
  ])('%s', (text) => {
    expect(shown(text)).toBe(true)
  })
})

describe('found already, a past episode, wanting to volunteer, shouting without hitting, a wish denied: no line', () => {
  it.each([
    "My mom wandered off once last year but she's home and fine now. Is there an ID sticker program?",
    '母が前に一度迷子になったことがあって、見守りの登録をしたいです',
    '我想當失智症走失搜尋的志工',
    'ayoko na pumasok sa school, lagi akong binubully',
    'ang asawa ko laging sumisigaw pero hindi naman nananakit',
    '남편이 돈 문제로 맨날 소리 지르고 그래요. 상담받고 싶어요',
    '父が昨日いなくなったけど、警察に保護されました',
    '阿嬤昨天走失，已經找到了，想問有沒有定位手環',
    '自分が嫌い。消えたいとまでは思わないけど、話を聞いてほしい',
    // guard: an apple chewed is no ingestion
    'りんごをかじってた',
  ])('%s', (text) => {
    expect(shown(text)).toBe(false)
  })
})
