import type { ResidentLanguage } from '../core/language.ts'
import type { Concern, WardId } from '../core/taxonomy.ts'
import type { LocaleBook } from '../locale/locale-book.ts'
import type { FlowHandlers, FlowNode, FlowSettings, MenuItem } from './schema.ts'

/** All flow files merged into one graph: node ids are unique across files. */
export interface FlowSet {
  start: string
  resume: string
  settings: FlowSettings
  handlers: FlowHandlers
  menu: MenuItem[]
  concernNames: Partial<Record<Concern, string>>
  /** Custom slots declared in the main file, with their kind. */
  slots: Record<string, 'yes_no' | 'free_text' | 'choice'>
  nodes: Record<string, FlowNode>
  /** node id → the file it is defined in, for `file › path` messages. */
  nodeFiles: Record<string, string>
  /** The file holding start, handlers and menu. */
  mainFile: string
  /** flows/locales/*.yaml, when the project has them: the flows and the renderers' words per language. */
  locales?: LocaleBook
  /** Set on a translated copy (src/locale/flow-texts.ts): its language and how {ward} reads in it. */
  lang?: ResidentLanguage
  wardNames?: Record<WardId, string>
  /** The parsers' own buttons (「わからない」「はい」「18歳未満」...) in that language, by key (src/flow/nodes/ask.ts). */
  parserLabels?: Record<string, string>
}
