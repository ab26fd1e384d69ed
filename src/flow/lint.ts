import { ageGroupIds, concernIds, subjectIds, wardIds } from '../core/taxonomy.ts'
import type { FlowSet } from './flow-set.ts'
import { danglingTargets, edges } from './parse.ts'
import { builtinSlots } from './schema.ts'

export interface FlowProblem {
  file: string
  path: string
  message: string
  severity: 'error' | 'warning'
}

const waits = new Set(['ask', 'classify', 'end'])

/** Values a switch may compare a built-in slot with; anything else can never match. */
const slotValues: Record<string, readonly (string | number)[]> = {
  concern: concernIds,
  ward: [...wardIds, 'unknown'],
  subject: subjectIds,
  subject_named: subjectIds,
  age_group: ageGroupIds,
}

export const reachable = (set: FlowSet, roots: string[], out: Map<string, string[]>): Set<string> => {
  const seen = new Set<string>()
  const todo = [...roots]
  while (todo.length > 0) {
    const id = todo.pop()!
    if (seen.has(id) || !set.nodes[id]) continue
    seen.add(id)
    todo.push(...(out.get(id) ?? []))
  }
  return seen
}

export const adjacency = (set: FlowSet) => {
  const out = new Map<string, string[]>()
  for (const [from, to] of edges(set)) out.set(from, [...(out.get(from) ?? []), to])
  return out
}

/** Graph checks: unreachable nodes, loops that never stop, dangling targets, unknown slots and ids. */
export const lintGraph = (set: FlowSet, agencyIds: readonly string[]): FlowProblem[] => {
  const problems: FlowProblem[] = danglingTargets(set).map((d) => ({ ...d, severity: 'error' as const }))
  const at = (id: string) => set.nodeFiles[id] ?? set.mainFile
  const out = adjacency(set)
  const menuTargets = set.menu.flatMap((m) => ('goto' in m ? [m.goto] : []))
  const live = reachable(set, [set.start, set.resume, ...menuTargets], out)
  for (const id of Object.keys(set.nodes)) {
    if (!live.has(id)) {
      problems.push({
        file: at(id),
        path: `nodes.${id}`,
        message:
          'どのノードからもたどり着けません。どこかの next か分岐からつなぐか、使わないなら削除してください',
        severity: 'warning',
      })
    }
  }
  // A node that can never reach a question or an end would loop forever.
  for (const id of Object.keys(set.nodes)) {
    const ahead = reachable(set, [id], out)
    if (![...ahead].some((n) => waits.has(set.nodes[n]!.type) || isTerminalHandoff(set, n))) {
      problems.push({
        file: at(id),
        path: `nodes.${id}`,
        message: '質問も終わりもないまま回り続けます。この先に ask か end のノードを置いてください',
        severity: 'error',
      })
    }
  }
  const known = new Set<string>([...builtinSlots, ...Object.keys(set.slots)])
  for (const [id, node] of Object.entries(set.nodes)) {
    const p = `nodes.${id}`
    if (node.type === 'ask') {
      if (!known.has(node.slot)) {
        problems.push({
          file: at(id),
          path: `${p}.slot`,
          message: `スロット「${node.slot}」は定義されていません。${set.mainFile} の slots: に加えてください`,
          severity: 'error',
        })
      }
      if (node.parser === 'choice' && !node.choices?.length) {
        problems.push({
          file: at(id),
          path: `${p}.choices`,
          message: 'parser: choice には choices（選択肢）が必要です',
          severity: 'error',
        })
      }
    }
    if (node.type === 'switch') {
      node.cases.forEach((c, i) => {
        for (const [slot, cond] of Object.entries(c.when)) {
          const wp = `${p}.cases.${i}.when.${slot}`
          if (!known.has(slot))
            problems.push({
              file: at(id),
              path: wp,
              message: `スロット「${slot}」は定義されていません`,
              severity: 'error',
            })
          const allowed = slotValues[slot]
          const values = (Array.isArray(cond) ? cond : [cond]).filter(
            (v) => v !== '$missing' && v !== '$present',
          )
          for (const v of values) {
            if (allowed && !allowed.includes(v as string)) {
              problems.push({
                file: at(id),
                path: wp,
                message: `「${v}」は使えない値です（使える値: ${allowed.join(', ')}）`,
                severity: 'error',
              })
            }
          }
        }
      })
    }
    if (node.type === 'route') {
      node.add?.forEach((a, i) => {
        if (!agencyIds.includes(a.id)) {
          problems.push({
            file: at(id),
            path: `${p}.add.${i}.id`,
            message: `窓口 id「${a.id}」は data/kawasaki にありません。id を確かめてください`,
            severity: 'error',
          })
        }
      })
    }
  }
  return problems
}

const isTerminalHandoff = (set: FlowSet, id: string) => {
  const n = set.nodes[id]
  return n?.type === 'handoff' && !n.next
}

export const formatProblem = (p: FlowProblem) =>
  `${p.severity === 'error' ? 'error  ' : 'warning'} ${p.file} › ${p.path}: ${p.message}`
