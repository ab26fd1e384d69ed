import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import { isContextCue, type Nlu } from '../../src/core/nlu.ts'
import { createAnalyzer } from '../../src/nlu/analyze.ts'
import { buildTokenizer } from '../../src/nlu/tokenizer.ts'
import { bundledCrisisModel, bundledGazetteer, bundledModel } from '../../src/runtime/node/bundled-models.ts'
import { nodeDictionaryLoader } from '../../src/runtime/node/dictionary-loader.ts'
import { CORPUS_DIR, readCorpus, TRAINING_ONLY_DIR } from './crisis-corpus.ts'
import { trainArtifact, trainingExamples } from './crisis-train.ts'
import { repoRoot } from './io.ts'

// npx tsx scripts/nlu/crisis-lookalikes.ts [--texts] [--label child_abuse] [--cv]
//
// How often the crisis layer answers or asks about concerns that are not a crisis but can sound like
// one: every intents/corpus example, per concern label (child abuse and child-rearing, hikikomori,
// dementia, abuse, low mood, and the everyday ones) and language (issue 9: a past smack, a shut-in son,
// a parent with dementia who says she wants to die some day, fear without violence). An answer sends a
// resident to emergency lines instead of the concern's own desk, and reads the concern as a crisis.
// Per label and language: answered (a crisis signal), asked by the crisis layer (risk cues of its own),
// and asked only because the intent classifier said `crisis` (analyze.ts, not the crisis layer).
// Some of these texts are a crisis now (「いま殴られている」) and should be answered: read the list with
// --texts before calling a number a false alarm.
// The committed crisis model has learnt every one of these texts as "no crisis"; --cv scores each
// author's file (t1…t7) with a crisis model trained without it, which is how it reads consultations it
// has never seen (the rules are the same either way).

const arg = (name: string) => {
  const i = process.argv.indexOf(name)
  return i >= 0 ? process.argv[i + 1] : undefined
}
const showTexts = process.argv.includes('--texts')
const corpusDir = join(repoRoot, 'intents/corpus')
const only = arg('--label')
const LABELS = readdirSync(corpusDir, { withFileTypes: true })
  .filter((d) => d.isDirectory() && (!only || d.name === only))
  .map((d) => d.name)
  .sort()

interface Example {
  text: string
  lang: string
  label: string
  /** The corpus file's author (t1…t7). */
  author: string
}

const examples: Example[] = LABELS.flatMap((label) => {
  const dir = join(corpusDir, label)
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .flatMap((f) => {
      const doc = parse(readFileSync(join(dir, f), 'utf8')) as { examples?: unknown[] }
      const author = f.replace(/\.yaml$/, '')
      return (doc.examples ?? []).map((e) =>
        typeof e === 'string'
          ? { text: e, lang: 'ja', label, author }
          : {
              text: String((e as { text: string }).text),
              lang: (e as { lang?: string }).lang ?? 'ja',
              label,
              author,
            },
      )
    })
})

const tokenizer = await buildTokenizer(nodeDictionaryLoader())
const analyzerWith = (crisisModel = bundledCrisisModel) =>
  createAnalyzer(tokenizer, bundledModel, bundledGazetteer, { crisisModel })
/** Each author's examples with the analyzer that scores them: the committed one, or one trained without them. */
const analyzers = new Map<string, Nlu>()
if (process.argv.includes('--cv')) {
  const training = trainingExamples(tokenizer, [...readCorpus(CORPUS_DIR), ...readCorpus(TRAINING_ONLY_DIR)])
  for (const author of new Set(examples.map((e) => e.author)))
    analyzers.set(author, analyzerWith(trainArtifact(training.filter((t) => t.source !== author))))
}
const committed = analyzerWith()
type Seen = 'answer' | 'ask' | 'agree' | 'classifier' | 'none'
/** The two models' agreement cue (crisis.ts, 0.5) asks nothing alone: counted apart, not as asked. */
const isAgree = (c: string) => c.endsWith('.agree')
const rows = examples.map((e) => {
  const r = (analyzers.get(e.author) ?? committed).analyze(e.text)
  const own = r.risk.cues.filter((c) => c !== 'hopeless.classifier' && !isAgree(c) && !isContextCue(c))
  const seen: Seen = r.crisis
    ? 'answer'
    : own.length > 0
      ? 'ask'
      : r.risk.cues.some(isAgree)
        ? 'agree'
        : r.risk.score > 0
          ? 'classifier'
          : 'none'
  const why = r.crisis ? r.crisis.matched.join(',') : r.risk.cues.join(',')
  return { ...e, seen, why }
})

const pct = (n: number, d: number) => `${((100 * n) / d).toFixed(1).padStart(5)}%`
const line = (name: string, rs: typeof rows) => {
  const n = (s: Seen) => rs.filter((r) => r.seen === s).length
  return `${name.padEnd(28)} ${String(rs.length).padStart(5)}  answer ${pct(n('answer'), rs.length)}  ask ${pct(n('ask'), rs.length)}  classifier-ask ${pct(n('classifier'), rs.length)}  (${n('answer')}/${n('ask')}/${n('classifier')}; agree cue alone ${n('agree')})`
}
const out: string[] = [line('all', rows)]
for (const label of LABELS)
  out.push(
    line(
      label,
      rows.filter((r) => r.label === label),
    ),
  )
out.push('', 'by label and language')
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
