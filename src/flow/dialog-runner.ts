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

// Failures are read by staff (npm run flows -- test, the console's 「チェック」): each names the
// dialog's `expect` field it breaks, what it expected and what the bot did, in Japanese.
const shown = (x: unknown) => (x === undefined || x === null ? 'なし' : String(x))
const list = (xs: string[]) => (xs.length > 0 ? xs.join('、') : 'なし')

export const checkTurn = (flows: FlowSet, r: StepResult, e: DialogExpect): string[] => {
  const f: string[] = []
  const cards = r.outputs.flatMap((o) => (o.type === 'agency' ? [o] : []))
  const kinds = cards.map((c) => c.agency.kind)
  const want = <T>(name: string, expected: T | undefined, actual: T) => {
    if (expected !== undefined && expected !== actual)
      f.push(`${name}: 「${shown(expected)}」のはずが「${shown(actual)}」でした`)
  }
  want('concern', e.concern, r.trace.concern)
  want('label', e.label, r.trace.label)
  want('ward', e.ward, (r.state.slots.ward as string | undefined) ?? null)
  want('asks', e.asks, askedNow(flows, r.state))
  want('handler', e.handler, r.trace.handler)
  want('first_kind', e.first_kind, kinds[0])
  for (const k of [...(e.kinds ?? []), ...(e.kind ? [e.kind] : [])]) {
    if (!kinds.includes(k)) f.push(`kind: 種類「${k}」の窓口が出ていません（出た種類: ${list(kinds)}）`)
  }
  if (e.any_kind && !e.any_kind.includes(kinds[0]!))
    f.push(
      `any_kind: 最初の窓口の種類が「${shown(kinds[0])}」でした（${e.any_kind.join('・')} のどれかのはず）`,
    )
  if (e.not_concern && r.trace.concern === e.not_concern)
    f.push(`not_concern: 相談の種類が「${e.not_concern}」になりました（ならないはず）`)
  if (e.not_kind && kinds.includes(e.not_kind))
    f.push(`not_kind: 種類「${e.not_kind}」の窓口が出ました（出ないはず）`)
  if (e.agency && !r.trace.agencies.includes(e.agency))
    f.push(`agency: 窓口「${e.agency}」が出ていません（出た窓口: ${list(r.trace.agencies)}）`)
  if (e.not_agency && r.trace.agencies.includes(e.not_agency))
    f.push(`not_agency: 窓口「${e.not_agency}」が出ました（出ないはず）`)
  want('first_agency', e.first_agency, r.trace.agencies[0])
  const reasons = cards.map((c) => c.reason)
  if (e.reason !== undefined && !reasons.some((x) => x.includes(e.reason!)))
    f.push(`reason: 「${e.reason}」と書いた窓口がありません（理由: ${list(reasons)}）`)
  if (e.not_reason !== undefined && reasons.some((x) => x.includes(e.not_reason!)))
    f.push(`not_reason: 「${e.not_reason}」と書いた窓口が出ました（出ないはず）`)
  if (e.tel === true && !cards.some((c) => c.agency.tel?.startsWith('tel:')))
    f.push('tel: 電話番号をタップできる窓口がありません')
  if (e.no_agency === true && cards.length > 0)
    f.push(`no_agency: 窓口が出ました（出ないはず）: ${list(r.trace.agencies)}`)
  if (e.handoff !== undefined && e.handoff !== r.outputs.some((o) => o.type === 'handoff'))
    f.push(`handoff: 担当者への引き継ぎが${e.handoff ? 'ありません（あるはず）' : 'ありました（ないはず）'}`)
  const said = r.outputs.flatMap((o) => ('text' in o ? [o.text] : []))
  if (e.says !== undefined && !said.some((t) => t.includes(e.says!)))
    f.push(`says: 「${e.says}」を含むメッセージがありません`)
  const offered = r.outputs.flatMap((o) => (o.type === 'choices' ? o.choices.map((c) => c.value) : []))
  for (const v of e.choices ?? [])
    if (!offered.includes(v)) f.push(`choices: 選択肢「${v}」がありません（あった選択肢: ${list(offered)}）`)
  return f
}

/**
 * One line per failure for staff: the file, the dialog, the turn (1, 2, … as written in the file) with
 * what was said or tapped, then the failure: `tests/dialogs/fit.yaml › 中原区の子育て › 2回目「中原区」: …`.
 */
export const failureLines = (file: string, dialog: string, reports: TurnReport[]): string[] =>
  reports.flatMap((r, i) => r.failures.map((f) => `${file} › ${turnPath(dialog, i, r.input)}: ${f}`))

/** Where in a golden dialog, as staff count turns: `中原区の子育て › 2回目「中原区」` (`index` from 0). */
export const turnPath = (dialog: string, index: number, input: string) =>
  `${dialog} › ${index + 1}回目「${input}」`

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
