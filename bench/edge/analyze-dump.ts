// The Worker's NLU on every dev text, one JSON line each, to diff before/after a change to how the
// Worker loads its models, dictionary or index (outputs must stay byte-identical):
//   node --import tsx bench/edge/analyze-dump.ts > after.jsonl           (this checkout, dist/assets)
//   (cd <baseline checkout> && node --import tsx <this file> > before.jsonl); cmp before.jsonl after.jsonl
// It loads exactly as an isolate does: the models through the Worker's asset reader (the binary files
// when this checkout has them), the compact dictionary, the prebuilt nearest-example index; `--node`
// loads as Node does instead (JSON models, stock kuromoji, the index built in process).
// Texts: tests/fixtures/dev-set, tests/fixtures/crisis-corpus (every turn), tests/fixtures/dev-dialogs.
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { parse } from 'yaml'

const root = process.cwd()
const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((f) => {
    const p = join(dir, f)
    return statSync(p).isDirectory() ? files(p) : [p]
  })
const texts: string[] = []
for (const f of files(resolve(root, 'tests/fixtures/dev-set'))
  .filter((f) => f.endsWith('.yaml'))
  .sort()) {
  const doc = parse(readFileSync(f, 'utf8')) as { cases?: { text?: unknown }[] }
  for (const c of doc.cases ?? []) if (typeof c.text === 'string') texts.push(c.text)
}
for (const dir of ['tests/fixtures/crisis-corpus', 'tests/fixtures/dev-dialogs'])
  for (const f of files(resolve(root, dir))
    .filter((f) => f.endsWith('.jsonl'))
    .sort())
    for (const line of readFileSync(f, 'utf8').split('\n'))
      if (line.trim())
        for (const t of (JSON.parse(line) as { turns?: unknown[] }).turns ?? [])
          if (typeof t === 'string') texts.push(t)

const { createNlu } = await import(resolve(root, 'src/nlu/create-nlu.ts'))
let nlu: { analyze(text: string): unknown }
if (process.argv.includes('--node')) {
  const { bundledModels } = await import(resolve(root, 'src/runtime/node/bundled-models.ts'))
  const { nodeDictionaryLoader } = await import(resolve(root, 'src/runtime/node/dictionary-loader.ts'))
  nlu = await createNlu({ loader: nodeDictionaryLoader(), models: bundledModels })
} else {
  const assets = {
    async fetch(request: Request | string) {
      const path = new URL(typeof request === 'string' ? request : request.url).pathname
      return new Response(readFileSync(resolve(root, `dist/assets${path}`)))
    },
  }
  const reader = await import(resolve(root, 'src/runtime/workers/assets-dict.ts'))
  const models = await import(resolve(root, 'src/nlu/models.ts'))
  const { loadCompactTokenizer } = await import(resolve(root, 'src/dict/load-compact.ts'))
  const { compactJaTokenizer } = await import(resolve(root, 'src/dict/ja-tokenizer.ts'))
  const { parseNeighbourIndex } = await import(resolve(root, 'src/nlu/neighbours.ts'))
  const loaded = await models.loadNluModels(reader.assetsModelReader(assets), models.BINARY_MODEL_FILES)
  const tokenizer = compactJaTokenizer(await loadCompactTokenizer(reader.assetsDictFetcher(assets)))
  const buffer = await reader.fetchNeighbourIndex(assets)
  const neighbourIndex = parseNeighbourIndex(buffer, loaded.model.contentHash)
  nlu = await createNlu({ tokenizer, models: loaded, neighbourIndex })
}
const out: string[] = []
for (const t of texts) out.push(JSON.stringify(nlu.analyze(t)))
process.stdout.write(`${out.join('\n')}\n`)
console.error(`${texts.length} texts`)
