import { Hono } from 'hono'
import { z } from 'zod'
import type { Nlu } from '../core/nlu.ts'
import { createDirectory } from '../directory/create-directory.ts'
import { step } from '../flow/engine.ts'
import type { StepEvent } from '../flow/input.ts'
import { flowStateSchema } from '../flow/state.ts'
import { DEFAULT_DIRS, parseProject } from '../project/project.ts'
import type { Actor, StaffConsole } from './console.ts'
import { type SimTurn, SimulatorPage, simTurnSchema, simulatedTimes } from './pages/simulator.tsx'

// The simulator: staff talk to a draft in the browser, through the same flow engine, directory and
// NLU the service runs, and see each turn's concern, confidence, slots and route. Its whole session is
// the form itself (the flow state and the transcript travel in hidden fields, signed by nothing but
// checked by the same schema as a stored session): nothing is logged or stored on the server.

const idSchema = z.coerce.number().int().positive()
const MAX_TURNS = 30
const formSchema = z.object({
  text: z.string().max(500).default(''),
  choice: z.string().max(300).default(''),
  state: z.string().max(20_000).default(''),
  log: z.string().max(400_000).default(''),
  at: z.enum(Object.keys(simulatedTimes) as [string, ...string[]]).default('now'),
  restart: z.string().optional(),
})

const parseJson = <T,>(text: string, schema: z.ZodType<T>, fallback: T): T => {
  if (!text) return fallback
  try {
    const r = schema.safeParse(JSON.parse(text))
    return r.success ? r.data : fallback
  } catch {
    return fallback
  }
}

export interface SimulatorOptions {
  nlu: Nlu
  /** The classifier the version's 「チェック」 trained (src/admin/version-nlu.ts), else `nlu`; `own` says which. */
  nluFor?: (id: number, files: null) => Promise<{ nlu: Nlu; own: boolean }>
}

export const simulatorRoutes = (options: SimulatorOptions, staff: StaffConsole) => {
  const app = new Hono<{ Variables: { actor: Actor } }>()
  // The last version parsed, per process: parsing takes a second or two, a conversation many turns.
  let cached: { key: string; run: ReturnType<typeof runnerFor> } | null = null
  const runnerFor = (files: Parameters<typeof parseProject>[0]) => {
    const project = parseProject(files, DEFAULT_DIRS)
    return { flows: project.flows, directory: createDirectory(project.directory) }
  }
  const classifier = async (id: number) =>
    options.nluFor ? options.nluFor(id, null) : { nlu: options.nlu, own: false }
  const runner = async (id: number) => {
    const v = await staff.version(id)
    const key = `${id}:${v.revision}`
    if (cached?.key !== key) cached = { key, run: runnerFor(v.files) }
    return { version: v, ...cached.run }
  }

  app.get('/versions/:id/simulator', async (c) => {
    const id = idSchema.parse(c.req.param('id'))
    const { version } = await runner(id)
    const { own } = await classifier(id)
    return c.html(
      <SimulatorPage
        actor={c.get('actor')}
        version={version}
        turns={[]}
        state={null}
        at="now"
        classifier={own ? 'own' : 'committed'}
      />,
    )
  })

  app.post('/versions/:id/simulator', async (c) => {
    const id = idSchema.parse(c.req.param('id'))
    const form = formSchema.parse(await c.req.parseBody())
    const { version, flows, directory } = await runner(id)
    const { nlu, own } = await classifier(id)
    const restart = form.restart !== undefined
    let state = restart ? null : parseJson(form.state, flowStateSchema, null)
    const turns: SimTurn[] = restart ? [] : parseJson(form.log, z.array(simTurnSchema), [])
    const text = form.text.trim()
    const event: StepEvent | null = form.choice
      ? { type: 'choice', value: form.choice }
      : text
        ? { type: 'text', nlu: nlu.analyze(text) }
        : state === null
          ? { type: 'start' }
          : null
    if (event) {
      const now = simulatedTimes[form.at]!.at()
      const r = step(flows, state, { event, directory, now })
      state = r.state
      turns.push({
        you: form.choice ? `［${form.choice}］` : text,
        outputs: r.outputs,
        trace: { ...r.trace, slots: Object.entries(r.state.slots).map(([k, v]) => `${k}=${v}`) },
      })
    }
    return c.html(
      <SimulatorPage
        actor={c.get('actor')}
        version={version}
        turns={turns.slice(-MAX_TURNS)}
        state={state}
        at={form.at}
        classifier={own ? 'own' : 'committed'}
      />,
    )
  })
  return app
}
