import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { createNlu } from '../../src/nlu/create-nlu.ts'
import { bundledModels } from '../../src/runtime/node/bundled-models.ts'
import { nodeDictionaryLoader } from '../../src/runtime/node/dictionary-loader.ts'
import { repoRoot } from './io.ts'

// npx tsx scripts/nlu/crisis-dump.ts > before.txt … (change) … > after.txt; diff before.txt after.txt
//
// What the crisis layer makes of every dev text (the crisis corpus's turns, the dev dialogs' turns and
// every string in intents/corpus), one line each: the crisis kind and ids, and the risk cues. A change
// meant to keep the layer's outputs (a regex rewritten from named parts) must leave this identical.

const stringsIn = (text: string): string[] =>
  [...text.matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((m) => JSON.parse(`"${m[1]}"`) as string)

const filesUnder = (dir: string): string[] =>
  readdirSync(dir).flatMap((f) => {
    const path = join(dir, f)
    return statSync(path).isDirectory() ? filesUnder(path) : [path]
  })

const texts = new Set<string>()
const corpusFiles = filesUnder(join(repoRoot, 'tests/fixtures/crisis-corpus')).filter((f) =>
  f.endsWith('.jsonl'),
)
for (const f of corpusFiles)
  for (const line of readFileSync(f, 'utf8')
    .split('\n')
    .filter((l) => l.trim()))
    for (const t of (JSON.parse(line) as { turns: string[] }).turns) texts.add(t)
for (const f of filesUnder(join(repoRoot, 'tests/fixtures/dev-dialogs')).filter((f) => f.endsWith('.jsonl')))
  for (const line of readFileSync(f, 'utf8')
    .split('\n')
    .filter((l) => l.trim()))
    for (const t of (JSON.parse(line) as { turns?: string[] }).turns ?? []) texts.add(t)
// Intent examples are YAML lists of strings; a line `- text` or `- "text"` is one example.
for (const f of filesUnder(join(repoRoot, 'intents')).filter((f) => f.endsWith('.yaml')))
  for (const line of readFileSync(f, 'utf8').split('\n')) {
    const m = /^\s*-\s+(.+)$/.exec(line)
    if (!m) continue
    const value = m[1]!.trim()
    for (const t of value.startsWith('"') ? stringsIn(value) : [value.replace(/^'|'$/g, '')]) texts.add(t)
  }

const nlu = await createNlu({ loader: nodeDictionaryLoader(), models: bundledModels })
const out: string[] = []
for (const text of [...texts].sort()) {
  const r = nlu.analyze(text)
  const crisis = r.crisis ? `${r.crisis.kind}:${r.crisis.matched.join(',')}` : '-'
  out.push(`${JSON.stringify(text)}\t${crisis}\t${r.risk.score}\t${r.risk.cues.join(',')}`)
}
process.stdout.write(`${out.join('\n')}\n`)
process.stderr.write(`${texts.size} texts\n`)
