import { createInterface } from 'node:readline'
import { z } from 'zod'
import { createNlu } from '../../src/nlu/create-nlu.ts'
import { bundledModels } from '../../src/runtime/node/bundled-models.ts'
import { nodeDictionaryLoader } from '../../src/runtime/node/dictionary-loader.ts'

// npm run --silent classify [-- --jsonl] — staff CLI with a stable contract: one message per stdin
// line (or JSON lines {"text": ...} with --jsonl), one JSON object per stdout line, same order.
// Blank lines are skipped. A bad JSON line yields {"error": ...} on its line and the run goes on.

const jsonl = process.argv.includes('--jsonl')
const lineSchema = z.object({ text: z.string() })
const nlu = await createNlu({ loader: nodeDictionaryLoader(), models: bundledModels })

const rl = createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY })
for await (const line of rl) {
  if (line.trim() === '') continue
  let text: string
  if (jsonl) {
    let parsed: unknown
    try {
      parsed = JSON.parse(line)
    } catch {
      process.stdout.write(`${JSON.stringify({ error: 'not valid JSON; expected {"text": "..."}' })}\n`)
      continue
    }
    const r = lineSchema.safeParse(parsed)
    if (!r.success) {
      process.stdout.write(`${JSON.stringify({ error: 'expected an object with a string "text"' })}\n`)
      continue
    }
    text = r.data.text
  } else text = line
  const r = nlu.analyze(text)
  const out = {
    text,
    intent: r.intent,
    confidence: Math.round(r.confidence * 1000) / 1000,
    also: r.also,
    ward: r.ward?.value ?? null,
    subject: r.subject,
    age_group: r.ageGroup,
    urgent: r.urgent,
    crisis: r.crisis !== null,
    explain: r.explain.map((e) => `${e.feature} → ${e.label} (${e.weight})`),
  }
  process.stdout.write(`${JSON.stringify(out)}\n`)
}
