import { describe, expect, it } from 'vitest'
import { step } from '../../src/flow/engine.ts'
import type { FlowSet } from '../../src/flow/flow-set.ts'
import { parseFlows } from '../../src/flow/parse.ts'
import { fakeDirectory, realFlows } from './fakes.ts'
import { choiceValues, kinds, last, NOW, play, tap, text, texts, ward } from './helpers.ts'

const flows = realFlows()

/** A tiny flow exercising every node type, built from YAML like staff would write it. */
const tiny = (): FlowSet => {
  const main = flows
  const handlers = JSON.stringify(main.handlers)
  return parseFlows([
    {
      path: 'flows/t.yaml',
      text: `
start: hello
resume: triage
settings: { priority: [child_abuse, dementia] }
menu: [{ label: その他, concern: other }]
slots: { consent: yes_no, topic: free_text, color: choice }
handlers: ${handlers}
nodes:
  hello: { type: message, text: こんにちは, next: triage }
  triage: { type: classify, text: どうしましたか, branches: { dementia: q_consent, other: pick }, default: bye }
  q_consent: { type: ask, text: 続けますか？, slot: consent, parser: yes_no, next: sw }
  sw:
    type: switch
    cases:
      - { when: { consent: true, ward: $missing }, next: q_ward }
      - { when: { consent: false }, next: person }
    default: go
  q_ward: { type: ask, text: 区は？, slot: ward, parser: ward, next: q_topic }
  q_topic: { type: ask, text: ほかには？, slot: topic, parser: free_text, next: go }
  pick: { type: ask, text: 色は？, slot: color, parser: choice, choices: [{ label: 赤, value: red }], next: q_age }
  q_age: { type: ask, text: 何歳？, slot: age_group, parser: age, next: q_subj }
  q_subj: { type: ask, text: どなたのこと？, slot: subject, parser: subject, skip_if_filled: false, next: bye }
  go: { type: route, text: ご案内します, add: [{ id: ninchisho-call-center-support-hot, reason: 電話相談 }], next: bye }
  person: { type: handoff, text: お電話ください }
  bye: { type: end, text: さようなら }
`,
    },
  ])
}

