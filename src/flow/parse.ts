import type { z } from 'zod'
import { DataFileError } from '../core/errors.ts'
import type { ProjectFile } from '../core/source-file.ts'
import { readYaml } from '../project/yaml-file.ts'
import type { FlowSet } from './flow-set.ts'
import { type FlowFile, flowFileSchema } from './schema.ts'

type Issue = { path: string; message: string }

const zodPath = (path: readonly PropertyKey[]) => path.map(String).join('.')

const parseOne = (file: ProjectFile): FlowFile => {
  const parsed = flowFileSchema.safeParse(readYaml(file) ?? {})
  if (!parsed.success) throw new DataFileError(file.path, toIssues(parsed.error))
  return parsed.data
}

const toIssues = (error: z.ZodError): Issue[] =>
  error.issues.map((i) => ({ path: zodPath(i.path), message: i.message }))

const mainKeys = ['start', 'resume', 'settings', 'handlers', 'menu'] as const

/**
 * Flow files → one FlowSet. Pure: callers read the files. Each file is checked against the schema,
 * then across files: node ids unique, exactly one file holds start/resume/settings/handlers/menu.
 * Graph checks that are only warnings (unreachable nodes...) live in lint.ts.
 */
export const parseFlows = (files: ProjectFile[]): FlowSet => {
  if (files.length === 0) throw new DataFileError('flows/', [{ path: '', message: 'no flow files found' }])
  const parsed = files.map((f) => ({ file: f.path, flow: parseOne(f) }))
  const nodes: FlowSet['nodes'] = {}
  const nodeFiles: Record<string, string> = {}
  for (const { file, flow } of parsed) {
    for (const [id, node] of Object.entries(flow.nodes)) {
      if (nodeFiles[id]) {
        throw new DataFileError(file, [
          { path: `nodes.${id}`, message: `node id already used in ${nodeFiles[id]}; rename one of them` },
        ])
      }
      nodes[id] = node
      nodeFiles[id] = file
    }
  }
  const mains = parsed.filter(({ flow }) => mainKeys.some((k) => flow[k] !== undefined))
  if (mains.length !== 1) {
    const where = mains.map((m) => m.file).join(', ') || 'none'
    throw new DataFileError(mains[1]?.file ?? files[0]!.path, [
      { path: '', message: `exactly one flow file must hold ${mainKeys.join('/')} (found: ${where})` },
    ])
  }
  const { file: mainFile, flow: main } = mains[0]!
  const missing = mainKeys.filter((k) => main[k] === undefined)
  if (missing.length > 0) {
    throw new DataFileError(
      mainFile,
      missing.map((k) => ({ path: k, message: 'required in the main flow file' })),
    )
  }
  const set: FlowSet = {
    start: main.start!,
    resume: main.resume!,
    settings: main.settings!,
    handlers: main.handlers!,
    menu: main.menu!,
    concernNames: main.concern_names ?? {},
    slots: main.slots ?? {},
    nodes,
    nodeFiles,
    mainFile,
  }
  const dangling = danglingTargets(set)
  if (dangling.length > 0) {
    const byFile = new Map<string, Issue[]>()
    for (const d of dangling) byFile.set(d.file, [...(byFile.get(d.file) ?? []), d])
    const [file, issues] = [...byFile.entries()][0]!
    throw new DataFileError(file, issues)
  }
  if (set.nodes[set.resume]?.type !== 'classify') {
    throw new DataFileError(mainFile, [{ path: 'resume', message: 'must name a classify node' }])
  }
  return set
}

/** Every `next`/`default`/branch/goto that names no node. The engine cannot run with one. */
export const danglingTargets = (set: FlowSet): (Issue & { file: string })[] => {
  const out: (Issue & { file: string })[] = []
  const check = (file: string, path: string, target: string | undefined) => {
    if (target !== undefined && !set.nodes[target]) {
      out.push({
        file,
        path,
        message: `ノード「${target}」はありません。そのノードを加えるか、名前を直してください`,
      })
    }
  }
  check(set.mainFile, 'start', set.start)
  check(set.mainFile, 'resume', set.resume)
  set.menu.forEach((m, i) => {
    if ('goto' in m) check(set.mainFile, `menu.${i}.goto`, m.goto)
  })
  for (const [id, target, path] of edges(set)) check(set.nodeFiles[id]!, path, target)
  return out
}

/** [from node, to node, yaml path] for every edge in the graph. */
export const edges = (set: FlowSet): [string, string, string][] => {
  const out: [string, string, string][] = []
  for (const [id, node] of Object.entries(set.nodes)) {
    const p = `nodes.${id}`
    switch (node.type) {
      case 'message':
      case 'ask':
      case 'route':
        out.push([id, node.next, `${p}.next`])
        break
      case 'handoff':
        if (node.next) out.push([id, node.next, `${p}.next`])
        break
      case 'classify':
        for (const [c, t] of Object.entries(node.branches)) if (t) out.push([id, t, `${p}.branches.${c}`])
        out.push([id, node.default, `${p}.default`])
        break
      case 'switch':
        node.cases.forEach((c, i) => {
          out.push([id, c.next, `${p}.cases.${i}.next`])
        })
        out.push([id, node.default, `${p}.default`])
        break
      case 'end':
        break
    }
  }
  return out
}
