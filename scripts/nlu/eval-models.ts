import { readFileSync } from 'node:fs'
import { buildExampleIndex, createAnalyzer } from '../../src/nlu/analyze.ts'
import { loadModel, type ModelArtifact } from '../../src/nlu/model.ts'
import type { PeerArtifact } from '../../src/nlu/tfidf-peer.ts'
import { buildTokenizer } from '../../src/nlu/tokenizer.ts'
import { bundledCrisisModel, bundledGazetteer } from '../../src/runtime/node/bundled-models.ts'
import { nodeDictionaryLoader } from '../../src/runtime/node/dictionary-loader.ts'
import { evaluateDevSet } from './dev-eval.ts'
import { loadDevSet } from './io.ts'
import { pct } from './metrics.ts'

// npx tsx scripts/nlu/eval-models.ts A/model.json B/model.json … [--shares '{"blend":0.6,"latinBlend":0.3}' …]
// — the held-out dev set scored by each intent model file on this checkout's code, crisis model and
// gazetteer, side by side in one process (a model before and after a rebuild; a model without a peer
// reads as it did on the code before it). Each --shares JSON (PeerArtifact's blend, latinBlend,
// scriptBlend, temperature) scores a model that ships a peer once more with those shares instead.

const tokenizer = await buildTokenizer(nodeDictionaryLoader())
const dev = loadDevSet()
const args = process.argv.slice(2)
const files = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--shares')
const shares = args.flatMap((a, i) =>
  args[i - 1] === '--shares' ? [JSON.parse(a) as Partial<PeerArtifact>] : [],
)
const describePeer = (p: PeerArtifact | undefined) =>
  p
    ? `blend ${p.blend}, latin ${p.latinBlend}${p.scriptBlend ? `, ${JSON.stringify(p.scriptBlend)}` : ''}${p.temperature ? `, T ${p.temperature}` : ''}${p.below === undefined ? '' : `, below ${p.below}`}`
    : 'none'
for (const file of files) {
  const loaded = loadModel(readFileSync(file, 'utf8'), file)
  const index = buildExampleIndex(tokenizer, loaded, bundledGazetteer)
  const models: ModelArtifact[] = [loaded]
  if (loaded.peer)
    for (const s of shares) {
      const { scriptBlend: _s, temperature: _t, ...peer } = loaded.peer
      models.push({ ...loaded, peer: { ...peer, ...s } })
    }
  for (const model of models) {
    const nlu = createAnalyzer(tokenizer, model, bundledGazetteer, {
      crisisModel: bundledCrisisModel,
      neighbourIndex: index,
    })
    const m = evaluateDevSet(nlu, dev).intent
    console.log(
      `${file}: n=${dev.length} top-1 ${pct(m.accuracy)} macro-F1 ${pct(m.macroF1)} (peer ${describePeer(model.peer)})`,
    )
  }
}
