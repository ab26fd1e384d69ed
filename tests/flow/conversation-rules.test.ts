import { describe, expect, it } from 'vitest'
import { realFlows } from './fakes.ts'
import { choiceValues, last, play, tap, text, texts } from './helpers.ts'

// The rules of conversation found on dev dialogs by an independent author (issue 11), on hand-made
// readings so each rule is tested apart from what the classifier happens to read.

const flows = realFlows()

/** Two readings only, both under the bar together (0.3 and 0.15): the choices are shown, nothing is guessed. */
const faintPair = (a: string, b: string) =>
  text({
    intent: a as never,
    confidence: 0.3,
    ranked: [
      { label: a, score: 0.3 },
      { label: b, score: 0.15 },
    ] as never,
  })

describe('rules of conversation', () => {
  it('after an answer, a likely other worry does not take over: the topic goes on, the worry is offered', () => {
    const rs = play(flows, [
      text({ intent: 'elderly_care', subject: 'parent' }),
      tap('ward:nakahara'),
      text({ intent: 'livelihood', confidence: 0.6 }),
    ])
    const r = last(rs)
    expect(r.trace.concern).toBe('elderly_care')
    expect(r.trace.agencies.length).toBeGreaterThan(0)
    expect(texts(r)[0]).toBe(flows.handlers.noted)
    expect(choiceValues(r)).toEqual(['concern:livelihood', 'no'])
  })

  it('after an answer, a reply (「はい、…」) is never a new worry, however sure the classifier is', () => {
    const rs = play(flows, [
      text({ intent: 'elderly_care' }),
      tap('ward:nakahara'),
      text({ intent: 'domestic_violence', confidence: 0.95, yesNo: true }),
    ])
    expect(last(rs).trace.concern).toBe('elderly_care')
  })

  it('after an answer, a worry stated clearly starts a new topic', () => {
    const rs = play(flows, [
      text({ intent: 'elderly_care' }),
      tap('ward:nakahara'),
      text({ intent: 'livelihood' }),
    ])
    expect(last(rs).trace.concern).toBe('livelihood')
  })

  it('a worry an earlier message raised, read again, is followed (two messages agree)', () => {
    const rs = play(flows, [
      text({ intent: 'child_abuse', confidence: 0.7, also: ['child_rearing'] }),
      text({ intent: 'child_rearing', confidence: 0.7 }),
    ])
    expect(choiceValues(rs[0]!)).toEqual(['concern:child_rearing', 'no'])
    expect(last(rs).trace.concern).toBe('child_rearing')
    expect(last(rs).state.node).toBe('child_ward')
  })

  it('choices not tapped: shown once more, then the likeliest concern of both messages, said so', () => {
    const ranked = (a: string, b: string) =>
      [
        { label: a, score: 0.35 },
        { label: b, score: 0.3 },
      ] as never
    const rs = play(flows, [
      text({ intent: 'dementia', confidence: 0.35, ranked: ranked('dementia', 'elder_abuse') }),
      text({ intent: 'home_medical', confidence: 0.3, ranked: ranked('home_medical', 'elder_abuse') }),
      text({ intent: 'housing', confidence: 0.3, ranked: ranked('housing', 'elder_abuse') }),
    ])
    expect(choiceValues(rs[0]!)).toEqual(['concern:dementia', 'concern:elder_abuse', 'menu'])
    // The concern both messages share comes first the second time.
    expect(choiceValues(rs[1]!)).toEqual(['concern:elder_abuse', 'concern:dementia', 'menu'])
    const r = last(rs)
    expect(r.trace.concern).toBe('elder_abuse')
    expect(texts(r)[0]).toContain('高齢者・障害者への虐待のご相談として')
  })

  it('choices not tapped that tell one worry (settings.related): the more pressing of the pair is the guess', () => {
    // 「no job, can't pay the rent」 read housing first, money second (dd6-106): money is the guess (priority).
    const rs = play(flows, [
      faintPair('housing', 'livelihood'),
      text({
        intent: 'other',
        confidence: 0.3,
        ward: { value: 'takatsu', place: '高津区', via: 'ward', candidates: [] } as never,
      }),
      text({ intent: 'other', confidence: 0.2 }),
    ])
    expect(choiceValues(rs[0]!)).toEqual(['concern:housing', 'concern:livelihood', 'menu'])
    expect(last(rs).trace.concern).toBe('livelihood')
  })

  it('outside the city, about a parent: the out-of-area lines, then the parent’s ward is asked', () => {
    const rs = play(flows, [
      text({
        intent: 'dementia',
        subject: 'parent',
        ward: { value: 'outside', place: '東京都', via: 'place_outside', candidates: [] },
      }),
      tap('ward:miyamae'),
    ])
    expect(rs[0]!.trace.handler).toBe('out_of_area')
    expect(rs[0]!.state.node).toBe('dementia_ward')
    expect(last(rs).trace.concern).toBe('dementia')
    expect(last(rs).state.slots.ward).toBe('miyamae')
  })

  it('outside the city, about oneself: the out-of-area lines end it, and the worry is kept for a ward', () => {
    const rs = play(flows, [
      text({
        intent: 'livelihood',
        subject: 'self',
        ward: { value: 'outside', place: '横浜市', via: 'place_outside', candidates: [] },
      }),
    ])
    expect(rs[0]!.trace.handler).toBe('out_of_area')
    expect(rs[0]!.state.node).toBeNull()
    expect(rs[0]!.state.slots.concern).toBe('livelihood')
  })

  it('text in another language: a concern, a greeting or thanks read clearly is followed, a request for a person is not', () => {
    const vi = { detected: 'vi' as const, requested: null }
    const clear = play(flows, [text({ intent: 'domestic_violence', confidence: 0.95, language: vi })])
    expect(last(clear).trace.concern).toBe('domestic_violence')
    const greeting = play(flows, [text({ intent: 'greeting', confidence: 0.83, language: vi })])
    expect(last(greeting).trace.handler).toBe('greeting')
    const unsure = play(flows, [text({ intent: 'greeting', confidence: 0.6, language: vi })])
    expect(last(unsure).trace.handler).not.toBe('greeting')
    // 「can someone interpret?」 reads as asking for a person: not the city's general line instead of the worry.
    const human = play(flows, [text({ intent: 'human', confidence: 0.9, language: vi })])
    expect(last(human).trace.handler).not.toBe('human')
  })

  it('text in another language: concerns scored below 0.25 are never offered', () => {
    const ko = { detected: 'ko' as const, requested: null }
    const rs = play(flows, [
      text({
        intent: 'child_abuse',
        confidence: 0.23,
        ranked: [{ label: 'child_abuse', score: 0.23 }] as never,
        language: ko,
      }),
    ])
    expect(choiceValues(last(rs))).not.toContain('concern:child_abuse')
  })

  it('unsure between two halves of one worry (a related pair read together at the bar): the more pressing is answered, the other offered after', () => {
    // 「あし が わるい。くるまいす。しごと したい」: disability 0.47, livelihood 0.27 (related in flows/main.yaml).
    const reading = (second: string, score: number) =>
      text({
        intent: 'disability',
        confidence: 0.47,
        ranked: [
          { label: 'disability', score: 0.47 },
          { label: second, score },
        ] as never,
      })
    const pair = last(play(flows, [reading('livelihood', 0.27)]))
    expect(pair.trace.concern).toBe('disability')
    expect(pair.state.pending).toEqual(['livelihood'])
    expect(choiceValues(pair)).not.toContain('concern:livelihood')
    // Not related (障害 and 住まい): the choices stay.
    const apart = last(play(flows, [reading('housing', 0.27)]))
    expect(apart.trace.concern).toBeNull()
    expect(choiceValues(apart)).toEqual(['concern:disability', 'concern:housing', 'menu'])
    // Related but together under the bar: the choices stay.
    const faint = play(flows, [faintPair('disability', 'livelihood')])
    expect(choiceValues(last(faint))).toEqual(['concern:disability', 'concern:livelihood', 'menu'])
  })
})
