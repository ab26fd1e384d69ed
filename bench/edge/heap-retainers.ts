// npx tsx bench/edge/heap-retainers.ts <file.heapsnapshot> [n] [min KB] — what a heap snapshot keeps, by
// who keeps it: every node's retained size (its dominator subtree, weak edges ignored), then the n
// largest retainers that are not merely a larger one's only child, each with its path from the roots,
// and the ArrayBuffers' backing stores (V8 lists them as nodes of their own) by the object holding them.
// Take the snapshot with `node --expose-gc --import tsx bench/edge/worker-heap-probe.ts compact
// --snapshot=<file>`: the Worker's app after its first turn, as the probe measures it.
import { readFileSync } from 'node:fs'

const [file, nArg = '40', minArg = '256'] = process.argv.slice(2)
if (!file) throw new Error('usage: npx tsx bench/edge/heap-retainers.ts <file.heapsnapshot> [n] [min KB]')
const snap = JSON.parse(readFileSync(file, 'utf8')) as {
  snapshot: {
    meta: { node_fields: string[]; node_types: [string[]]; edge_fields: string[]; edge_types: [string[]] }
  }
  nodes: number[]
  edges: number[]
  strings: string[]
}
const { meta } = snap.snapshot
const NF = meta.node_fields.length
const EF = meta.edge_fields.length
const nType = meta.node_fields.indexOf('type')
const nName = meta.node_fields.indexOf('name')
const nSelf = meta.node_fields.indexOf('self_size')
const nEdges = meta.node_fields.indexOf('edge_count')
const eType = meta.edge_fields.indexOf('type')
const eName = meta.edge_fields.indexOf('name_or_index')
const eTo = meta.edge_fields.indexOf('to_node')
const nodeTypes = meta.node_types[0]
const edgeTypes = meta.edge_types[0]
const WEAK = edgeTypes.indexOf('weak')
const SHORTCUT = edgeTypes.indexOf('shortcut')
const N = snap.nodes.length / NF

const firstEdge = new Int32Array(N + 1)
for (let i = 0, e = 0; i < N; i++) {
  firstEdge[i] = e
  e += snap.nodes[i * NF + nEdges]! * EF
}
firstEdge[N] = snap.edges.length

const strong = (e: number) => {
  const t = snap.edges[e + eType]!
  return t !== WEAK && t !== SHORTCUT
}

// Dominators (Cooper, Harvey & Kennedy), over the nodes reachable from the root (node 0) by strong edges.
const order = new Int32Array(N).fill(-1) // reverse postorder number
const byOrder: number[] = []
{
  const stack: [number, number][] = [[0, firstEdge[0]!]]
  const seen = new Uint8Array(N)
  seen[0] = 1
  const post: number[] = []
  while (stack.length) {
    const top = stack[stack.length - 1]!
    const [v, e] = top
    if (e < firstEdge[v + 1]!) {
      top[1] = e + EF
      if (!strong(e)) continue
      const w = snap.edges[e + eTo]! / NF
      if (!seen[w]) {
        seen[w] = 1
        stack.push([w, firstEdge[w]!])
      }
    } else {
      post.push(v)
      stack.pop()
    }
  }
  for (let i = post.length - 1; i >= 0; i--) {
    order[post[i]!] = byOrder.length
    byOrder.push(post[i]!)
  }
}
const preds: number[][] = Array.from({ length: N }, () => [])
for (let v = 0; v < N; v++) {
  if (order[v] === -1) continue
  for (let e = firstEdge[v]!; e < firstEdge[v + 1]!; e += EF)
    if (strong(e)) {
      const w = snap.edges[e + eTo]! / NF
      if (order[w] !== -1) preds[w]!.push(v)
    }
}
const idom = new Int32Array(N).fill(-1)
idom[0] = 0
const intersect = (a: number, b: number) => {
  while (a !== b) {
    while (order[a]! > order[b]!) a = idom[a]!
    while (order[b]! > order[a]!) b = idom[b]!
  }
  return a
}
for (let changed = true; changed; ) {
  changed = false
  for (let k = 1; k < byOrder.length; k++) {
    const v = byOrder[k]!
    let d = -1
    for (const p of preds[v]!) if (idom[p] !== -1) d = d === -1 ? p : intersect(p, d)
    if (d !== -1 && idom[v] !== d) {
      idom[v] = d
      changed = true
    }
  }
}
const retained = new Float64Array(N)
for (let k = byOrder.length - 1; k >= 0; k--) {
  const v = byOrder[k]!
  retained[v]! += snap.nodes[v * NF + nSelf]!
  if (v !== 0) retained[idom[v]!]! += retained[v]!
}

