import { beforeAll, describe, expect, it } from 'vitest'
import type { Nlu } from '../../src/core/nlu.ts'
import { lineShown } from './crisis-helpers.ts'
import { sharedNlu } from './helpers.ts'

// Suicide told through an errand, a goodbye or someone who died, and a third party's goodbye followed
// by silence (issue 9, crisis7): a line is shown (the crisis answer or the safety question). The same
// errands with a move, a new job or a pet's cremation are not questioned. Sentences written for this
// test in the classes d9 missed held out, not taken from any corpus.

let nlu: Nlu
beforeAll(async () => {
  nlu = await sharedNlu()
})

const shown = (text: string) => lineShown(nlu, text)

describe('told through an errand, a goodbye or someone who died: a line is shown', () => {
  it.each([
    // a near day told as an end, with a contract, a pet or everything arranged
    '想問停車位的合約怎麼解約？下星期之後我就用不到了，狗狗也拜託朋友了',
    'Como faço pra devolver o apartamento? Depois de domingo não vou precisar de mais nada.',
    'Mi perro se queda con mi vecina. Después del sábado ya no voy a estar, dejé todo arreglado.',
    'Pwede bang ipa-cancel ang contract ng phone ko? Pagkatapos ng Sabado wala na ako.',
    'Con mèo của em nhờ chị nuôi giúp nhé. Cuối tuần này em sẽ không còn ở đây nữa.',
    '고양이 좀 맡아 줄 수 있어? 다음 주부터는 필요 없을 것 같아서 짐도 다 정리했어',
    "Who do I give my cat to? I'm not going to be around after Friday.",
    // going with someone who died
    'Minha gata morreu hoje de manhã. Vou junto com ela hoje.',
    'Patay na si Bantay, ang aso ko. Susunod na rin ako sa kanya.',
    '外婆走了以後我一個人在日本，我想去陪她。',
    // a third party's goodbye, then silence; a child or a parent with dementia lost
    'Minha prima mandou uma mensagem de despedida e desligou o celular',
    '室友傳了一句「謝謝你」之後就聯絡不上了',
    '公園で4歳の娘が見当たらなくなりました',
    '我媽有失智症，在車站走散了',
  ])('%s', (text) => {
    expect(shown(text), text).toBe(true)
  })
})

describe('the same errands in everyday life: not questioned', () => {
  it.each([
    'Depois de domingo vou me mudar para Osaka, como cancelo o contrato do celular?',
    'Meu cachorro morreu ontem, onde faço a cremação?',
    '週末が過ぎたら引っ越しなので、猫を実家に預けます',
    'Después del viernes empiezo un trabajo nuevo, ¿dónde dejo a mi perro durante el día?',
    'after I die I want my house to go to my niece',
  ])('%s', (text) => {
    expect(shown(text), text).toBe(false)
  })
})
