// npx tsx bench/load/turn-ab.ts <variant> <variant> … — CPU per turn of service variants side by side in
// ONE process, for changes too small for bench:load to resolve (its rounds of one target differ by up to
// 165 µs per turn on a shared machine; a cut is often 5–30 µs).
//
// A variant is `name=<checkout>[,KEY=VALUE…]`: the service built from that checkout's src (another
// commit: `git archive <commit> | tar -x -C <dir>`, with node_modules linked) with those settings
// (e.g. INSIGHTS_ENABLED=false), or `name=NLU`: the NLU-only ceiling of bench/load/nlu-node.ts (the same
// Hono route). MODE=core calls the conversation directly and MODE=thin puts it behind a Hono route with
// no middleware, to separate the HTTP layer from the core. Every variant shares one NLU, so only the
// code around it differs and the heap holds the models once.
//
// Every request of every variant runs in lockstep (the order rotates per conversation), each timed with
// process.cpuUsage (all threads: V8's GC helpers too), so a minute of machine load falls on all alike;
// the first variant is the reference of the paired differences. The bench:load conversation (a
// concern, the ward, 最初から) over AB_CONVERSATIONS (200) sessions, AB_ROUNDS (10) times.
// AB_MEMO_NLU=1 (with MODE=core) times the core alone. Without AB_SOCKET, no sockets: app.request with
// Node's own Request/Response, not @hono/node-server's lighter ones (AB_SOCKET=1 serves each variant
// as bench:load does). The harness's reading of each reply is timed apart and left out (another
// process in bench:load); MODE=thin-id answers the session id alone, so thin − thin-id is the reply.
//
// Beware the order of checkouts: each checkout is its own copy of every module, and a copy loaded later
// ran slower than an identical one loaded earlier (5 identical-but-for-a-line copies of 59ccbbb, AB_SOCKET=1
// AB_MEMO_NLU=1, load 10–11: +0, −2, +13, +26, +45 µs in load order). Name the same checkout twice for
// an A/A (one module copy), and list copies A B B' A' so the order falls on both alike.

import { writeFileSync } from 'node:fs'
import { Agent } from 'node:http'
import { Session } from 'node:inspector/promises'
import type { AddressInfo } from 'node:net'
import { loadavg } from 'node:os'
import { serve } from '@hono/node-server'
import { Hono } from 'hono'
import type { ConversationService } from '../../src/core/conversation.ts'
import { createNlu } from '../../src/nlu/create-nlu.ts'
import { buildTokenizer } from '../../src/nlu/tokenizer.ts'
import { bundledGazetteer, bundledModel, bundledModels } from '../../src/runtime/node/bundled-models.ts'
import { nodeDictionaryLoader } from '../../src/runtime/node/dictionary-loader.ts'
import { cachedExampleIndex } from '../../src/runtime/node/neighbour-cache.ts'
import { postJson } from './servers.ts'
import { toSource } from './source-frames.ts'

const turns = ['母の物忘れがひどくて心配です', '中原区です', '最初から']
const CONVERSATIONS = Number(process.env.AB_CONVERSATIONS ?? 200)
const ROUNDS = Number(process.env.AB_ROUNDS ?? 10)

const tokenizer = await buildTokenizer(nodeDictionaryLoader())
const neighbourIndex = await cachedExampleIndex({
  tokenizer,
  model: bundledModel,
  gazetteer: bundledGazetteer,
})
const built = await createNlu({ tokenizer, neighbourIndex, models: bundledModels })
// AB_MEMO_NLU=1: analyze() runs once per text and each turn gets a copy of its result, so only the code
// around it is timed (the core is ~60 µs of a ~700 µs turn; its cuts drown in analyze()'s variation).
const memo = new Map<string, ReturnType<typeof built.analyze>>()
const nlu: typeof built =
  process.env.AB_MEMO_NLU === '1'
    ? Object.assign(Object.create(built) as typeof built, {
        analyze: (text: string) => {
          const r = memo.get(text) ?? built.analyze(text)
          memo.set(text, r)
          return structuredClone(r)
        },
      })
    : built

