import { join, resolve } from 'node:path'
import { z } from 'zod'
import { type Label, labelSchema } from '../../src/core/taxonomy.ts'
import { dialogSchema, formatDialogScore, pctOf, playDialogs, projectConversation } from './dialog-eval.ts'
import { readJsonl } from './io.ts'
import { firstReplyInLanguage, shortDetectionLines } from './language-eval.ts'
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

export const sealedEvalMain = async (argv: string[]) => {
  const dir = resolve(argv[argv.indexOf('--sealed') + 1] ?? '')
  const prefixes = argv.includes('--prefix') ? [argv[argv.indexOf('--prefix') + 1]!] : ['s3', 's4']
  const messages = prefixes.flatMap((p) => readJsonl(join(dir, `${p}-messages.jsonl`), messageSchema))
  const dialogs = prefixes.flatMap((p) => readJsonl(join(dir, `${p}-dialogs.jsonl`), dialogSchema))
  // The project as the Node service loads it: flows with their locale files, the directory.
  const { nlu, conversation } = await projectConversation()
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
      `  ${l.padEnd(8)} ${String(g.length).padStart(4)}  ${pctOf(g.filter((p) => p.gold === p.predicted).length, g.length)}`,
    )
  }

  // The first reply in the resident's language (foreign-language messages only).
  const foreign = messages.filter((m) => m.lang && !['ja', 'ja-easy'].includes(m.lang))
  let sameLang = 0
  for (const m of foreign) {
    if ((await firstReplyInLanguage(conversation, m.text, m.lang!, `lang-${m.id}`)).ok) sameLang++
  }
  if (foreign.length > 0)
    out.push(
      '',
      `First reply in the resident's language: ${sameLang}/${foreign.length} (${pctOf(sameLang, foreign.length)})`,
    )

  // Issue 12's detection target on this set: non-Japanese messages of 10–40 characters, counts only.
  out.push(
    '',
    ...shortDetectionLines(
      nlu,
      foreign.map((m) => ({ text: m.text, lang: m.lang! })),
    ),
  )

  // Whole conversations, scored as the dev dialogs are (dialog-eval.ts); aggregates only.
  if (dialogs.length > 0) out.push('', ...formatDialogScore(await playDialogs(conversation, dialogs)))
  console.log(out.join('\n'))
}
