import type { NluResult } from '../core/nlu.ts'
import type { AgeGroup } from '../core/taxonomy.ts'
import { type Ctx, say } from './context.ts'

export const ageGroupOf = (age: number): AgeGroup => (age < 18 ? 'child' : age >= 65 ? 'elderly' : 'adult')

/**
 * Take what the resident already told us (ward, town, whom it is about, age, danger now) into slots,
 * so no question is asked twice. Only derived values: ids and numbers, never words.
 */
export const harvest = (ctx: Ctx) => {
  const ev = ctx.input.event
  const s = ctx.state.slots
  if (ev.type === 'location' && ev.ward && ev.ward.ward !== 'outside') {
    s.ward = ev.ward.ward
    delete s.town
    ctx.state.wards = []
    // The ward comes from the nearest ward office, which can be wrong near a border: say which ward
    // we took, so the resident can correct it.
    say(ctx, ctx.flow.handlers.located_ward)
    return
  }
  if (ev.type !== 'text') return
  harvestNlu(ctx, ev.nlu)
}

const harvestNlu = (ctx: Ctx, nlu: NluResult) => {
  const s = ctx.state.slots
  const w = nlu.ward
  if (w && w.value !== 'outside' && w.value !== 'ambiguous') {
    s.ward = w.value
    if (w.via === 'town' || w.via === 'postal_code') s.town = w.place
    else delete s.town
    ctx.state.wards = []
  } else if (w?.value === 'ambiguous' && w.candidates.length > 0) {
    // 梶ケ谷 lies in two wards: keep the town, ask which ward (the ward question reads state.wards).
    delete s.ward
    s.town = w.place
    ctx.state.wards = [...w.candidates]
  }
  if (nlu.subject) s.subject = nlu.subject
  if (nlu.age !== null) {
    s.age = nlu.age
    s.age_group = ageGroupOf(nlu.age)
  } else if (nlu.ageGroup) s.age_group = nlu.ageGroup
  if (nlu.urgent) s.urgent = true
}

/** On a new topic, facts about the last one's person go; where the resident lives stays. */
export const forgetTopic = (ctx: Ctx) => {
  const s = ctx.state.slots
  for (const k of ['subject', 'age', 'age_group', 'urgent']) delete s[k]
  for (const k of Object.keys(ctx.flow.slots)) delete s[k]
  harvest(ctx)
}
