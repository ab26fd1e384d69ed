import { describe, expect, it } from 'vitest'
import { fakeDirectory, realFlows } from './fakes.ts'
import { choiceValues, kinds, last, play, tap, text, texts, ward } from './helpers.ts'

const flows = realFlows()
const crisis = { kind: 'suicide' as const, matched: ['shinitai'] }

describe('global handlers', () => {
  it('crisis answers first with the crisis lines, even mid-question, and asks nothing before them', () => {
    const rs = play(flows, [
      text({ intent: 'dementia' }),
      text({ intent: 'crisis', crisis, ward: ward('nakahara') }),
    ])
    const r = last(rs)
    expect(r.trace.handler).toBe('crisis')
    expect(r.trace.concern).toBe('crisis')
    expect(r.outputs[0]).toEqual({ type: 'text', text: flows.handlers.crisis.suicide })
    expect(r.outputs[1]?.type).toBe('agency')
    expect(kinds(r).every((k) => k === 'emergency')).toBe(true)
    expect(r.outputs.some((o) => o.type === 'choices')).toBe(false)
    expect(r.state.node).toBeNull()
  })

  it('crisis kind picks the text: medical says 119', () => {
    const [r] = play(flows, [text({ intent: 'crisis', crisis: { kind: 'medical', matched: [] } })])
    expect(texts(r!)[0]).toContain('119')
    expect(r!.trace.agencies[0]).toBe('emergency-medical')
  })

  it('the classifier alone saying crisis still shows the lines', () => {
    const [r] = play(flows, [text({ intent: 'crisis', confidence: 0.6 })])
    expect(r!.trace.handler).toBe('crisis')
  })

  it('restart clears slots and shows the menu', () => {
    const rs = play(flows, [text({ intent: 'dementia', ward: ward('tama') }), text({ intent: 'restart' })])
    const r = last(rs)
    expect(r.trace.handler).toBe('restart')
    expect(r.state.slots).toEqual({})
    expect(texts(r)[0]).toBe(flows.handlers.restart)
    expect(choiceValues(r)).toContain('concern:disability')
    expect(r.state.node).toBe('triage')
  })

  it('human hands off for the current concern and ward, keeping the question open', () => {
    const rs = play(flows, [text({ intent: 'dementia' }), text({ intent: 'human' })])
    const r = last(rs)
    expect(r.trace.handler).toBe('human')
    expect(r.trace.agencies).toEqual(['handoff-dementia-city'])
    expect(r.outputs.find((o) => o.type === 'handoff')).toMatchObject({
      agencyIds: ['handoff-dementia-city'],
    })
    expect(r.state.node).toBe('dementia_ward')
  })

  it('human after hours says so, and the directory adds the 24-hour line', () => {
    const [r] = play(flows, [text({ intent: 'human' })], fakeDirectory({ closed: true }))
    const h = r!.outputs.find((o) => o.type === 'handoff')
    expect(h?.type === 'handoff' && h.text).toContain(flows.handlers.after_hours)
    expect(r!.trace.agencies).toContain('inochi-24h')
  })

  it('thanks and greeting answer kindly; a greeting mid-question asks the question again', () => {
    const [t] = play(flows, [text({ intent: 'thanks' })])
    expect(texts(t!)).toEqual([flows.handlers.thanks])
    const rs = play(flows, [text({ intent: 'dementia' }), text({ intent: 'greeting' })])
    expect(texts(last(rs))[0]).toBe(flows.handlers.greeting)
    expect(choiceValues(last(rs))).toContain('ward:nakahara')
    const [g] = play(flows, [text({ intent: 'greeting' })])
    expect(choiceValues(g!)).toContain('goto:menu_elderly')
  })

  it('out-of-area says whom the service serves and gives lines that serve the resident', () => {
    const [r] = play(flows, [
      text({
        intent: 'dementia',
        ward: { value: 'outside', candidates: [], via: 'place_outside', place: '横浜市' },
      }),
    ])
    expect(r!.trace.handler).toBe('out_of_area')
    expect(texts(r!)[0]).toContain('川崎市にお住まいの方')
    expect(texts(r!)[0]).toContain('横浜市')
    expect(r!.trace.agencies).toEqual(['national-line'])
  })

  it('a location outside the city is out of area too; an unplaced location is a miss', () => {
    const [r] = play(flows, [{ type: 'location', ward: { ward: 'outside', place: '東京都' } }])
    expect(r!.trace.handler).toBe('out_of_area')
    const rs = play(flows, [text({ intent: 'dementia' }), { type: 'location', ward: null }])
    expect(texts(last(rs))[0]).toBe(flows.handlers.retry)
  })

  it('a question not answered twice: with the worry known, the flow goes on without it', () => {
    const rs = play(flows, [
      text({ intent: 'dementia' }),
      text({ confidence: 0.1 }),
      text({ confidence: 0.1 }),
    ])
    expect(texts(rs[1]!)[0]).toBe(flows.handlers.retry)
    const r = last(rs)
    expect(r.trace.handler).toBeNull()
    expect(r.state.slots).toMatchObject({ concern: 'dementia', ward: 'unknown' })
    expect(r.trace.agencies.length).toBeGreaterThan(0)
    expect(texts(r)[0]).toBe(flows.handlers.ward_refused)
    expect(r.state.misses).toBe(0)
  })

  it('no-match: with no worry known, after two misses the menu and the city line', () => {
    const rs = play(flows, [
      text({ intent: 'other', confidence: 0.1, ranked: [] }),
      text({ confidence: 0.1, ranked: [] }),
    ])
    expect(texts(rs[0]!)[0]).toBe(flows.handlers.retry)
    const r = last(rs)
    expect(r.trace.handler).toBe('no_match')
    expect(r.trace.agencies).toEqual(['thankyou-call'])
    expect(choiceValues(r)).toContain('goto:menu_money')
    expect(r.state.misses).toBe(0)
  })

  it('stickers get a kind request for words, leaving the question open', () => {
    const rs = play(flows, [text({ intent: 'dementia' }), { type: 'unsupported' }])
    expect(texts(last(rs))).toEqual([flows.handlers.unsupported])
    expect(last(rs).state.node).toBe('dementia_ward')
  })

  it('a yes to the offered second concern follows it', () => {
    const rs = play(flows, [
      text({ intent: 'dementia', also: ['livelihood'], ward: ward('asao') }),
      text({ yesNo: true, confidence: 0.2 }),
    ])
    expect(rs[0]!.state.offering).toBe(true)
    expect(last(rs).trace.concern).toBe('livelihood')
    expect(last(rs).trace.agencies).toEqual(['mimamori-asao'])
    const no = play(flows, [
      text({ intent: 'dementia', also: ['livelihood'], ward: ward('asao') }),
      tap('no'),
    ])
    expect(texts(last(no))).toEqual([flows.handlers.closing])
    expect(last(no).state.pending).toEqual([])
  })

  it('a stale ward tap after a finished topic routes that topic for the new ward', () => {
    const rs = play(flows, [text({ intent: 'dementia', ward: ward('asao') }), tap('ward:saiwai')])
    expect(last(rs).trace.agencies).toEqual(['houkatsu-saiwai'])
    const [menu] = play(flows, [tap('ward:saiwai')])
    expect(menu!.state.slots.ward).toBe('saiwai')
    expect(choiceValues(menu!)).toContain('goto:menu_elderly')
  })

  // The classifier puts bare answers in `other`, often confidently: they must still be read as answers.
  it('a confident `other` never overrides an answer: 「はい」 to an offer, a ward after a topic', () => {
    const other = { intent: 'other' as const, confidence: 0.97 }
    const yes = play(flows, [
      text({ intent: 'dementia', also: ['livelihood'], ward: ward('asao') }),
      text({ ...other, yesNo: true }),
    ])
    expect(last(yes).trace.concern).toBe('livelihood')
    const again = play(flows, [
      text({ intent: 'dementia', ward: ward('asao') }),
      text({ ...other, ward: ward('saiwai') }),
    ])
    expect(last(again).trace.concern).toBe('dementia')
    expect(last(again).trace.agencies).toEqual(['houkatsu-saiwai'])
  })

  it('a ward and no worry yet keeps the ward and asks what it is about', () => {
    const [r] = play(flows, [text({ intent: 'other', confidence: 0.97, ward: ward('nakahara') })])
    expect(r!.state.slots.ward).toBe('nakahara')
    expect(r!.trace.agencies).toEqual([])
    expect(choiceValues(r!)).toContain('goto:menu_elderly')
  })
})
