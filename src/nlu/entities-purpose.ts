import type { Purpose } from '../core/nlu.ts'

// What the resident wants to do, when it is not a worry of their own: to help or to start something in
// the community (routing.yaml `when: { purpose: volunteer }` puts the 社協's ボランティアセンター first).
// Not a wish to be helped by volunteers (「ボランティアの人に来てほしい」), a plea for help (「help me」
// 「手伝ってほしい」), nor a role said in passing ("I'm a volunteer at church and my neighbour…"): the flow
// also drops the purpose when the worry is about someone else (src/flow/context.ts routeQuery).
const VOLUNTEER = new RegExp(
  [
    '(?:ボランティア|ぼらんてぃあ)(?!(?:の(?:方|人|さん)|さん)?(?:に|が)\\s*(?:来|き)て)',
    '地域(?:の)?(?:活動(?!支援)|行事|お?役に立|お?手伝い|貢献)',
    '(?:お役に|役に)立て(?:る|れば|たら)',
    '(?:居場所|サロン|子ども食堂|こども食堂|子供食堂|カフェ|見守り活動|サークル)を?(?:作|つく|始|はじ|開|ひら|立ち上げ|たちあげ)',
    '(?:子ども食堂|こども食堂|子供食堂)(?:の|で)?(?:手伝|てつだ)',
    '\\bvolunteer',
    '\\b(?:want|like|love|hope|wish)(?:s|ed)? to (?:help|give back|do something)\\b[^.?!]{0,30}\\b(?:community|neighbou?rhood|local|others|people|kids|children|elderly|seniors)',
    '\\b(?:help(?:ing)? out|giv(?:e|ing) back)\\b[^.?!]{0,20}\\b(?:community|neighbou?rhood|local)',
    '\\bstart(?:ing)? an? (?:community|local|support|neighbou?rhood)',
    '志工|志愿|志願|义工|義工|參加活動|参加活动|社區活動|社区活动',
    '자원\\s?봉사|봉사\\s?활동|봉사하',
    'tình nguyện',
    'volunt[aá]ri',
    'boluntaryo|mag-?volunteer',
    'स्वयंसेव',
  ].join('|'),
  'iu',
)

/** What the resident wants to do, from a normalized message; nothing is kept of the text. */
export const readPurposes = (text: string): Purpose[] => (VOLUNTEER.test(text) ? ['volunteer'] : [])
