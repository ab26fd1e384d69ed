import { beforeAll, describe, expect, it } from 'vitest'
import { loadDirectory } from '../../scripts/flows/deps.ts'
import { createConversation } from '../../src/conversation/create-conversation.ts'
import type { ConversationService, TurnResult } from '../../src/core/conversation.ts'
import type { Directory } from '../../src/core/directory.ts'
import type { Nlu } from '../../src/core/nlu.ts'
import type { SessionStore } from '../../src/core/session-store.ts'
import { createMemoryStore } from '../../src/sessions/memory-store.ts'
import { realFlows } from '../flow/fakes.ts'
import { sharedNlu } from '../nlu/helpers.ts'

// Issue 9, crisis11: a situation told in parts. A mild first turn (low mood: 「学校行きたくない。つかれた」,
// "i'm so tired of everything", 「너무 힘들어」) shows nothing; a later turn that completes it (a goodbye, even
// a bare one, a means, a place) shows a line: the safety question with a 24-hour line, or the crisis
// answer. The session keeps cue ids only. Sentences written for this test by class; every pair of the
// first list showed no line at 168708c (`npm run eval -- --crisis --dir` on /tmp/base-168708c).

const flows = realFlows()
const NOW = new Date('2026-11-25T12:00:00Z')
let nlu: Nlu
let directory: Directory
beforeAll(async () => {
  nlu = await sharedNlu()
  directory = (await loadDirectory()).directory
})

const make = (store: SessionStore = createMemoryStore()): ConversationService =>
  createConversation({ flows, directory, nlu, store, ttlSeconds: 600, logger: { log: () => {} } })

const say = (c: ConversationService, text: string, sessionId: string) =>
  c.handle({ channel: 'web', sessionId, message: { type: 'text', text }, now: NOW })

/** A crisis line on screen: the crisis answer's urgent card, or the safety question after its line. */
const lineShown = (r: TurnResult) =>
  r.messages.some((m) => m.type === 'agency' && m.urgent && m.agency.phone !== null) ||
  r.messages.some((m) => m.type === 'choices' && m.choices.some((c) => c.value === 'safety:yes'))

const talk = async (turns: string[], id: string) => {
  const c = make()
  const out: boolean[] = []
  for (const t of turns) out.push(lineShown(await say(c, t, id)))
  return out
}

describe('told in parts: low mood first, then what completes it', () => {
  it.each([
    ['学校行きたくない。つかれた', 'もうみんなばいばい'],
    ["i'm so tired of everything", 'bye everyone'],
    ['너무 힘들어', '다들 안녕'],
    ['好累，什麼都不想做了', '大家掰掰'],
    ['病んでる', '今日も腕やった'],
    ['우리 아버지가 치매세요', '아침에 나가셨는데 아직 안 오셨어요'],
  ])('%s ⏎ %s: nothing first, a line at the second turn', async (a, b) => {
    expect(await talk([a, b], `parts-${a}`)).toEqual([false, true])
  })

  it.each([
    ['最近ずっとしんどい', 'ばいばい'],
    ['estoy muy cansada de todo', 'adiós'],
    ['好累', '掰掰'],
  ])('a bare goodbye after low mood (%s ⏎ %s) is asked about', async (a, b) => {
    expect(await talk([a, b], `bare-${a}`)).toEqual([false, true])
  })
})

describe('the same words without the first part: nothing', () => {
  it.each([
    ['ばいばい'],
    ['bye'],
    ['掰掰'],
    ['母の介護のことで相談したいです', 'ありがとうございました。ばいばい'],
    ['区役所の場所を教えてください', 'bye'],
    ['最近ずっとしんどい', '介護保険の申請はどこでできますか'],
    // Vietnamese 'chào' (hello) is no Spanish 'chao' (dd2-049, a tired mother, was asked at crisis11's first cut)
    ['Chào anh chị. Em mới sinh bé được 2 tháng, bé khóc suốt đêm, em mệt quá'],
  ])('%s … stays quiet', async (...turns: string[]) => {
    expect((await talk(turns, `quiet-${turns[0]}`)).some(Boolean)).toBe(false)
  })
})

// The session keeps a context cue as its id, never the words; as context, not as risk: the flow reads any risk as
// danger suggested (classify.ts bestGuess).
it.each([
  ['学校行きたくない。つかれた', 'low.said', ['学校', 'つかれた']],
  ['服をぜんぶ人にあげました', 'given.away', ['服']],
])('%s: the session keeps %s, never the words', async (text, id, words) => {
  const store = createMemoryStore()
  const c = make(store)
  await say(c, text, `kept-${id}`)
  const raw = JSON.stringify(await store.get(`kept-${id}`))
  expect(raw).toContain(`"context":["${id}"]`)
  for (const w of words) expect(raw).not.toContain(w)
  expect(raw).not.toContain('"risk"')
})