const startProfile = async (intervalUs: number) => {
  const session = new Session()
  session.connect()
  await session.post('Profiler.enable')
  await session.post('Profiler.setSamplingInterval', { interval: intervalUs })
  await session.post('Profiler.start')
  return {
    stop: async (file: string) => {
      const { profile } = await session.post('Profiler.stop')
      for (const { callFrame } of profile.nodes) toSource(callFrame)
      writeFileSync(file, JSON.stringify(profile))
      session.disconnect()
    },
  }
}

type HeapNode = {
  callFrame: { url: string; lineNumber: number; columnNumber: number }
  children: HeapNode[]
}
const startHeapProfile = async () => {
  const session = new Session()
  session.connect()
  await session.post('HeapProfiler.enable')
  await session.post('HeapProfiler.startSampling', {
    samplingInterval: 1024,
    includeObjectsCollectedByMajorGC: true,
    includeObjectsCollectedByMinorGC: true,
  })
  return {
    stop: async (file: string) => {
      const { profile } = await session.post('HeapProfiler.stopSampling')
      const walk = (n: HeapNode) => {
        toSource(n.callFrame)
        for (const c of n.children) walk(c)
      }
      walk(profile.head as unknown as HeapNode)
      writeFileSync(file, JSON.stringify(profile))
      session.disconnect()
    },
  }
}

/** clientUs: the harness's own reading of the reply (r.json()), timed apart from the server's work. */
type Answer = { status: number; sessionId: string; clientUs?: number; bytes?: number }
type Variant = { name: string; turn: (sessionId: string | undefined, text: string) => Promise<Answer> }

/**
 * AB_SOCKET=1: each variant behind @hono/node-server on a loopback port, as bench:load serves it (its
 * lightweight Request and Response, the socket writes), with a keep-alive node:http client in this
 * process. The client's CPU is then counted too, alike for every variant but for the reply's size.
 */
const overSocket = async (app: Hono) => {
  const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' })
  await new Promise((listening) => (server.listening ? listening(null) : server.once('listening', listening)))
  const agent = new Agent({ keepAlive: true, maxSockets: 1 })
  const { port } = server.address() as AddressInfo
  return async (sessionId: string | undefined, text: string): Promise<Answer> => {
    const body = JSON.stringify(sessionId ? { sessionId, text } : { text })
    const { status, raw } = await postJson(agent, port, '/api/chat', body)
    const id = (JSON.parse(raw) as { sessionId: string }).sessionId
    return { status, sessionId: id, bytes: Buffer.byteLength(raw) }
  }
}

const overHttp = async (app: Hono) =>
  process.env.AB_SOCKET === '1' ? await overSocket(app) : overRequest(app)

const overRequest =
  (app: { request: (path: string, init: RequestInit) => Response | Promise<Response> }) =>
  async (sessionId: string | undefined, text: string): Promise<Answer> => {
    const body = JSON.stringify(sessionId ? { sessionId, text } : { text })
    const r = await app.request('/api/chat', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)) },
      body,
    })
    // The reply's reading is the client's work (in bench:load another process), so it is timed apart.
    const before = process.cpuUsage()
    const raw = await r.text()
    const id = (JSON.parse(raw) as { sessionId: string }).sessionId
    const used = process.cpuUsage(before)
    return {
      status: r.status,
      sessionId: id,
      clientUs: used.user + used.system,
      bytes: Buffer.byteLength(raw),
    }
  }

/** bench/load/nlu-node.ts's route, on the shared NLU. */
const nluOnly = () => {
  const app = new Hono()
  app.post('/api/chat', async (c) => {
    const body = (await c.req.json()) as { sessionId?: string; text?: string }
    const r = nlu.analyze(body.text ?? '')
    return c.json({
      sessionId: body.sessionId ?? crypto.randomUUID(),
      intent: r.intent,
      ward: r.ward?.value ?? null,
    })
  })
  return overHttp(app)
}

