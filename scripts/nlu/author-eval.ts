import type { Nlu } from '../../src/core/nlu.ts'
import type { Label } from '../../src/core/taxonomy.ts'
import { buildExampleIndex, createAnalyzer } from '../../src/nlu/analyze.ts'
import { featureFlags } from '../../src/nlu/features.ts'
import { maskPlaces } from '../../src/nlu/gazetteer.ts'
import type { LabelledText } from '../../src/nlu/intents.ts'
import type { ModelArtifact } from '../../src/nlu/model.ts'
import { type PeerArtifact, type PeerShares, prunePeer } from '../../src/nlu/tfidf-peer.ts'
import { buildTokenizer, type JaTokenizer } from '../../src/nlu/tokenizer.ts'
import {
  blendedCv,
  buildModelWithPeers,
  COUNTER_WEIGHT,
  crossValidate,
  defaultTrainOptions,
  fitTemperature,
  type PeerTraining,
  phrasesOf,
  stratifiedFolds,
  vectorize,
} from '../../src/nlu/train.ts'
import { bundledCrisisModel, bundledModel } from '../../src/runtime/node/bundled-models.ts'
import { nodeDictionaryLoader } from '../../src/runtime/node/dictionary-loader.ts'
import { buildGazetteer } from './gazetteer-build.ts'
import { type Intents, loadIntents } from './io.ts'
import { formatMetrics, metrics, pct } from './metrics.ts'

// npm run eval -- --authors t4,t5 [--combined-only | --loao] [--same-author K] [--other-min 0,0.5] [--blend 0,0.3]
//                 [--latin-blend 0,0.2] [--peer-keep 10,30] [--peer-temp 1,2] [--script-blend hangul=0.6,devanagari=0.45]
//                 [--flags foreign=false] [--no-phrases] [--details]
//
// Held-out-author evaluation, the dev estimate for a sealed set written by strangers: the model is
// trained WITHOUT an author's files (intents/corpus/*/<author>.yaml) and scored on them through the
// whole analyze() (crisis layer, answer-only rule, `other` handling), per language. First all the
// listed authors held out together (what the model knew before their data), then each one alone
// (leave-one-author-out: trained on everyone else, the other listed authors included).

/** The flow's default confidence bar (flows/main.yaml settings.confidence_threshold). */
const FLOW_THRESHOLD = 0.5

const authorOf = (file: string) => /\/corpus\/[^/]+\/([^/]+)\.ya?ml$/.exec(file)?.[1] ?? null

interface Scored {
  gold: Label
  predicted: Label
  lang: string
  confidence: number
  text: string
}

const scorePairs = (nlu: Nlu, items: LabelledText[]): Scored[] =>
  items.map((d) => {
    const r = nlu.analyze(d.text)
    const predicted = (r.crisis ? 'crisis' : r.intent) as Label
    return { gold: d.label, predicted, lang: d.lang ?? 'ja', confidence: r.confidence, text: d.text }
  })

const report = (pairs: Scored[], title: string, details: boolean): string => {
  const byLang = new Map<string, { n: number; correct: number }>()
  for (const p of pairs) {
    const s = byLang.get(p.lang) ?? { n: 0, correct: 0 }
    s.n++
    if (p.gold === p.predicted) s.correct++
    byLang.set(p.lang, s)
  }
  // What the flow does with it: a reading at or above the bar is followed; below it the resident is asked.
  const followed = pairs.filter((p) => p.confidence >= FLOW_THRESHOLD)
  const followedWrong = followed.filter((p) => p.gold !== p.predicted).length
  const otherFollowed = followed.filter((p) => p.predicted === 'other' && p.gold !== 'other').length
  const lines = [
    formatMetrics(title, metrics(pairs)),
    '',
    'by language: n, top-1',
    ...[...byLang]
      .sort()
      .map(([l, s]) => `  ${l.padEnd(8)} ${String(s.n).padStart(5)}  ${pct(s.correct / s.n)}`),
    '',
    `followed (confidence ≥ ${FLOW_THRESHOLD}): ${pct(followed.length / pairs.length)}; wrong when followed ${pct(followedWrong / Math.max(1, followed.length))}; a concern followed as \`other\` ${otherFollowed}`,
  ]
  if (details)
    for (const p of pairs)
      if (p.gold !== p.predicted)
        lines.push(`- [${p.lang} ${p.gold} → ${p.predicted} ${p.confidence.toFixed(2)}] ${p.text}`)
  return lines.join('\n')
}

