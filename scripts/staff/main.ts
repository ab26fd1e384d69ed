import { resolve } from 'node:path'
import { text } from 'node:stream/consumers'
import { createConsole } from '../../src/admin/console.ts'
import { adminConfigSchema, openConsoleStore, repoVersionFiles } from '../../src/admin/node.ts'
import { formatFileProblem } from '../../src/admin/validate.ts'
import { readVersionTree, writeVersionTree } from '../../src/admin/version-tree.ts'
import { staffRoles } from '../../src/core/console-store.ts'
import { bundledModel } from '../../src/runtime/node/bundled-models.ts'
import { option, runOnStore } from '../cli.ts'

// npm run staff -- add-user NAME --role ROLE   (the password is read from standard input, so a
//   script can pipe it in and it never appears in the shell history or the process list)
// npm run staff -- export --version N --out DIR   (a version as the repo's YAML tree)
// npm run staff -- import DIR [--message TEXT]   (a YAML tree as a new draft, after the checks)

const usage = `使い方:
  npm run staff -- add-user 名前 --role ${staffRoles.join('|')}
    パスワードは標準入力から読みます（例: printf '%s' "$PASSWORD" | npm run --silent staff -- add-user sato --role editor）
  npm run staff -- export --version 番号 --out フォルダ
    その版のファイルを、リポジトリと同じ形（data/kawasaki/・flows/・flows/locales/・intents/）で書き出します
  npm run staff -- import フォルダ [--message 説明]
    書き出した形のフォルダを、チェックしてから新しい下書きとして取り込みます
  保存先は ADMIN_STORE（file|redis）と ADMIN_DATA_DIR / ADMIN_REDIS_URL で決まります。`

type Staff = ReturnType<typeof createConsole>

const addUser = async (staff: Staff, args: string[]) => {
  const [name] = args
  const role = option(args, '--role')
  if (!name || !staffRoles.includes(role as (typeof staffRoles)[number])) {
    console.error(`名前と --role（${staffRoles.join(' / ')} のどれか）を書いてください`)
    return 2
  }
  if (process.stdin.isTTY) console.error('パスワードを入力して Enter、続けて Ctrl+D を押してください:')
  // One trailing newline (from echo or the terminal) is not part of the password.
  const password = (await text(process.stdin)).replace(/\r?\n$/, '')
  await staff.addUser('cli', name, role as (typeof staffRoles)[number], password)
  console.log(`${name}（${role}）を登録しました（保存先: ${staff.store.name}）`)
  return 0
}

const exportVersion = async (staff: Staff, args: string[]) => {
  const id = Number(option(args, '--version'))
  const out = option(args, '--out')
  if (!Number.isInteger(id) || id < 1 || !out) {
    console.error('--version に版の番号、--out に書き出すフォルダを書いてください')
    return 2
  }
  const v = await staff.version(id)
  await writeVersionTree(v.files, resolve(out))
  console.log(`v${id} の ${v.files.length} ファイルを ${out} に書き出しました`)
  return 0
}

const importTree = async (staff: Staff, args: string[]) => {
  const [dir] = args
  if (!dir || dir.startsWith('--')) {
    console.error('取り込むフォルダを書いてください')
    return 2
  }
  const { files, missing } = await readVersionTree(resolve(dir))
  if (missing.length > 0) {
    console.error(
      `${dir} に ${missing.map((m) => `${m}/`).join('・')} がありません。export で書き出した形のフォルダを指定してください`,
    )
    return 1
  }
  const result = await staff.importDraft('cli', files, option(args, '--message') ?? '')
  if (result.id === null) {
    for (const p of result.problems) console.error(formatFileProblem(p))
    console.error(
      `\n${result.problems.length}件の誤りがあるため、取り込みませんでした。直してからもう一度実行してください`,
    )
    return 1
  }
  console.log(`${files.length} ファイルを v${result.id}（下書き）として取り込みました`)
  return 0
}

const commands: Record<string, (staff: Staff, args: string[]) => Promise<number>> = {
  'add-user': addUser,
  export: exportVersion,
  import: importTree,
}

const main = async (argv: string[]): Promise<number> => {
  const [command, ...rest] = argv
  const run = command ? commands[command] : undefined
  if (!run) {
    console.log(usage)
    return command === undefined || command === 'help' ? 0 : 2
  }
  const store = await openConsoleStore(adminConfigSchema.parse(process.env))
  return runOnStore(store, () =>
    run(
      createConsole({
        store,
        committedSourceHash: bundledModel.sourceHash,
        seedFiles: () => repoVersionFiles(),
      }),
      rest,
    ),
  )
}

process.exitCode = await main(process.argv.slice(2))