// crisis14: things given away in one turn and "won't need them" in another (each alone a household message:
// a bazaar, a stroller outgrown) add up, in either order and in other languages; a move said in any turn explains
// them. The five rows with a line showed none at 4d6c270 (no given.* cues then), nor was given.away kept; the guards pass on both.
describe('given away in one turn, no longer needed in another', () => {
  // each row: the turns, then at which turn a line shows (none: a guard)
  const GIVEN: [string[], number | null][] = [
    [['服も本もぜんぶ人にあげました', 'もう必要ないので'], 1],
    [['I gave away all my clothes this week', "I won't need them anymore"], 1],
    [['Naibigay ko na lahat ng damit ko', 'hindi ko na kailangan ang mga yun'], 1],
    [["I won't need my stuff anymore", 'I gave away all my books today'], 1],
    [['我的东西都送人了', '以后用不着了'], 1],
    [['服をぜんぶ人にあげました', '来月引っ越すので、もう必要ないです'], null],
    [['来月引っ越します', '家具は友達にあげました', 'もう必要ないので'], null],
    [['I gave away my old clothes', "we're moving to Osaka next month, I won't need them anymore"], null],
    [['古い服を友達にあげました', '粗大ごみの出し方を教えてください'], null],
    [['ベビーカーはもう必要ないです', '区役所の場所を教えてください'], null],
  ]
  it.each(GIVEN)('%j: a line at turn %s only', async (turns, at) => {
    expect(await talk(turns, `given-${turns[0]}`)).toEqual(turns.map((_, i) => i === at))
  })
})

// crisis16: after the safety question, a turn that says the present is safe (「今は元気です」"he's fine now", 「現在
// 很穩定」) is the answer 'no', not 「わからない」: the crisis answer no longer comes at the second turn. Written for
// this test; at b3d0579 the zh row failed (its second turn was answered), the other rows and the guard passed.
describe('asked, then the present said as safe', () => {
  /** The crisis answer: an urgent emergency card and no question (as scripts/nlu/crisis-eval.ts reads it). */
  const answered = (r: TurnResult) =>
    r.messages.some((m) => m.type === 'agency' && m.urgent && m.agency.kind === 'emergency') &&
    !r.messages.some((m) => m.type === 'choices')
  const asked = (r: TurnResult) =>
    r.messages.some((m) => m.type === 'choices' && m.choices.some((c) => c.value === 'safety:yes'))
  const SAFE: [string, string, boolean][] = [
    ['my mom had a stroke last year', "she's fine now, we need a day service", false],
    ['5年前に自殺未遂したことがあります', '今は通院して落ち着いてます', false],
    ['三年前自殺過', '現在很穩定', false],
    // guard: thinking of it again now is answered
    ['5年前に自殺未遂したことがあります', '今夜またやろうと思ってる', true],
  ]
  it.each(SAFE)('%s ⏎ %s: asked, then answered only if now (%s)', async (a, b, then) => {
    const c = make()
    const first = await say(c, a, `safe-${a}-${b}`)
    expect(asked(first) || answered(first), a).toBe(true)
    expect(answered(await say(c, b, `safe-${a}-${b}`)), b).toBe(then)
  })
})

// crisis18: a story or a joke revealed in the next turn (「…って小説のセリフです」"jk it's a line from a game", es
// broma, 开玩笑的). After the safety question it is the answer 'no' (thanked, a line kept on screen), not 「わからない」,
// which had brought the crisis answer; right after the crisis answer it is thanked the same way, with one line kept,
// and the conversation goes on. Thinking of it again now still answers. Written for this test.
describe('a story or a joke revealed in the next turn', () => {
  const answered = (r: TurnResult) =>
    r.messages.some((m) => m.type === 'agency' && m.urgent && m.agency.kind === 'emergency') &&
    !r.messages.some((m) => m.type === 'choices')
  const kept = (r: TurnResult) => r.messages.some((m) => m.type === 'agency' && m.agency.phone !== null)
  const STORY: [string, string][] = [
    ['みんなばいばい', 'って小説のセリフです。すみません'],
    ['bye everyone', "jk it's a line from a game"],
    ['adiós a todos', 'es broma, es de una novela que estoy escribiendo'],
    ['大家掰掰', '开玩笑的，是小说里的台词'],
    ['屋上にいます', '冗談です、ゲームの話です'],
    ["I'm on the roof of my building", "just kidding, it's from a game"],
  ]
  it.each(STORY)('%s ⏎ %s: a line first, then thanked with a line kept, no crisis answer', async (a, b) => {
    const c = make()
    expect(lineShown(await say(c, a, `story-${a}`)), a).toBe(true)
    const second = await say(c, b, `story-${a}`)
    expect(answered(second), b).toBe(false)
    expect(kept(second), b).toBe(true)
  })
  // Said with the safety question's kindness, but as what it is: glad it was a story (handlers.safety.after_story;
  // the core speaks main.yaml's Japanese, the channel's locale renders it).
  it.each([
    ['みんなばいばい', 'って小説のセリフです。すみません'],
    ['bye everyone', "jk it's a line from a game"],
    ['大家掰掰', '开玩笑的，是小说里的台词'],
  ])('%s ⏎ %s: glad it was a story', async (a, b) => {
    const glad = 'お話のことだったのですね'
    const c = make()
    await say(c, a, `glad-${a}`)
    const second = await say(c, b, `glad-${a}`)
    expect(
      second.messages.some((m) => m.type === 'text' && m.text.startsWith(glad)),
      JSON.stringify(second.messages),
    ).toBe(true)
  })
  it('a joke then thinking of it again tonight is still answered', async () => {
    const c = make()
    await say(c, 'みんなばいばい', 'story-again')
    expect(answered(await say(c, '冗談です。でも今夜また死にたいって思ってる', 'story-again'))).toBe(true)
  })
})
