import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { silentLogger } from '../../src/core/log.ts'
import { buildNodeApp, type NodeApp } from '../../src/runtime/node/build-node-app.ts'

// POST /api/chat on the whole service, fuzzed and seeded: no body ends in 5xx, and a cry for help
// with invisible characters inserted always comes back with an emergency line.
// `FUZZ_RUNS=10000 npx vitest run tests/http/crisis-fuzz.test.ts` runs the full measure.

const RUNS = Number(process.env.FUZZ_RUNS ?? 400)
const SEED = 20261206
/** A bounded run: a few seconds by default, a few minutes for FUZZ_RUNS=10000. */
const TIMEOUT = 30_000 + RUNS * 30
const ODD = ['\u0000', '\u00ad', '\u200b', '\u200e', '\u202e', '\ufeff', '\ufe0f', '\udfff', '\u0007']
const CRISES = [
  '死にたい',
  '消えたい',
  '父が倒れて息をしていない',
  'I want to die',
  '我不想活了',
  '薬を全部飲んだ',
]

let built: NodeApp
beforeAll(async () => {
  built = await buildNodeApp(
    { SESSION_STORE: 'memory', CHAT_RATE_LIMIT_PER_MINUTE: '0' },
    { logger: silentLogger },
  )
})
afterAll(() => built?.close())

const post = (body: string) =>
  built.app.request('/api/chat', { method: 'POST', headers: { 'content-type': 'application/json' }, body })

type Message = { type: string; urgent?: boolean; agency?: { kind: string; phone: string | null } }
const hasEmergencyLine = (messages: Message[]) =>
  messages.some((m) => m.type === 'agency' && m.urgent && m.agency?.phone)

describe('POST /api/chat fuzzed', () => {
  it(
    'no body, however odd, ends in 5xx or leaks an internal',
    async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.oneof(
            fc.string({ unit: 'binary', maxLength: 400 }).map((text) => JSON.stringify({ text })),
            fc.jsonValue().map((v) => JSON.stringify(v)),
            fc.string({ unit: 'binary', maxLength: 200 }),
          ),
          async (body) => {
            const res = await post(body)
            expect(res.status, body).toBeLessThan(500)
            expect(await res.text()).not.toMatch(/\bat .*\.(?:ts|js):\d+|node:internal|Error:/)
          },
        ),
        { numRuns: RUNS, seed: SEED },
      )
    },
    TIMEOUT,
  )

  it(
    'a crisis with invisible characters inserted always gets an emergency line',
    async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom(...CRISES),
          fc.array(fc.tuple(fc.nat(), fc.constantFrom(...ODD)), { minLength: 1, maxLength: 5 }),
          async (sentence, inserts) => {
            const chars = [...sentence]
            for (const [at, ch] of inserts) chars.splice(at % (chars.length + 1), 0, ch)
            const res = await post(JSON.stringify({ text: chars.join('') }))
            // 503 only when the memory store is full (10,000 conversations, reached in a 10,000-run fuzz):
            // the crisis lines must come all the same.
            expect([200, 503]).toContain(res.status)
            const body = (await res.json()) as { messages: Message[] }
            expect(hasEmergencyLine(body.messages), JSON.stringify(chars.join(''))).toBe(true)
          },
        ),
        { numRuns: RUNS, seed: SEED },
      )
    },
    TIMEOUT,
  )
})
