import { describe, expect, it } from 'vitest'
import { type ChoiceValue, choiceValue } from '../../src/core/choice-value.ts'
import { menuChoices } from '../../src/flow/context.ts'
import { realFlows } from './fakes.ts'

describe('choiceValue: the one codec of choice values', () => {
  const cases: [string, ChoiceValue][] = [
    ['menu', { kind: 'menu' }],
    ['restart', { kind: 'control', control: 'restart' }],
    ['yes', { kind: 'yes_no', yes: true }],
    ['concern:dementia', { kind: 'concern', concern: 'dementia' }],
    ['goto:start', { kind: 'goto', node: 'start' }],
    ['ward:nakahara', { kind: 'ward', ward: 'nakahara' }],
    ['ward:unknown', { kind: 'ward', ward: 'unknown' }],
    ['safety:unsure', { kind: 'safety', answer: 'unsure' }],
    ['subject:parent', { kind: 'slot', slot: 'subject', value: 'parent' }],
  ]
  it.each(cases)('%s ⇄ %o', (text, value) => {
    expect(choiceValue.decode(text)).toEqual(value)
    expect(choiceValue.encode(value)).toBe(text)
  })

  it.each([
    '',
    'ward:yokohama',
    'concern:',
    'safety:maybe',
    'goto:',
    ':x',
    'Ward:nakahara',
    'x'.repeat(301),
    '\u0000',
  ])('refuses %j', (text) => {
    expect(choiceValue.safeDecode(text).success).toBe(false)
  })

  it('reads back every value the flows send from the menu', () => {
    for (const c of menuChoices(realFlows())) expect(choiceValue.safeDecode(c.value).success).toBe(true)
  })
})
