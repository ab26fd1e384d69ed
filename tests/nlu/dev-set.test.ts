import { beforeAll, describe, expect, it } from 'vitest'
import { type DevReport, evaluateDevSet } from '../../scripts/nlu/dev-eval.ts'
import { loadDevSet } from '../../scripts/nlu/io.ts'
import type { Nlu } from '../../src/core/nlu.ts'
import { sharedNlu } from './helpers.ts'

// Floors on the held-out dev set (never trained on). Set at the measured level minus a small margin:
// a change that makes the bundled model worse fails here. Raise them when the model improves.
const TOP1_FLOOR = 0.89
const WARD_FLOOR = 0.97
const CRISIS_FALSE_ALARM_CEILING = 0.03

let report: DevReport
let nlu: Nlu
const dev = loadDevSet()
beforeAll(async () => {
  nlu = await sharedNlu()
  report = evaluateDevSet(nlu, dev)
})

describe('dev set', () => {
  it('has cases', () => {
    expect(dev.length).toBeGreaterThan(100)
  })
  it('crisis recall is 100%', () => {
    expect(report.missedCrisis, 'missed crisis messages').toEqual([])
    expect(report.crisisRecall).toBe(1)
  })
  it(`crisis false alarms stay under ${CRISIS_FALSE_ALARM_CEILING * 100}%`, () => {
    expect(report.falseAlarmRate).toBeLessThanOrEqual(CRISIS_FALSE_ALARM_CEILING)
  })
  it(`top-1 accuracy ≥ ${TOP1_FLOOR * 100}%`, () => {
    expect(report.intent.accuracy).toBeGreaterThanOrEqual(TOP1_FLOOR)
  })
  it(`ward accuracy ≥ ${WARD_FLOOR * 100}%`, () => {
    const w = report.fields.ward
    expect(w && w.correct / w.n).toBeGreaterThanOrEqual(WARD_FLOOR)
  })
})
