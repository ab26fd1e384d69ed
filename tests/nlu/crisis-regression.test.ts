import { readdirSync, readFileSync } from 'node:fs'
import { beforeAll, describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { z } from 'zod'
import { CRISIS_KINDS, type CrisisSignal } from '../../src/core/nlu.ts'
import { checkCrisis } from '../../src/nlu/crisis.ts'
import { normalizeText } from '../../src/nlu/normalize.ts'
import { buildTokenizer, type JaTokenizer } from '../../src/nlu/tokenizer.ts'
import { bundledCrisisModel } from '../../src/runtime/node/bundled-models.ts'
import { nodeDictionaryLoader } from '../../src/runtime/node/dictionary-loader.ts'

// The crisis layer by itself, without the classifier: a miss here is a miss in production whenever
// the classifier is unsure.

const kindSchema = z.enum(CRISIS_KINDS)
const fixtureSchema = z
  .object({
    fire: z.array(z.object({ text: z.string().min(1), kind: kindSchema }).strict()),
    quiet: z.array(z.string().min(1)),
  })
  .strict()
type Fixture = z.infer<typeof fixtureSchema>

const root = new URL('../../', import.meta.url)
const readYaml = (path: string): unknown => parse(readFileSync(new URL(path, root), 'utf8'))
const fixture: Fixture = fixtureSchema.parse(readYaml('tests/nlu/fixtures/crisis-regression.yaml'))

const intentSchema = z.looseObject({
  label: z.string(),
  examples: z.array(z.string()),
  counter_examples: z
    .array(z.looseObject({ text: z.string(), expected: z.string().nullable().optional() }))
    .optional(),
})
const devSchema = z.looseObject({
  cases: z.array(z.looseObject({ text: z.string(), label: z.string(), crisis: z.boolean().optional() })),
})

const intents = readdirSync(new URL('intents/', root))
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => intentSchema.parse(readYaml(`intents/${f}`)))
const devCases = readdirSync(new URL('tests/fixtures/dev-set/', root))
  .filter((f) => f.endsWith('.yaml'))
  .flatMap((f) => devSchema.parse(readYaml(`tests/fixtures/dev-set/${f}`)).cases)

let tokenizer: JaTokenizer
beforeAll(async () => {
  tokenizer = await buildTokenizer(nodeDictionaryLoader())
})
const layer = (text: string): CrisisSignal | null => {
  const normalized = normalizeText(text)
  return checkCrisis(normalized, tokenizer.tokenize(normalized), bundledCrisisModel).signal
}

describe('crisis layer regressions', () => {
  it.each(fixture.fire.map((c) => [c.text, c.kind] as const))('fires: %s → %s', (text, kind) => {
    expect(layer(text)?.kind, text).toBe(kind)
  })
  it.each(fixture.quiet)('quiet: %s', (text) => {
    expect(layer(text), text).toBeNull()
  })
})

describe('crisis layer alone on the labelled data', () => {
  it('fires on every intents/crisis.yaml example and crisis counter-example', () => {
    const crisis = intents.flatMap((f) => [
      ...(f.label === 'crisis' ? f.examples : []),
      ...(f.counter_examples ?? []).filter((c) => c.expected === 'crisis').map((c) => c.text),
    ])
    expect(crisis.length).toBeGreaterThan(100)
    expect(crisis.filter((t) => !layer(t))).toEqual([])
  })

  it('fires on every dev-set crisis case', () => {
    const crisis = devCases.filter((c) => c.crisis ?? c.label === 'crisis')
    expect(crisis.length).toBeGreaterThan(30)
    expect(crisis.filter((c) => !layer(c.text)).map((c) => c.text)).toEqual([])
  })

  it('false alarms stay under 3% on non-crisis intents examples and dev-set cases', () => {
    const quiet = [
      ...intents.flatMap((f) => (f.label === 'crisis' ? [] : f.examples)),
      ...intents.flatMap((f) =>
        (f.counter_examples ?? []).filter((c) => c.expected !== 'crisis').map((c) => c.text),
      ),
      ...devCases.filter((c) => !(c.crisis ?? c.label === 'crisis')).map((c) => c.text),
    ]
    const alarms = quiet.filter((t) => layer(t))
    expect(alarms.length / quiet.length, alarms.join('\n')).toBeLessThanOrEqual(0.03)
  })
})
