// Classification metrics for `npm run eval` and the bench: accuracy, macro-F1, per-label P/R/F1 and
// the most confused pairs.

export interface LabelStats {
  label: string
  support: number
  precision: number
  recall: number
  f1: number
}

export interface Metrics {
  n: number
  accuracy: number
  macroF1: number
  perLabel: LabelStats[]
  confused: { gold: string; predicted: string; count: number }[]
}

export const metrics = (pairs: { gold: string; predicted: string }[]): Metrics => {
  const labels = [...new Set(pairs.flatMap((p) => [p.gold, p.predicted]))].sort()
  const perLabel = labels
    .map((label) => {
      const tp = pairs.filter((p) => p.gold === label && p.predicted === label).length
      const predicted = pairs.filter((p) => p.predicted === label).length
      const support = pairs.filter((p) => p.gold === label).length
      const precision = predicted ? tp / predicted : 0
      const recall = support ? tp / support : 0
      const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0
      return { label, support, precision, recall, f1 }
    })
    .filter((s) => s.support > 0)
  const confusion = new Map<string, number>()
  for (const p of pairs)
    if (p.gold !== p.predicted)
      confusion.set(
        `${p.gold}\u0000${p.predicted}`,
        (confusion.get(`${p.gold}\u0000${p.predicted}`) ?? 0) + 1,
      )
  const confused = [...confusion]
    .map(([k, count]) => {
      const [gold, predicted] = k.split('\u0000') as [string, string]
      return { gold, predicted, count }
    })
    .sort((a, b) => b.count - a.count || (a.gold + a.predicted < b.gold + b.predicted ? -1 : 1))
    .slice(0, 10)
  return {
    n: pairs.length,
    accuracy: pairs.length ? pairs.filter((p) => p.gold === p.predicted).length / pairs.length : 0,
    macroF1: perLabel.length ? perLabel.reduce((s, x) => s + x.f1, 0) / perLabel.length : 0,
    perLabel,
    confused,
  }
}

export const pct = (x: number) => `${(x * 100).toFixed(1)}%`

export const formatMetrics = (title: string, m: Metrics): string => {
  const lines = [
    `## ${title}`,
    '',
    `n=${m.n}  top-1 accuracy ${pct(m.accuracy)}  macro-F1 ${pct(m.macroF1)}`,
    '',
  ]
  lines.push('| label | n | precision | recall | F1 |', '|---|---:|---:|---:|---:|')
  for (const s of m.perLabel)
    lines.push(`| ${s.label} | ${s.support} | ${pct(s.precision)} | ${pct(s.recall)} | ${pct(s.f1)} |`)
  lines.push('', 'Most confused (gold → predicted):', '')
  for (const c of m.confused) lines.push(`- ${c.gold} → ${c.predicted}: ${c.count}`)
  return lines.join('\n')
}
