import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { z } from 'zod'
import { createConversation } from '../../src/conversation/create-conversation.ts'
import type { OutboundMessage } from '../../src/core/messages.ts'
import { type Label, labelSchema } from '../../src/core/taxonomy.ts'
import { createDirectory } from '../../src/directory/create-directory.ts'
import { loadProject } from '../../src/runtime/node/load-project.ts'
import { createMemoryStore } from '../../src/sessions/memory-store.ts'
import { loadNlu } from '../flows/deps.ts'
import { formatMetrics, metrics } from './metrics.ts'

// npm run eval -- --sealed DIR
//
// Scores a held-out set kept OUTSIDE the repository (written by authors who wrote no training data
// and saw none of it), once: *-messages.jsonl {id, text, label, lang?} for the concern read, and
// *-dialogs.jsonl {id, turns[], expect_kind[], lang?} for where whole conversations end. Prints
// aggregates only, never a message, so the report can be shared without unsealing anything.

const messageSchema = z.object({
  id: z.string(),
  text: z.string(),
  label: labelSchema,
  lang: z.string().optional(),
})
const dialogSchema = z.object({
  id: z.string(),
  turns: z.array(z.string()).min(1),
  expect_kind: z.array(z.string()).min(1),
  lang: z.string().optional(),
})

const readJsonl = <T>(path: string, schema: z.ZodType<T>): T[] => {
  let text: string
  try {
    text = readFileSync(path, 'utf8')
  } catch {
    return []
  }
  return text
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => schema.parse(JSON.parse(l)))
}

const pct = (n: number, d: number) => (d === 0 ? '–' : `${((100 * n) / d).toFixed(1)}%`)

export const sealedEvalMain = async (argv: string[]) => {
  const dir = resolve(argv[argv.indexOf('--sealed') + 1] ?? '')
  const prefixes = argv.includes('--prefix') ? [argv[argv.indexOf('--prefix') + 1]!] : ['s3', 's4']
  const messages = prefixes.flatMap((p) => readJsonl(join(dir, `${p}-messages.jsonl`), messageSchema))
  const dialogs = prefixes.flatMap((p) => readJsonl(join(dir, `${p}-dialogs.jsonl`), dialogSchema))
  const nlu = await loadNlu()
  // The project as the Node service loads it: flows with their locale files, the directory.
  const project = await loadProject()
  const flows = project.flows
  const directory = createDirectory(project.directory)
  const conversation = createConversation({
    flows,
    directory,
    nlu,
    store: createMemoryStore(),
    ttlSeconds: 600,
    logger: { log: () => {} },
  })
  const now = new Date('2026-11-25T02:00:00Z') // a weekday morning in Kawasaki
  const out: string[] = [
    `Sealed set ${dir} (${prefixes.join(', ')}): ${messages.length} messages, ${dialogs.length} dialogs`,
  ]

  // The concern read from one message, by the NLU alone (crisis is not a label in these sets).
  const pairs = messages.map((m) => {
    const r = nlu.analyze(m.text)
    const predicted = (r.crisis ? 'crisis' : r.intent) as Label
    return { gold: m.label, predicted, lang: m.lang ?? 'ja' }
  })
  out.push('', formatMetrics('Concern read, every message', metrics(pairs)))
  const langs = [...new Set(pairs.map((p) => p.lang))].sort()
  out.push('', 'by language: n, top-1')
  for (const l of langs) {
    const g = pairs.filter((p) => p.lang === l)
    out.push(
      `  ${l.padEnd(8)} ${String(g.length).padStart(4)}  ${pct(g.filter((p) => p.gold === p.predicted).length, g.length)}`,
    )
  }

  // The first reply in the resident's language (foreign-language messages only).
  const foreign = messages.filter((m) => m.lang && !['ja', 'ja-easy'].includes(m.lang))
  let sameLang = 0
  for (const m of foreign) {
    const r = await conversation.handle({
      channel: 'api',
      sessionId: `lang-${m.id}`,
      message: { type: 'text', text: m.text },
      now,
    })
    const first = r.messages[0] as (OutboundMessage & { lang?: string }) | undefined
    if (first?.lang?.toLowerCase().startsWith(m.lang!.toLowerCase().slice(0, 2))) sameLang++
    await conversation.end(`lang-${m.id}`)
  }
  if (foreign.length > 0)
    out.push(
      '',
      `First reply in the resident's language: ${sameLang}/${foreign.length} (${pct(sameLang, foreign.length)})`,
    )

  // Whole conversations: the first agency of the last answer that showed agencies is of an expected kind.
  let ended = 0
  const byLang = new Map<string, [number, number]>()
  for (const d of dialogs) {
    let lastKinds: string[] = []
    for (const text of d.turns) {
      const r = await conversation.handle({
        channel: 'api',
        sessionId: `dlg-${d.id}`,
        message: { type: 'text', text },
        now,
      })
      const kinds = r.messages.flatMap((m) => (m.type === 'agency' ? [m.agency.kind] : []))
      if (kinds.length > 0) lastKinds = kinds
    }
    await conversation.end(`dlg-${d.id}`)
    const ok = lastKinds.length > 0 && d.expect_kind.includes(lastKinds[0]!)
    if (ok) ended++
    const l = d.lang ?? 'ja'
    const [a, b] = byLang.get(l) ?? [0, 0]
    byLang.set(l, [a + (ok ? 1 : 0), b + 1])
  }
  if (dialogs.length > 0) {
    out.push(
      '',
      `Dialogs ending at an expected agency kind: ${ended}/${dialogs.length} (${pct(ended, dialogs.length)})`,
    )
    for (const [l, [a, b]] of [...byLang].sort()) out.push(`  ${l.padEnd(8)} ${a}/${b}`)
  }
  console.log(out.join('\n'))
}
