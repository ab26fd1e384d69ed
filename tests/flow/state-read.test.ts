import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { CRISIS_LANGUAGES } from '../../src/core/language.ts'
import { CRISIS_KINDS } from '../../src/core/nlu.ts'
import { concernIds, wardIds } from '../../src/core/taxonomy.ts'
import { FLOW_STATE_KEYS, flowStateSchema, readFlowState } from '../../src/flow/state.ts'

// readFlowState reads a stored state without zod when it is certainly valid. It must agree with zod on
// every value: the same answer (a state or null) and, when a state, the same keys in the same order.

const byZod = (data: unknown) => {
  const parsed = flowStateSchema.safeParse(data)
  return parsed.success ? JSON.stringify(parsed.data) : null
}
const agrees = (data: unknown) => {
  const read = readFlowState(structuredClone(data))
  expect(read === null ? null : JSON.stringify(read)).toBe(byZod(data))
}

const base = {
  v: 1,
  node: 'ask_ward',
  slots: { concern: 'elderly_care', age: 78, subject_named: true },
  misses: 0,
  pending: ['livelihood'],
  candidates: [],
  wards: [],
  offering: false,
  turns: 2,
}

/** Near every bound: a value the schema takes and one it does not, so the fast path meets both. */
const concern = fc.oneof(fc.constantFrom(...concernIds), fc.constantFrom('crisis_x', '', 'other '))
const cue = fc.oneof(fc.string({ maxLength: 60 }), fc.string({ minLength: 61, maxLength: 62 }))
const count = fc.oneof(fc.nat(40), fc.constantFrom(-1, 1.5, 2 ** 53, Number.NaN))
const slot = fc.oneof(
  fc.string({ maxLength: 100 }),
  fc.string({ minLength: 101, maxLength: 102 }),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constant([]),
)
const kind = fc.oneof(fc.constantFrom(...CRISIS_KINDS), fc.constant('fire'))
const lang = fc.oneof(fc.constantFrom(...CRISIS_LANGUAGES, 'ja-easy'), fc.constant('xx'))
const state = fc.record(
  {
    v: fc.oneof(fc.constant(1), fc.constant(2)),
    node: fc.oneof(fc.string(), fc.constant(null), fc.constant(3)),
    slots: fc.dictionary(fc.string({ maxLength: 12 }), slot, { maxKeys: 5 }),
    misses: count,
    pending: fc.array(concern, { maxLength: 3 }),
    candidates: fc.array(concern, { maxLength: 3 }),
    wards: fc.array(fc.oneof(fc.constantFrom(...wardIds), fc.constant('yokohama')), { maxLength: 3 }),
    offering: fc.oneof(fc.boolean(), fc.constant(0)),
    excluded: fc.array(concern, { maxLength: 2 }),
    leaning: fc.array(concern, { maxLength: 4 }),
    crisis: fc.record({ kind, lang }, { requiredKeys: ['kind'] }),
    confirm: concern,
    turns: count,
    answered: fc.oneof(fc.boolean(), fc.constant('yes')),
    lang,
    context: fc.array(cue, { maxLength: 7 }),
    risk: fc.record(
      {
        score: fc.oneof(fc.double({ min: 0, max: 100, noNaN: true }), fc.constantFrom(-1, 101)),
        cues: fc.array(cue, { maxLength: 13 }),
        asked: fc.boolean(),
        kind,
        lang,
        extra: fc.constant(1),
      },
      { requiredKeys: [] },
    ),
    unknown: fc.constant('x'),
  },
  { requiredKeys: [] },
)
/** Only values the schema takes: what this service writes, so the fast path's acceptance is exercised. */
const valid = fc.record(
  {
    v: fc.constant(1),
    node: fc.oneof(fc.string(), fc.constant(null)),
    slots: fc.dictionary(
      fc.string({ maxLength: 12 }).filter((k) => k !== '__proto__'),
      fc.oneof(
        fc.string({ maxLength: 100 }),
        fc.double({ noNaN: true, noDefaultInfinity: true }),
        fc.boolean(),
      ),
      { maxKeys: 5 },
    ),
    misses: fc.nat(40),
    pending: fc.array(fc.constantFrom(...concernIds), { maxLength: 3 }),
    candidates: fc.array(fc.constantFrom(...concernIds), { maxLength: 3 }),
    wards: fc.array(fc.constantFrom(...wardIds), { maxLength: 3 }),
    offering: fc.boolean(),
    excluded: fc.array(fc.constantFrom(...concernIds), { maxLength: 2 }),
    leaning: fc.array(fc.constantFrom(...concernIds), { maxLength: 3 }),
    crisis: fc.record(
      { kind: fc.constantFrom(...CRISIS_KINDS), lang: fc.constantFrom(...CRISIS_LANGUAGES) },
      { requiredKeys: ['kind'] },
    ),
    confirm: fc.constantFrom(...concernIds),
    turns: fc.nat(40),
    answered: fc.boolean(),
    lang: fc.constantFrom(...CRISIS_LANGUAGES, 'ja-easy'),
    context: fc.array(fc.string({ maxLength: 60 }), { maxLength: 6 }),
    risk: fc.record(
      {
        score: fc.double({ min: 0, max: 100, noNaN: true }),
        cues: fc.array(fc.string({ maxLength: 60 }), { maxLength: 12 }),
        asked: fc.boolean(),
        kind: fc.constantFrom(...CRISIS_KINDS),
        lang: fc.constantFrom(...CRISIS_LANGUAGES),
      },
      { requiredKeys: ['score', 'cues', 'asked', 'kind'] },
    ),
  },
  {
    requiredKeys: ['v', 'node', 'slots', 'misses', 'pending', 'candidates', 'wards', 'offering', 'turns'],
  },
)

