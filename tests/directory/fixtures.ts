import type { Directory, RouteQuery } from '../../src/core/directory.ts'
import type { SourceFile } from '../../src/core/source-file.ts'
import { createDirectory } from '../../src/directory/create-directory.ts'
import { parseDirectory } from '../../src/directory/parse.ts'
import type { DirectoryData } from '../../src/directory/types.ts'
import { realDataFiles, realRouting } from './load-real.ts'

export const loadReal = (): DirectoryData => parseDirectory({ data: realDataFiles(), routing: realRouting() })
export const realDirectory = (): Directory => createDirectory(loadReal())

export const query = (q: Partial<RouteQuery> & Pick<RouteQuery, 'concern'>): RouteQuery => ({
  ward: null,
  town: null,
  ageGroup: null,
  subject: null,
  urgent: false,
  ...q,
})

/** JST wall-clock time → Date, so tests read as the resident's clock. */
export const jst = (iso: string): Date => new Date(`${iso}+09:00`)

/** The real files with one text replacement applied to one of them (must match exactly once). */
export const withEdit = (
  name: string,
  from: string | RegExp,
  to: string,
): { data: SourceFile[]; routing: SourceFile } => {
  const edit = (f: SourceFile): SourceFile => {
    if (!f.path.endsWith(`/${name}`)) return f
    const text = f.text.replace(from, to)
    if (text === f.text) throw new Error(`fixture edit did not apply to ${name}`)
    return { ...f, text }
  }
  return { data: realDataFiles().map(edit), routing: edit(realRouting()) }
}