const type = (v: number) => nodeTypes[snap.nodes[v * NF + nType]!] ?? '?'
const name = (v: number) => snap.strings[snap.nodes[v * NF + nName]!]!
const label = (v: number) => {
  const n = name(v).replace(/\s+/g, ' ')
  return `${type(v)} ${n.length > 60 ? `${n.slice(0, 57)}…` : n}`
}
// The edge by which the dominator (or the first strong retainer) holds v, for the path.
const via = (v: number): [number, string] => {
  const d = idom[v]!
  let fallback: [number, string] | undefined
  for (const p of preds[v]!) {
    for (let e = firstEdge[p]!; e < firstEdge[p + 1]!; e += EF) {
      if (!strong(e) || snap.edges[e + eTo]! / NF !== v) continue
      const t = edgeTypes[snap.edges[e + eType]!]
      const raw = snap.edges[e + eName]!
      const n = t === 'element' || t === 'hidden' ? `[${raw}]` : snap.strings[raw]!
      if (p === d) return [p, n]
      fallback ??= [p, n]
    }
  }
  return fallback ?? [d, '?']
}
const path = (v: number) => {
  const parts: string[] = []
  for (let x = v, k = 0; x !== 0 && k < 12; k++) {
    const [p, edge] = via(x)
    parts.push(edge.length > 40 ? `${edge.slice(0, 37)}…` : edge)
    x = idom[x]! === x ? 0 : idom[x]!
    if (p === 0) break
  }
  return parts.reverse().join(' › ')
}
const mb = (b: number) => (b / 1024 / 1024).toFixed(2)

const n = Number(nArg)
const min = Number(minArg) * 1024
// The dominator tree down to `min`: each node's children sorted by retained size; a chain of single
// wrappers (a child that keeps more than 90 % of its parent) is printed on the parent's line.
const children: number[][] = Array.from({ length: N }, () => [])
for (const v of byOrder) if (v !== 0) children[idom[v]!]!.push(v)
const edgeName = (v: number) => {
  const e = via(v)[1]
  return e.length > 40 ? `${e.slice(0, 37)}…` : e
}
console.log(`total retained from the root: ${mb(retained[0]!)} MB over ${byOrder.length} nodes`)
console.log('\ndominator tree (MB retained): edge (node), down to the given size:')
let printed = 0
const show = (v: number, depth: number) => {
  if (printed >= n) return
  let line = `${edgeName(v)} (${label(v)})`
  let at = v
  for (;;) {
    const big = children[at]!.filter((c) => retained[c]! > 0.9 * retained[at]!)
    if (big.length !== 1) break
    at = big[0]!
    line += ` › ${edgeName(at)} (${label(at)})`
  }
  printed++
  console.log(`${mb(retained[v]!).padStart(7)} ${'  '.repeat(depth)}${line}`)
  const kids = children[at]!.filter((c) => retained[c]! >= min).sort((a, b) => retained[b]! - retained[a]!)
  for (const c of kids) show(c, depth + 1)
}
for (const c of children[0]!.filter((c) => retained[c]! >= min).sort((a, b) => retained[b]! - retained[a]!))
  show(c, 0)

// Backing stores: who holds each (the ArrayBuffer, then what holds the ArrayBuffer).
console.log('\narray buffer backing stores (MB) by holder:')
const stores: [number, number][] = []
for (let v = 0; v < N; v++)
  if (name(v) === 'system / JSArrayBufferData') stores.push([v, snap.nodes[v * NF + nSelf]!])
stores.sort((a, b) => b[1] - a[1])
let small = 0
for (const [v, size] of stores) {
  if (size < min) {
    small += size
    continue
  }
  console.log(`${mb(size).padStart(7)}  ${path(v)}`)
}
console.log(`${mb(small).padStart(7)}  (${stores.filter(([, s]) => s < min).length} smaller ones)`)

// Self sizes by kind of node (type and, for objects, constructor), the heap's make-up.
console.log('\nself size by kind (MB, count):')
const kinds = new Map<string, [number, number]>()
for (const v of byOrder) {
  const t = type(v)
  const k = t === 'object' || t === 'native' || t === 'hidden' ? `${t} ${name(v).slice(0, 50)}` : t
  const c = kinds.get(k) ?? [0, 0]
  c[0] += snap.nodes[v * NF + nSelf]!
  c[1]++
  kinds.set(k, c)
}
for (const [k, [size, count]] of [...kinds].sort((a, b) => b[1][0] - a[1][0]).slice(0, n))
  console.log(`${mb(size).padStart(7)} ${String(count).padStart(8)}  ${k}`)
