import { parse } from 'yaml'
import type { Directory } from '../core/directory.ts'
import { DataFileError } from '../core/errors.ts'
import type { Nlu } from '../core/nlu.ts'
import type { SourceFile } from '../core/source-file.ts'
import type { WardId } from '../core/taxonomy.ts'
import { type Dialog, type DialogExpect, type DialogTurn, dialogFileSchema } from './dialog-schema.ts'
import { step } from './engine.ts'
import type { FlowSet } from './flow-set.ts'
import type { StepEvent, StepResult } from './input.ts'
import type { FlowState } from './state.ts'

export const DEFAULT_DIALOG_NOW = '2026-11-25T01:00:00Z' // a Wednesday, 10:00 in Japan

export interface DialogDeps {
  flows: FlowSet
  nlu: Nlu
  directory: Directory
  locateWard?: (lat: number, lng: number) => { ward: WardId | 'outside'; place: string } | null
}

export interface TurnReport {
  input: string
  result: StepResult
  failures: string[]
}

export const parseDialogFile = (file: SourceFile): Dialog[] => {
  const parsed = dialogFileSchema.safeParse(parse(file.text))
  if (!parsed.success) {
    throw new DataFileError(
      file.path,
      parsed.error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message })),
    )
  }
  return parsed.data.dialogs
}

const toEvent = (turn: DialogTurn, deps: DialogDeps): StepEvent => {
  if ('say' in turn) return { type: 'text', nlu: deps.nlu.analyze(turn.say) }
  if ('tap' in turn) return { type: 'choice', value: turn.tap }
  if ('location' in turn) return { type: 'location', ward: deps.locateWard?.(...turn.location) ?? null }
  if ('sticker' in turn) return { type: 'unsupported' }
  return { type: 'start' }
}

const describe = (turn: DialogTurn) =>
  'say' in turn
    ? turn.say
    : 'tap' in turn
      ? `[tap ${turn.tap}]`
      : 'location' in turn
        ? '[location]'
        : 'sticker' in turn
          ? '[sticker]'
          : '[start]'

/** What is being asked after this turn: a slot, `concern` at a classify node, or `nothing`. */
export const askedNow = (flows: FlowSet, state: FlowState): string => {
  if (state.node === null) return 'nothing'
  const node = flows.nodes[state.node]
  if (node?.type === 'ask') return node.slot
  return 'concern'
}

export const checkTurn = (flows: FlowSet, r: StepResult, e: DialogExpect): string[] => {
  const f: string[] = []
  const cards = r.outputs.flatMap((o) => (o.type === 'agency' ? [o] : []))
  const kinds = cards.map((c) => c.agency.kind)
  const want = <T>(name: string, expected: T | undefined, actual: T) => {
    if (expected !== undefined && expected !== actual)
      f.push(`${name}: expected ${String(expected)}, got ${String(actual)}`)
  }
  want('concern', e.concern, r.trace.concern)
  want('label', e.label, r.trace.label)
  want('ward', e.ward, (r.state.slots.ward as string | undefined) ?? null)
  want('asks', e.asks, askedNow(flows, r.state))
  want('handler', e.handler, r.trace.handler)
  want('first_kind', e.first_kind, kinds[0])
  for (const k of [...(e.kinds ?? []), ...(e.kind ? [e.kind] : [])]) {
    if (!kinds.includes(k)) f.push(`kind: expected a ${k} agency, got [${kinds.join(', ')}]`)
  }
  if (e.any_kind && !e.any_kind.includes(kinds[0]!))
    f.push(`any_kind: first agency is ${kinds[0] ?? 'none'}, expected one of ${e.any_kind.join('/')}`)
  if (e.not_concern && r.trace.concern === e.not_concern) f.push(`not_concern: was ${e.not_concern}`)
  if (e.not_kind && kinds.includes(e.not_kind)) f.push(`not_kind: ${e.not_kind} was shown`)
  if (e.agency && !r.trace.agencies.includes(e.agency))
    f.push(`agency: expected ${e.agency}, got [${r.trace.agencies.join(', ')}]`)
  if (e.not_agency && r.trace.agencies.includes(e.not_agency)) f.push(`not_agency: ${e.not_agency} was shown`)
  want('first_agency', e.first_agency, r.trace.agencies[0])
  const reasons = cards.map((c) => c.reason)
  if (e.reason !== undefined && !reasons.some((x) => x.includes(e.reason!)))
    f.push(`reason: no card says 「${e.reason}」 (got ${reasons.join(' / ')})`)
  if (e.not_reason !== undefined && reasons.some((x) => x.includes(e.not_reason!)))
    f.push(`not_reason: a card says 「${e.not_reason}」`)
  if (e.tel === true && !cards.some((c) => c.agency.tel?.startsWith('tel:')))
    f.push('tel: no agency with a tappable phone')
  if (e.no_agency === true && cards.length > 0) f.push(`no_agency: got [${r.trace.agencies.join(', ')}]`)
  if (e.handoff !== undefined && e.handoff !== r.outputs.some((o) => o.type === 'handoff'))
    f.push(`handoff: expected ${e.handoff}`)
  const said = r.outputs.flatMap((o) => ('text' in o ? [o.text] : []))
  if (e.says !== undefined && !said.some((t) => t.includes(e.says!)))
    f.push(`says: no message contains 「${e.says}」`)
  const offered = r.outputs.flatMap((o) => (o.type === 'choices' ? o.choices.map((c) => c.value) : []))
  for (const v of e.choices ?? [])
    if (!offered.includes(v)) f.push(`choices: ${v} not offered (got ${offered.join(' ')})`)
  return f
}

/** Play a golden conversation through the engine as the service would (analyze, then step). */
export const runDialog = (dialog: Dialog, deps: DialogDeps): TurnReport[] => {
  const now = new Date(dialog.now ?? DEFAULT_DIALOG_NOW)
  let state: FlowState | null = null
  return dialog.turns.map((turn) => {
    const result = step(deps.flows, state, { event: toEvent(turn, deps), directory: deps.directory, now })
    state = result.state
    return { input: describe(turn), result, failures: checkTurn(deps.flows, result, turn.expect) }
  })
}
