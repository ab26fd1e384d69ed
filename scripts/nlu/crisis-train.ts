import { createHash } from 'node:crypto'
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { parse } from 'yaml'
import { screenCrisis } from '../../src/nlu/crisis.ts'
import {
  CRISIS_MODEL_LABELS,
  type CrisisModelArtifact,
  type CrisisModelLabel,
  crisisFeatures,
  PackedWeights,
  scoreCrisis,
  scoreDanger,
  trainCrisisModel,
  trainDangerModel,
} from '../../src/nlu/crisis-model.ts'
import { crisisRules } from '../../src/nlu/crisis-rules.ts'
import { conceptsIn, crisisViews } from '../../src/nlu/crisis-situations.ts'
import { serializeCrisisModel } from '../../src/nlu/models.ts'
import { normalizeText } from '../../src/nlu/normalize.ts'
import { buildTokenizer, type JaTokenizer } from '../../src/nlu/tokenizer.ts'
import { nodeDictionaryLoader } from '../../src/runtime/node/dictionary-loader.ts'
import { CORPUS_DIR, type CrisisItem, readCorpus, TRAINING_ONLY_DIR } from './crisis-corpus.ts'
import { loadDevSet, loadIntents, repoRoot } from './io.ts'

// npm run build:crisis-model [-- --cv]
//
// Trains the crisis model (src/nlu/crisis-model.ts) on the dev crisis corpus and on every intent
// example (crisis examples as a crisis, all others as "no crisis"), and writes
// src/nlu/generated/crisis-model.json. With --cv it first reports leave-one-author-out
// cross-validation: train on three authors, score the fourth, which is how well it reads an author it
// has never seen, and picks the two thresholds from that.

const MODEL_PATH = join(repoRoot, 'src/nlu/generated/crisis-model.json')
/** Bumped when features or training change, so the committed model is known stale. */
const TRAINER_VERSION = 'crisis-2'

export interface Example {
  features: string[]
  label: CrisisModelLabel
  author: string
  /** An intent corpus example's author file (t1…t7), for look-alikes scored held out by author. */
  source?: string
  fire: boolean
  kind: string
  lang: string
  /** The crisis rule whose fire/quiet example this is (crisis-rules.ts), for scripts/nlu/crisis-stability.ts. */
  rule?: string
}

const featuresOf = (tokenizer: JaTokenizer, text: string): string[] => {
  const normalized = normalizeText(text)
  const views = crisisViews(
    normalized,
    tokenizer.tokenize(normalized).map((t) => t.base),
  )
  return crisisFeatures(views, conceptsIn(views).keys())
}

/**
 * The intent examples the model learns "no crisis" from: the Japanese ones. The foreign residents'
 * corpus files (t4–t7) were tried (crisis6): the committed model then answered almost none of them, but
 * leave-one-author-out lost 3 overdoses and 3 self-harm shown a line and foreign crises answered fell
 * (violence 93.7 → 89.2 %, ko/es/tl/ne/zh-Hant by 6–8 points) even at weight 0.3, so they stay out; the
 * rules' exceptions carry the foreign look-alikes instead.
 */
const crisisIntents = () => loadIntents()

/** The author of an intent corpus file (intents/corpus/<label>/t3.yaml → t3), or undefined. */
const corpusAuthor = (file: string) => /^intents\/corpus\/[^/]+\/([^/]+)\.ya?ml$/.exec(file)?.[1]

/** Everything the committed model depends on: a change to any of these makes it stale. */
export const crisisSourceFiles = (): string[] => [
  ...crisisIntents().files.map((f) => f.path),
  ...[CORPUS_DIR, TRAINING_ONLY_DIR].flatMap((dir) =>
    readdirSync(dir)
      .filter((f) => f.endsWith('.jsonl'))
      .sort()
      .map((f) => relative(repoRoot, join(dir, f))),
  ),
  'tests/nlu/fixtures/crisis-regression.yaml',
  ...readdirSync(join(repoRoot, 'tests/fixtures/dev-set'))
    .sort()
    .map((f) => `tests/fixtures/dev-set/${f}`),
  'src/nlu/crisis-model.ts',
  'src/nlu/crisis-concepts.ts',
  'src/nlu/crisis-rules.ts',
  'src/nlu/normalize.ts',
]

export const crisisSourceHash = (): string => {
  const h = createHash('sha256').update(TRAINER_VERSION)
  for (const f of crisisSourceFiles()) h.update(f).update(readFileSync(join(repoRoot, f), 'utf8'))
  return h.digest('hex').slice(0, 16)
}

