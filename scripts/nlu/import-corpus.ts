import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { stringify } from 'yaml'
import { z } from 'zod'
import { residentLanguageSchema } from '../../src/core/language.ts'
import { labelSchema } from '../../src/core/taxonomy.ts'
import { intentCorpusFileSchema } from '../../src/nlu/intents-schema.ts'
import { repoRoot } from './io.ts'

// npx tsx scripts/nlu/import-corpus.ts FILE.jsonl --author t4 --persona "…"
//
// Imports an independent author's JSONL ({text, label, lang?, persona?} per line) as
// intents/corpus/<label>/<author>.yaml, one file per label, in the format of the t1–t3 files. A line
// with a `lang` keeps it (`{ text, lang }`), so evaluation can report each language. Every line must
// parse and every file must pass the corpus schema before anything is written; rerunning replaces the
// author's files, so the import is repeatable.

const lineSchema = z.object({
  text: z.string().trim().min(1),
  label: labelSchema,
  lang: residentLanguageSchema.optional(),
  persona: z.string().optional(),
})

const argValue = (argv: string[], name: string) => {
  const i = argv.indexOf(name)
  return i >= 0 ? argv[i + 1] : undefined
}

export const importCorpus = (jsonl: string, author: string, persona: string) => {
  const lines = jsonl.split('\n').filter((l) => l.trim())
  const rows = lines.map((l, i) => {
    const r = lineSchema.safeParse(JSON.parse(l))
    if (!r.success) throw new Error(`line ${i + 1}: ${r.error.issues.map((x) => x.message).join('; ')}`)
    return r.data
  })
  const byLabel = new Map<string, typeof rows>()
  for (const r of rows) byLabel.set(r.label, [...(byLabel.get(r.label) ?? []), r])
  return [...byLabel].sort().map(([label, items]) => {
    const seen = new Set<string>()
    const examples = items
      .filter((r) => !seen.has(r.text) && seen.add(r.text))
      .map((r) => (r.lang ? { text: r.text, lang: r.lang } : r.text))
    const data = intentCorpusFileSchema.parse({ label, author: `author-${author}`, persona, examples })
    const langs = [...new Set(items.map((r) => r.lang).filter(Boolean))].sort().join('・')
    const header = [
      `# 独立した書き手 ${author} が、ほかの書き手や評価用データを見ずに書いた例文です${langs ? `（${langs}）` : ''}。編集してかまいません。`,
      '# scripts/nlu/import-corpus.ts で取り込みました。言語（lang）は言語別の評価に使います。',
    ].join('\n')
    return {
      path: join('intents/corpus', label, `${author}.yaml`),
      text: `${header}\n${stringify(data, { lineWidth: 0 })}`,
      count: examples.length,
    }
  })
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const argv = process.argv.slice(2)
  const file = argv[0]
  const author = argValue(argv, '--author')
  const persona = argValue(argv, '--persona')
  if (!file || !author || !persona || !/^[a-z0-9-]+$/.test(author)) {
    console.error('usage: import-corpus.ts FILE.jsonl --author t4 --persona "書き手の人物像"')
    process.exit(2)
  }
  const out = importCorpus(readFileSync(file, 'utf8'), author, persona)
  for (const f of out) {
    mkdirSync(join(repoRoot, f.path, '..'), { recursive: true })
    writeFileSync(join(repoRoot, f.path), f.text)
  }
  console.log(`${out.length} files, ${out.reduce((n, f) => n + f.count, 0)} examples (author ${author})`)
}
