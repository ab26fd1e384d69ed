import type { Nlu } from '../../src/core/nlu.ts'

/** What a resident sees: the crisis answer, or the safety question (the risk score reaches 1), both with a line. */
export const lineShown = (nlu: Nlu, text: string): boolean => {
  const r = nlu.analyze(text)
  return r.crisis !== null || r.risk.score >= 1
}
