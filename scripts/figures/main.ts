import { execFileSync } from 'node:child_process'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { option } from '../cli.ts'
import { repoRoot } from '../nlu/io.ts'
import { measures, resultsDir, shippedModelStats, writeRecord } from './records.ts'
import { readInputs, renderFigures, withFigures } from './render.ts'

// npm run figures                      rewrite README.md's table of measured figures from docs/results/
// npm run figures -- --check           exit 1 when README.md and docs/results/ disagree (npm test runs it)
// npm run figures -- --measure [--sealed DIR --prefix sNN --set "what the sealed set is"]
//                                      run the evaluations again (the dev ones always, the sealed ones
//                                      with --sealed), keep their reports in docs/results/, then rewrite
//                                      the table. A sealed set is scored once: --sealed is for that once.

const readmePath = join(repoRoot, 'README.md')

const measure = (argv: string[]) => {
  const sealedArg = option(argv, '--sealed')
  const sealed = sealedArg ? resolve(sealedArg) : undefined
  const prefix = option(argv, '--prefix')
  const set = option(argv, '--set')
  if (sealed && (!prefix || !set))
    throw new Error(
      '--sealed needs --prefix (the combined file prefix, e.g. s42) and --set (what the set is)',
    )
  const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], {
    cwd: repoRoot,
    encoding: 'utf8',
  }).trim()
  mkdirSync(resultsDir, { recursive: true })
  for (const m of measures) {
    if (m.sealed && !sealed) continue
    const args = m.args.map((a) => a.replace('<sealed>', sealed ?? '').replace('<prefix>', prefix ?? ''))
    const shown = m.args.map((a) => a.replace('<prefix>', prefix ?? '')).join(' ')
    const started = new Date().toISOString().slice(0, 16).replace('T', ' ')
    console.error(`figures: npm run ${shown}`)
    const report = execFileSync('npm', ['run', '--silent', ...args], {
      cwd: repoRoot,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
      stdio: ['ignore', 'pipe', 'inherit'],
    })
    writeRecord(m.name, {
      command: `npm run ${shown}`,
      provenance: `${commit}, ${started} UTC${m.sealed ? `, ${set}` : ''}`,
      // Paths on this machine say nothing to a reader (and a sealed set's place stays private).
      report: report.replaceAll(sealed ?? '\0', '<sealed>').replaceAll(`${repoRoot}/`, ''),
    })
  }
}

const main = (argv: string[]) => {
  if (argv.includes('--measure')) measure(argv)
  const readme = readFileSync(readmePath, 'utf8')
  const next = withFigures(readme, renderFigures(readInputs(shippedModelStats())))
  if (argv.includes('--check')) {
    if (next !== readme) {
      console.error('README.md: the figures table differs from docs/results/. Run `npm run figures`.')
      return 1
    }
    console.log('README.md: the figures table matches docs/results/.')
    return 0
  }
  if (next !== readme) writeFileSync(readmePath, next)
  console.log(next === readme ? 'README.md: unchanged.' : 'README.md: figures table rewritten.')
  return 0
}

process.exitCode = main(process.argv.slice(2))
