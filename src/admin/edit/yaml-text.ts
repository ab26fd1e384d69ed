import { applyPatch, createPatch } from 'diff'
import { type Document, isNode, isSeq, parseDocument, YAMLSeq } from 'yaml'
import type { VersionFile } from '../../core/console-store.ts'

// Staff files keep their comments, quoting and folded paragraphs when an editor changes one value.
// The yaml library's document model keeps comments but re-flows other parts of a file when it prints
// it (folded descriptions, comments after a key), so the edit is made on the model, the change is
// taken as a patch between the model printed before and after, and that patch is applied to the
// file's own text. Only when the patch does not apply (the edit touches a re-flowed line) is the
// printed model used as it is.

const styleOf = (text: string) => ({
  lineWidth: 0,
  // agencies.yaml writes `agencies:\n- id:`; flows and intents indent their lists.
  indentSeq: !/^[\w-]+:\n- /m.test(text),
  flowCollectionPadding: /[{[] \S/.test(text),
})

export const editYamlText = (text: string, mutate: (doc: Document) => void): string => {
  const style = styleOf(text)
  const before = parseDocument(text).toString(style)
  const doc = parseDocument(text)
  mutate(doc)
  const after = doc.toString(style)
  if (before === after) return text
  if (before === text) return after
  // With context first; without when the neighbouring lines are ones the printer re-flowed (the
  // removed lines themselves must still match the file exactly, so nothing else is touched).
  for (const context of [2, 0]) {
    const applied = applyPatch(text, createPatch('file', before, after, '', '', { context }))
    if (applied !== false && parseDocument(applied).toString(style) === after) return applied
  }
  return after
}

/** The files with one file's YAML edited (a file that is not there is created from an empty map). */
export const editFile = (
  files: VersionFile[],
  path: string,
  mutate: (doc: Document) => void,
): VersionFile[] => {
  const at = files.findIndex((f) => f.path === path)
  const text = editYamlText(at >= 0 ? files[at]!.text : '{}\n', mutate)
  if (at < 0) return [...files, { path, text }].sort((a, b) => (a.path < b.path ? -1 : 1))
  return files.map((f, i) => (i === at ? { path, text } : f))
}

export const fileText = (files: VersionFile[], path: string) => files.find((f) => f.path === path)?.text

/**
 * A new list for `path` where every item equal to one already there keeps that node, so its quoting,
 * folded paragraphs and comments stay as staff wrote them; only new or changed items are printed anew.
 */
export const setListKeeping = (doc: Document, path: (string | number)[], values: unknown[]) => {
  const old = doc.getIn(path, true)
  const items = isSeq(old) ? [...old.items] : []
  const json = (n: unknown) => JSON.stringify(isNode(n) ? n.toJSON() : n)
  const seq = new YAMLSeq<unknown>()
  for (const v of values) {
    const want = JSON.stringify(v)
    const at = items.findIndex((n) => json(n) === want)
    seq.items.push(at >= 0 ? items.splice(at, 1)[0] : doc.createNode(v))
  }
  doc.setIn(path, seq)
}
