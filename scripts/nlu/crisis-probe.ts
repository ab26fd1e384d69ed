import { readFileSync } from 'node:fs'
import { checkCrisis } from '../../src/nlu/crisis.ts'
import { crisisFeatures, scoreCrisis, scoreDanger } from '../../src/nlu/crisis-model.ts'
import { checkSituations, crisisViews } from '../../src/nlu/crisis-situations.ts'
import { normalizeText } from '../../src/nlu/normalize.ts'
import { bundledCrisisModel } from '../../src/runtime/node/bundled-models.ts'

// npx tsx scripts/nlu/crisis-probe.ts < texts.txt
// One line per text: the concepts the crisis layer found in it, the model's and the danger model's
// scores, and what it makes of it (the signal and the risk cues). For reading misses, not for tests.

const model = bundledCrisisModel
for (const text of readFileSync(0, 'utf8')
  .split('\n')
  .filter((l) => l.trim())) {
  const n = normalizeText(text)
  const views = crisisViews(n, [])
  const s = checkSituations(views)
  const f = crisisFeatures(views, s.present)
  const sc = scoreCrisis(model, f)
  const r = checkCrisis(n, [], model)
  const out = r.signal
    ? `ANSWER ${r.signal.kind}:${r.signal.matched.join(',')}`
    : r.risk.score >= 1
      ? 'ASK'
      : r.risk.score > 0
        ? 'weak'
        : '-'
  process.stdout.write(
    `${out}\t[${[...s.present].join(' ')}]\tm=${sc.kind}:${sc.crisis.toFixed(2)} d=${scoreDanger(model, f).toFixed(2)}\tcues=${r.risk.cues.join(',')}\tvetoed=${s.vetoed.map((v) => `${v.id}/${v.by}`).join(',')}\t${text.slice(0, 90)}\n`,
  )
}
