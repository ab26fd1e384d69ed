import { loadavg } from 'node:os'
import { loadDevSet } from '../../scripts/nlu/io.ts'
import { createAnalyzer, MAX_ANALYZED_CHARS } from '../../src/nlu/analyze.ts'
import { isAnswerOnly } from '../../src/nlu/answer-only.ts'
import { splitClauses } from '../../src/nlu/clauses.ts'
import { checkCrisis } from '../../src/nlu/crisis.ts'
import { crisisFeatures, scoreCrisis } from '../../src/nlu/crisis-model.ts'
import { checkSituations, crisisViews } from '../../src/nlu/crisis-situations.ts'
import {
  findAge,
  findSubject,
  findUrgent,
  findYesNo,
  readAnswer,
  refusesPlace,
} from '../../src/nlu/entities.ts'
import { analysisOf, analyzeText, extractFeatures } from '../../src/nlu/features.ts'
import { findWard, maskPlaces } from '../../src/nlu/gazetteer.ts'
import { readLanguage } from '../../src/nlu/language.ts'
import { predict, topLabel } from '../../src/nlu/model.ts'
import { buildNeighbourIndex, nearestByLabel } from '../../src/nlu/neighbours.ts'
import { peerInput } from '../../src/nlu/tfidf-peer.ts'
import { buildTokenizer } from '../../src/nlu/tokenizer.ts'
import { bundledCrisisModel, bundledGazetteer, bundledModel } from '../../src/runtime/node/bundled-models.ts'
import { nodeDictionaryLoader } from '../../src/runtime/node/dictionary-loader.ts'

// npx tsx bench/nlu/tail-stages.ts [top=1] — which dev texts make analyze()'s warm tail, and in which stage.
// Each dev text (bench:nlu's set) is analyzed ROUNDS times, interleaved over the set, and its median kept;
// the texts in the top `top` % by that median are listed with their length, crisis language and each stage's
// median CPU µs (each stage timed on its own, as analyze() runs it;
// the crisis layer whole is crisisAll; views, situations and model are its parts timed alone). No text is printed: only its index in the dev set, length and script.
// Prints the same stage split summed over the tail and over all texts.

const top = Number(process.argv[2] ?? 1)
const ROUNDS = Number(process.env.ROUNDS ?? 7)
const tokenizer = await buildTokenizer(nodeDictionaryLoader())
const model = bundledModel
const crisisModel = bundledCrisisModel
const nlu = createAnalyzer(tokenizer, model, bundledGazetteer, { crisisModel })
const mask = maskPlaces(bundledGazetteer)
const phrases = { entries: model.phrases }
const index = buildNeighbourIndex(
  model.examples.map(([text, label]) => ({
    v: extractFeatures(analyzeText(tokenizer, text, mask), phrases),
    label,
  })),
  model.labels.length,
)
const scratch = new Float64Array(index.labelOf.length)
const dev = loadDevSet().map((c) => c.text)

const STAGES = [
  'tokenize',
  'views',
  'situations',
  'crisisModel',
  'crisisAll',
  'features',
  'neighbours',
  'peer',
  'predict',
  'clauses',
  'clauseLabels',
  'entities',
  'language',
] as const
type Stage = (typeof STAGES)[number]

const stagesOf = (text: string): Record<Stage, number> => {
  const t: Record<string, number> = {}
  let at = cpu()
  const lap = (s: Stage) => {
    const now = cpu()
    t[s] = (t[s] ?? 0) + (now - at)
    at = now
  }
  const a = analyzeText(tokenizer, text.slice(0, MAX_ANALYZED_CHARS), mask)
  lap('tokenize')
  const views = crisisViews(
    a.normalized,
    a.tokens.map((x) => x.base),
  )
  lap('views')
  const sit = checkSituations(views)
  lap('situations')
  const f = crisisFeatures(views, sit.present)
  scoreCrisis(crisisModel, f)
  lap('crisisModel')
  checkCrisis(a.normalized, a.tokens, crisisModel)
  lap('crisisAll')
  const v = extractFeatures(a, phrases)
  lap('features')
  const near = nearestByLabel(index, v, scratch)
  lap('neighbours')
  const peer = model.peer ? peerInput(a.featureText, a.tokens) : undefined
  lap('peer')
  predict(model, v, near, peer)
  lap('predict')
  const clauses = splitClauses(a.tokens)
  lap('clauses')
  // Each distinct clause read by the linear model, as analyze() does until two concerns are offered
  // (here every clause: the worst case, the offers depend on the message).
  const read = new Set<string>()
  for (const c of clauses.length > 1 ? clauses : []) {
    const key = c
      .map((x) => `${x.surface}\u0000${x.base}\u0000${x.reading}\u0000${x.pos}\u0000${x.pos1}`)
      .join('\u0001')
    if (read.has(key)) continue
    read.add(key)
    if (isAnswerOnly(c)) continue
    const clauseText = c.map((x) => x.surface).join('')
    if (refusesPlace(clauseText)) continue
    topLabel(model, extractFeatures(analysisOf(clauseText, c), phrases))
  }
  lap('clauseLabels')
  findSubject(a.normalized, a.tokens, true)
  findAge(a.normalized)
  findWard(bundledGazetteer, a.normalized)
  findUrgent(a.normalized)
  findYesNo(a.normalized)
  readAnswer(a.normalized, a.tokens)
  lap('entities')
  readLanguage(text)
  lap('language')
  return t as Record<Stage, number>
}

