import { execFile } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { CounterCell } from '../../src/core/insights.ts'
import { tokyoTime } from '../../src/directory/hours.ts'
import { openFileInsightsStore } from '../../src/insights/store/file.ts'

// `npm run insights -- export` reads the store the service uses (here the embedded default's file,
// through INSIGHTS_FILE) and applies the same suppression as the console.

const run = promisify(execFile)
let dir: string
let file: string
const month = tokyoTime(new Date()).date.slice(0, 7)

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'soudan-cli-'))
  file = join(dir, 'insights.json')
  const store = await openFileInsightsStore({ file })
  const cells: CounterCell[] = []
  for (let i = 0; i < 8; i++)
    cells.push({ table: 'unmet', day: `${month}-02`, a: 'nakahara', b: 'hikikomori' })
  for (let i = 0; i < 2; i++) cells.push({ table: 'unmet', day: `${month}-02`, a: 'nakahara', b: 'housing' })
  for (let i = 0; i < 9; i++)
    cells.push({ table: 'ward_concern', day: `${month}-02`, a: 'tama', b: 'domestic_violence' })
  await store.add(cells)
  await store.close?.()
})
afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

const cli = (args: string[]) =>
  run('npm', ['run', '--silent', 'insights', '--', ...args], {
    env: { ...process.env, INSIGHTS_FILE: file, SESSION_STORE: 'memory' },
  })

describe('npm run insights -- export', () => {
  it('CSV for one ward and a month: suppressed cells, only that ward', async () => {
    const { stdout } = await cli([
      'export',
      '--format',
      'csv',
      '--ward',
      'nakahara',
      '--from',
      `${month}-01`,
      '--to',
      `${month}-28`,
    ])
    expect(stdout).toContain(`窓口の空白（区 × 相談内容）,区,中原区,相談内容,ひきこもり,${month}〜${month},8`)
    expect(stdout).toContain(`窓口の空白（区 × 相談内容）,区,中原区,相談内容,住まい,${month}〜${month},5未満`)
    expect(stdout).not.toContain('多摩区')
  }, 120_000)

  it('JSON for the city: DV below 10 is 「10未満」; a bad ward is refused with the list', async () => {
    const { stdout } = await cli(['export', '--format', 'json', '--from', month])
    const json = JSON.parse(stdout)
    const wc = json.tables.find((t: { table: string }) => t.table === 'ward_concern')
    const tama = wc.rows.find((r: { value: string }) => r.value === 'tama')
    expect(tama.cells.domestic_violence).toEqual({ value: null, display: '10未満' })
    const bad = await cli(['export', '--ward', 'yokohama']).catch((e: { code: number; stderr: string }) => e)
    expect((bad as { code: number }).code).toBe(2)
    expect((bad as { stderr: string }).stderr).toContain('--ward には kawasaki / saiwai / nakahara')
  }, 120_000)
})
