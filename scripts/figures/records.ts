import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { repoRoot } from '../nlu/io.ts'

// The evaluation reports the README's figures come from, kept in docs/results/<name>.txt: two header
// lines (`# <the command>` and `# <commit, time, what was measured>`), then the command's report as it
// printed it. A sealed set stays outside the repository; its aggregate report is what is kept here.

export const resultsDir = join(repoRoot, 'docs/results')

export type RecordName =
  | 'sealed-crisis'
  | 'sealed-understanding'
  | 'sealed-peers'
  | 'dev-crisis-loao'
  | 'dev-dialogs'

export type Measure = {
  name: RecordName
  /** npm arguments after `npm run --silent`; `<sealed>` is the sealed set's directory. */
  args: string[]
  sealed: boolean
}

export const measures: Measure[] = [
  { name: 'sealed-crisis', args: ['eval', '--', '--crisis', '--dir', '<sealed>/crisis'], sealed: true },
  {
    name: 'sealed-understanding',
    args: ['eval', '--', '--sealed', '<sealed>', '--prefix', '<prefix>'],
    sealed: true,
  },
  { name: 'sealed-peers', args: ['bench:peers', '--', '<sealed>/peers'], sealed: true },
  { name: 'dev-crisis-loao', args: ['eval', '--', '--crisis', '--cv'], sealed: false },
  {
    name: 'dev-dialogs',
    args: ['eval', '--', '--dialogs', 'tests/fixtures/dev-dialogs', '--quiet'],
    sealed: false,
  },
]

export type StoredRecord = { command: string; provenance: string; report: string }

export const recordPath = (name: RecordName) => join(resultsDir, `${name}.txt`)

export const readRecord = (name: RecordName): StoredRecord => {
  const text = readFileSync(recordPath(name), 'utf8')
  const [command = '', provenance = '', ...rest] = text.split('\n')
  if (!command.startsWith('# ') || !provenance.startsWith('# '))
    throw new Error(
      `docs/results/${name}.txt: the first two lines must be "# <command>" and "# <commit, time, what>"`,
    )
  return { command: command.slice(2), provenance: provenance.slice(2), report: rest.join('\n') }
}

export const writeRecord = (name: RecordName, r: StoredRecord) =>
  writeFileSync(recordPath(name), `# ${r.command}\n# ${r.provenance}\n${r.report.trimEnd()}\n`)

/** The shipped intent model's build statistics (its 5-fold CV is computed when it is built). */
export const shippedModelStats = () => {
  const model = JSON.parse(readFileSync(join(repoRoot, 'src/nlu/generated/model.json'), 'utf8')) as {
    stats: { cvAccuracy: number; examples: number }
  }
  return model.stats
}
