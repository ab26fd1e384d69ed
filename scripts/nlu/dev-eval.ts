import type { Nlu, NluResult } from '../../src/core/nlu.ts'
import type { DevItem } from './io.ts'
import { formatMetrics, type Metrics, metrics, pct } from './metrics.ts'

// Scores the NLU on the held-out dev set: intent, crisis recall/false alarms, and each entity the case
// states (a field left out of a case is not checked; `null` means "must be absent").

export interface DevReport {
  intent: Metrics
  crisisRecall: number
  crisisPositives: number
  falseAlarmRate: number
  crisisNegatives: number
  missedCrisis: string[]
  falseAlarms: string[]
  fields: Record<string, { n: number; correct: number }>
  alsoRecall: { n: number; correct: number }
  errors: string[]
}

const wardValue = (r: NluResult) => r.ward?.value ?? null

export const evaluateDevSet = (nlu: Nlu, cases: DevItem[]): DevReport => {
  const pairs: { gold: string; predicted: string }[] = []
  const fields: DevReport['fields'] = {}
  const field = (name: string, ok: boolean) => {
    const f = fields[name] ?? { n: 0, correct: 0 }
    fields[name] = f
    f.n++
    if (ok) f.correct++
  }
  const missedCrisis: string[] = []
  const falseAlarms: string[] = []
  const errors: string[] = []
  let pos = 0
  let neg = 0
  const alsoRecall = { n: 0, correct: 0 }
  for (const c of cases) {
    const r = nlu.analyze(c.text)
    pairs.push({ gold: c.label, predicted: r.intent })
    if (r.intent !== c.label) errors.push(`[${c.label} → ${r.intent} ${r.confidence.toFixed(2)}] ${c.text}`)
    const shouldFire = c.crisis ?? c.label === 'crisis'
    if (shouldFire) {
      pos++
      if (!r.crisis) missedCrisis.push(c.text)
    } else {
      neg++
      if (r.crisis) falseAlarms.push(`${c.text}  (${r.crisis.matched.join(',')})`)
    }
    if (c.ward !== undefined) {
      const ok = wardValue(r) === c.ward
      field('ward', ok)
      if (!ok) errors.push(`[ward ${c.ward} → ${wardValue(r)}] ${c.text}`)
    }
    if (c.subject !== undefined) {
      const ok = r.subject === c.subject
      field('subject', ok)
      if (!ok) errors.push(`[subject ${c.subject} → ${r.subject}] ${c.text}`)
    }
    if (c.age_group !== undefined) {
      const ok = r.ageGroup === c.age_group
      field('age_group', ok)
      if (!ok) errors.push(`[age_group ${c.age_group} → ${r.ageGroup}] ${c.text}`)
    }
    if (c.urgent !== undefined) {
      const ok = r.urgent === c.urgent
      field('urgent', ok)
      if (!ok) errors.push(`[urgent ${c.urgent} → ${r.urgent}] ${c.text}`)
    }
    if (c.also !== undefined) {
      alsoRecall.n++
      const ok = (r.also as string[]).includes(c.also) || r.intent === c.also
      if (ok) alsoRecall.correct++
      else errors.push(`[also ${c.also} → ${r.also.join(',') || '-'}] ${c.text}`)
    }
  }
  return {
    intent: metrics(pairs),
    crisisRecall: pos ? (pos - missedCrisis.length) / pos : 1,
    crisisPositives: pos,
    falseAlarmRate: neg ? falseAlarms.length / neg : 0,
    crisisNegatives: neg,
    missedCrisis,
    falseAlarms,
    fields,
    alsoRecall,
    errors,
  }
}

export const formatDevReport = (r: DevReport, withErrors: boolean): string => {
  const lines = [formatMetrics('Held-out dev set (tests/fixtures/dev-set)', r.intent), '']
  lines.push(
    `Crisis recall ${pct(r.crisisRecall)} (${r.crisisPositives - r.missedCrisis.length}/${r.crisisPositives}), ` +
      `false alarms ${pct(r.falseAlarmRate)} (${r.falseAlarms.length}/${r.crisisNegatives})`,
  )
  for (const [name, f] of Object.entries(r.fields))
    lines.push(`${name} accuracy ${pct(f.correct / f.n)} (${f.correct}/${f.n})`)
  lines.push(
    `also recall ${pct(r.alsoRecall.n ? r.alsoRecall.correct / r.alsoRecall.n : 1)} (${r.alsoRecall.correct}/${r.alsoRecall.n})`,
  )
  if (r.missedCrisis.length) lines.push('', 'MISSED CRISIS:', ...r.missedCrisis.map((t) => `- ${t}`))
  if (withErrors) {
    if (r.falseAlarms.length) lines.push('', 'False alarms:', ...r.falseAlarms.map((t) => `- ${t}`))
    lines.push('', 'Errors:', ...r.errors.map((e) => `- ${e}`))
  }
  return lines.join('\n')
}
