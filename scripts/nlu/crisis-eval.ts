import { resolve } from 'node:path'
import { createConversation } from '../../src/conversation/create-conversation.ts'
import type { OutboundMessage } from '../../src/core/messages.ts'
import type { Nlu } from '../../src/core/nlu.ts'
import { parseFlows } from '../../src/flow/parse.ts'
import { createAnalyzer } from '../../src/nlu/analyze.ts'
import { buildTokenizer } from '../../src/nlu/tokenizer.ts'
import { bundledGazetteer, bundledModel } from '../../src/runtime/node/bundled-models.ts'
import { nodeDictionaryLoader } from '../../src/runtime/node/dictionary-loader.ts'
import { createMemoryStore } from '../../src/sessions/memory-store.ts'
import { loadDirectory, loadNlu } from '../flows/deps.ts'
import { readFlowFiles } from '../flows/load.ts'
import { CORPUS_DIR, type CrisisItem, readCorpus, TRAINING_ONLY_DIR } from './crisis-corpus.ts'
import { trainArtifact, trainingExamples, withoutAuthor } from './crisis-train.ts'

// npm run eval -- --crisis [--dir DIR] [--errors]
//
// Runs every item of a crisis corpus (JSONL: {id, turns[], label: fire|quiet, kind, lang, note})
// through the real conversation core (real NLU, flows and directory, a memory store), one conversation
// per item, and reports what a resident would have seen:
//  - "lines" : the crisis answer or the safety question (both put a crisis line on screen at once);
//  - "answer": the crisis answer itself.
// A fire item counts when its conversation shows them by the last turn; a quiet item is a false alarm
// when any turn does. The dev corpus lives in tests/fixtures/crisis-corpus; a sealed corpus is kept
// outside the repository and scored once, with --dir.

type Seen = 'answer' | 'ask' | 'none'

const seenIn = (messages: OutboundMessage[]): Seen => {
  if (messages.some((m) => m.type === 'choices' && m.choices.some((c) => c.value === 'safety:yes')))
    return 'ask'
  // The crisis answer is the only answer that leads with an urgent emergency card and no question.
  const urgent = messages.some((m) => m.type === 'agency' && m.urgent && m.agency.kind === 'emergency')
  return urgent && !messages.some((m) => m.type === 'choices') ? 'answer' : 'none'
}

export interface ItemResult {
  item: CrisisItem
  seen: Seen
}

export const runCorpus = async (items: CrisisItem[], nlu?: Nlu): Promise<ItemResult[]> => {
  const flows = parseFlows(readFlowFiles())
  const { directory } = await loadDirectory()
  const realNlu = nlu ?? (await loadNlu())
  const store = createMemoryStore()
  const conversation = createConversation({
    flows,
    directory,
    nlu: realNlu,
    store,
    ttlSeconds: 600,
    logger: { log: () => {} },
  })
  // A weekday afternoon in Japan: opening hours play no part in a crisis answer.
  const now = new Date('2026-11-25T05:00:00Z')
  const out: ItemResult[] = []
  for (const item of items) {
    let seen: Seen = 'none'
    for (const text of item.turns) {
      const r = await conversation.handle({
        channel: 'api',
        sessionId: item.id,
        message: { type: 'text', text },
        now,
      })
      const s = seenIn(r.messages)
      if (s === 'answer' || (s === 'ask' && seen === 'none')) seen = s
    }
    out.push({ item, seen })
    await conversation.end(item.id)
  }
  return out
}

const pct = (n: number, d: number) => (d === 0 ? '   –  ' : `${((100 * n) / d).toFixed(1).padStart(5)}%`)

