import type { FlowSet } from './flow-set.ts'
import { edges } from './parse.ts'

const shape = (id: string, type: string, label: string) => {
  const text = `${id}<br/><small>${type}</small>${label ? `<br/>${label}` : ''}`.replace(/"/g, "'")
  switch (type) {
    case 'classify':
    case 'switch':
      return `${id}{"${text}"}`
    case 'route':
    case 'handoff':
      return `${id}[["${text}"]]`
    case 'end':
      return `${id}(["${text}"])`
    default:
      return `${id}["${text}"]`
  }
}

/** A Mermaid flowchart of the graph (or of the nodes in one file), for review in a pull request. */
export const toMermaid = (set: FlowSet, onlyFile?: string): string => {
  const ids = Object.keys(set.nodes).filter((id) => !onlyFile || set.nodeFiles[id] === onlyFile)
  const keep = new Set(ids)
  const lines = ['flowchart TD']
  for (const id of ids) {
    const n = set.nodes[id]!
    const label = n.type === 'ask' ? `→ ${n.slot}` : n.type === 'route' && n.concern ? n.concern : ''
    lines.push(`  ${shape(id, n.type, label)}`)
  }
  if (!onlyFile || set.mainFile === onlyFile) {
    lines.push('  menu(("menu"))')
    for (const m of set.menu) if ('goto' in m) lines.push(`  menu -- "${m.label}" --> ${m.goto}`)
  }
  for (const [from, to, path] of edges(set)) {
    if (!keep.has(from)) continue
    const branch =
      path.match(/branches\.(\w+)$/)?.[1] ??
      (path.endsWith('.default')
        ? 'default'
        : path.match(/cases\.(\d+)/)
          ? `case ${path.match(/cases\.(\d+)/)![1]}`
          : '')
    lines.push(branch ? `  ${from} -- ${branch} --> ${to}` : `  ${from} --> ${to}`)
  }
  return lines.join('\n')
}
