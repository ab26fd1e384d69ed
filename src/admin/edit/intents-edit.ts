import { parse } from 'yaml'
import { z } from 'zod'
import type { VersionFile } from '../../core/console-store.ts'
import { type Label, labelIds } from '../../core/taxonomy.ts'
import { intentFileSchema } from '../../nlu/intents-schema.ts'
import type { FileProblem } from '../validate.ts'
import { editFile, fileText, setListKeeping } from './yaml-text.ts'

// The intents form: a label's examples (one per line) and counter-examples (text, what it is
// instead, why) ↔ intents/<label>.yaml, the staff file the classifier trains on. intents/corpus/
// (the authors' large sets) is not edited here. Phrases and the description stay as they are.

export const intentPath = (label: string) => `intents/${label}.yaml`

export interface CounterRow {
  text: string
  /** The label it is instead, or '' for "just not this one". */
  expected: Label | ''
  why: string
}

export interface IntentForm {
  label: Label
  description: string
  examples: string[]
  counter: CounterRow[]
}

const read = (files: VersionFile[], label: Label): Record<string, unknown> | null => {
  const t = fileText(files, intentPath(label))
  try {
    const raw = t ? parse(t) : null
    return raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : null
  } catch {
    return null
  }
}

export const listIntents = (files: VersionFile[]) =>
  labelIds.flatMap((label) => {
    const raw = read(files, label)
    if (!raw) return []
    const n = (k: string) => (Array.isArray(raw[k]) ? (raw[k] as unknown[]).length : 0)
    return [{ label, examples: n('examples'), counter: n('counter_examples') }]
  })

export const intentForm = (files: VersionFile[], label: Label): IntentForm | null => {
  const raw = read(files, label)
  if (!raw) return null
  const str = (v: unknown) => (typeof v === 'string' ? v : '')
  return {
    label,
    description: str(raw.description),
    examples: Array.isArray(raw.examples) ? raw.examples.map(str) : [],
    counter: (Array.isArray(raw.counter_examples) ? raw.counter_examples : []).map((c) => ({
      text: str(c?.text),
      expected: (labelIds as readonly string[]).includes(c?.expected) ? c.expected : '',
      why: str(c?.why),
    })),
  }
}

/** The textarea's lines as examples: blank lines dropped, spaces at the ends trimmed. */
export const examplesOf = (text: string) =>
  text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean)

export const applyIntentEdit = (
  files: VersionFile[],
  label: Label,
  values: { examples: string[]; counter: CounterRow[] },
): { files: VersionFile[]; problems: FileProblem[] } => {
  const file = intentPath(label)
  const problem = (path: string, message: string): FileProblem => ({ file, path, message, severity: 'error' })
  const examples = values.examples.map((e) => e.trim()).filter(Boolean)
  const counter = values.counter
    .map((c) => ({ ...c, text: c.text.trim(), why: c.why.trim() }))
    .filter((c) => c.text)
  const problems: FileProblem[] = []
  if (examples.length === 0) problems.push(problem('examples', '例文を1つ以上書いてください'))
  const seen = new Map<string, number>()
  examples.forEach((e, i) => {
    const first = seen.get(e)
    if (first !== undefined)
      problems.push(problem(`examples.${i}`, `「${e}」は${first + 1}行目と同じです。1つにしてください`))
    else seen.set(e, i)
  })
  counter.forEach((c, i) => {
    if (seen.has(c.text))
      problems.push(
        problem(
          `counter_examples.${i}.text`,
          `「${c.text}」は例文（${seen.get(c.text)! + 1}行目）にもあります。どちらか一方にしてください`,
        ),
      )
    if (c.expected === label)
      problems.push(
        problem(
          `counter_examples.${i}.expected`,
          `「本当は」に ${label} 自身は選べません。別のラベルか「（なし）」にしてください`,
        ),
      )
  })
  if (problems.length > 0) return { files, problems }
  const next = editFile(files, file, (doc) => {
    setListKeeping(doc, ['examples'], examples)
    const rows = counter.map((c) => ({
      text: c.text,
      ...(c.expected ? { expected: c.expected } : {}),
      ...(c.why ? { why: c.why } : {}),
    }))
    if (rows.length > 0 || doc.has('counter_examples')) setListKeeping(doc, ['counter_examples'], rows)
  })
  // The file's own schema, in Japanese, before the project's checks.
  const raw = parse(fileText(next, file) ?? '')
  const checked = intentFileSchema.safeParse(raw, { error: z.locales.ja().localeError })
  if (!checked.success)
    return {
      files,
      problems: checked.error.issues.map((i) => problem(i.path.map(String).join('.'), i.message)),
    }
  return { files: next, problems: [] }
}