/** `--other-min 0.4,0.5,0.6`: score the same model with several bars for `other` (see OTHER_MIN). */
let otherMins: (number | undefined)[] = [undefined]

/**
 * `--blend 0,0.2,0.4`: the same trained models scored with several shares of the TF-IDF peer (one peer
 * trained per held-out author; see tfidf-peer.ts) for a message, and `--latin-blend
 * 0,0.2` for one mostly in Latin letters (default: the same share). Unset: defaultTrainOptions.
 */
let blends: (number | undefined)[] = [undefined]
let latinBlends: (number | undefined)[] = [undefined]
/** `--peer-keep 10,30`: the peer pruned to weights of at least this (× 100) too (see peerArtifact). */
let keeps: (number | undefined)[] = [undefined]
/** `--peer-temp 1,2`: the peer's temperature before blending (PeerArtifact.temperature). */
let temps: (number | undefined)[] = [undefined]
/** `--peer-below 0.9,1`: the peer heard only where our best probability is below this (PeerArtifact.below). */
let belows: (number | undefined)[] = [undefined]
/** `--peer-capped`: each variant also with the blend's leader no surer than ours (PeerArtifact.capped). */
let cappeds: boolean[] = [false]
/**
 * `--peer-counter 4,12`: the peer trained with each staff counter-example this many times (ours stays at
 * COUNTER_WEIGHT); `--peer-fold`: each variant also with the peer reading Latin without diacritics.
 * Each is a peer of its own beside the one model (buildModelWithPeers).
 */
let counters: (number | undefined)[] = [undefined]
let folds: boolean[] = [false]
/** `--script-blend hangul=0.6`: a share for messages mostly in that script, in every variant. */
let scriptBlend: PeerShares['scriptBlend']

interface Variant {
  otherMin?: number
  blend?: number
  latinBlend?: number
  keep?: number
  temp?: number
  below?: number
  capped?: boolean
  counter?: number
  fold?: boolean
}

/** Every pairing of an `other` bar, the peer's shares and a pruning, in the order the reports print them. */
const variants = (): Variant[] =>
  otherMins.flatMap((otherMin) =>
    blends.flatMap((blend) =>
      (blend === undefined ? [undefined] : latinBlends).flatMap((latinBlend) =>
        (blend || latinBlend ? keeps : [undefined]).flatMap((keep) =>
          (blend || latinBlend ? temps : [undefined]).flatMap((temp) =>
            (blend || latinBlend ? belows : [undefined]).flatMap((below) =>
              (blend || latinBlend ? cappeds : [false]).flatMap((capped) =>
                (blend || latinBlend ? counters : [undefined]).flatMap((counter) =>
                  (blend || latinBlend ? folds : [false]).map((fold) => ({
                    otherMin,
                    blend,
                    latinBlend,
                    keep,
                    temp,
                    below,
                    capped,
                    counter,
                    fold,
                  })),
                ),
              ),
            ),
          ),
        ),
      ),
    ),
  )

/** The peers trained beside a model, one per `--peer-counter` × `--peer-fold` pairing (peerTrainings). */
const peerTrainings = (): PeerTraining[] =>
  counters.flatMap((c) => folds.map((foldLatin) => ({ counterWeight: c ?? COUNTER_WEIGHT, foldLatin })))

