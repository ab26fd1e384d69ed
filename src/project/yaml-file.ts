import { parseDocument } from 'yaml'
import { DataFileError } from '../core/errors.ts'
import type { ProjectFile } from '../core/source-file.ts'

/**
 * A staff file's content: parsed YAML, or the data a build step already parsed. A syntax error names
 * the file and line in words staff can act on; later errors are usually echoes of the first, so only
 * the first is reported.
 */
export const readYaml = (file: ProjectFile): unknown => {
  if ('data' in file) return file.data
  const doc = parseDocument(file.text)
  const first = doc.errors[0]
  if (first) {
    const more = doc.errors.length > 1 ? `（ほかに${doc.errors.length - 1}件。まずこれを直してください）` : ''
    throw new DataFileError(file.path, [
      {
        path: first.linePos ? `${first.linePos[0].line}行目` : '',
        message: `YAML の書き方に誤りがあります（${first.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '')}）。字下げ・コロン・引用符を確かめてください${more}`,
      },
    ])
  }
  return doc.toJS()
}
