import { strToU8, type UnzipFileInfo, unzipSync, zipSync } from 'fflate'
import type { VersionFile } from '../core/console-store.ts'
import type { FileProblem } from './validate.ts'
import { VERSION_DIRS } from './version-dirs.ts'

// A version as a .zip of the same YAML tree `npm run staff -- export` writes (src/admin/version-tree.ts),
// and such a .zip read back, for staff whose office PC has no terminal. fflate: pure JS (no native code,
// no node: import), so the same code runs on Node and on Workers; zipSync/unzipSync are enough for a
// tree of well under a megabyte. A .zip is untrusted input: its central directory is read first
// (fflate's filter sees each entry's declared size before anything is inflated) and the whole upload is
// refused, with nothing inflated, when it is too big, holds too many files, or any path is not one of
// the tree's own; fflate inflates an entry into a buffer of its declared size and no further, so the
// declared sizes bound the memory.

/** The largest .zip accepted (the upload itself). */
export const ZIP_MAX_BYTES = 10 * 1024 * 1024
/** The largest total of the files once inflated: about 50 times the repo's tree (0.6 MB in 47 files). */
export const ZIP_MAX_INFLATED = 30 * 1024 * 1024
/** The most entries (files and folders) one .zip may hold: about 10 times the repo's 47 files. */
export const ZIP_MAX_ENTRIES = 500

export const zipFileName = (versionId: number) => `soudan-router-v${versionId}.zip`