const withPeer = (
  model: ModelArtifact,
  peers: PeerArtifact[],
  { blend, latinBlend, keep, temp, below, capped, counter, fold }: Variant,
): ModelArtifact => {
  if (blend === undefined || !model.peer) return model
  const which = peerTrainings().findIndex(
    (t) => t.counterWeight === (counter ?? COUNTER_WEIGHT) && t.foldLatin === (fold ?? false),
  )
  const trained = peers[which] ?? model.peer
  const peer = keep ? prunePeer(trained, keep) : trained
  return {
    ...model,
    peer: {
      ...peer,
      blend,
      latinBlend: latinBlend ?? blend,
      ...(scriptBlend && blend ? { scriptBlend } : {}),
      ...(temp === undefined ? {} : { temperature: temp }),
      ...(below === undefined ? {} : { below }),
      ...(capped ? { capped } : {}),
    },
  }
}

/** A model trained on `data` only (a subset of `all.data`), and analyzers over it (one per variant). */
const trainedOn = (tokenizer: JaTokenizer, all: Intents, data: LabelledText[]): Nlu[] => {
  const gazetteer = buildGazetteer()
  // Any share given trains the peer (its weights do not depend on the share).
  const sweep = blends.some((b) => b !== undefined)
  const { model, peers } = buildModelWithPeers(
    tokenizer,
    { intents: all.intents, data, sourceTexts: [], gazetteer, concepts: all.concepts },
    sweep
      ? { ...defaultTrainOptions, peerBlend: 0.5, peerKeepAt: Math.min(10, ...keeps.map((k) => k ?? 10)) }
      : defaultTrainOptions,
    // Only the ranking matters for top-1; the shipped model's temperature stands in for a fitted one.
    bundledModel.temperature,
    sweep ? peerTrainings() : [],
  )
  const neighbourIndex = buildExampleIndex(tokenizer, model, gazetteer)
  return variants().map((variant) =>
    createAnalyzer(tokenizer, withPeer(model, peers, variant), gazetteer, {
      crisisModel: bundledCrisisModel,
      neighbourIndex,
      ...(variant.otherMin === undefined ? {} : { otherMin: variant.otherMin }),
    }),
  )
}

const barName = (i: number) => {
  const { otherMin, blend, latinBlend, keep, temp, below, capped, counter, fold } = variants()[i]!
  return [
    otherMin === undefined ? '' : `, other bar ${otherMin}`,
    blend === undefined ? '' : `, peer blend ${blend}`,
    latinBlend === undefined ? '' : ` latin ${latinBlend}`,
    scriptBlend && blend ? ` ${JSON.stringify(scriptBlend)}` : '',
    keep === undefined ? '' : ` kept ≥ ${keep}`,
    temp === undefined ? '' : ` peer T ${temp}`,
    below === undefined ? '' : ` below ${below}`,
    capped ? ' capped' : '',
    counter === undefined ? '' : ` counter ×${counter}`,
    fold ? ' folded' : '',
  ].join('')
}

/** `--flags foreign=false,foldHan=false`: an experiment on the feature switches without an edit. */
const applyFlags = (spec: string | undefined) => {
  for (const kv of (spec ?? '').split(',').filter(Boolean)) {
    const [k, v] = kv.split('=') as [keyof typeof featureFlags, string]
    if (!(k in featureFlags)) throw new Error(`unknown feature flag ${k}`)
    ;(featureFlags as Record<string, boolean | number>)[k] =
      v === 'true' ? true : v === 'false' ? false : Number(v)
  }
}

/**
 * The same authors' texts in k folds (by language and label), each scored by a model trained on
 * everything else, their other folds included. Optimistic (the author's style is seen in training);
 * with one author per foreign language it is the only estimate of a model that has seen the language,
 * and it lies above what strangers' texts will score, as held-out authors lie below.
 */
