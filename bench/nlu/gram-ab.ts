// BENCH_BASELINE=<dir> npx tsx bench/nlu/gram-ab.ts — the CPU of three pieces of analyze() that perf18 changed
// (crisisFeatures, normalizeText, extractFeatures on the reading and the written form, no tokens or phrases),
// this checkout's against another checkout's (`git archive <commit> | tar -x -C <dir>`, node_modules linked), in
// ONE process over bench:nlu's dev messages: 30 warm-up passes, then 40 rounds, each piece of each side once
// per round in an order reversed every other round, timed with process.cpuUsage; the medians per message.
import { resolve } from 'node:path'
import { loadDevSet } from '../../scripts/nlu/io.ts'
import { crisisFeatures } from '../../src/nlu/crisis-model.ts'
import { crisisViews } from '../../src/nlu/crisis-situations.ts'
import { type Analysis, extractFeatures } from '../../src/nlu/features.ts'
import { normalizeText } from '../../src/nlu/normalize.ts'
import { toKatakana } from '../../src/nlu/tokenizer.ts'

const dir = process.env.BENCH_BASELINE
if (!dir) throw new Error('BENCH_BASELINE=<another checkout> is required')
const base = resolve(dir)
const baseCrisis = (await import(`${base}/src/nlu/crisis-model.ts`)) as {
  crisisFeatures: typeof crisisFeatures
}
const baseNormalize = (await import(`${base}/src/nlu/normalize.ts`)) as {
  normalizeText: typeof normalizeText
}
const baseFeatures = (await import(`${base}/src/nlu/features.ts`)) as {
  extractFeatures: typeof extractFeatures
}

const texts = loadDevSet().map((c) => c.text)
const views = texts.map((t) => crisisViews(normalizeText(t), []))
const analyses: Analysis[] = texts.map((t) => {
  const n = normalizeText(t)
  return { normalized: n, featureText: n, tokens: [], reading: toKatakana(n) }
})
const none = { entries: [] }
const pieces: Record<string, () => void> = {
  'crisisFeatures, base': () => {
    for (const v of views) baseCrisis.crisisFeatures(v, [])
  },
  'crisisFeatures, this': () => {
    for (const v of views) crisisFeatures(v, [])
  },
  'normalizeText, base': () => {
    for (const t of texts) baseNormalize.normalizeText(t)
  },
  'normalizeText, this': () => {
    for (const t of texts) normalizeText(t)
  },
  'extractFeatures, base': () => {
    for (const a of analyses) baseFeatures.extractFeatures(a, none)
  },
  'extractFeatures, this': () => {
    for (const a of analyses) extractFeatures(a, none)
  },
}
const cpuUs = (f: () => void) => {
  const before = process.cpuUsage()
  f()
  const used = process.cpuUsage(before)
  return used.user + used.system
}
for (let w = 0; w < 30; w++) for (const f of Object.values(pieces)) f()
const names = Object.keys(pieces)
const times = new Map<string, number[]>(names.map((n) => [n, []]))
for (let r = 0; r < 40; r++)
  for (const n of r % 2 ? [...names].reverse() : names) times.get(n)!.push(cpuUs(pieces[n]!) / texts.length)
for (const n of names) {
  const s = times.get(n)!.sort((a, b) => a - b)
  console.log(
    `${n}: ${s[20]!.toFixed(2)} µs a message (median of 40 rounds; quartiles ${s[10]!.toFixed(2)}–${s[30]!.toFixed(2)})`,
  )
}
