import { checkCrisis } from '../../src/nlu/crisis.ts'
import type { CrisisModelArtifact } from '../../src/nlu/crisis-model.ts'
import { normalizeText } from '../../src/nlu/normalize.ts'
import { buildTokenizer } from '../../src/nlu/tokenizer.ts'
import { nodeDictionaryLoader } from '../../src/runtime/node/dictionary-loader.ts'
import { CORPUS_DIR, readCorpus, TRAINING_ONLY_DIR } from './crisis-corpus.ts'
import { trainArtifact, trainingExamples } from './crisis-train.ts'

// npx tsx scripts/nlu/crisis-stability.ts [--family suicide] [--prefix crisis18]
//
// How far one family's rule examples move the rest of the crisis layer (crisis18): the crisis model is
// trained twice, with every example and without the fire/quiet examples of the crisis rules of one kind
// (`--family`, default third_party), and every dev corpus text is read by the whole layer with each.
// Prints how many texts change decision (answer and its kind / ask / nothing), split by whether the text
// is of that family or elsewhere: two branches that each add a family's examples should move each other
// little. Nothing is written.

const arg = (name: string, fallback: string) => {
  const at = process.argv.indexOf(`--${name}`)
  return at >= 0 ? (process.argv[at + 1] ?? fallback) : fallback
}
const family = arg('family', 'third_party')

const tokenizer = await buildTokenizer(nodeDictionaryLoader())
const items = readCorpus(CORPUS_DIR)
const examples = trainingExamples(tokenizer, [...items, ...readCorpus(TRAINING_ONLY_DIR)])
const of = (rule: string | undefined) => rule?.startsWith(`${family}.`) === true
const without = examples.filter((e) => !of(e.rule))
const all = trainArtifact(examples)
const less = trainArtifact(without)

const decide = (model: CrisisModelArtifact, text: string): string => {
  const n = normalizeText(text)
  const r = checkCrisis(n, tokenizer.tokenize(n), model)
  return r.signal ? `answer:${r.signal.kind}` : r.risk.score >= 1 ? 'ask' : 'none'
}
let inFamily = 0
let elsewhere = 0
let n = 0
const moved: Record<string, number> = {}
for (const item of items) {
  const text = item.turns.join('。')
  const a = decide(all, text)
  const b = decide(less, text)
  n++
  if (a === b) continue
  if (item.kind === family) inFamily++
  else {
    elsewhere++
    const key = `${item.label} ${item.kind}: ${b} -> ${a}`
    moved[key] = (moved[key] ?? 0) + 1
  }
}
console.log(
  `family ${family}: ${examples.length - without.length} rule examples left out; ${n} dev texts read by the layer`,
)
console.log(`changed decision: ${inFamily} of the family, ${elsewhere} elsewhere`)
for (const [k, v] of Object.entries(moved).sort((x, y) => y[1] - x[1])) console.log(`  ${v}  ${k}`)
