import { readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { createAnalyzer } from '../../src/nlu/analyze.ts'
import { buildTokenizer } from '../../src/nlu/tokenizer.ts'
import { bundledCrisisModel, bundledGazetteer, bundledModel } from '../../src/runtime/node/bundled-models.ts'
import { nodeDictionaryLoader } from '../../src/runtime/node/dictionary-loader.ts'
import { CORPUS_DIR, readCorpus, TRAINING_ONLY_DIR } from './crisis-corpus.ts'
import { dialogSchema } from './dialog-eval.ts'
import { loadDevSet, loadIntents, readJsonl, repoRoot } from './io.ts'

// tsx scripts/nlu/dump-analyze.ts OUT.jsonl — one JSON line per dev text: the text and its whole
// analyze() result (labels, scores, entities, explain). Run it before and after a change that must not
// alter what the NLU says, and `cmp` the two files: JSON.stringify writes each score as the shortest
// text that reads back to the same double, so equal files mean bit-for-bit equal scores.
// Texts: the crisis corpus turns (with training-only), the intents and intents/corpus training texts,
// the dev set and the dev dialogs' turns; duplicates are analyzed once, in first-seen order.

const out = process.argv[2]
if (!out) throw new Error('usage: tsx scripts/nlu/dump-analyze.ts OUT.jsonl')

const dialogTurns = (dir: string): string[] =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()
    .flatMap((f) => readJsonl(join(dir, f), dialogSchema).flatMap((d) => d.turns))

const texts = [
  ...new Set([
    ...[...readCorpus(CORPUS_DIR), ...readCorpus(TRAINING_ONLY_DIR)].flatMap((c) => c.turns),
    ...loadIntents({ foreign: true }).data.map((d) => d.text),
    ...loadDevSet().map((c) => c.text),
    ...dialogTurns(join(repoRoot, 'tests/fixtures/dev-dialogs')),
  ]),
]

const tokenizer = await buildTokenizer(nodeDictionaryLoader())
const nlu = createAnalyzer(tokenizer, bundledModel, bundledGazetteer, { crisisModel: bundledCrisisModel })
const lines = texts.map((text) => JSON.stringify({ text, result: nlu.analyze(text) }))
writeFileSync(out, `${lines.join('\n')}\n`)
console.log(`${texts.length} texts → ${out}`)
