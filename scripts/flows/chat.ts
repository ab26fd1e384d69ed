import { createInterface } from 'node:readline/promises'
import { MAX_TEXT_LENGTH } from '../../src/core/messages.ts'
import { step } from '../../src/flow/engine.ts'
import type { StepEvent } from '../../src/flow/input.ts'
import { parseFlows } from '../../src/flow/parse.ts'
import type { FlowState } from '../../src/flow/state.ts'
import { loadDirectory, loadLocateWard, loadNlu } from './deps.ts'
import { readFlowFiles } from './load.ts'
import { renderOutputs, renderTrace } from './render.ts'

const help = 'type a message; /tap <value> taps a button, /loc <lat> <lng> shares a location, /start, /quit'

/** `flows chat`: the real NLU, flows and directory, one conversation in the terminal. */
export const runChat = async (): Promise<number> => {
  const flows = parseFlows(readFlowFiles())
  const dir = await loadDirectory()
  const nlu = await loadNlu()
  const locateWard = await loadLocateWard()
  const rl = createInterface({ input: process.stdin, output: process.stdout })
  console.log(help)
  let state: FlowState | null = null
  const run = (event: StepEvent) => {
    const r = step(flows, state, { event, directory: dir.directory, now: new Date() })
    state = r.state
    console.log(renderOutputs(r.outputs))
    console.log(renderTrace(r))
  }
  run({ type: 'start' })
  rl.setPrompt('you> ')
  rl.prompt()
  // Iterating keeps every line, also when the input is piped in faster than we answer.
  for await (const raw of rl) {
    const line = raw.trim()
    if (line === '/quit' || line === '/exit') break
    if (line === '/start') run({ type: 'start' })
    else if (line.startsWith('/tap ')) run({ type: 'choice', value: line.slice(5).trim() })
    else if (line.startsWith('/loc ')) {
      const [lat, lng] = line.slice(5).trim().split(/\s+/).map(Number)
      run({ type: 'location', ward: locateWard?.(lat ?? 0, lng ?? 0) ?? null })
    } else if (line.startsWith('/')) console.log(help)
    else if (line.length > MAX_TEXT_LENGTH) console.log(`bot> ${flows.handlers.too_long}`)
    else if (line !== '') run({ type: 'text', nlu: nlu.analyze(line) })
    rl.prompt()
  }
  rl.close()
  return 0
}