export const formatCrisisReport = (results: ItemResult[], title: string, errors = false): string => {
  const fire = results.filter((r) => r.item.label === 'fire')
  const quiet = results.filter((r) => r.item.label === 'quiet')
  const lines: string[] = [title]
  const shown = (r: ItemResult) => r.seen !== 'none'
  lines.push(
    `fire ${fire.length}: lines shown ${fire.filter(shown).length} (${pct(fire.filter(shown).length, fire.length)}), crisis answer ${fire.filter((r) => r.seen === 'answer').length} (${pct(fire.filter((r) => r.seen === 'answer').length, fire.length)})`,
  )
  const ordinary = quiet.filter((r) => r.item.kind === 'ordinary')
  lines.push(
    `quiet ${quiet.length}: crisis answer ${quiet.filter((r) => r.seen === 'answer').length} (${pct(quiet.filter((r) => r.seen === 'answer').length, quiet.length)}), safety question ${quiet.filter((r) => r.seen === 'ask').length} (${pct(quiet.filter((r) => r.seen === 'ask').length, quiet.length)}); ordinary messages: ${ordinary.filter(shown).length}/${ordinary.length} (${pct(ordinary.filter(shown).length, ordinary.length)}) shown lines`,
  )
  const table = (key: (r: ItemResult) => string, rows: ItemResult[], head: string, fireSide: boolean) => {
    const groups = new Map<string, ItemResult[]>()
    for (const r of rows) groups.set(key(r), [...(groups.get(key(r)) ?? []), r])
    lines.push('', `${head.padEnd(16)} ${'n'.padStart(5)}  ${fireSide ? 'lines  answer' : 'answer   ask'}`)
    for (const [k, g] of [...groups].sort()) {
      const a = g.filter((r) => r.seen === 'answer').length
      const s = g.filter(shown).length
      lines.push(
        `${k.padEnd(16)} ${String(g.length).padStart(5)}  ${fireSide ? `${pct(s, g.length)} ${pct(a, g.length)}` : `${pct(a, g.length)} ${pct(s - a, g.length)}`}`,
      )
    }
  }
  table((r) => r.item.kind, fire, 'fire by kind', true)
  table((r) => r.item.lang, fire, 'fire by language', true)
  table((r) => r.item.kind, quiet, 'quiet by kind', false)
  table((r) => r.item.lang, quiet, 'quiet by language', false)
  if (errors) {
    lines.push('', 'Missed (fire, nothing shown):')
    for (const r of fire)
      if (!shown(r)) lines.push(`- ${r.item.id} [${r.item.kind}/${r.item.lang}] ${r.item.turns.join(' ⏎ ')}`)
    lines.push('', 'False alarms (quiet, crisis answer):')
    for (const r of quiet)
      if (r.seen === 'answer')
        lines.push(`- ${r.item.id} [${r.item.kind}/${r.item.lang}] ${r.item.turns.join(' ⏎ ')}`)
    lines.push('', 'Asked (quiet, safety question):')
    for (const r of quiet)
      if (r.seen === 'ask')
        lines.push(`- ${r.item.id} [${r.item.kind}/${r.item.lang}] ${r.item.turns.join(' ⏎ ')}`)
  }
  return lines.join('\n')
}

/**
 * Leave one author out, through the whole conversation: each author's items are scored with a crisis
 * model trained without them, which is how the system reads an author it has never seen.
 */
const runCrossValidated = async (items: CrisisItem[], only?: string[]): Promise<ItemResult[]> => {
  const tokenizer = await buildTokenizer(nodeDictionaryLoader())
  const examples = trainingExamples(tokenizer, [...items, ...readCorpus(TRAINING_ONLY_DIR)])
  const out: ItemResult[] = []
  const authors = [...new Set(items.map((i) => i.id.split('-')[0]!))]
  for (const author of authors.filter((a) => !only || only.includes(a))) {
    const crisisModel = trainArtifact(withoutAuthor(examples, author))
    const nlu = createAnalyzer(tokenizer, bundledModel, bundledGazetteer, { crisisModel })
    out.push(
      ...(await runCorpus(
        items.filter((i) => i.id.startsWith(`${author}-`)),
        nlu,
      )),
    )
  }
  return out
}

export const crisisEvalMain = async (argv: string[]) => {
  const dirArg = argv.indexOf('--dir')
  const dir = dirArg >= 0 ? resolve(argv[dirArg + 1] ?? '') : CORPUS_DIR
  const items = readCorpus(dir)
  const t0 = performance.now()
  const cv = argv.includes('--cv')
  // --folds d16,d19: leave one author out for those authors' folds only (crisis24: a full run did not fit the CPU)
  const foldsArg = argv.indexOf('--folds')
  const only = foldsArg >= 0 ? (argv[foldsArg + 1] ?? '').split(',') : undefined
  const results = cv ? await runCrossValidated(items, only) : await runCorpus(items)
  const title = `Crisis corpus ${dir} (${items.length} items)${cv ? `, leave-one-author-out${only ? ` (folds ${only.join(', ')})` : ''}` : ''}`
  console.log(formatCrisisReport(results, title, argv.includes('--errors')))
  console.log(`\n(${((performance.now() - t0) / 1000).toFixed(1)} s)`)
}