const sameAuthorFolds = async (
  tokenizer: JaTokenizer,
  all: Intents,
  authors: string[],
  k: number,
  details: boolean,
) => {
  const t0 = performance.now()
  const items = all.data.filter((d) => authors.includes(authorOf(d.file) ?? ''))
  const fold = new Map<LabelledText, number>()
  const seen = new Map<string, number>()
  for (const d of items) {
    const key = `${d.lang}/${d.label}`
    const n = seen.get(key) ?? 0
    seen.set(key, n + 1)
    fold.set(d, n % k)
  }
  const pairs: Scored[][] = variants().map(() => [])
  for (let f = 0; f < k; f++) {
    const test = items.filter((d) => fold.get(d) === f)
    const inTest = new Set(test)
    const analyzers = trainedOn(
      tokenizer,
      all,
      all.data.filter((d) => !inTest.has(d)),
    )
    for (const [i, nlu] of analyzers.entries()) pairs[i]!.push(...scorePairs(nlu, test))
  }
  const title = `${authors.join(', ')}: same-author ${k}-fold (${items.length} texts)`
  for (const [i, p] of pairs.entries()) console.log(`${report(p, `${title}${barName(i)}`, details)}\n`)
  console.log(`(${((performance.now() - t0) / 1000).toFixed(0)} s)\n`)
}

/**
 * `npm run eval -- --cv-groups [--blend 0,0.6 --latin-blend 0.3 --script-blend … --peer-temp 1]`: the
 * build's 5-fold CV (stratified by label, as stats.cvAccuracy) beside a grouped 5-fold CV that keeps each
 * corpus author's texts in one fold (t1…t9 dealt round-robin, the staff files' texts stratified as
 * before), each counted by origin (staff examples, phrases, counter-examples, authors' texts): how much
 * an author's paraphrases on both sides of a split lift the figure. The classifier alone, through the
 * blend when shares are given; what CV measures is unchanged (no crisis layer, no answer-only rule).
 */
const cvGroups = async (tokenizer: JaTokenizer, all: Intents) => {
  const t0 = performance.now()
  const o = defaultTrainOptions
  const labels = [...new Set(all.intents.map((i) => i.label))].sort() as Label[]
  const gazetteer = buildGazetteer()
  const phrases = phrasesOf(all.intents, all.concepts, tokenizer)
  const kept = all.data.filter((d) => labels.includes(d.label))
  const vec = vectorize(tokenizer, kept, phrases, maskPlaces(gazetteer))
  const ys = vec.map((d) => labels.indexOf(d.label))
  const authors = [...new Set(kept.map((d) => authorOf(d.file)).filter((a) => a !== null))].sort()
  const stratified = stratifiedFolds(vec, o.folds, o.seed)
  const grouped = kept.map((d, i) => {
    const a = authorOf(d.file)
    return a === null ? stratified[i]! : authors.indexOf(a) % o.folds
  })
  const groupOf = (i: number) => {
    const a = authorOf(kept[i]!.file)
    return a === null ? `staff ${kept[i]!.origin}` : 'authors (t1-t9)'
  }
  const shares = variants().map((v) => ({
    blend: v.blend ?? 0,
    latinBlend: v.latinBlend ?? v.blend ?? 0,
    ...(scriptBlend && v.blend ? { scriptBlend } : {}),
    ...(v.temp === undefined ? {} : { temperature: v.temp }),
    ...(v.below === undefined ? {} : { below: v.below }),
  }))
  for (const [name, folds] of [
    ['stratified 5-fold (the build’s CV)', stratified],
    ['grouped 5-fold (an author’s texts in one fold)', grouped],
  ] as const) {
    const cv = crossValidate(vec, labels, o, [...folds])
    const T = fitTemperature(cv.logits, ys)
    for (const [i, share] of shares.entries()) {
      const got = blendedCv(vec, labels, cv, T, share)
      const by = new Map<string, [number, number]>()
      got.forEach((l, k) => {
        for (const g of ['all', groupOf(k)]) {
          const c = by.get(g) ?? [0, 0]
          c[0]++
          if (l === ys[k]) c[1]++
          by.set(g, c)
        }
      })
      console.log(`## ${name}${barName(i)}, T=${T}`)
      for (const [g, [n, right]] of [...by].sort())
        console.log(`  ${g.padEnd(22)} ${String(n).padStart(6)}  ${pct(right / n)}`)
    }
  }
  console.log(`(${((performance.now() - t0) / 1000).toFixed(0)} s)\n`)
}