describe('executors', () => {
  const t = tiny()

  it('message says its text and moves on; classify without input shows the menu', () => {
    const [r] = play(t, [{ type: 'start' }])
    expect(texts(r!)).toEqual(['こんにちは', 'どうしましたか'])
    expect(choiceValues(r!)).toEqual(['concern:other'])
    expect(r!.state.node).toBe('triage')
    expect(r!.status).toBe('waiting')
  })

  it('classify branches on a confident concern; ask yes_no reads NLU yes/no; switch picks the case', () => {
    const rs = play(t, [
      text({ intent: 'dementia' }),
      text({ yesNo: true, intent: 'other', confidence: 0.2 }),
    ])
    expect(rs[0]!.state.node).toBe('q_consent')
    expect(choiceValues(rs[0]!)).toEqual(['yes', 'no'])
    expect(rs[1]!.state.slots.consent).toBe(true)
    expect(rs[1]!.trace.path).toEqual(['q_consent', 'sw', 'q_ward'])
  })

  it('ask ward takes a ward tap; free_text keeps only the label; route adds agencies by id', () => {
    const rs = play(t, [
      text({ intent: 'dementia' }),
      tap('yes'),
      tap('ward:tama'),
      text({ intent: 'isolation_community', confidence: 0.3 }),
    ])
    expect(rs[2]!.state.slots.ward).toBe('tama')
    const r = last(rs)
    expect(r.state.slots.topic).toBe('isolation_community')
    expect(JSON.stringify(r.state)).not.toContain('話')
    expect(r.trace.agencies).toEqual(['houkatsu-tama', 'ninchisho-call-center-support-hot'])
    expect(r.status).toBe('ended')
    // The end node's words, then the one-tap 「お役に立ちましたか？」 (issue 15).
    expect(texts(r).slice(-2)).toEqual(['さようなら', 'このご案内は、お役に立ちましたか？'])
    expect(choiceValues(r)).toEqual(['feedback:yes', 'feedback:no'])
  })

  it('switch default and handoff without next end the conversation', () => {
    const rs = play(t, [text({ intent: 'dementia' }), tap('no')])
    const r = last(rs)
    expect(r.trace.path).toContain('person')
    expect(r.outputs.some((o) => o.type === 'handoff')).toBe(true)
    expect(r.status).toBe('ended')
  })

  it('ask choice accepts only its own values; age reads an age into age_group; subject reads whom', () => {
    const rs = play(t, [
      tap('concern:other'),
      tap('color:blue'),
      tap('color:red'),
      text({ age: 8, confidence: 0.1 }),
      text({ subject: 'parent', confidence: 0.1 }),
    ])
    expect(rs[1]!.state.node).toBe('pick')
    expect(texts(rs[1]!)[0]).toBe(flows.handlers.retry)
    expect(rs[2]!.state.slots.color).toBe('red')
    expect(rs[3]!.state.slots.age_group).toBe('child')
    expect(choiceValues(rs[3]!)).toContain('subject:neighbour')
    expect(last(rs).state.slots.subject).toBe('parent')
    expect(last(rs).status).toBe('ended')
    const tapped = play(t, [
      tap('concern:other'),
      tap('color:red'),
      tap('age_group:elderly'),
      tap('subject:spouse'),
    ])
    expect(last(tapped).state.slots).toMatchObject({ age_group: 'elderly', subject: 'spouse' })
  })

  it('ask skips a slot already known from the first message', () => {
    const [r] = play(flows, [text({ intent: 'dementia', ward: ward('nakahara') })])
    expect(r!.trace.path).toEqual(['triage', 'dementia_ward', 'dementia_route', 'closing'])
    expect(kinds(r!)).toEqual(['houkatsu'])
  })

  it('ambiguous town asks between its wards only', () => {
    const rs = play(flows, [
      text({ intent: 'dementia' }),
      text({
        confidence: 0.2,
        ward: { value: 'ambiguous', candidates: ['takatsu', 'miyamae'], via: 'town', place: '梶ケ谷' },
      }),
      tap('ward:miyamae'),
    ])
    expect(choiceValues(rs[1]!)).toEqual(['ward:takatsu', 'ward:miyamae', 'ward:unknown'])
    expect(texts(rs[1]!)[0]).toContain('梶ケ谷は高津区と宮前区')
    expect(last(rs).state.slots).toMatchObject({ ward: 'miyamae', town: '梶ケ谷' })
    expect(last(rs).trace.agencies).toEqual(['houkatsu-miyamae'])
  })

  it('an ambiguous town in the first message is kept through classify and asked about', () => {
    const kajigaya = {
      value: 'ambiguous' as const,
      candidates: ['takatsu' as const, 'miyamae' as const],
      via: 'town' as const,
      place: '梶ケ谷',
    }
    const [r] = play(flows, [text({ intent: 'dementia', ward: kajigaya })])
    expect(r!.state.node).toBe('dementia_ward')
    expect(choiceValues(r!)).toEqual(['ward:takatsu', 'ward:miyamae', 'ward:unknown'])
  })

  // Two concerns that are not a related pair: a related pair read together at the bar is one worry and
  // is answered (conversation-rules.test.ts).
  it('low confidence offers the top candidates plus それ以外, which shows the menu', () => {
    const ranked = [
      { label: 'dementia' as const, score: 0.35 },
      { label: 'greeting' as const, score: 0.3 },
      { label: 'isolation_community' as const, score: 0.25 },
    ]
    const rs = play(flows, [text({ intent: 'dementia', confidence: 0.35, ranked }), tap('menu')])
    expect(choiceValues(rs[0]!)).toEqual(['concern:dementia', 'concern:isolation_community', 'menu'])
    expect(rs[0]!.state.candidates).toEqual(['dementia', 'isolation_community'])
    expect(choiceValues(rs[1]!)).toContain('goto:menu_elderly')
  })

  it('a sub-menu tap follows the main branch for its concern', () => {
    const rs = play(flows, [{ type: 'start' }, tap('goto:menu_violence'), tap('concern:domestic_violence')])
    expect(choiceValues(rs[1]!)).toContain('concern:child_abuse')
    expect(kinds(last(rs))).toEqual(['dv_center'])
  })

  it('two concerns and danger told: the more pressing first, then the other is offered', () => {
    const rs = play(flows, [
      text({ intent: 'dementia', also: ['child_abuse'], urgent: true }),
      tap('concern:dementia'),
      tap('ward:kawasaki'),
    ])
    expect(rs[0]!.trace.concern).toBe('child_abuse')
    expect(kinds(rs[0]!)).toEqual(['child_guidance'])
    expect(choiceValues(rs[0]!)).toEqual(['concern:dementia', 'no'])
    expect(rs[1]!.state.node).toBe('dementia_ward')
    expect(last(rs).trace.agencies).toEqual(['houkatsu-kawasaki'])
  })

  it('two concerns, no danger: the one read clearly leads, the other is offered after', () => {
    const rs = play(flows, [text({ intent: 'elder_abuse', also: ['child_abuse'] }), tap('ward:kawasaki')])
    expect(rs[0]!.trace.concern).toBe('elder_abuse')
    expect(rs[0]!.state.node).toBe('elder_abuse_ward')
    expect(choiceValues(last(rs))).toEqual(['concern:child_abuse', 'no'])
  })

  it('a reading below the switch confidence is still ordered by priority', () => {
    const ranked = [
      { label: 'dementia', score: 0.6 },
      { label: 'child_abuse', score: 0.3 },
    ] as never
    const rs = play(flows, [text({ intent: 'dementia', confidence: 0.6, also: ['child_abuse'], ranked })])
    expect(rs[0]!.trace.concern).toBe('child_abuse')
  })

  it('a clause’s concern the whole message hardly reads does not lead by priority, unless danger is now', () => {
    const ranked = [
      { label: 'disability', score: 0.54 },
      { label: 'domestic_violence', score: 0.04 },
    ] as never
    const faint = play(flows, [
      text({ intent: 'disability', confidence: 0.54, also: ['domestic_violence'], ranked }),
    ])
    expect(faint[0]!.trace.concern).toBe('disability')
    // dialogs9: a harm no message told (the whole message reads it below candidate_floor) is not kept to be
    // offered either (src/flow/readings.ts harmNotTold); a faint worry without harm still is.
    expect(faint[0]!.state.pending).not.toContain('domestic_violence')
    const calm = play(flows, [text({ intent: 'disability', confidence: 0.54, also: ['livelihood'], ranked })])
    expect(calm[0]!.state.pending).toContain('livelihood')
    const now = play(flows, [
      text({ intent: 'disability', confidence: 0.54, also: ['domestic_violence'], ranked, urgent: true }),
    ])
    expect(now[0]!.trace.concern).toBe('domestic_violence')
  })

  it('a topic change mid-question follows the new concern and keeps the ward', () => {
    const rs = play(flows, [
      text({ intent: 'dementia', ward: ward('tama'), subject: 'parent' }),
      text({ intent: 'livelihood', confidence: 0.8 }),
    ])
    expect(last(rs).trace.concern).toBe('livelihood')
    expect(last(rs).state.slots).toMatchObject({ ward: 'tama', concern: 'livelihood' })
    expect(last(rs).state.slots.subject).toBeUndefined()
  })

  it('an answer that also brings a new worry answers the question, then offers the new one', () => {
    const rs = play(flows, [
      text({ intent: 'dementia' }),
      text({ intent: 'livelihood', confidence: 0.8, ward: ward('saiwai') }),
    ])
    const r = last(rs)
    expect(r.trace.agencies).toEqual(['houkatsu-saiwai'])
    expect(choiceValues(r)).toEqual(['concern:livelihood', 'no'])
  })

  it('a flow looping without a question stops with an error instead of hanging', () => {
    const loop = parseFlows([
      {
        path: 'flows/loop.yaml',
        text: `start: a\nresume: c\nsettings: { priority: [] }\nmenu: [{ label: x, concern: other }]\nhandlers: ${JSON.stringify(flows.handlers)}\nnodes:\n  a: { type: message, text: a, next: b }\n  b: { type: message, text: b, next: a }\n  c: { type: classify, text: c, branches: {}, default: a }\n`,
      },
    ])
    expect(() =>
      step(loop, null, { event: { type: 'start' }, directory: fakeDirectory(), now: NOW }),
    ).toThrow(/loops/)
  })
})