/** The same keys in another order: what the flow's later keys (answered, confirm, risk…) leave. */
const shuffled = <T extends object>(o: T, order: number[]) => {
  const keys = Object.keys(o)
  const out: Record<string, unknown> = {}
  for (const i of order) {
    const k = keys[i % keys.length]
    if (k !== undefined && !(k in out)) out[k] = (o as Record<string, unknown>)[k]
  }
  for (const k of keys) if (!(k in out)) out[k] = (o as Record<string, unknown>)[k]
  return out
}

describe('readFlowState reads as zod does', () => {
  it('knows every key of the schema', () => {
    expect(FLOW_STATE_KEYS).toEqual(Object.keys(flowStateSchema.shape))
  })

  it('agrees with zod on generated states, valid and not, in any key order', () => {
    fc.assert(
      fc.property(state, fc.array(fc.nat(20), { maxLength: 20 }), (s, order) => {
        agrees(s)
        agrees({ ...base, ...s })
        agrees(shuffled({ ...base, ...s }, order))
      }),
      { numRuns: 3000 },
    )
  })

  it('agrees with zod on valid states in any key order, and takes them', () => {
    fc.assert(
      fc.property(valid, fc.array(fc.nat(20), { maxLength: 20 }), (s, order) => {
        for (const data of [s, shuffled(s, order)]) {
          agrees(data)
          expect(readFlowState(structuredClone(data))).not.toBeNull()
        }
      }),
      { numRuns: 3000 },
    )
  })

  it('agrees with zod on a valid state with one value changed, near its bound or of another type', () => {
    const changed = fc.oneof(
      state.map((s) => Object.entries(s)),
      fc.constantFrom<[string, unknown][]>(
        [['risk', { score: 100.5, cues: [], asked: false, kind: 'suicide' }]],
        [['risk', { score: -0.5, cues: [], asked: false, kind: 'suicide' }]],
        [['risk', { score: 5, cues: Array(13).fill('a'), asked: false, kind: 'suicide' }]],
        [['risk', { score: 5, cues: [], asked: 'no', kind: 'suicide' }]],
        [['risk', { score: 5, cues: [], asked: false }]],
        [['crisis', {}]],
        [['crisis', { kind: 'suicide', lang: 'ja-easy' }]],
        [['context', Array(7).fill('low.said')]],
        [['lang', 'ja']],
        [['misses', 0.5]],
        [['turns', -1]],
      ),
    )
    fc.assert(
      fc.property(valid, changed, fc.nat(20), (s, entries, i) => {
        const entry = entries[i % Math.max(1, entries.length)]
        if (entry) agrees({ ...s, [entry[0]]: entry[1] })
      }),
      { numRuns: 3000 },
    )
  })

  const cases: [string, unknown][] = [
    ['a plain state', base],
    [
      'keys the flow added last',
      {
        ...base,
        answered: true,
        risk: { score: 3, cues: [], asked: false, kind: 'suicide' },
        confirm: 'livelihood',
      },
    ],
    [
      'risk with its keys in another order',
      { ...base, risk: { kind: 'suicide', asked: true, cues: ['low.said'], score: 10, lang: 'en' } },
    ],
    ['crisis with lang first', { ...base, crisis: { lang: 'ko', kind: 'medical' } }],
    ['a missing key', { ...base, turns: undefined }],
    ['an unknown key', { ...base, topic: 'x' }],
    ['a slot too long', { ...base, slots: { concern: 'x'.repeat(101) } }],
    [
      'a __proto__ slot',
      JSON.parse(
        '{"v":1,"node":null,"slots":{"__proto__":"x"},"misses":0,"pending":[],"candidates":[],"wards":[],"offering":false,"turns":0}',
      ),
    ],
    ['four leanings', { ...base, leaning: ['livelihood', 'housing', 'disability', 'dementia'] }],
    // biome-ignore lint/suspicious/noSparseArray: a hole is what the check must refuse as zod does
    ['a sparse list', { ...base, pending: [, 'livelihood'] }],
    ['not an object', 'state'],
    ['null', null],
    ['a class instance', Object.assign(new (class State {})(), base)],
    [
      'risk with an unknown key',
      { ...base, risk: { score: 1, cues: [], asked: false, kind: 'suicide', why: 'x' } },
    ],
  ]
  it.each(cases)('%s', (_name, data) => agrees(data))

  it('keeps the object it was given when it is already in order, and reorders otherwise', () => {
    const inOrder = structuredClone(base)
    expect(readFlowState(inOrder)).toBe(inOrder)
    const { turns, ...rest } = structuredClone(base)
    const late = { turns, ...rest }
    const read = readFlowState(late)
    expect(read).not.toBe(late)
    expect(Object.keys(read ?? {})).toEqual(Object.keys(base))
  })
})
