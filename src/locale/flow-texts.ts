import type { ResidentLanguage } from '../core/language.ts'
import { type WardId, wardNames } from '../core/taxonomy.ts'
import type { FlowSet } from '../flow/flow-set.ts'
import { PARSER_LABELS } from '../flow/nodes/ask.ts'
import type { FlowHandlers } from '../flow/schema.ts'
import { type LocaleBook, lookup } from './locale-book.ts'

// Every string of the flows a resident reads, as a locale key with its Japanese source and the file
// it stands in; and the FlowSet with those strings in another language. The engine runs the
// translated FlowSet unchanged, so no executor knows about languages.

export interface SourceText {
  key: string
  text: string
  /** The file holding the Japanese source (flows/main.yaml...). */
  file: string
}

const menuKey = (m: FlowSet['menu'][number]) => ('concern' in m ? m.concern : m.goto)

/** A sub-menu may offer one concern twice (「生活費」「仕事」 both livelihood): the second is `<concern>_2`. */
const choiceKeys = (choices: { concern: string }[]) => {
  const seen = new Map<string, number>()
  return choices.map(({ concern }) => {
    const n = (seen.get(concern) ?? 0) + 1
    seen.set(concern, n)
    return n === 1 ? concern : `${concern}_${n}`
  })
}

export const flowTexts = (set: FlowSet): SourceText[] => {
  const out: SourceText[] = []
  const add = (file: string, key: string, text: string) => out.push({ key, text, file })
  const main = set.mainFile
  for (const [k, v] of Object.entries(set.handlers)) {
    if (typeof v === 'string') add(main, `handlers.${k}`, v)
    else for (const [k2, v2] of Object.entries(v)) add(main, `handlers.${k}.${k2}`, v2)
  }
  for (const m of set.menu) add(main, `menu.${menuKey(m)}`, m.label)
  for (const [c, name] of Object.entries(set.concernNames)) if (name) add(main, `concern_names.${c}`, name)
  for (const [id, node] of Object.entries(set.nodes)) {
    const file = set.nodeFiles[id] ?? main
    const p = `nodes.${id}`
    if ('text' in node && node.text) add(file, `${p}.text`, node.text)
    if (node.type === 'ask') for (const c of node.choices ?? []) add(file, `${p}.choices.${c.value}`, c.label)
    if (node.type === 'classify') {
      const keys = choiceKeys(node.choices ?? [])
      for (const [i, c] of (node.choices ?? []).entries()) add(file, `${p}.choices.${keys[i]}`, c.label)
    }
    if (node.type === 'route') for (const a of node.add ?? []) add(file, `${p}.add.${a.id}`, a.reason)
  }
  for (const [w, name] of Object.entries(wardNames)) add('src/core/taxonomy.ts', `wards.${w}`, name)
  for (const [k, text] of Object.entries(PARSER_LABELS)) add('src/flow/nodes/ask.ts', `parsers.${k}`, text)
  return out
}

const translateHandlers = (h: FlowHandlers, t: (key: string, source: string) => string): FlowHandlers => {
  const out: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(h)) {
    out[k] =
      typeof v === 'string'
        ? t(`handlers.${k}`, v)
        : Object.fromEntries(Object.entries(v).map(([k2, v2]) => [k2, t(`handlers.${k}.${k2}`, v2)]))
  }
  return out as FlowHandlers
}

/** The FlowSet in `lang`: each string its translation, else やさしい日本語, else the Japanese source. */
export const translateFlowSet = (set: FlowSet, book: LocaleBook, lang: ResidentLanguage): FlowSet => {
  const t = (key: string, source: string) => lookup(book, lang, key, source)
  const nodes: FlowSet['nodes'] = {}
  for (const [id, node] of Object.entries(set.nodes)) {
    const p = `nodes.${id}`
    const n = structuredClone(node)
    if ('text' in n && n.text) n.text = t(`${p}.text`, n.text)
    if (n.type === 'ask' && n.choices)
      n.choices = n.choices.map((c) => ({ ...c, label: t(`${p}.choices.${c.value}`, c.label) }))
    if (n.type === 'classify' && n.choices) {
      const keys = choiceKeys(n.choices)
      n.choices = n.choices.map((c, i) => ({ ...c, label: t(`${p}.choices.${keys[i]}`, c.label) }))
    }
    if (n.type === 'route' && n.add)
      n.add = n.add.map((a) => ({ ...a, reason: t(`${p}.add.${a.id}`, a.reason) }))
    nodes[id] = n
  }
  return {
    ...set,
    handlers: translateHandlers(set.handlers, t),
    menu: set.menu.map((m) => ({ ...m, label: t(`menu.${menuKey(m)}`, m.label) })),
    concernNames: Object.fromEntries(
      Object.entries(set.concernNames).map(([c, name]) => [c, t(`concern_names.${c}`, name ?? c)]),
    ),
    nodes,
    wardNames: Object.fromEntries(
      Object.entries(wardNames).map(([w, name]) => [w, t(`wards.${w}`, name)]),
    ) as Record<WardId, string>,
    parserLabels: Object.fromEntries(
      Object.entries(PARSER_LABELS).map(([k, text]) => [k, t(`parsers.${k}`, text)]),
    ),
    lang,
  }
}