/** Process CPU µs (user + system): a machine shared with others inflates wall clock far more. */
const cpu = () => {
  const u = process.cpuUsage()
  return u.user + u.system
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!
for (const text of dev.slice(0, 50)) nlu.analyze(text)
const whole: number[][] = dev.map(() => [])
const stages: Record<Stage, number>[][] = dev.map(() => [])
for (let r = 0; r < ROUNDS; r++)
  dev.forEach((text, i) => {
    const at = cpu()
    nlu.analyze(text)
    whole[i]!.push(cpu() - at)
    stages[i]!.push(stagesOf(text))
  })
const rows = dev.map((text, i) => ({
  i,
  len: text.length,
  script: /[\u3040-\u30ff]/.test(text)
    ? 'ja'
    : /\p{Script=Han}/u.test(text)
      ? 'zh'
      : /\p{Script=Hangul}/u.test(text)
        ? 'ko'
        : /\p{Script=Devanagari}/u.test(text)
          ? 'ne'
          : 'latin',
  us: median(whole[i]!),
  st: Object.fromEntries(STAGES.map((s) => [s, median(stages[i]!.map((x) => x[s]))])) as Record<
    Stage,
    number
  >,
}))
rows.sort((a, b) => b.us - a.us)
const n = Math.max(1, Math.round((rows.length * top) / 100))
const tail = rows.slice(0, n)
const all = rows.map((r) => r.us)
console.log(
  `${dev.length} dev texts × ${ROUNDS} rounds, load ${loadavg()[0]!.toFixed(1)}: median of medians ${median(all).toFixed(0)} µs, p99 ${[...all].sort((a, b) => a - b)[Math.floor(all.length * 0.99)]!.toFixed(0)} µs; the top ${top} % (${n} texts):`,
)
console.log(`| # | chars | script | analyze µs | ${STAGES.join(' | ')} |`)
console.log(`|${'---|'.repeat(STAGES.length + 4)}`)
for (const r of tail)
  console.log(
    `| ${r.i} | ${r.len} | ${r.script} | ${r.us.toFixed(0)} | ${STAGES.map((s) => r.st[s].toFixed(0)).join(' | ')} |`,
  )
const mean = (rs: typeof rows, s: Stage) => rs.reduce((x, r) => x + r.st[s], 0) / rs.length
// Short and long messages apart (80 characters, ab-process's "80+" set): which stage grows with length.
const short = rows.filter((r) => r.len < 80)
const long = rows.filter((r) => r.len >= 80)
const meanUs = (rs: typeof rows) => rs.reduce((x, r) => x + r.us, 0) / Math.max(1, rs.length)
console.log(
  `\n| stage | tail mean µs | all mean µs | < 80 chars (${short.length}) | 80+ chars (${long.length}) |\n|---|---|---|---|---|`,
)
for (const s of STAGES)
  console.log(
    `| ${s} | ${mean(tail, s).toFixed(0)} | ${mean(rows, s).toFixed(0)} | ${mean(short, s).toFixed(0)} | ${mean(long, s).toFixed(0)} |`,
  )
console.log(
  `| analyze() whole | ${meanUs(tail).toFixed(0)} | ${meanUs(rows).toFixed(0)} | ${meanUs(short).toFixed(0)} | ${meanUs(long).toFixed(0)} |`,
)
const byScript = new Map<string, number>()
for (const r of tail) byScript.set(r.script, (byScript.get(r.script) ?? 0) + 1)
console.log(
  `\ntail by script: ${[...byScript].map(([k, v]) => `${k} ${v}`).join(', ')}; chars median ${median(tail.map((r) => r.len))} (all ${median(rows.map((r) => r.len))})`,
)