export const trainingExamples = (tokenizer: JaTokenizer, items: CrisisItem[]): Example[] => {
  const out: Example[] = []
  for (const item of items) {
    const label = item.label === 'fire' ? (item.kind as CrisisModelLabel) : 'none'
    if (!CRISIS_MODEL_LABELS.includes(label)) throw new Error(`${item.id}: unknown kind ${item.kind}`)
    out.push({
      features: featuresOf(tokenizer, item.turns.join('。')),
      label,
      author: item.id.split('-')[0]!,
      fire: item.label === 'fire',
      kind: item.kind,
      lang: item.lang,
    })
  }
  // The crisis regression fixture and the dev set are dev material too: their quiet lines are the
  // short look-alikes (「蚊に刺された」「包丁を研ぎたい」) a character model would otherwise flag.
  const fixture = parse(
    readFileSync(join(repoRoot, 'tests/nlu/fixtures/crisis-regression.yaml'), 'utf8'),
  ) as {
    fire: { text: string; kind: string }[]
    quiet: string[]
  }
  const more: { text: string; fire: boolean; kind?: string; lookalike?: boolean; rule?: string }[] = [
    // The situation rules' own examples (src/nlu/crisis-rules.ts), crisis rules only.
    ...crisisRules
      .filter((r) => r.kind)
      .flatMap((r) => [
        ...r.fire.map((text) => ({ text, fire: true, kind: r.kind, rule: r.id })),
        ...r.quiet.map((text) => ({ text, fire: false, lookalike: true, rule: r.id })),
      ]),
    ...fixture.fire.map((f) => ({ text: f.text, fire: true, kind: f.kind })),
    ...fixture.quiet.map((text) => ({ text, fire: false })),
    ...loadDevSet().map((d) => ({ text: d.text, fire: d.label === 'crisis' })),
  ]
  more.forEach((m, i) => {
    const kind = m.fire
      ? ((m.kind ?? screenCrisis(m.text, null)?.kind ?? 'suicide') as CrisisModelLabel)
      : 'none'
    out.push({
      features: featuresOf(tokenizer, m.text),
      label: kind,
      author: `intents${i % 4}`,
      fire: m.fire,
      kind: m.fire ? 'crisis' : m.lookalike ? 'lookalike' : 'ordinary',
      lang: 'ja',
      ...(m.rule ? { rule: m.rule } : {}),
    })
  })
  const { data } = crisisIntents()
  data.forEach((d, i) => {
    const crisis = d.label === 'crisis'
    const source = corpusAuthor(d.file)
    out.push({
      features: featuresOf(tokenizer, d.text),
      label: crisis ? (screenCrisis(d.text, null)?.kind ?? 'suicide') : 'none',
      author: `intents${i % 4}`,
      ...(source ? { source } : {}),
      fire: crisis,
      kind: crisis ? 'crisis' : 'ordinary',
      lang: d.lang ?? 'ja',
    })
  })
  return out
}

/** Quiet corpus items are the hard look-alikes: they count a little more than ordinary examples. */
const weightOf = (e: Example) => (!e.author.startsWith('intents') && !e.fire ? 1.5 : 1)

export const DEFAULT_THRESHOLDS = { fireAt: 0.75, askAt: 0.45 }
/**
 * The danger model's question threshold, chosen by leave-one-author-out over the five dev authors: it
 * is heard only beside a concept (crisis.ts), and from 0.3 to 0.95 it moved recall by half a point
 * and the held-out authors' everyday consultations not at all, so the higher end is kept.
 */
export const DANGER_ASK_AT = 0.8

/** What the danger model learns from: every crisis, and the consultations that must not be asked. */
const dangerLabel = (e: Example): boolean | null =>
  e.fire ? true : e.kind === 'ordinary' || e.kind === 'health_worry' ? false : null

export const trainArtifact = (examples: Example[], sourceHash = ''): CrisisModelArtifact => {
  const danger = trainDangerModel(
    examples.flatMap((e) => {
      const d = dangerLabel(e)
      return d === null ? [] : [{ features: e.features, danger: d }]
    }),
  )
  return toArtifact(
    trainCrisisModel(examples.map((e) => ({ ...e, weight: weightOf(e) }))),
    danger,
    DEFAULT_THRESHOLDS,
    { examples: examples.length, features: 0, trainedOn: 'tests/fixtures/crisis-corpus + intents/' },
    sourceHash,
  )
}