const BASE_ENV = {
  SESSION_STORE: 'memory',
  LOG_LEVEL: 'warn',
  CHAT_RATE_LIMIT_PER_MINUTE: '0',
  MEMORY_STORE_MAX_SESSIONS: '1000000',
  INSIGHTS_ENABLED: 'true',
}

const service = async (name: string, dir: string, settings: Record<string, string>) => {
  const env: Record<string, string> = {
    ...BASE_ENV,
    INSIGHTS_FILE: `${process.env.TMPDIR ?? '/tmp'}/turn-ab-${name}-${process.pid}.json`,
    ...settings,
  }
  const from = (path: string) => import(`${dir}/src/${path}`)
  const { parseConfig } = await from('runtime/node/env.ts')
  const { loadProject } = await from('runtime/node/load-project.ts')
  const { createSessionStore } = await from('sessions/create-session-store.ts')
  const { createInsightsStore } = await from('insights/create-insights-store.ts')
  const { createService } = await from('http/create-service.ts')
  const { consoleLogger } = await from('runtime/console-logger.ts')
  const config = parseConfig(env)
  const logger = consoleLogger(config.LOG_LEVEL)
  const built = createService({
    config,
    logger,
    project: await loadProject(),
    nlu,
    store: await createSessionStore(config, logger),
    now: () => new Date(),
    clientKey: () => null,
    compress: true,
    insights: await createInsightsStore(config, { file: env.INSIGHTS_FILE }),
  }) as { app: Hono; conversation: ConversationService }
  const core = async (sessionId: string | undefined, text: string): Promise<Answer> => {
    const id = sessionId ?? crypto.randomUUID()
    await built.conversation.handle({
      channel: 'web',
      sessionId: id,
      message: { type: 'text', text },
      now: new Date(),
    })
    return { status: 200, sessionId: id }
  }
  if (env.MODE === 'core') return core
  if (env.MODE === 'thin' || env.MODE === 'thin-id') {
    const thin = new Hono()
    thin.post('/api/chat', async (c) => {
      const b = (await c.req.json()) as { sessionId?: string; text: string }
      const id = b.sessionId ?? crypto.randomUUID()
      const r = await built.conversation.handle({
        channel: 'web',
        sessionId: id,
        message: { type: 'text', text: b.text },
        now: new Date(),
      })
      // MODE=thin-id answers the session id alone: thin − thin-id is what returning the messages costs.
      return c.json(
        env.MODE === 'thin-id'
          ? { sessionId: id }
          : { sessionId: id, messages: r.messages, newSession: r.newSession },
      )
    })
    return overHttp(thin)
  }
  return overHttp(built.app)
}

const variants: Variant[] = []
for (const arg of process.argv.slice(2)) {
  const eq = arg.indexOf('=')
  const name = arg.slice(0, eq)
  const [dir, ...pairs] = arg.slice(eq + 1).split(',')
  if (!name || !dir) throw new Error(`a variant is name=<checkout>[,KEY=VALUE…] or name=NLU, got ${arg}`)
  const settings = Object.fromEntries(
    pairs.map((p) => [p.slice(0, p.indexOf('=')), p.slice(p.indexOf('=') + 1)]),
  )
  variants.push({ name, turn: dir === 'NLU' ? await nluOnly() : await service(name, dir, settings) })
}
if (variants.length === 0)
  throw new Error('usage: tsx bench/load/turn-ab.ts name=<checkout>[,KEY=VALUE…] name=NLU …')