const MB = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`
const FOLDERS = VERSION_DIRS.map((d) => `${d}/`).join('・')

/** The version's files at their tree paths; `at` is each entry's time (a zip can only store 1980 on). */
export const versionZip = (files: VersionFile[], at: Date) =>
  // fflate allocates a plain ArrayBuffer of its own (never a shared one), which is what a body takes.
  zipSync(Object.fromEntries(files.map((f) => [f.path, [strToU8(f.text), { mtime: at }]])), {
    level: 6,
  }) as Uint8Array<ArrayBuffer>

const problem = (file: string, path: string, message: string): FileProblem => ({
  file,
  path,
  message,
  severity: 'error',
})

/** The folder an entry's path puts it in, when that is one of the tree's; folders end in `/`. */
const treeDir = (path: string) => {
  const slash = path.lastIndexOf('/')
  const dir = path.slice(0, slash)
  return (VERSION_DIRS as readonly string[]).includes(dir) ? dir : null
}

/** The folders leading to the tree's folders (`data/`, `data/kawasaki/`, `flows/` …): allowed, ignored. */
const folderEntries = new Set(
  VERSION_DIRS.flatMap((d) => d.split('/').map((_, i, parts) => `${parts.slice(0, i + 1).join('/')}/`)),
)

/** Why a path may not be taken from a .zip, or null when it is a tree file or folder. */
const pathProblem = (path: string): string | null => {
  if (/^([/\\]|[A-Za-z]:)/.test(path))
    return '絶対パスのファイルは取り込めません。書き出した zip の形（data/ などから始まるパス）にしてください'
  if (path.split(/[/\\]/).includes('..'))
    return '「..」を含むパスは取り込めません。zip から外すか、書き出した zip の形にしてください'
  if (path.endsWith('/') && folderEntries.has(path)) return null
  if (/^[^/\\]+\.ya?ml$/.test(path.slice(path.lastIndexOf('/') + 1)) && treeDir(path)) return null
  return `版に入るのは ${FOLDERS} の .yaml ファイルだけです。このファイルを zip から外してください`
}

/**
 * Windows' 「圧縮フォルダーに送る」 on an unpacked export puts everything under the folder's name
 * (`soudan-router-v12/flows/main.yaml`): when every entry shares one first folder that is not one of
 * the tree's, that folder is dropped.
 */
const commonWrapper = (names: string[]) => {
  const first = names[0]?.split('/')[0]
  if (!first || folderEntries.has(`${first}/`)) return ''
  return names.every((n) => n.startsWith(`${first}/`)) ? `${first}/` : ''
}

const utf8 = new TextDecoder('utf-8', { fatal: true })

/**
 * The files of an uploaded .zip (`name` is its file name, for the messages), or the problems that refuse
 * it, each naming the entry and the fix. Nothing is inflated unless every entry's path and the totals pass.
 */
export const readVersionZip = (
  bytes: Uint8Array,
  name: string,
): { files: VersionFile[]; problems: [] } | { files: null; problems: FileProblem[] } => {
  const refuse = (...problems: FileProblem[]) => ({ files: null, problems })
  if (bytes.length > ZIP_MAX_BYTES)
    return refuse(
      problem(
        name,
        '大きさ',
        `${MB(bytes.length)} あり、上限の ${MB(ZIP_MAX_BYTES)} を超えています。書き出した zip から不要なファイルを外してください`,
      ),
    )
  const entries: UnzipFileInfo[] = []
  try {
    unzipSync(bytes, {
      filter: (f) => {
        entries.push(f)
        return false
      },
    })
  } catch {
    return refuse(
      problem(
        name,
        '形式',
        'zip ファイルとして読めません。管理画面の「zip」リンクで書き出したファイルか、フォルダーを右クリック→「圧縮」で作った zip を選んでください',
      ),
    )
  }
  if (entries.length > ZIP_MAX_ENTRIES)
    return refuse(
      problem(
        name,
        'ファイル数',
        `${entries.length}個のファイルがあり、上限の${ZIP_MAX_ENTRIES}個を超えています。版のフォルダー（${FOLDERS}）だけを zip にしてください`,
      ),
    )
  const inflated = entries.reduce((sum, f) => sum + f.originalSize, 0)
  if (inflated > ZIP_MAX_INFLATED)
    return refuse(
      problem(
        name,
        '展開後の大きさ',
        `展開すると ${MB(inflated)} になり、上限の ${MB(ZIP_MAX_INFLATED)} を超えています。版のフォルダー（${FOLDERS}）だけを zip にしてください`,
      ),
    )

  const wrapper = commonWrapper(entries.map((f) => f.name))
  const problems: FileProblem[] = []
  const seen = new Set<string>()
  for (const f of entries) {
    const path = f.name.slice(wrapper.length)
    if (path === '') continue // the wrapping folder's own entry
    const why = pathProblem(path)
    if (why) problems.push(problem(f.name, 'パス', why))
    else if (seen.has(path))
      problems.push(
        problem(f.name, 'パス', '同じパスのファイルが2つあります。どちらかを zip から外してください'),
      )
    seen.add(path)
  }
  if (problems.length > 0) return refuse(...problems)

  const wanted = new Set(entries.map((f) => f.name).filter((n) => !n.endsWith('/')))
  let inflatedFiles: Record<string, Uint8Array>
  try {
    inflatedFiles = unzipSync(bytes, { filter: (f) => wanted.has(f.name) })
  } catch {
    return refuse(
      problem(
        name,
        '形式',
        'zip の中身が壊れていて展開できません。もう一度書き出すか、zip を作り直してください',
      ),
    )
  }
  const files: VersionFile[] = []
  for (const [entry, data] of Object.entries(inflatedFiles)) {
    try {
      files.push({ path: entry.slice(wrapper.length), text: utf8.decode(data) })
    } catch {
      problems.push(
        problem(entry, '文字コード', 'UTF-8 で読めません。メモ帳などで「UTF-8」を選んで保存し直してください'),
      )
    }
  }
  const missing = VERSION_DIRS.filter((d) => !files.some((f) => treeDir(f.path) === d))
  for (const d of missing)
    problems.push(
      problem(
        `${d}/`,
        'フォルダー',
        `zip に ${d}/ の .yaml がありません。書き出した zip の形（${FOLDERS}）のまま取り込んでください`,
      ),
    )
  if (problems.length > 0) return refuse(...problems)
  return { files: files.sort((a, b) => (a.path < b.path ? -1 : 1)), problems: [] }
}
