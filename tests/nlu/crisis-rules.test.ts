import { beforeAll, describe, expect, it } from 'vitest'
import type { Nlu } from '../../src/core/nlu.ts'
import { crisisRules } from '../../src/nlu/crisis-rules.ts'
import { sharedNlu } from './helpers.ts'

// Every situation rule carries examples that must fire and examples that must stay quiet; a rule
// whose own examples fail is a rule that says one thing and does another.

let nlu: Nlu
beforeAll(async () => {
  nlu = await sharedNlu()
})

const fires = crisisRules.flatMap((r) => r.fire.map((text) => [r.id, text, r.kind ?? null] as const))
const quiet = crisisRules.flatMap((r) => r.quiet.map((text) => [r.id, text] as const))

describe('crisis rules', () => {
  it('every crisis rule has at least one example that must fire', () => {
    for (const r of crisisRules.filter((r) => r.kind)) expect(r.fire.length, r.id).toBeGreaterThan(0)
  })

  it('rule ids are unique and name their kind or cue family', () => {
    expect(new Set(crisisRules.map((r) => r.id)).size).toBe(crisisRules.length)
    for (const r of crisisRules) {
      if (r.kind)
        expect(r.id.split('.')[0], r.id).toMatch(
          /^(?:suicide|self_harm|medical|overdose|violence|missing_person|third_party|disaster)$/,
        )
      else
        expect(r.id, r.id).toMatch(
          /^(?:hopeless|burden|means|place|farewell|preparation|symptom|sign|low|bye|given|safe)\./,
        )
    }
  })

  it.each(fires)('%s fires on: %s', (id, text, kind) => {
    const r = nlu.analyze(text)
    if (kind) {
      expect(r.crisis, text).not.toBeNull()
      expect(r.crisis!.matched, text).toContain(id)
    } else expect(r.risk.cues, text).toContain(id)
  })

  it.each(quiet)('%s stays quiet on: %s', (_id, text) => {
    expect(nlu.analyze(text).crisis, text).toBeNull()
  })
})
