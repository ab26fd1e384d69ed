import type { Directory } from '../core/directory.ts'
import type { AgencyMessage } from '../core/messages.ts'
import { CRISIS_KINDS } from '../core/nlu.ts'
import { type Concern, concernIds, type WardId, wardIds, wardNames } from '../core/taxonomy.ts'
import type { FlowSet } from './flow-set.ts'
import { adjacency, type FlowProblem, reachable } from './lint.ts'

// Route checks: every concern, in every ward and with no ward, must reach an agency with a verified
// phone. Needs the directory; the graph checks in lint.ts do not.

/** The route nodes a concern reaches from the resume node, with the concern each routes as. */
export const routesFor = (set: FlowSet, concern: Concern): { id: string; concern: Concern }[] => {
  const main = set.nodes[set.resume]
  if (main?.type !== 'classify') return []
  const first = main.branches[concern] ?? main.default
  const found = reachable(set, [first], adjacencyWithoutReclassify(set))
  return [...found]
    .filter((id) => set.nodes[id]?.type === 'route')
    .map((id) => {
      const n = set.nodes[id]!
      return { id, concern: (n.type === 'route' && n.concern) || concern }
    })
}

// Walking past another classify node would wander into every concern's branch.
const adjacencyWithoutReclassify = (set: FlowSet) => {
  const out = adjacency(set)
  for (const [id, n] of Object.entries(set.nodes)) if (n.type === 'classify') out.delete(id)
  return out
}

/**
 * Walk each concern to its route nodes and ask the directory, in every ward and with no ward, whether
 * a resident would get at least one agency with a verified phone.
 */
export const lintRoutes = (set: FlowSet, directory: Directory, now: Date): FlowProblem[] => {
  const problems: FlowProblem[] = []
  const main = set.nodes[set.resume]
  const wards: (WardId | null)[] = [...wardIds, null]
  const noPhone = new Set<string>()
  for (const concern of concernIds) {
    if (concern === 'crisis') continue
    const routes = routesFor(set, concern)
    const branchPath = main?.type === 'classify' && main.branches[concern] ? `branches.${concern}` : 'default'
    if (routes.length === 0) {
      problems.push({
        file: set.nodeFiles[set.resume]!,
        path: `nodes.${set.resume}.${branchPath}`,
        message: `相談の種類「${concern}」が、どの route ノードにもたどり着きません。この分岐から route ノードへつないでください`,
        severity: 'error',
      })
      continue
    }
    for (const r of routes) {
      for (const ward of wards) {
        const cards = directory.route(
          { concern: r.concern, ward, town: null, ageGroup: null, subject: null, urgent: false },
          now,
        )
        for (const c of cards) if (c.agency.phone === null) noPhone.add(c.agency.id)
        if (!cards.some((c) => c.agency.phone !== null)) {
          problems.push({
            file: set.nodeFiles[r.id]!,
            path: `nodes.${r.id}`,
            message: `${ward ? wardNames[ward] : '区が分からないとき'}の「${r.concern}」の相談で、確認済みの電話番号がある窓口が一つも出ません。flows/routing.yaml の concerns.${r.concern} に、電話番号が確認済みの窓口を加えてください`,
            severity: 'error',
          })
        }
      }
    }
  }
  for (const [id, node] of Object.entries(set.nodes)) {
    if (node.type !== 'route') continue
    node.add?.forEach((a, i) => {
      const agency = directory.agency(a.id)
      if (agency && agency.phone === null) noPhone.add(a.id)
      if (agency && agency.phone === null) {
        problems.push({
          file: set.nodeFiles[id]!,
          path: `nodes.${id}.add.${i}.id`,
          message: `窓口「${a.id}」には確認済みの電話番号がありません（ご案内に出ません）。data/kawasaki の窓口に出典つきで phone を加えてください`,
          severity: 'warning',
        })
      }
    })
  }
  const always: [string, AgencyMessage[]][] = [
    ...CRISIS_KINDS.map((k): [string, AgencyMessage[]] => [
      `緊急のときの窓口（crisis.${k}）`,
      directory.crisisLines(k, now),
    ]),
    ['市外の方への窓口（out_of_area）', directory.outOfArea(null, now)],
    ['いつでもつながる市の窓口（fallback）', directory.fallback(now)],
  ]
  for (const [what, cards] of always) {
    if (!cards.some((c) => c.agency.phone !== null)) {
      problems.push({
        file: 'flows/routing.yaml',
        path: '',
        message: `${what}に、確認済みの電話番号がある窓口がありません。flows/routing.yaml のその欄に、番号が確認済みの窓口を加えてください`,
        severity: 'error',
      })
    }
  }
  for (const id of [...noPhone].sort()) {
    problems.push({
      file: 'flows/routing.yaml',
      path: id,
      message: `窓口「${id}」は、確認済みの電話番号がないまま、番号のある窓口と並んで表示されます。data/kawasaki に出典つきで phone を加えるか、flows/routing.yaml から外してください`,
      severity: 'warning',
    })
  }
  return problems
}
