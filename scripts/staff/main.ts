import { text } from 'node:stream/consumers'
import { createConsole } from '../../src/admin/console.ts'
import { adminConfigSchema, openConsoleStore, repoVersionFiles } from '../../src/admin/node.ts'
import { staffRoles } from '../../src/core/console-store.ts'
import { AppError } from '../../src/core/errors.ts'

// npm run staff -- add-user NAME --role ROLE   (the password is read from standard input, so a
// script can pipe it in and it never appears in the shell history or the process list)

const usage = `使い方: npm run staff -- add-user 名前 --role editor|approver|admin|viewer
  パスワードは標準入力から読みます（例: printf '%s' "$PASSWORD" | npm run --silent staff -- add-user sato --role editor）
  保存先は ADMIN_STORE（file|redis）と ADMIN_DATA_DIR / ADMIN_REDIS_URL で決まります。`

const main = async (argv: string[]): Promise<number> => {
  const [command, name, ...rest] = argv
  if (command !== 'add-user' || !name) {
    console.log(usage)
    return command === undefined || command === 'help' ? 0 : 2
  }
  const roleAt = rest.indexOf('--role')
  const role = roleAt >= 0 ? rest[roleAt + 1] : undefined
  if (!staffRoles.includes(role as (typeof staffRoles)[number])) {
    console.error(`--role には ${staffRoles.join(' / ')} のどれかを書いてください`)
    return 2
  }
  if (process.stdin.isTTY) console.error('パスワードを入力して Enter、続けて Ctrl+D を押してください:')
  // One trailing newline (from echo or the terminal) is not part of the password.
  const password = (await text(process.stdin)).replace(/\r?\n$/, '')
  const store = await openConsoleStore(adminConfigSchema.parse(process.env))
  try {
    const staff = createConsole({ store, seedFiles: () => repoVersionFiles() })
    await staff.addUser('cli', name, role as (typeof staffRoles)[number], password)
    console.log(`${name}（${role}）を登録しました（保存先: ${store.name}）`)
    return 0
  } catch (err) {
    if (err instanceof AppError) {
      console.error(err.message)
      return 1
    }
    throw err
  } finally {
    await store.close?.()
  }
}

process.exitCode = await main(process.argv.slice(2))
