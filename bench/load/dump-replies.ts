// npx tsx bench/load/dump-replies.ts <out.jsonl> [checkout] — every reply of the service to the dev
// dialogs (tests/fixtures/dev-dialogs) and the dev crisis corpus (tests/fixtures/crisis-corpus), over
// the HTTP app (POST /api/chat) as the Node server builds it, with the session each turn leaves and the
// counter cells it adds. A speed change must leave this file byte-identical (`cmp` before and after).
//
// `checkout` (default this one) is another tree's src (`git archive <commit> | tar -x -C <dir>`, with
// node_modules linked); the NLU is always this tree's, loaded once, so only the code around it differs.
// Every dialog is played twice: on a weekday morning and on a Sunday night (hours, 'open now', the
// counters' time band), then its last answer's first and last buttons are tapped and the widget's
// start is sent. Session ids are made from the dialog's place in the files, so runs compare.
// The file holds the bot's replies and the stored state, never a resident's text.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { loadNlu } from '../../scripts/flows/deps.ts'

const [out, checkout = resolve(import.meta.dirname, '../..')] = process.argv.slice(2)
if (!out) throw new Error('usage: tsx bench/load/dump-replies.ts <out.jsonl> [checkout]')
const root = resolve(import.meta.dirname, '../..')

const from = (path: string) => import(join(resolve(checkout), 'src', path))
const { parseConfig } = await from('runtime/node/env.ts')
const { loadProject } = await from('runtime/node/load-project.ts')
const { createMemoryStore } = await from('sessions/memory-store.ts')
const { createService } = await from('http/create-service.ts')

type Dialog = { id: string; turns: string[] }
const dialogsIn = (dir: string): Dialog[] =>
  readdirSync(dir)
    .filter((n) => n.endsWith('.jsonl'))
    .sort()
    .flatMap((n) =>
      readFileSync(join(dir, n), 'utf8')
        .split('\n')
        .filter((l) => l.trim() !== '')
        .map((l) => JSON.parse(l) as Dialog),
    )
const dialogs = [
  ...dialogsIn(join(root, 'tests/fixtures/dev-dialogs')),
  ...dialogsIn(join(root, 'tests/fixtures/crisis-corpus')),
]

const times = [new Date('2026-11-25T02:00:00Z'), new Date('2026-11-29T13:30:00Z')]
const nlu = await loadNlu()
const project = await loadProject()
const config = parseConfig({
  SESSION_STORE: 'memory',
  LOG_LEVEL: 'warn',
  CHAT_RATE_LIMIT_PER_MINUTE: '0',
  MEMORY_STORE_MAX_SESSIONS: '1000000',
})
const lines: string[] = []
for (const [t, when] of times.entries()) {
  const store = createMemoryStore({ maxEntries: 1_000_000 })
  const cells: unknown[] = []
  const { app } = createService({
    config,
    logger: { log: () => {} },
    project,
    nlu,
    store,
    now: () => when,
    clientKey: () => null,
    compress: false,
    insights: { add: async (c: unknown[]) => void cells.push(c) },
  })
  for (const [i, d] of dialogs.entries()) {
    const sessionId = `dump-${t}-${String(i).padStart(6, '0')}`
    const turn = async (k: number | string, request: Record<string, string>) => {
      cells.length = 0
      const r = await app.request('/api/chat', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ sessionId, ...request }),
      })
      const body = await r.text()
      const session = await store.get(sessionId)
      lines.push(
        JSON.stringify({ id: d.id, t, k, status: r.status, body, state: session?.data ?? null, cells }),
      )
      return body
    }
    let last = ''
    for (const [k, text] of d.turns.entries()) last = await turn(k, { text })
    // Then the first and the last button of the last answer, as taps (choice values never reach the
    // NLU), and the widget's start.
    const shown = (JSON.parse(last) as { messages?: { choices?: { value: string }[] }[] }).messages ?? []
    const choices = shown.flatMap((m) => m.choices ?? [])
    if (choices.length > 0) await turn('tap-first', { choice: choices[0]!.value })
    if (choices.length > 1) await turn('tap-last', { choice: choices.at(-1)!.value })
    await turn('start', {})
  }
}
writeFileSync(out, `${lines.join('\n')}\n`)
console.log(`${lines.length} turns of ${dialogs.length} dialogs × ${times.length} times → ${out}`)
process.exit(0)
