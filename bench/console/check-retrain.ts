import { execSync } from 'node:child_process'
import { rm } from 'node:fs/promises'
import { join } from 'node:path'
import { type CheckTools, checkVersion } from '../../scripts/console/check-version.ts'
import { memoTokenizer } from '../../scripts/console/memo-tokenizer.ts'
import { readDialogFiles } from '../../scripts/flows/test-dialogs.ts'
import { loadDevSet, readCorpusFiles } from '../../scripts/nlu/io.ts'
import { repoVersionFiles } from '../../src/admin/node.ts'
import { unpackModel } from '../../src/admin/version-model.ts'
import { buildTokenizer } from '../../src/nlu/tokenizer.ts'
import { nodeDictionaryLoader } from '../../src/runtime/node/dictionary-loader.ts'
import { NEIGHBOUR_CACHE_DIR } from '../../src/runtime/node/neighbour-cache.ts'

// npx tsx bench/console/check-retrain.ts — 「チェック」 of a draft whose intents changed (one new
// dementia example), as the check's child process runs it (checkVersion), side by side:
//   plain     the tokenizer as is
//   memo      the tokenizer remembering each text's tokens for the check (what check-main.ts uses)
//   reuse     memo again, with the first run's stored classifier handed in (a later draft, same intents)
// and whether plain and memo trained the very same model (content hash). The nearest-example index
// cache of the trained model is removed before each run, so no run profits from the one before.

const files = (await repoVersionFiles()).map((f) =>
  f.path === 'intents/dementia.yaml'
    ? { ...f, text: f.text.replace('examples:\n', 'examples:\n  - 祖母の物忘れのことで話を聞いてほしい\n') }
    : f,
)
const tokenizer = await buildTokenizer(nodeDictionaryLoader())
const shared = { corpus: readCorpusFiles(), dialogs: readDialogFiles(), devSet: loadDevSet() }
const uptime = () =>
  execSync('uptime')
    .toString()
    .trim()
    .replace(/^.*load/, 'load')

const run = async (
  label: string,
  tools: CheckTools,
  models: Parameters<typeof checkVersion>[0]['models'],
) => {
  const before = uptime()
  const started = performance.now()
  const { report, model } = await checkVersion({ files, live: null, models }, tools)
  const wall = (performance.now() - started) / 1000
  const hash = model ? (await unpackModel(model)).model.contentHash : 'committed'
  if (model) await rm(join(NEIGHBOUR_CACHE_DIR, `neighbours-${hash}.bin`), { force: true })
  console.log(
    `${label.padEnd(6)} ${wall.toFixed(1)} s (training ${(report.model.trainMs / 1000).toFixed(1)} s, retrained ${report.model.retrained}), ` +
      `passed ${report.passed}, model ${hash}, stored ${model ? `${model.data.length} chars` : '—'} | before: ${before} | after: ${uptime()}`,
  )
  return { model, hash }
}
const plain = await run('plain', { tokenizer, ...shared }, [])
const memo = await run('memo', { tokenizer: memoTokenizer(tokenizer), ...shared }, [])
await run('reuse', { tokenizer: memoTokenizer(tokenizer), ...shared }, memo.model ? [memo.model] : [])
console.log(`same model with and without the memo: ${plain.hash === memo.hash}`)
