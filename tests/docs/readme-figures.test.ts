import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseCrisis, RecordFormatError } from '../../scripts/figures/parse.ts'
import { shippedModelStats } from '../../scripts/figures/records.ts'
import {
  endMarker,
  readInputs,
  renderFigures,
  startMarker,
  withFigures,
} from '../../scripts/figures/render.ts'
import { repoRoot } from '../../src/runtime/node/load-project.ts'

// The README's measured figures are rendered from the evaluation reports kept in docs/results/ and the
// shipped model's own CV, so a number in the README always has a command and a record behind it.

const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8')
const inputs = readInputs(shippedModelStats())

describe('README figures', () => {
  it('match docs/results/ and the shipped model (npm run figures rewrites them)', () => {
    expect(withFigures(readme, renderFigures(inputs))).toBe(readme)
  })

  it('move when a record moves, so the check above can fail', () => {
    const record = inputs['sealed-crisis']
    const changed = record.report.replace(/lines shown (\d+)/, (_, x) => `lines shown ${Number(x) - 1}`)
    expect(changed).not.toBe(record.report)
    const block = renderFigures({ ...inputs, 'sealed-crisis': { ...record, report: changed } })
    expect(block).not.toBe(renderFigures(inputs))
    expect(withFigures(readme, block)).not.toBe(readme)
  })

  it('read a crisis report by its lines and tables', () => {
    const report = [
      'fire 10: lines shown 9 ( 90.0%), crisis answer 8 ( 80.0%)',
      'quiet 4: crisis answer 1 ( 25.0%), safety question 2 ( 50.0%); ordinary messages: 0/3 (  0.0%) shown lines',
      '',
      'fire by kind         n  lines  answer',
      'suicide              6   83.3%  66.7%',
      'medical              4  100.0% 100.0%',
      '',
      'fire by language     n  lines  answer',
      'ja                  10   90.0%  80.0%',
    ].join('\n')
    const c = parseCrisis('x', report)
    expect([c.fire, c.lines, c.answered, c.quietAnswered, c.quietAsked, c.ordinaryShown, c.ordinary]).toEqual(
      [10, 9, 8, 1, 2, 0, 3],
    )
    expect(c.byKind.map((r) => [r.name, r.n, r.values[0]])).toEqual([
      ['suicide', 6, 83.3],
      ['medical', 4, 100],
    ])
    expect(() => parseCrisis('x', report.replace('lines shown', 'lines'))).toThrow(RecordFormatError)
  })

  it('refuse a README without the markers', () => {
    expect(() => withFigures('# no table here\n', renderFigures(inputs))).toThrow(/markers/)
    expect(readme).toContain(startMarker)
    expect(readme).toContain(endMarker)
  })
})