/** Leave one author out: the examples to train on when scoring `author` (and one quarter of intents). */
export const withoutAuthor = (examples: Example[], author: string): Example[] => {
  const fold = `intents${(Number(author.slice(1)) || 0) % 4}`
  return examples.filter((e) => e.author !== author && e.author !== fold)
}

const toArtifact = (
  trained: ReturnType<typeof trainCrisisModel>,
  danger: ReturnType<typeof trainDangerModel>,
  thresholds: { fireAt: number; askAt: number },
  stats: CrisisModelArtifact['stats'],
  sourceHash: string,
): CrisisModelArtifact => {
  const weights: Record<string, number[]> = {}
  for (const [f, w] of trained.weights) {
    // Features that move no label by more than this are dropped: the file stays small.
    if (w.some((v) => Math.abs(v) >= 0.02)) weights[f] = w.map((v) => Math.round(v * 1000) / 1000)
  }
  const dangerWeights: Record<string, number> = {}
  for (const [f, w] of danger.weights) if (Math.abs(w) >= 0.02) dangerWeights[f] = Math.round(w * 1000) / 1000
  return {
    version: 1,
    labels: [...CRISIS_MODEL_LABELS],
    weights: PackedWeights.pack(weights, CRISIS_MODEL_LABELS.length),
    bias: trained.bias.map((v) => Math.round(v * 1000) / 1000),
    ...thresholds,
    danger: { weights: dangerWeights, bias: Math.round(danger.bias * 1000) / 1000, askAt: DANGER_ASK_AT },
    sourceHash,
    stats: { ...stats, features: Object.keys(weights).length },
  }
}

const main = async () => {
  const cv = process.argv.includes('--cv')
  const tokenizer = await buildTokenizer(nodeDictionaryLoader())
  const examples = trainingExamples(tokenizer, [...readCorpus(CORPUS_DIR), ...readCorpus(TRAINING_ONLY_DIR)])
  if (cv) {
    const authors = [...new Set(examples.map((e) => e.author))].filter((a) => /^d\d+$/.test(a))
    const scored: { e: Example; p: number; d: number }[] = []
    for (const held of authors) {
      const art = trainArtifact(withoutAuthor(examples, held))
      const fold = `intents${Number(held.slice(1)) % 4}`
      for (const e of examples)
        if (e.author === held || e.author === fold)
          scored.push({ e, p: scoreCrisis(art, e.features).crisis, d: scoreDanger(art, e.features) })
    }
    const rate = (xs: typeof scored, at: number) =>
      xs.filter((s) => s.p >= at).length / Math.max(1, xs.length)
    const fire = scored.filter((s) => s.e.fire && s.e.author.startsWith('d'))
    const quiet = scored.filter((s) => !s.e.fire && s.e.author.startsWith('d'))
    const ordinary = scored.filter((s) => !s.e.fire && !s.e.author.startsWith('d'))
    console.log(
      'leave-one-author-out CV, the model alone: threshold, fire recall, quiet corpus flagged, intent examples flagged',
    )
    for (const at of [0.2, 0.3, 0.35, 0.4, 0.5, 0.6, 0.7, 0.8])
      console.log(
        `  ${at.toFixed(2)}  ${(rate(fire, at) * 100).toFixed(1)}%  ${(rate(quiet, at) * 100).toFixed(1)}%  ${(rate(ordinary, at) * 100).toFixed(1)}%`,
      )
    const everyday = quiet.filter((s) => s.e.kind === 'ordinary')
    const health = quiet.filter((s) => s.e.kind === 'health_worry')
    const byDanger = (xs: typeof scored, at: number) =>
      `${((xs.filter((s) => s.d >= at).length / Math.max(1, xs.length)) * 100).toFixed(1)}%`
    console.log(
      'the danger model alone: threshold, fire recall, corpus ordinary, corpus health questions, intent examples',
    )
    for (const at of [0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9])
      console.log(
        `  ${at.toFixed(2)}  ${byDanger(fire, at)}  ${byDanger(everyday, at)}  ${byDanger(health, at)}  ${byDanger(ordinary, at)}`,
      )
  }
  const art = trainArtifact(examples, crisisSourceHash())
  writeFileSync(MODEL_PATH, `${serializeCrisisModel(art)}\n`)
  console.log(
    `crisis model: ${examples.length} examples, ${art.stats.features} features, fire ≥ ${art.fireAt}, ask ≥ ${art.askAt}`,
  )
}

if (import.meta.url === `file://${process.argv[1]}`) await main()