export const authorEvalMain = async (argv: string[]) => {
  const authors = (argv[argv.indexOf('--authors') + 1] ?? '').split(',').filter(Boolean)
  const details = argv.includes('--details')
  applyFlags(argv.includes('--flags') ? argv[argv.indexOf('--flags') + 1] : undefined)
  if (argv.includes('--other-min'))
    otherMins = (argv[argv.indexOf('--other-min') + 1] ?? '').split(',').map(Number)
  if (argv.includes('--peer-keep'))
    keeps = (argv[argv.indexOf('--peer-keep') + 1] ?? '').split(',').map(Number)
  if (argv.includes('--latin-blend'))
    latinBlends = (argv[argv.indexOf('--latin-blend') + 1] ?? '').split(',').map(Number)
  if (argv.includes('--blend')) blends = (argv[argv.indexOf('--blend') + 1] ?? '').split(',').map(Number)
  if (argv.includes('--peer-capped')) cappeds = [false, true]
  if (argv.includes('--peer-capped-only')) cappeds = [true]
  if (argv.includes('--peer-counter'))
    counters = (argv[argv.indexOf('--peer-counter') + 1] ?? '').split(',').map(Number)
  if (argv.includes('--peer-fold')) folds = [false, true]
  if (argv.includes('--peer-below'))
    belows = (argv[argv.indexOf('--peer-below') + 1] ?? '').split(',').map(Number)
  if (argv.includes('--peer-temp'))
    temps = (argv[argv.indexOf('--peer-temp') + 1] ?? '').split(',').map(Number)
  if (argv.includes('--script-blend'))
    scriptBlend = Object.fromEntries(
      (argv[argv.indexOf('--script-blend') + 1] ?? '').split(',').map((kv) => {
        const [k, v] = kv.split('=')
        if (k !== 'hangul' && k !== 'devanagari') throw new Error(`--script-blend: unknown script ${k}`)
        return [k, Number(v)]
      }),
    )
  // --no-phrases: without intents/phrases/ (the model as it was before them).
  const loaded = loadIntents({ foreign: true, phrases: !argv.includes('--no-phrases') })
  // --drop nlu18,t10: those authors' corpus files left out altogether (the data as it was before them).
  const dropped = argv.includes('--drop') ? (argv[argv.indexOf('--drop') + 1] ?? '').split(',') : []
  const all = {
    ...loaded,
    data: loaded.data.filter((d) => !dropped.includes(authorOf(d.file) ?? '')),
  }
  const tokenizer = await buildTokenizer(nodeDictionaryLoader())
  if (argv.includes('--cv-groups')) {
    await cvGroups(tokenizer, all)
    return
  }
  if (argv.includes('--same-author')) {
    await sameAuthorFolds(
      tokenizer,
      all,
      authors,
      Number(argv[argv.indexOf('--same-author') + 1]) || 3,
      details,
    )
    return
  }
  const runs: [string, string[]][] = argv.includes('--loao')
    ? []
    : [[`all of ${authors.join(', ')} held out`, authors]]
  if (!argv.includes('--combined-only') && authors.length > 1)
    for (const a of authors) runs.push([`leave-one-author-out: ${a}`, [a]])
  for (const [title, held] of runs) {
    const t0 = performance.now()
    const isHeld = (file: string) => held.includes(authorOf(file) ?? '')
    const test = all.data.filter((d) => isHeld(d.file))
    if (test.length === 0) throw new Error(`no corpus files for ${held.join(', ')}`)
    const analyzers = trainedOn(
      tokenizer,
      all,
      all.data.filter((d) => !isHeld(d.file)),
    )
    analyzers.forEach((nlu, i) => {
      console.log(
        `${report(scorePairs(nlu, test), `${title} (${test.length} texts)${barName(i)}`, details)}\n`,
      )
    })
    console.log(`(${((performance.now() - t0) / 1000).toFixed(0)} s)\n`)
  }
}
