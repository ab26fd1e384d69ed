import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import { createNlu } from '../../src/nlu/create-nlu.ts'
import { bundledModels } from '../../src/runtime/node/bundled-models.ts'
import { nodeDictionaryLoader } from '../../src/runtime/node/dictionary-loader.ts'
import { repoRoot } from './io.ts'

// npx tsx scripts/nlu/crisis-lookalikes.ts [--texts]
//
// How often the crisis layer answers or asks about concerns that are not a crisis but sound like one:
// the intents/corpus examples labelled domestic_violence, elder_abuse, child_abuse and mental_health
// (issue 9: abuse that is not happening now, fear without violence, low mood without intent). Each of
// those sends a resident to emergency lines instead of the DV centre or the concern's own line.
// Per label and language: answered (a crisis signal), asked by the crisis layer (risk cues of its own),
// and asked only because the intent classifier said `crisis` (analyze.ts, not the crisis layer).
// Some of these texts are violence now (「いま殴られている」) and should be answered: read the list with
// --texts before calling a number a false alarm.

const LABELS = ['domestic_violence', 'elder_abuse', 'child_abuse', 'mental_health']
const showTexts = process.argv.includes('--texts')

interface Example {
  text: string
  lang: string
  label: string
}

const examples: Example[] = LABELS.flatMap((label) => {
  const dir = join(repoRoot, 'intents/corpus', label)
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .flatMap((f) => {
      const doc = parse(readFileSync(join(dir, f), 'utf8')) as { examples?: unknown[] }
      return (doc.examples ?? []).map((e) =>
        typeof e === 'string'
          ? { text: e, lang: 'ja', label }
          : {
              text: String((e as { text: string }).text),
              lang: (e as { lang?: string }).lang ?? 'ja',
              label,
            },
      )
    })
})

const nlu = await createNlu({ loader: nodeDictionaryLoader(), models: bundledModels })
type Seen = 'answer' | 'ask' | 'classifier' | 'none'
const rows = examples.map((e) => {
  const r = nlu.analyze(e.text)
  const own = r.risk.cues.filter((c) => c !== 'hopeless.classifier')
  const seen: Seen = r.crisis ? 'answer' : own.length > 0 ? 'ask' : r.risk.score > 0 ? 'classifier' : 'none'
  const why = r.crisis ? r.crisis.matched.join(',') : r.risk.cues.join(',')
  return { ...e, seen, why }
})

const pct = (n: number, d: number) => `${((100 * n) / d).toFixed(1).padStart(5)}%`
const line = (name: string, rs: typeof rows) => {
  const n = (s: Seen) => rs.filter((r) => r.seen === s).length
  return `${name.padEnd(28)} ${String(rs.length).padStart(4)}  answer ${pct(n('answer'), rs.length)}  ask ${pct(n('ask'), rs.length)}  classifier-ask ${pct(n('classifier'), rs.length)}  (${n('answer')}/${n('ask')}/${n('classifier')})`
}
const out: string[] = [line('all', rows)]
for (const label of LABELS) {
  const ofLabel = rows.filter((r) => r.label === label)
  out.push(line(label, ofLabel))
  for (const lang of [...new Set(ofLabel.map((r) => r.lang))].sort())
    out.push(
      line(
        `  ${lang}`,
        ofLabel.filter((r) => r.lang === lang),
      ),
    )
}
if (showTexts)
  for (const r of rows.filter((r) => r.seen !== 'none'))
    out.push(`${r.seen}\t${r.label}\t${r.lang}\t${r.why}\t${JSON.stringify(r.text)}`)
process.stdout.write(`${out.join('\n')}\n`)
