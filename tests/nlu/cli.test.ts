import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

// The staff CLI's contract: one JSON object per input line, in order, with these keys and types.

const root = join(import.meta.dirname, '../..')
const run = (input: string, args: string[] = []) => {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/nlu/classify.ts', ...args], {
    cwd: root,
    input,
    encoding: 'utf8',
    // A cold process compiles the CLI, builds the tokenizer and indexes ~15,000 training examples: a few
    // seconds on a quiet machine, over 30 s on a shared one under load.
    timeout: 120_000,
  })
  expect(r.status, r.stderr).toBe(0)
  return r.stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Record<string, unknown>)
}

const KEYS = [
  'text',
  'intent',
  'confidence',
  'also',
  'ward',
  'subject',
  'age_group',
  'urgent',
  'crisis',
  'explain',
]

describe('npm run classify', () => {
  it('answers each plain-text line with one JSON object, in order', () => {
    const out = run('母が認知症かもしれません\n\n中原区です\n死にたい\n')
    expect(out).toHaveLength(3)
    for (const o of out) {
      expect(Object.keys(o)).toEqual(KEYS)
      expect(typeof o.confidence).toBe('number')
      expect(Array.isArray(o.also)).toBe(true)
      expect(Array.isArray(o.explain)).toBe(true)
      expect(typeof o.urgent).toBe('boolean')
      expect(typeof o.crisis).toBe('boolean')
    }
    expect(out[0]).toMatchObject({
      text: '母が認知症かもしれません',
      intent: 'dementia',
      subject: 'parent',
      crisis: false,
    })
    expect(out[1]).toMatchObject({ text: '中原区です', ward: 'nakahara' })
    expect(out[2]).toMatchObject({ intent: 'crisis', crisis: true, urgent: true })
  }, 150_000)

  it('reads JSON lines with --jsonl and reports a bad line without stopping', () => {
    const out = run('{"text":"梶が谷に住んでいます"}\nnot json\n{"nope":1}\n{"text":"横浜市です"}\n', [
      '--jsonl',
    ])
    expect(out).toHaveLength(4)
    expect(out[0]).toMatchObject({ text: '梶が谷に住んでいます', ward: 'ambiguous' })
    expect(out[1]).toHaveProperty('error')
    expect(out[2]).toHaveProperty('error')
    expect(out[3]).toMatchObject({ ward: 'outside' })
  }, 150_000)
})
