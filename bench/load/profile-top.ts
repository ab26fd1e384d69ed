// npx tsx bench/load/profile-top.ts <file.cpuprofile> [n] [filter] — a CPU profile's top functions by
// self and by inclusive time, as shares of the busy (non-idle) samples: what turn-ab's AB_PROFILE wrote.
// A heap profile (AB_HEAP_PROFILE) reads the same way, in bytes allocated (its 'ms' column is then KB).
// `filter` (a substring of the file path) keeps only the functions of those files in the inclusive list.
import { readFileSync } from 'node:fs'

type Node = {
  id: number
  callFrame: { functionName: string; url: string; lineNumber: number }
  children?: number[]
}
type Profile = { nodes: Node[]; samples: number[]; timeDeltas: number[] }
type HeapNode = { id: number; callFrame: Node['callFrame']; selfSize: number; children: HeapNode[] }

/**
 * A sampled heap profile (turn-ab's AB_HEAP_PROFILE) as a CPU profile whose samples weigh bytes: one
 * sample per node, its self size as the delta. Its lines then read as shares of what was allocated.
 */
const fromHeap = (head: HeapNode): Profile => {
  const nodes: Node[] = []
  const samples: number[] = []
  const timeDeltas = [0]
  const walk = (n: HeapNode) => {
    nodes.push({ id: n.id, callFrame: n.callFrame, children: n.children.map((c) => c.id) })
    if (n.selfSize > 0) {
      samples.push(n.id)
      timeDeltas.push(n.selfSize)
    }
    for (const c of n.children) walk(c)
  }
  walk(head)
  return { nodes, samples, timeDeltas }
}

const [file, n = '30', filter = ''] = process.argv.slice(2)
if (!file) throw new Error('usage: tsx bench/load/profile-top.ts <file.cpuprofile> [n] [filter]')
const read = JSON.parse(readFileSync(file, 'utf8')) as Profile | { head: HeapNode }
const profile: Profile = 'head' in read ? fromHeap(read.head) : read
const byId = new Map(profile.nodes.map((node) => [node.id, node]))
const parent = new Map<number, number>()
for (const node of profile.nodes) for (const c of node.children ?? []) parent.set(c, node.id)

const key = (node: Node) => {
  const { functionName, url, lineNumber } = node.callFrame
  const where = url.replace(/^.*\/(src|node_modules|bench)\//, '$1/')
  return `${functionName || '(anonymous)'} ${where}:${lineNumber + 1}`
}
const idle = new Set(['(idle)', '(program)'])
const self = new Map<string, number>()
const inclusive = new Map<string, number>()
let busy = 0
for (const [i, id] of profile.samples.entries()) {
  const us = profile.timeDeltas[i + 1] ?? 0
  const node = byId.get(id)!
  if (idle.has(node.callFrame.functionName)) continue
  busy += us
  self.set(key(node), (self.get(key(node)) ?? 0) + us)
  // Each function once per sample, however deep it recurses.
  const seen = new Set<string>()
  for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
    const k = key(byId.get(at)!)
    if (seen.has(k)) continue
    seen.add(k)
    inclusive.set(k, (inclusive.get(k) ?? 0) + us)
  }
}
const top = (m: Map<string, number>, keep: (k: string) => boolean) =>
  [...m]
    .filter(([k]) => keep(k))
    .sort((a, b) => b[1] - a[1])
    .slice(0, Number(n))
    .map(
      ([k, us]) =>
        `${((100 * us) / busy).toFixed(1).padStart(5)} %  ${(us / 1000).toFixed(0).padStart(6)} ms  ${k}`,
    )
console.log(`busy ${(busy / 1000).toFixed(0)} ms\n\nself:\n${top(self, () => true).join('\n')}`)
console.log(`\ninclusive:\n${top(inclusive, (k) => k.includes(filter)).join('\n')}`)
