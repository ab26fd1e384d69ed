import { AGREE_NOT, ASK_ONLY_TOGETHER, checkCrisis } from '../../src/nlu/crisis.ts'
import { crisisFeatures, scoreCrisis, scoreDanger } from '../../src/nlu/crisis-model.ts'
import { checkSituations, crisisViews } from '../../src/nlu/crisis-situations.ts'
import { normalizeText } from '../../src/nlu/normalize.ts'
import { buildTokenizer } from '../../src/nlu/tokenizer.ts'
import { nodeDictionaryLoader } from '../../src/runtime/node/dictionary-loader.ts'
import { CORPUS_DIR, readCorpus, TRAINING_ONLY_DIR } from './crisis-corpus.ts'
import { trainArtifact, trainingExamples, withoutAuthor } from './crisis-train.ts'

// npx tsx scripts/nlu/crisis-agree-sweep.ts
//
// Chooses the threshold of the two models' agreement cue (off since the merge of crisis7: see AGREE_NOT in crisis.ts) by
// leave one author out, per turn, without the conversation: for each author, a model trained without
// them scores every turn the crisis layer neither answers nor asks (the agreement cue alone, 0.5, does
// not ask); a fire item counts as recovered when
// one of its turns passes both thresholds, a quiet item as a new false alarm the same way. The
// conversation's cross-turn score is left out, so `npm run eval -- --crisis --cv` confirms the choice.

const tokenizer = await buildTokenizer(nodeDictionaryLoader())
const items = readCorpus(CORPUS_DIR)
const examples = trainingExamples(tokenizer, [...items, ...readCorpus(TRAINING_ONLY_DIR)])
type Row = { fire: boolean; kind: string; lang: string; shown: boolean; best: [number, number][] }
const rows: Row[] = []
for (const author of [...new Set(items.map((i) => i.id.split('-')[0]!))]) {
  const model = trainArtifact(withoutAuthor(examples, author))
  for (const item of items.filter((i) => i.id.startsWith(`${author}-`))) {
    let shown = false
    const best: [number, number][] = []
    for (const text of item.turns) {
      const n = normalizeText(text)
      const r = checkCrisis(n, [], model)
      if (r.signal || r.risk.score >= 1) shown = true
      const s = checkSituations(crisisViews(n, []))
      if ([...AGREE_NOT, ...ASK_ONLY_TOGETHER].some((id) => s.present.has(id)) || r.casual) continue
      const f = crisisFeatures(crisisViews(n, []), s.present)
      best.push([scoreCrisis(model, f).crisis, scoreDanger(model, f)])
    }
    rows.push({ fire: item.label === 'fire', kind: item.kind, lang: item.lang, shown, best })
  }
}
const fire = rows.filter((r) => r.fire)
const quiet = rows.filter((r) => !r.fire)
const ordinary = quiet.filter((r) => r.kind === 'ordinary')
console.log(
  `per turn, no cross-turn score: fire shown ${fire.filter((r) => r.shown).length}/${fire.length}, quiet shown ${quiet.filter((r) => r.shown).length}/${quiet.length}, ordinary shown ${ordinary.filter((r) => r.shown).length}/${ordinary.length}`,
)
console.log('crisis≥  danger≥  fire recovered  quiet added  ordinary added')
for (const a of [0.8, 0.9, 0.95, 0.98, 0.99])
  for (const d of [0.5, 0.8, 0.9, 0.95, 0.99]) {
    const pass = (r: Row) => !r.shown && r.best.some(([c, x]) => c >= a && x >= d)
    console.log(
      `  ${a.toFixed(2)}    ${d.toFixed(2)}    ${String(fire.filter(pass).length).padStart(5)}        ${String(quiet.filter(pass).length).padStart(5)}        ${String(ordinary.filter(pass).length).padStart(5)}`,
    )
  }