const sessions = new Map(variants.map((v) => [v.name, [] as (string | undefined)[]]))
const once = async (v: Variant, c: number, text: string) => {
  const ids = sessions.get(v.name)!
  const r = await v.turn(ids[c], text)
  if (r.status !== 200) throw new Error(`${v.name}: status ${r.status}`)
  ids[c] = r.sessionId
  return r
}
// Warm-up: two unreported passes of each, so every code path is compiled before the first round.
for (const v of variants)
  for (let pass = 0; pass < 2; pass++)
    for (const text of turns) for (let c = 0; c < CONVERSATIONS; c++) await once(v, c, text)

// AB_PROFILE=<file.cpuprofile>: a CPU profile of the timed rounds only (not start-up, not the warm-up),
// through the inspector, sampled every AB_PROFILE_US (default 100) µs; read it with bench/load/profile-top.ts.
const profiler = process.env.AB_PROFILE ? await startProfile(Number(process.env.AB_PROFILE_US ?? 100)) : null
// AB_HEAP_PROFILE=<file.heapprofile>: what the timed rounds allocate, sampled every 1 KB, garbage included.
const heapProfiler = process.env.AB_HEAP_PROFILE ? await startHeapProfile() : null

const perTurn = new Map(variants.map((v) => [v.name, [] as number[]]))
/** The client's share (reading the reply), already left out of perTurn, and the reply's bytes. */
const clientPerTurn = new Map(variants.map((v) => [v.name, [] as number[]]))
const bytesPerTurn = new Map(variants.map((v) => [v.name, 0]))
const loads: string[] = []
for (let round = 0; round < ROUNDS; round++) {
  loads.push(loadavg()[0]!.toFixed(1))
  const cpu = new Map(variants.map((v) => [v.name, 0]))
  const client = new Map(variants.map((v) => [v.name, 0]))
  let n = 0
  for (const text of turns)
    for (let c = 0; c < CONVERSATIONS; c++) {
      for (let i = 0; i < variants.length; i++) {
        const v = variants[(i + c + round) % variants.length]!
        const before = process.cpuUsage()
        const r = await once(v, c, text)
        const used = process.cpuUsage(before)
        const clientUs = r.clientUs ?? 0
        cpu.set(v.name, cpu.get(v.name)! + used.user + used.system - clientUs)
        client.set(v.name, client.get(v.name)! + clientUs)
        if (round === 0) bytesPerTurn.set(v.name, bytesPerTurn.get(v.name)! + (r.bytes ?? 0))
      }
      n++
    }
  for (const v of variants) {
    perTurn.get(v.name)!.push(cpu.get(v.name)! / n)
    clientPerTurn.get(v.name)!.push(client.get(v.name)! / n)
  }
}

if (profiler) await profiler.stop(process.env.AB_PROFILE!)
if (heapProfiler) await heapProfiler.stop(process.env.AB_HEAP_PROFILE!)

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b)
  const m = s.length >> 1
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2
}
const reference = perTurn.get(variants[0]!.name)!
console.log(
  `\nturn-ab: ${ROUNDS} rounds × ${turns.length * CONVERSATIONS} turns per variant, CPU µs per turn (all threads), load per round ${loads.join(' ')}, at the end ${loadavg()
    .map((x) => x.toFixed(1))
    .join(' / ')}\n`,
)
console.log(
  `| variant | median µs/turn | − ${variants[0]!.name}, paired per round (median) | rounds | harness reads the reply (µs, not counted) | reply bytes/turn |`,
)
console.log('|---|---|---|---|---|---|')
for (const v of variants) {
  const xs = perTurn.get(v.name)!
  const diff = median(xs.map((x, i) => x - reference[i]!))
  console.log(
    `| ${v.name} | ${median(xs).toFixed(0)} | ${diff >= 0 ? '+' : ''}${diff.toFixed(1)} | ${xs.map((x) => x.toFixed(0)).join(', ')} | ${median(clientPerTurn.get(v.name)!).toFixed(0)} | ${(bytesPerTurn.get(v.name)! / (turns.length * CONVERSATIONS)).toFixed(0)} |`,
  )
}
process.exit(0)
